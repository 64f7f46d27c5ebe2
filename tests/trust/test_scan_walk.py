"""What `scan` looks at: not what git ignores or the configuration excludes, and every link that
cannot be followed is named."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from trust_helpers import NUMBERS_POST, run

CLEAN = "Op donderdag vieren we kerst in de aula.\n"


def _hugo_site(root: Path) -> Path:
    """A Hugo site in a git work tree: the built site and a theme's example site hold personal data."""
    root.mkdir()
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / ".gitignore").write_text("public/\n/resources/_gen/\n", encoding="utf-8")
    for name, text in {"content/nieuws/kerst.md": CLEAN,
                       "public/nieuws/kerst/index.html": f"<p>{NUMBERS_POST}</p>\n",
                       "resources/_gen/oud.md": NUMBERS_POST,
                       "themes/school/exampleSite/content/post.md": NUMBERS_POST}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_a_hugo_site_scan_skips_what_git_ignores_and_a_themes_example_site(school: Path) -> None:
    site = _hugo_site(school / "site")
    result = run("scan", "--no-progress", "--no-cache", "site")
    assert result.exit_code == 0, result.output
    assert "Geen bevindingen in 1 bestand" in result.stdout
    os.chdir(site)
    inside = run("scan", "--no-progress", "--no-cache", ".")
    assert inside.exit_code == 0 and "Geen bevindingen in 1 bestand" in inside.stdout


def test_exclude_patterns_in_the_configuration_are_relative_to_its_folder(school: Path) -> None:
    (school / "screener.toml").write_text('[scan]\nexclude = ["concepten/", "*.bak.md"]\n', encoding="utf-8")
    for name in ("site/concepten/plan.md", "site/oud.bak.md", "site/nieuws.md"):
        (school / name).parent.mkdir(parents=True, exist_ok=True)
        (school / name).write_text(NUMBERS_POST if name != "site/nieuws.md" else CLEAN, encoding="utf-8")
    result = run("scan", "--no-progress", "--no-cache", "site")
    assert result.exit_code == 0, result.output
    assert "Geen bevindingen in 1 bestand" in result.stdout
    assert run("check", "site/concepten/plan.md").exit_code == 1  # check screens what it is given


def test_a_dangling_link_and_a_link_loop_are_named_not_skipped_in_silence(school: Path) -> None:
    (school / "site").mkdir()
    (school / "site" / "nieuws.md").write_text(CLEAN, encoding="utf-8")
    os.symlink("weg.md", school / "site" / "verwijderd.md")
    os.symlink("b.md", school / "site" / "a.md")
    os.symlink("a.md", school / "site" / "b.md")
    result = run("scan", "--no-progress", "--no-cache", "site")
    assert "site/verwijderd.md: overgeslagen, deze snelkoppeling wijst naar iets dat niet bestaat" in result.stderr
    assert "site/a.md: overgeslagen, deze snelkoppeling wijst (via andere) naar zichzelf" in result.stderr
    assert "site/b.md: overgeslagen" in result.stderr


@pytest.mark.parametrize("option, screened", [(None, True), ("--follow-links", True), ("--no-follow-links", False)])
def test_no_follow_links_does_not_follow_a_link_to_a_file_either(school: Path, option, screened) -> None:
    (school / "archief").mkdir()
    (school / "archief" / "lijst.md").write_text(NUMBERS_POST, encoding="utf-8")
    (school / "site").mkdir()
    os.symlink("../archief/lijst.md", school / "site" / "lijst.md")
    result = run("scan", "--no-progress", "--no-cache", *([option] if option else []), "site")
    if screened:
        assert result.exit_code == 1 and "site/lijst.md:1:" in result.stdout
    else:
        assert "A2-BSN" not in result.stdout
        assert "site/lijst.md: snelkoppeling niet gevolgd (--no-follow-links)" in result.stderr
