"""Documents in a packed format (PDF, Word): their text as lines, with the part each line comes from.

A PDF or Word file has no lines a user can jump to, so the screened text is laid out as lines
(a PDF page's lines, one line per Word paragraph), parts separated by a blank line, and every
finding in it is named by its part: "Pagina 2, regel 3: ...", "Alinea 12: ...",
"Documenteigenschap Auteur: ...". The finding's line:col stays the line in that laid-out text
(so reports, sorting and baselines work as for any post); `extra["plek"]` holds the part.
Photos inside the file are kept as bytes (`embedded`) and screened in memory.
"""

from __future__ import annotations

import bisect
import hashlib
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from screener.documents.model import Document, OffsetMap
from screener.findings import Finding, Severity

MAX_EMBEDDED_IMAGES = 60  # photos screened per document; more are reported as not screened
PROPERTY_RULES = ("A2-", "A5-", "E-")  # what a document property is screened for: personal data
NAME_RULES = ("A2-NAAM", "A2-PLAATS")


@dataclass(frozen=True)
class Part:
    first_line: int  # the part's first line in the document's text
    label: str  # "pagina 2", "alinea 12", "documenteigenschap Auteur"
    numbered_lines: bool = False  # say "regel N" within the part (a PDF page's lines)
    metadata: bool = False  # a document property: hidden from the reader, often the writer's own name
    software: bool = False  # names the program that made the file ("Microsoft Word"): not a person's name


@dataclass(frozen=True)
class EmbeddedImage:
    data: bytes
    label: str  # "Afbeelding 2 op pagina 3"
    line: int  # where in the document's text (the part it sits in)


@dataclass
class PackedDocument(Document):
    parts: list[Part] = field(default_factory=list)
    embedded: list[EmbeddedImage] = field(default_factory=list)
    unscreened: list[tuple[int, str]] = field(default_factory=list)  # (line, Dutch: what was not screened)

    def place(self, line: int) -> str:
        """Where a line of the text is, in words: "pagina 2, regel 3", "alinea 12"."""
        starts = [p.first_line for p in self.parts]
        i = bisect.bisect_right(starts, line) - 1
        if i < 0:
            return ""
        part = self.parts[i]
        return f"{part.label}, regel {line - part.first_line + 1}" if part.numbered_lines else part.label

    def part_at(self, line: int) -> Part | None:
        i = bisect.bisect_right([p.first_line for p in self.parts], line) - 1
        return self.parts[i] if i >= 0 else None


class PartsBuilder:
    """Lays out a packed document's text: `add(label, lines)` per part, then `build(...)`."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[Part] = []
        self.embedded: list[EmbeddedImage] = []
        self.unscreened: list[tuple[int, str]] = []
        self._seen_images: set[bytes] = set()

    def add(self, label: str, lines: list[str], *, numbered_lines: bool = False, metadata: bool = False,
            software: bool = False) -> int:
        """Add a part; returns its first line. Parts are separated by a blank line: no finding spans two."""
        if self.lines:
            self.lines.append("")
        first = len(self.lines) + 1
        self.parts.append(Part(first, label, numbered_lines, metadata, software))
        self.lines.extend(clean_line(line) for line in (lines or [""]))
        return first

    def image(self, data: bytes, label: str, line: int) -> None:
        """A photo inside the document; the same picture (a logo on every page) is screened once."""
        key = hashlib.sha256(data).digest()
        if key in self._seen_images:
            return
        self._seen_images.add(key)
        if len(self.embedded) >= MAX_EMBEDDED_IMAGES:
            if len(self.embedded) == MAX_EMBEDDED_IMAGES:
                self.not_screened(line, f"het document bevat meer dan {MAX_EMBEDDED_IMAGES} afbeeldingen; vanaf "
                                        f"{label[:1].lower()}{label[1:]} zijn ze niet gecontroleerd")
                self.embedded.append(EmbeddedImage(b"", "", line))  # a marker: the message is given once
            return
        self.embedded.append(EmbeddedImage(data, label, line))

    def not_screened(self, line: int, message: str) -> None:
        self.unscreened.append((line, message))

    def build(self, path: Path, shown: str, kind: str, meta: dict | None = None) -> PackedDocument:
        text = "\n".join(self.lines) + "\n"
        return PackedDocument(path=path, display_path=shown, kind=kind, source=text, text=text,
                              offsets=OffsetMap.identity(), meta=meta or {}, parts=self.parts,
                              embedded=[e for e in self.embedded if e.data], unscreened=self.unscreened)


def clean_line(line: str) -> str:
    """One line of extracted text: ligatures and other compatibility characters as plain letters,
    no control characters or line breaks inside."""
    line = unicodedata.normalize("NFKC", line)
    return "".join(" " if (ch in "\r\n\v\f\x85\u2028\u2029" or unicodedata.category(ch) == "Cc") and ch != "\t"
                   else ch for ch in line)


def place_findings(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Name the part of a packed document in every finding about its text; other documents: unchanged."""
    if not isinstance(doc, PackedDocument):
        return findings
    placed = []
    for f in findings:
        part = doc.part_at(f.line) if f.line else None
        if part is None or "plek" in f.extra:
            placed.append(f)
            continue
        if part.metadata and not f.rule.startswith(PROPERTY_RULES):
            continue  # the protocol's rules on how a post is written are about its text, not its properties
        if part.software and f.rule in NAME_RULES:
            continue  # "Word", "Macintosh", "Gecko": program names read as names
        where = doc.place(f.line)
        message = f"{where[:1].upper()}{where[1:]}: {f.message}"
        severity = f.severity
        if part.metadata:
            message += " Haal het weg uit de documenteigenschappen (Word: Bestand > Info > Document inspecteren)."
            if f.rule == "A2-NAAM" and severity == Severity.ERROR:
                severity = Severity.WARNING  # usually the writer's own account name; a listed pupil stays an error
        placed.append(replace(f, message=message, severity=severity, extra={**f.extra, "plek": where}))
    return placed
