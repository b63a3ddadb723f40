"""``disclosure-desk calendar parse-notice / import-notice``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Application, AuditEntry
from desktop.services.calendar import load_calendar
from desktop.services.calendar_admin import year_schedule
from desktop.services.database import Database
from tests.cli.conftest import run
from tests.services.test_dashboard import add_application

NOTICES = Path(__file__).parents[1] / "core" / "notices"


def test_parse_notice_json_matches_the_shipped_2026_calendar(
    session: object, capsys: pytest.CaptureFixture[str], database: Database
) -> None:
    code, out, err = run(
        capsys, "calendar", "parse-notice", str(NOTICES / "2026.txt"), "--year", "2026", "--json"
    )
    assert (code, err) == (0, "")
    parsed = json.loads(out)
    with database.session() as s:
        shipped = year_schedule(s, 2026)
    shipped_off = sorted(m.day.isoformat() for m in shipped.marked if m.kind.value == "holiday")
    assert parsed == {
        "year": 2026,
        "days_off": shipped_off,
        "make_up_workdays": [d.isoformat() for d in shipped.workdays],
    }


def test_parse_notice_text_lists_each_festival(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "calendar", "parse-notice", str(NOTICES / "2015.txt"), "--year", "2015"
    )
    assert code == 0
    assert "  清明节：放假 2015-04-05、2015-04-06" in out.splitlines()
    assert out.splitlines()[-1] == "共放假 25 天，调休上班 5 天。"


def test_unreadable_notice_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(
        "国务院办公厅关于2026年部分节假日安排的通知\n\n一、元旦：1月1日至3日放假，共4天。\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "calendar", "parse-notice", str(path), "--year", "2026")
    assert (code, out) == (2, "")
    assert err.startswith("disclosure-desk: 通知无法识别，第3行无法识别（写明共4天")
    assert err.count("\n") == 1


def test_wrong_year_and_missing_file_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "calendar", "parse-notice", str(NOTICES / "2026.txt"), "--year", "2025"
    )
    assert code == 2
    assert "这是2026年的通知，不是2025年的" in err
    code, _, err = run(capsys, "calendar", "parse-notice", "/nonexistent.txt", "--year", "2025")
    assert code == 2
    assert "找不到文件" in err


def test_import_notice_saves_the_year_and_counts_moved_deadlines(
    database: Database, url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Without 中秋 (09-25 becomes a working day) a deadline running across it comes a day early.
    with database.session() as s:
        add_application(s, "2026-09-10")
        before = s.scalar(select(Application.due_on))
    text = (NOTICES / "2026.txt").read_text(encoding="utf-8")
    path = tmp_path / "2026.txt"
    path.write_text(
        text.replace("六、中秋节：9月25日（周五）至27日（周日）放假，共3天。\n", ""),
        encoding="utf-8",
    )
    code, out, err = run(
        capsys,
        "--db",
        url,
        "calendar",
        "import-notice",
        str(path),
        "--year",
        "2026",
        "--today",
        "2026-01-05",
    )
    assert (code, err) == (0, "")
    assert (
        out
        == "已保存2026年节假日安排：放假 30 天，调休上班 6 天；1 件办理中申请的答复期限因此变化。\n"
    )
    with database.session() as s:
        schedule = year_schedule(s, 2026)
        assert schedule.source == "clerk"
        assert load_calendar(s).is_workday(dt.date(2026, 9, 25))
        assert before is not None
        assert s.scalar(select(Application.due_on)) == before - dt.timedelta(days=1)
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.sequence.desc())).first()
    assert entry is not None  # attributed and audited like the window's import
    assert (entry.action, entry.object_ref) == ("calendar.import_notice", "2026")
