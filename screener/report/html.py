"""An HTML report a person would rather look at: one self-contained file.

One card per post, with the findings in it (each with the sentence around it, masked) and beside
them every photo the post shows: a thumbnail (at most 320 px, metadata stripped) with numbered face
boxes coloured by consent ("Gezicht 2 van 3" is box 2), and the photo's own findings. A filter by
rule (also from the address: `report.html#rule=A2-NAAM`) hides what is not asked for, empty cards too.
The markup lives in `templates/` (Jinja2, every value escaped, control characters made visible);
no remote resources, and a Content-Security-Policy that allows only the report's own script and style.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from screener import catalog
from screener.findings import Finding, Severity

THUMBNAIL_PIXELS = 320
CONSENT_COLOURS = {"toestemming": "#1a7f37", "geen-toestemming": "#cf222e", "onbekend": "#6e7781",
                   "geen-mens": "#8250df"}
CONSENT_BY_RULE = {
    "A5-GEZICHT": "toestemming",
    "A5-GEZICHT-ZONDER-TOESTEMMING": "geen-toestemming",
    "A5-NIET-BENOEMD": "geen-toestemming",
    "A5-GEZICHT-ONBEKEND": "geen-toestemming",
    "A5-ONBEKENDE-PERSOON": "geen-toestemming",
    "A5-MOGELIJK-GEEN-MENS": "geen-mens",
}
CONSENT_LABELS = {"toestemming": "toestemming", "geen-toestemming": "geen toestemming of niet benoemd",
                  "onbekend": "onbekend", "geen-mens": "waarschijnlijk geen mens"}
_WORST_FIRST = ("geen-toestemming", "onbekend", "geen-mens", "toestemming")
# Characters a browser would not show (or would use to reorder text): shown as U+FFFD instead.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def consent_status(finding: Finding) -> str:
    """How a face box is coloured: what the screening said about consent, else what the rule means."""
    return finding.extra.get("consent") or CONSENT_BY_RULE.get(finding.rule, "onbekend")


def thumbnail(path: Path) -> tuple[str, int, int, tuple[int, int]] | None:
    """(data: URI of a small JPEG without metadata, width, height of the photo as displayed, thumbnail size)."""
    try:
        from PIL import Image, ImageOps

        with Image.open(path) as image:
            image = ImageOps.exif_transpose(image)
            width, height = image.size
            small = image.convert("RGB")
            small.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
            buffer = io.BytesIO()
            small.save(buffer, format="JPEG", quality=70)  # no exif=...: metadata is not copied
    except Exception:  # a photo we cannot shrink is still listed, without thumbnail
        return None
    uri = "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
    return uri, width, height, small.size


@dataclass
class _Item:
    """One finding as listed."""

    rule: str
    severity: str
    severity_dutch: str
    where: str
    message: str
    context: str = ""
    face: int = 0  # the number of its box on the photo
    status: str = ""
    status_label: str = ""


@dataclass
class _FaceBox:
    number: int
    x: int
    y: int
    width: int
    height: int
    label_y: float
    colour: str
    label: str
    rules: list[str]


@dataclass
class _Photo:
    shown: str
    findings: list[_Item] = field(default_factory=list)
    boxes: list[_FaceBox] = field(default_factory=list)
    uri: str = ""
    width: int = 0
    height: int = 0
    thumb_width: int = 0
    thumb_height: int = 0
    stroke: int = 2
    font: float = 14.0


@dataclass
class _Card:
    shown: str
    failed: str = ""
    findings: list[_Item] = field(default_factory=list)
    photos: dict[str, _Photo] = field(default_factory=dict)


def _item(f: Finding) -> _Item:
    item = _Item(rule=f.rule, severity=f.severity.label, severity_dutch=f.severity.dutch,
                 where=f"{f.line}:{f.col}" if f.line else "", message=f.message,
                 context=str(f.extra.get("context", "")))
    if f.box is not None:
        item.face = int(f.extra.get("face", 0))
        item.status = consent_status(f)
        item.status_label = CONSENT_LABELS[item.status]
    return item


def _shown_with(f: Finding) -> str | None:
    """The post (as shown) whose screening found this about one of its photos."""
    where = f.extra.get("referenced_at")
    return where.rsplit(":", 2)[0] if isinstance(where, str) and where.count(":") >= 2 else None


def _boxes(photo: _Photo, all_findings: list[Finding]) -> None:
    """One numbered box a face; its colour is the worst thing said about it."""
    by_box: dict[tuple, list[Finding]] = defaultdict(list)
    for f in all_findings:
        if f.box is not None:
            by_box[(f.box.x, f.box.y, f.box.width, f.box.height)].append(f)
    numbered = sorted(by_box.items(), key=lambda kv: min(int(f.extra.get("face", 0)) or 10**6 for f in kv[1]))
    photo.stroke = max(2, round(max(photo.width, photo.height) / 160))
    photo.font = round(max(photo.width, photo.height) / THUMBNAIL_PIXELS * 13, 1)
    for order, ((x, y, w, h), about) in enumerate(numbered, start=1):
        number = next((int(f.extra["face"]) for f in about if f.extra.get("face")), order)
        status = min((consent_status(f) for f in about), key=_WORST_FIRST.index)
        label_y = y - photo.font * 1.2 if y >= photo.font * 1.2 else y
        photo.boxes.append(_FaceBox(number, x, y, w, h, label_y, CONSENT_COLOURS[status], CONSENT_LABELS[status],
                                    sorted({f.rule for f in about})))


def _cards(result, findings: list[Finding], thumbnails: bool, sources: dict[str, Path]) -> list[_Card]:
    """A card per post (its photos inside) or per photo or file screened on its own."""
    errors = {r.path: r.error for r in result.errors}
    everything = list(result.findings)
    known = {id(f) for f in everything}
    everything += [f for f in findings if id(f) not in known]
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for f in everything:
        by_path[f.path].append(f)
    listed = {id(f) for f in findings}
    cards: dict[str, _Card] = {}

    def card(shown: str) -> _Card:
        return cards.setdefault(shown, _Card(shown))

    for shown, about in by_path.items():
        is_photo = any(f.box is not None for f in about) or _is_photo(sources.get(shown, Path(shown)))
        for f in about:
            if f.rule == "E-BESTAND" and shown in errors:
                continue  # the card says it failed
            post = _shown_with(f)
            if post is None and not is_photo:
                if id(f) in listed:
                    card(shown).findings.append(_item(f))
                continue
            photo = card(post or shown).photos.setdefault(shown, _Photo(shown))
            if id(f) in listed:
                photo.findings.append(_item(f))
    for shown, message in errors.items():
        card(shown).failed = message
    for c in cards.values():
        for photo in c.photos.values():
            source = sources.get(photo.shown, Path(photo.shown))
            made = thumbnail(source) if thumbnails and _is_photo(source) else None
            if made is not None:
                photo.uri, photo.width, photo.height, (photo.thumb_width, photo.thumb_height) = made
                _boxes(photo, by_path[photo.shown])
        c.photos = {k: p for k, p in c.photos.items() if p.findings or p.boxes}
    return sorted((c for c in cards.values() if c.findings or c.failed or c.photos), key=lambda c: c.shown)


def _visible(value):
    """Every value the template prints: characters that would hide or reorder text are made visible."""
    from markupsafe import Markup

    if isinstance(value, Markup):  # the report's own style and script
        return value
    return _INVISIBLE.sub("\ufffd", value) if isinstance(value, str) else value


@functools.lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("screener.report", "templates"), autoescape=True,
                       finalize=_visible, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _asset(name: str) -> str:
    return _environment().loader.get_source(_environment(), name)[0]


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render(result, findings: list[Finding], meta: dict, colour: bool = False, *, thumbnails: bool = True,
           sources: dict[str, Path] | None = None) -> str:
    """The report. `findings` are listed; face boxes use every finding of the run (consent is info, so a
    green box shows even when only warnings are listed). `sources` maps a shown path to the file on disk."""
    sources = sources or {}
    cards = _cards(result, findings, thumbnails, sources)
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    rules = [{"id": r, "count": sum(1 for f in findings if f.rule == r), "title": _title(r)}
             for r in sorted({f.rule for f in findings})]
    style, script = _asset("report.css"), _asset("report.js")
    csp = (f"default-src 'none'; img-src data:; style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
           "base-uri 'none'; form-action 'none'")
    summary = (f"{len(result.files)} bestanden gescreend; {counts[Severity.ERROR]} fouten, "
               f"{counts[Severity.WARNING]} waarschuwingen, {counts[Severity.INFO]} info; "
               f"{len(result.errors)} bestanden konden niet gescreend worden.")
    listed = sum(len(c.findings) + sum(len(p.findings) for p in c.photos.values()) for c in cards)
    return _environment().get_template("report.html.j2").render(
        csp=csp, style=style, script=script, summary=summary, listed=listed, rules=rules, cards=cards,
        version=f"{meta.get('name', 'screener')} {meta.get('version', '')}".strip(),
        legend=list(CONSENT_LABELS.items()))


def _title(rule_id: str) -> str:
    rule = catalog.RULES.get(rule_id)
    return rule.title if rule else ""


def _is_photo(path: Path) -> bool:
    from screener.images import IMAGE_SUFFIXES
    from screener.images.video import VIDEO_SUFFIXES

    return path.suffix.lower() in IMAGE_SUFFIXES and path.suffix.lower() not in VIDEO_SUFFIXES and path.is_file()
