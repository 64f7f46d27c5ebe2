"""Face matching (opt-in): references kept privately, faces matched to the consent list."""

from __future__ import annotations

import datetime as dt
import stat
import sys
from pathlib import Path

import pytest

from screener.config import from_dict
from screener.consent import cache, consent_list
from screener.consent.matching import enroll
from screener.findings import Severity
from screener.post import PostContext

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "images"))
from image_helpers import FACES, MODEL, canvas, inside  # noqa: E402

NEXT_YEAR = (dt.date.today() + dt.timedelta(days=365)).isoformat()


def test_face_cache_file_is_readable_by_its_owner_only(tmp_path):
    target = tmp_path / "cache" / "gezichten.json"
    cache.save(target, tmp_path / "lijst.csv", {"p-1": [[0.0] * 128]})
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert cache.load(target)["p-1"][0][:2] == [0.0, 0.0]


def test_face_cache_inside_a_git_work_tree_is_refused(tmp_path):
    (tmp_path / "website" / ".git").mkdir(parents=True)
    cfg = from_dict({"consent": {"cache": str(tmp_path / "website" / "cache")}})
    with pytest.raises(cache.CacheError, match="git"):
        cache.cache_file(cfg, tmp_path / "lijst.csv")


def test_enroll_refuses_a_cache_inside_a_git_work_tree_and_writes_nothing(tmp_path):
    (tmp_path / ".git").mkdir()
    listed = tmp_path / "lijst.csv"
    listed.write_text("id;namen;rol;website\np-1;Sanne;leerling;ja\n", encoding="utf-8")
    cfg = from_dict({"consent": {"list": str(listed), "mode": "matching", "cache": str(tmp_path / "c")}})
    with pytest.raises(cache.CacheError):
        enroll(cfg, consent_list(cfg))
    assert not (tmp_path / "c").exists()


@pytest.fixture
def matching_setup(tmp_path):
    if not FACES.is_dir() or not MODEL.is_file():
        pytest.skip("../shared/data/faces of ../shared/models ontbreekt")
    pytest.importorskip("dlib", reason="gezichtsvergelijking vraagt dlib-bin")
    refs = tmp_path / "referenties"
    refs.mkdir()
    (refs / "obama.jpg").write_bytes((FACES / "obama/obama2.jpg").read_bytes())
    (refs / "biden.jpg").write_bytes((FACES / "biden/knn_examples__train__biden__biden2.jpg").read_bytes())
    listed = tmp_path / "lijst.csv"
    listed.write_text("id;namen;rol;website;geldig_tot;fotos\n"
                      f"m-1;Meester Bram;medewerker;ja;{NEXT_YEAR};referenties/obama.jpg\n"
                      f"m-2;Meester Jan;medewerker;nee;{NEXT_YEAR};referenties/biden.jpg\n", encoding="utf-8")
    cfg = from_dict({"images": {"model": str(MODEL)},
                     "consent": {"list": str(listed), "mode": "matching", "cache": str(tmp_path / "cache")}})
    return cfg, tmp_path


def test_matching_blocks_unknown_faces_and_faces_without_consent(matching_setup):
    from screener.images import screen_image

    cfg, folder = matching_setup
    result = enroll(cfg, consent_list(cfg))
    assert result.enrolled == {"m-1": 1, "m-2": 1}
    assert stat.S_IMODE(result.cache_file.stat().st_mode) == 0o600
    photo = folder / "drie.jpg"
    canvas((1500, 600), [("obama", 260, (60, 100)), ("biden", 260, (600, 100)), ("lin", 260, (1150, 100))]).save(photo)

    findings = screen_image(photo, "drie.jpg", config=cfg, post=PostContext("website", "medewerker"))

    by_place = sorted((f for f in findings if f.box), key=lambda f: f.box.x)
    assert [(f.rule, f.severity) for f in by_place] == [
        ("A5-GEZICHT", Severity.INFO),
        ("A5-GEZICHT-ZONDER-TOESTEMMING", Severity.ERROR),
        ("A5-GEZICHT-ONBEKEND", Severity.ERROR),
    ]
    assert inside(by_place[1].box, 600, 100, 260, 340) and "m-2" in by_place[1].message
    assert all("Meester" not in f.message for f in findings)
    assert all("0." not in str(f.to_dict().get("excerpt")) for f in findings)  # no embedding in a report
