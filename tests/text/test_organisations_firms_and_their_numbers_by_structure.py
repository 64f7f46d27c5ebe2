"""Whose number, which firm, what people: an organisation's general number read from the structure of the text (its
kind by the numbering plan, the organisation named in its clause or in its table row, its mailbox beside it, the
same number again), firms and shops named after their owners among shops, demonyms read off the place lexicon, a
council named by an organisation word, and a name shown on its own line after a title. The classes of session 17's
orgs4 work (tests/data/school-posts-own17-orgs, heldout14). The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_company_and_service_numbers_are_an_organisations_but_a_mobile_beside_them_is_a_persons(check):
    post = ("Inschrijven voor de zwemles kan ook telefonisch via 088 - 312 45 00.\n"
            "Vragen over uw kind? Coach Ilse Brand, 06-38271645.\n")
    result = check("zwemles.md", post, "--min-severity", "info")
    assert reported_at(result, "zwemles.md", post, "088 - 312", rule="A2-TELEFOON", severity="info"), result.output
    assert reported_at(result, "zwemles.md", post, "06-38271645", rule="A2-TELEFOON", severity="error"), result.output


def test_a_number_in_a_table_row_that_names_an_organisation_is_its_general_number(check):
    post = ("<table><tr><td>Scouting Salland</td><td>zomerkamp</td><td>0570-619933</td></tr>\n"
            "<tr><td>Atletiekvereniging Daventria</td><td>clinic</td><td>0570 62 48 10 (algemeen)</td></tr></table>\n")
    result = check("partners.html", post)
    assert "A2-TELEFOON" not in result.output, result.output


def test_a_clubs_word_or_mailbox_in_the_clause_makes_the_landline_the_clubs(check):
    post = ("Opgeven bij Tennisvereniging De Lob, 0570-655512.\n"
            "Meer weten? bestuur@ijsclubbathmen.nl of 0570-541122.\n")
    result = check("sport.md", post)
    assert "A2-TELEFOON" not in result.output, result.output


def test_the_receptions_number_again_under_a_contact_persons_sign_off_is_the_organisations(check):
    post = ("Meld u bij de receptie (0570 64 10 20). Op de dag zelf ben ik bereikbaar op 06-19384756.\n\n"
            "Groet,\nAnnelies Kroeze\nZorgcentrum De Boomgaard\n0570 64 10 20\n")
    result = check("bezoek.txt", post, "--min-severity", "info")
    assert reported_at(result, "bezoek.txt", post, "06-19384756", rule="A2-TELEFOON", severity="error"), result.output
    assert result.output.count("A2-TELEFOON") == 3 and result.output.count("error A2-TELEFOON") == 1, result.output


def test_demonyms_and_town_adjectives_are_no_persons(check):
    post = ("De Apeldoorners en de Hengeloërs liepen mee, net als veel Enschedeërs.\n"
            "Echte Utrechters eten een Utrechtse sprits; de Haarlemse Bavo is een kerk.\n")
    result = check("steden.md", post)
    assert "A2-NAAM" not in result.output, result.output


def test_a_council_named_by_an_organisation_word_is_no_person(check):
    post = "De Raad van Elf en de Raad van Toezicht kwamen kijken.\n"
    result = check("carnaval.md", post)
    assert "A2-NAAM" not in result.output, result.output


def test_shops_among_shops_and_branches_named_after_owners_are_no_persons_but_the_owner_is(check):
    post = ("We lopen langs:\n"
            "- Slagerij De Vries\n"
            "- Kapper Thomas Wolters\n"
            "- Bloemenhuis Anemoon\n"
            "Korting bij Intersport Ruud van Dijk en een kortingscode van Zalando of Bol.\n"
            "Eigenaar Bart Kuipers vertelde over zijn winkel.\n")
    result = check("route.md", post)
    assert result.output.count("A2-NAAM") == 1, result.output
    assert reported_at(result, "route.md", post, "Bart Kuipers", rule="A2-NAAM"), result.output


def test_a_name_after_a_title_that_ends_the_line_is_shown_on_the_names_line(check):
    post = "De kaarten geven we aan meester\nJoris, hij brengt ze langs.\n"
    result = check("kaart.md", post)
    assert "kaart.md:2:1:" in result.output, result.output


def test_a_figures_double_surname_is_the_figure_but_a_pupils_is_hers(check):
    post = ("Het werkstuk ging over Marie Curie. Haar echte naam was Maria Skłodowska-Curie.\n"
            "Lotte de Vries-Haring maakte er een tekening bij.\n")
    result = check("wetenschap.md", post)
    assert result.output.count("A2-NAAM") == 1, result.output
    assert reported_at(result, "wetenschap.md", post, "Lotte de Vries-Haring", rule="A2-NAAM"), result.output
