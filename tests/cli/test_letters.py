"""``disclosure-desk letter issue | list``."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import docx
import pytest

from desktop.cli import main
from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel, DeliveryMethod, Outcome
from desktop.services import events
from desktop.services.applications import register_application
from desktop.services.database import open_database

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def db(database_file: Path) -> list[str]:
    """A database with two applications, 〔2026〕第1号 replied, 〔2026〕第2号 open."""
    path = database_file
    database = open_database(f"sqlite:///{path}")
    with database.session() as session:
        for name in ("张三", "李四"):
            data = ApplicationInput(
                channel=Channel.ONLINE,
                received_on=dt.date(2026, 3, 2),
                applicant_type=ApplicantType.NATURAL_PERSON,
                applicant_name=name,
                content="某项目的环评批复",
            )
            app = register_application(session, data=data, today=TODAY).id
        events.record_reply(
            session,
            application_id=app - 1,
            on=dt.date(2026, 3, 20),
            outcome=Outcome.DISCLOSED,
            delivery=DeliveryMethod.POST,
            today=TODAY,
        )
    database.close()
    return ["--db", str(path)]


def test_issue_a_reply_as_docx_and_pdf_and_list_them(
    db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reply.docx"
    args = ["letter", "issue", "--application", "〔2026〕第1号", "--kind", "reply"]
    assert main([*db, *args, "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("公开复〔2026〕1号 答复书（予以公开）")
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(out.read_bytes())).paragraphs)
    assert "第三十六条第（二）项" in text
    assert "2026年3月20日" in text
    pdf = tmp_path / "reply.pdf"
    assert main([*db, *args, "--format", "pdf", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main([*db, "letter", "list", "--application", "〔2026〕第1号", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["number"], r["date"]) for r in rows] == [
        ("reply", "公开复〔2026〕1号", "2026-03-20"),
        ("reply", "公开复〔2026〕2号", "2026-03-20"),
    ]
    assert all(len(r["sha256"]) == 64 for r in rows)


def test_a_reply_letter_without_a_reply_is_refused_in_one_chinese_line(
    db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reply.pdf"
    args = ["letter", "issue", "--application", "〔2026〕第2号", "--kind", "reply"]
    assert main([*db, *args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == "disclosure-desk: 该申请尚未记录答复，不能出具答复书\n"
    assert not out.exists()
    assert main([*db, "letter", "list", "--application", "〔2026〕第2号"]) == 0
    assert capsys.readouterr().out == "该申请尚未出具文书\n"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--application", "〔2026〕第9号", "--kind", "receipt", "--out", "x.pdf"], "没有编号为"),
        (["--application", "〔2026〕第1号", "--kind", "receipt", "--out", "x.txt"], "--format"),
        (
            [
                "--application",
                "〔2026〕第1号",
                "--kind",
                "receipt",
                "--date",
                "2026-01-02",
                "--out",
                "x.pdf",
            ],
            "文书日期不能早于收到申请的日期",
        ),
        (["--application", "〔2026〕第1号", "--kind", "fee", "--out", "x.pdf"], "尚未记录收费通知"),
    ],
)
def test_refusals(
    db: list[str], extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*db, "letter", "issue", *extra]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err
