"""The one place that finds shipped resources, in a checkout and in a frozen app.

PyInstaller unpacks data next to ``sys._MEIPASS``; the installer spec copies
the top-level ``resources/`` folder there under the same name.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The shipped holiday calendar (official notices, 2004 on), relative to the resources.
SHIPPED_CALENDAR = ("calendar", "cn-holidays.csv")


def _windows_fonts() -> Path:
    """Windows' font folder, wherever Windows is installed."""
    return Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"


def system_cjk_fonts() -> list[Path]:
    """Installed CJK TrueType fonts for the UI and headings, most preferred first.

    ReportLab embeds only TrueType outlines (not CFF/OpenType), so Noto CJK will not
    do. Debian/UOS/Kylin: WenQuanYi (AR PL UMing as the last resort); Windows: its own
    SimSun (宋体) and Microsoft YaHei (微软雅黑); macOS: Songti.
    """
    return [
        Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        _windows_fonts() / "simsun.ttc",
        _windows_fonts() / "msyh.ttc",
        Path("/System/Library/Fonts/Supplemental/Songti.ttc"),
        Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    ]


def system_song_fonts() -> list[Path]:
    """Song/Ming (宋体/明体) TrueType faces for the body of published tables, most preferred first."""
    return [
        Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
        _windows_fonts() / "simsun.ttc",
        Path("/System/Library/Fonts/Supplemental/Songti.ttc"),
    ]


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
    for candidate in [*bundled, *system_cjk_fonts()]:
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
    for candidate in [*bundled, *system_song_fonts()]:
        if candidate.is_file():
            return candidate
    return None
