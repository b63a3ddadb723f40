"""Letter templates (.docx with docxtpl fields): check, render, and read back as content.

The PDF of a letter is laid out from the content read back from the rendered
.docx (``letter_content``), so both always say the same, whatever wording the
agency's own template has.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from docxtpl import DocxTemplate
from jinja2 import TemplateError

from desktop.core.letters import unknown_fields
from desktop.errors import UserError


class TemplateRefused(UserError):
    """A template that cannot be used (message in Chinese)."""


class Role(StrEnum):
    """What a paragraph is, from its named style in the template."""

    TITLE = "title"
    NUMBER = "number"
    ADDRESSEE = "addressee"
    BODY = "body"
    SIGNATURE = "signature"
    DATE = "date"


_ROLE_OF_STYLE = {
    "DD 标题": Role.TITLE,
    "DD 文号": Role.NUMBER,
    "DD 称谓": Role.ADDRESSEE,
    "DD 正文": Role.BODY,
    "DD 附注": Role.BODY,
    "DD 署名": Role.SIGNATURE,
    "DD 日期": Role.DATE,
}


@dataclass(frozen=True)
class Para:
    role: Role
    text: str
    #: "left" | "center" | "right" | "" (the role's own alignment)
    align: str = ""


@dataclass(frozen=True)
class Grid:
    """A table (送达回证): rows of cell texts and the column widths in millimetres."""

    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]


Block = Para | Grid


@dataclass(frozen=True)
class LetterContent:
    blocks: tuple[Block, ...]

    @property
    def text(self) -> str:
        """All the words, one paragraph (or table row) per line."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Para):
                lines.append(block.text)
            else:
                lines.extend(" | ".join(row) for row in block.rows)
        return "\n".join(lines)


def _template(data: bytes) -> DocxTemplate:
    template = DocxTemplate(io.BytesIO(data))
    try:
        template.init_docx()  # docxtpl opens the file lazily
        return template
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise TemplateRefused("不是有效的 Word 文档（.docx）") from error


def template_fields(data: bytes) -> set[str]:
    """The field names a template uses; refused when it is not a usable .docx template."""
    try:
        return set(_template(data).get_undeclared_template_variables())
    except TemplateError as error:
        raise TemplateRefused(f"模板中的字段写法有误：{error.message}") from error


def check_template(data: bytes) -> None:
    """Refuse a template that is not a .docx or names a field the product does not fill."""
    unknown = unknown_fields(template_fields(data))
    if unknown:
        raise TemplateRefused("模板使用了未知字段：" + "、".join(unknown))


def render_docx(
    template: bytes, context: Mapping[str, Any], *, blocks: Collection[str] = ()
) -> bytes:
    """The template filled with ``context``: the lines of a field named in ``blocks`` become
    paragraphs of their own, those of any other field are joined (it sits in a sentence)."""
    document = _template(template)
    values = {
        k: (_paragraphs(v) if k in blocks else _one_line(v)) if isinstance(v, str) else v
        for k, v in context.items()
    }
    try:
        document.render(values, autoescape=True)
    except TemplateError as error:
        raise TemplateRefused(f"模板中的字段写法有误：{error.message}") from error
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def _paragraphs(text: str) -> str:
    # docxtpl turns "\a" into a new paragraph with the same style.
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return "\a".join(lines)


_ALIGN = {
    WD_ALIGN_PARAGRAPH.CENTER: "center",
    WD_ALIGN_PARAGRAPH.RIGHT: "right",
    WD_ALIGN_PARAGRAPH.LEFT: "left",
}


def _para(paragraph: DocxParagraph) -> Para:
    style = paragraph.style.name if paragraph.style is not None else ""
    role = _ROLE_OF_STYLE.get(style or "", Role.BODY)
    align = _ALIGN.get(paragraph.paragraph_format.alignment or WD_ALIGN_PARAGRAPH.JUSTIFY, "")
    return Para(role, paragraph.text, align)


def _grid(table: DocxTable) -> Grid:
    rows = tuple(tuple(cell.text for cell in row.cells) for row in table.rows)
    widths = [(cell.width.mm if cell.width is not None else 0.0) for cell in table.rows[0].cells]
    if not all(widths):
        widths = [156 / len(widths)] * len(widths)
    return Grid(rows, tuple(widths))


def letter_content(data: bytes) -> LetterContent:
    """The paragraphs and tables of a rendered letter, in order."""
    document = docx.Document(io.BytesIO(data))
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxParagraph):
            blocks.append(_para(item))
        elif item.rows:
            blocks.append(_grid(item))
    return LetterContent(tuple(blocks))
