"""The one place that finds shipped resources, in a checkout and in a frozen app.

PyInstaller unpacks data next to ``sys._MEIPASS``; the installer spec copies
the top-level ``resources/`` folder there under the same name.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Candidate CJK TrueType fonts, most preferred first. ReportLab embeds only
#: TrueType outlines (not CFF/OpenType), so Noto CJK will not do.
_SYSTEM_CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
)

#: Song/Ming-style TrueType fonts for official documents (letters.md §4), most preferred first.
_SYSTEM_SONG_FONTS = (
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
)


def resources_dir() -> Path:
    """The folder holding the shipped resources."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource("calendar", "cn-holidays.csv")``."""
    return resources_dir().joinpath(*parts)


def cjk_font_path() -> Path | None:
    """A TrueType CJK font to embed in PDFs and load into Qt: bundled first, then the system's."""
    bundled = sorted(resource("fonts").glob("*.tt[fc]")) if resource("fonts").is_dir() else []
    for candidate in [*bundled, *map(Path, _SYSTEM_CJK_FONTS)]:
        if candidate.is_file():
            return candidate
    return None


def song_font_path() -> Path | None:
    """A Song/Ming-style TrueType font for letters: bundled (``*song*``/``*ming*``) first."""
    folder = resource("fonts")
    bundled = (
        sorted(
            p for p in folder.glob("*.tt[fc]") if any(w in p.name.lower() for w in ("song", "ming"))
        )
        if folder.is_dir()
        else []
    )
    for candidate in [*bundled, *map(Path, _SYSTEM_SONG_FONTS)]:
        if candidate.is_file():
            return candidate
    return None
