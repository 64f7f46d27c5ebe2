"""Reading a file as text, with a clear Dutch message for everything that can go wrong."""

from __future__ import annotations

import codecs
import stat
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


# Unicode text with a byte-order mark: what Word's "Unicode text" and Windows PowerShell write.
# UTF-32 first: its little-endian mark begins with UTF-16's.
_TEXT_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def not_a_file(path: Path, shown: str) -> str:
    """Why `path` cannot be read as a file, or "". Reading a named pipe or a device would wait forever."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return ""  # the reader says what is wrong (missing, no permission)
    if stat.S_ISDIR(mode):
        return f"{shown}: is een map, geen bestand (gebruik `screener scan` voor mappen)"
    if not stat.S_ISREG(mode):
        return f"{shown}: is geen gewoon bestand (maar een pijp, apparaat of socket) en is niet gelezen"
    return ""


def read_text(path: Path, shown: str) -> str:
    """The file's text, or DocumentError naming the file and what to do."""
    return decode_text(read_bytes(path, shown), shown)


def read_bytes(path: Path, shown: str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """The file's bytes (at most `limit`), or DocumentError naming the file and what to do."""
    problem = not_a_file(path, shown)
    if problem:
        raise DocumentError(problem)
    try:
        size = path.stat().st_size
        if size > limit:
            raise DocumentError(f"{shown}: bestand is te groot voor een bericht ({size // 1024 // 1024} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(f"{shown}: bestand bestaat niet") from None
    except PermissionError:
        raise DocumentError(f"{shown}: geen toestemming om het bestand te lezen") from None
    except OSError as exc:
        raise DocumentError(f"{shown}: kan het bestand niet lezen ({exc.strerror})") from None


def decode_text(data: bytes, shown: str) -> str:
    """A post's bytes as text (UTF-8, or Unicode with a byte-order mark), or DocumentError naming the file."""
    if not data.strip():
        return ""  # nothing to publish, so nothing to screen (a Hugo section's empty _index.md)
    for bom, codec in _TEXT_BOMS:
        if data.startswith(bom):
            try:
                return _lines(data.decode(codec))
            except UnicodeDecodeError:
                raise DocumentError(f"{shown}: is geen leesbare {codec.upper()}-tekst; sla het bestand op als UTF-8") from None
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
    return _lines(text)


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
