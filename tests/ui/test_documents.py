"""The 文书 and 案卷 tabs, the letter dialog, and the lifecycle's offer of a document."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from desktop.core.applications import ApplicationInput
from desktop.core.letters import AttachmentKind, DocumentKind, DocumentStatus, ServiceMethod
from desktop.core.vocab import ApplicantType, Channel, DeliveryMethod, EventKind, Outcome
from desktop.services import events, letters
from desktop.services.applications import register_application
from desktop.services.database import Database
from desktop.ui.application_detail import ApplicationDetailDialog
from desktop.ui.documents import AttachmentsPanel, DocumentsPanel, LetterDialog
from desktop.ui.lifecycle import EventDialog, EventInput, LifecyclePanel
from desktop.ui.operations import Operations

TODAY = dt.date(2026, 3, 27)


@pytest.fixture
def app_id(database: Database) -> int:
    data = ApplicationInput(
        channel=Channel.ONLINE,
        received_on=dt.date(2026, 3, 2),
        applicant_type=ApplicantType.NATURAL_PERSON,
        applicant_name="张三",
        content="某道路工程规划许可",
    )
    with database.session() as session:
        return register_application(session, data=data, today=TODAY).id


def _reply(database: Database, app_id: int, on: dt.date = dt.date(2026, 3, 20)) -> None:
    with database.session() as session:
        events.record_reply(
            session,
            application_id=app_id,
            on=on,
            outcome=Outcome.DISCLOSED,
            delivery=DeliveryMethod.POST,
            today=TODAY,
        )


def test_letter_dialog_previews_then_issues_with_the_edited_text(
    qtbot: QtBot, ops: Operations, database: Database, app_id: int
) -> None:
    _reply(database, app_id)
    dialog = LetterDialog(ops, app_id, DocumentKind.REPLY)
    qtbot.addWidget(dialog)
    assert dialog.variant.count() == 2  # 予以公开, 已主动公开
    assert dialog.on.value() == dt.date(2026, 3, 20)
    assert "第三十六条第（二）项" in dialog.preview.toPlainText()
    assert "公开复〔2026〕 号" in dialog.preview.toPlainText()  # no number before issue
    dialog.variant.setCurrentIndex(1)
    dialog.texts["reply_detail"].setPlainText("网址：http://www.example.gov.cn/xxgk/")
    assert "第三十六条第（一）项" in dialog.preview.toPlainText()
    assert "www.example.gov.cn" in dialog.preview.toPlainText()
    dialog.issue()
    assert dialog.issued is not None
    assert dialog.issued.number == "公开复〔2026〕1号"
    assert dialog.issued.variant == "already_disclosed"
    assert dialog.issued.created_by == ops.actor.name


def test_letter_dialog_shows_why_a_letter_cannot_be_issued(
    qtbot: QtBot, ops: Operations, database: Database, app_id: int
) -> None:
    dialog = LetterDialog(ops, app_id, DocumentKind.REPLY)
    qtbot.addWidget(dialog)
    assert dialog.error.text() == "该申请尚未记录答复，不能出具答复书"
    assert not dialog.issue_button.isEnabled()


def test_correction_items_must_be_typed_before_issue(
    qtbot: QtBot, ops: Operations, database: Database, app_id: int
) -> None:
    with database.session() as session:
        events.send_correction_notice(
            session, application_id=app_id, on=dt.date(2026, 3, 4), period_days=10, today=TODAY
        )
    dialog = LetterDialog(ops, app_id, DocumentKind.CORRECTION)
    qtbot.addWidget(dialog)
    dialog.issue()
    assert dialog.issued is None
    assert dialog.error.text() == "请填写需补正的事项"
    dialog.texts["correction_items"].setPlainText("1．请写明年份。")
    dialog.issue()
    assert dialog.issued is not None


def test_documents_panel_lists_saves_cancels(
    qtbot: QtBot,
    ops: Operations,
    database: Database,
    app_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with database.session() as session:
        doc = letters.issue_letter(session, application_id=app_id, kind=DocumentKind.RECEIPT)
    panel = DocumentsPanel(ops, app_id, today_provider=lambda: TODAY)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "公开收〔2026〕1号"  # type: ignore[union-attr]
    panel.table.selectRow(0)
    target = tmp_path / "回执.pdf"
    monkeypatch.setattr(panel, "ask_save_path", lambda *_: str(target))
    panel.save_selected("pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert not panel.cancel(doc, "  ")
    assert panel.message.text() == "请填写作废原因"
    assert panel.cancel(doc, "姓名有误")
    assert panel.documents[0].status is DocumentStatus.CANCELLED
    assert "作废：姓名有误" in panel.table.item(0, 4).text()  # type: ignore[union-attr]
    panel.table.selectRow(0)
    assert not panel.service_button.isEnabled()


def test_a_service_record_that_moves_the_reply_date_offers_a_correction(
    qtbot: QtBot, ops: Operations, database: Database, app_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reply(database, app_id)
    with database.session() as session:
        doc = letters.issue_letter(session, application_id=app_id, kind=DocumentKind.REPLY)
        mismatch = letters.record_service(
            session,
            document_id=doc.id,
            method=ServiceMethod.IN_PERSON,
            served_on=dt.date(2026, 3, 23),
            today=TODAY,
        )
    assert mismatch is not None
    panel = DocumentsPanel(ops, app_id, today_provider=lambda: TODAY)
    qtbot.addWidget(panel)
    asked: list[str] = []

    def decline(title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(panel, "confirm", decline)
    panel.offer_reply_correction(mismatch)
    assert "2026-03-23" in asked[0]
    with database.session() as session:  # declined: nothing changed
        assert letters.reply_date_mismatch(session, doc.id) is not None
    monkeypatch.setattr(panel, "confirm", lambda title, text: True)
    panel.offer_reply_correction(mismatch)
    with database.session() as session:
        assert letters.reply_date_mismatch(session, doc.id) is None


def test_attachments_panel_adds_and_builds_the_case_file(
    qtbot: QtBot,
    ops: Operations,
    database: Database,
    app_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    photo = tmp_path / "信封.jpg"
    image = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(image, "JPEG")
    photo.write_bytes(image.getvalue())
    panel = AttachmentsPanel(ops, app_id, today_provider=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.kind.setCurrentIndex(panel.kind.findData(AttachmentKind.ENVELOPE.value))
    monkeypatch.setattr(panel, "ask_files", lambda: [str(photo)])
    panel.add_files()
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "信封"  # type: ignore[union-attr]
    assert not panel.add("x.exe", AttachmentKind.OTHER, b"MZ")
    assert "只能添加PDF或图片" in panel.message.text()
    target = tmp_path / "案卷.pdf"
    monkeypatch.setattr(panel, "ask_save_path", lambda *_: str(target))
    panel.save_case_file()
    assert target.read_bytes().startswith(b"%PDF")


def test_recording_an_action_offers_its_document_without_issuing_it(
    qtbot: QtBot, ops: Operations, database: Database, app_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = LifecyclePanel(ops, app_id, today=TODAY)
    qtbot.addWidget(panel)
    assert panel.letter_offer.isHidden()

    def fake_ask(parent: Any, kind: EventKind, submit: Any, **kw: Any) -> EventInput:
        value = EventInput(dt.date(2026, 3, 20), {"outcome": "disclosed", "delivery": "post"})
        assert submit(value) == ""
        return value

    monkeypatch.setattr(EventDialog, "ask", fake_ask)
    panel.action_buttons[EventKind.REPLY].click()
    assert not panel.letter_offer.isHidden()
    assert panel.letter_offer.text() == "出具《政府信息公开申请答复书》…"
    with database.session() as session:
        assert letters.documents_of(session, app_id) == []  # offered, not issued
    opened: list[DocumentKind] = []
    monkeypatch.setattr(LetterDialog, "ask", lambda *a, **k: opened.append(a[3]))
    panel.letter_offer.click()
    assert opened == [DocumentKind.REPLY]


def test_the_detail_has_documents_and_case_file_tabs(
    qtbot: QtBot, ops: Operations, database: Database, app_id: int
) -> None:
    dialog = ApplicationDetailDialog(ops, app_id, lambda: TODAY)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[3:5] == ["文书", "案卷"]


def test_a_service_proof_serves_the_selected_document(
    qtbot: QtBot, ops: Operations, database: Database, app_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.session() as session:
        doc = letters.issue_letter(session, application_id=app_id, kind=DocumentKind.RECEIPT)
    panel = DocumentsPanel(ops, app_id, today_provider=lambda: TODAY)
    qtbot.addWidget(panel)
    seen: list[Any] = []
    monkeypatch.setattr(LetterDialog, "ask", lambda *a, **k: seen.append(k["served_document_id"]))
    panel.issue(DocumentKind.SERVICE)
    panel.table.selectRow(0)
    panel.issue(DocumentKind.SERVICE)
    assert seen == [None, doc.id]
