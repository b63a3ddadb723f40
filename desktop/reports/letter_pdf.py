"""A letter as PDF in GB/T 9704-2012 geometry (党政机关公文格式).

A4; top margin 37 mm, left (binding) margin 28 mm; a 156 × 225 mm text block
of 22 lines of 28 characters in 3号 (16 pt) Song; the title in 2号 (22 pt);
the date right-aligned four characters from the edge with the agency's name
centred above it; page numbers "— 1 —" in 4号 7 mm below the text block,
odd pages on the right and even pages on the left, one character from the edge.

Lines are broken by hand so that the Chinese rules hold: no closing
punctuation at the start of a line, no opening one at its end, no paragraph
ending in a line of one character; full lines are justified.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.fonts import has_glyph, register_cjk_font, song_font_name
from desktop.reports.letter_docx import Grid, LetterContent, Para, Role

PAGE_W, PAGE_H = A4
LEFT: float = 28 * mm
TOP: float = 37 * mm
BLOCK_W: float = 156 * mm
BLOCK_H: float = 225 * mm
LINES = 22
CHARS = 28
PITCH: float = BLOCK_H / LINES
BODY = 16.0  # 3号
TITLE = 22.0  # 2号
FOLIO = 14.0  # 4号
#: Full-width advance that puts 28 characters of 3号 on a 156 mm line.
CELL = BLOCK_W / CHARS

NO_LINE_START = set("，。、；：？！）》」』〕】”’…—·%,.;:?!)]}")
NO_LINE_END = set("（《「『〔【“‘([{")


@dataclass(frozen=True)
class _Line:
    text: str
    last: bool  # the paragraph's last line: not justified


class _Fonts:
    def __init__(self) -> None:
        self.song = song_font_name()
        self.fallback = register_cjk_font()

        self._font_of: dict[str, str] = {}
        self._advance: dict[tuple[str, float], tuple[float, float]] = {}

    def of(self, char: str) -> str:
        font = self._font_of.get(char)
        if font is None:
            font = self.song if has_glyph(self.song, char) else self.fallback
            self._font_of[char] = font
        return font

    def metrics(self, char: str, size: float) -> tuple[float, float]:
        """(advance, extra): full-width characters sit on the 28-per-line grid, so they
        advance by a grid cell, ``extra`` more than the font's own width."""
        key = (char, size)
        found = self._advance.get(key)
        if found is None:
            natural = float(stringWidth(char, self.of(char), size))
            advance = natural * CELL / BODY if natural >= size * 0.9 else natural
            found = self._advance[key] = (advance, advance - natural)
        return found

    def advance(self, char: str, size: float) -> float:
        return self.metrics(char, size)[0]

    def runs(self, text: str, size: float) -> Iterator[tuple[str, float, str]]:
        """``text`` cut into (font, extra spacing, piece) runs."""
        current: tuple[str, float] | None = None
        piece = ""
        for char in text:
            key = (self.of(char), self.metrics(char, size)[1])
            if key != current and piece:
                assert current is not None
                yield current[0], current[1], piece
                piece = ""
            current = key
            piece += char
        if piece and current is not None:
            yield current[0], current[1], piece


def _break(text: str, width: float, fonts: _Fonts, size: float, indent: float) -> list[_Line]:
    """Greedy line breaking with the Chinese start/end rules and no one-character last line."""
    if not text:
        return [_Line("", True)]
    lines: list[str] = []
    current, used, limit = "", 0.0, width - indent
    for token in _tokens(text):
        w = _width(token, fonts, size)
        if used + w > limit + 0.01 and current:
            current, carry = _split_for(current, token[0])
            lines.append(current)
            current = carry
            used = _width(current, fonts, size)
            limit = width
        current += token
        used += w
    lines.append(current)
    _no_orphan(lines)
    return [_Line(line, i == len(lines) - 1) for i, line in enumerate(lines)]


_WORD = re.compile(r"[A-Za-z0-9.,:/%@_\-]{2,24}|.", re.DOTALL)


def _tokens(text: str) -> list[str]:
    """Characters, except that a run of Latin letters and digits stays whole (2026, 0571-…)."""
    return _WORD.findall(text)


def _split_for(current: str, next_char: str) -> tuple[str, str]:
    """The full line and what moves down with ``next_char``: a closing mark never starts
    a line (it takes the character before it down), an opening mark never ends one."""
    carry = ""
    if next_char in NO_LINE_START:
        while len(current) > 1 and current[-1] in NO_LINE_START:
            carry, current = current[-1] + carry, current[:-1]
        if len(current) > 1:
            carry, current = current[-1] + carry, current[:-1]
    while len(current) > 1 and current[-1] in NO_LINE_END:
        carry, current = current[-1] + carry, current[:-1]
    return current, carry


def _no_orphan(lines: list[str]) -> None:
    """A last line of a single character (punctuation aside) takes one more from above."""
    if len(lines) < 2:
        return
    letters = [c for c in lines[-1] if c not in NO_LINE_START]
    if len(letters) <= 1 and len(lines[-2]) > 2:
        moved = lines[-2][-1]
        if moved in NO_LINE_END or moved in NO_LINE_START:
            moved = lines[-2][-2:]
        lines[-2] = lines[-2][: -len(moved)]
        lines[-1] = moved + lines[-1]


class _Page:
    """The canvas and the grid line the next line goes on."""

    def __init__(self, canvas: Canvas, fonts: _Fonts) -> None:
        self.canvas, self.fonts = canvas, fonts
        self.number = 1
        self.line = 0
        self.cancelled = False

    def baseline(self) -> float:
        top = float(PAGE_H) - TOP
        return top - self.line * PITCH - PITCH * 0.78

    def need(self, lines: int) -> None:
        if self.line + lines > LINES and self.line > 0:
            self.new_page()

    def new_page(self) -> None:
        self.finish_page()
        self.canvas.showPage()
        self.number += 1
        self.line = 0

    def finish_page(self) -> None:
        self.folio()
        if self.cancelled:
            _void_stamp(self.canvas, self.fonts.song)

    def folio(self) -> None:
        """ "— n —" in 4号, 7 mm below the text block; odd pages right, even pages left."""
        text = f"— {self.number} —"
        font = self.fonts.song
        width = stringWidth(text, font, FOLIO)
        y = PAGE_H - TOP - BLOCK_H - 7 * mm - FOLIO * 0.8
        x = LEFT + BLOCK_W - FOLIO - width if self.number % 2 else LEFT + FOLIO
        self.canvas.setFont(font, FOLIO)
        self.canvas.drawString(x, y, text)

    def draw(self, text: str, x: float, size: float, spacing: float, bold: bool = False) -> None:
        """One line at ``x`` on the current grid line; ``spacing`` is added after each char."""
        canvas = self.canvas
        t = canvas.beginText(x, self.baseline())
        if bold:  # 小标宋 is a heavy Song: stroke the outline a little
            canvas.setLineWidth(size * 0.03)
            t.setTextRenderMode(2)
        for font, extra, piece in self.fonts.runs(text, size):
            t.setFont(font, size)
            t.setCharSpace(extra + spacing)
            t.textOut(piece)
        canvas.drawText(t)


def _width(text: str, fonts: _Fonts, size: float) -> float:
    return float(sum(fonts.advance(c, size) for c in text))


def _paragraph(page: _Page, para: Para, date_text: str) -> None:
    fonts = page.fonts
    size = TITLE if para.role is Role.TITLE else BODY
    indent = 2 * CELL if para.role is Role.BODY and not para.align else 0.0
    lines = _break(para.text, BLOCK_W, fonts, size, indent)
    if para.role in (Role.SIGNATURE, Role.DATE):
        page.need(len(lines) + (1 if para.role is Role.SIGNATURE else 0))
    for index, line in enumerate(lines):
        page.need(1)
        width = _width(line.text, fonts, size)
        spacing = 0.0
        align = para.align or {
            Role.TITLE: "center",
            Role.NUMBER: "right",
            Role.ADDRESSEE: "left",
            Role.SIGNATURE: "signature",
            Role.DATE: "date",
        }.get(para.role, "justify")
        if align == "center":
            x = LEFT + (BLOCK_W - width) / 2
        elif align == "right":
            x = LEFT + BLOCK_W - width
        elif align == "date":  # right-aligned, four characters from the edge
            x = LEFT + BLOCK_W - 4 * CELL - width
        elif align == "signature":  # centred above the date
            date_w = _width(date_text, fonts, BODY)
            centre = LEFT + BLOCK_W - 4 * CELL - date_w / 2
            x = min(centre - width / 2, LEFT + BLOCK_W - width)
        else:
            x = LEFT + (indent if index == 0 else 0)
            room = BLOCK_W - (x - LEFT) - width
            if not line.last and len(line.text) > 1 and room > 0:
                spacing = room / (len(line.text) - 1)
        page.draw(line.text, x, size, spacing, bold=para.role is Role.TITLE)
        page.line += 1


def _grid(page: _Page, grid: Grid) -> None:
    fonts = page.fonts
    scale = BLOCK_W / (sum(grid.widths_mm) * mm)
    widths = [w * mm * scale for w in grid.widths_mm]
    pad = 0.5 * CELL
    canvas = page.canvas
    for row in grid.rows:
        cells = [
            [
                ln.text
                for part in text.split("\n")
                for ln in _break(part, w - 2 * pad, fonts, BODY, 0)
            ]
            for text, w in zip(row, widths, strict=True)
        ]
        height = max(1, *(len(c) for c in cells))
        page.need(height)
        top = PAGE_H - TOP - page.line * PITCH
        x = LEFT
        for lines, w in zip(cells, widths, strict=True):
            canvas.setLineWidth(0.6)
            canvas.rect(x, top - height * PITCH, w, height * PITCH)
            start = page.line
            for i, text in enumerate(lines):
                page.line = start + i
                if text == lines[0] and x == LEFT:
                    tx = x + (w - _width(text, fonts, BODY)) / 2
                elif text.strip().startswith("年"):
                    tx = x + w - pad - _width(text, fonts, BODY)
                else:
                    tx = x + pad
                page.draw(text, tx, BODY, 0.0)
            page.line = start
            x += w
        page.line += height


def _void_stamp(canvas: Canvas, font: str) -> None:
    """A cancelled document's re-print says so across every page."""
    canvas.saveState()
    canvas.setFillColorRGB(0.8, 0.1, 0.1, alpha=0.35)
    canvas.setFont(font, 120)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -40, "作废")
    canvas.restoreState()


def letter_pdf(content: LetterContent, *, title: str = "", cancelled: bool = False) -> bytes:
    """The letter as PDF bytes (fonts embedded as subsets); a cancelled one stamped 作废."""
    out = io.BytesIO()
    fonts = _Fonts()
    # The initial font is named in every page's preamble: no stray Helvetica in the file.
    canvas = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=fonts.song)
    canvas.setTitle(title)
    canvas.setCreator("DisclosureDesk")
    page = _Page(canvas, fonts)
    page.cancelled = cancelled
    date_text = next(
        (b.text for b in content.blocks if isinstance(b, Para) and b.role is Role.DATE), ""
    )
    blocks: Sequence[Para | Grid] = _trim(content.blocks)
    for block in blocks:
        if isinstance(block, Grid):
            _grid(page, block)
        else:
            _paragraph(page, block, date_text)
    page.finish_page()
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _trim(blocks: Sequence[Para | Grid]) -> list[Para | Grid]:
    """Drop empty paragraphs at the start and end (a template's stray blank lines)."""
    items = list(blocks)
    while items and isinstance(items[0], Para) and not items[0].text.strip():
        items.pop(0)
    while items and isinstance(items[-1], Para) and not items[-1].text.strip():
        items.pop()
    return items
