"""A file the screener writes (a report with -o, a clean copy, a baseline, the key) that is a
symbolic link is refused: a Dutch message naming it, exit 2, and neither the link nor the file it
points to (or the lack of one) changes. Writing would replace the link or change a file elsewhere."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from trust_helpers import KEY, NUMBERS_POST, run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def elsewhere(tmp_path_factory) -> Path:
    """A file outside the school folder that a link points to."""
    folder = tmp_path_factory.mktemp("elders")
    (folder / "belangrijk.txt").write_text("van iemand anders\n", encoding="utf-8")
    return folder / "belangrijk.txt"


def _untouched(link: Path, target: Path, text: str | None) -> None:
    assert os.path.islink(link) and os.readlink(link) == str(target)
    if text is None:
        assert not os.path.lexists(target)
    else:
        assert target.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("command", [["check"], ["scan"]])
@pytest.mark.parametrize("dangling", [False, True], ids=["naar-een-bestand", "naar-niets"])
def test_a_report_path_that_is_a_link_is_refused_and_nothing_is_written(school: Path, elsewhere: Path,
                                                                         command: list[str], dangling: bool) -> None:
    (school / "post.md").write_text(NUMBERS_POST, encoding="utf-8")
    target = elsewhere.with_name("nieuw.json") if dangling else elsewhere
    os.symlink(target, school / "rapport.json")
    result = run(*command, "--format", "json", "-o", "rapport.json", "post.md" if command == ["check"] else ".")
    assert result.exit_code == 2, result.output
    assert "rapport.json: is een snelkoppeling" in result.stderr and "--output" in result.stderr
    _untouched(school / "rapport.json", target, None if dangling else "van iemand anders\n")
    assert not [p for p in school.iterdir() if p.name.startswith(".rapport")]  # no temporary file left


def test_a_clean_copy_whose_path_is_a_link_is_refused(school: Path, elsewhere: Path) -> None:
    shutil.copy(ROOT / "samples" / "fotos" / "bus.jpg", school / "uitje.jpg")
    os.symlink(elsewhere, school / "schoon.jpg")
    result = run("clean", "uitje.jpg", "-o", "schoon.jpg")
    assert result.exit_code == 2, result.output
    assert "schoon.jpg: is een snelkoppeling" in result.stderr
    _untouched(school / "schoon.jpg", elsewhere, "van iemand anders\n")


def test_a_clean_copy_beside_the_photo_that_is_a_link_is_refused_and_the_others_are_cleaned(
        school: Path, elsewhere: Path) -> None:
    shutil.copy(ROOT / "samples" / "fotos" / "bus.jpg", school / "uitje.jpg")
    shutil.copy(ROOT / "samples" / "fotos" / "bus.jpg", school / "bus.jpg")
    os.symlink(elsewhere, school / "uitje.schoon.jpg")
    result = run("clean", "uitje.jpg", "bus.jpg")
    assert result.exit_code == 2, result.output
    assert "uitje.schoon.jpg: is een snelkoppeling" in result.stderr
    assert "bus.jpg -> bus.schoon.jpg" in result.stdout
    _untouched(school / "uitje.schoon.jpg", elsewhere, "van iemand anders\n")


@pytest.mark.parametrize("subcommand", ["create", "update"])
def test_a_baseline_that_is_a_link_is_refused_before_screening(school: Path, elsewhere: Path, subcommand: str) -> None:
    (school / "post.md").write_text(NUMBERS_POST, encoding="utf-8")
    target = elsewhere.with_name("baseline.json")
    os.symlink(target, school / ".screener-baseline.json")
    result = run("baseline", subcommand, "--reason", "archief", "--expires", "2099-12-31", "post.md",
                 env={"SCREENER_KEY": KEY})
    assert result.exit_code == 2, result.output
    assert ".screener-baseline.json: is een snelkoppeling" in result.output and "--baseline" in result.output
    _untouched(school / ".screener-baseline.json", target, None)


def test_key_create_refuses_a_key_file_that_is_a_link(school: Path, elsewhere: Path) -> None:
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "screener"
    folder.mkdir(parents=True)
    target = elsewhere.with_name("sleutel")
    os.symlink(target, folder / "sleutel")
    result = run("key", "create")
    assert result.exit_code == 2, result.output
    assert "sleutel: is een snelkoppeling" in result.output
    _untouched(folder / "sleutel", target, None)


def test_fix_in_place_never_writes_its_backup_through_a_link(school: Path, elsewhere: Path) -> None:
    post = school / "mening.md"
    post.write_text("---\nchannel: persoonlijk\nauthor_role: medewerker\n---\nLithora bezuinigt op muziek.\n\n"
                    "Dat vind ik jammer.\n", encoding="utf-8")
    original = post.read_bytes()
    os.symlink(elsewhere, school / "mening.md.bak")
    result = run("fix", "--in-place", "mening.md")
    assert result.exit_code == 0, result.output
    assert "mening.md.bak.1" in result.output
    assert (school / "mening.md.bak.1").read_bytes() == original
    _untouched(school / "mening.md.bak", elsewhere, "van iemand anders\n")


@pytest.fixture
def repository(tmp_path: Path, monkeypatch) -> Path:
    """A real git repository as the current folder, for install-hook."""
    import subprocess

    repo = tmp_path / "website"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    monkeypatch.chdir(repo)
    return repo


def test_install_hook_refuses_a_hook_that_is_a_link_and_never_writes_where_it_points(repository: Path,
                                                                                      elsewhere: Path) -> None:
    hook = repository / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(parents=True, exist_ok=True)
    target = elsewhere.with_name("gedeelde-hook")
    os.symlink(target, hook)
    result = run("install-hook")
    assert result.exit_code == 2, result.output
    assert "pre-commit is een snelkoppeling" in result.output and "--force" in result.output
    _untouched(hook, target, None)  # no file made where the link points


def test_install_hook_with_force_keeps_the_link_as_backup_and_writes_its_own_file(repository: Path,
                                                                                   elsewhere: Path) -> None:
    hook = repository / ".git" / "hooks" / "pre-commit"
    hook.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(elsewhere, hook)
    result = run("install-hook", "--force")
    assert result.exit_code == 0, result.output
    assert not os.path.islink(hook) and "screener" in hook.read_text(encoding="utf-8")
    backups = list(hook.parent.glob("pre-commit.backup-*"))
    assert len(backups) == 1 and os.readlink(backups[0]) == str(elsewhere)
    assert elsewhere.read_text(encoding="utf-8") == "van iemand anders\n"
