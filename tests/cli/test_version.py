"""``disclosure-desk --version`` prints the one version constant (the .deb and the installer use it)."""

from __future__ import annotations

import re

import pytest

from desktop import __version__
from desktop.cli import main


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"disclosure-desk {__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
