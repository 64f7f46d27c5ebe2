"""The scan cache lives in a folder of its own: a folder the user names keeps every file and its mode."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from trust_helpers import run, state

OLD = time.time() - 60 * 86_400  # older than the 30 days after which the cache deletes its own entries


def _site(school: Path) -> dict[Path, tuple]:
    """A Hugo site whose data files look like what an earlier cache kept: old *.json files."""
    (school / "data" / "ab").mkdir(parents=True)
    (school / "content").mkdir()
    (school / "content" / "nieuws.md").write_text("Op donderdag vieren we kerst in de aula.\n", encoding="utf-8")
    for name in ("menu.json", "index-roosters.json", "data/ab/leerjaren.json", "data/teams.json"):
        (school / name).write_text('{"bewaren": true}\n', encoding="utf-8")
        os.utime(school / name, (OLD, OLD))
    os.chmod(school, 0o755)
    return {path: state(path) for path in [school, *school.rglob("*")] if ".git" not in path.parts}


def _unchanged(before: dict[Path, tuple]) -> None:
    for path, was in before.items():
        assert path.exists(), path
        if path.is_file():
            assert state(path) == was, path
        else:
            assert stat.S_IMODE(os.stat(path).st_mode) == stat.S_IMODE(was[1]), path


def test_the_site_folder_as_cache_dir_keeps_its_old_json_files_and_its_mode(school: Path) -> None:
    before = _site(school)
    for attempt in range(2):
        result = run("scan", "--no-progress", "--cache-dir", ".", "content")
        assert result.exit_code == 0, result.output
    assert "1 uit de cache" in result.stderr  # the cache works, in a folder of its own
    _unchanged(before)
    own = school / "screener-cache"
    assert (own / "CACHEDIR.TAG").is_file() and stat.S_IMODE(own.stat().st_mode) == 0o700


def test_cache_dir_in_the_configuration_keeps_the_site_as_it_was_too(school: Path) -> None:
    (school / "screener.toml").write_text('[scan]\ncache_dir = "."\n', encoding="utf-8")
    before = _site(school)
    before.pop(school)  # the folder gets the cache's own folder; its mode must stay
    result = run("scan", "--no-progress", ".")
    assert result.exit_code == 0, result.output
    _unchanged(before)
    assert stat.S_IMODE(school.stat().st_mode) == 0o755
    again = run("scan", "--no-progress", ".")
    assert "1 uit de cache, 0 nieuw" in again.stderr  # the cache's own folder is not screened as a post


def test_a_folder_by_the_caches_name_that_is_not_the_screeners_is_left_alone(school: Path) -> None:
    (school / "content").mkdir()
    (school / "content" / "nieuws.md").write_text("Kerst in de aula.\n", encoding="utf-8")
    theirs = school / "tmp" / "screener-cache"
    theirs.mkdir(parents=True)
    (theirs / "screener-findings.sqlite").write_text("van iemand anders\n", encoding="utf-8")
    before = {path: state(path) for path in [theirs, *theirs.iterdir()]}
    result = run("scan", "--no-progress", "--cache-dir", "tmp", "content")
    assert result.exit_code == 0, result.output
    assert "niet door de screener gemaakt" in result.stderr and "zonder cache" in result.stderr
    _unchanged(before)


def test_the_users_own_cache_folder_is_made_private(school: Path) -> None:
    (school / "post.txt").write_text("Kerst in de aula.\n", encoding="utf-8")
    assert run("scan", "--no-progress", "post.txt").exit_code == 0
    made = Path(os.environ["XDG_CACHE_HOME"]) / "screener"
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert stat.S_IMODE((made / "scan").stat().st_mode) == 0o700


def test_a_link_by_the_caches_name_is_not_followed(school: Path) -> None:
    (school / "post.txt").write_text("Kerst in de aula.\n", encoding="utf-8")
    (school / "elders").mkdir()
    (school / "gedeeld").mkdir()
    os.symlink(school / "elders", school / "gedeeld" / "screener-cache")
    result = run("scan", "--no-progress", "--cache-dir", "gedeeld", "post.txt")
    assert result.exit_code == 0, result.output
    assert "niet door de screener gemaakt" in result.stderr
    assert list((school / "elders").iterdir()) == []
