"""A face blocks a post only when it is human: a dog's face warns, a person's face still blocks.

Photos of animals may not be committed (their licence does not allow it): the dog test reads the
ImageNet sample from $SCREENER_EVAL_OTHERS (see eval/faces.py) and skips without it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from screener.cli import main
from screener.findings import Severity
from screener.images import faces, screen_image

from image_helpers import MODEL, WEBSITE, canvas, config

OTHERS = Path(os.environ.get("SCREENER_EVAL_OTHERS", "/nonexistent"))
DOGS = ["n02088364_beagle.JPEG", "n02100583_vizsla.JPEG", "n02093256_Staffordshire_bullterrier.JPEG"]


def test_every_pasted_face_of_a_class_photo_is_confirmed_human(faces_dir, tmp_path):
    placed = [(name, width, (40 + 230 * i, 60 + 260 * row)) for row, width in enumerate((60, 120))
              for i, name in enumerate(("obama", "biden", "lin", "alex"))]
    photo = tmp_path / "klas.jpg"
    canvas((1000, 600), placed).save(photo)
    cfg = config(tmp_path, [])

    findings = screen_image(photo, "klas.jpg", config=cfg, post=WEBSITE, declared=[])

    assert [f.rule for f in findings] == ["A5-NIET-BENOEMD"] * 8
    assert all(f.severity == Severity.ERROR for f in findings)


def test_a_face_that_is_not_confirmed_human_warns_and_is_not_counted_as_a_person(faces_dir, tmp_path, monkeypatch):
    photo = tmp_path / "kinderboerderij.jpg"
    canvas((1200, 600), [("obama", 220, (100, 150)), ("lin", 220, (800, 150))]).save(photo)
    cfg = config(tmp_path, ["p-014;Sanne de Vries;leerling;5b;ja;nee;ja;ja;2020-01-01;2099-01-01"])
    seen = faces.is_human
    monkeypatch.setattr(faces, "is_human", lambda detector, rgb, row, score: row[0] < 600 and seen(detector, rgb, row, score))

    findings = screen_image(photo, "kinderboerderij.jpg", config=cfg, post=WEBSITE, declared=["p-014"])

    by_rule = {f.rule: f for f in findings}
    assert sorted(by_rule) == ["A5-GEZICHT", "A5-MOGELIJK-GEEN-MENS"]  # one named pupil, one doubtful face
    doubtful = by_rule["A5-MOGELIJK-GEEN-MENS"]
    assert doubtful.severity == Severity.WARNING and doubtful.box.x > 600
    assert "Gezicht 2 van 2" in doubtful.message and "Gezicht 1 van 2" in by_rule["A5-GEZICHT"].message
    assert doubtful.extra["face"] == 2 and by_rule["A5-GEZICHT"].extra["face"] == 1


@pytest.mark.parametrize("dog", DOGS)
def test_a_post_with_a_photo_of_a_dog_is_not_blocked(dog, tmp_path):
    if not (OTHERS / dog).is_file() or not MODEL.is_file():
        pytest.skip("SCREENER_EVAL_OTHERS (de ImageNet-voorbeeldfoto's) of ../shared/models ontbreekt")
    with Image.open(OTHERS / dog) as original:  # the pixels only: one caption names the dog ("Bart")
        original.convert("RGB").save(tmp_path / "hond.jpg", quality=95)
    (tmp_path / "hond.md").write_text("# Onze schoolhond\n\n![De schoolhond](hond.jpg)\n", encoding="utf-8")
    (tmp_path / "screener.toml").write_text(f'[images]\nmodel = "{MODEL}"\n', encoding="utf-8")

    result = CliRunner().invoke(main, ["check", "--config", str(tmp_path / "screener.toml"), "--format", "json",
                                       str(tmp_path / "hond.md")])

    assert result.exit_code == 0, result.output
    assert "A5-MOGELIJK-GEEN-MENS" in result.output and "A5-NIET-BENOEMD" not in result.output


def test_a_pupil_named_in_the_post_without_consent_still_blocks_when_the_only_face_is_doubtful(
        faces_dir, tmp_path, monkeypatch):
    photo = tmp_path / "hond-en-kind.jpg"
    canvas((900, 600), [("obama", 220, (300, 150))]).save(photo)
    cfg = config(tmp_path, ["p-014;Sanne de Vries;leerling;5b;nee;nee;ja;ja;2020-01-01;2099-01-01"])
    monkeypatch.setattr(faces, "is_human", lambda detector, rgb, row, score: False)

    findings = screen_image(photo, "hond-en-kind.jpg", config=cfg, post=WEBSITE, declared=["p-014"])

    rules = sorted(f.rule for f in findings)
    assert rules == ["A5-GEZICHT-ZONDER-TOESTEMMING", "A5-MOGELIJK-GEEN-MENS"]
    assert next(f for f in findings if f.rule == "A5-GEZICHT-ZONDER-TOESTEMMING").severity == Severity.ERROR


def test_an_organisation_can_make_a_doubtful_face_block(faces_dir, tmp_path, monkeypatch):
    photo = tmp_path / "beeld.jpg"
    canvas((900, 600), [("lin", 220, (300, 150))]).save(photo)
    cfg = config(tmp_path, [], rules={"A5-MOGELIJK-GEEN-MENS": "error"})
    monkeypatch.setattr(faces, "is_human", lambda detector, rgb, row, score: False)

    findings = screen_image(photo, "beeld.jpg", config=cfg, post=WEBSITE, declared=[])

    assert [(f.rule, f.severity) for f in findings] == [("A5-MOGELIJK-GEEN-MENS", Severity.ERROR)]
