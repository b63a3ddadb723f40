"""Editing and importing year schedules; deadlines of open applications follow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from db.models import Application, CalendarYear
from desktop.core.applications import ApplicationInput
from desktop.core.calendar import DayKind, SpecialDay, WorkCalendar
from desktop.core.vocab import ApplicantType, Channel, DeliveryMethod, Outcome
from desktop.paths import resource
from desktop.services import calendar as calendar_service
from desktop.services import calendar_admin, events
from desktop.services.applications import register_application
from desktop.services.calendar import load_calendar
from desktop.services.calendar_admin import HolidayBlock, ScheduleRefused
from desktop.services.database import open_database
from tests.conftest import TODAY

D = dt.date
LATE_2026 = D(2026, 12, 28)


def register(session: Session, received_on: D, today: D = TODAY) -> int:
    data = ApplicationInput(
        channel=Channel.IN_PERSON,
        received_on=received_on,
        applicant_type=ApplicantType.BUSINESS,
        applicant_name="某某有限公司",
        content="行政许可材料",
    )
    return register_application(session, data=data, today=today).id


def due_provisional(session: Session, application_id: int) -> bool:
    row = session.get(Application, application_id)
    assert row is not None
    return row.due_provisional


def due_on(session: Session, application_id: int) -> D | None:
    row = session.get(Application, application_id)
    assert row is not None
    return row.due_on


def test_shipped_year_is_read_as_blocks_and_make_up_days(session: Session) -> None:
    schedule = calendar_admin.year_schedule(session, 2026)
    assert schedule.source == "shipped"
    assert schedule.loaded
    assert HolidayBlock(D(2026, 2, 15), D(2026, 2, 23), "春节") in schedule.holidays
    assert D(2026, 2, 14) in schedule.workdays
    kinds = {m.day: m.kind for m in schedule.marked}
    assert kinds[D(2026, 10, 1)] is DayKind.HOLIDAY
    assert kinds[D(2026, 2, 28)] is DayKind.MAKEUP_WORKDAY


def test_year_without_schedule_shows_presumed_holidays(session: Session) -> None:
    schedule = calendar_admin.year_schedule(session, 2027)
    assert (schedule.source, schedule.loaded, schedule.holidays) == ("none", False, ())
    kinds = {m.day: m.kind for m in schedule.marked}
    assert kinds[D(2027, 10, 1)] is DayKind.PROVISIONAL_HOLIDAY
    assert len(kinds) == len(set(kinds))


def _save(session: Session, year: int, blocks: list[tuple[D, D, str]], workdays: list[D]) -> None:
    calendar_admin.save_year_schedule(
        session, year=year, holidays=blocks, workdays=workdays, notice_ref="", today=TODAY
    )


@pytest.mark.parametrize(
    ("year", "blocks", "workdays", "message"),
    [
        (2026, [(D(2025, 12, 31), D(2026, 1, 1), "元旦")], [], "日期须在 2026 年内"),
        (2026, [(D(2026, 1, 3), D(2026, 1, 1), "元旦")], [], "结束日期早于开始日期"),
        (2026, [(D(2026, 1, 1), D(2026, 1, 1), " ")], [], "请填写节日名称"),
        (
            2026,
            [(D(2026, 1, 1), D(2026, 1, 3), "元旦"), (D(2026, 1, 3), D(2026, 1, 4), "x")],
            [],
            "重叠",
        ),
        (2026, [], [D(2026, 3, 2)], "不是周六或周日"),
        (2026, [], [D(2027, 1, 2)], "不在 2026 年内"),
        (2026, [], [D(2026, 1, 3), D(2026, 1, 3)], "重复"),
        (
            2026,
            [(D(2026, 1, 1), D(2026, 1, 4), "元旦")],
            [D(2026, 1, 4)],
            "既是放假日又是调休上班日",
        ),
        (2028, [], [], "只能录入至 2027 年"),
    ],
)
def test_schedule_validation(
    session: Session, year: int, blocks: list[tuple[D, D, str]], workdays: list[D], message: str
) -> None:
    with pytest.raises(ScheduleRefused, match=message):
        _save(session, year, blocks, workdays)
    assert calendar_admin.year_schedule(session, 2026).source == "shipped"


def test_editing_a_year_moves_open_deadlines_and_lists_them(session: Session) -> None:
    open_app = register(session, D(2026, 2, 10))  # due 2026-03-16 with the real schedule
    replied = register(session, D(2026, 2, 9))
    events.record_reply(
        session,
        application_id=replied,
        on=D(2026, 3, 2),
        outcome=Outcome.DISCLOSED,
        delivery=DeliveryMethod.IN_PERSON,
        today=TODAY,
    )
    old = calendar_admin.year_schedule(session, 2026)
    # Drop the Spring Festival block and its make-up days (02-14, 02-28).
    blocks = [(b.start, b.end, b.festival) for b in old.holidays if b.festival != "春节"]
    workdays = [d for d in old.workdays if d.month != 2]
    moved = calendar_admin.save_year_schedule(
        session,
        year=2026,
        holidays=blocks,
        workdays=workdays,
        notice_ref="国办发明电〔2025〕7号",
        today=TODAY,
    )
    expected_calendar = WorkCalendar(
        [
            *(SpecialDay(d, "workday") for d in workdays),
            *(
                SpecialDay(b[0] + dt.timedelta(i), "holiday")
                for b in blocks
                for i in range((b[1] - b[0]).days + 1)
            ),
        ],
        [2026],
    )
    new_due = expected_calendar.add_workdays(D(2026, 2, 10), 20)
    assert new_due != D(2026, 3, 16)
    assert [(m.application_id, m.old_due, m.new_due) for m in moved] == [
        (open_app, D(2026, 3, 16), new_due)
    ]
    assert due_on(session, open_app) == new_due
    saved = calendar_admin.year_schedule(session, 2026)
    assert (saved.source, saved.notice_ref) == ("clerk", "国办发明电〔2025〕7号")
    assert not load_calendar(session).is_workday(D(2026, 2, 14))  # a plain Saturday now


CSV_2027 = """date,kind,festival
2027-01-01,holiday,元旦
2027-01-04,holiday,元旦
2027-02-05,holiday,春节
2027-02-06,holiday,春节
2027-02-07,holiday,春节
2027-02-08,holiday,春节
2027-02-09,holiday,春节
2027-02-10,holiday,春节
2027-02-11,holiday,春节
2027-02-20,workday,春节
"""


def test_import_loads_a_year_and_clears_the_provisional_flag(
    session: Session, tmp_path: Path
) -> None:
    app = register(session, D(2026, 12, 21), today=LATE_2026)
    row = session.get(Application, app)
    assert row is not None
    assert due_provisional(session, app) is True
    assert row.due_on == D(2027, 1, 19)  # presumed: only 01-01 off in January
    path = tmp_path / "2027.csv"
    path.write_text(CSV_2027, encoding="utf-8")
    result = calendar_admin.import_year_file(session, path, today=LATE_2026)
    assert result.years == (2027,)
    assert due_provisional(session, app) is False
    assert calendar_admin.year_schedule(session, 2027).source == "clerk"
    calendar = load_calendar(session)
    assert calendar.is_workday(D(2027, 2, 20))
    assert row.due_on == calendar.add_workdays(D(2026, 12, 21), 20) == D(2027, 1, 20)
    assert [(m.application_id, m.old_due, m.new_due) for m in result.moved] == [
        (app, D(2027, 1, 19), D(2027, 1, 20))
    ]


def test_import_reports_every_bad_row_and_stores_nothing(session: Session) -> None:
    text = (
        "date,kind,festival\n"
        "2027-01-01,holiday,元旦\n"
        "2027-13-01,holiday,x\n"
        "2027-02-06,vacation,春节\n"
        "2027-02-22,workday,春节\n"
        "2027-01-01,holiday,元旦\n"
    )
    with pytest.raises(ScheduleRefused) as refused:
        calendar_admin.import_year_file(session, text, today=LATE_2026)
    assert [e.split("：")[0] for e in refused.value.errors] == ["第3行", "第4行", "第5行", "第6行"]
    assert "不是周六或周日" in refused.value.errors[2]
    assert session.get(CalendarYear, 2027) is None


def test_import_needs_the_header(session: Session) -> None:
    with pytest.raises(ScheduleRefused, match="表头"):
        calendar_admin.import_year_file(session, "2027-01-01,holiday,元旦\n", today=LATE_2026)


@pytest.mark.parametrize(
    ("today", "reminds"),
    [(D(2026, 9, 30), False), (D(2026, 10, 1), True), (D(2026, 12, 31), True)],
)
def test_reminder_from_october_when_next_year_is_missing(
    session: Session, today: D, reminds: bool
) -> None:
    reminder = calendar_admin.missing_next_year_reminder(session, today)
    assert (reminder is not None) == reminds
    if reminder:
        assert "2027" in reminder


def test_no_reminder_once_next_year_is_loaded(session: Session) -> None:
    calendar_admin.import_year_file(session, CSV_2027, today=LATE_2026)
    assert calendar_admin.missing_next_year_reminder(session, LATE_2026) is None


def test_newer_shipped_holidays_move_cached_deadlines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An update shipping next year's schedule recomputes open deadlines at start-up."""
    url = f"sqlite:///{tmp_path / 'update.sqlite3'}"
    database = open_database(url)
    with database.session() as session:
        app = register(session, D(2026, 12, 10), today=D(2026, 12, 10))
        assert due_provisional(session, app) is True  # the reply deadline lies in 2027
    database.close()
    shipped = resource("calendar", "cn-holidays.csv").read_text(encoding="utf-8")
    newer = tmp_path / "cn-holidays.csv"
    newer.write_text(shipped + "2027-01-01,holiday,元旦\n", encoding="utf-8")
    monkeypatch.setattr(calendar_service, "resource", lambda *_parts: newer)
    reopened = open_database(url)
    with reopened.session() as session:
        assert due_provisional(session, app) is False
    reopened.close()
