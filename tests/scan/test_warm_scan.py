"""A scan again soon after the last one: every file from the cache, nothing written to it, and the paths
shown as the user named the folder."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from screener.cli import main

NAME_IN = "2023/sport/tekenwedstrijd.md:3:15: error A2-NAAM"


def _scan(*args: str):
    return CliRunner().invoke(main, ["scan", "--no-progress", "--jobs", "1", *args], catch_exceptions=False)


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    return {path.name: (path.stat().st_size, path.stat().st_mtime_ns) for path in folder.iterdir()}


def test_a_scan_again_soon_after_answers_every_file_from_the_cache_and_writes_nothing_to_it(media: Path,
                                                                                           tmp_path: Path) -> None:
    first = _scan("--cache-dir", str(tmp_path / "c"), "media")
    second = _scan("--cache-dir", str(tmp_path / "c"), "media")
    before = _files(tmp_path / "c" / "screener-cache")

    third = _scan("--cache-dir", str(tmp_path / "c"), "media")

    assert "3 uit de cache, 0 nieuw gescreend" in third.stderr
    assert third.exit_code == first.exit_code == 1
    assert third.stdout == second.stdout == first.stdout
    assert _files(tmp_path / "c" / "screener-cache") == before  # the cache's files untouched


def test_paths_in_the_report_are_shown_below_the_folder_as_the_user_named_it(media: Path) -> None:
    for named, shown in (("media", "media/"), ("./media", "media/"), ("media/", "media/"), (str(media), f"{media}/"),
                         ("media/../media", "media/../media/")):
        result = _scan("--no-cache", named)
        assert f"{shown}{NAME_IN}" in result.stdout, (named, result.stdout)
    os.chdir(media)
    assert f"\n{NAME_IN}" in "\n" + _scan("--no-cache", ".").stdout


def test_a_folder_with_its_own_configuration_is_screened_with_it_and_the_others_with_theirs(media: Path) -> None:
    (media / "2023" / "sport" / "screener.toml").write_text('[allow]\nnames = ["Sanne de Vries"]\n', encoding="utf-8")
    (media / "2024" / "verslag.md").write_text("Sanne de Vries uit groep 5 won de tekenwedstrijd.\n",
                                               encoding="utf-8")
    result = _scan("--no-cache", "media")
    assert "tekenwedstrijd.md" not in result.stdout  # allowed there
    assert "media/2024/verslag.md:1:1: error A2-NAAM" in result.stdout  # not here
