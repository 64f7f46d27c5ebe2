"""PDF: a newsletter or letter the school publishes. Read with pypdf (BSD, pure Python).

pypdf rather than pdfminer.six: one library gives the text of each page, the document information
and XMP metadata, the embedded images as files (JPEG stays JPEG, with its EXIF), and encryption;
it installs without compiled parts. Every page's text is screened, each line named by its page
("Pagina 2, regel 3"); the properties (Author, Title, Subject, Keywords, Creator, XMP dc:creator ...)
as text of their own, as are comments (sticky notes, with their author) and filled-in form fields;
the photos in memory, with the document's channel. Attached files, and the text of a page with
photos but no text (a scan), are reported as not screened. An encrypted or broken PDF is an error
naming the file.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from screener.documents.model import DocumentError
from screener.documents.packed import PackedDocument, PartsBuilder

# Document information keys, as a user sees them in a PDF reader's "Properties".
INFO_FIELDS = (("/Author", "Auteur"), ("/Title", "Titel"), ("/Subject", "Onderwerp"),
               ("/Keywords", "Trefwoorden"), ("/Creator", "Gemaakt met"))
XMP_FIELDS = (("dc_creator", "Auteur (XMP)"), ("dc_title", "Titel (XMP)"), ("dc_description", "Beschrijving (XMP)"),
              ("dc_subject", "Trefwoorden (XMP)"), ("dc_contributor", "Bijdrager (XMP)"),
              ("dc_rights", "Rechten (XMP)"), ("pdf_keywords", "Trefwoorden (XMP)"))


def _values(value) -> list[str]:
    """A metadata value as texts: XMP gives lists (dc:creator) and language maps (dc:title)."""
    if value is None:
        return []
    if isinstance(value, dict):
        return [str(v) for v in value.values()]
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def _metadata(reader, parts: PartsBuilder) -> None:
    seen: set[str] = set()

    def add(label: str, values: list[str], software: bool = False) -> None:
        for value in values:
            value = " ".join(value.split())
            if value and value.lower() not in seen:
                seen.add(value.lower())
                parts.add(f"documenteigenschap {label}", [value], metadata=True, software=software)

    try:
        info = reader.metadata or {}
        for key, label in INFO_FIELDS:
            add(label, _values(info.get(key)), software=key == "/Creator")
    except Exception:  # noqa: BLE001 - damaged information dictionary: the pages are what matters
        parts.not_screened(0, "de documenteigenschappen (auteur, titel) zijn beschadigd en niet gecontroleerd")
    try:
        xmp = reader.xmp_metadata
    except Exception:  # noqa: BLE001
        xmp = None
        parts.not_screened(0, "de XMP-metadata van het document is beschadigd en niet gecontroleerd")
    if xmp is not None:
        for name, label in XMP_FIELDS:
            try:
                add(label, _values(getattr(xmp, name, None)))
            except Exception:  # noqa: BLE001
                parts.not_screened(0, f"de XMP-eigenschap {label} is beschadigd en niet gecontroleerd")


def _page_images(page, number: int, line: int, parts: PartsBuilder) -> int:
    """Keep the page's photos for screening; returns how many it has."""
    try:
        images = page.images
        count = len(images)
    except Exception:  # noqa: BLE001 - pypdf raises many kinds for odd image dictionaries
        parts.not_screened(line, f"de afbeeldingen op pagina {number} konden niet gelezen worden en zijn niet gecontroleerd")
        return 0
    for index in range(count):
        label = f"Afbeelding {index + 1} op pagina {number}"
        try:
            data = images[index].data
        except Exception:  # noqa: BLE001 - an image codec pypdf cannot decode (JBIG2, some JPEG 2000)
            parts.not_screened(line, f"{label} is in een formaat dat de screener niet kan lezen en is niet gecontroleerd")
            continue
        parts.image(data, label, line)
    return count


def _annotations(page, number: int, parts: PartsBuilder) -> None:
    """Sticky notes and other comments on the page (their text, and who wrote them)."""
    try:
        annotations = [a.get_object() for a in (page.get("/Annots") or [])]
    except Exception:  # noqa: BLE001
        parts.not_screened(0, f"de opmerkingen op pagina {number} zijn beschadigd en niet gecontroleerd")
        return
    for annotation in annotations:
        if not hasattr(annotation, "get") or annotation.get("/Subtype") in ("/Link", "/Widget", "/Popup"):
            continue  # a link's address is in the page text's context; form fields are read below
        author = " ".join(str(annotation.get("/T") or "").split())
        text = str(annotation.get("/Contents") or "")
        if author:
            parts.add(f"documenteigenschap Auteur van een opmerking op pagina {number}", [author], metadata=True)
        if text.strip():
            parts.add(f"opmerking op pagina {number}", text.split("\n"))


def _form_and_attachments(reader, parts: PartsBuilder) -> None:
    """What a filled-in form holds, and files attached to the PDF (which the screener cannot open)."""
    try:
        fields = reader.get_form_text_fields() or {}
    except Exception:  # noqa: BLE001
        fields = {}
        parts.not_screened(0, "de formuliervelden van de PDF zijn beschadigd en niet gecontroleerd")
    for value in fields.values():
        if value and str(value).strip():
            parts.add("formulierveld", str(value).split("\n"))
    try:
        attached = len(reader.attachments)
    except Exception:  # noqa: BLE001
        attached = 0
    if attached:
        parts.not_screened(0, f"de PDF heeft {attached} {'bijlage' if attached == 1 else 'bijlagen'} (ingesloten "
                              "bestanden); die zijn niet gecontroleerd")


def parse(path: Path, shown: str, data: bytes) -> PackedDocument:
    """The PDF in `data` as a document. Raises DocumentError (Dutch, naming the file)."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its repair notes are not for the user; we say what failed
    try:
        reader = PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception:  # noqa: BLE001 - pypdf has no single error type for a broken file
        raise DocumentError(f"{shown}: is geen leesbaar PDF-bestand (beschadigd of onvolledig); "
                            "exporteer of download het opnieuw") from None
    if encrypted:
        try:
            opened = reader.decrypt("")  # only restricted (printing, copying), no password to open it
        except Exception:  # noqa: BLE001 - also: the cipher needs a library that is not installed
            opened = 0
        if not opened:
            raise DocumentError(f"{shown}: de PDF is beveiligd met een wachtwoord en kan niet gecontroleerd "
                                "worden; sla een versie zonder wachtwoord op en screen die")
    parts = PartsBuilder()
    _metadata(reader, parts)
    try:
        pages = list(reader.pages)
    except Exception:  # noqa: BLE001
        raise DocumentError(f"{shown}: de pagina's van de PDF zijn beschadigd en kunnen niet gelezen worden") from None
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception:  # noqa: BLE001
            raise DocumentError(f"{shown}: pagina {number} van de PDF is beschadigd en kan niet gelezen worden; "
                                "exporteer de PDF opnieuw") from None
        line = parts.add(f"pagina {number}", text.split("\n"), numbered_lines=True)
        photos = _page_images(page, number, line, parts)
        _annotations(page, number, parts)
        if photos and not text.strip():
            parts.not_screened(line, f"pagina {number} heeft geen tekst maar een afbeelding (een scan?): tekst op die "
                                     "pagina is niet gelezen, alleen de foto's zijn gecontroleerd")
    _form_and_attachments(reader, parts)
    return parts.build(path, shown, "pdf")
