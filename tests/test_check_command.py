"""`screener check`: what a user sees in the terminal, and the exit codes CI relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import write
from screener.cli import main

BSN_POST = "Welkom aan onze nieuwe leerling. Haar BSN is 111222333, zie de administratie.\n"
CLEAN_POST = "Op donderdag vieren we kerst in de aula. Alle groepen zingen een lied.\n"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # stop the configuration search here

    def _run(*args: str):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return _run


def test_finding_is_reported_at_path_line_col_with_rule_and_exit_1(run, tmp_path: Path) -> None:
    write(tmp_path / "post.txt", "Eerste regel.\n" + BSN_POST)
    result = run("check", "post.txt")
    assert result.exit_code == 1
    assert "post.txt:2:46: error A2-BSN " in result.output
    assert "111222333" not in result.output  # a report must not spread the data it found
    assert "*********" in result.output


def test_clean_post_exits_0(run, tmp_path: Path) -> None:
    write(tmp_path / "kerst.md", CLEAN_POST)
    result = run("check", "kerst.md")
    assert result.exit_code == 0, result.output
    assert "Geen bevindingen in 1 bestand" in result.output


def test_unreadable_file_is_named_exit_3_and_the_others_are_still_screened(run, tmp_path: Path) -> None:
    (tmp_path / "kapot.md").write_bytes(b"caf\xe9 \xff\xfe")
    write(tmp_path / "post.txt", BSN_POST)
    result = run("check", "kapot.md", "ontbreekt.md", "post.txt")
    assert result.exit_code == 3
    assert "kapot.md: is geen UTF-8-tekst" in result.output
    assert "ontbreekt.md: bestand bestaat niet" in result.output
    assert "post.txt:1:" in result.output and "A2-BSN" in result.output


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_a_post_saved_as_unicode_text_on_windows_is_screened_at_the_right_column(run, tmp_path, encoding) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00"}[encoding]
    (tmp_path / "post.txt").write_bytes(bom + ("Eerste regel.\r\n" + BSN_POST).encode(encoding))
    result = run("check", "post.txt")
    assert result.exit_code == 1, result.output
    assert "post.txt:2:46: error A2-BSN " in result.output


def test_an_empty_post_passes_and_a_named_pipe_is_named_not_read(run, tmp_path: Path) -> None:
    import os
    import threading

    (tmp_path / "_index.md").write_bytes(b"")  # a Hugo section page: often empty
    os.mkfifo(tmp_path / "pijp.md")

    def unblock() -> None:  # should the screener ever read the pipe, it gets an end of file, not a hang
        try:
            os.close(os.open(tmp_path / "pijp.md", os.O_WRONLY | os.O_NONBLOCK))
        except OSError:  # nobody reading: nothing to unblock
            pass

    timer = threading.Timer(10, unblock)
    timer.daemon = True
    timer.start()
    assert run("check", "_index.md").exit_code == 0
    result = run("check", "pijp.md", "_index.md")
    timer.cancel()
    assert result.exit_code == 3, result.output
    assert "pijp.md: is geen gewoon bestand" in result.output
    assert "_index.md" not in result.output.replace("in 2 bestanden", "")


def test_configuration_error_exits_2_naming_the_key(run, tmp_path: Path) -> None:
    write(tmp_path / "screener.toml", "[organisation]\nnaam = 'Lithora'\n")
    write(tmp_path / "post.txt", CLEAN_POST)
    result = CliRunner().invoke(main, ["check", "post.txt"])
    assert result.exit_code == 2
    assert "organisation.naam" in result.output


def test_min_severity_hides_lower_findings_but_fail_on_still_counts(run, tmp_path: Path) -> None:
    write(tmp_path / "screener.toml", "[rules]\n'A2-BSN' = 'warning'\n")
    write(tmp_path / "post.txt", BSN_POST)
    shown = run("check", "post.txt")
    assert "warning A2-BSN" in shown.output and shown.exit_code == 0
    hidden = run("check", "--min-severity", "error", "post.txt")
    assert "A2-BSN" not in hidden.output
    assert run("check", "--fail-on", "warning", "post.txt").exit_code == 1


def test_rule_switched_off_in_configuration_is_not_reported(run, tmp_path: Path) -> None:
    write(tmp_path / "screener.toml", "[rules]\n'A2-BSN' = 'off'\n")
    write(tmp_path / "post.txt", BSN_POST)
    result = run("check", "post.txt")
    assert "A2-BSN" not in result.output


def test_json_report_has_schema_positions_and_masked_values(run, tmp_path: Path) -> None:
    write(tmp_path / "post.txt", BSN_POST)
    result = run("check", "--format", "json", "post.txt")
    data = json.loads(result.output)
    assert data["schema"] == "screener-report/1"
    [bsn] = [f for f in data["findings"] if f["rule"] == "A2-BSN"]
    assert (bsn["line"], bsn["col"], bsn["severity"]) == (1, 46, "error")
    assert bsn["protocol"] == ["A2"] and "AVG" in bsn["avg"]
    assert "111222333" not in result.output


def test_sarif_report_loads_as_2_1_0_with_1_based_columns_and_no_raw_values(run, tmp_path: Path) -> None:
    write(tmp_path / "post.txt", BSN_POST)
    result = run("check", "--format", "sarif", "--output", "rapport.sarif", "post.txt")
    assert result.exit_code == 1
    log = json.loads((tmp_path / "rapport.sarif").read_text())
    assert log["version"] == "2.1.0"
    sarif_run = log["runs"][0]
    rules = [r["id"] for r in sarif_run["tool"]["driver"]["rules"]]
    [res] = [r for r in sarif_run["results"] if r["ruleId"] == "A2-BSN"]
    assert rules[res["ruleIndex"]] == "A2-BSN"
    region = res["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 1 and region["startColumn"] == 46
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "post.txt"
    assert res["level"] == "error"
    assert "111222333" not in (tmp_path / "rapport.sarif").read_text()


def test_output_never_overwrites_a_screened_file(run, tmp_path: Path) -> None:
    post = write(tmp_path / "post.txt", BSN_POST)
    result = run("check", "--output", "post.txt", "post.txt")
    assert result.exit_code == 2
    assert post.read_text() == BSN_POST


def test_channel_option_must_be_known(run, tmp_path: Path) -> None:
    write(tmp_path / "post.txt", CLEAN_POST)
    result = run("check", "--channel", "tiktok", "post.txt")
    assert result.exit_code == 2


def test_unknown_channel_in_front_matter_fails_that_file_only(run, tmp_path: Path) -> None:
    write(tmp_path / "a.md", "---\nchannel: tiktok\n---\nHallo.\n")
    write(tmp_path / "b.txt", BSN_POST)
    result = run("check", "a.md", "b.txt")
    assert result.exit_code == 3
    assert "a.md: onbekend kanaal 'tiktok'" in result.output
    assert "b.txt:1:46: error A2-BSN" in result.output


def test_version_says_which_dutch_model_runs(run) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert "nl_core_news_sm" in result.output


def test_explain_prints_why_and_how_to_fix(run) -> None:
    result = run("explain", "a2-naam")
    assert "A2-NAAM" in result.output and "Oplossen:" in result.output and "art. 4" in result.output
    assert run("explain", "X9").exit_code == 2


def test_baseline_accepts_known_findings_in_old_material_without_storing_the_value(run, tmp_path: Path) -> None:
    write(tmp_path / "oud.txt", BSN_POST)
    created = run("baseline", "create", "--reason", "archief 2019, al gepubliceerd", "--expires", "2099-12-31", "oud.txt")
    assert created.exit_code == 0, created.output
    stored = (tmp_path / ".screener-baseline.json").read_text()
    assert "111222333" not in stored
    accepted = run("check", "oud.txt")
    assert accepted.exit_code == 0 and "A2-BSN" not in accepted.output
    ignored = run("check", "--no-baseline", "oud.txt")
    assert ignored.exit_code == 1 and "A2-BSN" in ignored.output
    write(tmp_path / "nieuw.txt", BSN_POST.replace("111222333", "123456782"))
    assert run("check", "nieuw.txt").exit_code == 1  # a new value is not covered by the baseline


def test_html_report_is_self_contained_and_masked(run, tmp_path: Path) -> None:
    write(tmp_path / "post.txt", BSN_POST)
    result = run("check", "--format", "html", "-o", "rapport.html", "post.txt")
    assert result.exit_code == 1
    page = (tmp_path / "rapport.html").read_text()
    assert "A2-BSN" in page and "111222333" not in page
    assert "http://" not in page.replace("http://www.w3.org", "")


def test_the_writers_signature_with_a_job_title_is_info_and_a_pupils_name_stays_an_error(run, tmp_path: Path) -> None:
    write(tmp_path / "post.md", "Groep 5 won de voorleeswedstrijd.\n\nMet vriendelijke groet,\n"
                                "Ilse Vermeulen, leerkracht groep 5 bij OBS De Regenboog (Lithora)\n")
    signed = run("check", "--min-severity", "info", "post.md")
    assert signed.exit_code == 0, signed.output
    assert "post.md:4:1: info A2-NAAM Naam van een medewerker als ondertekening: 'I*** V********'" in signed.output

    write(tmp_path / "screener.toml", '[policy]\nfunctions = ["leescoach"]\n')  # the organisation's own job title
    write(tmp_path / "post.md", "Groep 5 won de voorleeswedstrijd.\n\nAns Bakker, leescoach bij OBS De Regenboog\n")
    assert "post.md:3:1: info A2-NAAM Naam van een medewerker als ondertekening" in run(
        "check", "--min-severity", "info", "post.md").output

    write(tmp_path / "post.md", "Groep 5 won de voorleeswedstrijd.\n\nGroetjes,\nSanne de Vries, groep 5\n")
    pupil = run("check", "post.md")
    assert pupil.exit_code == 1
    assert "post.md:4:1: error A2-NAAM" in pupil.output


def test_a_teachers_sign_off_as_last_line_is_info_and_a_colleague_named_in_the_text_is_an_error(run, tmp_path) -> None:
    write(tmp_path / "week.md", "Weekbericht groep 3\n\nJuf Sarah is vanaf maandag met verlof; meester Tim neemt het "
                                "over.\nFijn weekend!\nJuf Lotte\n")
    result = run("check", "--min-severity", "info", "week.md")
    assert result.exit_code == 1
    assert "week.md:3:1: error A2-NAAM Naam van een medewerker gevonden: 'J** S****'. Noem een collega alleen" \
        in result.output
    assert "week.md:5:1: info A2-NAAM Naam van een medewerker als ondertekening: 'J** L****'" in result.output

    write(tmp_path / "week.md", "Weekbericht groep 3\n\nWe oefenden de letters eu en ui.\nGroetjes,\nSanne\n")
    assert "week.md:5:1: error A2-NAAM" in run("check", "week.md").output  # a pupil signing stays an error


@pytest.mark.parametrize("value", ["[schoolaccount]", "5", "true", "{naam: website}"])
def test_a_channel_in_front_matter_that_is_not_a_text_fails_the_post_instead_of_falling_back(run, tmp_path: Path,
                                                                                          value: str) -> None:
    write(tmp_path / "bericht.md", f"---\nkanaal: {value}\n---\n" + CLEAN_POST)
    write(tmp_path / "ander.md", CLEAN_POST)
    result = run("check", "bericht.md", "ander.md")
    assert result.exit_code == 3
    assert "bericht.md: error E-BESTAND bericht.md: 'kanaal' moet één tekst zijn" in result.output
    assert "in 2 bestanden; 1 bestand kon niet gescreend worden" in result.output


def test_a_name_wrapped_over_two_lines_is_masked_on_one_line(run, tmp_path: Path) -> None:
    write(tmp_path / "post.txt", "Gisteren kwam tijdens de les in groep 6 de opa van een leerling, Pieter\n"
                                 "Bosma, langs om te vertellen over zijn werk als imker.\n")
    result = run("check", "--no-colour", "post.txt")
    line = next(row for row in result.output.splitlines() if "A2-NAAM" in row)
    assert "'P***** B****'" in line and "\\x0a" not in line, result.output
