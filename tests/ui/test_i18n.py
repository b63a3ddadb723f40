"""Every user-facing string of the UI goes through Qt's translator (an English
translation can follow without touching the code)."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import Operations
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"
CJK = re.compile(r"[\u4e00-\u9fff]")
MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "_tr"}


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _untranslated(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrapped: set[int] = set()
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in MARKERS:
            wrapped.update(id(sub) for arg in node.args for sub in ast.walk(arg))
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            docstrings.add(id(body[0].value))
    return [
        f"{path.name}:{node.lineno}: {node.value[:30]}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and CJK.search(node.value)
        and id(node) not in wrapped | docstrings
    ]


def test_no_chinese_literal_bypasses_the_translator() -> None:
    found = [line for path in sorted(UI.glob("*.py")) for line in _untranslated(path)]
    assert found == []


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lupdate not installed",
)
def test_lupdate_extracts_the_ui_strings(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    target = tmp_path / "disclosure_desk_en.ts"
    sources = [str(p) for p in sorted(UI.glob("*.py"))]
    subprocess.run([str(lupdate), *sources, "-ts", str(target)], check=True, capture_output=True)
    text = target.read_text(encoding="utf-8")
    assert text.count("<message>") > 300
    for source in (
        "新建申请",
        "统计发布",
        "申请编号",
        "按时办结率（按季度）",
        "予以公开",
        "调休上班",
    ):
        assert f"<source>{source}</source>" in text


class _Pseudo(QTranslator):
    """Wraps every translated text in ⟦ ⟧, so untranslated text stands out."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧"


def test_a_translator_reaches_the_main_window(
    ops: Operations, qtbot: QtBot, database: Database
) -> None:
    translator = _Pseudo()
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(ops, lambda: TODAY)
        qtbot.addWidget(window)
        titles = [menu.title() for menu in window.menus.values()]
        headers = [
            window.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(window.model.columnCount())
        ]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert titles
    assert all(t.startswith("⟦") for t in titles), titles
    assert all(str(h).startswith("⟦") for h in headers), headers


def test_vocabulary_strings_for_lupdate_are_current() -> None:
    """desktop/ui/vocab_strings.py lists every vocabulary label (regenerate it when not)."""
    spec = importlib.util.spec_from_file_location(
        "vocab_strings", ROOT / "scripts" / "vocab_strings.py"
    )
    assert spec is not None
    assert spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert (UI / "vocab_strings.py").read_text(encoding="utf-8") == generator.render(), (
        "run: .venv/bin/python scripts/vocab_strings.py"
    )


def test_qt_own_texts_are_chinese(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

    from desktop.ui.app_setup import install_qt_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_qt_translator(
        app, QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    )
    assert translator is not None
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(buttons)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().startswith("取消")
        edit = QLineEdit()
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        texts = [a.text() for a in menu.actions() if a.text()]
        menu.deleteLater()
        assert any(t.startswith("复制") for t in texts), texts
        assert any(t.startswith("粘贴") for t in texts), texts
    finally:
        QCoreApplication.removeTranslator(translator)


def test_qt_own_texts_are_found_where_a_frozen_program_keeps_them(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Frozen, Qt's library is not in the wheel's place: its configured folder has no
    qtbase_*.qm, PySide6's own Qt/translations has."""
    from PySide6.QtCore import QLibraryInfo, QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.ui import app_setup

    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: "/nonexistent"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = app_setup.install_qt_translator(
        app, QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    )
    assert translator is not None
    QCoreApplication.removeTranslator(translator)
