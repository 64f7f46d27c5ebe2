"""A compound of the school's own name is the school's, not a person's: the school paper
"Linde-Bode", "de Linde-krant". A name joined to it the other way round is still a name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["KBS De Linde"]
"""


def _check(tmp_path: Path, text: str) -> subprocess.CompletedProcess:
    (tmp_path / "screener.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "bericht.txt").write_text(text, encoding="utf-8")
    screener = Path(sys.executable).with_name("screener")
    return subprocess.run([screener, "check", "--no-colour", "--channel", "website", "bericht.txt"], cwd=tmp_path,
                          capture_output=True, text=True)


def test_the_school_paper_named_after_the_school_is_quiet(tmp_path):
    result = _check(tmp_path, "Volgende keer in de Linde-Bode: het interview met de conciërge.\n"
                              "De Linde-Krant verschijnt elke maand.\n")
    assert result.returncode == 0 and "Geen bevindingen" in result.stdout, result.stdout


def test_a_double_surname_and_a_name_after_the_school_name_are_still_names(tmp_path):
    result = _check(tmp_path, "Mevrouw Visser-Bode kwam langs.\nGroeten van Linde-Sanne Bakker.\n")
    assert "bericht.txt:1:1: error A2-NAAM" in result.stdout, result.stdout
    assert "bericht.txt:2:" in result.stdout and "A2-NAAM" in result.stdout.split("bericht.txt:2:")[1], result.stdout
