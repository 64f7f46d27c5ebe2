"""Probe of the corners found after the 300-input probe: a consent list that is missing or named by the
post itself, a configuration naming a model that is not there, a baseline from another key, folders and
files without read permission, a file removed between listing and reading. Each gives exit 3 (a file
not checked) or 2 (the configuration or the call) with a Dutch message naming the file; never
"no findings"."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from trust_helpers import KEY, run

from screener import config as config_module
from screener.scan import scan

ROOT = Path(__file__).resolve().parents[2]
NAME_POST = "Sanne de Vries uit groep 5 won de voorleeswedstrijd.\n"
CONSENT_HEADER = "id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"


def test_a_missing_consent_list_fails_a_post_with_a_name_and_says_which_list(school: Path) -> None:
    (school / "screener.toml").write_text('[consent]\nlist = "toestemming.csv"\n', encoding="utf-8")
    (school / "wedstrijd.md").write_text(NAME_POST, encoding="utf-8")
    result = run("check", "wedstrijd.md")
    assert result.exit_code == 3, result.output
    assert "wedstrijd.md: error E-TOESTEMMINGSLIJST De namen in wedstrijd.md konden niet met de " \
           "toestemmingslijst vergeleken worden" in result.output
    assert "toestemming.csv: toestemmingslijst bestaat niet" in result.output
    assert "wedstrijd.md:1:1: error A2-NAAM" in result.output  # the name is still reported


@pytest.mark.parametrize("front_matter", ["toestemming: groep5.csv", "consent:\n  list: lijsten/groep5.yaml"])
def test_a_post_naming_its_own_consent_list_is_not_passed_as_checked(school: Path, front_matter: str) -> None:
    (school / "uitje.md").write_text(f"---\n{front_matter}\n---\nWat een mooie dag in het bos.\n", encoding="utf-8")
    result = run("check", "uitje.md")
    assert result.exit_code == 3, result.output
    assert "uitje.md: error E-TOESTEMMINGSLIJST De kop van uitje.md noemt een eigen toestemmingslijst" in result.output
    assert "groep5" not in result.output  # a file name can hold a name: not quoted
    assert "Geen bevindingen" not in result.output


def test_a_post_naming_the_configured_consent_list_is_fine(school: Path) -> None:
    (school / "screener.toml").write_text('[consent]\nlist = "toestemming.csv"\n', encoding="utf-8")
    (school / "toestemming.csv").write_text(CONSENT_HEADER + "p-014;Sanne de Vries;leerling;5b;ja;nee;ja;ja;"
                                            "2020-01-01;2099-12-31\n", encoding="utf-8")
    (school / "uitje.md").write_text("---\ntoestemming: toestemming.csv\n---\nWat een mooie dag.\n", encoding="utf-8")
    result = run("check", "uitje.md")
    assert result.exit_code == 0, result.output
    assert "E-TOESTEMMINGSLIJST" not in result.output


@pytest.mark.skipif(importlib.util.find_spec("nl_core_news_sm") is not None, reason="nl_core_news_sm is hier geïnstalleerd")
def test_a_configuration_asking_for_a_dutch_model_that_is_not_installed_is_a_configuration_error(school: Path) -> None:
    (school / "screener.toml").write_text('[text]\nmodel = "nl_core_news_sm"\n', encoding="utf-8")
    (school / "wedstrijd.md").write_text(NAME_POST, encoding="utf-8")
    result = run("check", "wedstrijd.md")
    assert result.exit_code == 2, result.output
    assert "screener.toml: text.model = \"nl_core_news_sm\", maar dat taalmodel is niet geïnstalleerd" in result.output


def test_a_face_model_setting_that_names_a_folder_fails_the_photo_with_a_dutch_message(school: Path) -> None:
    (school / "modellen").mkdir()
    (school / "screener.toml").write_text('[images]\nmodel = "modellen"\n', encoding="utf-8")
    shutil.copy(ROOT / "samples" / "fotos" / "bus.jpg", school / "bus.jpg")
    result = run("check", "bus.jpg")
    assert result.exit_code == 3, result.output
    assert "bus.jpg: error E-GEZICHTMODEL" in result.output and "modellen (instelling images.model) is een map" \
        in result.output
    assert "interne fout" not in result.output


@pytest.mark.parametrize("command", [["check", "post.txt"], ["scan", "--no-progress", "post.txt"],
                                     ["baseline", "update", "--reason", "archief", "--expires", "2099-12-31",
                                      "post.txt"], ["baseline", "prune"]])
def test_a_baseline_made_with_another_key_stops_every_command_with_exit_2(school: Path, command: list[str]) -> None:
    (school / "post.txt").write_text("Het BSN is 111222333.\n", encoding="utf-8")
    made = run("baseline", "create", "--reason", "archief", "--expires", "2099-12-31", "post.txt",
               env={"SCREENER_KEY": KEY})
    assert made.exit_code == 0, made.output
    result = run(*command, env={"SCREENER_KEY": "een-heel-andere-sleutel-42"})
    assert result.exit_code == 2, result.output
    assert ".screener-baseline.json: deze baseline is gemaakt met een andere geheime sleutel" in result.output


def _without_permission_bypass() -> list[str] | None:
    """The command prefix that runs the screener as a user whom file permissions stop: as is for a
    normal user; for root, without the capabilities that ignore them (setpriv)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    drop = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}"]


@pytest.fixture
def locked(school: Path):
    """A site with a folder and a file nobody may read, opened again afterwards."""
    prefix = _without_permission_bypass()
    if prefix is None:
        pytest.skip("als root zonder setpriv zijn leesrechten niet te ontnemen")
    (school / "open").mkdir()
    (school / "open" / "a.md").write_text("Het BSN is 111222333.\n", encoding="utf-8")
    (school / "geheim").mkdir()
    (school / "geheim" / "b.md").write_text("Het BSN is 111222333.\n", encoding="utf-8")
    (school / "dicht.md").write_text("Het BSN is 111222333.\n", encoding="utf-8")
    (school / "dicht.csv").write_text(CONSENT_HEADER, encoding="utf-8")
    for path in (school / "dicht.md", school / "dicht.csv", school / "geheim"):
        path.chmod(0)

    def screener(*args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "SCREENER_KEY": KEY}
        done = subprocess.run([*prefix, sys.executable, "-m", "screener", *args], cwd=school, env=env,
                              capture_output=True, text=True, timeout=300)
        done.out = done.stdout + done.stderr
        return done

    yield screener
    for path in (school / "dicht.md", school / "dicht.csv", school / "geheim"):
        path.chmod(0o700)


def test_scan_of_a_folder_with_an_unreadable_subfolder_and_file_names_both_and_exits_3(locked) -> None:
    result = locked("scan", "--no-progress", "--no-cache", ".")
    assert result.returncode == 3, result.out
    assert "geheim: error E-BESTAND geheim: map overgeslagen, geen leesrechten" in result.out
    assert "dicht.md: error E-BESTAND dicht.md: geen toestemming om het bestand te lezen" in result.out
    assert "open/a.md:1:12: error A2-BSN" in result.out  # the readable post is screened
    assert "Traceback" not in result.out


def test_check_of_files_it_may_not_read_names_each_exits_3_and_screens_the_others(locked) -> None:
    result = locked("check", "dicht.md", "geheim/b.md", "open/a.md")
    assert result.returncode == 3, result.out
    assert "dicht.md: error E-BESTAND dicht.md: geen toestemming om het bestand te lezen" in result.out
    assert "geheim/b.md: error E-BESTAND geheim/b.md: geen toestemming om het bestand te lezen" in result.out
    assert "open/a.md:1:12: error A2-BSN" in result.out
    assert "Traceback" not in result.out and "onverwachte fout" not in result.out


def test_baseline_and_consent_check_of_what_they_may_not_read_exit_3_without_a_traceback(locked) -> None:
    made = locked("baseline", "create", "--reason", "archief", "--expires", "2099-12-31", "open", "geheim", "dicht.md")
    assert made.returncode == 3, made.out
    assert "geheim: map overgeslagen, geen leesrechten" in made.out and "dicht.md: geen toestemming" in made.out
    assert "Traceback" not in made.out
    listed = locked("consent", "check", "dicht.csv")
    assert listed.returncode == 3, listed.out
    assert "dicht.csv: kan de toestemmingslijst niet lezen" in listed.out


@pytest.mark.parametrize("use_cache", [False, True], ids=["zonder-cache", "met-cache"])
def test_a_file_removed_between_listing_and_reading_is_reported_not_passed(school: Path, use_cache: bool) -> None:
    (school / "a.md").write_text("Het BSN is 111222333.\n", encoding="utf-8")
    (school / "b.md").write_text("Een gewone dag.\n", encoding="utf-8")
    shutil.copy(ROOT / "samples" / "fotos" / "bus.jpg", school / "c.jpg")

    def remove_after_listing(_total: int) -> None:
        (school / "a.md").unlink()
        (school / "c.jpg").unlink()

    cfg = config_module.from_dict({})
    result = scan([Path(".")], cfg, jobs=1, use_cache=use_cache, on_start=remove_after_listing)

    assert result.exit_code_by(None, cfg) == 3
    failed = {r.path: r.error for r in result.errors}
    assert set(failed) == {"a.md", "c.jpg"}
    assert all(message.startswith(f"{path}: bestand ") for path, message in failed.items())
    assert "b.md" in {r.path for r in result.files if not r.error}


@pytest.mark.parametrize("command", [["check", "post.txt"], ["scan", "--no-progress", "."]])
def test_a_report_into_a_folder_that_does_not_exist_is_refused_before_screening(school: Path, command) -> None:
    (school / "post.txt").write_text("Het BSN is 111222333.\n", encoding="utf-8")
    result = run(command[0], "-o", "rapporten/week1.json", *command[1:])
    assert result.exit_code == 2, result.output
    assert "rapporten/week1.json: de map rapporten bestaat niet" in result.stderr
    assert "A2-BSN" not in result.output  # refused before screening: no report on the screen instead
    assert not (school / "rapporten").exists()


def test_a_post_that_is_a_pipe_in_a_scanned_folder_fails_the_scan_as_it_fails_check(school: Path) -> None:
    os.mkfifo(school / "pijp.md")
    (school / "week.md").write_text("Hallo allemaal.\n", encoding="utf-8")
    scanned = run("scan", "--no-progress", "--jobs", "1", ".")
    checked = run("check", "pijp.md", "week.md")
    assert scanned.exit_code == checked.exit_code == 3, scanned.output
    assert "pijp.md: error E-BESTAND pijp.md: overgeslagen, geen gewoon bestand" in scanned.output
    assert "Geen bevindingen" not in scanned.output


def test_clean_of_a_folder_with_an_unreadable_subfolder_names_it_exits_3_and_cleans_the_rest(school: Path) -> None:
    prefix = _without_permission_bypass()
    if prefix is None:
        pytest.skip("als root zonder setpriv zijn leesrechten niet te ontnemen")
    for folder in ("open", "geheim"):
        (school / "fotos" / folder).mkdir(parents=True)
        shutil.copy(ROOT / "samples" / "fotos" / "bus.jpg", school / "fotos" / folder / "uitje.jpg")
    (school / "fotos" / "geheim").chmod(0)
    try:
        done = subprocess.run([*prefix, sys.executable, "-m", "screener", "clean", "--vervaag", "fotos", "-o", "schoon"],
                              cwd=school, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                              timeout=300)
    finally:
        (school / "fotos" / "geheim").chmod(0o700)
    assert done.returncode == 3, done.stdout + done.stderr
    assert "fotos/geheim: map niet leesbaar (geen leesrechten); de foto's erin zijn niet schoongemaakt" in done.stderr
    assert (school / "schoon" / "open" / "uitje.jpg").is_file()


def test_clean_of_a_folder_with_one_photo_writes_into_the_output_folder_not_a_file_named_like_it(school: Path) -> None:
    (school / "fotos").mkdir()
    shutil.copy(ROOT / "samples" / "fotos" / "bus.jpg", school / "fotos" / "uitje.jpg")
    result = run("clean", "--vervaag", "fotos", "-o", "schoon")
    assert result.exit_code == 0, result.output
    assert (school / "schoon" / "uitje.jpg").is_file()


def test_a_baseline_in_a_folder_that_does_not_exist_is_refused_before_screening(school: Path) -> None:
    (school / "post.txt").write_text("Het BSN is 111222333.\n", encoding="utf-8")
    result = run("baseline", "create", "--reason", "archief", "--expires", "2099-12-31", "--baseline",
                 "oud/baseline.json", "post.txt", env={"SCREENER_KEY": KEY})
    assert result.exit_code == 2, result.output
    assert "oud/baseline.json: de map oud bestaat niet" in result.output
    assert not (school / "oud").exists()
