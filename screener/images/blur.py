"""A clean copy of a photo in which the faces without consent cannot be recognised.

The faces and their consent status come from the photo's own screening (`screen_image`), so the
copy follows the organisation's consent list and mode exactly as `screener check` does:

- matching mode: every face that matched nobody, or someone without consent for the channel, is blurred;
- declared mode: the screener cannot tell which face is which named person, so the user says which
  faces to keep (`keep`, face numbers as in the findings); without that, every face not shown to
  have consent is blurred.

A blurred face is pixelated to a few blocks and then smoothed, with a margin around the box, so
neither a person nor the face detector recognises it. The copy is written from the decoded pixels
(as displayed, orientation applied), so no EXIF, XMP, IPTC or comment of the original survives.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFilter

from screener.findings import Box, Finding
from screener.images.opening import open_photo, readable

MARGIN = 0.3  # of the face box, on every side: hair, ears and chin go too
BLOCKS = 5  # a blurred face is at most this many blocks wide
CONSENTED = "A5-GEZICHT"  # the rule of a face whose person has consent for the channel
_FORMATS = {"JPEG": ("JPEG", {"quality": 92}), "PNG": ("PNG", {}), "WEBP": ("WEBP", {"quality": 92})}


@dataclass(frozen=True)
class FaceStatus:
    number: int  # 1-based, in reading order, as in "gezicht 2 van 3"
    box: Box  # displayed pixels
    consent: bool  # the screening showed consent for this channel
    rule: str  # the finding's rule, e.g. "A5-NIET-BENOEMD"


def face_statuses(findings: list[Finding]) -> list[FaceStatus]:
    """Every face the screening found, once, with whether its person has consent."""
    by_box: dict[Box, list[str]] = {}
    for finding in findings:
        if finding.box is not None and finding.rule.startswith("A5-"):
            by_box.setdefault(finding.box, []).append(finding.rule)
    ordered = sorted(by_box, key=_reading_key(list(by_box)))
    statuses = []
    for number, box in enumerate(ordered, start=1):
        rules = by_box[box]
        refused = [rule for rule in rules if rule != CONSENTED]
        statuses.append(FaceStatus(number, box, consent=not refused, rule=refused[0] if refused else CONSENTED))
    return statuses


def _reading_key(boxes: list[Box]):
    """Top row first, left to right, as `faces.reading_order` counts faces."""
    heights = sorted(b.height for b in boxes) or [1]
    row = max(1.0, float(heights[len(heights) // 2]))
    return lambda b: (round((b.y + b.height / 2) / row), b.x)


def faces_to_blur(faces: list[FaceStatus], keep: set[int] | None = None) -> list[FaceStatus]:
    """The faces a clean copy makes unrecognisable: all but `keep` (face numbers) when given, else
    those without shown consent."""
    if keep is not None:
        return [face for face in faces if face.number not in keep]
    return [face for face in faces if not face.consent]


def blur_boxes(image: Image.Image, boxes: list[Box]) -> Image.Image:
    """`image` (RGB, as displayed) with every box, plus a margin, pixelated and smoothed; a new image."""
    out = image.copy()
    for box in boxes:
        dx, dy = int(box.width * MARGIN), int(box.height * MARGIN)
        area = (max(0, box.x - dx), max(0, box.y - dy),
                min(out.width, box.x + box.width + dx), min(out.height, box.y + box.height + dy))
        width, height = area[2] - area[0], area[3] - area[1]
        if width < 1 or height < 1:
            continue
        blocks = (max(1, min(BLOCKS, width)), max(1, min(BLOCKS, round(BLOCKS * height / width))))
        region = out.crop(area).resize(blocks, Image.Resampling.BOX).resize((width, height), Image.Resampling.NEAREST)
        out.paste(region.filter(ImageFilter.GaussianBlur(radius=max(2, width // (BLOCKS * 2)))), area[:2])
    return out


def blurred_copy(photo: Path | bytes, boxes: list[Box], *, max_megapixels: float) -> tuple[bytes, str]:
    """The photo (file or bytes) as displayed with `boxes` blurred, without any metadata: (data, format).

    JPEG, PNG and WebP keep their format; anything else becomes PNG. The colour profile is kept.
    Raises `ImageProblem` (Dutch) for a photo that cannot be read.
    """
    decoded = open_photo(photo, max_megapixels=max_megapixels)
    with Image.open(readable(photo)) as original:
        icc = original.info.get("icc_profile")
    fmt, options = _FORMATS.get(decoded.format, _FORMATS["PNG"])
    if icc:
        options = {**options, "icc_profile": icc}
    out = io.BytesIO()
    blur_boxes(decoded.image, boxes).save(out, format=fmt, **options)
    return out.getvalue(), fmt


def suffix_for(fmt: str) -> str:
    return {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}[fmt]
