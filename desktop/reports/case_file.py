"""The case file (归档) of one application as one PDF: cover, index, then every item.

Items arrive as PDF bytes (issued documents, scanned PDFs) or image bytes
(photos, scans as JPEG/PNG); images are placed on A4 pages, scaled to fit.
PDFs are merged with pypdf; the index gives each item's first page.
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.fonts import song_font_name

PAGE_W, PAGE_H = A4


@dataclass(frozen=True)
class CaseItem:
    title: str
    number: str  # 文号 ("" for an attachment)
    author: str  # 责任者
    on: dt.date
    data: bytes
    is_pdf: bool
    note: str = ""


@dataclass(frozen=True)
class CaseCover:
    agency: str
    serial: str
    applicant: str
    content: str
    received_on: dt.date
    closed_on: dt.date | None
    outcome: str
    archived_on: dt.date
    archived_by: str


#: EXIF orientation → the clockwise rotation that shows the photo upright.
_EXIF_ROTATION = {3: 180, 6: 90, 8: 270}


def _image_pdf(data: bytes) -> bytes:
    """One A4 page with the image scaled into 20 mm margins, upright.

    A JPEG is embedded as it is (no decoding, no re-encoding: a phone photo stays
    fast and small), its EXIF orientation applied by rotating the drawing. Other
    formats are converted by Pillow.
    """
    with Image.open(io.BytesIO(data)) as image:
        if image.format == "JPEG" and image.mode in ("RGB", "L", "CMYK"):
            rotation = _EXIF_ROTATION.get(image.getexif().get(0x0112, 1), 0)
            with tempfile.TemporaryDirectory() as folder:
                # ReportLab passes a JPEG *file* through; from memory it decodes it first.
                path = Path(folder) / "photo.jpg"
                path.write_bytes(data)
                return _image_page(str(path), image.size, rotation)
        upright = ImageOps.exif_transpose(image).convert("RGB")
    return _image_page(ImageReader(upright), upright.size, 0)


def _image_page(source: ImageReader | str, size: tuple[int, int], rotation: int) -> bytes:
    width, height = size
    shown_w, shown_h = (height, width) if rotation in (90, 270) else (width, height)
    scale = min((PAGE_W - 40 * mm) / shown_w, (PAGE_H - 40 * mm) / shown_h)
    w, h = width * scale, height * scale
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.translate(PAGE_W / 2, PAGE_H / 2)
    canvas.rotate(-rotation)
    # Binary image streams: ReportLab's ASCII85 step is pure Python and takes seconds
    # on a photo.
    saved, rl_config.useA85 = rl_config.useA85, 0
    try:
        canvas.drawImage(source, -w / 2, -h / 2, w, h)
    finally:
        rl_config.useA85 = saved
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def item_pdf(item: CaseItem) -> bytes:
    """The item as PDF bytes; a file that cannot be read becomes a page saying so."""
    try:
        if item.is_pdf:
            PdfReader(io.BytesIO(item.data))  # readable?
            return item.data
        return _image_pdf(item.data)
    except (PdfReadError, OSError, ValueError):
        return _notice_pdf(f"{item.title}：文件无法读取，未能收入本案卷")


def _notice_pdf(text: str) -> bytes:
    out = io.BytesIO()
    font = song_font_name()
    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    canvas.setFont(font, 16)
    canvas.drawString(28 * mm, PAGE_H - 50 * mm, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _cover_and_index(cover: CaseCover, rows: Sequence[tuple[CaseItem, int, int]]) -> bytes:
    font = song_font_name()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    canvas.setTitle(f"{cover.serial} 案卷")
    canvas.setFont(font, 26)
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - 70 * mm, cover.agency)
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - 88 * mm, "政府信息公开申请办理案卷")
    canvas.setFont(font, 15)
    lines = [
        ("申请编号", cover.serial),
        ("申请人", cover.applicant),
        ("申请内容", cover.content[:40] + ("…" if len(cover.content) > 40 else "")),
        ("收到申请", cover.received_on.isoformat()),
        ("办结日期", cover.closed_on.isoformat() if cover.closed_on else "未办结"),
        ("办理结果", cover.outcome or "—"),
        ("卷内件数", f"{len(rows)} 件"),
        ("立卷日期", cover.archived_on.isoformat()),
        ("立卷人", cover.archived_by or "—"),
    ]
    y = PAGE_H - 125 * mm
    for label, value in lines:
        canvas.drawString(45 * mm, y, f"{label}：")
        canvas.drawString(78 * mm, y, value)
        canvas.line(78 * mm, y - 2 * mm, PAGE_W - 40 * mm, y - 2 * mm)
        y -= 12 * mm
    canvas.showPage()
    _index_pages(canvas, font, rows)
    canvas.save()
    return out.getvalue()


INDEX_ROWS = 22
INDEX_SIZE = 10
_COLUMNS = (("序号", 11), ("文号", 40), ("责任者", 36), ("题名", 62), ("日期", 21), ("页号", 12))


def index_page_count(items: int) -> int:
    return max(1, -(-items // INDEX_ROWS))


def _index_pages(canvas: Canvas, font: str, rows: Sequence[tuple[CaseItem, int, int]]) -> None:
    for start in range(0, max(len(rows), 1), INDEX_ROWS):
        canvas.setFont(font, 20)
        canvas.drawCentredString(PAGE_W / 2, PAGE_H - 30 * mm, "卷内目录")
        canvas.setFont(font, INDEX_SIZE)
        y = PAGE_H - 45 * mm
        _index_row(canvas, font, y, [c for c, _ in _COLUMNS])
        for offset, (item, first, count) in enumerate(rows[start : start + INDEX_ROWS]):
            y -= 10 * mm
            pages = f"{first}" if count == 1 else f"{first}-{first + count - 1}"
            values = [
                str(start + offset + 1),
                item.number,
                item.author,
                item.title,
                item.on.isoformat(),
                pages,
            ]
            _index_row(canvas, font, y, values)
        canvas.showPage()


def _index_row(canvas: Canvas, font: str, y: float, values: Sequence[str]) -> None:
    x = 15 * mm
    for (_, width), value in zip(_COLUMNS, values, strict=True):
        canvas.rect(x, y - 3.5 * mm, width * mm, 10 * mm)
        room = width * mm - 3 * mm
        text = value
        while text and stringWidth(text, font, INDEX_SIZE) > room:
            text = text[:-2] + "…"
        canvas.drawString(x + 1.5 * mm, y, text)
        x += width * mm


def case_file_pdf(cover: CaseCover, items: Sequence[CaseItem]) -> bytes:
    """Cover, index (卷内目录) with each item's pages, then the items in order."""
    pdfs = [item_pdf(item) for item in items]
    counts = [len(PdfReader(io.BytesIO(pdf)).pages) for pdf in pdfs]
    first = 1 + index_page_count(len(items)) + 1  # after the cover and the index
    rows = []
    for item, count in zip(items, counts, strict=True):
        rows.append((item, first, count))
        first += count
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(_cover_and_index(cover, rows))))
    for pdf in pdfs:
        writer.append(PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Title": f"{cover.serial} 政府信息公开申请办理案卷"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
