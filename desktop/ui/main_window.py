"""The main window: the register (台账) tab with its filter bar, menus and toolbar.

Other panels are plugged in by the lead through :meth:`MainWindow.add_tab` and
:meth:`MainWindow.add_menu_action`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.vocab import ApplicantType, Channel, DeadlineStatus, State
from desktop.services import settings as settings_service
from desktop.services.applications import Registered
from desktop.services.operations import Changes
from desktop.services.register import RegisterQuery, SortKey
from desktop.services.settings import NameList
from desktop.ui.application_detail import ApplicationDetailDialog
from desktop.ui.application_form import NewApplicationDialog
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.operations import Operations
from desktop.ui.register_model import COLUMN_OF_KEY, RegisterModel
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.widgets import ID_ROLE, EnumCombo, NameCombo, OptionalDateEdit, vocab_label

#: Milliseconds of typing pause before the free-text filter re-queries.
TEXT_DEBOUNCE_MS = 300

#: The menus that always exist, in menu-bar order.
MENU_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "文件"),
    QT_TRANSLATE_NOOP("MainWindow", "办理"),
    QT_TRANSLATE_NOOP("MainWindow", "统计发布"),
    QT_TRANSLATE_NOOP("MainWindow", "工具"),
    QT_TRANSLATE_NOOP("MainWindow", "帮助"),
)


class FilterBar(QWidget):
    """The register's filters; emits ``changed`` (debounced for the free text)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("搜索编号、申请人、申请内容、证件号码、电话"))
        self.text.setClearButtonEnabled(True)
        self.state = EnumCombo(list(State), self.tr("全部状态"), self)
        self.channel = EnumCombo(list(Channel), self.tr("全部渠道"), self)
        self.applicant_type = EnumCombo(list(ApplicantType), self.tr("全部申请人类型"), self)
        self.department = NameCombo(self.tr("全部部门"), parent=self)
        self.category = NameCombo(self.tr("全部分类"), parent=self)
        self.deadline_status = EnumCombo(list(DeadlineStatus), self.tr("全部期限状态"), self)
        self.received_from = OptionalDateEdit(self.tr("收到日期从"), self)
        self.received_to = OptionalDateEdit(self.tr("至"), self)
        self.clear_button = QPushButton(self.tr("清除筛选"), self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(TEXT_DEBOUNCE_MS)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text, 0, 0, 1, 3)
        grid.addWidget(self.received_from, 0, 3)
        grid.addWidget(self.received_to, 0, 4)
        grid.addWidget(self.clear_button, 0, 5)
        first_row: tuple[QComboBox, ...] = (
            self.state,
            self.deadline_status,
            self.channel,
            self.applicant_type,
        )
        for column, combo in enumerate(first_row):
            grid.addWidget(combo, 1, column)
        grid.addWidget(self.department, 1, 4)
        grid.addWidget(self.category, 1, 5)

    def _connect(self) -> None:
        self.text.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.changed_now)
        self.text.returnPressed.connect(self.changed_now)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.changed_now)
        self.received_from.changed.connect(self.changed_now)
        self.received_to.changed.connect(self.changed_now)
        self.clear_button.clicked.connect(self.clear)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.state,
            self.channel,
            self.applicant_type,
            self.department,
            self.category,
            self.deadline_status,
        )

    def changed_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def set_lists(self, departments: list[str], categories: list[str]) -> None:
        self.department.set_names(departments)
        self.category.set_names(categories)

    def apply_to(self, query: RegisterQuery) -> RegisterQuery:
        """``query`` with the filters of the bar (its sort order kept)."""
        state = self.state.value()
        return RegisterQuery(
            text=self.text.text().strip(),
            states=(state,) if state is not None else (),
            channel=self.channel.value(),
            applicant_type=self.applicant_type.value(),
            department=self.department.value() or None,
            category=self.category.value() or None,
            deadline_status=self.deadline_status.value(),
            received_from=self.received_from.value(),
            received_to=self.received_to.value(),
            sort=query.sort,
            descending=query.descending,
        )

    def clear(self) -> None:
        """Reset every filter, re-querying once."""
        widgets: list[QWidget] = [self.text, *self._combos(), self.received_from, self.received_to]
        for widget in widgets:
            widget.blockSignals(True)
        self.text.clear()
        for combo in self._combos():
            combo.setCurrentIndex(0)
        self.received_from.set_value(None)
        self.received_to.set_value(None)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed_now()


class RegisterTab(QWidget):
    """The 台账 tab: filters over the register table."""

    def __init__(self, model: RegisterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filters = FilterBar(self)
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(COLUMN_OF_KEY[SortKey.SERIAL], Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self._set_widths()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)

    def _set_widths(self) -> None:
        widths = {
            SortKey.SERIAL: 130,
            SortKey.RECEIVED_ON: 90,
            SortKey.CHANNEL: 70,
            SortKey.APPLICANT_TYPE: 90,
            SortKey.APPLICANT_NAME: 110,
            SortKey.CONTENT: 260,
            SortKey.CATEGORY: 90,
            SortKey.DEPARTMENT: 90,
            SortKey.STATE: 80,
            SortKey.DUE_ON: 130,
            SortKey.DAYS_LEFT: 80,
            SortKey.STATUS: 80,
        }
        for key, width in widths.items():
            self.table.setColumnWidth(COLUMN_OF_KEY[key], width)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def select_id(self, application_id: int) -> bool:
        row = self.model.row_of_id(application_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True


class MainWindow(QMainWindow):
    """The application window."""

    def __init__(
        self,
        ops: Operations,
        today_provider: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.bus = ops.bus
        self.today_provider = today_provider
        self.setWindowTitle(self.tr("政府信息公开申请办理台账"))
        self.resize(1360, 820)
        self.model = RegisterModel(ops, today_provider, self)
        self.register_tab = RegisterTab(self.model, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.register_tab, self.tr("台账"))
        self.setCentralWidget(self.tabs)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.user_label = QLabel(
            self.tr("当前用户：%1（%2）")
            .replace("%1", ops.actor.name)
            .replace("%2", vocab_label(ops.actor.role)),
            self,
        )
        self.statusBar().addPermanentWidget(self.user_label)
        self.menus: dict[str, QMenu] = {}
        self.details: dict[int, ApplicationDetailDialog] = {}
        self._build_actions()
        self._connect()
        self.refresh_lists()
        self.model.reload()

    # --- extension points ---

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab after the existing ones; returns its index."""
        return self.tabs.addTab(widget, title)

    def add_menu_action(self, menu_title: str, action: QAction) -> None:
        """Put ``action`` in the menu ``menu_title`` (created at the end if new)."""
        self.menu(menu_title).addAction(action)

    def menu(self, title: str) -> QMenu:
        if title not in self.menus:
            self.menus[title] = self.menuBar().addMenu(title)
        return self.menus[title]

    # --- building ---

    def _build_actions(self) -> None:
        for title in MENU_TITLES:
            self.menu(self.tr(title))
        self.new_action = QAction(self.tr("新建申请"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_application)
        self.settings_action = QAction(self.tr("设置"), self)
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action = QAction(self.tr("关于"), self)
        self.about_action.triggered.connect(self.show_about)
        self.quit_action = QAction(self.tr("退出"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.add_menu_action(self.tr("办理"), self.new_action)
        self.add_menu_action(self.tr("工具"), self.settings_action)
        self.add_menu_action(self.tr("帮助"), self.about_action)
        self.add_menu_action(self.tr("文件"), self.quit_action)
        toolbar = QToolBar(self.tr("工具栏"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.settings_action)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.register_tab.filters.changed.connect(self.apply_filters)
        self.register_tab.table.activated.connect(self._open_index)
        self.model.count_changed.connect(self._show_count)
        self.bus.changed.connect(self._data_changed)
        self.bus.open_application.connect(self.open_detail)

    # --- the register ---

    def apply_filters(self) -> None:
        query = self.register_tab.filters.apply_to(self.model.query)
        if query != self.model.query:
            self.model.set_query(query)

    def refresh(self) -> None:
        """Re-run the query, keeping the loaded rows, the selection and the scroll position."""
        table = self.register_tab.table
        selected = self.register_tab.selected_id()
        scroll = table.verticalScrollBar().value()
        self.model.reload(keep_loaded=True)
        if selected is not None:
            self.register_tab.select_id(selected)
        table.verticalScrollBar().setValue(scroll)

    def refresh_lists(self) -> None:
        departments, categories = self.ops.read(
            lambda session: (
                settings_service.names_of(session, NameList.DEPARTMENT),
                settings_service.names_of(session, NameList.CATEGORY),
            )
        )
        self.register_tab.filters.set_lists(departments, categories)

    def _data_changed(self, changes: Changes) -> None:
        if changes.settings:
            self.refresh_lists()
        if changes.any_application or changes.calendar or changes.settings:
            self.refresh()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("共 %n 件申请", "", total))

    # --- actions ---

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_detail(int(index.data(ID_ROLE)))

    def open_detail(self, application_id: int) -> ApplicationDetailDialog:
        """Show the detail of an application (one window per application)."""
        dialog = self.details.get(application_id)
        if dialog is None:
            dialog = ApplicationDetailDialog(self.ops, application_id, self.today_provider, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _result: self.details.pop(application_id, None))
            self.details[application_id] = dialog
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # which warns it cannot raise
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    def new_application(self) -> Registered | None:
        registered = NewApplicationDialog.ask(self, self.ops, self.today_provider())
        if registered is None:
            return None
        self.register_tab.select_id(registered.id)
        self._announce(registered)
        return registered

    def _announce(self, registered: Registered) -> None:
        text = self.tr("已登记，申请编号：%1").replace("%1", registered.serial)
        self.statusBar().showMessage(text, 15000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("登记成功"), text, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()  # not modal to the event loop: the clerk copies the serial and goes on

    def open_settings(self) -> bool:
        return SettingsDialog.ask(self, self.ops, self.today_provider())

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于"),
            self.tr(
                "政府信息公开申请办理台账 DisclosureDesk\n\n"
                "依据《中华人民共和国政府信息公开条例》登记、办理、统计依申请公开事项。"
            ),
        )
