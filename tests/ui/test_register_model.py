"""RegisterModel: a correct Qt model over SQL pages, with documented roles."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel, DeadlineStatus
from desktop.services.applications import register_application
from desktop.services.database import Database
from desktop.services.register import SortKey
from desktop.ui import register_model
from desktop.ui.operations import Operations
from desktop.ui.register_model import COLUMN_OF_KEY, RegisterModel
from desktop.ui.widgets import ID_ROLE, SORT_ROLE
from tests.conftest import TODAY

BASE = ApplicationInput(
    channel=Channel.ONLINE,
    received_on=TODAY,
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="申请人",
    content="申请公开某项目的环境影响评价报告",
)


def fill(database: Database, count: int) -> None:
    with database.session() as session:
        for i in range(count):
            data = replace(
                BASE,
                applicant_name=f"申请人{i:03d}",
                received_on=TODAY - dt.timedelta(days=i),
                department="办公室" if i % 2 else "财务科",
            )
            register_application(session, data=data, today=TODAY)


@pytest.fixture
def model(ops: Operations, database: Database, monkeypatch: pytest.MonkeyPatch) -> RegisterModel:
    monkeypatch.setattr(register_model, "PAGE_SIZE", 10)
    fill(database, 25)
    result = RegisterModel(ops, lambda: TODAY)
    result.reload()
    return result


def test_passes_the_model_tester(model: RegisterModel, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]  # pytest-qt is untyped


def test_fetches_lazily_by_pages(model: RegisterModel) -> None:
    assert (model.rowCount(), model.total) == (10, 25)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 25
    ids = {model.index(r, 0).data(ID_ROLE) for r in range(25)}
    assert len(ids) == 25


def test_sort_requeries_the_database(model: RegisterModel, qtbot: QtBot) -> None:
    column = COLUMN_OF_KEY[SortKey.APPLICANT_NAME]
    with qtbot.waitSignal(model.modelReset):
        model.sort(column, Qt.SortOrder.AscendingOrder)
    first = [model.index(r, column).data() for r in range(model.rowCount())]
    assert first == [f"申请人{i:03d}" for i in range(10)]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert model.index(0, column).data() == "申请人024"


def test_roles_give_text_raw_values_and_colours(model: RegisterModel) -> None:
    received = model.index(0, COLUMN_OF_KEY[SortKey.RECEIVED_ON])
    assert isinstance(received.data(SORT_ROLE), dt.date)
    assert received.data() == received.data(SORT_ROLE).isoformat()
    channel = model.index(0, COLUMN_OF_KEY[SortKey.CHANNEL])
    assert (channel.data(), channel.data(SORT_ROLE)) == ("网络", "online")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "申请编号"
    assert headers[-2:] == ["办理结果", "答复日期"]
    status_column = COLUMN_OF_KEY[SortKey.STATUS]
    for row in range(model.rowCount()):
        status = model.row_at(row).status
        foreground = model.index(row, status_column).data(Qt.ItemDataRole.ForegroundRole)
        if status is DeadlineStatus.OVERDUE:
            assert foreground.color().name() == "#b71c1c"
        if status is DeadlineStatus.ON_TRACK:
            assert foreground is None


def test_overdue_rows_are_red(ops: Operations, database: Database) -> None:
    old = replace(BASE, received_on=TODAY - dt.timedelta(days=90))
    with database.session() as session:
        register_application(session, data=old, today=TODAY)
    model = RegisterModel(ops, lambda: TODAY)
    model.reload()
    status = model.index(0, COLUMN_OF_KEY[SortKey.STATUS])
    assert status.data() == "逾期"
    left = model.row_at(0).working_days_left
    assert left is not None
    assert left < 0
    assert model.index(0, COLUMN_OF_KEY[SortKey.DAYS_LEFT]).data() == f"逾期 {-left} 个工作日"
    assert status.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#ffebee"


def test_provisional_deadlines_are_marked(ops: Operations, database: Database) -> None:
    late_in_year = dt.date(2040, 6, 1)  # far beyond any shipped schedule
    with database.session() as session:
        register_application(
            session, data=replace(BASE, received_on=late_in_year), today=late_in_year
        )
    model = RegisterModel(ops, lambda: late_in_year)
    model.reload()
    row = model.row_at(0)
    text = model.index(0, COLUMN_OF_KEY[SortKey.DUE_ON]).data()
    assert text.endswith("（临时）") == row.provisional
    assert row.provisional
