"""Published reports whose figures changed are flagged, with the differences shown."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel
from desktop.services import publication
from desktop.services.applications import register_application
from desktop.services.database import Database
from desktop.ui.operations import Operations
from desktop.ui.publications import PublicationsDialog, changed_publications_notice


def _text(dialog: PublicationsDialog, row: int, column: int, *, differences: bool = False) -> str:
    table = dialog.differences if differences else dialog.snapshots
    item = table.item(row, column)
    assert item is not None
    return item.text()


Q3 = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))


def _register(database: Database, received: dt.date, name: str) -> None:
    with database.session() as session:
        register_application(
            session,
            data=ApplicationInput(
                channel=Channel.POST,
                received_on=received,
                applicant_type=ApplicantType.BUSINESS,
                applicant_name=name,
                content="企业安全生产标准化评审结果",
            ),
            today=dt.date(2026, 11, 27),
        )


def test_unchanged_then_flagged_after_a_late_entry(
    ops: Operations, qtbot: QtBot, database: Database
) -> None:
    _register(database, dt.date(2026, 8, 3), "甲公司")
    with database.session() as session:
        publication.publish_report(
            session, kind=publication.ReportKind.QUARTERLY, start=Q3[0], end=Q3[1]
        )
    assert changed_publications_notice(ops) is None
    dialog = PublicationsDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.snapshots.rowCount() == 1
    assert _text(dialog, 0, 4) == "与发布时一致"

    _register(database, dt.date(2026, 8, 4), "乙公司")  # entered after publication
    notice = changed_publications_notice(ops)
    assert notice is not None
    assert "共 1 期" in notice
    dialog.reload()
    assert _text(dialog, 0, 4).startswith("数据已变化")
    cells = [
        [_text(dialog, r, c, differences=True) for c in range(4)]
        for r in range(dialog.differences.rowCount())
    ]
    assert ["本期新收", "商业企业", "1", "2"] in cells


def test_no_publications_yet(ops: Operations, qtbot: QtBot, database: Database) -> None:
    dialog = PublicationsDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.snapshots.rowCount() == 0
    assert "尚未发布" in dialog.summary.text()
