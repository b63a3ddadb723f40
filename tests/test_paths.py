"""Resources and fonts are found on every platform the app ships to."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.paths import cjk_font_path, resource, system_cjk_fonts, system_song_fonts


def test_windows_fonts_are_looked_for_where_windows_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WINDIR", str(tmp_path / "WINNT"))
    candidates = system_cjk_fonts()
    assert tmp_path / "WINNT" / "Fonts" / "simsun.ttc" in candidates
    assert tmp_path / "WINNT" / "Fonts" / "msyh.ttc" in candidates
    assert tmp_path / "WINNT" / "Fonts" / "simsun.ttc" in system_song_fonts()


def test_the_font_packages_the_deb_depends_on_are_known() -> None:
    # installer/build-deb.sh: Depends: fonts-wqy-zenhei, fonts-arphic-uming
    assert "wqy-zenhei.ttc" in {path.name for path in system_cjk_fonts()}
    assert "uming.ttc" in {path.name for path in system_song_fonts()}


def test_a_cjk_font_and_the_shipped_calendar_are_found() -> None:
    assert cjk_font_path() is not None
    assert resource("calendar", "cn-holidays.csv").is_file()
