"""The CJK TrueType font every PDF embeds (as a subset), registered once."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import cjk_font_path, song_font_path

CJK_FONT = "CJK"
SONG_FONT = "Song"


class FontMissing(RuntimeError):
    """No TrueType CJK font is available; the message says how to get one."""


@cache
def register_cjk_font() -> str:
    """Register the CJK font with ReportLab and return its name for ``setFont``."""
    path = cjk_font_path()
    if path is None:
        raise FontMissing(
            "找不到可嵌入的中文 TrueType 字体：请安装 fonts-wqy-zenhei，"
            "或将 .ttf/.ttc 字体放入 resources/fonts/"
        )
    options = {"subfontIndex": 0} if path.suffix.lower() == ".ttc" else {}
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(path), **options))
    return CJK_FONT


@cache
def song_font_name() -> str:
    """Register a Song/Ming-style font (AR PL UMing, SimSun …) for letters; its ReportLab name.

    Falls back to the general CJK font (a Hei face) when no Song face is installed.
    """
    path = song_font_path()
    if path is None:
        return register_cjk_font()
    options = {"subfontIndex": 0} if path.suffix.lower() == ".ttc" else {}
    pdfmetrics.registerFont(TTFont(SONG_FONT, str(path), **options))
    return SONG_FONT


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the registered TrueType font ``font_name`` draws ``char``."""
    font = pdfmetrics.getFont(font_name)
    return ord(char) in font.face.charToGlyph
