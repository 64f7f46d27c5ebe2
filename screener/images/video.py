"""Video: sample frames (one every few seconds, at most a few dozen) and screen them as photos.

Frames are written to a private temporary folder (0700) that is removed afterwards.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from screener.findings import Finding

VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".avi", ".mkv", ".webm", ".m4v"})
SECONDS_BETWEEN_FRAMES = 2.0
MAX_FRAMES = 30


class VideoError(Exception):
    """A video that cannot be read; the message is Dutch and names the file."""


def sample_frames(path: Path, shown: str, folder: Path, every: float = SECONDS_BETWEEN_FRAMES,
                  limit: int = MAX_FRAMES) -> list[tuple[float, Path]]:
    """Write sampled frames as JPEG files into `folder`: [(seconds into the video, frame file)]."""
    import cv2

    capture = cv2.VideoCapture(str(path))
    try:
        if not capture.isOpened():
            raise VideoError(f"{shown}: video kan niet geopend worden (beschadigd of onbekend formaat)")
        fps = capture.get(cv2.CAP_PROP_FPS) or 25.0
        count = int(capture.get(cv2.CAP_PROP_FRAME_COUNT) or 0)
        duration = count / fps if count > 0 else every * limit
        step = max(every, duration / limit)
        frames = []
        moment = 0.0
        while len(frames) < limit and (count <= 0 or moment * fps < count):
            capture.set(cv2.CAP_PROP_POS_FRAMES, int(moment * fps))
            ok, frame = capture.read()
            if not ok:
                break
            target = folder / f"frame-{len(frames):03d}.jpg"
            cv2.imwrite(str(target), frame)
            frames.append((moment, target))
            moment += step
        if not frames:
            raise VideoError(f"{shown}: video bevat geen leesbare beelden")
        return frames
    finally:
        capture.release()


def _timestamp(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def screen_video(path: Path, shown: str, *, config, post) -> list[Finding]:
    """Findings for the faces in a video's sampled frames, each saying at which moment."""
    from screener import images

    folder = Path(tempfile.mkdtemp(prefix="screener-video-"))  # mkdtemp: mode 0700
    try:
        findings = []
        for moment, frame in sample_frames(path, shown, folder):
            for f in images.screen_image(frame, shown, config=config, post=post):
                if f.rule.startswith("A2-FOTO-"):
                    continue  # metadata of our own frame files, not of the video
                findings.append(replace(f, path=shown, message=f"Op {_timestamp(moment)}: {f.message[:1].lower()}{f.message[1:]}",
                                        extra={**f.extra, "seconds": round(moment, 1)}))
        return findings
    finally:
        shutil.rmtree(folder, ignore_errors=True)
