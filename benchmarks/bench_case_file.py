"""Benchmark of the case file (归档 PDF): an application with a scanned PDF and a photo.

Registers a replied application, issues its receipt and reply, attaches a
3-page scanned PDF and a 12-megapixel JPEG photo, then times building the case
file PDF (issue 10 asks for under 2 s)::

    .venv/bin/python -m benchmarks.bench_case_file [--workdir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.core.applications import ApplicationInput
from desktop.core.letters import AttachmentKind, DocumentKind
from desktop.core.vocab import ApplicantType, Channel, DeliveryMethod, Outcome
from desktop.services import case_file, events, letters
from desktop.services.applications import register_application
from desktop.services.database import open_database

TODAY = dt.date(2026, 11, 27)


def photo(width: int = 4000, height: int = 3000) -> bytes:
    """A JPEG the size of a phone photo, with enough detail not to compress to nothing."""
    image = Image.effect_noise((width, height), 40).convert("RGB")
    ImageDraw.Draw(image).rectangle((200, 200, width - 200, height - 200), outline="red", width=20)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def scanned_pdf(pages: int = 3) -> bytes:
    """A PDF of ``pages`` scanned pages (each one greyscale A4 image at 150 dpi)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    scan = Image.effect_noise((1240, 1754), 20).convert("L")
    for _ in range(pages):
        canvas.drawImage(ImageReader(scan), 0, 0, *A4)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-case-"))
    database = open_database(f"sqlite:///{workdir / 'case.sqlite3'}")
    with database.session() as session:
        data = ApplicationInput(
            channel=Channel.POST,
            received_on=dt.date(2026, 3, 2),
            applicant_type=ApplicantType.NATURAL_PERSON,
            applicant_name="张三",
            content="某项目的环评批复",
        )
        app = register_application(session, data=data, today=TODAY).id
        events.record_reply(
            session,
            application_id=app,
            on=dt.date(2026, 3, 20),
            outcome=Outcome.DISCLOSED,
            delivery=DeliveryMethod.POST,
            today=TODAY,
        )
        for kind in (DocumentKind.RECEIPT, DocumentKind.REPLY):
            letters.issue_letter(session, application_id=app, kind=kind)
        scan, jpeg = scanned_pdf(), photo()
        case_file.add_attachment(
            session,
            application_id=app,
            name="申请书.pdf",
            kind=AttachmentKind.APPLICATION,
            data=scan,
        )
        case_file.add_attachment(
            session, application_id=app, name="信封.jpg", kind=AttachmentKind.ENVELOPE, data=jpeg
        )
    print(f"scan {len(scan) / 1e6:.1f} MB (3 pages), photo {len(jpeg) / 1e6:.1f} MB (4000×3000)")
    for attempt in range(3):
        start = time.perf_counter()
        with database.session() as session:
            pdf = case_file.build_case_file(session, application_id=app, today=TODAY)
        elapsed = time.perf_counter() - start
        print(f"case file #{attempt + 1}: {elapsed:.2f} s, {len(pdf) / 1e6:.1f} MB")
    (workdir / "case.pdf").write_bytes(pdf)
    print(f"written to {workdir / 'case.pdf'}")
    database.close()


if __name__ == "__main__":
    main()
