from __future__ import annotations

from pathlib import Path

import pytest

from scan_helpers import CLEAN_POST, PUPIL_POST, photo


@pytest.fixture
def media(tmp_path: Path, monkeypatch) -> Path:
    """A school's media folder: drafts and photos, in the current directory as `media`."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / ".git").mkdir()  # stop the configuration search here
    root = tmp_path / "media"
    (root / "2023" / "sport").mkdir(parents=True)
    (root / "2024").mkdir()
    (root / "2023" / "sport" / "tekenwedstrijd.md").write_text("# Tekenwedstrijd\n\n" + PUPIL_POST, encoding="utf-8")
    (root / "2024" / "kerst.txt").write_text(CLEAN_POST, encoding="utf-8")
    photo(root / "2024" / "plein.jpg")
    return root
