"""Documents in: plain text, Markdown with front matter, HTML -> `Document`."""

from __future__ import annotations

from pathlib import Path

from screener.documents import html, markdown
from screener.documents.model import Comment, Document, DocumentError, ImageRef, OffsetMap
from screener.documents.reading import read_text

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mdx"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ""}
DOCUMENT_SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES

__all__ = ["Comment", "Document", "DocumentError", "ImageRef", "load", "from_text", "DOCUMENT_SUFFIXES"]


def _plain(path: Path, shown: str, source: str, root: Path | None = None) -> Document:
    return Document(path=path, display_path=shown, kind="text", source=source, text=source,
                    offsets=OffsetMap.identity())


READERS = {suffix: markdown.parse for suffix in MARKDOWN_SUFFIXES}
READERS.update({suffix: html.parse for suffix in HTML_SUFFIXES})


def from_text(path: Path, shown: str, source: str, root: Path | None = None) -> Document:
    """The post `source` (read from `path`, shown as `shown`). Raises only DocumentError, naming the file.

    root: the folder no photo reference may leave (default: see `references.site_root`).
    """
    reader = READERS.get(path.suffix.lower(), _plain)
    try:
        return reader(path, shown, source, root)
    except DocumentError:
        raise
    except RecursionError:
        raise DocumentError(f"{shown}: de opmaak is te diep genest om te lezen; vereenvoudig het bericht") from None
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the run; never quote the post
        raise DocumentError(f"{shown}: kon het bericht niet lezen (interne fout {type(exc).__name__}); "
                            "het is niet gecontroleerd. Meld dit aan de beheerder van de screener") from None


def load(path: Path, shown: str | None = None, root: Path | None = None) -> Document:
    """Read and parse a post. Raises DocumentError with a Dutch message naming the file."""
    shown = shown if shown is not None else str(path)
    return from_text(path, shown, read_text(path, shown), root)
