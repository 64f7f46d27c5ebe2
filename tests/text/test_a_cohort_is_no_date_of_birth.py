"""A letter that invites a year's cohort names the range of their births ("geboren zijn tussen 1 januari
en 31 december 2018"): no one's date of birth, as a user sees it from `screener check`. A child's date
of birth in the same letter is still found. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_the_range_of_a_cohorts_births_exits_0(check):
    post = ("Beste ouders,\n\n"
            "Alle kinderen die geboren zijn tussen 1 januari en 31 december 2019 krijgen een uitnodiging van de GGD.\n"
            "Kinderen geboren vanaf 1 oktober 2020 komen volgend jaar aan de beurt.\n")
    result = check("ggd.txt", post)
    assert result.exit_code == 0, result.output


def test_a_childs_date_of_birth_beside_a_cohort_is_still_found(check):
    post = ("Beste ouders,\n\n"
            "Alle kinderen die geboren zijn tussen 1 januari en 31 december 2019 krijgen een uitnodiging.\n"
            "Onze jongste leerling is geboren op 14 maart 2021.\n")
    result = check("ggd.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "ggd.txt", post, "14 maart 2021", rule="A2-GEBOORTEDATUM"), result.output
    assert "ggd.txt:3:" not in result.output, result.output
