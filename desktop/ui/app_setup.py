"""The QApplication: names, the CJK font, translations, and the event loop helpers."""

from __future__ import annotations

import gc
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop.paths import cjk_font_path, resource
from desktop.ui.i18n import QT_TRANSLATE_NOOP

ORGANIZATION = "DisclosureDesk"
APPLICATION = "DisclosureDesk"
DISPLAY_NAME = QT_TRANSLATE_NOOP("App", "政府信息公开申请办理台账")


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, created once (an existing instance is reused and set up again)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationDisplayName(QCoreApplication.translate("App", DISPLAY_NAME))
    app.setWindowIcon(application_icon())
    load_cjk_font(app)
    own = install_translator(app, QLocale.system())
    # Qt's own texts (OK/Cancel, the edit menu, file dialogs) follow the application's
    # language: Chinese unless a translation of the application was loaded.
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    install_qt_translator(app, QLocale.system() if own is not None else chinese)
    return app


def application_icon() -> QIcon:
    """The application's icon, every size shipped in ``resources/icons`` (drawn from its SVG)."""
    icon = QIcon()
    for path in sorted(resource("icons").glob("disclosure-desk-*.png")):
        icon.addFile(str(path))
    return icon


def load_cjk_font(app: QApplication) -> str | None:
    """Load the bundled/system CJK font and make it the default family; its name or None."""
    path = cjk_font_path()
    if path is None:
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([families[0], *font.families()])
    app.setFont(font)
    return families[0]


def install_translator(app: QApplication, locale: QLocale) -> QTranslator | None:
    """Install ``resources/translations/disclosure_desk_<locale>.qm`` when it exists."""
    folder = resource("translations")
    if not folder.is_dir() or not any(folder.glob("*.qm")):
        return None
    translator = QTranslator(app)
    if not translator.load(locale, "disclosure_desk", "_", str(folder)):
        return None
    app.installTranslator(translator)
    return translator


def qt_translation_folders() -> list[str]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's configured folder, then PySide6's own
    ``Qt/translations`` (a frozen program's Qt library sits elsewhere than in a wheel)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    configured = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return list(dict.fromkeys([configured, str(package)]))


def install_qt_translator(app: QApplication, locale: QLocale) -> QTranslator | None:
    """Install Qt's own translation (``qtbase_<locale>.qm`` shipped with PySide6), if any."""
    translator = QTranslator(app)
    for folder in qt_translation_folders():
        if translator.load(locale, "qtbase", "_", folder):
            app.installTranslator(translator)
            return translator
    return None


def collect_garbage_once_shown() -> None:
    """Turn the garbage collector back on at the event loop's first turn (it is off while
    the program loads: ``desktop/__main__.py``); what start-up built is frozen, never
    walked again."""

    def collect() -> None:
        gc.freeze()
        gc.enable()

    QTimer.singleShot(0, collect)


def run_until_ready(app: QApplication, window: QWidget, started: float) -> int:
    """Show ``window``, let the loop paint it once, print the start-up time, quit; 0."""

    def ready() -> None:
        print(f"ready in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        window.close()
        app.quit()

    window.show()
    QTimer.singleShot(0, ready)
    app.exec()
    return 0


def run_window(app: QApplication, window: QWidget) -> int:
    """Show ``window`` and run the event loop until the last window closes."""
    window.show()
    return int(app.exec())
