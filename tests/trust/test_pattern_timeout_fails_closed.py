"""A pattern that runs out of time does not let a draft through as if it were checked: presidio skips
such a pattern and only logs it; the screener says the file was not checked (exit 3) and names it,
quoting nothing of it."""

from __future__ import annotations

from click.testing import CliRunner

from helpers import write

from screener.cli import main

POST = "Sanne de Vries uit groep 5 won de voorleeswedstrijd. Bel haar moeder op 06-12345678.\n" * 200


def test_a_draft_whose_pattern_runs_out_of_time_is_reported_as_not_checked_not_as_clean(
        tmp_path, monkeypatch):
    from presidio_analyzer import pattern_recognizer

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    write(tmp_path / "screener.toml", "")
    write(tmp_path / "lang.txt", POST)
    write(tmp_path / "kort.txt", "Sanne de Vries uit groep 5 won de voorleeswedstrijd.\n")
    monkeypatch.setattr(pattern_recognizer, "REGEX_TIMEOUT_SECONDS", 1e-9)  # every pattern times out
    result = CliRunner().invoke(main, ["check", "lang.txt"], catch_exceptions=False)
    assert result.exit_code == 3, result.output
    assert "lang.txt" in result.output and "duurde te lang" in result.output and "niet (volledig) gecontroleerd" in result.output
    assert "Sanne" not in result.output and "06-1234" not in result.output  # the message quotes nothing

    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "kort.txt"], catch_exceptions=False)
    assert result.exit_code == 1 and "A2-NAAM" in result.output  # without the limit hit, screened as ever
