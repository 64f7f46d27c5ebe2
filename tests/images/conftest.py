from __future__ import annotations

from pathlib import Path

import pytest
from image_helpers import FACES, MODEL


@pytest.fixture
def faces_dir() -> Path:
    if not FACES.is_dir() or not MODEL.is_file():
        pytest.skip("../shared/data/faces of ../shared/models ontbreekt: testfoto's met gezichten kunnen niet gemaakt worden")
    return FACES
