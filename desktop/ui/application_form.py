"""The application form (受理登记), used to register a new application and to edit one.

Errors from the service's validation are shown in red right under their field;
a refused form keeps everything that was typed.
"""

from __future__ import annotations

import datetime as dt
import itertools
from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.applications import ApplicationInput, receipt_question
from desktop.core.roles import Permission
from desktop.core.validation import FieldError
from desktop.core.vocab import (
    RECEIPT_RULES,
    ApplicantType,
    Channel,
    DeliveryMethod,
    LetterKind,
    PreferredForm,
)
from desktop.services import settings as settings_service
from desktop.services.applications import Registered, ValidationFailed, register_application
from desktop.services.operations import Changes
from desktop.services.register import EarlierApplications, earlier_applications
from desktop.services.settings import NameList
from desktop.ui import unsaved
from desktop.ui.operations import Operations
from desktop.ui.widgets import (
    DateEdit,
    EnumCombo,
    NameCombo,
    OptionalDateEdit,
    translate_vocab_text,
    vocab_label,
)
from desktop.ui.widgets import (
    FieldError as FieldErrorLabel,
)

#: Heights (in text lines) of the multi-line fields.
CONTENT_LINES = 4
NOTES_LINES = 2


def _line_height(widget: QWidget, lines: int) -> int:
    return widget.fontMetrics().lineSpacing() * lines + 12


class ApplicantTypeCombo(QComboBox):
    """自然人, then the organisations as 法人或其他组织：商业企业 …"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for member in ApplicantType:
            text = vocab_label(member)
            if member.is_organisation:
                text = self.tr("法人或其他组织：%1").replace("%1", text)
            self.addItem(text, member.value)

    def value(self) -> ApplicantType:
        return ApplicantType(str(self.currentData()))

    def set_value(self, member: ApplicantType) -> None:
        self.setCurrentIndex(max(0, self.findData(member.value)))


class ApplicationForm(QWidget):
    """Every field of an application, with an error label under each."""

    #: Emitted whenever the user changes any field.
    edited = Signal()
    #: Emitted when the name, ID number or phone changes (repeat applicants are looked up).
    applicant_changed = Signal()
    #: The link under the name was clicked: show these applications (register search words).
    repeats_requested = Signal(str)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._build_fields()
        self.errors: dict[str, FieldErrorLabel] = {}
        self._focus: dict[str, QWidget] = {}
        self.general_error = FieldErrorLabel(self)
        layout = QHBoxLayout()
        layout.addWidget(self._request_group(), 1)
        layout.addWidget(self._applicant_group(), 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        outer.addWidget(self.general_error)
        self._connect()
        self._set_tab_order()
        self.clear()

    # --- building ---

    def _build_fields(self) -> None:
        self.channel = EnumCombo(list(Channel), parent=self)
        self.letter_kind = QComboBox(self)
        self.letter_kind.addItem(self.tr("挂号信（含EMS）"), LetterKind.REGISTERED.value)
        self.letter_kind.addItem(self.tr("平信"), LetterKind.ORDINARY.value)
        self.arrived_on = OptionalDateEdit(self.tr("与收到日期不同"), self)
        self.received_on = DateEdit(self)
        self.receipt_rule = QLabel(self)
        self.receipt_rule.setWordWrap(True)
        self.receipt_rule.setStyleSheet("color: #555;")
        # rules.md §2: in person, by e-mail and by registered post the receipt is the
        # arrival; a different date is questioned and needs a recorded reason.
        self.receipt_warning = QLabel(self)
        self.receipt_warning.setWordWrap(True)
        self.receipt_warning.setStyleSheet("color: #9A5B00;")  # a warning, not an error
        self.receipt_reason = QLineEdit(self)
        self.receipt_reason.setPlaceholderText(self.tr("收到日期与到达日期不同的理由"))
        self.applicant_type = ApplicantTypeCombo(self)
        self.applicant_name = QLineEdit(self)
        self.repeat_label = QLabel(self)
        self.repeat_label.setWordWrap(True)
        self.repeat_label.setStyleSheet("color: #8a5300;")
        self.repeat_label.hide()
        self._repeat_search = ""
        self.id_number_label = QLabel(self)
        self.id_number = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.address = QLineEdit(self)
        self.email = QLineEdit(self)
        self.content = QPlainTextEdit(self)
        self.content.setTabChangesFocus(True)
        self.content.setMinimumHeight(_line_height(self.content, CONTENT_LINES))
        self.category = NameCombo(editable=True, parent=self)
        self.department = NameCombo(editable=True, parent=self)
        self.preferred_form = EnumCombo(list(PreferredForm), self.tr("未指定"), self)
        self.preferred_delivery = EnumCombo(list(DeliveryMethod), self.tr("未指定"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(_line_height(self.notes, NOTES_LINES))

    def _add(self, form: QFormLayout, field: str, label: QLabel | str, *widgets: QWidget) -> None:
        """A form row: the widgets, then the field's error label right under them."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in widgets:
            column.addWidget(widget)
        error = FieldErrorLabel(box)
        column.addWidget(error)
        column.addStretch(1)  # extra height goes below the error, never between
        self.errors[field] = error
        self._focus[field] = widgets[0]
        if isinstance(label, QLabel):
            label.setBuddy(widgets[0])
            form.addRow(label, box)
        else:
            form.addRow(label, box)

    def _request_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("申请信息"), self)
        form = QFormLayout(group)
        self._add(form, "channel", self.tr("申请渠道"), self.channel)
        self._add(form, "letter_kind", self.tr("信件种类"), self.letter_kind)
        self._add(form, "arrived_on", self.tr("到达日期"), self.arrived_on)
        self._add(form, "received_on", self.tr("收到日期"), self.received_on, self.receipt_rule)
        self.receipt_reason_label = QLabel(self.tr("日期说明"), self)
        self._add(
            form,
            "receipt_reason",
            self.receipt_reason_label,
            self.receipt_reason,
            self.receipt_warning,
        )
        self._add(form, "content", self.tr("申请内容"), self.content)
        self._add(form, "category", self.tr("内容分类"), self.category)
        self._add(form, "department", self.tr("承办部门"), self.department)
        return group

    def _applicant_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("申请人"), self)
        form = QFormLayout(group)
        self._add(form, "applicant_type", self.tr("申请人类型"), self.applicant_type)
        self._add(
            form, "applicant_name", self.tr("姓名/名称"), self.applicant_name, self.repeat_label
        )
        self._add(form, "id_number", self.id_number_label, self.id_number)
        self._add(form, "phone", self.tr("联系电话"), self.phone)
        self._add(form, "address", self.tr("通信地址"), self.address)
        self._add(form, "email", self.tr("电子邮箱"), self.email)
        self._add(form, "preferred_form", self.tr("获取信息的形式"), self.preferred_form)
        self._add(form, "preferred_delivery", self.tr("获取信息的方式"), self.preferred_delivery)
        self._add(form, "notes", self.tr("备注"), self.notes)
        return group

    def tab_chain(self) -> list[QWidget]:
        """The fields in visual order: down the left column, then down the right one."""
        return [
            self.channel,
            self.letter_kind,
            self.arrived_on.check,
            self.arrived_on.edit,
            self.received_on,
            self.receipt_reason,  # shown only when the dates need a reason
            self.content,
            self.category,
            self.department,
            self.applicant_type,
            self.applicant_name,
            self.id_number,
            self.phone,
            self.address,
            self.email,
            self.preferred_form,
            self.preferred_delivery,
            self.notes,
        ]

    def _set_tab_order(self) -> None:
        chain = self.tab_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.applicant_type.currentIndexChanged.connect(self._type_changed)
        for combo in (
            self.channel,
            self.letter_kind,
            self.applicant_type,
            self.category,
            self.department,
            self.preferred_form,
            self.preferred_delivery,
        ):
            combo.currentIndexChanged.connect(self.edited)
        for line in (self.applicant_name, self.id_number, self.phone, self.address, self.email):
            line.textEdited.connect(self.edited)
        for combo in (self.category, self.department):
            combo.editTextChanged.connect(self.edited)
        for line in (self.applicant_name, self.id_number, self.phone):
            line.textChanged.connect(self.applicant_changed)
        self.repeat_label.linkActivated.connect(
            lambda _link: self.repeats_requested.emit(self._repeat_search)
        )
        self.content.textChanged.connect(self.edited)
        self.notes.textChanged.connect(self.edited)
        self.arrived_on.changed.connect(self.edited)
        self.received_on.dateChanged.connect(self.edited)
        self.receipt_reason.textEdited.connect(self.edited)
        for combo in (self.channel, self.letter_kind):
            combo.currentIndexChanged.connect(self._update_receipt_question)
        self.arrived_on.changed.connect(self._update_receipt_question)
        self.received_on.dateChanged.connect(self._update_receipt_question)

    def _channel_changed(self) -> None:
        channel = self.channel.value() or Channel.IN_PERSON
        self.letter_kind.setEnabled(channel is Channel.POST)
        self.receipt_rule.setText(translate_vocab_text(RECEIPT_RULES[channel]))

    def _update_receipt_question(self) -> None:
        """Show the reason field, with the warning, only while the receipt date is questioned."""
        questioned = bool(receipt_question(self.values()))
        self.receipt_warning.setText(
            self.tr("当面、电子邮件和挂号信以到达之日为收到之日，日期不同须说明理由")
        )
        self.receipt_reason_label.setVisible(questioned)
        box = self.receipt_reason.parentWidget()  # the row's box: field, warning, error
        if box is not None:
            box.setVisible(questioned)

    def _type_changed(self) -> None:
        organisation = self.applicant_type.value().is_organisation
        text = self.tr("统一社会信用代码") if organisation else self.tr("身份证号码")
        self.id_number_label.setText(text)

    # --- values ---

    def set_lists(self, categories: list[str], departments: list[str]) -> None:
        self.category.set_names(categories)
        self.department.set_names(departments)

    def clear(self) -> None:
        """An empty form for a new application received today."""
        self.set_values(
            ApplicationInput(
                channel=Channel.ONLINE,
                received_on=self._today,
                applicant_type=ApplicantType.NATURAL_PERSON,
                applicant_name="",
                content="",
            )
        )

    def set_values(self, data: ApplicationInput) -> None:
        self.channel.set_value(data.channel)
        kind = data.letter_kind or LetterKind.REGISTERED
        self.letter_kind.setCurrentIndex(max(0, self.letter_kind.findData(kind.value)))
        self.received_on.set_value(data.received_on)
        self.arrived_on.set_value(data.arrived_on, default=data.received_on)
        self.applicant_type.set_value(data.applicant_type)
        self.applicant_name.setText(data.applicant_name)
        self.id_number.setText(data.id_number)
        self.phone.setText(data.phone)
        self.address.setText(data.address)
        self.email.setText(data.email)
        self.content.setPlainText(data.content)
        self.category.set_value(data.category)
        self.department.set_value(data.department)
        form, delivery = data.preferred_form, data.preferred_delivery
        self.preferred_form.set_value(PreferredForm(form) if form else None)
        self.preferred_delivery.set_value(DeliveryMethod(delivery) if delivery else None)
        self.notes.setPlainText(data.notes)
        self.receipt_reason.setText(data.receipt_reason)
        self._channel_changed()
        self._update_receipt_question()
        self._type_changed()
        self.clear_errors()

    def values(self) -> ApplicationInput:
        channel = self.channel.value() or Channel.IN_PERSON
        form = self.preferred_form.value()
        delivery = self.preferred_delivery.value()
        return ApplicationInput(
            channel=channel,
            received_on=self.received_on.value(),
            applicant_type=self.applicant_type.value(),
            applicant_name=self.applicant_name.text(),
            content=self.content.toPlainText(),
            arrived_on=self.arrived_on.value(),
            letter_kind=(
                LetterKind(str(self.letter_kind.currentData())) if channel is Channel.POST else None
            ),
            id_number=self.id_number.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            email=self.email.text(),
            category=self.category.value(),
            department=self.department.value(),
            preferred_form=form.value if form else "",
            preferred_delivery=delivery.value if delivery else "",
            notes=self.notes.toPlainText(),
            receipt_reason=self.receipt_reason.text(),
        )

    def show_repeats(self, earlier: EarlierApplications) -> None:
        """How many earlier applications the same applicant has, with a link to them."""
        self._repeat_search = earlier.search
        if not earlier.count:
            self.repeat_label.hide()
            return
        shown = "、".join(earlier.serials[:3]) + ("…" if earlier.count > 3 else "")
        text = self.tr("该申请人此前已有 %1 件申请（%2）").replace("%1", str(earlier.count))
        link = self.tr("查看")
        self.repeat_label.setText(f'{escape(text.replace("%2", shown))} <a href="#">{link}</a>')
        self.repeat_label.show()

    def repeat_text(self) -> str:
        """The repeat-applicant note as shown ("" when hidden), for tests."""
        return self.repeat_label.text() if not self.repeat_label.isHidden() else ""

    # --- errors ---

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.show_message("")
        self.general_error.show_message("")

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field (several joined); the first field gets the focus."""
        self.clear_errors()
        messages: dict[str, list[str]] = {}
        for error in errors:
            field = error.field if error.field in self.errors else ""
            messages.setdefault(field, []).append(error.message)
        for field, texts in messages.items():
            label = self.errors.get(field, self.general_error)
            label.show_message("；".join(texts))
        first = next((e.field for e in errors if e.field in self._focus), None)
        if first is not None:
            self._focus[first].setFocus()

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` ("" when none), for tests and checks."""
        label = self.errors[field]
        return label.text() if not label.isHidden() else ""


def load_lists(ops: Operations) -> tuple[list[str], list[str]]:
    """The active category and department names."""
    return ops.read(
        lambda session: (
            settings_service.names_of(session, NameList.CATEGORY),
            settings_service.names_of(session, NameList.DEPARTMENT),
        )
    )


#: Milliseconds of typing pause before the repeat-applicant lookup.
REPEAT_DEBOUNCE_MS = 400


def lookup_repeats(form: ApplicationForm, ops: Operations, application_id: int | None) -> QTimer:
    """Look up the applicant's earlier applications shortly after the name, ID or phone change;
    returns the timer (``timeout`` runs the lookup now)."""
    timer = QTimer(form)
    timer.setSingleShot(True)
    timer.setInterval(REPEAT_DEBOUNCE_MS)

    def lookup() -> None:
        name, id_number, phone = (
            form.applicant_name.text(),
            form.id_number.text(),
            form.phone.text(),
        )
        earlier = ops.read(
            lambda session: earlier_applications(
                session,
                name=name,
                id_number=id_number,
                phone=phone,
                application_id=application_id,
            )
        )
        form.show_repeats(earlier)

    form.applicant_changed.connect(timer.start)
    timer.timeout.connect(lookup)
    return timer


class NewApplicationDialog(QDialog):
    """受理登记: the form, 登记 / 取消; the serial is assigned on saving."""

    def __init__(self, ops: Operations, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建申请"))
        self.setMinimumWidth(880)
        self.ops = ops
        self.today = today
        self.registered: Registered | None = None
        self.form = ApplicationForm(today, self)
        self.form.set_lists(*load_lists(ops))
        hint = QLabel(self.tr("申请编号在登记时自动分配。"), self)
        hint.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("登记"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self._pristine = self.form.values()
        self._repeats = lookup_repeats(self.form, ops, None)
        self.form.repeats_requested.connect(ops.bus.search_register)

    @property
    def dirty(self) -> bool:
        """Whether anything was typed or chosen since the dialog opened."""
        return self.registered is None and self.form.values() != self._pristine

    def reject(self) -> None:
        """Esc, 取消 and the window's close button ask before typed work is lost."""
        if not self.dirty:
            super().reject()
            return
        question = self.tr("新建申请尚未登记。要登记、放弃已填写的内容，还是继续填写？")
        choice = unsaved.ask_unsaved(self, question)
        if choice is unsaved.UnsavedChoice.SAVE:
            self.try_save()  # closes when registered; a refusal stays open with its errors
        elif choice is unsaved.UnsavedChoice.DISCARD:
            super().reject()

    def try_save(self) -> bool:
        """Register the application; on refusal show the errors and keep the input."""
        data, today, user = self.form.values(), self.today, self.ops.actor.name
        try:
            self.registered = self.ops.call(
                lambda session: register_application(
                    session, data=data, today=today, recorded_by=user
                ),
                action="application.register",
                permission=Permission.HANDLE,
                changes=lambda registered: Changes.of_applications([registered.id]),
                object_ref=lambda registered: registered.serial,
            )
        except ValidationFailed as failure:
            self.form.show_errors(failure.errors)
            return False
        self.accept()
        return True

    @staticmethod
    def ask(parent: QWidget | None, ops: Operations, today: dt.date) -> Registered | None:
        """Run the dialog; the registered application, or None if cancelled."""
        dialog = NewApplicationDialog(ops, today, parent)
        try:
            dialog.exec()
            return dialog.registered
        finally:
            dialog.deleteLater()
