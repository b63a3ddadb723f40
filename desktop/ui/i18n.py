"""Translation helpers: every user-facing string goes through Qt's translator.

Strings in tables and constants are marked with :func:`QT_TRANSLATE_NOOP` (so
``pyside6-lupdate`` finds them) and translated where they are shown.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; translated where shown with ``QCoreApplication.translate``."""
    return text
