"""The layering holds: Qt only in desktop/ui; db never imports desktop."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import fresh_python

ROOT = Path(__file__).resolve().parent.parent


def test_lower_layers_do_not_load_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import desktop.core, desktop.services, desktop.reports, db\n"
        "for pkg in (desktop.core, desktop.services, desktop.reports, db):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = fresh_python(code)
    assert out.strip() == "[]"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_imported_only_in_ui() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("desktop", "db")
        for path in (ROOT / folder).rglob("*.py")
        if "ui" not in path.relative_to(ROOT).parts
        and any(name.startswith("PySide6") for name in _imports(path))
    ]
    assert offenders == []


def test_db_does_not_import_desktop() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "db").rglob("*.py")
        if any(name == "desktop" or name.startswith("desktop.") for name in _imports(path))
    ]
    assert offenders == []


def test_core_has_no_sqlalchemy() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "desktop" / "core").rglob("*.py")
        if any(name.startswith("sqlalchemy") for name in _imports(path))
    ]
    assert offenders == []


def test_ui_reaches_data_only_through_services() -> None:
    """No ORM model, session or SQL in a widget: the UI calls services."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "desktop" / "ui").rglob("*.py")
        if any(name == "db" or name.startswith(("db.", "sqlalchemy")) for name in _imports(path))
    ]
    assert offenders == []


def test_no_widget_opens_a_database_session() -> None:
    """Every read and write goes through the operation runner (desktop/ui/operations.py).

    Only the runner may know the ``Database``; no module in desktop/ui calls
    ``.session(`` or reaches for the session factory.
    """
    ui = ROOT / "desktop" / "ui"
    sessions = [
        str(path.relative_to(ROOT))
        for path in ui.rglob("*.py")
        if ".session(" in path.read_text(encoding="utf-8")
        or "sessionmaker" in path.read_text(encoding="utf-8")
    ]
    database_imports = [
        str(path.relative_to(ROOT))
        for path in ui.rglob("*.py")
        if path.name != "operations.py" and "desktop.services.database" in _imports(path)
    ]
    assert sessions == []
    assert database_imports == []
