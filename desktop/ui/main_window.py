"""The main window: the register (台账) tab with its filter bar, menus and toolbar.

Other panels are plugged in by the lead through :meth:`MainWindow.add_tab` and
:meth:`MainWindow.add_menu_action`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
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

from desktop.core.roles import Permission
from desktop.core.vocab import ApplicantType, Channel, DeadlineStatus, State
from desktop.errors import UserError
from desktop.services import settings as settings_service
from desktop.services.applications import Registered
from desktop.services.operations import Changes
from desktop.services.register import RegisterQuery, SortKey, registration_sheet
from desktop.services.settings import NameList
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.operations import Operations, show_error
from desktop.ui.register_model import COLUMN_OF_KEY, COLUMNS, HIDDEN_BY_DEFAULT, RegisterModel
from desktop.ui.widgets import ID_ROLE, EnumCombo, NameCombo, OptionalDateEdit, vocab_label

if TYPE_CHECKING:  # the dialogs are imported when first opened (start-up speed)
    from desktop.ui.application_detail import ApplicationDetailDialog

#: Milliseconds of typing pause before the free-text filter re-queries.
TEXT_DEBOUNCE_MS = 300

#: Menu mnemonics (Alt+letter), by menu title; other menus get none.
MNEMONICS = {
    QT_TRANSLATE_NOOP("MainWindow", "文件"): "F",
    QT_TRANSLATE_NOOP("MainWindow", "办理"): "B",
    QT_TRANSLATE_NOOP("MainWindow", "统计发布"): "S",
    QT_TRANSLATE_NOOP("MainWindow", "工具"): "T",
    QT_TRANSLATE_NOOP("MainWindow", "帮助"): "H",
}

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
    """The 台账 tab: filters over the register table.

    The user shows, hides (header menu) and reorders (drag) the columns; the
    header's state is remembered per workstation in QSettings.
    """

    #: QSettings key of the header state (order, widths, hidden columns, sort).
    HEADER_KEY = "register/header"
    #: Emitted with the application id for the row menu's 打开, 期限说明 and 打印登记表.
    open_requested = Signal(int)
    explain_requested = Signal(int)
    print_requested = Signal(int)

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
        # The content takes the spare width (wide screens), the others keep theirs.
        header.setSectionResizeMode(COLUMN_OF_KEY[SortKey.CONTENT], QHeaderView.ResizeMode.Stretch)
        header.setSectionsMovable(True)
        header.setSortIndicator(COLUMN_OF_KEY[SortKey.SERIAL], Qt.SortOrder.DescendingOrder)
        self._set_widths()
        self._restore_header()
        self.table.setSortingEnabled(True)  # sorts by the (restored) indicator
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionMoved.connect(self.save_header)
        header.sectionResized.connect(self.save_header)
        header.sortIndicatorChanged.connect(self.save_header)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)

    def _set_widths(self) -> None:
        widths = {
            SortKey.SERIAL: 125,
            SortKey.RECEIVED_ON: 90,
            SortKey.CHANNEL: 70,
            SortKey.APPLICANT_TYPE: 90,
            SortKey.APPLICANT_NAME: 110,
            SortKey.CONTENT: 200,
            SortKey.CATEGORY: 90,
            SortKey.DEPARTMENT: 90,
            SortKey.STATE: 75,
            SortKey.DUE_ON: 125,
            SortKey.DAYS_LEFT: 125,
            SortKey.STATUS: 70,
            SortKey.OUTCOME: 130,
            SortKey.CLOSED_ON: 90,
        }
        for key, width in widths.items():
            self.table.setColumnWidth(COLUMN_OF_KEY[key], width)
        for key in HIDDEN_BY_DEFAULT:
            self.table.setColumnHidden(COLUMN_OF_KEY[key], True)

    # --- columns ---

    def _restore_header(self) -> None:
        state = QSettings().value(self.HEADER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            header = self.table.horizontalHeader()
            if not header.restoreState(state) or header.count() != len(COLUMNS):
                self._set_widths()

    def save_header(self) -> None:
        QSettings().setValue(self.HEADER_KEY, self.table.horizontalHeader().saveState())

    def column_menu(self) -> QMenu:
        """One check box per column, in the displayed order: checked = shown."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        menu.addSeparator()
        menu.addAction(self.tr("恢复默认列"), self.reset_columns)
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last visible column stays
        self.table.setColumnHidden(column, not shown)
        self.save_header()

    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.moveSection(header.visualIndex(column), column)
            self.table.setColumnHidden(column, False)
        self._set_widths()
        self.save_header()

    def _header_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    # --- rows ---

    def row_menu(self, application_id: int) -> QMenu:
        """打开, 期限说明, 复制编号, 打印登记表 for one application."""
        menu = QMenu(self)
        menu.addAction(self.tr("打开"), lambda: self.open_requested.emit(application_id))
        menu.addAction(self.tr("期限说明…"), lambda: self.explain_requested.emit(application_id))
        menu.addAction(self.tr("复制编号"), lambda: self.copy_serial(application_id))
        menu.addAction(self.tr("打印登记表…"), lambda: self.print_requested.emit(application_id))
        return menu

    def _row_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = self.row_menu(int(index.data(ID_ROLE)))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def copy_serial(self, application_id: int) -> None:
        row = self.model.row_of_id(application_id)
        if row is not None:
            QGuiApplication.clipboard().setText(self.model.row_at(row).serial)

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
        # No reload here: enabling sorting on the table (RegisterTab) already loaded the
        # first page in the default order; a second query would double the start-up's.
        self._show_count(self.model.total)

    # --- extension points ---

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab after the existing ones; returns its index."""
        return self.tabs.addTab(widget, title)

    def add_menu_action(self, menu_title: str, action: QAction) -> None:
        """Put ``action`` in the menu ``menu_title`` (created at the end if new)."""
        self.menu(menu_title).addAction(action)

    def menu(self, title: str) -> QMenu:
        if title not in self.menus:
            letter = MNEMONICS.get(title)
            shown = f"{title}(&{letter})" if letter else title
            self.menus[title] = self.menuBar().addMenu(shown)
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
        self.find_action = QAction(self.tr("查找"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(self.tr("刷新"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh_current)
        self.print_action = QAction(self.tr("打印…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_current)
        self.add_menu_action(self.tr("办理"), self.find_action)
        self.add_menu_action(self.tr("办理"), self.refresh_action)
        self.menu(self.tr("文件")).insertAction(self.quit_action, self.print_action)
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
        self.register_tab.open_requested.connect(self.open_detail)
        self.bus.search_register.connect(self.search_register)
        self.register_tab.explain_requested.connect(self.explain)
        self.register_tab.print_requested.connect(self.print_registration)

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

    def focus_search(self) -> None:
        """Ctrl+F: the register's search box."""
        self.tabs.setCurrentWidget(self.register_tab)
        self.register_tab.filters.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.register_tab.filters.text.selectAll()

    def search_register(self, words: str) -> None:
        """Show the register searched for ``words`` (e.g. an applicant's earlier applications)."""
        filters = self.register_tab.filters
        filters.clear()
        filters.text.setText(words)
        filters.changed_now()
        self.tabs.setCurrentWidget(self.register_tab)
        self.raise_()

    def refresh_current(self) -> None:
        """F5: the register and every panel that can refresh itself."""
        self.refresh()
        current = self.tabs.currentWidget()
        if current is not self.register_tab and hasattr(current, "refresh"):
            current.refresh()

    def print_current(self) -> None:
        """Ctrl+P: the current tab's document (its ``print_document``), or on the register
        the selected application's registration form."""
        current = self.tabs.currentWidget()
        if current is not self.register_tab and hasattr(current, "print_document"):
            current.print_document()
            return
        selected = self.register_tab.selected_id()
        if selected is None:
            self.statusBar().showMessage(self.tr("请先在台账中选择一件申请"), 5000)
            return
        self.print_registration(selected)

    def print_registration(self, application_id: int) -> bool:
        """打印登记表: choose a printer, then fetch the form (it names the applicant: audited)."""
        from desktop.ui import registration_print

        printer = registration_print.choose_printer(self)
        if printer is None:
            return False
        today = self.today_provider()
        try:
            sheet = self.ops.call(
                lambda session: registration_sheet(session, application_id, today=today),
                action="application.print_registration",
                permission=Permission.EXPORT_PERSONAL,
                object_kind="application",
                object_ref=lambda sheet: sheet.detail.serial,
            )
        except UserError as error:
            show_error(self, error)
            return False
        registration_print.print_sheet(printer, sheet)
        return True

    def explain(self, application_id: int) -> None:
        """期限说明 of one application, from the register's row menu."""
        from desktop.services import events as events_service
        from desktop.ui.explanation import ExplanationDialog

        explanation = self.ops.read(
            lambda session: events_service.application_explanation(session, application_id)
        )
        row = self.model.row_of_id(application_id)
        serial = self.model.row_at(row).serial if row is not None else ""
        ExplanationDialog.show_for(self, explanation, serial)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("共 %n 件申请", "", total))

    # --- actions ---

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_detail(int(index.data(ID_ROLE)))

    def open_detail(self, application_id: int) -> ApplicationDetailDialog:
        """Show the detail of an application (one window per application)."""
        from desktop.ui.application_detail import ApplicationDetailDialog

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
        from desktop.ui.application_form import NewApplicationDialog

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
        from desktop.ui.settings_dialog import SettingsDialog

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
