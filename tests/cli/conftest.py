from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Screener:
    """`screener` as a user runs it: a new process, in a folder of their choice."""

    def __init__(self, env: dict) -> None:
        self.env = env

    def __call__(self, *args: str, cwd: Path, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess:
        done = subprocess.run([sys.executable, "-m", "screener", *args], cwd=cwd, input=stdin, capture_output=True,
                              env={**self.env, **env}, timeout=120)
        done.out = done.stdout.decode() + done.stderr.decode()
        return done


@pytest.fixture
def screener(tmp_path: Path) -> Screener:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "SCREENER_MODEL_MIRROR")}
    env["PYTHONPATH"] = str(ROOT)
    return Screener(env)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A school website: its own screener.toml at the root, posts two folders down."""
    root = tmp_path / "website"
    (root / ".git").mkdir(parents=True)  # a repository root: the configuration search stops here
    (root / "content" / "nieuws").mkdir(parents=True)
    return root
