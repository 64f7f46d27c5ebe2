"""A title supports its characters' first names in its own paragraph and the one beside it, not anywhere in a post."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

NEWSLETTER = """# Nieuwsbrief november

## Dansmiddag
Vrijdag dansten groep 1 tot en met 4 in de aula op de liedjes van K3.

## Ouderbijdrage
De ouderbijdrage voor dit schooljaar is 25 euro. U kunt betalen via de schoolapp.

## Posterwedstrijd
Julia en Hanne hebben samen de winnende poster gemaakt voor de kerstmarkt.
"""

ABOUT_THE_TITLE = """# Musical groep 8

Dit jaar speelt groep 8 de musical Frozen. Elsa is de koningin die alles in ijs verandert, Anna is
haar zus die haar zoekt, en Olaf is de sneeuwman die van de zomer droomt.

Kaartjes zijn vanaf maandag te koop bij de administratie.
"""


def _check(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "screener", "check", str(path)], capture_output=True, text=True)


def test_a_pupil_in_another_item_of_a_newsletter_naming_k3_is_found(tmp_path: Path) -> None:
    post = tmp_path / "nieuwsbrief.md"
    post.write_text(NEWSLETTER, encoding="utf-8")
    result = _check(post)
    assert result.returncode == 1
    assert f"{post}:10:1: error A2-NAAM" in result.stdout
    assert f"{post}:10:10: error A2-NAAM" in result.stdout


def test_a_paragraph_about_frozen_and_its_characters_stays_quiet(tmp_path: Path) -> None:
    post = tmp_path / "musical.md"
    post.write_text(ABOUT_THE_TITLE, encoding="utf-8")
    result = _check(post)
    assert result.returncode == 0, result.stdout


JOKES = """MOPPENHOEK

Jantje zit in de klas. Vraagt de juf: "Jantje, hoeveel is twee plus twee?"

Pietje komt thuis met zijn rapport. Zegt zijn vader: "Pietje, wat is dit?"
"""

CAST_AND_RELATIVES = """# Musical en bieb

Dit jaar spelen we Peter Pan. De rollen:

- Peter Pan: Jayden
- Wendy: Noor
- Kapitein Haak: Thijs

Nieuw in de bieb: het leven van Anne Frank en haar zus Margot.
"""


def test_a_joke_character_two_paragraphs_below_the_jokes_title_stays_quiet(tmp_path: Path) -> None:
    post = tmp_path / "moppen.txt"
    post.write_text(JOKES, encoding="utf-8")
    result = _check(post)
    assert result.returncode == 0, result.stdout


def test_a_child_after_her_role_in_a_cast_list_is_found_and_a_figures_sister_is_not(tmp_path: Path) -> None:
    post = tmp_path / "musical.md"
    post.write_text(CAST_AND_RELATIVES, encoding="utf-8")
    result = _check(post)
    assert result.returncode == 1
    assert f"{post}:6:10: error A2-NAAM" in result.stdout  # Noor
    assert f"{post}:9:" not in result.stdout  # Margot, Anne Frank's sister
