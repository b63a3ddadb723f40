"""The registration form: Chinese input, errors next to their fields, input kept."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.vocab import ApplicantType, Channel, LetterKind
from desktop.services.applications import get_application_row
from desktop.services.database import Database
from desktop.ui.application_form import ApplicationForm, NewApplicationDialog
from desktop.ui.operations import Operations
from tests.conftest import TODAY

VALID_ID = "11010519491231002X"


@pytest.fixture
def dialog(ops: Operations, database: Database, qtbot: QtBot) -> NewApplicationDialog:
    result = NewApplicationDialog(ops, TODAY)
    qtbot.addWidget(result)
    result.show()
    return result


def test_registers_a_chinese_application(dialog: NewApplicationDialog, database: Database) -> None:
    form = dialog.form
    form.channel.set_value(Channel.POST)
    form.letter_kind.setCurrentIndex(1)
    form.applicant_name.setText("李华")
    form.id_number.setText(VALID_ID)
    form.content.setPlainText("申请公开2025年度本区老旧小区改造项目清单")
    form.department.setEditText("政策法规科")
    assert dialog.try_save()
    assert dialog.registered is not None
    assert dialog.registered.serial == "〔2026〕第1号"
    with database.session() as session:
        row = get_application_row(session, dialog.registered.id)
        assert (row.applicant_name, row.letter_kind) == ("李华", LetterKind.ORDINARY.value)
        assert row.department is not None
        assert row.department.name == "政策法规科"


def test_errors_show_next_to_their_fields_and_input_is_kept(
    dialog: NewApplicationDialog, qtbot: QtBot
) -> None:
    form = dialog.form
    form.channel.set_value(Channel.EMAIL)
    form.applicant_name.setText("张三")
    form.phone.setText("12345")
    form.address.setText("北京市西城区某某街1号")
    assert not dialog.try_save()
    assert dialog.registered is None
    assert dialog.isVisible()
    assert form.error_text("content") == "请填写申请内容"
    assert "电话号码格式不正确" in form.error_text("phone")
    assert form.error_text("email") == "电子邮件申请须填写申请人电子邮箱"
    assert form.error_text("applicant_name") == ""
    # Everything typed is still there, and the first field in error has the focus.
    assert (form.applicant_name.text(), form.address.text()) == ("张三", "北京市西城区某某街1号")
    qtbot.waitUntil(lambda: form.content.hasFocus())


def test_errors_clear_after_a_successful_correction(dialog: NewApplicationDialog) -> None:
    form = dialog.form
    form.applicant_name.setText("王五")
    assert not dialog.try_save()
    form.content.setPlainText("申请公开某文件")
    assert dialog.try_save()


@pytest.mark.parametrize(
    ("applicant_type", "label"),
    [(ApplicantType.NATURAL_PERSON, "身份证号码"), (ApplicantType.BUSINESS, "统一社会信用代码")],
)
def test_id_label_follows_the_applicant_type(
    qtbot: QtBot, applicant_type: ApplicantType, label: str
) -> None:
    form = ApplicationForm(TODAY)
    qtbot.addWidget(form)
    form.applicant_type.set_value(applicant_type)
    assert form.id_number_label.text() == label
    assert form.values().applicant_type is applicant_type


def test_receipt_rule_and_letter_kind_follow_the_channel(qtbot: QtBot) -> None:
    form = ApplicationForm(TODAY)
    qtbot.addWidget(form)
    form.channel.set_value(Channel.POST)
    assert form.letter_kind.isEnabled()
    assert "平信" in form.receipt_rule.text()
    form.channel.set_value(Channel.IN_PERSON)
    assert not form.letter_kind.isEnabled()
    assert form.values().letter_kind is None
    assert "当面" in form.receipt_rule.text()


def test_future_receipt_date_is_refused(dialog: NewApplicationDialog) -> None:
    form = dialog.form
    form.applicant_name.setText("赵六")
    form.content.setPlainText("申请公开某文件")
    form.received_on.set_value(TODAY + dt.timedelta(days=2))
    assert not dialog.try_save()
    assert form.error_text("received_on") == "收到日期不能晚于今天"


def test_ask_returns_none_when_cancelled(
    ops: Operations, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NewApplicationDialog, "exec", lambda self: 0)
    assert NewApplicationDialog.ask(None, ops, TODAY) is None


def test_registered_letter_received_on_another_day_needs_a_reason(
    dialog: NewApplicationDialog, database: Database
) -> None:
    """rules.md §2: a registered letter counts from the day it is signed for (its arrival)."""
    form = dialog.form
    form.channel.set_value(Channel.POST)
    form.letter_kind.setCurrentIndex(0)  # 挂号信
    form.applicant_name.setText("李华")
    form.content.setPlainText("申请公开某项目批复")
    assert not form.receipt_reason.isVisible()
    form.arrived_on.set_value(TODAY - dt.timedelta(days=3))
    assert form.receipt_reason.isVisible()
    assert "日期不同须说明理由" in form.receipt_warning.text()
    assert not dialog.try_save()
    assert form.error_text("receipt_reason") == "请填写收到日期与到达日期不同的理由"
    form.receipt_reason.setText("收发室签收后次日转交，经办人确认")
    assert dialog.try_save()
    assert dialog.registered is not None
    with database.session() as session:
        row = get_application_row(session, dialog.registered.id)
        received = row.events[0]
        assert received.data == {"receipt_reason": "收发室签收后次日转交，经办人确认"}


def test_ordinary_letter_may_be_received_later_without_a_reason(
    dialog: NewApplicationDialog,
) -> None:
    form = dialog.form
    form.channel.set_value(Channel.POST)
    form.letter_kind.setCurrentIndex(1)  # 平信: received when confirmed with the applicant
    form.applicant_name.setText("李华")
    form.content.setPlainText("申请公开某项目批复")
    form.arrived_on.set_value(TODAY - dt.timedelta(days=3))
    assert not form.receipt_reason.isVisible()
    assert dialog.try_save()
