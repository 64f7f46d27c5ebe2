"""Word (.docx): what staff write. Read with python-docx (MIT) and its XML, in memory.

Screened: every paragraph of the body in reading order (also in tables, text boxes and content
controls), headers and footers, footnotes and endnotes, comments with their authors, deleted text
that track changes still keeps, and the core properties (author, last modified by, title ...).
Files embedded in it (an Excel table) are reported as not screened.
Each paragraph is one line of the screened text and is named "alinea N" (counting the paragraphs
with text, as a reader sees them); photos are screened in memory, named by the paragraph they follow.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from screener.documents.model import DocumentError
from screener.documents.packed import PackedDocument, PartsBuilder

MAX_UNPACKED_BYTES = 500 * 1024 * 1024  # a Word file that unpacks to more is refused (a zip bomb)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
P, T, DEL_T, TAB, BR, CR = (f"{{{W}}}{name}" for name in ("p", "t", "delText", "tab", "br", "cr"))
TBL, TXBX = f"{{{W}}}tbl", f"{{{W}}}txbxContent"

CORE_PROPERTIES = (("author", "Auteur"), ("last_modified_by", "Laatst gewijzigd door"), ("title", "Titel"),
                   ("subject", "Onderwerp"), ("keywords", "Trefwoorden"), ("comments", "Opmerkingen"),
                   ("category", "Categorie"))
HEADERS_FOOTERS = (("header", "koptekst"), ("first_page_header", "koptekst eerste pagina"),
                   ("even_page_header", "koptekst even pagina's"), ("footer", "voettekst"),
                   ("first_page_footer", "voettekst eerste pagina"), ("even_page_footer", "voettekst even pagina's"))
NOTES = (("/word/footnotes.xml", "voetnoot"), ("/word/endnotes.xml", "eindnoot"))


def _paragraph(p) -> tuple[str, list[str]]:
    """A paragraph's text and the relationship ids of its pictures; a paragraph nested inside it
    (in a text box) is left to its own turn."""
    text: list[str] = []
    pictures: list[str] = []

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if tag == P or tag == MC_FALLBACK:  # nested paragraph; the fallback copy of a text box
                continue
            if tag in (T, DEL_T):
                text.append(child.text or "")
            elif tag == TAB:
                text.append("\t")
            elif tag in (BR, CR):
                text.append(" ")
            elif tag == BLIP and child.get(R_EMBED):
                pictures.append(child.get(R_EMBED))
            elif tag == VML_IMAGE and child.get(R_ID):
                pictures.append(child.get(R_ID))
            walk(child)

    walk(p)
    return "".join(text), pictures


def _inside(p, tag: str) -> bool:
    return any(a.tag == tag for a in p.iterancestors())


class _Reader:
    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.parts = PartsBuilder()
        self.pictures = 0

    def paragraphs(self, root, part, label: str, numbered: bool) -> int:
        """Add the paragraphs under `root` (an XML element of `part`); returns how many had text."""
        count = 0
        last_line = len(self.parts.lines) + 1
        for p in root.iter(P):
            if any(a.tag == MC_FALLBACK for a in p.iterancestors()):
                continue
            text, pictures = _paragraph(p)
            if text.strip():
                count += 1
                where = f"{label} {count}" if numbered else label
                if _inside(p, TXBX):
                    where += " (in een tekstvak)"
                elif _inside(p, TBL):
                    where += " (in een tabel)"
                last_line = self.parts.add(where, [text])
            for rid in pictures:
                self.picture(part, rid, f"na {label} {count}" if numbered and count else f"in de {label}", last_line)
        return count

    def picture(self, part, rid: str, where: str, line: int) -> None:
        try:
            blob = part.related_parts[rid].blob
        except (KeyError, AttributeError):
            return  # a picture linked from outside the file: Word shows nothing without it
        self.pictures += 1
        self.parts.image(blob, f"Afbeelding {self.pictures} ({where})", line)

    def xml_part(self, package, name: str):
        from docx.oxml import parse_xml

        for part in package.iter_parts():
            if part.partname == name:
                return part, parse_xml(part.blob)
        return None, None


def _check_zip(data: bytes, shown: str) -> list[str]:
    """The names in the Word file's zip; DocumentError for what is not one, or unpacks too far."""
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise DocumentError(f"{shown}: is met een wachtwoord beveiligd of een oud Word-bestand (.doc); sla het op als "
                            ".docx zonder wachtwoord en screen het opnieuw")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as packed:
            unpacked = sum(info.file_size for info in packed.infolist())
            names = packed.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise DocumentError(f"{shown}: is geen leesbaar Word-bestand (beschadigd of onvolledig); sla het opnieuw "
                            "op als .docx") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise DocumentError(f"{shown}: het Word-bestand pakt uit tot meer dan {MAX_UNPACKED_BYTES // 1024 // 1024} MB "
                            "en is niet gelezen")
    return names


def parse(path: Path, shown: str, data: bytes) -> PackedDocument:
    """The Word document in `data`. Raises DocumentError (Dutch, naming the file)."""
    import docx

    names = _check_zip(data, shown)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - python-docx raises KeyError, ValueError, its own errors
        raise DocumentError(f"{shown}: is geen leesbaar Word-bestand (.docx); sla het opnieuw op als "
                            "Word-document") from None
    reader = _Reader(shown)
    try:
        _read(document, reader)
        _embedded_files(names, reader.parts)
    except DocumentError:
        raise
    except Exception:  # noqa: BLE001 - odd XML in one part must not pass the file unchecked
        raise DocumentError(f"{shown}: een deel van het Word-bestand is beschadigd en kon niet gelezen worden") from None
    return reader.parts.build(path, shown, "docx")


def _read(document, reader: _Reader) -> None:
    parts = reader.parts
    properties = document.core_properties
    seen: set[str] = set()
    for name, label in CORE_PROPERTIES:
        value = " ".join(str(getattr(properties, name, "") or "").split())
        if value and value.lower() not in seen:  # the author is usually also the last to change it: once
            seen.add(value.lower())
            parts.add(f"documenteigenschap {label}", [value], metadata=True)

    reader.paragraphs(document.element.body, document.part, "alinea", numbered=True)

    seen_parts = set()
    for number, section in enumerate(document.sections, start=1):
        for attribute, label in HEADERS_FOOTERS:
            block = getattr(section, attribute)
            if block.is_linked_to_previous or id(block.part) in seen_parts:
                continue
            seen_parts.add(id(block.part))
            where = label if len(document.sections) == 1 else f"{label} (sectie {number})"
            reader.paragraphs(block._element, block.part, where, numbered=False)

    package = document.part.package
    for name, label in NOTES:
        part, root = reader.xml_part(package, name)
        if root is None:
            continue
        for note in root:
            if note.get(f"{{{W}}}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            reader.paragraphs(note, part, f"{label} {note.get(f'{{{W}}}id', '')}".strip(), numbered=False)

    part, root = reader.xml_part(package, "/word/comments.xml")
    if root is not None:
        for number, comment in enumerate(root.iter(f"{{{W}}}comment"), start=1):
            author = " ".join((comment.get(f"{{{W}}}author") or "").split())
            if author:
                parts.add(f"documenteigenschap Auteur van opmerking {number}", [author], metadata=True)
            reader.paragraphs(comment, part, f"opmerking {number}", numbered=False)

    for part in package.iter_parts():  # pictures not in the text: in the file all the same (a thumbnail)
        if part.content_type.startswith("image/"):
            parts.image(part.blob, f"Afbeelding in het bestand ({part.partname.rsplit('/', 1)[-1]}, niet in de tekst)",
                        len(parts.lines) or 1)


def _embedded_files(names: list[str], parts: PartsBuilder) -> None:
    embedded = sum(1 for name in names if name.startswith("word/embeddings/") and not name.endswith("/"))
    if embedded:
        parts.not_screened(0, f"het Word-bestand heeft {embedded} ingesloten {'bestand' if embedded == 1 else 'bestanden'} "
                              "(bv. een Excel-tabel); die zijn niet gecontroleerd")
