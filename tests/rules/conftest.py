"""Shared by the policy-rule tests: the helpers' folder on the path, and `check`, which runs
`screener check` on one post as a user does."""

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli import main

sys.path.insert(0, str(Path(__file__).parent))

CONFIG = """[organisation]
name = "Lithora"
aliases = ["Stichting Lithora"]
schools = ["OBS De Regenboog", "IKC Het Anker", "KBS De Wilgenhof"]
"""


@pytest.fixture
def check(tmp_path, monkeypatch):
    """Run `screener check` on one post, as a user does in the site's folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # stop the configuration search here
    (tmp_path / "screener.toml").write_text(CONFIG, encoding="utf-8")

    def _check(text: str, *options: str, name: str = "bericht.md"):
        (tmp_path / name).write_text(text, encoding="utf-8")
        return CliRunner().invoke(main, ["check", "--no-colour", *options, name], catch_exceptions=False)

    return _check
