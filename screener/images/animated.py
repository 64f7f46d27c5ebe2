"""Animations (GIF, WebP, APNG): frames screened as photos, as a video's are.

A face may show for a tenth of a second, so a short animation (at most MAX_FRAMES frames) is looked
at frame by frame; a longer one is sampled evenly in time, by the frames' own durations, MAX_FRAMES
frames at most. Frames are decoded in memory. The file's own metadata is screened once. A face that
stays in view is reported at the first frame it shows in, not in every frame.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image

from screener.findings import Finding
from screener.images.opening import readable
from screener.images.parts import about_pixels, labelled

ANIMATED_FORMATS = ("GIF", "WEBP", "PNG")  # PNG: APNG. Not MPO: a phone's JPEG with a preview inside
MAX_FRAMES = 30
DEFAULT_DURATION_MS = 100  # what browsers show a frame without a duration for


def is_animated(source: Path | bytes) -> bool:
    """Whether `source` is an animation with more than one frame (anything unreadable: False, the
    photo reader says what is wrong)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(readable(source)) as img:
                return img.format in ANIMATED_FORMATS and bool(getattr(img, "is_animated", False))
    except Exception:  # noqa: BLE001 - not an animation we can read; screening.screen_image reports it
        return False


def pick_frames(durations: list[int], limit: int = MAX_FRAMES) -> list[int]:
    """Which frames to look at: all of a short animation, else `limit` spread evenly over its playing time."""
    if len(durations) <= limit:
        return list(range(len(durations)))
    starts, total = [], 0
    for duration in durations:
        starts.append(total)
        total += duration
    picked, frame = [], 0
    for k in range(limit):
        moment = k * total / limit
        while frame + 1 < len(starts) and starts[frame + 1] <= moment:
            frame += 1
        if not picked or picked[-1] != frame:
            picked.append(frame)
    return picked


def _frames(img: Image.Image) -> tuple[int, list[tuple[int, float, bytes]]]:
    """(number of frames, [(frame index, seconds into the animation, the frame as PNG bytes)])."""
    durations = []
    for index in range(img.n_frames):
        img.seek(index)
        durations.append(int(img.info.get("duration") or DEFAULT_DURATION_MS))
    picked = pick_frames(durations)
    frames = []
    for index in picked:
        img.seek(index)
        buffer = io.BytesIO()
        img.convert("RGBA").save(buffer, format="PNG")
        frames.append((index, sum(durations[:index]) / 1000, buffer.getvalue()))
    return len(durations), frames


def screen_animation(source: Path | bytes, shown: str, *, config, post, declared: list[str] | None = None,
                     referenced_at: str | None = None) -> list[Finding]:
    """Findings for an animation: its metadata, and the faces in its frames, each naming the frame."""
    from screener.emit import emit
    from screener.images.declared import sidecar_people
    from screener.images.screening import metadata_findings, screen_image as screen_photo

    if not config["images"]["faces"]:  # where photos never show people: only the file's own metadata
        return metadata_findings(source, shown, config=config, referenced_at=referenced_at)
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = int(config["images"]["max_megapixels"] * 1_000_000)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(readable(source)) as img:
                count, frames = _frames(img)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, OSError, ValueError, EOFError) as exc:
        what = "te groot" if "ecompression" in type(exc).__name__ else "beschadigd"
        message = f"bewegende afbeelding kon niet worden gecontroleerd: een beeldje is {what}"
        if referenced_at:
            message += f" (foto getoond in {referenced_at})"
        found = emit(config, "E-AFBEELDING", shown, message, value=f"{shown}\x00animation")
        return [found] if found else []
    finally:
        Image.MAX_IMAGE_PIXELS = previous

    findings = metadata_findings(source, shown, config=config, referenced_at=referenced_at)
    if declared is None:
        declared = sidecar_people(source) if isinstance(source, Path) else []
    reported: list[str] | None = None
    for index, seconds, data in frames:
        found = about_pixels(screen_photo(data, shown, config=config, post=post, declared=declared,
                                          referenced_at=referenced_at))
        rules = sorted(f.rule for f in found)
        if rules == reported:
            continue  # the same as the frame before: what stays in view is reported once
        reported = rules
        moment = f"{seconds:.1f}".replace(".", ",")
        findings += labelled(found, f"Beeldje {index + 1} van {count} (na {moment} s)", frame=index + 1,
                             seconds=round(seconds, 2))
    return findings
