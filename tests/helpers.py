"""Small helpers shared by the tests."""

from __future__ import annotations

from pathlib import Path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def photo_with_gps(path: Path) -> Path:
    """A photo whose EXIF holds a GPS position and a maker's name."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x013B] = "Marieke Jansen"  # Artist
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (52.0, 5.0, 30.0), 3: "E", 4: (5.0, 7.0, 12.0)})
    Image.new("RGB", (320, 240), (90, 140, 200)).save(path, exif=exif.tobytes(), quality=90)
    return path


def reported_at(result, name: str, text: str, needle: str, rule: str = "A2-NAAM", severity: str = "error") -> bool:
    """Does `screener check`'s output have a `severity rule` finding for file `name` at the line and
    column where `needle` first stands in `text`?"""
    line = next(i for i, row in enumerate(text.splitlines(), 1) if needle in row)
    col = text.splitlines()[line - 1].index(needle) + 1
    return f"{name}:{line}:{col}: {severity} {rule}" in result.output
