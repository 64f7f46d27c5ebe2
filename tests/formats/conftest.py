from __future__ import annotations

from pathlib import Path

import pytest

from formats_helpers import MODELS


@pytest.fixture
def site(tmp_path: Path, monkeypatch) -> Path:
    """A folder to run `screener check` in: no configuration above it, the face model from ../shared."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # the configuration search stops here
    if MODELS.is_dir():
        monkeypatch.setenv("SCREENER_MODEL_MIRROR", str(MODELS.resolve()))
    return tmp_path
