"""设置 → 文书模板: export, load (refusing unknown fields by name), reset."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from desktop.ui.letter_templates import LetterTemplatesDialog
from desktop.ui.operations import Operations
from desktop.ui.settings_dialog import SettingsDialog


def _edited(data: bytes, line: str) -> bytes:
    document = docx.Document(io.BytesIO(data))
    document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_export_edit_load_and_reset(
    qtbot: QtBot, ops: Operations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = LetterTemplatesDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(dialog.templates) == 28
    row = next(i for i, t in enumerate(dialog.templates) if t.key == "receipt")
    dialog.table.selectRow(row)
    assert not dialog.reset_button.isEnabled()
    exported = tmp_path / "回执.docx"
    monkeypatch.setattr(dialog, "ask_save_path", lambda _: str(exported))
    dialog.export_selected()
    edited = tmp_path / "回执（改）.docx"
    edited.write_bytes(_edited(exported.read_bytes(), "经办人电话：{{ clerk_phone }}"))
    monkeypatch.setattr(dialog, "ask_open_path", lambda: str(edited))
    dialog.load_selected()
    assert dialog.error.text() == "模板使用了未知字段：clerk_phone"
    assert not dialog.templates[row].customised
    edited.write_bytes(_edited(exported.read_bytes(), "申请编号：{{ serial }}"))
    dialog.load_selected()
    assert dialog.error.isHidden()
    assert dialog.templates[row].customised
    assert "本机关模板" in dialog.table.item(row, 1).text()  # type: ignore[union-attr]
    dialog.table.selectRow(row)
    dialog.reset_selected()
    assert not dialog.templates[row].customised


def test_settings_show_the_letter_settings_in_their_own_group(
    qtbot: QtBot, ops: Operations
) -> None:
    dialog = SettingsDialog(ops, dt.date(2026, 11, 27))
    qtbot.addWidget(dialog)
    group = dialog.templates_button.parent()
    assert isinstance(group, QGroupBox)
    assert group.title() == "文书"
    assert group.isAncestorOf(dialog.editors["review_body"])
    assert group.isAncestorOf(dialog.editors["letter_prefix_reply"])
    assert not group.isAncestorOf(dialog.editors["agency_name"])
