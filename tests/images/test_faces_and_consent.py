"""A photo in which someone appears without consent for the channel is blocked, with the face's box."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PIL import Image

from screener.documents import from_text
from screener.findings import Severity
from screener.images import declared_people, screen_image

from image_helpers import WEBSITE, canvas, config, face, inside

NEXT_YEAR = (dt.date.today() + dt.timedelta(days=365)).isoformat()
LAST_YEAR = (dt.date.today() - dt.timedelta(days=365)).isoformat()
LONG_AGO = (dt.date.today() - dt.timedelta(days=730)).isoformat()


def row(person_id: str, name: str, website: str, until: str = NEXT_YEAR, since: str = LAST_YEAR) -> str:
    return f"{person_id};{name};leerling;5b;{website};nee;ja;ja;{since};{until}"


def errors(findings):
    return [f for f in findings if f.severity == Severity.ERROR]


def test_pupil_without_consent_for_website_blocks_with_face_box(faces_dir, tmp_path):
    photo = tmp_path / "klas.jpg"
    canvas((900, 600), [("obama", 200, (500, 150))]).save(photo)
    cfg = config(tmp_path, [row("p-014", "Sanne de Vries", "nee")])

    findings = screen_image(photo, "foto/klas.jpg", config=cfg, post=WEBSITE, declared=["p-014"])

    blocking = errors(findings)
    assert [f.rule for f in blocking] == ["A5-GEZICHT-ZONDER-TOESTEMMING"]
    assert blocking[0].path == "foto/klas.jpg"
    assert inside(blocking[0].box, 500, 150, 200, 260)
    assert "Gezicht 1 van 1" in blocking[0].message and "p-014" in blocking[0].message
    assert "Sanne" not in blocking[0].message  # reports are shared: the id, never the name


def test_declared_people_with_consent_pass(faces_dir, tmp_path):
    photo = tmp_path / "podium.jpg"
    canvas((1200, 600), [("obama", 220, (100, 150)), ("lin", 220, (800, 150))]).save(photo)
    cfg = config(tmp_path, [row("p-014", "Sanne de Vries", "ja"), row("p-015", "Daan Bakker", "ja")])

    findings = screen_image(photo, "podium.jpg", config=cfg, post=WEBSITE, declared=["p-014", "Daan Bakker"])

    assert errors(findings) == []
    faces = [f for f in findings if f.rule == "A5-GEZICHT"]
    assert len(faces) == 2 and all(f.severity == Severity.INFO for f in faces)
    assert inside(faces[0].box, 100, 150, 220, 300) and inside(faces[1].box, 800, 150, 220, 300)


def test_more_faces_than_declared_people_blocks_every_face(faces_dir, tmp_path):
    photo = tmp_path / "groep.jpg"
    canvas((1500, 600), [("obama", 200, (80, 120)), ("biden", 200, (620, 120)), ("lin", 200, (1180, 120))]).save(photo)
    cfg = config(tmp_path, [row("p-014", "Sanne de Vries", "ja")])

    findings = screen_image(photo, "groep.jpg", config=cfg, post=WEBSITE, declared=["p-014"])

    blocking = errors(findings)
    assert [f.rule for f in blocking] == ["A5-NIET-BENOEMD"] * 3
    assert "niet alle personen op de foto zijn benoemd" in blocking[0].message
    assert "Gezicht 1 van 3" in blocking[0].message and "Gezicht 3 van 3" in blocking[2].message
    assert inside(blocking[2].box, 1180, 120, 200, 260)


def test_expired_consent_blocks(faces_dir, tmp_path):
    photo = tmp_path / "vorig-jaar.jpg"
    canvas((800, 600), [("lin", 220, (300, 150))]).save(photo)
    cfg = config(tmp_path, [row("p-009", "Levi Smit", "ja", until=LAST_YEAR, since=LONG_AGO)])

    findings = screen_image(photo, "vorig-jaar.jpg", config=cfg, post=WEBSITE, declared=["p-009"])

    blocking = errors(findings)
    assert [f.rule for f in blocking] == ["A5-GEZICHT-ZONDER-TOESTEMMING"]
    assert "verlopen" in blocking[0].message


def test_sidecar_file_next_to_photo_declares_who_is_in_it(faces_dir, tmp_path):
    photo = tmp_path / "juf.jpg"
    canvas((800, 600), [("alex", 200, (300, 150))]).save(photo)
    (tmp_path / "juf.jpg.personen.txt").write_text("# wie staat erop\np-015\n", encoding="utf-8")
    cfg = config(tmp_path, [row("p-015", "Daan Bakker", "ja")])

    findings = screen_image(photo, "juf.jpg", config=cfg, post=WEBSITE)

    assert errors(findings) == []
    assert [f.rule for f in findings] == ["A5-GEZICHT"]


def test_face_without_any_consent_list_blocks(faces_dir, tmp_path):
    photo = tmp_path / "los.jpg"
    canvas((800, 600), [("biden", 220, (100, 100))]).save(photo)

    findings = screen_image(photo, "los.jpg", config=config(tmp_path), post=WEBSITE)

    assert [f.rule for f in errors(findings)] == ["A5-GEZICHT-ZONDER-TOESTEMMING"]
    assert "geen toestemmingslijst" in findings[0].message


def test_rotated_photo_is_read_upright_and_box_is_in_displayed_pixels(faces_dir, tmp_path):
    upright = canvas((600, 900), [("obama", 200, (60, 80))])  # face top left as displayed
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # how a phone held sideways stores it
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    photo = tmp_path / "gedraaid.jpg"
    stored.save(photo, exif=exif.tobytes())

    findings = screen_image(photo, "gedraaid.jpg", config=config(tmp_path), post=WEBSITE)

    faces = [f for f in findings if f.box]
    assert len(faces) == 1
    assert inside(faces[0].box, 60, 80, 200, 260)
    assert "linksboven" in faces[0].message


def test_class_photo_with_25_small_faces_finds_every_face(faces_dir, tmp_path):
    names = ["obama", "biden", "lin", "alex"]
    placed = [(names[(r * 5 + c) % 4], 40, (150 + c * 300, 120 + r * 180)) for r in range(5) for c in range(5)]
    photo = tmp_path / "klassenfoto.jpg"
    canvas((1600, 1050), placed).save(photo, quality=92)

    findings = screen_image(photo, "klassenfoto.jpg", config=config(tmp_path), post=WEBSITE)

    boxes = [f.box for f in findings if f.box]
    assert len(boxes) == 25
    assert all(any(inside(b, x, y, 40, 52) for b in boxes) for _, _, (x, y) in placed)
    assert "Gezicht 25 van 25" in findings[-1].message


def test_small_faces_in_a_12_megapixel_photo_are_found(faces_dir, tmp_path):
    placed = [("obama", 56, (400 + i * 700, 1400)) for i in range(5)]  # faces about 40 px: 1% of 4000
    photo = tmp_path / "schoolplein.jpg"
    canvas((4000, 3000), placed).save(photo, quality=90)

    findings = screen_image(photo, "schoolplein.jpg", config=config(tmp_path), post=WEBSITE)

    assert len([f for f in findings if f.box]) == 5


def test_small_faces_on_a_busy_background_in_a_12_megapixel_photo_are_all_found(faces_dir, tmp_path):
    from PIL import Image

    noise = Image.effect_noise((400, 300), 60).convert("RGB")
    photo_img = Image.blend(Image.linear_gradient("L").convert("RGB").resize((400, 300)), noise, 0.5).resize((4000, 3000))
    names = ["obama", "biden", "lin", "alex"]
    placed = [(names[(r + c) % 4], 58 + 4 * ((r * 3 + c) % 3), (200 + c * 470 + 30 * (r % 2), 300 + r * 650))
              for r in range(4) for c in range(8)]  # 32 faces of about 40 px: 1% of the longer side
    for name, width, at in placed:
        photo_img.paste(face(name, width), at)
    photo = tmp_path / "schoolplein-druk.jpg"
    photo_img.save(photo, quality=90)

    findings = screen_image(photo, "schoolplein-druk.jpg", config=config(tmp_path), post=WEBSITE)

    boxes = [f.box for f in findings if f.box]
    missed = [(x, y) for _, w, (x, y) in placed if not any(inside(b, x, y, w, int(w * 1.3)) for b in boxes)]
    assert missed == []
    assert len(boxes) == len(placed)


def test_missing_face_model_is_an_error_not_a_pass(faces_dir, tmp_path):
    photo = tmp_path / "foto.jpg"
    canvas((400, 300), []).save(photo)
    cfg = config(tmp_path, images={"model": str(tmp_path / "weg.onnx")})

    findings = screen_image(photo, "foto.jpg", config=cfg, post=WEBSITE)

    assert [f.rule for f in findings] == ["E-GEZICHTMODEL"]
    assert findings[0].severity == Severity.ERROR


def test_front_matter_names_the_people_in_each_photo(tmp_path):
    post = tmp_path / "bericht.md"
    source = ("---\ntitle: Sportdag\nphotos:\n  - src: foto/klas.jpg\n    personen: [p-014, Sanne de Vries]\n"
              "  - src: foto/plein.jpg\n    personen: []\n---\n\nTekst.\n\n![Podium](foto/podium.jpg)\n")
    doc = from_text(post, "bericht.md", source)
    by_src = {ref.src: declared_people(doc, ref) for ref in doc.images}
    assert by_src == {"foto/klas.jpg": ["p-014", "Sanne de Vries"], "foto/plein.jpg": [], "foto/podium.jpg": None}


def test_referenced_photo_finding_says_where_in_the_post(faces_dir, tmp_path):
    photo = tmp_path / "klas.jpg"
    canvas((800, 600), [("obama", 200, (300, 150))]).save(photo)

    findings = screen_image(photo, "klas.jpg", config=config(tmp_path), post=WEBSITE, referenced_at="nieuws/sportdag.md:12:3")

    assert "foto getoond in nieuws/sportdag.md:12:3" in findings[0].message
    assert findings[0].extra["referenced_at"] == "nieuws/sportdag.md:12:3"


def test_importing_the_image_stage_loads_no_face_model():
    code = ("import sys, screener.images, screener.consent; "
            "assert 'cv2' not in sys.modules and 'dlib' not in sys.modules, sorted(sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
