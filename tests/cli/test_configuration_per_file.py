"""Each file is screened with the configuration nearest above it (as ruff does), from any folder."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import write

POST = """---
title: Voorleeswedstrijd
---
Sanne de Vries uit groep 6 won de voorleeswedstrijd.
Haar BSN is 111222333; bel de administratie.
"""
SITE_CONFIG = """[rules]
"A2-NAAM" = "off"
"A2-BSN" = "warning"

[report]
min_severity = "info"
"""


def findings(output: str, shown: str) -> list[str]:
    """The findings of one file, without the path the user typed: 'line:col: severity RULE'."""
    pattern = re.compile(rf"^{re.escape(shown)}:(\d+:\d+): (\w+) ([A-Z0-9-]+)", re.M)
    return [" ".join(match) for match in pattern.findall(output)]


def test_the_same_post_gives_the_same_findings_from_the_site_root_its_own_folder_and_outside(screener, site):
    write(site / "screener.toml", SITE_CONFIG)
    write(site / "content" / "nieuws" / "wedstrijd.md", POST)

    from_root = screener("check", "content/nieuws/wedstrijd.md", cwd=site)
    from_folder = screener("check", "wedstrijd.md", cwd=site / "content" / "nieuws")
    from_outside = screener("check", "website/content/nieuws/wedstrijd.md", cwd=site.parent)

    expected = findings(from_root.out, "content/nieuws/wedstrijd.md")
    assert expected == ["5:13 warning A2-BSN"]  # the site's settings: no name, the BSN a warning
    assert findings(from_folder.out, "wedstrijd.md") == expected
    assert findings(from_outside.out, "website/content/nieuws/wedstrijd.md") == expected
    assert from_root.returncode == from_folder.returncode == from_outside.returncode == 0


def test_a_config_option_wins_over_the_configuration_beside_the_post(screener, site, tmp_path):
    write(site / "screener.toml", SITE_CONFIG)
    write(site / "content" / "nieuws" / "wedstrijd.md", POST)
    strict = write(tmp_path / "streng.toml", "[report]\nfail_on = \"warning\"\n")

    result = screener("check", "--config", str(strict), "content/nieuws/wedstrijd.md", cwd=site)

    assert result.returncode == 1
    rules = findings(result.out, "content/nieuws/wedstrijd.md")
    assert "4:1 error A2-NAAM" in rules and "5:13 error A2-BSN" in rules


def test_two_sites_in_one_run_each_get_their_own_settings(screener, tmp_path):
    for name, setting in (("school-a", '"A2-BSN" = "off"'), ("school-b", '"A2-BSN" = "error"')):
        (tmp_path / name / ".git").mkdir(parents=True)
        write(tmp_path / name / "screener.toml", f"[rules]\n{setting}\n")
        write(tmp_path / name / "post.txt", "Het BSN is 111222333.\n")

    result = screener("check", "school-a/post.txt", "school-b/post.txt", cwd=tmp_path)

    assert findings(result.out, "school-a/post.txt") == []
    assert findings(result.out, "school-b/post.txt") == ["1:12 error A2-BSN"]
    assert result.returncode == 1


def test_a_broken_configuration_beside_a_post_is_a_configuration_error_naming_the_file(screener, site):
    write(site / "screener.toml", "[rules]\n\"A2-BESTAAT-NIET\" = \"off\"\n")
    write(site / "content" / "nieuws" / "wedstrijd.md", POST)

    result = screener("check", "website/content/nieuws/wedstrijd.md", cwd=site.parent)

    assert result.returncode == 2
    assert "screener.toml" in result.out and "A2-BESTAAT-NIET" in result.out


def test_scan_uses_the_configuration_above_the_scanned_folder_not_the_current_one(screener, site, tmp_path):
    write(site / "screener.toml", SITE_CONFIG)
    write(site / "content" / "nieuws" / "wedstrijd.md", POST)

    result = screener("scan", "--no-cache", "--jobs", "1", "website/content", cwd=site.parent)

    assert findings(result.out, "website/content/nieuws/wedstrijd.md") == ["5:13 warning A2-BSN"]
    assert result.returncode == 0, result.out


def test_scan_of_a_folder_with_two_schools_gives_each_school_its_own_settings(screener, tmp_path):
    for name, setting in (("school-a", '"A2-BSN" = "off"'), ("school-b", '"A2-BSN" = "warning"')):
        write(tmp_path / "sites" / name / "screener.toml", f"[rules]\n{setting}\n")
        write(tmp_path / "sites" / name / "content" / "post.txt", "Het BSN is 111222333.\n")
    (tmp_path / ".git").mkdir()

    result = screener("scan", "--no-cache", "--jobs", "1", "sites", cwd=tmp_path)

    assert findings(result.out, "sites/school-a/content/post.txt") == []
    assert findings(result.out, "sites/school-b/content/post.txt") == ["1:12 warning A2-BSN"]
    assert result.returncode == 0, result.out
