"""A front matter that cannot be read stops that post (exit 3, file and line named), never the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import write

BSN_POST = "Haar BSN is 111222333, zie de administratie.\n"

BROKEN = [
    ("channel: schoolaccount\ntags: [voorlezen\n", 3),  # a missing ]
    ("title: Feest\ndate: 2025-02-30\n", 3),  # a day that does not exist
    ("date: 2025-01-10 25:00:00\n", 2),  # an hour of 25
    ("weight: !!int abc\n", 2),
    ("null: leeg\n", 2),
    ("true: waar\n", 2),
    ("1: een\n", 2),
    ("title: !!python/object/apply:os.system [ls]\n", 2),
    ("title: 'niet afgesloten\n", 2),
    ("\ttitle: tab\n", 2),
    ("- een lijst\n- geen sleutels\n", 2),
    ("<<: *onbekend\n", 2),
    ("channel: website\ntitle: Feest\nchannel: persoonlijk\n", 4),  # which one counts differs per generator
]


@pytest.mark.parametrize("front, line", BROKEN)
def test_an_unreadable_front_matter_is_an_error_at_its_line_and_the_other_files_are_still_screened(
        site: Path, screener, front: str, line: int) -> None:
    write(site / "kapot.md", f"---\n{front}---\nEen gewoon bericht over het voorleesfeest.\n")
    write(site / "ander.txt", BSN_POST)
    result = screener("check", "kapot.md", "ander.txt")
    assert result.exit_code == 3, result.output
    assert f"kapot.md:{line}: de front matter is niet te lezen" in result.output
    assert "ander.txt:1:13: error A2-BSN" in result.output
    assert "Traceback" not in result.output


def test_a_front_matter_that_is_never_closed_is_named_not_screened_as_text(site: Path, screener) -> None:
    write(site / "open.md", "---\nchannel: schoolaccount\nHier begint het bericht.\n")
    result = screener("check", "open.md")
    assert result.exit_code == 3
    assert "open.md:1: de front matter wordt niet afgesloten" in result.output


def test_a_yaml_alias_bomb_in_the_consent_keys_is_refused_quickly(site: Path, screener) -> None:
    levels = ["a: &a [\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\",\"ja\"]"]
    for i, name in enumerate("bcdefghi"):
        previous = "abcdefghi"[i]
        levels.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    bomb = "\n".join(levels) + "\ntoestemming: *i\nphotos:\n  - src: klas.jpg\n    personen: *i\n"
    write(site / "bom.md", f"---\n{bomb}\n---\nHallo.\n")
    result = screener("check", "bom.md")
    assert result.exit_code == 3
    assert "bom.md:2: de front matter is niet te lezen" in result.output
    assert "verwijzingen" in result.output


def test_a_front_matter_with_a_few_aliases_is_read(site: Path, screener) -> None:
    write(site / "alias.md", "---\nkanaal: &k schoolaccount\nchannel: *k\ntitle: Sportdag\n---\n"
                             "Op vrijdag is de sportdag voor alle groepen.\n")
    result = screener("check", "alias.md")
    assert result.exit_code == 0, result.output


def test_a_toml_front_matter_is_read_and_its_title_screened_at_its_place(site: Path, screener) -> None:
    write(site / "hugo.md", '+++\ntitle = "Daan Bakker wint"\nchannel = "website"\n+++\nEen mooie dag.\n')
    result = screener("check", "hugo.md")
    assert result.exit_code == 1, result.output
    assert "hugo.md:2:10: error A2-NAAM" in result.output


def test_a_broken_toml_front_matter_is_an_error_at_its_line(site: Path, screener) -> None:
    write(site / "hugo.md", '+++\ntitle = "Feest"\nchannel = \n+++\nEen mooie dag.\n')
    result = screener("check", "hugo.md")
    assert result.exit_code == 3
    assert "hugo.md:3: de front matter is niet te lezen" in result.output


def test_scan_with_its_cache_and_two_jobs_reports_a_broken_front_matter_and_goes_on(site: Path, screener) -> None:
    for week in range(12):
        write(site / "posts" / f"week{week:02d}.md", f"In week {week} oefenen alle groepen voor de musical.\n")
    write(site / "posts" / "datum.md", "---\ndate: 2025-02-30\n---\nHallo.\n")
    write(site / "posts" / "sleutel.md", "---\nnull: x\n---\nHallo.\n")
    write(site / "posts" / "bsn.txt", BSN_POST)
    result = screener("scan", "--no-progress", "--jobs", "2", "posts")
    assert result.exit_code == 3, result.output
    assert "posts/datum.md:2: de front matter is niet te lezen" in result.output
    assert "posts/sleutel.md:2: de front matter is niet te lezen" in result.output
    assert "posts/bsn.txt:1:13: error A2-BSN" in result.output
    again = screener("scan", "--no-progress", "--jobs", "2", "posts")  # from the cache
    assert again.exit_code == 3 and "posts/datum.md:2:" in again.output
