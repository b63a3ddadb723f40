"""The one place that finds shipped resources, in a checkout and in a frozen app.

PyInstaller unpacks data next to ``sys._MEIPASS``; the installer spec copies
the top-level ``resources/`` folder there under the same name.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def system_cjk_fonts() -> list[Path]:
    """Installed CJK TrueType fonts to try, most preferred first.

    ReportLab embeds only TrueType outlines (not CFF/OpenType), so Noto CJK will not
    do. Debian/UOS/Kylin: WenQuanYi or AR PL UMing; Windows: its own SimSun (宋体) and
    Microsoft YaHei (微软雅黑), wherever Windows is installed; macOS: Songti.
    """
    windows_fonts = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
    return [
        Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
        Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
        windows_fonts / "simsun.ttc",
        windows_fonts / "msyh.ttc",
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
    bundled = sorted(resource("fonts").glob("*.tt[fc]")) if resource("fonts").is_dir() else []
    for candidate in [*bundled, *system_cjk_fonts()]:
        if candidate.is_file():
            return candidate
    return None
