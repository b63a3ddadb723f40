"""The register query: filters, sorts and pages in SQL agree with the rows they return."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import Application
from desktop.core.applications import ApplicationInput
from desktop.core.names import applicant_sort_key
from desktop.core.vocab import ApplicantType, Channel, DeadlineStatus, State
from desktop.services.applications import NotFound, register_application
from desktop.services.calendar import load_calendar
from desktop.services.database import Database, open_database
from desktop.services.register import (
    RegisterQuery,
    RegisterRow,
    SortKey,
    application_detail,
    count_register,
    earlier_applications,
    fetch_register,
)
from tests.conftest import TODAY

N_APPLICATIONS = 300
DEPARTMENTS = ("办公室", "财务科", "规划发展科")
NAMES = ("张三", "李四", "王五", "赵六", "Smith_100%")


def make_input(i: int) -> ApplicationInput:
    """A varied, valid application received ``i`` calendar days before TODAY."""
    return ApplicationInput(
        channel=list(Channel)[i % len(Channel)],
        received_on=TODAY - dt.timedelta(days=i // 2),
        applicant_type=list(ApplicantType)[i % len(ApplicantType)],
        applicant_name=f"{NAMES[i % len(NAMES)]}{i}",
        content=f"申请公开第{i}号规划许可文件" if i % 3 else f"请求提供{i}年度财政预算执行情况",
        email="a@example.cn",
        department=DEPARTMENTS[i % len(DEPARTMENTS)],
        category="规划建设" if i % 2 else "",
    )


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database with N_APPLICATIONS registered, some marked closed, for every test here."""
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('register') / 'r.sqlite3'}")
    with db.session() as session:
        for i in range(N_APPLICATIONS):
            register_application(session, data=make_input(i), today=TODAY)
        # Closing needs the events services; the register reads only the cached
        # columns, so set them directly: on time, late, and closed without reply.
        for ids, state, on_time in (
            (range(200, 230), State.REPLIED, True),
            (range(230, 240), State.REPLIED, False),
            (range(240, 245), State.WITHDRAWN, None),
        ):
            session.execute(
                update(Application)
                .where(Application.id.in_(list(ids)))
                .values(state=state.value, on_time=on_time, closed_on=TODAY)
            )
    yield db
    db.close()


@pytest.fixture
def reader(filled: Database) -> Iterator[Session]:
    with filled.session() as session:
        yield session


def fetch_all(session: Session, query: RegisterQuery, page: int = 70) -> list[RegisterRow]:
    rows: list[RegisterRow] = []
    while batch := fetch_register(session, query, today=TODAY, offset=len(rows), limit=page):
        rows.extend(batch)
    return rows


def test_pages_cover_every_application_once(reader: Session) -> None:
    rows = fetch_all(reader, RegisterQuery())
    assert count_register(reader, RegisterQuery(), TODAY) == N_APPLICATIONS
    assert len({r.id for r in rows}) == len(rows) == N_APPLICATIONS


@pytest.mark.parametrize("status", list(DeadlineStatus))
def test_status_filter_matches_the_status_of_each_row(
    reader: Session, status: DeadlineStatus
) -> None:
    everything = fetch_all(reader, RegisterQuery())
    expected = {r.id for r in everything if r.status is status}
    query = RegisterQuery(deadline_status=status)
    found = fetch_all(reader, query)
    assert {r.id for r in found} == expected
    assert count_register(reader, query, TODAY) == len(expected)


def test_statuses_split_the_register(reader: Session) -> None:
    counts = {
        s: count_register(reader, RegisterQuery(deadline_status=s), TODAY) for s in DeadlineStatus
    }
    assert sum(counts.values()) == N_APPLICATIONS
    for status in (
        DeadlineStatus.OVERDUE,
        DeadlineStatus.DUE_TODAY,
        DeadlineStatus.DUE_SOON,
        DeadlineStatus.ON_TRACK,
        DeadlineStatus.CLOSED_ON_TIME,
        DeadlineStatus.CLOSED_LATE,
        DeadlineStatus.CLOSED,
    ):
        assert counts[status] > 0, status


def test_working_days_left_follow_the_calendar(reader: Session) -> None:
    calendar = load_calendar(reader)
    for row in fetch_all(reader, RegisterQuery(states=(State.OPEN,))):
        assert row.due_on is not None
        assert row.working_days_left == calendar.workdays_between(TODAY, row.due_on)
        if row.working_days_left < 0:
            assert row.status is DeadlineStatus.OVERDUE
        elif row.working_days_left == 0:
            assert row.status is DeadlineStatus.DUE_TODAY


SORT_VALUES: dict[SortKey, Callable[[RegisterRow], Any]] = {
    SortKey.SERIAL: lambda r: (int(r.serial.split("第")[1].rstrip("号")),),
    SortKey.RECEIVED_ON: lambda r: r.received_on,
    SortKey.APPLICANT_NAME: lambda r: applicant_sort_key(r.applicant_name),
    SortKey.DEPARTMENT: lambda r: r.department,
    SortKey.DUE_ON: lambda r: r.due_on,
    SortKey.CHANNEL: lambda r: list(Channel).index(r.channel),
    SortKey.STATE: lambda r: list(State).index(r.state),
}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(SORT_VALUES))
def test_sorting_orders_the_rows(reader: Session, key: SortKey, descending: bool) -> None:
    rows = fetch_all(reader, RegisterQuery(sort=key, descending=descending))
    values = [SORT_VALUES[key](r) for r in rows]
    assert values == sorted(values, reverse=descending)


def test_status_sort_puts_the_most_urgent_first(reader: Session) -> None:
    rows = fetch_all(reader, RegisterQuery(sort=SortKey.STATUS, descending=False))
    order = [
        DeadlineStatus.OVERDUE,
        DeadlineStatus.DUE_TODAY,
        DeadlineStatus.DUE_SOON,
        DeadlineStatus.ON_TRACK,
        DeadlineStatus.CLOSED_LATE,
        DeadlineStatus.CLOSED_ON_TIME,
        DeadlineStatus.CLOSED,
    ]
    ranks = [order.index(r.status) for r in rows]
    assert ranks == sorted(ranks)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("张三", lambda r: r.applicant_name.startswith("张三")),
        ("财政 预算", lambda r: "财政预算" in r.content_summary),
        ("规划许可 张三", lambda r: "规划许可" in r.content_summary and "张三" in r.applicant_name),
        ("100%", lambda r: "100%" in r.applicant_name),  # % is literal, not a wildcard
        ("第7号", lambda r: "第7号" in r.serial or "第7号" in r.content_summary),
    ],
)
def test_text_filter(reader: Session, text: str, predicate: Callable[[RegisterRow], bool]) -> None:
    everything = fetch_all(reader, RegisterQuery())
    expected = {r.id for r in everything if predicate(r)}
    assert expected
    assert {r.id for r in fetch_all(reader, RegisterQuery(text=text))} == expected


def test_field_filters_combine(reader: Session) -> None:
    query = RegisterQuery(
        channel=Channel.POST,
        department="财务科",
        received_from=TODAY - dt.timedelta(days=60),
        received_to=TODAY - dt.timedelta(days=10),
    )
    rows = fetch_all(reader, query)
    assert rows
    for row in rows:
        assert row.channel is Channel.POST
        assert row.department == "财务科"
        assert TODAY - dt.timedelta(days=60) <= row.received_on <= TODAY - dt.timedelta(days=10)
    everything = fetch_all(reader, RegisterQuery())
    assert len(rows) == sum(
        1
        for r in everything
        if r.channel is Channel.POST
        and r.department == "财务科"
        and TODAY - dt.timedelta(days=60) <= r.received_on <= TODAY - dt.timedelta(days=10)
    )


def test_category_and_applicant_type_filters(reader: Session) -> None:
    rows = fetch_all(
        reader, RegisterQuery(category="规划建设", applicant_type=ApplicantType.BUSINESS)
    )
    assert rows
    assert all(
        r.category == "规划建设" and r.applicant_type is ApplicantType.BUSINESS for r in rows
    )


def test_summary_is_short(reader: Session) -> None:
    for row in fetch_all(reader, RegisterQuery()):
        assert len(row.content_summary) <= 41


def test_detail_has_every_field(reader: Session) -> None:
    row = fetch_register(reader, RegisterQuery(), today=TODAY, offset=0, limit=1)[0]
    detail = application_detail(reader, row.id, today=TODAY)
    assert (detail.serial, detail.applicant_name, detail.department) == (
        row.serial,
        row.applicant_name,
        row.department,
    )
    assert detail.version >= 1
    assert detail.email == "a@example.cn"


def test_detail_of_a_missing_application(reader: Session) -> None:
    with pytest.raises(NotFound):
        application_detail(reader, 999_999, today=TODAY)


def test_applicants_sort_in_pinyin_order_and_old_rows_get_their_key_at_start(
    tmp_path: Any,
) -> None:
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    db = open_database(url)
    names = ("张三", "李四", "王五", "赵六", "安娜")  # code-point order: 安 张 李 王 赵
    with db.session() as session:
        for name in names:
            data = replace(make_input(1), applicant_name=name)
            register_application(session, data=data, today=TODAY)
        rows = fetch_all(session, RegisterQuery(sort=SortKey.APPLICANT_NAME, descending=False))
        assert [r.applicant_name for r in rows] == ["安娜", "李四", "王五", "张三", "赵六"]
        # rows written before migration 0002 have no key: filled when the database opens
        session.execute(update(Application).values(applicant_sort_key=""))
    db.close()
    db = open_database(url)
    with db.session() as session:
        query = select(Application.applicant_name, Application.applicant_sort_key)
        keys = {row[0]: row[1] for row in session.execute(query)}
        assert keys["张三"] == "zhang1 san1"
        rows = fetch_all(session, RegisterQuery(sort=SortKey.APPLICANT_NAME, descending=True))
        assert [r.applicant_name for r in rows] == ["赵六", "张三", "王五", "李四", "安娜"]
    db.close()


def test_earlier_applications_of_the_same_applicant(database: Database) -> None:
    person = replace(make_input(1), applicant_name="陈静", phone="13900139000", id_number="")
    with database.session() as session:
        first = register_application(
            session, data=replace(person, received_on=TODAY - dt.timedelta(days=30)), today=TODAY
        )
        second = register_application(session, data=person, today=TODAY)
        # same name, other phone; other name, same phone: not the same applicant
        register_application(session, data=replace(person, phone="13800138000"), today=TODAY)
        register_application(session, data=replace(person, applicant_name="陈晶"), today=TODAY)
        new = earlier_applications(session, name=" 陈静", phone="13900139000")
        assert (new.count, new.serials) == (2, (second.serial, first.serial))
        assert new.search == "陈静 13900139000"
        of_second = earlier_applications(
            session, name="陈静", phone="13900139000", application_id=second.id
        )
        assert of_second.serials == (first.serial,)
        of_first = earlier_applications(
            session, name="陈静", phone="13900139000", application_id=first.id
        )
        assert of_first.count == 0
        assert earlier_applications(session, name="陈静").count == 0  # name alone is not enough
        # the register search finds them
        rows = fetch_all(session, RegisterQuery(text=new.search))
        assert {r.serial for r in rows} == {first.serial, second.serial}
