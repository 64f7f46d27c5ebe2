"""Who is in a photo, as the post or a file next to the photo declares it (no biometrics involved).

In the post's front matter, under any photo key (photos, fotos, images, ...)::

    photos:
      - src: foto/klas.jpg
        personen: [p-014, Sanne de Vries]   # ids or names from the consent list
      - src: foto/schoolplein.jpg
        personen: []                         # nobody recognisable in this photo

Or in a sidecar file next to the photo, `klas.jpg.personen.txt` or `klas.personen.txt`, one id or
name a line (`#` starts a comment). An empty sidecar declares: nobody is in it.
"""

from __future__ import annotations

import os
from pathlib import Path

from screener.documents import Document, ImageRef
from screener.documents.frontmatter import IMAGE_FIELDS, IMAGE_KEYS

PEOPLE_KEYS = ("personen", "people", "persons", "wie", "op_de_foto")
SIDECAR_SUFFIX = ".personen.txt"


def _same_photo(declared_src: str, image: ImageRef, base: Path) -> bool:
    if declared_src.strip() == image.src.strip():
        return True
    if image.path is None:
        return False
    candidate = base / declared_src.strip().lstrip("/")
    return os.path.normpath(candidate) == os.path.normpath(image.path)


def _names(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value)]


def declared_people(doc: Document, image: ImageRef) -> list[str] | None:
    """The ids/names the post's front matter declares for `image`; None when it says nothing about it."""
    for key in IMAGE_KEYS:
        entries = doc.meta.get(key)
        for entry in entries if isinstance(entries, list) else [entries]:
            if not isinstance(entry, dict):
                continue
            src = next((entry[f] for f in IMAGE_FIELDS if isinstance(entry.get(f), str)), None)
            if src is None or not _same_photo(src, image, doc.path.parent):
                continue
            params = entry.get("params") if isinstance(entry.get("params"), dict) else {}  # Hugo resources
            for where in (entry, params):
                for people_key in PEOPLE_KEYS:
                    if people_key in where:
                        return _names(where[people_key])
    return None


def sidecar_path(photo: Path) -> Path | None:
    for candidate in (photo.with_name(photo.name + SIDECAR_SUFFIX), photo.with_name(photo.stem + SIDECAR_SUFFIX)):
        if candidate.is_file():
            return candidate
    return None


def sidecar_people(photo: Path) -> list[str] | None:
    """The people a sidecar file next to the photo declares; None when there is no sidecar."""
    path = sidecar_path(photo)
    if path is None:
        return None
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]
