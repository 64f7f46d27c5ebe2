"""A commit must feel instant: a text-only commit loads no face model, a photo-only one no language model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hook_helpers import FIXED_POST

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from screener.cli import main
try:
    main(["check", "--no-colour", *sys.argv[1:]])
except SystemExit:
    pass
heavy = ["cv2", "dlib", "onnxruntime", "spacy", "presidio_analyzer", "screener.text.analyzer"]
print(json.dumps([m for m in heavy if m in sys.modules]))
"""


def _loaded_after_check(tmp_path: Path, *files: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *files], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_text_only_commit_loads_no_face_model(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "bericht.md").write_text(FIXED_POST, encoding="utf-8")
    loaded = _loaded_after_check(tmp_path, "bericht.md")
    assert "screener.text.analyzer" in loaded  # the post was really screened
    assert "cv2" not in loaded and "dlib" not in loaded


def test_photo_only_commit_loads_no_language_model(tmp_path: Path) -> None:
    from PIL import Image

    (tmp_path / ".git").mkdir()
    Image.new("RGB", (320, 240), (90, 140, 200)).save(tmp_path / "plein.jpg")
    loaded = _loaded_after_check(tmp_path, "plein.jpg")
    assert "cv2" in loaded  # the photo was really screened
    assert "spacy" not in loaded and "presidio_analyzer" not in loaded and "screener.text.analyzer" not in loaded
