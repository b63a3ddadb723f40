"""行政复议/行政诉讼: list an application's appeals, add one, or edit one (e.g. its outcome).

``AppealPanel`` is the list plus the form; it is the detail dialog's 复议诉讼 tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.core.vocab import AppealKind, AppealOutcome
from desktop.errors import UserError
from desktop.services import appeals as appeals_service
from desktop.services.appeals import AppealInput, AppealView
from desktop.services.applications import NotFound, StaleEdit, ValidationFailed
from desktop.services.operations import Changes
from desktop.ui.operations import Operations
from desktop.ui.widgets import (
    DateEdit,
    EnumCombo,
    FieldError,
    OptionalDateEdit,
    format_date,
    vocab_label,
)

#: Row data role holding the appeal id.
AppealIdRole = Qt.ItemDataRole.UserRole


class AppealForm(QGroupBox):
    """The fields of one appeal, with a red message under each field that can be wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: EnumCombo[AppealKind] = EnumCombo(AppealKind, parent=self)
        self.filed_on = DateEdit(self)
        self.outcome: EnumCombo[AppealOutcome] = EnumCombo(AppealOutcome, parent=self)
        self.decided_on = OptionalDateEdit(self.tr("已审结"), self)
        self.notes = QLineEdit(self)
        self.errors = {"filed_on": FieldError(self), "decided_on": FieldError(self)}
        layout = QFormLayout(self)
        layout.addRow(self.tr("类型"), self.kind)
        layout.addRow(self.tr("提起日期"), self.filed_on)
        layout.addRow("", self.errors["filed_on"])
        layout.addRow(self.tr("结果"), self.outcome)
        layout.addRow(self.tr("审结日期"), self.decided_on)
        layout.addRow("", self.errors["decided_on"])
        layout.addRow(self.tr("备注"), self.notes)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)

    def _outcome_changed(self) -> None:
        self.decided_on.check.setChecked(self.outcome.value() is not AppealOutcome.PENDING)

    def value(self) -> AppealInput:
        return AppealInput(
            kind=self.kind.value() or AppealKind.RECONSIDERATION,
            filed_on=self.filed_on.value(),
            outcome=self.outcome.value() or AppealOutcome.PENDING,
            decided_on=self.decided_on.value(),
            notes=self.notes.text(),
        )

    def set_value(self, data: AppealInput) -> None:
        self.kind.set_value(data.kind)
        self.filed_on.set_value(data.filed_on)
        self.outcome.set_value(data.outcome)
        self.decided_on.set_value(data.decided_on, default=data.filed_on)
        self.notes.setText(data.notes)
        self.show_errors({})

    def show_errors(self, messages: dict[str, str]) -> None:
        for field, label in self.errors.items():
            label.show_message(messages.get(field, ""))


class AppealPanel(QWidget):
    """An application's appeals: a table, and a form to add or edit one."""

    def __init__(
        self,
        ops: Operations,
        application_id: int,
        parent: QWidget | None = None,
        *,
        today_provider: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ops, self.application_id, self.bus = ops, application_id, ops.bus
        self.today_provider = today_provider
        self.appeals: list[AppealView] = []
        self.editing: AppealView | None = None
        self.table = self._make_table()
        self.form = AppealForm(self)
        self.form_message = FieldError(self)
        self.new_button = QPushButton(self.tr("新增"), self)
        self.save_button = QPushButton(self.tr("保存"), self)
        self._lay_out()
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.bus.changed.connect(self._changed)
        self.reload()
        self.start_new()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 5, self)
        headings = [self.tr("类型"), self.tr("提起日期"), self.tr("结果"), self.tr("审结日期")]
        table.setHorizontalHeaderLabels([*headings, self.tr("备注")])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addWidget(self.form_message)
        layout.addLayout(buttons)

    def reload(self) -> None:
        """Read the appeals again and refill the table, keeping the selection."""
        application_id = self.application_id
        self.appeals = self.ops.read(
            lambda session: appeals_service.list_appeals(session, application_id=application_id)
        )
        selected = self.editing.id if self.editing else None
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.appeals))
        for row, appeal in enumerate(self.appeals):
            self._fill_row(row, appeal)
        self.table.blockSignals(False)
        if selected is not None:
            self.select(selected)

    def _fill_row(self, row: int, appeal: AppealView) -> None:
        texts = (
            vocab_label(appeal.kind),
            format_date(appeal.filed_on),
            vocab_label(appeal.outcome),
            format_date(appeal.decided_on),
            appeal.notes,
        )
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(AppealIdRole, appeal.id)
            self.table.setItem(row, column, item)

    def select(self, appeal_id: int) -> None:
        for row, appeal in enumerate(self.appeals):
            if appeal.id == appeal_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.editing = self.appeals[rows[0].row()]
        self.form.setTitle(self.tr("编辑复议/诉讼记录"))
        self.form.set_value(self.editing.input())
        self.form_message.show_message("")

    def start_new(self) -> None:
        """Empty the form for a new appeal (filed today, pending)."""
        self.editing = None
        self.table.clearSelection()
        self.form.setTitle(self.tr("新增复议/诉讼记录"))
        self.form.set_value(AppealInput(AppealKind.RECONSIDERATION, self.today_provider()))
        self.form_message.show_message("")

    def save(self) -> bool:
        """Record the new appeal or the edit; False (with messages shown) when refused."""
        data, today, application_id = self.form.value(), self.today_provider(), self.application_id
        editing = self.editing
        try:
            saved = self.ops.call(
                lambda session: (
                    appeals_service.record_appeal(
                        session, application_id=application_id, data=data, today=today
                    )
                    if editing is None
                    else appeals_service.update_appeal(
                        session,
                        appeal_id=editing.id,
                        version=editing.version,
                        data=data,
                        today=today,
                    )
                ),
                action="appeal.record" if editing is None else "appeal.update",
                permission=Permission.HANDLE,
                changes=Changes.of_applications([application_id]),
            )
        except ValidationFailed as error:
            self.form.show_errors({e.field: e.message for e in error.errors})
            return False
        except (StaleEdit, NotFound) as error:
            self.form_message.show_message(str(error) or self.tr("记录不存在，请刷新"))
            self.reload()
            return False
        except UserError as error:
            self.form_message.show_message(str(error))
            return False
        self.editing = saved
        self.form.show_errors({})
        self.form_message.show_message("")
        self.reload()
        return True

    def _changed(self, changes: Changes) -> None:
        if changes.touches(self.application_id):
            self.reload()
