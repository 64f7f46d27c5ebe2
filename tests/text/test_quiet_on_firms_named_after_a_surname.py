"""A firm named after a surname is a firm, as a user sees it from `screener check`: its trade before the
name ("Fietsenmakerij Jansen", "Tapijthuis Van Dalen", "Grondverzet Van Olst") or its legal form after it
("Jansen & Zn.", "Mulder B.V."), and the firm's name alone again further on. A child who shares the
surname is still found ("Jansen (groep 6)", "Sem Jansen"). The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_firms_after_their_trade_or_before_their_legal_form_are_no_persons(check):
    post = ("# Het nieuwe schoolplein\n\n"
            "In de zomervakantie haalt Grondverzet Van Olst de oude tegels weg en legt Tapijthuis Van Dalen\n"
            "de vloer in het speellokaal. De nieuwe fietsenrekken komen van Rijwielhandel Bosman.\n"
            "De shirts van het voetbalteam zijn gesponsord door Fietsenmakerij Hendriks & Zn. uit Olst.\n"
            "Het hekwerk komt van Smeenk B.V. en het zand van Hofstede v.o.f.\n"
            "Het springkussen huren we bij Verhuurbedrijf Kees de Bruin uit Twello.\n\n"
            "| week | werk | wie |\n"
            "| --- | --- | --- |\n"
            "| 30 | vloeren | Van Dalen |\n")
    result = check("plein.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_who_shares_a_firms_surname_is_still_found(check):
    post = ("# Sponsorloop\n\n"
            "Tapijthuis Van Dalen sponsort de loop. Jansen (groep 6) liep de meeste rondjes,\n"
            "en Sem Van Dalen won de sprint. Dank aan Fietsenmakerij Jansen & Zn. voor de prijzen.\n")
    result = check("loop.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "loop.md", post, "Jansen (groep 6)".split()[0]), result.output
    assert reported_at(result, "loop.md", post, "Sem Van Dalen"), result.output


def test_a_first_name_after_a_word_of_a_trade_is_still_a_child(check):
    post = ("# Lezen\n\n"
            "De leesgroep van Noor las veel. In de Leesgroep Daan en Fenna zaten de snelste lezers.\n")
    result = check("lezen.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "lezen.md", post, "Daan"), result.output
