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

#: Song/Ming (宋体/明体) TrueType faces for the body of published tables, most preferred first.
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
    bundled = [p for p in _bundled_fonts() if not _is_song(p)]
    for candidate in [*bundled, *map(Path, _SYSTEM_CJK_FONTS)]:
        if candidate.is_file():
            return candidate
    return None


def _bundled_fonts() -> list[Path]:
    folder = resource("fonts")
    return sorted(folder.glob("*.tt[fc]")) if folder.is_dir() else []


def _is_song(path: Path) -> bool:
    return any(key in path.name.lower() for key in ("ming", "song", "simsun"))


def song_font_path() -> Path | None:
    """A TrueType Song/Ming face for published tables (bundled ``*ming*``/``*song*`` first)."""
    bundled = [p for p in _bundled_fonts() if _is_song(p)]
    for candidate in [*bundled, *map(Path, _SYSTEM_SONG_FONTS)]:
        if candidate.is_file():
            return candidate
    return None
