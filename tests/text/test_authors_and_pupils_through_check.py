"""Authors and pupils as a school's communication staff see them from `screener check`: a known
author named as an author is quiet, but a pupil's poem, story or drawing keeps the pupil's name as an
error, whatever word of writing or reading stands before it."""

from __future__ import annotations

import pytest


CONFIG = """
[organisation]
name = "Stichting Kindwijs"
schools = ["OBS De Zonnewijzer"]
"""


def _error_at(result, name: str, text: str, needle: str) -> bool:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return f"{name}:{number}:{line.index(needle) + 1}: error A2-NAAM" in result.output
    raise AssertionError(f"{needle!r} is not in the post")


@pytest.mark.parametrize(("line", "pupil"), [
    ("Een gedicht van Sem Bakker (groep 7).", "Sem Bakker"),
    ("Dit verhaal over de dierentuin is geschreven door Fenna de Wit.", "Fenna de Wit"),
    ("Het verhaal van Yara El Idrissi gaat over haar opa.", "Yara El Idrissi"),
    ("tekening: Daan Visser, groep 4", "Daan Visser"),
    ("Het boekverslag door Lucas Smit ging over *Kruimeltje*.", "Lucas Smit"),
    ("Boekverslag: Kruimeltje (Lucas Smit)", "Lucas Smit"),
    ("Auteur: Fenna de Wit", "Fenna de Wit"),
    ("Onze schrijver Fenna de Wit won de schrijfwedstrijd.", "Fenna de Wit"),
    ("Het mooiste boek van de klas is van Noor Bakker (groep 6).", "Noor Bakker"),
])
def test_a_pupils_piece_in_the_school_newspaper_keeps_the_pupils_name_as_an_error(check, line, pupil):
    post = f"Schoolkrant november\n\n{line}\n"
    result = check("schoolkrant.txt", post)
    assert result.exit_code == 1, result.output
    assert _error_at(result, "schoolkrant.txt", post, pupil), result.output


def test_known_authors_and_illustrators_named_as_authors_are_quiet(check):
    post = (
        "Kinderboekenweek\n\n"
        "De kleuters lazen voor uit Annie M.G. Schmidt en keken naar de prenten van Fiep Westendorp.\n"
        "Groep 4 koos *Dolfje Weerwolfje* van Paul van Loon en groep 6 *De Heksen* van Roald Dahl.\n"
        "Groep 8 bespreekt *Koning van Katoren* van Jan Terlouw; de bovenbouw leest Astrid Lindgren, "
        "Jeff Kinney en David Walliams.\n"
        "Het boek van Jules Verne over de reis om de wereld is een klassieker.\n"
    )
    result = check("kinderboekenweek.txt", post)
    assert result.exit_code == 0, result.output
    assert "A2-NAAM" not in result.output, result.output


def test_an_author_no_list_knows_is_quiet_when_the_post_says_plainly_it_is_a_published_work(check):
    post = (
        "Schrijver Jorrit Vermeulen kwam op bezoek in groep 5.\n"
        "Het boek van Marieke Zwanenburg is verschenen bij uitgeverij Querido.\n"
        "We lazen het prentenboek Het Kleine Huis (Tessel Verbaan).\n"
    )
    result = check("bezoek.txt", post)
    assert "'J***** V********'" not in result.output, result.output
    assert "'M****** Z*********'" not in result.output and "Q******" not in result.output, result.output


def test_a_pupil_named_like_a_known_author_is_a_pupil_beside_school_context(check):
    post = "De voorleeswedstrijd werd gewonnen door Thea Beckman (groep 7).\n"
    result = check("voorlezen.txt", post)
    assert result.exit_code == 1, result.output
    assert _error_at(result, "voorlezen.txt", post, "Thea Beckman"), result.output


def test_the_songs_of_a_tv_teacher_are_quiet_but_the_own_teacher_is_named(check):
    post = "Ze zingt de hele dag de liedjes van Juf Roos. Haar eigen juf is juf Femke Hartog.\n"
    result = check("blog.txt", post)
    assert "'J** R***'" not in result.output, result.output
    assert _error_at(result, "blog.txt", post, "juf Femke Hartog"), result.output
