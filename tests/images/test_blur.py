"""`screener clean --vervaag`: the faces without consent become unrecognisable in a copy; the original stays."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from image_helpers import MODEL, canvas

from screener.cli import main
from screener.images.faces import detect_faces
from screener.images.metadata import read_metadata
from screener.images.opening import open_photo

CONSENT_HEADER = "id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"
TWO = [("obama", 220, (80, 120)), ("biden", 220, (620, 120))]


def _faces(path: Path):
    photo = open_photo(path, max_megapixels=100)
    return detect_faces(photo.image, photo.size, model=MODEL)


def _school(tmp_path: Path, faces_dir, rows: list[str]) -> Path:
    (tmp_path / "toestemming.csv").write_text(CONSENT_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    (tmp_path / "screener.toml").write_text(f'[images]\nmodel = "{MODEL}"\n[consent]\nlist = "toestemming.csv"\n',
                                            encoding="utf-8")
    photo = tmp_path / "klas.jpg"
    img = canvas((960, 560), TWO)
    exif = img.getexif()
    exif[0x013B] = "Fotograaf Jansen"  # EXIF Artist
    img.save(photo, quality=92, exif=exif)
    return photo


def _run(tmp_path: Path, *args: str):
    """`screener clean ARGS` run in `tmp_path`, where the school's screener.toml is."""
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        return CliRunner().invoke(main, ["clean", *args], catch_exceptions=False)
    finally:
        os.chdir(old)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_photo_whose_people_are_not_named_gets_every_face_blurred_and_no_metadata(tmp_path, faces_dir):
    photo = _school(tmp_path, faces_dir, ["p-1;Sanne de Vries;leerling;5;ja;ja;ja;ja;;"])
    before = _digest(photo)
    assert len(_faces(photo)) == 2

    result = _run(tmp_path, "--vervaag", "klas.jpg")

    assert result.exit_code == 0, result.output
    assert "vervaagd: 2 van 2 gezichten" in result.output and "EXIF Artist" in result.output
    copy = tmp_path / "klas.schoon.jpg"
    assert _faces(copy) == []
    from PIL import Image

    with Image.open(copy) as img:
        assert read_metadata(img) == [] and not img.getexif()
    assert _digest(photo) == before


def test_faces_of_named_people_with_consent_stay_and_nothing_is_blurred(tmp_path, faces_dir):
    photo = _school(tmp_path, faces_dir, ["p-1;Sanne de Vries;leerling;5;ja;ja;ja;ja;;",
                                          "p-2;Daan Bakker;leerling;5;ja;ja;ja;ja;;"])
    (tmp_path / "klas.jpg.personen.txt").write_text("p-1\np-2\n", encoding="utf-8")

    result = _run(tmp_path, "--vervaag", "klas.jpg", "-o", "kopie.jpg")

    assert result.exit_code == 0, result.output
    assert "vervaagd: 0 van 2 gezichten" in result.output
    assert len(_faces(tmp_path / "kopie.jpg")) == 2
    assert photo.exists()


def test_behoud_keeps_the_numbered_face_and_blurs_the_other(tmp_path, faces_dir):
    _school(tmp_path, faces_dir, [])

    result = _run(tmp_path, "--vervaag", "--behoud", "1", "klas.jpg")

    assert result.exit_code == 0, result.output
    left = _faces(tmp_path / "klas.schoon.jpg")
    assert len(left) == 1 and left[0].box.x < 480  # face 1 is the left one (reading order)


def test_a_folder_is_blurred_photo_by_photo_into_the_output_folder_and_a_bad_photo_is_named(tmp_path, faces_dir):
    _school(tmp_path, faces_dir, [])
    (tmp_path / "fotos" / "juni").mkdir(parents=True)
    (tmp_path / "klas.jpg").rename(tmp_path / "fotos" / "juni" / "klas.jpg")
    (tmp_path / "fotos" / "kapot.jpg").write_bytes(b"\xff\xd8\xff\xe0 afgebroken")

    result = _run(tmp_path, "--vervaag", "fotos", "-o", "schoon")

    assert result.exit_code == 3
    assert "kapot.jpg" in result.output
    assert _faces(tmp_path / "schoon" / "juni" / "klas.jpg") == []
    assert sorted(p.name for p in (tmp_path / "fotos").rglob("*")) == ["juni", "kapot.jpg", "klas.jpg"]


def test_behoud_without_vervaag_or_for_a_folder_is_a_usage_error(tmp_path):
    (tmp_path / "map").mkdir()
    assert _run(tmp_path, "--behoud", "1", "x.jpg").exit_code == 2
    assert _run(tmp_path, "--vervaag", "--behoud", "1", "map").exit_code == 2



def test_in_matching_mode_the_consent_list_chooses_and_only_the_face_with_consent_stays(tmp_path, faces_dir):
    pytest.importorskip("dlib", reason="gezichtsvergelijking vraagt dlib-bin")
    year = (dt.date.today() + dt.timedelta(days=365)).isoformat()
    (tmp_path / "obama.jpg").write_bytes((faces_dir / "obama/obama2.jpg").read_bytes())
    (tmp_path / "biden.jpg").write_bytes((faces_dir / "biden/knn_examples__train__biden__biden2.jpg").read_bytes())
    (tmp_path / "lijst.csv").write_text("id;namen;rol;website;geldig_tot;fotos\n"
                                        f"m-1;Meester Bram;medewerker;ja;{year};obama.jpg\n"
                                        f"m-2;Meester Jan;medewerker;nee;{year};biden.jpg\n", encoding="utf-8")
    (tmp_path / "screener.toml").write_text(
        f'[images]\nmodel = "{MODEL}"\n[consent]\nlist = "lijst.csv"\nmode = "matching"\ncache = "{tmp_path / "cache"}"\n',
        encoding="utf-8")
    canvas((1500, 600), [("obama", 260, (60, 100)), ("biden", 260, (600, 100)), ("lin", 260, (1150, 100))]).save(
        tmp_path / "drie.jpg", quality=92)
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert CliRunner().invoke(main, ["consent", "enroll"], catch_exceptions=False).exit_code == 0
    finally:
        os.chdir(old)

    result = _run(tmp_path, "--vervaag", "--behoud", "2,3", "drie.jpg")  # --behoud does not overrule the list

    assert result.exit_code == 0, result.output
    assert "vervaagd: 2 van 3 gezichten" in result.output
    left = _faces(tmp_path / "drie.schoon.jpg")
    assert len(left) == 1 and left[0].box.x < 400  # the face with consent for the website (m-1)
