"""The register at 1280 px: default columns fit, columns shown/hidden/reordered and
remembered, reply dates, row menu, keyboard (Ctrl+F, F5, Ctrl+P)."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from db.models import Application, AuditEntry
from desktop.core.applications import ApplicationInput
from desktop.core.vocab import ApplicantType, Channel, State
from desktop.services.applications import register_application
from desktop.services.database import Database
from desktop.services.register import SortKey, registration_sheet
from desktop.ui import main_window, registration_print
from desktop.ui.main_window import MainWindow, RegisterTab
from desktop.ui.register_model import COLUMN_OF_KEY, HIDDEN_BY_DEFAULT
from tests.conftest import TODAY
from tests.ui.conftest import make_ops

BASE = ApplicationInput(
    channel=Channel.ONLINE,
    received_on=TODAY,
    applicant_type=ApplicantType.NATURAL_PERSON,
    applicant_name="申请人",
    content="申请公开某区2025年度道路改造工程的立项批复、招投标文件和资金拨付情况",
)


@pytest.fixture(autouse=True)
def _fresh_header() -> Iterator[None]:
    QSettings().remove(RegisterTab.HEADER_KEY)
    yield
    QSettings().remove(RegisterTab.HEADER_KEY)


@pytest.fixture
def ids(database: Database) -> list[int]:
    result = []
    with database.session() as session:
        for i in range(6):
            data = replace(
                BASE, applicant_name=f"申请人{i}", received_on=TODAY - dt.timedelta(days=9 * i)
            )
            result.append(register_application(session, data=data, today=TODAY).id)
    return result


def _window(database: Database, qtbot: QtBot) -> MainWindow:
    window = MainWindow(make_ops(database), lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_default_columns_fit_1280_px(database: Database, ids: list[int], qtbot: QtBot) -> None:
    window = _window(database, qtbot)
    table = window.register_tab.table
    header = table.horizontalHeader()
    hidden = {c for c in range(header.count()) if header.isSectionHidden(c)}
    assert hidden == {COLUMN_OF_KEY[k] for k in HIDDEN_BY_DEFAULT}
    shown = [c for c in range(header.count()) if c not in hidden]
    assert COLUMN_OF_KEY[SortKey.OUTCOME] in shown
    assert COLUMN_OF_KEY[SortKey.STATUS] in shown
    assert COLUMN_OF_KEY[SortKey.CLOSED_ON] in shown
    # every shown column starts inside the viewport and none is squeezed below its header
    for column in shown:
        assert header.sectionViewportPosition(column) + 40 < table.viewport().width()
    last = max(shown, key=header.visualIndex)
    assert header.sectionSize(last) >= header.sectionSizeHint(last)


def test_columns_hidden_and_moved_are_remembered(
    database: Database, ids: list[int], qtbot: QtBot
) -> None:
    window = _window(database, qtbot)
    tab = window.register_tab
    menu = tab.column_menu()
    titles = [a.text() for a in menu.actions() if a.isCheckable()]
    assert titles[:3] == ["申请编号", "收到日期", "申请渠道"]
    category = next(a for a in menu.actions() if a.text() == "内容分类")
    assert not category.isChecked()
    category.setChecked(True)  # show it
    state_action = next(a for a in menu.actions() if a.text() == "办理状态")
    state_action.setChecked(False)  # hide it
    header = tab.table.horizontalHeader()
    header.moveSection(header.visualIndex(COLUMN_OF_KEY[SortKey.CLOSED_ON]), 1)
    window.close()

    again_window = _window(database, qtbot)
    again = again_window.register_tab
    header = again.table.horizontalHeader()
    assert not header.isSectionHidden(COLUMN_OF_KEY[SortKey.CATEGORY])
    assert header.isSectionHidden(COLUMN_OF_KEY[SortKey.STATE])
    assert header.visualIndex(COLUMN_OF_KEY[SortKey.CLOSED_ON]) == 1
    again.reset_columns()
    assert header.visualIndex(COLUMN_OF_KEY[SortKey.CLOSED_ON]) == COLUMN_OF_KEY[SortKey.CLOSED_ON]
    assert not header.isSectionHidden(COLUMN_OF_KEY[SortKey.STATE])


def test_closed_cases_show_the_reply_date_and_no_provisional_mark(
    database: Database, ids: list[int], qtbot: QtBot
) -> None:
    with database.session() as session:
        session.execute(
            update(Application)
            .where(Application.id == ids[1])
            .values(state=State.REPLIED.value, closed_on=TODAY, on_time=True, due_provisional=True)
        )
    window = _window(database, qtbot)
    model = window.model
    row = model.row_of_id(ids[1])
    assert row is not None
    assert model.index(row, COLUMN_OF_KEY[SortKey.CLOSED_ON]).data() == TODAY.isoformat()
    assert "临时" not in model.index(row, COLUMN_OF_KEY[SortKey.DUE_ON]).data()
    assert model.index(row, COLUMN_OF_KEY[SortKey.DAYS_LEFT]).data() == ""
    open_row = model.row_of_id(ids[0])
    assert open_row is not None
    assert model.index(open_row, COLUMN_OF_KEY[SortKey.CLOSED_ON]).data() == ""


def test_row_menu_opens_copies_and_prints(
    database: Database,
    ids: list[int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = _window(database, qtbot)
    tab = window.register_tab
    menu = tab.row_menu(ids[2])
    texts = [a.text() for a in menu.actions()]
    assert texts == ["打开", "期限说明…", "复制编号", "打印登记表…"]
    menu.actions()[2].trigger()
    row = window.model.row_of_id(ids[2])
    assert row is not None
    assert QGuiApplication.clipboard().text() == window.model.row_at(row).serial
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(registration_print, "choose_printer", lambda parent: printer)
    menu.actions()[3].trigger()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "printed.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    serial = window.model.row_at(row).serial
    assert serial in text
    with database.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.sequence.desc())).first()
    assert entry is not None  # it names the applicant: who printed it is on record
    assert (entry.action, entry.object_ref) == ("application.print_registration", serial)
    monkeypatch.setattr(registration_print, "choose_printer", lambda parent: None)
    menu.actions()[3].trigger()  # cancelled at the printer: nothing fetched, nothing audited
    with database.session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.sequence.desc())).first()
    assert last is not None
    assert last.sequence == entry.sequence
    menu.actions()[0].trigger()
    assert ids[2] in window.details


def test_registration_form_pdf_has_the_fields(
    database: Database, ids: list[int], tmp_path: Path
) -> None:
    with database.session() as session:
        sheet = registration_sheet(session, ids[0], today=TODAY)
    path = tmp_path / "form.pdf"
    registration_print.save_registration_pdf(sheet, path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "政府信息公开申请登记表" in text
    assert sheet.detail.serial in text
    assert "申请人0" in text


def test_keyboard_find_refresh_print(
    database: Database, ids: list[int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(database, qtbot)
    window.activateWindow()
    qtbot.waitActive(window)
    window.register_tab.table.setFocus()
    qtbot.waitUntil(lambda: window.register_tab.table.hasFocus())
    table = window.register_tab.table
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    assert QApplication.focusWidget() is window.register_tab.filters.text
    with database.session() as session:
        register_application(session, data=replace(BASE, applicant_name="新来的"), today=TODAY)
    assert window.model.total == 6
    qtbot.keyClick(table, Qt.Key.Key_F5)  # type: ignore[no-untyped-call]
    assert window.model.total == 7
    printed: list[int] = []
    monkeypatch.setattr(window, "print_registration", printed.append)
    window.register_tab.table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    assert printed == [window.register_tab.selected_id()]
    assert main_window.MNEMONICS["文件"] == "F"
