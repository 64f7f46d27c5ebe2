"""Ordinary posts name firms and institutions by their trade, their kind or their reach, as a user sees
it from `screener check`: "Aannemer Bouwmeesters Oost", "team Openbare Ruimte", "het Nationaal
Zwembrevet", "Sportprijzen De Lange", "Fietsenhandel Kampman". A child in a team or after a compound
of a kind is still found ("team Noor", "hockeyteam Sanne de Vries"). The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_firms_after_their_trade_and_institutions_after_their_reach_are_no_persons(check):
    post = ("# Werk aan de weg\n\n"
            "Aannemer Bouwmeesters Oost voert het werk uit in opdracht van de gemeente.\n"
            "Vragen? Mail de gemeente, team Openbare Ruimte.\n"
            "Voor de zwemles vraagt het zwembad de gegevens voor het Nationaal Zwembrevet.\n\n"
            "Dank aan:\n"
            "- Sportprijzen De Lange voor de medailles\n"
            "- Fietsenhandel Kampman voor de controle\n"
            "- Transportbedrijf Hofman-Kuipers voor de vrachtwagen\n")
    result = check("werk.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_in_a_team_is_still_found(check):
    post = ("# Sponsorloop\n\n"
            "Het hockeyteam Sanne de Vries liep mee. In team Noor zat ook Daan.\n")
    result = check("sponsorloop.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Sanne de Vries", "Noor", "Daan"):
        assert reported_at(result, "sponsorloop.md", post, name), result.output


def test_the_author_after_a_books_quoted_title_is_no_person(check):
    post = ("# Ruimteweek\n\n"
            "Tip voor thuis: het boek \"Ik ga naar de maan\" van Karel Wouters en de app Sterrenkijker.\n")
    result = check("ruimte.md", post)
    assert result.exit_code == 0, result.output


def test_a_pupils_book_with_school_context_keeps_its_writer(check):
    post = ("# Boekenweek\n\n"
            "Groep 5 schreef zelf boeken. Het boek \"Mijn vakantie\" van Sem Bakker (groep 5) ligt in de bieb.\n")
    result = check("boeken.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "boeken.md", post, "Sem Bakker"), result.output
