"""SVG: a logo, icon or drawing. The text it holds and the photos embedded in it are screened.

An SVG is never rendered. It is parsed with defusedxml (no DTD entities, nothing external, no
network); its text (`<text>`, `<title>`, `<desc>`, `<metadata>` such as dc:creator, aria-label)
goes through the text stage at its line:col in the file; a photo embedded as a `data:` URL is
decoded in memory and screened like a photo. A photo the SVG only points to is screened when it
lies beside the SVG, and is otherwise reported as not screened (a warning by default, see
`[images] unreadable`): the screener fetches nothing from the internet.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import io
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes

from screener.emit import emit
from screener.findings import Finding
from screener.images.opening import _SVG_ACTIVE as ACTIVE_CONTENT  # script, on...=, foreignObject
from screener.images.parts import labelled

SVG_SUFFIXES = (".svg", ".svgz")
MAX_SVG_BYTES = 20 * 1024 * 1024  # also the most an .svgz may unpack to
MAX_DEPTH = 2  # an SVG embedded in an SVG embedded in an SVG: no further

TEXT_ELEMENTS = {"text", "title", "desc", "metadata"}  # their whole subtree is text a reader can see or find
TEXT_ATTRIBUTES = ("aria-label",)
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_IMAGE_TAG = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?image\b")
_DATA_URL = re.compile(r"^data:(?P<type>[^,;]*)(?P<params>(?:;[^,;]*)*),(?P<data>.*)$", re.S | re.I)


class _Problem(Exception):
    """An SVG that cannot be screened safely; Dutch message without the file name."""


def is_svg(source: Path | bytes) -> bool:
    """Whether `source` (a file or a photo's bytes) is an SVG, by name or by content."""
    if isinstance(source, Path):
        if source.suffix.lower() in SVG_SUFFIXES:
            return True
        try:
            with source.open("rb") as fh:
                head = fh.read(4096)
        except OSError:
            return False  # the photo reader says what is wrong
    else:
        head = source[:4096]
    start = head.lstrip()[:256].lower()
    return start.startswith(b"<svg") or (start.startswith(b"<?xml") and b"<svg" in head.lower())


def _read(source: Path | bytes) -> bytes:
    try:
        data = source if isinstance(source, bytes) else source.read_bytes()
    except FileNotFoundError:
        raise _Problem("de afbeelding bestaat niet") from None
    except OSError as exc:
        raise _Problem(f"kan de afbeelding niet lezen ({exc.strerror})") from None
    if data[:2] == b"\x1f\x8b":  # .svgz
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as packed:
                data = packed.read(MAX_SVG_BYTES + 1)
        except (OSError, EOFError):
            raise _Problem("het ingepakte SVG-bestand (svgz) is beschadigd") from None
    if len(data) > MAX_SVG_BYTES:
        raise _Problem(f"het SVG-bestand is te groot (meer dan {MAX_SVG_BYTES // 1024 // 1024} MB)")
    if not data.strip():
        raise _Problem("het bestand is leeg")
    return data


def _parse(data: bytes):
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data)
    except DefusedXmlException:
        raise _Problem("SVG met eigen XML-entiteiten of externe verwijzingen in de kop; die leest de screener "
                       "niet (veiligheid); exporteer de afbeelding opnieuw als gewone SVG, of als PNG") from None
    except (ParseError, ValueError):
        raise _Problem("geen geldige SVG (de XML is beschadigd)") from None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _texts(root) -> list[list[str]]:
    """The text pieces of every text element (and text attribute), in document order."""
    found: list[list[str]] = []

    def visit(element) -> None:
        for name in TEXT_ATTRIBUTES:
            if element.get(name, "").strip():
                found.append([element.get(name)])
        href = element.get("href") or element.get(XLINK_HREF) or ""
        if _local(element.tag) == "a" and href.lower().startswith(("mailto:", "tel:", "http")):
            found.append([href])  # a link's address, as the HTML reader screens it
        if _local(element.tag) in TEXT_ELEMENTS:
            pieces = [piece for piece in element.itertext() if piece.strip()]
            if pieces:
                found.append(pieces)
            return
        for child in element:
            visit(child)

    visit(root)
    return found


def _text_document(path: Path, shown: str, source: str, texts: list[list[str]]):
    """A Document of the SVG's text, each piece at its place in the file (found by searching the source)."""
    from screener.documents.model import Document, TextBuilder

    out = TextBuilder()
    cursor = 0
    for pieces in texts:
        out.separate(cursor)
        for i, piece in enumerate(pieces):
            at = source.find(piece, cursor)
            if i:
                out.add(" ", cursor, verbatim=False)
            if at >= 0:
                out.add(piece, at)
                cursor = at + len(piece)
            else:  # written with entities (&amp;): the piece is placed where the last one ended
                out.add(piece, cursor, verbatim=False)
    text, offsets = out.build()
    return Document(path=path, display_path=shown, kind="svg", source=source, text=text, offsets=offsets)


def _shown_text_findings(findings: list[Finding], referenced_at: str | None) -> list[Finding]:
    if not referenced_at:
        return findings
    return [replace(f, message=f"{f.message} (afbeelding getoond in {referenced_at})",
                    extra={**f.extra, "referenced_at": referenced_at}) for f in findings]


def _decode_data_url(href: str) -> bytes:
    m = _DATA_URL.match(href.strip())
    if not m:
        raise _Problem("een ingebedde afbeelding (data:-adres) is onleesbaar")
    if ";base64" in m.group("params").lower():
        try:
            return base64.b64decode(re.sub(r"\s+", "", m.group("data")), validate=True)
        except (binascii.Error, ValueError):
            raise _Problem("een ingebedde afbeelding (data:-adres) is onleesbaar (geen geldige base64)") from None
    return unquote_to_bytes(m.group("data"))


def _beside(path: Path | None, href: str) -> Path | None:
    """The local photo an SVG file points to, when it lies in the SVG's own folder (or below it)."""
    if path is None or re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith(("/", "\\")):
        return None
    relative = Path(unquote(href.split("#")[0].split("?")[0]))
    if not relative.parts or ".." in relative.parts:
        return None
    candidate = path.parent / relative
    return candidate if candidate.is_file() else None


def screen_svg(source: Path | bytes, shown: str, *, config, post, declared: list[str] | None = None,
               referenced_at: str | None = None, depth: int = 0) -> list[Finding]:
    """Findings for an SVG file (or an SVG's bytes): its text, its embedded and neighbouring photos."""
    from screener import images
    from screener.images.declared import sidecar_people

    path = source if isinstance(source, Path) else None
    seen_at = f" (afbeelding getoond in {referenced_at})" if referenced_at else ""

    def problem(rule: str, message: str, line: int = 0, col: int = 0) -> list[Finding]:
        found = emit(config, rule, shown, message + seen_at, line=line, col=col, value=f"{shown}\x00{message}",
                     extra={"referenced_at": referenced_at} if referenced_at else None)
        return [found] if found else []

    try:
        data = _read(source)
        if ACTIVE_CONTENT.search(data):
            raise _Problem("SVG-afbeelding met een script of actieve inhoud; publiceer die niet, en lever de "
                           "afbeelding aan als PNG of JPEG")
        root = _parse(data)
    except _Problem as exc:
        return problem("E-AFBEELDING", f"afbeelding kon niet worden gecontroleerd: {exc}")

    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n")
    findings: list[Finding] = []
    texts = _texts(root)
    if texts:
        from screener.pipeline import screen_text

        doc = _text_document(path or Path(shown), shown, text, texts)
        findings += _shown_text_findings(screen_text(doc, config, post), referenced_at)

    if declared is None and path is not None:
        declared = sidecar_people(path)
    tags = [(text.count("\n", 0, m.start()) + 1, m.start() - text.rfind("\n", 0, m.start()))
            for m in _IMAGE_TAG.finditer(text)]
    images_in = [e for e in root.iter() if _local(e.tag) == "image"]
    for number, element in enumerate(images_in, start=1):
        line, col = tags[number - 1] if number <= len(tags) else (0, 0)
        href = (element.get("href") or element.get(XLINK_HREF) or "").strip()
        label = f"Afbeelding {number} in de SVG"
        if not href or href.startswith("#"):
            continue
        if href.lower().startswith("data:"):
            try:
                embedded = _decode_data_url(href)
            except _Problem as exc:
                findings += problem("E-AFBEELDING", f"{label}: kon niet worden gecontroleerd: {exc}")
                continue
            if is_svg(embedded):
                if depth >= MAX_DEPTH:
                    findings += problem("E-AFBEELDING", f"{label}: SVG's zijn te diep in elkaar genest om te controleren")
                    continue
                found = screen_svg(embedded, shown, config=config, post=post, declared=declared or [],
                                   referenced_at=referenced_at, depth=depth + 1)
            else:
                found = images.screen_image(embedded, shown, config=config, post=post, declared=declared or [],
                                            referenced_at=referenced_at)
            findings += _placed(labelled(found, label, afbeelding=number), line, col)
            continue
        local = _beside(path, href)
        if local is not None:
            found = images.screen_image(local, str(Path(shown).parent / Path(href)), config=config, post=post,
                                        referenced_at=f"{shown}:{line}:{col}")
            findings += found
            continue
        where = "op internet; de screener haalt niets van internet" if re.match(r"^(?:https?:)?//", href, re.I) \
            else "buiten de SVG die de screener niet heeft gevonden"
        findings += problem("E-NIET-GECONTROLEERD", f"{label} is niet gecontroleerd: de SVG verwijst naar een "
                                                    f"afbeelding {where}; bekijk die afbeelding zelf", line, col)
    return findings


def _placed(findings: list[Finding], line: int, col: int) -> list[Finding]:
    """Findings about an embedded photo at the `<image>` tag's line:col; a photo that could not be read
    stays a finding about the whole file (line 0), so the file counts as not screened."""
    return [f if f.rule.startswith("E-") or not line else replace(f, line=line, col=col) for f in findings]
