"""A month written with a capital after a day's number, as calendars and exports in other locales write it, is a
date and no person's name, as a user sees it from `screener check`; "Jan" and "Mei" without a year stay names."""

from __future__ import annotations

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""


def test_shortened_months_with_a_capital_after_a_day_are_quiet(check):
    post = ("Op 15 Sep 2025 is de excursie en op 3 Jan 2026 de nieuwjaarsborrel.\n"
            "Sportdag: 1 Okt. Open dag: 12 March 2025.\n")
    result = check("agenda.txt", post)
    assert "A2-NAAM" not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_a_first_name_that_is_also_a_month_stays_a_name_without_a_year(check):
    result = check("winnaars.txt", "In groep 3 Jan en Noor hebben de tekenwedstrijd gewonnen.\n")
    assert "winnaars.txt:1:12: error A2-NAAM" in result.output, result.output  # Jan
    assert result.exit_code == 1, result.output
