"""Reading a file as text, with a clear Dutch message for everything that can go wrong."""

from __future__ import annotations

from pathlib import Path

from screener.documents.model import DocumentError

MAX_TEXT_BYTES = 5 * 1024 * 1024  # a post is never this long; a file this big is not a post

_BINARY_MAGIC = {
    b"%PDF": "een PDF-bestand",
    b"PK\x03\x04": "een ZIP- of Office-bestand (docx, xlsx)",
    b"\xd0\xcf\x11\xe0": "een oud Office-bestand (doc, xls)",
    b"\x89PNG": "een afbeelding (PNG)",
    b"\xff\xd8\xff": "een afbeelding (JPEG)",
    b"GIF8": "een afbeelding (GIF)",
}


def read_text(path: Path, shown: str) -> str:
    """The file's text, or DocumentError naming the file and what to do."""
    try:
        if path.is_dir():
            raise DocumentError(f"{shown}: is een map, geen bestand (gebruik `screener scan` voor mappen)")
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise DocumentError(f"{shown}: bestand is te groot voor een bericht ({size // 1024 // 1024} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{shown}: bestand bestaat niet") from None
    except PermissionError:
        raise DocumentError(f"{shown}: geen toestemming om het bestand te lezen") from None
    except OSError as exc:
        raise DocumentError(f"{shown}: kan het bestand niet lezen ({exc.strerror})") from None
    if not data.strip():
        raise DocumentError(f"{shown}: bestand is leeg")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise DocumentError(f"{shown}: is {what}, geen tekst; sla het bericht op als tekst, Markdown of HTML")
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{shown}: is een binair bestand, geen tekst")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{shown}: is geen UTF-8-tekst (onleesbaar teken op positie {exc.start}); "
            "sla het bestand op als UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
