"""Resources and fonts are found on every platform the app ships to."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.paths import cjk_font_path, resource, system_cjk_fonts


def test_windows_fonts_are_looked_for_where_windows_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WINDIR", str(tmp_path / "WINNT"))
    candidates = system_cjk_fonts()
    assert tmp_path / "WINNT" / "Fonts" / "simsun.ttc" in candidates
    assert tmp_path / "WINNT" / "Fonts" / "msyh.ttc" in candidates


def test_both_debian_font_packages_the_deb_accepts_are_known() -> None:
    # installer/build-deb.sh: Depends: fonts-wqy-zenhei | fonts-arphic-uming
    names = {path.name for path in system_cjk_fonts()}
    assert {"wqy-zenhei.ttc", "uming.ttc"} <= names


def test_a_cjk_font_and_the_shipped_calendar_are_found() -> None:
    assert cjk_font_path() is not None
    assert resource("calendar", "cn-holidays.csv").is_file()
