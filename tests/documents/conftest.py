from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli import main


@pytest.fixture
def site(tmp_path: Path, monkeypatch) -> Path:
    """A school website in a git repository, the current directory (as a user runs the screener)."""
    root = tmp_path / "website"
    (root / ".git").mkdir(parents=True)  # the site root; also stops the configuration search
    monkeypatch.chdir(root)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return root


@pytest.fixture
def screener():
    """Run the command line as a user does: `screener("check", "post.md")`."""
    def run(*args: str):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return run
