"""A place a people or a group comes from or lives in is no one's home town ("De Vikingen kwamen uit
Noorwegen"): the plural verb says its subject is a group. Named members make it theirs again."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_where_a_people_in_a_history_lesson_came_from_is_no_home_town(check):
    post = ("In de geschiedenisles leerden we over de Vikingen.\n"
            "De Vikingen kwamen uit Noorwegen en Denemarken en voeren naar Engeland.\n"
            "De Romeinen woonden in Nijmegen en bouwden daar een fort.\n")
    result = check("geschiedenis.md", post)
    assert result.exit_code == 0, result.output
    assert "warning A2-PLAATS" not in result.output, result.output


def test_named_children_who_come_from_a_town_still_give_a_warning(check):
    post = "Sanne en Daan komen uit Olst en zitten nu in groep 4.\n"
    result = check("nieuw.md", post)
    assert reported_at(result, "nieuw.md", post, "Olst", rule="A2-PLAATS", severity="warning"), result.output
    post = "Onze nieuwe leerling komt uit Teuge.\n"
    result = check("nieuw2.md", post)
    assert reported_at(result, "nieuw2.md", post, "Teuge", rule="A2-PLAATS", severity="warning"), result.output


def test_a_place_whose_name_is_a_bands_plural_is_still_a_place(check):
    post = "Groep 8 zag een film over New York: in Queens staat een oude fabriek. Daarna luisterden we naar Queen.\n"
    result = check("film.md", post, "--min-severity", "info")
    assert reported_at(result, "film.md", post, "Queens", rule="A2-PLAATS", severity="info"), result.output
    assert "A2-NAAM" not in result.output, result.output
