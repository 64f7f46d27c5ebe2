"""A firm named after a surname is a firm, as a user sees it from `screener check`: its trade before the
name ("Fietsenmakerij Jansen", "Tapijthuis Van Dalen", "Grondverzet Van Olst") or its legal form after it
("Jansen & Zn.", "Mulder B.V."), its wares before or after the owner's name ("Schoenen Wim Brouwer", "Van
Zanten Fietsen"), the shopkeeper's trade before a first name ("Kapper Mo", "de Fietsenmaker van Gerrit Jan"), and
the firm's name again further on. A child who shares the surname is still found ("Jansen (groep 6)", "Sem
Jansen"), and so is a first name after wares that open a sentence ("Fietsen Noor en Sara ook mee?") and a full
name after a shopkeeper's trade ("Kapper Mo Jansen"). The posts are made up."""

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


def test_shops_named_by_their_wares_or_their_keepers_trade_are_no_persons(check):
    post = ("Beste ouders,\n\n"
            "Gymschoenen zijn te koop bij Van den Assem Sport of bij\n"
            "Schoenen Wim Brouwer op de Brink. De fietsen keurt de Fietsenmaker van Gerrit Jan uit Holten.\n"
            "Prijzen kwamen van Groenteboer Harry, Koffiebranderij Peeze en Bloemsierkunst Anja's Tuin.\n\n"
            "Kapper Mo | Van Zanten Fietsen | 't Winkeltje van Truus | Bouwbedrijf Gebr. Nijhuis\n\n"
            "We proefden drop van Snoepwinkel Tante Truus. De winnaar: Tante Truus!\n")
    result = check("winkels.txt", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_beside_a_shop_word_is_still_found(check):
    post = ("# Groep 6\n\n"
            "Morgen fietsen Sem en Daan naar Holten. Fietsen Noor en Sara ook mee?\n"
            "Gisteren knipte Kapper Mo Jansen de hele klas. Ook Tess Bakker Sport deed mee.\n")
    result = check("groep.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Sem", "Noor", "Mo Jansen", "Tess Bakker"):
        assert reported_at(result, "groep.md", post, name), (name, result.output)


def test_a_farm_a_cheese_maker_and_a_photo_firm_are_no_persons_nor_their_towns_homes(check):
    post = ("# Schoolfoto's en de kaasproeverij\n\n"
            "Dit jaar kwam Foto Hendriks uit Raalte de schoolfoto's maken. Vragen? Mail Foto Hendriks.\n"
            "De kaas kwam van zorgboerderij 't Olde Hof uit Heino en van kaasmakerij Jan Wolters.\n"
            "Sem Hendriks uit groep 6 won de kleurplatenwedstrijd.\n")
    result = check("foto.md", post)
    assert reported_at(result, "foto.md", post, "Sem Hendriks"), result.output
    assert result.output.count("A2-NAAM") == 1, result.output
    assert "warning A2-PLAATS" not in result.output, result.output


def test_a_farms_address_under_its_name_in_a_signature_is_no_ones_home(check):
    post = ("Met hartelijke groet,\n\n"
            "Zorgboerderij Mulder\n"
            "Wesseperweg 21\n"
            "8124 AB Wesepe\n")
    result = check("mail.txt", post)
    assert "error A2-ADRES" not in result.output and "error A2-POSTCODE" not in result.output, result.output
    private = post.replace("Zorgboerderij Mulder", "Sanne Mulder")
    result = check("mail.txt", private)
    assert reported_at(result, "mail.txt", private, "Wesseperweg 21", rule="A2-ADRES"), result.output
    assert reported_at(result, "mail.txt", private, "8124 AB", rule="A2-POSTCODE"), result.output
