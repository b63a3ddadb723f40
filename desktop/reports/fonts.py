"""The TrueType CJK fonts every PDF embeds (as subsets), each registered once, on first use.

Two faces, as Chinese official publications use them: a Song/Ming face (宋体/明体,
AR PL UMing here) for body text and tables, and a Hei face (黑体, WenQuanYi Zen
Hei) for titles and headings. Parsing a face reads its whole file (10–20 MB),
so each is parsed at most once per process and only when a PDF needs it;
ReportLab embeds only the glyphs a document uses.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import cjk_font_path, song_font_path

CJK_FONT = "CJK"
SONG_FONT = "CJKSong"


class FontMissing(RuntimeError):
    """No TrueType CJK font is available; the message says how to get one."""


#: Registration may start on a warm-up thread while a report is asked for on another.
_LOCK = threading.Lock()


def _register(name: str, path: Path) -> str:
    options = {"subfontIndex": 0} if path.suffix.lower() == ".ttc" else {}
    pdfmetrics.registerFont(TTFont(name, str(path), **options))
    return name


def register_cjk_font() -> str:
    """Register the Hei (heading) font with ReportLab and return its name for ``setFont``."""
    with _LOCK:
        return _register_hei()


@cache
def _register_hei() -> str:
    path = cjk_font_path()
    if path is None:
        raise FontMissing(
            "找不到可嵌入的中文 TrueType 字体：请安装 fonts-wqy-zenhei，"
            "或将 .ttf/.ttc 字体放入 resources/fonts/"
        )
    return _register(CJK_FONT, path)


def heading_font_name() -> str:
    """The 黑体 face of titles and headings."""
    return register_cjk_font()


def song_font_name() -> str:
    """The 宋体/明体 face of body text and tables (the Hei face when no Song face is installed)."""
    with _LOCK:
        return _register_song()


@cache
def _register_song() -> str:
    path = song_font_path()
    if path is None:
        return _register_hei()
    return _register(SONG_FONT, path)


def prepare_reports() -> None:
    """Do ahead of time, e.g. on a worker thread when a report window opens, what makes the
    first PDF of a session slow: import the layout engine and parse both faces."""
    import reportlab.graphics.charts.doughnut
    import reportlab.platypus  # noqa: F401

    song_font_name()
    heading_font_name()


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the registered TrueType font ``font_name`` draws ``char`` (letters fall back
    to the Hei face for the rare character the Song face lacks)."""
    font = pdfmetrics.getFont(font_name)
    return ord(char) in font.face.charToGlyph
