"""The lifecycle panel shows the applicant's 补正期限 and marks limits already passed,
in the one vocabulary for time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel, EventKind
from desktop.services import events
from desktop.services.applications import register_application
from desktop.services.database import Database
from desktop.ui.lifecycle import LifecyclePanel
from tests.ui.conftest import make_ops

RECEIVED = dt.date(2026, 2, 10)


def _rows(panel: LifecyclePanel) -> dict[str, str]:
    grid = panel.deadlines_grid
    texts: dict[str, str] = {}
    for row in range(grid.rowCount()):
        label, value = grid.itemAtPosition(row, 0), grid.itemAtPosition(row, 1)
        if label is None or value is None:
            continue
        name, shown = label.widget(), value.widget()
        assert isinstance(name, QLabel)
        assert isinstance(shown, QLabel)
        texts[name.text()] = shown.text()
    return texts


def _panel(qtbot: QtBot, database: Database, today: dt.date) -> LifecyclePanel:
    data = ApplicationInput(
        channel=Channel.ONLINE,
        received_on=RECEIVED,
        applicant_type=ApplicantType.NATURAL_PERSON,
        applicant_name="张三",
        content="某道路工程规划许可",
    )
    with database.session() as session:
        app_id = register_application(session, data=data, today=today).id
        events.record_event(
            session,
            application_id=app_id,
            kind=EventKind.CORRECTION_NOTICE,
            on=dt.date(2026, 2, 12),
            data={"period_days": 15},
            today=today,
        )
    panel = LifecyclePanel(make_ops(database), app_id, today=today)
    qtbot.addWidget(panel)
    return panel


def test_correction_period_end_is_shown_and_marked_when_passed(
    qtbot: QtBot, database: Database
) -> None:
    # 15 working days after 2026-02-12, across the Spring Festival and its make-up Saturdays
    panel = _panel(qtbot, database, dt.date(2026, 3, 20))
    rows = _rows(panel)
    assert rows["补正期限（申请人）："] == "2026-03-11（已过）"
    assert rows["当前答复期限："] == "暂停计时（待补正）"
    assert panel.status.text() == "暂停计时（待补正）"


def test_limit_not_yet_passed_has_no_mark(qtbot: QtBot, database: Database) -> None:
    panel = _panel(qtbot, database, dt.date(2026, 3, 2))
    assert _rows(panel)["补正期限（申请人）："] == "2026-03-11"
