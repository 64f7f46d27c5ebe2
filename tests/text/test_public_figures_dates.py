"""A date of birth or a birthplace in a sentence about a public or historical figure is theirs, not a
pupil's: a history lesson or a book report is not blocked. A child's date of birth beside it still is."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_the_birth_dates_and_birthplaces_of_public_figures_are_info(check):
    post = ("# Spreekbeurten groep 7\n\n"
            "Johan Cruijff, geboren op 25 april 1947, was een voetballer.\n"
            "Aletta Jacobs is geboren op 9 februari 1854 in Sappemeer.\n"
            "Astrid Lindgren (geboren 14 november 1907) schreef Pippi Langkous.\n")
    result = check("spreekbeurten.md", post)
    assert result.exit_code == 0, result.output
    assert "A2-GEBOORTEDATUM" not in result.output and "warning A2-PLAATS" not in result.output, result.output
    shown = check("spreekbeurten.md", post, "--min-severity", "info")
    assert reported_at(shown, "spreekbeurten.md", post, "25 april 1947", rule="A2-GEBOORTEDATUM",
                       severity="info"), shown.output


def test_a_pupils_date_of_birth_in_the_same_post_is_still_an_error(check):
    post = ("Johan Cruijff werd geboren op 25 april 1947.\n"
            "Onze Daan is geboren op 3 mei 2016.\n"
            "Geboortedatum: 12-03-2016\n")
    result = check("mix.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "mix.md", post, "3 mei 2016", rule="A2-GEBOORTEDATUM", severity="error"), result.output
    assert reported_at(result, "mix.md", post, "12-03-2016", rule="A2-GEBOORTEDATUM", severity="error"), result.output
    assert "mix.md:1:" not in result.output, result.output
