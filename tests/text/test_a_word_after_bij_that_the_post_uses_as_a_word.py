"""A word after "bij" that the post also uses as the head of a compound is that word ("Bij brand: eruit"
in a post about the brandweer), as a user sees it from `screener check`. A first name typed in lower case
after "bij" stays a name, also beside a longer word that starts with it ("bij mees" beside "meester").
The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_word_that_heads_a_compound_in_the_post_is_no_name_after_bij(check):
    post = ("Gastles van de brandweer\n\n"
            "Wat hebben we geleerd?\n"
            "- Bij brand: eruit, deur dicht, 112 bellen.\n"
            "- Test de rookmelder elke maand.\n")
    result = check("brandweer.txt", post)
    assert result.exit_code == 0, result.output


def test_a_lower_case_first_name_after_bij_is_still_found_beside_a_longer_word(check):
    post = "hoi allemaal, de meester zei dat ik bij mees moest zitten in de kring.\n"
    result = check("chat.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "chat.txt", post, "mees moest"), result.output
