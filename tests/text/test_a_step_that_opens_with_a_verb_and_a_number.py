"""A recipe's step opens with a verb and a number ("Rol 24 rondjes uit"); when the verb is also a
surname it is still no person, as a user sees it from `screener check`. A pupil with that surname who
acts is still found ("Rol 3 won de prijs" is not a step). The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_recipes_step_that_opens_with_a_verb_that_is_a_surname_exits_0(check):
    post = ("# Pizza bakken in groep 6\n\n"
            "1. Meng de bloem, de gist en het zout.\n"
            "2. Rol 12 bolletjes uit en beleg ze.\n"
            "3. Bak ze 12 minuten in de oven.\n")
    result = check("pizza.md", post)
    assert result.exit_code == 0, result.output


def test_a_surname_before_a_number_and_a_verb_of_acting_is_still_found(check):
    post = "# Sportdag\n\nRol 3 won de prijs voor het verste springen.\n"
    result = check("sport.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "sport.md", post, "Rol 3"), result.output
