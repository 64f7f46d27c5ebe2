"""Probe: no command deletes or rewrites a file it did not create unless asked for exactly that:
bytes, mode and modification time of every file in the site are the same after `-o` at an input
(directly, through a symlink, through `..`), `--cache-dir` at the site itself, a baseline pointed at
a post, `fix` and `clean` beside a file that already exists."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from trust_helpers import NUMBERS_POST, run

ROOT = Path(__file__).resolve().parents[2]
OPINION = ("---\nchannel: persoonlijk\nauthor_role: medewerker\n---\n"
           "Lithora bezuinigt op muziek.\n\nDat vind ik jammer voor de kinderen.\n")
OLD = 1_577_836_800  # 2020-01-01: older than any cache's clean-up age


def _everything(folder: Path) -> dict[str, tuple]:
    """What a user would notice of each file and folder: bytes, mode, modification time (of files),
    link target."""
    seen = {}
    for path in sorted(folder.rglob("*")):
        if "cache-home" in path.parts or "screener-cache" in path.parts or ".git" in path.parts:
            continue
        info = os.lstat(path)
        content = os.readlink(path) if path.is_symlink() else path.read_bytes() if path.is_file() else None
        mtime = None if path.is_dir() and not path.is_symlink() else info.st_mtime_ns  # a new cache folder is fine
        seen[str(path.relative_to(folder))] = (content, info.st_mode, mtime)
    info = os.stat(folder)
    seen["."] = (None, info.st_mode, None)
    return seen


@pytest.fixture
def site(school: Path) -> Path:
    (school / "post.md").write_text(NUMBERS_POST, encoding="utf-8")
    (school / "mening.md").write_text(OPINION, encoding="utf-8")
    (school / "data").mkdir()
    (school / "data" / "menu.json").write_text('{"maandag": "soep"}\n', encoding="utf-8")
    (school / "data" / "oud.sqlite").write_bytes(b"SQLite format 3\x00 van de site zelf")
    for path in (school / "data" / "menu.json", school / "data" / "oud.sqlite"):
        os.utime(path, (OLD, OLD))
    os.symlink("post.md", school / "snelkoppeling.md")
    return school


@pytest.mark.parametrize("target", ["post.md", "snelkoppeling.md", "../{name}/post.md", "./data/../post.md"])
@pytest.mark.parametrize("command", ["check", "scan"])
def test_a_report_aimed_at_a_screened_post_is_refused_and_the_post_is_untouched(site: Path, command: str,
                                                                               target: str) -> None:
    before = _everything(site)
    args = ["post.md"] if command == "check" else ["--no-progress", "--jobs", "1", "."]
    result = run(command, "-o", target.format(name=site.name), *args)
    assert result.exit_code == 2, result.output
    assert "het rapport zou een gescreend bestand overschrijven" in result.output
    assert _everything(site) == before


@pytest.mark.parametrize("cache_dir", [".", "data"])
def test_a_cache_dir_in_the_site_leaves_every_file_of_the_site_as_it_was(site: Path, cache_dir: str) -> None:
    before = _everything(site)
    for _ in range(2):  # the second run reads the cache and cleans it up
        result = run("scan", "--no-progress", "--jobs", "2", "--cache-dir", cache_dir, ".")
        assert result.exit_code == 1, result.output
    assert _everything(site) == before


def test_a_baseline_aimed_at_a_post_is_refused_and_the_post_is_untouched(site: Path) -> None:
    before = _everything(site)
    result = run("baseline", "create", "--reason", "oud", "--expires", "2099-12-31", "--baseline", "mening.md",
                 "post.md")
    assert result.exit_code == 2
    assert "mening.md" in result.output
    assert _everything(site) == before


def test_fix_never_overwrites_an_existing_copy_of_the_user(site: Path) -> None:
    (site / "mening.verbeterd.md").write_text("mijn eigen versie\n", encoding="utf-8")
    before = _everything(site)
    result = run("fix", "mening.md")
    assert result.exit_code == 2
    assert "mening.verbeterd.md bestaat al" in result.output
    assert _everything(site) == before


def test_fix_in_place_through_a_symlink_keeps_the_link_and_backs_up_the_post(site: Path) -> None:
    os.symlink("mening.md", site / "link-mening.md")
    original = (site / "mening.md").read_bytes()
    result = run("fix", "--in-place", "link-mening.md")
    assert result.exit_code == 0, result.output
    assert (site / "link-mening.md").is_symlink()
    assert "op persoonlijke titel" in (site / "mening.md").read_text(encoding="utf-8")
    assert (site / "link-mening.md.bak").read_bytes() == original


@pytest.fixture
def photo(site: Path) -> Path:
    shutil.copy(ROOT / "samples" / "fotos" / "bus.jpg", site / "uitje.jpg")
    return site / "uitje.jpg"


def test_clean_never_overwrites_an_existing_clean_copy(site: Path, photo: Path) -> None:
    (site / "uitje.schoon.jpg").write_bytes(b"de foto die de juf zelf heeft bijgesneden")
    before = _everything(site)
    result = run("clean", "uitje.jpg")
    assert result.exit_code == 2
    assert "uitje.schoon.jpg: bestaat al" in result.output
    assert _everything(site) == before


def test_clean_into_a_folder_leaves_a_photo_already_there_and_cleans_the_others(site: Path, photo: Path) -> None:
    shutil.copy(photo, site / "tweede.jpg")
    (site / "schoon").mkdir()
    (site / "schoon" / "uitje.jpg").write_bytes(b"al eerder gemaakt")
    result = run("clean", "-o", "schoon", "uitje.jpg", "tweede.jpg")
    assert result.exit_code == 2
    assert (site / "schoon" / "uitje.jpg").read_bytes() == b"al eerder gemaakt"
    assert "tweede.jpg -> schoon/tweede.jpg: verwijderd: EXIF GPS" in result.output


def test_clean_with_blurring_never_overwrites_an_existing_file(site: Path, photo: Path) -> None:
    (site / "vaag.jpg").write_bytes(b"iets anders")
    before = _everything(site)
    result = run("clean", "--vervaag", "-o", "vaag.jpg", "uitje.jpg")
    assert result.exit_code == 2
    assert _everything(site) == before


def test_clean_of_a_symlink_to_a_system_file_reads_nothing_and_says_so(site: Path) -> None:
    os.symlink("/etc/passwd", site / "foto.jpg")
    result = run("clean", "foto.jpg")
    assert result.exit_code == 3
    assert "foto.jpg: geen (leesbare) afbeelding" in result.output and "root:" not in result.output
    assert not (site / "foto.schoon.jpg").exists()


def test_fix_on_a_post_whose_front_matter_cannot_be_read_says_so_and_leaves_it(site: Path) -> None:
    (site / "kapot.md").write_text("---\nchannel: persoonlijk\nauthor_role: [medewerker\n---\nLithora bezuinigt.\n",
                                   encoding="utf-8")
    before = _everything(site)
    result = run("fix", "--in-place", "kapot.md")
    assert result.exit_code == 2
    assert "kapot.md:3" in result.output and "niets te verbeteren" not in result.output
    assert _everything(site) == before
