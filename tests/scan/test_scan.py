"""`screener scan DIR`: a whole media folder, with a cache, per-file errors, links and loops."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

from click.testing import CliRunner

from scan_helpers import PUPIL_POST
from screener import config as config_module
from screener.cli import main
from screener.findings import Severity
from screener.pipeline import Overrides
from screener.scan import scan

NAME_AT = "media/2023/sport/tekenwedstrijd.md:3:15"


def _scan(*args: str):
    return CliRunner().invoke(main, ["scan", "--no-progress", *args], catch_exceptions=False)


def _cfg():
    return config_module.from_dict({})


def test_scan_finds_pupil_name_in_a_draft_deep_in_the_folder_with_two_jobs(media: Path) -> None:
    for week in range(1, 17):  # enough files for two worker processes
        (media / "2024" / f"weekbrief-{week:02d}.txt").write_text(
            f"In week {week} oefenen alle groepen voor de musical. De generale repetitie is op vrijdag.\n",
            encoding="utf-8")
    result = _scan("--jobs", "2", "--no-cache", "media")
    assert result.exit_code == 1, result.output
    assert f"{NAME_AT}: error A2-NAAM" in result.stdout
    assert "S**** d* V****" in result.stdout and "Sanne" not in result.stdout
    assert "in 19 bestanden" in result.stdout
    assert result.stdout == _scan("--jobs", "1", "--no-cache", "media").stdout


def test_unchanged_files_come_from_the_cache_and_a_changed_file_is_screened_again(media: Path) -> None:
    first = scan([Path("media")], _cfg(), jobs=1)
    assert (first.cached, first.screened) == (0, 3)
    ticks: list[str] = []
    second = scan([Path("media")], _cfg(), jobs=1, progress=ticks.append)
    assert (second.cached, second.screened) == (3, 0)
    assert sorted(ticks) == [r.path for r in second.files]  # the progress bar moves once per file
    assert second.findings == first.findings  # every field, as the reports show it

    (media / "2024" / "kerst.txt").write_text("Juf Anouk Jansen gaat met verlof.\n", encoding="utf-8")
    third = scan([Path("media")], _cfg(), jobs=1)
    assert (third.cached, third.screened) == (2, 1)
    assert any(f.path == "media/2024/kerst.txt" and f.rule == "A2-NAAM" for f in third.findings)


def test_a_photo_finding_from_the_cache_keeps_its_face_box_and_articles() -> None:
    from screener.findings import Box, Finding
    from screener.scan.cache import deserialise, serialise

    face = Finding(rule="A5-GEZICHT", severity=Severity.ERROR, path="media/plein.jpg", line=0, col=0,
                   message="Gezicht zonder toestemming.", box=Box(10, 20, 40, 44), protocol=("A5", "A7"),
                   avg="art. 9 AVG", fingerprint="ab12", extra={"person": "p-7", "distance": 0.41})
    [back] = deserialise(serialise([face]))
    assert back == face and back.box == Box(10, 20, 40, 44) and back.extra == {"person": "p-7", "distance": 0.41}


def test_touched_file_with_the_same_content_still_comes_from_the_cache(media: Path) -> None:
    scan([Path("media")], _cfg(), jobs=1)
    kerst = media / "2024" / "kerst.txt"
    kerst.write_bytes(kerst.read_bytes())  # saved again, unchanged
    again = scan([Path("media")], _cfg(), jobs=1)
    assert (again.cached, again.screened) == (3, 0)


def test_post_is_screened_again_when_the_photo_it_shows_changed(media: Path) -> None:
    from scan_helpers import photo

    (media / "2024" / "plein.md").write_text("Het nieuwe plein:\n\n![plein](plein.jpg)\n", encoding="utf-8")
    scan([Path("media")], _cfg(), jobs=1)
    photo(media / "2024" / "plein.jpg", colour=(200, 40, 40))
    again = scan([Path("media")], _cfg(), jobs=1)
    assert again.screened == 2  # the photo and the post that shows it
    assert again.cached == 2


def test_a_photo_a_post_shows_is_reported_once_with_that_post_also_from_the_cache(media: Path) -> None:
    from helpers import photo_with_gps

    photo_with_gps(media / "2024" / "uitje.jpg")
    (media / "2024" / "uitje.md").write_text("Het uitje:\n\n![uitje](uitje.jpg)\n", encoding="utf-8")
    for _ in ("cold", "from the cache"):
        result = _scan("--jobs", "1", "media")
        gps = [line for line in result.stdout.splitlines() if "A2-FOTO-GPS" in line]
        assert len(gps) == 1, result.stdout
        assert gps[0].startswith("media/2024/uitje.jpg: error A2-FOTO-GPS")
        assert "(foto getoond in media/2024/uitje.md:3:1)" in gps[0]
    assert "5 bestanden (5 uit de cache" in result.stderr


def test_a_broken_photo_a_post_shows_is_one_file_that_could_not_be_screened(media: Path) -> None:
    (media / "2024" / "kapot.jpg").write_bytes(b"\xff\xd8\xff\xe0 afgebroken")
    (media / "2024" / "uitje.md").write_text("Het uitje:\n\n![uitje](kapot.jpg)\n", encoding="utf-8")
    result = _scan("--jobs", "1", "--no-cache", "media")
    assert result.exit_code == 3
    assert result.stdout.count("media/2024/kapot.jpg: error E-AFBEELDING") == 1
    assert "1 bestand kon niet gescreend worden" in result.stdout


def test_changed_configuration_does_not_reuse_old_findings(media: Path) -> None:
    scan([Path("media")], _cfg(), jobs=1)
    switched_off = config_module.from_dict({"rules": {"A2-NAAM": "off"}})
    again = scan([Path("media")], switched_off, jobs=1)
    assert again.cached == 0
    assert not any(f.rule == "A2-NAAM" for f in again.findings)


def _cached(cache_dir: Path) -> list[tuple[str, int]]:
    """(findings as stored, last used) of every entry in the scan cache."""
    db = sqlite3.connect(cache_dir / "screener-findings.sqlite")
    try:
        return db.execute("SELECT findings, used FROM findings ORDER BY key").fetchall()
    finally:
        db.close()


def test_cache_is_private_and_holds_no_names(media: Path, tmp_path: Path) -> None:
    scan([Path("media")], _cfg(), jobs=1, cache_dir=tmp_path / "c")
    own = tmp_path / "c" / "screener-cache"
    assert len(_cached(own)) == 3  # the three files
    assert any("A2-NAAM" in stored for stored, _ in _cached(own))
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    files = [path for path in own.rglob("*") if path.is_file() and path.name not in ("CACHEDIR.TAG", ".gitignore")]
    assert {path.name for path in files} >= {"screener-findings.sqlite"}
    assert any(p.name.startswith("screener-index-") for p in files)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        data = path.read_bytes()
        assert b"Sanne" not in data and b"Vries" not in data


def test_cached_findings_unused_for_30_days_are_deleted(media: Path, tmp_path: Path) -> None:
    import time

    from screener.scan.cache import ScanCache

    scan([Path("media")], _cfg(), jobs=1, cache_dir=tmp_path / "c")
    cache_dir = tmp_path / "c" / "screener-cache"
    assert len(_cached(cache_dir)) == 3
    old = int(time.time() - 31 * 86_400)
    with sqlite3.connect(cache_dir / "screener-findings.sqlite") as db:  # not used for 31 days
        db.execute("UPDATE findings SET used = ?", (old,))
    db.close()
    (cache_dir / "screener-pruned").unlink()  # the last clean-up was long ago
    (media / "2023" / "sport" / "tekenwedstrijd.md").unlink()  # the post with the pupil's name is gone

    again = scan([Path("media")], _cfg(), jobs=1, cache_dir=tmp_path / "c")

    assert (again.cached, again.screened) == (2, 0)  # unchanged files: answered from the cache, so kept
    left = _cached(cache_dir)
    assert len(left) == 2 and all(used > old for _, used in left)
    assert not any("A2-NAAM" in stored for stored, _ in left)  # the gone post's findings are deleted
    assert ScanCache(cache_dir, "x").prune(30) == 0  # at most once a day


def test_a_damaged_cache_is_started_again_and_the_scan_goes_on(media: Path, tmp_path: Path) -> None:
    from screener.scan.cache import own_folder

    given = tmp_path / "c"
    cache_dir = own_folder(given)
    (cache_dir / "screener-findings.sqlite").write_bytes(b"dit is geen database" * 100)
    first = scan([Path("media")], _cfg(), jobs=1, cache_dir=given)
    assert (first.cached, first.screened) == (0, 3)
    assert any(f.rule == "A2-NAAM" for f in first.findings)
    for index in cache_dir.glob("screener-index-*.json"):
        index.unlink()  # the content cache alone must answer now
    again = scan([Path("media")], _cfg(), jobs=1, cache_dir=given)
    assert (again.cached, again.screened) == (3, 0)
    assert again.findings == first.findings

    (cache_dir / "screener-findings.sqlite").write_bytes(b"weer kapot" * 100)  # the index still knows the files
    third = scan([Path("media")], _cfg(), jobs=1, cache_dir=given)
    assert (third.cached, third.screened) == (0, 3)
    assert third.findings == first.findings


def test_broken_file_is_reported_and_the_scan_goes_on_with_exit_3(media: Path) -> None:
    (media / "2024" / "kapot.md").write_bytes(b"caf\xe9 \xff\xfe")
    result = _scan("media")
    assert result.exit_code == 3
    assert "media/2024/kapot.md: is geen UTF-8-tekst" in result.output
    assert f"{NAME_AT}: error A2-NAAM" in result.output


def test_file_that_vanishes_during_the_scan_is_one_message(media: Path, monkeypatch) -> None:
    from screener.scan.walk import walk as real_walk

    def walk_then_delete(root, **kwargs):
        found = real_walk(root, **kwargs)
        (media / "2024" / "kerst.txt").unlink()
        return found

    monkeypatch.setattr("screener.scan.find_media", walk_then_delete)
    result = scan([Path("media")], _cfg(), jobs=1)
    assert [r.error for r in result.errors] == ["media/2024/kerst.txt: bestand verdwenen tijdens het scannen"]
    assert any(f.rule == "A2-NAAM" for f in result.findings)


def test_unreadable_folder_is_named_and_the_rest_is_scanned(media: Path, monkeypatch) -> None:
    real_scandir = os.scandir
    locked = str(media / "2024")

    def scandir(path):
        if os.path.abspath(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = scan([Path("media")], _cfg(), jobs=1)
    assert [r.error for r in result.errors] == ["media/2024: map overgeslagen, geen leesrechten"]
    assert result.exit_code(Severity.ERROR) == 3
    assert any(f.rule == "A2-NAAM" for f in result.findings)


def test_linked_folders_are_skipped_unless_followed_and_a_loop_ends(media: Path) -> None:
    elsewhere = media.parent / "elders"
    elsewhere.mkdir()
    (elsewhere / "oud.md").write_text(PUPIL_POST, encoding="utf-8")
    (media / "archief").symlink_to(elsewhere)
    (media / "2023" / "lus").symlink_to(media)

    plain = scan([Path("media")], _cfg(), jobs=1)
    assert "media/archief/oud.md" not in {r.path for r in plain.files}

    followed = scan([Path("media")], _cfg(), jobs=1, follow_links=True)
    paths = [r.path for r in followed.files]
    assert "media/archief/oud.md" in paths
    assert len(paths) == len(set(paths)) == 4  # the loop media/2023/lus -> media added nothing twice
    assert any("media/2023/lus: overgeslagen" in n for n in followed.notices)


def test_json_and_sarif_reports_hold_the_finding(media: Path) -> None:
    as_json = json.loads(_scan("--format", "json", "media").stdout)
    assert [(f["path"], f["line"], f["rule"]) for f in as_json["findings"]] == [
        ("media/2023/sport/tekenwedstrijd.md", 3, "A2-NAAM")]
    sarif = json.loads(_scan("--format", "sarif", "media").stdout)
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["A2-NAAM"]


class _CrashInWorker(Overrides):
    """Overrides that kill the worker process that receives them, as an out-of-memory kill would."""

    def __reduce__(self):
        return (os._exit, (9,))


def test_a_worker_that_dies_is_reported_per_file_and_the_scan_ends(media: Path) -> None:
    for week in range(1, 17):
        (media / "2024" / f"weekbrief-{week:02d}.txt").write_text(f"Weekbrief {week}.\n", encoding="utf-8")
    result = scan([Path("media")], _cfg(), overrides=_CrashInWorker(), jobs=2, use_cache=False)
    assert len(result.files) == 19
    assert len(result.errors) == 19
    assert "een screenerproces stopte onverwacht" in result.errors[0].error
    assert "--jobs 1" in result.errors[0].error


def test_ctrl_c_stops_the_workers_at_once_with_exit_130(media: Path, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time
    import uuid

    import numpy as np
    from PIL import Image

    first = media / "2024" / "foto-000.jpg"  # 12 MP photos: minutes of work for two processes
    Image.fromarray(np.random.default_rng(1).integers(0, 255, (3000, 4000, 3), dtype=np.uint8)).save(first)
    for n in range(1, 120):
        os.link(first, media / "2024" / f"foto-{n:03d}.jpg")
    marker = f"screener-test-{uuid.uuid4()}"  # every process of this scan carries it in its environment
    cache = tmp_path / "scan-cache"
    scan_process = subprocess.Popen(
        [sys.executable, "-m", "screener", "scan", "--no-progress", "--jobs", "2", "--cache-dir", str(cache), "media"],
        env={**os.environ, "SCREENER_TEST_MARKER": marker}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # until the first screened photos are in the cache
            time.sleep(0.2)
            try:
                if _cached(cache / "screener-cache"):
                    break
            except sqlite3.Error:
                continue  # not made yet
        os.killpg(scan_process.pid, signal.SIGINT)  # Ctrl-C in a terminal reaches the whole process group
        _, err = scan_process.communicate(timeout=15)
    finally:
        if scan_process.poll() is None:
            os.killpg(scan_process.pid, signal.SIGKILL)
    assert scan_process.returncode == 130
    assert "onderbroken" in err.decode()

    def still_running() -> list[str]:
        found = []
        for environ in Path("/proc").glob("[0-9]*/environ"):
            try:
                if marker.encode() in environ.read_bytes():
                    found.append(environ.parent.name)
            except OSError:
                continue
        return found

    deadline = time.monotonic() + 5
    while still_running() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert still_running() == []
