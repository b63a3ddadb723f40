"""Tests for desktop.services.statistics: records loaded from the register, tables, periods."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy.orm import Session

from db.models import Appeal, Application, Category
from desktop.core.statistics import OUTCOMES, table3
from desktop.core.vocab import AppealKind, AppealOutcome, ApplicantType, Channel, Outcome, State
from desktop.services import statistics as service
from desktop.services.demo import generate_demo
from desktop.services.settings import ensure_name, save_settings
from tests.conftest import TODAY

D = dt.date
_serials = itertools.count(1)


def add_application(
    session: Session,
    received: dt.date,
    closed: dt.date | None = None,
    outcome: Outcome | None = None,
    *,
    applicant: ApplicantType = ApplicantType.NATURAL_PERSON,
    channel: Channel = Channel.ONLINE,
    state: State | None = None,
    on_time: bool | None = None,
    category: str | None = None,
) -> Application:
    """An application row with its cached derived columns set directly."""
    number = next(_serials)
    if state is None:
        state = State.OPEN if closed is None else State.REPLIED
    row = Application(
        serial=f"T{number}",
        serial_year=received.year,
        serial_number=number,
        channel=channel.value,
        received_on=received,
        applicant_type=applicant.value,
        applicant_name="张三",
        content="某项目的审批文件",
        state=state.value,
        closed_on=closed,
        outcome=outcome.value if outcome else None,
        on_time=on_time,
    )
    if category is not None:
        row.category_id = ensure_name(session, Category, category)
    session.add(row)
    session.flush()
    return row


def test_load_records_reads_only_what_the_period_can_see(session: Session) -> None:
    add_application(session, D(2024, 12, 1), D(2024, 12, 31), Outcome.DISCLOSED)  # closed before
    add_application(session, D(2026, 1, 1))  # received after
    kept = add_application(
        session,
        D(2024, 12, 20),
        D(2025, 1, 1),
        Outcome.OTHER_ABANDONED,
        applicant=ApplicantType.LEGAL_SERVICE,
        channel=Channel.FAX,
        state=State.ABANDONED,
        category="事故调查",
    )
    add_application(session, D(2025, 12, 31), on_time=None)
    records = service.load_records(session, start=D(2025, 1, 1), end=D(2025, 12, 31))
    assert len(records) == 2
    first = next(r for r in records if r.received_on == kept.received_on)
    assert first.applicant_type is ApplicantType.LEGAL_SERVICE
    assert first.channel is Channel.FAX
    assert first.category == "事故调查"
    assert first.closed_on == D(2025, 1, 1)
    assert first.outcome is Outcome.OTHER_ABANDONED
    assert first.replied is False
    other = next(r for r in records if r is not first)
    assert (other.category, other.closed_on, other.outcome) == ("", None, None)


def test_replied_comes_from_the_state(session: Session) -> None:
    add_application(session, D(2025, 3, 3), D(2025, 3, 10), Outcome.DISCLOSED, on_time=True)
    add_application(
        session, D(2025, 3, 3), D(2025, 3, 10), Outcome.OTHER_OTHER, state=State.WITHDRAWN
    )
    stats = service.quarterly_statistics(session, year=2025, quarter=1)
    assert (stats.replies, stats.replies_on_time, stats.rate_text) == (1, 1, "100.00%")


def test_annual_tables_from_the_database(session: Session) -> None:
    save_settings(session, {"agency_name": "某某县应急管理局"})
    add_application(session, D(2024, 12, 30), applicant=ApplicantType.RESEARCH)
    add_application(
        session,
        D(2025, 2, 3),
        D(2025, 2, 20),
        Outcome.REFUSED_QUERY_MATTER,
        applicant=ApplicantType.BUSINESS,
        on_time=True,
    )
    app = add_application(session, D(2025, 4, 1), D(2025, 4, 20), Outcome.DISCLOSED, on_time=False)
    session.add(
        Appeal(
            application_id=app.id,
            kind=AppealKind.LITIGATION_DIRECT.value,
            filed_on=D(2025, 5, 1),
            outcome=AppealOutcome.UPHELD.value,
            decided_on=D(2025, 9, 1),
        )
    )
    session.flush()
    tables = service.annual_tables(session, year=2025)
    assert tables.agency == "某某县应急管理局"
    assert tables.problems() == []
    t = tables.table3
    assert t.received == (1, 1, 0, 0, 0, 0, 2)
    assert t.carried_over == (0, 0, 1, 0, 0, 0, 1)
    assert t.result(Outcome.REFUSED_QUERY_MATTER) == (0, 1, 0, 0, 0, 0, 1)
    assert t.result(Outcome.DISCLOSED) == (1, 0, 0, 0, 0, 0, 1)
    assert t.total_closed == (1, 1, 0, 0, 0, 0, 2)
    assert t.carried_forward == (0, 0, 1, 0, 0, 0, 1)
    assert tables.table4.values() == (0,) * 5 + (1, 0, 0, 0, 1) + (0,) * 5


def test_range_and_year_statistics(session: Session) -> None:
    add_application(session, D(2025, 5, 6), D(2025, 5, 9), Outcome.DISCLOSED, category="行政许可")
    add_application(session, D(2025, 5, 7), category="规划")
    stats = service.range_statistics(session, start=D(2025, 5, 1), end=D(2025, 5, 31))
    assert stats.label == "2025年5月1日至2025年5月31日"
    assert stats.categories == (("行政许可", 1), ("规划", 1))  # equal counts: by name
    assert stats.received[6] == 2
    assert stats.carried_forward[6] == 1
    assert service.year_statistics(session, year=2025).label == "2025年度"
    assert service.quarterly_statistics(session, year=2025, quarter=2).label == "2025年第二季度"


def test_filtered_loading_gives_the_same_table_as_reading_everything(session: Session) -> None:
    generate_demo(session, requests=400, seed=7, today=TODAY, years=3)
    everything = service.load_records(session, start=D(2000, 1, 1), end=D(2100, 1, 1))
    for year in (2024, 2025, 2026):
        tables = service.annual_tables(session, year=year)
        assert tables.table3 == table3(everything, year)
        assert tables.problems() == []
    assert sum(service.annual_tables(session, year=2025).table3.received) > 0
    assert len(OUTCOMES) == 21
