from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


@pytest.fixture
def git_env(tmp_path: Path) -> dict:
    if shutil.which("git") is None:
        pytest.skip("git is niet geïnstalleerd")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({
        "PATH": f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),  # the screener from this checkout, installed or not
        "HOME": str(tmp_path / "home"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "Webredactie", "GIT_AUTHOR_EMAIL": "web@school.invalid",
        "GIT_COMMITTER_NAME": "Webredactie", "GIT_COMMITTER_EMAIL": "web@school.invalid",
        "GIT_CONFIG_NOSYSTEM": "1",
        "NO_COLOR": "1",
    })
    (tmp_path / "home").mkdir()
    return env


@pytest.fixture
def website(tmp_path: Path, git_env: dict):
    """A school website repository: content/nieuws/ posts, static/img/ photos."""
    repo = tmp_path / "website"
    (repo / "content" / "nieuws").mkdir(parents=True)
    (repo / "static" / "img").mkdir(parents=True)
    (repo / "README.md").write_text("# Website van de school\n", encoding="utf-8")

    site = Website(repo, git_env)
    site.git("init", "-q", "-b", "main")
    site.git("add", "README.md")
    site.git("commit", "-q", "-m", "begin")
    return site


class Website:
    def __init__(self, path: Path, env: dict) -> None:
        self.path = path
        self.env = env

    def run(self, *command: str, check: bool = False) -> subprocess.CompletedProcess:
        return subprocess.run(list(command), cwd=self.path, env=self.env, capture_output=True, text=True,
                              check=check)

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return self.run("git", *args, check=check)

    def write(self, name: str, text: str) -> Path:
        path = self.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path


@pytest.fixture
def shared_photos(git_env: dict) -> Path:
    """Real group photos from ../shared (development machines and CI only); the face model is the
    one shipped in the package."""
    group = (ROOT / ".." / "shared" / "data" / "faces" / "group").resolve()
    if not group.is_dir():
        pytest.skip("../shared ontbreekt: geen foto's met gezichten voor deze test")
    return group
