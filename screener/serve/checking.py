"""What the page asks the screener, answered in memory: a post (text or a file's bytes) and photos in,
findings with their one-click fixes out, as plain data for JSON.

Nothing here touches the disk: a pasted post is screened from its text, an uploaded file and every
photo from their bytes. Image references in the post are matched to the uploaded photos by file
name and never looked up on the server's own disk.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass, field
from pathlib import PurePath, Path

from screener import catalog, consent, documents, images
from screener.config import Config, ConfigError
from screener.documents import Document, DocumentError
from screener.findings import Finding, Severity
from screener.images.blur import BlurredCopy, FaceStatus, consent_blurred_copy, face_statuses
from screener.pipeline import screen_document
from screener.post import PostContext, resolve
from screener.rules.settings import from_config
from screener.serve import fixes

TEXT_SUFFIXES = documents.DOCUMENT_SUFFIXES - {""}
# what the page's file picker offers: every post format the screener reads (calendar and contact exports
# included), and photos; formats it cannot read are still taken when dropped, and answered with their message
ACCEPTED_FILES = ",".join(sorted(TEXT_SUFFIXES - set(documents.NO_READER_SUFFIXES)) + ["image/*"])
PASTED_NAME = "bericht.txt"


class Refused(Exception):
    """A request the page cannot answer; the message is Dutch and shown to the user."""


@dataclass
class Upload:
    name: str  # the file name only, as the user's browser gave it
    data: bytes
    people: list[str] | None = None  # who the user says is on a photo (declared mode)


@dataclass
class Request:
    text: str = ""
    name: str = PASTED_NAME
    file: Upload | None = None  # a dropped post (.md, .txt, .html, .docx, .pdf)
    photos: list[Upload] = field(default_factory=list)
    channel: str | None = None
    author_role: str | None = None
    author_function: str | None = None


def safe_name(name: str, default: str = PASTED_NAME) -> str:
    """The last part of a file name from the browser, never a path."""
    base = PurePath(str(name).replace("\\", "/")).name.strip()
    return base[:120] or default


def read_post(request: Request) -> Document:
    """The post as a Document; DocumentError (Dutch, naming the file) when it cannot be read."""
    if request.file is None:
        name = safe_name(request.name)
        if PurePath(name).suffix.lower() not in TEXT_SUFFIXES:
            name = PASTED_NAME
        return documents.from_text(Path(name), name, request.text)
    name = safe_name(request.file.name)
    return documents.from_bytes(name, request.file.data, name)  # any post format, in memory


def post_context(doc: Document, config: Config, request: Request) -> PostContext:
    return resolve(doc.meta, config, channel=request.channel or None, author_role=request.author_role or None,
                   author_function=request.author_function or None, where=doc.display_path)


def check(request: Request, config: Config) -> dict:
    """The page's answer for "Controleer"; raises Refused for a post or context it cannot use."""
    try:
        doc = read_post(request)
        post = post_context(doc, config, request)
    except DocumentError as exc:
        raise Refused(str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - ConfigError and friends: a Dutch message, the server goes on
        raise Refused(str(exc)) from None
    screened = dataclasses.replace(doc, images=[])  # photos come from the upload, never from the server's disk
    try:
        findings = screen_document(screened, config, post)
    except ConfigError as exc:  # e.g. a damaged A8 model: say so, never "no findings"
        raise Refused(str(exc)) from None
    shown = _shown_text(doc)
    answer = {
        "name": _as_text_name(doc.display_path),
        "text": shown,
        "channel": post.channel,
        "author_role": post.author_role,
        "author_function": post.author_function,
        "findings": [_text_finding(f, doc, shown, config, post) for f in findings if _visible(f, config)],
        "photos": [photo_answer(photo, config, post, _declared(doc, photo)) for photo in request.photos],
    }
    return answer


def _shown_text(doc: Document) -> str:
    """The text the page shows and edits: the source for text formats, the extracted text otherwise."""
    return doc.source if doc.kind in ("text", "markdown", "html") else doc.text


def _as_text_name(name: str) -> str:
    return name if PurePath(name).suffix.lower() in TEXT_SUFFIXES else f"{PurePath(name).stem}.txt"


def _visible(finding: Finding, config: Config) -> bool:
    return finding.severity >= Severity.parse(config["report"]["min_severity"])


def _span(finding: Finding, doc: Document) -> tuple[int, int] | None:
    """Where a text finding stands in the shown text, or None for one about the whole post."""
    if "start" in finding.extra and "end" in finding.extra:
        start, end = finding.extra["start"], finding.extra["end"]
        if doc.kind not in ("text", "markdown", "html"):
            return start, end
        return doc.offsets.to_source(start), doc.offsets.to_source(max(start, end - 1)) + 1
    if finding.rule == "A5-NAAM-ZONDER-TOESTEMMING" and finding.end_line and doc.kind in ("text", "markdown", "html"):
        return _source_offset(doc.source, finding.line, finding.col), _source_offset(doc.source, finding.end_line,
                                                                                     finding.end_col)
    return None


def _source_offset(source: str, line: int, col: int) -> int:
    """The offset in `source` of a 1-based line and column."""
    at = 0
    for _ in range(line - 1):
        at = source.index("\n", at) + 1
    return at + col - 1


def _described(finding: Finding) -> dict:
    rule = catalog.get(finding.rule)
    return {"rule": finding.rule, "severity": finding.severity.label, "severity_nl": finding.severity.dutch,
            "title": rule.title, "message": finding.message, "why": rule.why, "fix": rule.fix,
            "protocol": list(finding.protocol), "avg": finding.avg, "line": finding.line, "col": finding.col}


def _text_finding(finding: Finding, doc: Document, shown: str, config: Config, post: PostContext) -> dict:
    data = _described(finding)
    span = _span(finding, doc)
    data["start"], data["end"] = span if span else (None, None)
    data["actions"] = _actions(finding, span, doc, shown, config, post)
    return data


def _actions(finding: Finding, span: tuple[int, int] | None, doc: Document, shown: str, config: Config,
             post: PostContext) -> list[dict]:
    """Each fix as a label and the whole corrected text, so one click applies it."""
    kind = doc.kind if doc.kind in ("markdown", "html") else "text"
    settings = from_config(config)
    if finding.rule == "D4-DISCLAIMER":
        return [{"label": "Voeg de mededeling 'op persoonlijke titel' toe",
                 "text": fixes.add_line(shown, kind, settings.disclaimer_text)}]
    if finding.rule in ("C2-FUNCTIE", "D3-MEDEWERKER"):
        if finding.rule == "C2-FUNCTIE" and not post.author_function:
            return [{"label": "Vul eerst uw functie in (bij 'Functie') en controleer opnieuw", "text": None}]
        line = fixes.affiliation_line(settings.organisation, post.author_function)
        return [{"label": f"Voeg toe: '{line}'", "text": fixes.add_line(shown, kind, line)}]
    if span is None:
        return []
    start, end = span
    actions = []
    if finding.rule in fixes.NAME_RULES:
        a, b, phrase = fixes.neutral_phrase(shown, start, end)
        actions.append({"label": f"Vervang door '{phrase}'", "text": fixes.replace_span(shown, a, b, phrase)})
    actions.append({"label": "Verwijder", "text": fixes.remove_span(shown, start, end)})
    return actions


def _declared(doc: Document, photo: Upload) -> list[str] | None:
    """Who is on an uploaded photo: what the user typed, else the post's front matter for that file name."""
    if photo.people is not None:
        return photo.people
    for ref in doc.images:
        if PurePath(ref.src.replace("\\", "/")).name == photo.name:
            return images.declared_people(doc, ref)
    return None


def screen_photo(photo: Upload, config: Config, post: PostContext,
                 declared: list[str] | None) -> tuple[list[Finding], list[FaceStatus]]:
    found = images.screen_image(photo.data, photo.name, config=config, post=post, declared=declared or [])
    return found, face_statuses(found)


def photo_answer(photo: Upload, config: Config, post: PostContext, declared: list[str] | None) -> dict:
    """One photo's findings, and its faces with their consent status (for the numbered boxes)."""
    found, faces = screen_photo(photo, config, post, declared)
    width, height = _displayed_size(photo.data)
    return {
        "name": photo.name,
        "width": width,
        "height": height,
        "mode": consent_mode(config),
        "faces": [{"number": face.number, "consent": face.consent, "rule": face.rule,
                   "label": catalog.get(face.rule).title,
                   "box": dataclasses.asdict(face.box)} for face in faces],
        "findings": [_described(f) for f in found if _visible(f, config)],
    }


def clean_photo(photo: Upload, config: Config, request: Request, keep: set[int] | None) -> BlurredCopy:
    """A copy of the photo without metadata and with the faces without consent blurred. In matching
    mode the screening chooses; in declared mode the faces numbered in `keep` (the named people the
    user clicked) stay, the others are blurred."""
    post = post_context(read_post(Request(name=PASTED_NAME)), config, request)
    return consent_blurred_copy(photo.data, photo.name, config=config, post=post, declared=photo.people or [],
                                keep=keep)


def consent_mode(config: Config) -> str:
    try:
        return consent.mode(config)
    except Exception:  # noqa: BLE001 - the screening itself reports a wrong setting
        return "declared"


def _displayed_size(data: bytes) -> tuple[int, int]:
    """The photo's size as displayed (EXIF orientation applied), from its header: nothing is decoded."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
            return (height, width) if img.getexif().get(0x0112, 1) in (5, 6, 7, 8) else (width, height)
    except Exception:  # noqa: BLE001 - the screening reports an unreadable photo (E-AFBEELDING)
        return 0, 0


def warm_up(config: Config) -> None:
    """Load the language lists and the face model once, before the first user waits for them; with
    face matching also the embedding model and the enrolled references."""
    from PIL import Image

    sample = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 200, 200)).save(sample, format="PNG")
    check(Request(text="Sanne uit groep 5 zag meester Jan in Utrecht.",
                  photos=[Upload("voorbeeld.png", sample.getvalue())]), config)
    if consent_mode(config) == "matching":
        try:
            import numpy as np

            from screener.consent import embeddings, matching
            from screener.findings import Box

            people = consent.consent_list(config)
            if people is not None:
                matching.references(config, people)
            embeddings.embed(np.zeros((64, 64, 3), dtype=np.uint8), Box(0, 0, 64, 64))  # loads dlib's models
        except Exception:  # noqa: BLE001 - each photo reports what is missing (E-TOESTEMMINGSLIJST)
            pass
