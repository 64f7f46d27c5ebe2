from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def school(tmp_path: Path, monkeypatch) -> Path:
    """An empty folder of a school's repository, as the current directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    return tmp_path
