"""`screener clean` on photos it cannot read: exit 3, a Dutch line naming each such photo, and the
other photos are still cleaned (as `check` goes on with the other files)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from trust_helpers import run, state

ROOT = Path(__file__).resolve().parents[2]
GPS_PHOTO = ROOT / "samples" / "fotos" / "bus.jpg"


def test_clean_of_a_photo_it_cannot_read_exits_3_names_it_and_cleans_the_others(school: Path) -> None:
    (school / "kapot.jpg").write_bytes(b"dit is geen foto")
    (school / "half.jpg").write_bytes(GPS_PHOTO.read_bytes()[:3000])
    shutil.copy(GPS_PHOTO, school / "uitje.jpg")
    before = {name: state(school / name) for name in ("kapot.jpg", "half.jpg", "uitje.jpg")}

    result = run("clean", "kapot.jpg", "half.jpg", "nergens.jpg", "uitje.jpg")

    assert result.exit_code == 3, result.output
    assert "kapot.jpg: geen (leesbare) afbeelding" in result.stderr
    assert "half.jpg: de foto is onvolledig" in result.stderr
    assert "nergens.jpg: de foto bestaat niet" in result.stderr
    assert "uitje.jpg -> uitje.schoon.jpg: verwijderd: EXIF GPS" in result.stdout
    assert {name: state(school / name) for name in before} == before  # the originals are untouched
    assert sorted(p.name for p in school.iterdir() if p.is_file()) == [
        "half.jpg", "kapot.jpg", "uitje.jpg", "uitje.schoon.jpg"]  # no copy of what was not read, no temp file


def test_clean_of_only_good_photos_exits_0(school: Path) -> None:
    shutil.copy(GPS_PHOTO, school / "uitje.jpg")
    assert run("clean", "uitje.jpg").exit_code == 0


def test_clean_never_touches_a_file_named_like_its_temporary_copy(school: Path) -> None:
    shutil.copy(GPS_PHOTO, school / "uitje.jpg")
    (school / "uitje.schoon.jpg.tmp").write_bytes(b"een bestand van de juf")
    before = state(school / "uitje.schoon.jpg.tmp")
    assert run("clean", "uitje.jpg").exit_code == 0
    assert state(school / "uitje.schoon.jpg.tmp") == before
    assert not [p for p in school.iterdir() if p.name.startswith(".screener")]


def test_clean_with_vervang_replaces_the_photo_itself_and_leaves_nothing_else(school: Path) -> None:
    shutil.copy(GPS_PHOTO, school / "uitje.jpg")
    result = run("clean", "--vervang", "uitje.jpg")
    assert result.exit_code == 0, result.output
    assert run("check", "uitje.jpg").exit_code == 0  # the GPS position is gone from the photo itself
    assert sorted(p.name for p in school.iterdir() if p.is_file()) == ["uitje.jpg"]
    assert not os.path.exists(school / "uitje.schoon.jpg")
