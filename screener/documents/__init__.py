"""Documents in: plain text, Markdown with front matter, HTML, PDF, Word (.docx), calendar and contact exports
(.ics, .vcf) -> `Document`."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from screener.documents import exports, html, markdown
from screener.documents.model import Comment, Document, DocumentError, ImageRef, OffsetMap
from screener.documents.reading import decode_text, read_bytes

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mdx"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
PACKED_SUFFIXES = {".pdf": 100 * 1024 * 1024, ".docx": 100 * 1024 * 1024}  # -> the largest file read
# What a site publishes that the screener has no reader for: reported as not screened, never passed in silence.
NO_READER_SUFFIXES = {".doc": "een oud Word-bestand (.doc)", ".odt": "een OpenDocument-tekst (.odt)",
                      ".rtf": "een RTF-bestand", ".pptx": "een PowerPoint-presentatie", ".ppt": "een PowerPoint-presentatie",
                      ".xlsx": "een Excel-werkmap", ".xls": "een Excel-werkmap", ".ods": "een OpenDocument-rekenblad",
                      ".odp": "een OpenDocument-presentatie"}
DOCUMENT_SUFFIXES = (MARKDOWN_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES | exports.SUFFIXES | set(PACKED_SUFFIXES)
                     | set(NO_READER_SUFFIXES))

__all__ = ["Comment", "Document", "DocumentError", "ImageRef", "NoReader", "load", "from_bytes", "from_text",
           "DOCUMENT_SUFFIXES"]


class NoReader(DocumentError):
    """A format the screener has no reader for: not screened, a warning unless [images] unreadable = "error"."""

    def __init__(self, shown: str, reason: str) -> None:
        super().__init__(f"{shown}: {reason}")
        self.reason = reason  # the message without the file name, for a finding that names the file already


def _no_reader(suffix: str, shown: str) -> NoReader:
    return NoReader(shown, f"dit is {NO_READER_SUFFIXES[suffix]}; dat formaat kan de screener niet lezen, dus het "
                           "is niet gecontroleerd. Bekijk het zelf, of sla het op als PDF of Word-document (.docx)")


def _plain(path: Path, shown: str, source: str, root: Path | None = None) -> Document:
    if exports.has_export(source):  # a calendar or contact export pasted into the post: read as one
        return exports.in_text(path, shown, source)
    return Document(path=path, display_path=shown, kind="text", source=source, text=source,
                    offsets=OffsetMap.identity())


READERS = {suffix: markdown.parse for suffix in MARKDOWN_SUFFIXES}
READERS.update({suffix: html.parse for suffix in HTML_SUFFIXES})
READERS.update({suffix: exports.in_file for suffix in exports.SUFFIXES})


def _guarded(shown: str, read: Callable[[], Document]) -> Document:
    """`read()`, raising only DocumentError: a reader bug must not stop the run, and never quotes the post."""
    try:
        return read()
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(f"{shown}: de opmaak is te diep genest om te lezen; vereenvoudig het bericht") from None
    except Exception as exc:  # noqa: BLE001
        raise DocumentError(f"{shown}: kon het bericht niet lezen (interne fout {type(exc).__name__}); "
                            "het is niet gecontroleerd. Meld dit aan de beheerder van de screener") from None


def from_text(path: Path, shown: str, source: str, root: Path | None = None) -> Document:
    """The post `source` (read from `path`, shown as `shown`). Raises only DocumentError, naming the file.

    root: the folder no photo reference may leave (default: see `references.site_root`).
    """
    reader = READERS.get(path.suffix.lower(), _plain)
    return _guarded(shown, lambda: reader(path, shown, source, root))


def from_bytes(name: str, data: bytes, shown: str | None = None, root: Path | None = None) -> Document:
    """A post in any supported format from its bytes, in memory (an upload, a staged file); `name`'s
    suffix picks the reader. Raises DocumentError with a Dutch message naming the file."""
    path = Path(name)
    shown = shown if shown is not None else name
    suffix = path.suffix.lower()
    if suffix in NO_READER_SUFFIXES:
        raise _no_reader(suffix, shown)
    if suffix == ".pdf":
        from screener.documents import pdf

        return _guarded(shown, lambda: pdf.parse(path, shown, data))
    if suffix == ".docx":
        from screener.documents import docx

        return _guarded(shown, lambda: docx.parse(path, shown, data))
    return from_text(path, shown, decode_text(data, shown), root)


def load(path: Path, shown: str | None = None, root: Path | None = None) -> Document:
    """Read and parse a post. Raises DocumentError with a Dutch message naming the file."""
    shown = shown if shown is not None else str(path)
    if path.suffix.lower() in NO_READER_SUFFIXES:
        raise _no_reader(path.suffix.lower(), shown)
    limit = PACKED_SUFFIXES.get(path.suffix.lower())
    data = read_bytes(path, shown, limit) if limit else read_bytes(path, shown)
    return from_bytes(str(path), data, shown, root)
