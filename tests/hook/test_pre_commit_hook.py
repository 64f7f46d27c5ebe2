"""The school website's pre-commit hook: a post naming a pupil is refused, the fixed post passes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from hook_helpers import FIXED_POST, PUPIL_POST

ROOT = Path(__file__).resolve().parents[2]
POST = "content/nieuws/voorleeswedstrijd.md"


def _published() -> dict:
    import yaml

    return yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]


def _framework_config(entry: str) -> str:
    return f"""repos:
  - repo: local
    hooks:
      - id: screener
        name: screener
        entry: {entry}
        language: system
        files: '{_published()["files"]}'
        require_serial: {str(_published()["require_serial"]).lower()}
"""


def _published_entry() -> str:
    return _published()["entry"]


def test_published_hook_passes_every_kind_of_file_the_screener_reads_and_nothing_else() -> None:
    import re

    from screener import pipeline
    from screener.documents import DOCUMENT_SUFFIXES
    from screener.images.video import VIDEO_SUFFIXES

    files = re.compile(_published()["files"])
    suffixes = (set(DOCUMENT_SUFFIXES) - {""}) | set(pipeline.image_suffixes()) | set(VIDEO_SUFFIXES)
    missing = [s for s in sorted(suffixes) if not files.search(f"content/x{s}") or not files.search(f"x{s.upper()}")]
    assert missing == []
    assert not files.search("scripts/build.py") and not files.search("static/site.css")


def test_pupil_named_without_consent_blocks_commit_via_pre_commit_framework(website) -> None:
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is niet geïnstalleerd (pip install pre-commit)")
    entry = _published_entry()
    assert entry.startswith("screener ")
    # The published entry, with `screener` run from this checkout (it need not be installed).
    website.write(".pre-commit-config.yaml", _framework_config(entry.replace("screener", "python -m screener", 1)))
    website.git("add", ".pre-commit-config.yaml")
    website.git("commit", "-q", "--no-verify", "-m", "pre-commit")
    installed = website.run(sys.executable, "-m", "pre_commit", "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr

    post = website.write(POST, PUPIL_POST)
    website.git("add", POST)
    refused = website.git("commit", "-m", "nieuwsbericht", check=False)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert f"{POST}:6:" in output and "error A2-NAAM" in output
    assert "S**** d* V****" in output  # masked, so a public CI log does not spread the name
    assert "Sanne" not in output and "Vries" not in output
    assert website.git("log", "--oneline").stdout.count("\n") == 2  # nothing was committed

    post.write_text(FIXED_POST, encoding="utf-8")
    website.git("add", POST)
    accepted = website.git("commit", "-m", "nieuwsbericht", check=False)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert POST in website.git("log", "-1", "--name-only").stdout
