"""The CJK TrueType font every PDF embeds (as a subset), registered once."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import cjk_font_path

CJK_FONT = "CJK"


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
