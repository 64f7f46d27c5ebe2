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


@dataclass(frozen=True)
class BlurredCopy:
    data: bytes
    format: str  # "JPEG", "PNG", "WEBP"
    faces: list[FaceStatus]  # every face found
    blurred: list[FaceStatus]  # those made unrecognisable


def consent_blurred_copy(photo: Path | bytes, shown: str, *, config, post, declared: list[str] | None = None,
                         keep: set[int] | None = None) -> BlurredCopy:
    """The photo screened as `screener check` screens it, then copied without metadata and with the faces
    without consent blurred. `keep` (face numbers) counts only in declared mode; in matching mode the
    consent list decides. Raises `ImageProblem` (Dutch) for a photo that cannot be read, and
    when its faces could not be looked for (no face model): a copy must never look safer than it is."""
    from screener import consent
    from screener.config import ConfigError
    from screener.images.opening import ImageProblem
    from screener.images.screening import screen_image

    found = screen_image(photo, shown, config=config, post=post, declared=declared)
    unreadable = [f for f in found if f.rule in ("E-AFBEELDING", "E-GEZICHTMODEL")]
    if unreadable:
        raise ImageProblem(unreadable[0].message)
    faces = face_statuses(found)
    try:
        matching = consent.mode(config) == "matching"
    except ConfigError:  # the screening reported it (E-TOESTEMMINGSLIJST); no face counts as consented
        matching = False
    chosen = faces_to_blur(faces, None if matching else keep)
    data, fmt = blurred_copy(photo, [face.box for face in chosen], max_megapixels=config["images"]["max_megapixels"])
    return BlurredCopy(data, fmt, faces, chosen)


class Blurring:
    """`screener clean --vervaag`: per photo, a copy without metadata and with the faces without consent
    blurred; the original is only read."""

    SUFFIXES = {"JPEG": (".jpg", ".jpeg", ".jpe", ".jfif"), "PNG": (".png",), "WEBP": (".webp",)}

    def __init__(self, config, post, keep: set[int] | None = None) -> None:
        self.config, self.post, self.keep = config, post, keep
        self.said = ""  # for the line about the last photo: "; vervaagd: 2 van 3 gezichten"

    def write(self, photo: Path, target: Path) -> list:
        """Write the blurred copy of `photo` to `target`; returns the metadata items it left out."""
        from screener.images.metadata import CleanError, read_metadata

        if target.exists() and photo.resolve() == target.resolve():
            raise CleanError("de kopie mag niet hetzelfde bestand zijn als het origineel")
        copy = consent_blurred_copy(photo, str(photo), config=self.config, post=self.post, keep=self.keep)
        if photo.suffix.lower() not in self.SUFFIXES.get(copy.format, ()):
            raise CleanError(f"vervagen van {photo.suffix or 'dit soort'}-bestanden wordt niet ondersteund; "
                             "gebruik JPEG, PNG of WebP")
        with Image.open(photo) as img:
            removed = read_metadata(img)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        try:
            tmp.write_bytes(copy.data)
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
        count = len(copy.faces)
        self.said = f"; vervaagd: {len(copy.blurred)} van {count} {'gezicht' if count == 1 else 'gezichten'}"
        return removed
