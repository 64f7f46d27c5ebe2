"""Videos in a media folder: sampled frames are screened as photos; a broken video is one message."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener import config as config_module
from screener.scan import scan
from screener.images.video import sample_frames

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _video(path: Path, frames, fps: int = 5) -> Path:
    cv2 = pytest.importorskip("cv2")
    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), fps, (width, height))
    if not writer.isOpened():
        pytest.skip("OpenCV kan hier geen mp4 schrijven")
    for frame in frames:
        writer.write(frame)
    writer.release()
    return path


def test_frames_are_sampled_every_two_seconds_into_a_private_folder(tmp_path: Path) -> None:
    import numpy as np

    frames = [np.full((120, 160, 3), i * 4, dtype=np.uint8) for i in range(50)]  # 10 s at 5 fps
    video = _video(tmp_path / "sportdag.mp4", frames)
    out = tmp_path / "frames"
    out.mkdir()
    sampled = sample_frames(video, "sportdag.mp4", out)
    assert [round(t) for t, _ in sampled] == [0, 2, 4, 6, 8]
    assert all(p.is_file() for _, p in sampled)


def test_a_broken_video_is_one_message_naming_it_and_the_scan_goes_on_without_any_shared_material(
        tmp_path: Path, monkeypatch) -> None:
    import numpy as np

    monkeypatch.delenv("SCREENER_MODEL_MIRROR", raising=False)  # the face model ships in the package
    monkeypatch.chdir(tmp_path)
    media = tmp_path / "media"
    media.mkdir()
    _video(media / "leeg.mp4", [np.full((120, 160, 3), 90, dtype=np.uint8)] * 15)  # 3 s, no faces
    (media / "kapot.mov").write_bytes(b"dit is geen video")

    result = scan([Path("media")], config_module.from_dict({}), jobs=1, use_cache=False)

    assert [r.path for r in result.errors] == ["media/kapot.mov"]
    assert "video kan niet geopend worden" in result.errors[0].error
    assert result.exit_code_by(None, config_module.from_dict({})) == 3
    assert not [f for f in result.findings if f.path == "media/leeg.mp4" and f.box is not None]
    assert "media/leeg.mp4" in {r.path for r in result.files if not r.error}  # screened, not skipped


def test_a_face_in_a_video_is_reported_with_the_moment_it_appears(tmp_path: Path, monkeypatch) -> None:
    cv2 = pytest.importorskip("cv2")
    group = SHARED / "data" / "faces" / "group" / "obama_and_biden.jpg"
    if not group.is_file():
        pytest.skip("../shared/data/faces ontbreekt: geen foto met gezichten om een video van te maken")
    monkeypatch.delenv("SCREENER_MODEL_MIRROR", raising=False)  # the face model ships in the package
    monkeypatch.chdir(tmp_path)
    image = cv2.resize(cv2.imread(str(group)), (640, 400))
    blank = image * 0
    media = tmp_path / "media"
    media.mkdir()
    _video(media / "optreden.mp4", [blank] * 10 + [image] * 15)  # the faces appear at 2 s

    result = scan([Path("media")], config_module.from_dict({}), jobs=1, use_cache=False)

    faces = [f for f in result.findings if f.path == "media/optreden.mp4" and f.box is not None]
    assert faces, [f.message for f in result.findings]
    assert all(f.message.startswith("Op 0:02: ") or f.message.startswith("Op 0:04: ") for f in faces)
    assert not result.errors
