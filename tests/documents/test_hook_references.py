"""The installed pre-commit hook: a post whose front matter cannot be read, or whose photo lies
outside the repository, is refused, and the photo outside is never opened."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import photo_with_gps, write

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def repository(tmp_path: Path):
    if shutil.which("git") is None:
        pytest.skip("git is niet geïnstalleerd")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}", "PYTHONPATH": str(ROOT),
                "HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1",
                "GIT_AUTHOR_NAME": "Web", "GIT_AUTHOR_EMAIL": "web@school.invalid", "GIT_COMMITTER_NAME": "Web",
                "GIT_COMMITTER_EMAIL": "web@school.invalid", "GIT_CONFIG_NOSYSTEM": "1"})
    (tmp_path / "home").mkdir()
    repo = tmp_path / "website"
    repo.mkdir()

    def run(*command: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(command), cwd=repo, env=env, capture_output=True, text=True)

    run("git", "init", "-q", "-b", "main")
    installed = run(sys.executable, "-m", "screener", "install-hook")
    assert installed.returncode == 0, installed.stderr
    return repo, run


def test_the_hook_refuses_a_post_with_a_broken_front_matter_and_a_photo_outside_the_repository(
        repository, tmp_path: Path) -> None:
    repo, run = repository
    photo_with_gps(tmp_path / "kind.jpg")
    write(repo / "content" / "kapot.md", "---\nchannel: schoolaccount\ntags: [voorlezen\n---\nHallo.\n")
    write(repo / "content" / "buiten.md", "Een mooie dag.\n\n![kind](../../kind.jpg)\n")
    run("git", "add", "content")
    refused = run("git", "commit", "-m", "nieuws")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "content/kapot.md:3: de front matter is niet te lezen" in output
    assert "content/buiten.md:3:1: error E-BESTAND" in output and "ligt buiten de site" in output
    assert "A2-FOTO-GPS" not in output
