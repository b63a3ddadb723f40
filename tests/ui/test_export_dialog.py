"""The export dialog: worker generation, preview, saving, formats, publication."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.services.demo import generate_demo
from desktop.ui.export_dialog import (
    ExportDialog,
    FileFormat,
    GeneratedReport,
    ReportChoice,
    ReportRequest,
)
from desktop.ui.operations import Operations
from desktop.ui.widgets import to_qdate
from tests.conftest import TODAY

TIMEOUT = 20_000


@pytest.fixture
def filled(database: Database, ops: Operations) -> Operations:
    with database.session() as session:
        generate_demo(session, requests=150, seed=5, today=TODAY, years=2)
    return ops


@pytest.fixture
def dialog(qtbot: QtBot, filled: Operations) -> Iterator[ExportDialog]:
    widget = ExportDialog(filled, today=TODAY)
    qtbot.addWidget(widget)
    yield widget
    widget.done(0)  # waits for any worker still running


def _generate(qtbot: QtBot, dialog: ExportDialog) -> GeneratedReport:
    with qtbot.waitSignal(dialog.generated, timeout=TIMEOUT) as blocker:
        dialog.generate_button.click()
        assert dialog.busy_bar.isVisibleTo(dialog)  # busy while the worker runs
        assert not dialog.generate_button.isEnabled()
        assert not dialog.inputs.isEnabled()  # the request cannot change under the worker
    report = blocker.args[0]
    assert isinstance(report, GeneratedReport)
    return report


def test_defaults_to_the_last_finished_quarter(dialog: ExportDialog) -> None:
    assert dialog.request() == ReportRequest.quarter(2026, 3)  # today is 2026-11-27


def test_quarterly_pdf_is_previewed_and_saved(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    report = _generate(qtbot, dialog)
    assert report.data.startswith(b"%PDF")
    assert "2026年第三季度" in report.file_name
    qtbot.waitUntil(lambda: dialog.preview.page_count() >= 2, timeout=TIMEOUT)
    assert not dialog.busy_bar.isVisibleTo(dialog)
    assert dialog.save_button.isEnabled()
    target = tmp_path / "out.pdf"
    assert dialog.save_to(target)
    assert target.read_bytes() == report.data


def test_changing_the_inputs_discards_the_report(qtbot: QtBot, dialog: ExportDialog) -> None:
    _generate(qtbot, dialog)
    dialog.quarter_combo.setCurrentIndex(0)
    assert dialog.result_report is None
    assert not dialog.save_button.isEnabled()
    assert not dialog.save_to(Path("never-written.pdf"))


@pytest.mark.parametrize(
    ("file_format", "magic"), [(FileFormat.XLSX, b"PK"), (FileFormat.CSV, "\ufeff项目".encode())]
)
def test_annual_report_in_other_formats(
    qtbot: QtBot, dialog: ExportDialog, file_format: FileFormat, magic: bytes
) -> None:
    dialog.set_choice(ReportChoice.ANNUAL)
    assert dialog.year_spin.value() == 2025  # the annual report is on the past year
    dialog.set_format(file_format)
    report = _generate(qtbot, dialog)
    assert report.request == ReportRequest.annual(2025, file_format)
    assert report.data.startswith(magic)
    assert file_format.value.upper() in dialog.preview.message()


def test_statistics_offer_pdf_only(dialog: ExportDialog) -> None:
    formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert formats == ["pdf"]
    dialog.set_choice(ReportChoice.ANNUAL)
    formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert formats == ["pdf", "xlsx", "csv"]


def test_custom_range_with_reversed_dates_is_refused(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.set_choice(ReportChoice.RANGE)
    dialog.start_edit.setDate(to_qdate(dt.date(2026, 6, 30)))
    dialog.end_edit.setDate(to_qdate(dt.date(2026, 1, 1)))
    with qtbot.waitSignal(dialog.failed, timeout=1000) as blocker:
        dialog.generate_button.click()
    assert "结束日期" in blocker.args[0]
    assert not dialog.is_busy()


def test_custom_range_is_generated(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.set_choice(ReportChoice.RANGE)
    dialog.start_edit.setDate(to_qdate(dt.date(2026, 1, 1)))
    dialog.end_edit.setDate(to_qdate(dt.date(2026, 2, 15)))
    report = _generate(qtbot, dialog)
    assert report.request.start == dt.date(2026, 1, 1)
    assert "2026年1月1日至2026年2月15日" in report.file_name


def test_mark_as_published_stores_a_snapshot(
    qtbot: QtBot, dialog: ExportDialog, database: Database
) -> None:
    from desktop.services.publication import list_snapshots

    with qtbot.waitSignal(dialog.published, timeout=TIMEOUT) as blocker:
        dialog.publish_button.click()
    assert "2026年第三季度" in blocker.args[0]
    with database.session() as session:
        (snapshot,) = list_snapshots(session)
    assert (snapshot.start, snapshot.end) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
