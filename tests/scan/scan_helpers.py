"""Helpers for the scan tests: posts and photos a school's media folder holds."""

from __future__ import annotations

from pathlib import Path

PUPIL_POST = "Vandaag heeft Sanne de Vries uit groep 5 de tekenwedstrijd gewonnen. Wat een mooie tekening!\n"
CLEAN_POST = "Op donderdag vieren we kerst in de aula. Alle groepen zingen een lied.\n"


def photo(path: Path, colour=(90, 140, 200), size=(320, 240)) -> Path:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path)
    return path
