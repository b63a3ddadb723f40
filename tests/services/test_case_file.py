"""The case file: attachments by sha256, and one PDF with cover, index and every item."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Blob
from desktop.core.letters import AttachmentKind, DocumentKind
from desktop.core.vocab import Outcome
from desktop.services import case_file, letters
from desktop.services.case_file import AttachmentRefused
from tests.conftest import TODAY
from tests.services.test_letters import register, reply


def jpeg(width: int, height: int, orientation: int = 1) -> bytes:
    image = Image.new("RGB", (width, height), "navy")
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def pdf(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for _ in range(pages):
        canvas.drawString(100, 100, "scan")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_attachments_are_stored_once_per_content(session: Session) -> None:
    app = register(session)
    data = pdf(1)
    a = case_file.add_attachment(
        session,
        application_id=app,
        name="C:\\扫描\\申请书.pdf",
        kind=AttachmentKind.APPLICATION,
        data=data,
    )
    b = case_file.add_attachment(
        session, application_id=app, name="申请书副本.pdf", kind=AttachmentKind.OTHER, data=data
    )
    assert a.name == "申请书.pdf"
    assert a.sha256 == b.sha256
    assert session.scalar(select(func.count()).select_from(Blob)) == 1
    assert case_file.attachment_bytes(session, b.id) == data
    case_file.remove_attachment(session, attachment_id=a.id)
    assert [x.name for x in case_file.attachments_of(session, app)] == ["申请书副本.pdf"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("a.exe", b"MZ", "只能添加PDF或图片"), ("a.pdf", b"", "文件是空的")],
)
def test_bad_files_are_refused(session: Session, name: str, data: bytes, message: str) -> None:
    app = register(session)
    with pytest.raises(AttachmentRefused, match=message):
        case_file.add_attachment(
            session, application_id=app, name=name, kind=AttachmentKind.OTHER, data=data
        )


def test_the_case_file_has_a_cover_an_index_and_every_item(session: Session) -> None:
    app = register(session)
    reply(session, app, Outcome.DISCLOSED)
    receipt = letters.issue_letter(session, application_id=app, kind=DocumentKind.RECEIPT)
    cancelled = letters.issue_letter(session, application_id=app, kind=DocumentKind.RECEIPT)
    letters.cancel_document(session, document_id=cancelled.id, reason="重复出具")
    answer = letters.issue_letter(session, application_id=app, kind=DocumentKind.REPLY)
    for name, data in (("申请书.pdf", pdf(3)), ("信封.jpg", jpeg(400, 300, orientation=6))):
        case_file.add_attachment(
            session, application_id=app, name=name, kind=AttachmentKind.OTHER, data=data
        )
    case_file.add_attachment(
        session, application_id=app, name="坏.pdf", kind=AttachmentKind.OTHER, data=b"%PDF-broken"
    )
    reader = PdfReader(
        io.BytesIO(case_file.build_case_file(session, application_id=app, today=TODAY))
    )
    # cover + index + receipt (1) + reply (1) + scan (3) + photo (1) + unreadable notice (1)
    assert len(reader.pages) == 2 + 1 + 1 + 3 + 1 + 1
    cover, index = (reader.pages[i].extract_text() for i in (0, 1))
    assert "政府信息公开申请办理案卷" in cover
    assert "〔2026〕第1号" in cover
    assert receipt.number in index
    assert answer.number in index
    assert cancelled.number not in index
    assert "5-7" in index  # the scan's pages, after cover, index, receipt and reply
    photo = reader.pages[7]
    assert photo.mediabox.width < photo.mediabox.height  # A4 portrait
    assert "文件无法读取" in reader.pages[8].extract_text()
