"""A8: a swear word inside the title of a children's book, series or game ("Het leven van een
loser") names the book, not a person; the same word said to someone is still reported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _check(tmp_path, text: str) -> subprocess.CompletedProcess:
    post = tmp_path / "bericht.txt"
    post.write_text(text, encoding="utf-8")
    screener = Path(sys.executable).with_name("screener")
    return subprocess.run([screener, "check", "--no-colour", "--channel", "website", str(post)], cwd=tmp_path,
                          capture_output=True, text=True)


@pytest.mark.parametrize("text", [
    "In de bieb staan nu alle delen van *Het leven van een loser* en de Dolfje-boeken.\n",
    "3. Het leven van een loser (27 stemmen). Greg en Rowley zijn grappig.\n",
])
def test_a_book_title_with_a_swear_word_in_it_is_quiet(tmp_path, text):
    result = _check(tmp_path, text)
    assert result.returncode == 0 and "Geen bevindingen" in result.stdout, result.stdout


def test_the_same_word_said_to_a_child_is_still_reported_at_its_place(tmp_path):
    result = _check(tmp_path, "Goed gedaan hoor.\nWat ben jij een loser, niemand wil met je spelen.\n")
    assert "bericht.txt:2:17: warning A8-FATSOEN" in result.stdout, result.stdout
