"""An address whose house number has "bis" glued to it, as a user sees it from `screener check`; beside
it a post where "bis" follows a number that is no house number, which stays quiet. Made up for these
tests."""

from __future__ import annotations

from tests.helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
"""


def test_a_house_number_with_bis_glued_to_it_is_reported_as_an_address(check):
    post = "De oudercommissie vergadert bij Ilse thuis, Molenweg 31bis in Baarn.\n"
    result = check("oudercommissie.txt", post)
    assert reported_at(result, "oudercommissie.txt", post, "Molenweg", rule="A2-ADRES"), result.output


def test_bis_after_a_number_that_is_no_house_number_stays_quiet(check):
    post = "Na lied 4bis van de musical vroeg het publiek om nog een bis.\n"
    result = check("musical.txt", post)
    assert "A2-ADRES" not in result.output, result.output
