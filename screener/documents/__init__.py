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


def from_text(path: Path, shown: str, source: str) -> Document:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return markdown.parse(path, shown, source)
    if suffix in HTML_SUFFIXES:
        return html.parse(path, shown, source)
    return Document(path=path, display_path=shown, kind="text", source=source, text=source,
                    offsets=OffsetMap.identity())


def load(path: Path, shown: str | None = None) -> Document:
    """Read and parse a post. Raises DocumentError with a Dutch message naming the file."""
    shown = shown if shown is not None else str(path)
    return from_text(path, shown, read_text(path, shown))
