"""Names and dates of birth in the shapes the twelfth blind set (school-posts-heldout11) missed, as a user sees them
from `screener check`: two first names joined in one camel-case hashtag ("#SemEnNoor"); initials before a surname
that is also a word, in a double surname or a form's field ("G.H. Fries-Bolhuis", "Handtekening: W. Fries"); a
child's name in the bracket after the family's name in a fixed-width list, and a family name that is also a
village's in that list; a name the text calls a surname ("achternaam Mol"); the date of birth of a life's span in an
in memoriam. Beside each a look-alike that stays quiet. The posts are made up for each shape, not the set's own
sentences."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop", "IKC Twee Zeeën"]
public = ["Dr. Lindenlaan 4", "7411 AB Deventer", "info@obsdeklimop.nl"]
"""


def test_two_first_names_joined_in_one_hashtag_are_both_found(check):
    post = ("Wat een mooie dag in groep 3! Bedankt voor de taart.\n"
            "#SemEnNoor #groep3 #obsdeklimop\n")
    result = check("taart.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "taart.txt", post, "Sem"), result.output
    assert reported_at(result, "taart.txt", post, "Noor #"), result.output


def test_two_ordinary_words_joined_in_a_hashtag_stay_quiet(check):
    post = "De kinderen maakten een seizoenentafel.\n#ZomerEnWinter #KunstEnCultuur #groep5\n"
    result = check("seizoen.txt", post)
    assert result.exit_code == 0, result.output


def test_initials_before_a_surname_that_is_also_a_word_in_a_form_are_a_person(check):
    post = ("TOESTEMMING OPHALEN\n\n"
            "1. Naam:        G.H. Fries-Bolhuis (oma)\n"
            "   Telefoon:    via de leerkracht\n\n"
            "Datum: 12-01-2027             Handtekening: W. Fries\n")
    result = check("ophalen.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "ophalen.txt", post, "G.H. Fries-Bolhuis"), result.output
    assert reported_at(result, "ophalen.txt", post, "W. Fries"), result.output


def test_a_letter_before_an_ordinary_word_in_a_sentence_stays_quiet(check):
    post = "Lukt het niet? Dan is er plan B. Succes allemaal!\nZie ook punt A. Daarna gaan we verder.\n"
    result = check("plan.txt", post)
    assert result.exit_code == 0, result.output


def test_a_child_in_the_bracket_after_the_family_and_a_family_named_like_a_village_are_found(check):
    post = ("Uitleenlijst bibliotheek, stand december\n\n"
            "lidnr  gezin                    contact\n"
            "B-011  Vos (Jesse, gr. 2)       06 12 34 56 78\n"
            "B-014  Yilmaz (Elif en Can)     elif.thuis@example.nl\n"
            "B-020  Tran (Linh, gr. 4)       06 98 76 54 32\n"
            "B-023  Wijnbergen               06 11 22 33 44\n"
            "B-027  Marco de Groot (vader Siem)  06 55 44 33 22\n")
    result = check("uitleen.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "uitleen.txt", post, "Linh"), result.output
    assert reported_at(result, "uitleen.txt", post, "Tran"), result.output
    assert reported_at(result, "uitleen.txt", post, "Wijnbergen"), result.output


def test_a_list_of_games_with_notes_in_brackets_stays_quiet(check):
    post = ("Nieuwe spellen in de speel-o-theek\n\n"
            "code    spel                      plaats\n"
            "SP-101  Halli Galli (4-8 jaar)    kast 2\n"
            "SP-102  Blokus (2-4 spelers)      kast 2\n"
            "SP-103  Memory (dieren, klein)    kast 3\n"
            "SP-104  Rummikub (compleet)       kast 3\n")
    result = check("spellen.txt", post)
    assert result.exit_code == 0, result.output


def test_a_word_the_text_calls_a_surname_is_a_person(check):
    post = ("Verzuim week 48\n"
            "di 24-11  gr 6    joep (achternaam Mol)     buikpijn, opgehaald door zijn vader\n")
    result = check("verzuim.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "verzuim.txt", post, "Mol"), result.output


def test_the_date_of_birth_of_a_life_span_in_an_in_memoriam_is_found(check):
    post = ("In memoriam meester Arend Kooiman\n\n"
            "14 februari 1952 – 20 november 2026\n\n"
            "Met verdriet namen wij afscheid van onze oud-collega.\n")
    result = check("memoriam.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "memoriam.txt", post, "14 februari 1952", rule="A2-GEBOORTEDATUM"), result.output
    assert ":3:20: error A2-GEBOORTEDATUM" not in result.output, result.output  # the date of death is none


def test_a_period_of_work_with_two_dates_stays_quiet(check):
    post = ("Afscheid van onze conciërge\n\n"
            "Hij werkte bij ons van 1 augustus 1989 – 31 juli 2026. Op vrijdag nemen we afscheid.\n")
    result = check("afscheid.txt", post)
    assert "A2-GEBOORTEDATUM" not in result.output, result.output


def test_names_after_a_family_word_in_a_markdown_list_whose_items_end_in_a_bracket_are_found(check):
    post = ("---\ntitel: Ons kookboekje\nkanaal: website\nauteur_rol: leerkracht\n---\n"
            "# Het kookboekje van groep 6\n\n"
            "- Chorba met kikkererwten – recept van de familie Benali (groep 5)\n"
            "- Roti uit Suriname – van tante Ramdin van Priya (groep 2)\n"
            "- Kroketten zonder frituur – de familie Smeenk\n")
    result = check("kookboekje.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "kookboekje.md", post, "tante Ramdin"), result.output
    assert reported_at(result, "kookboekje.md", post, "Priya"), result.output


def test_a_wrapped_list_item_still_reads_a_name_cut_by_the_wrap(check):
    post = ("---\ntitel: Voorlezen\nkanaal: website\nauteur_rol: leerkracht\n---\n"
            "- Deze week lezen we in groep 4 voor uit het prentenboek van Julia Donaldson en Axel\n"
            "  Scheffler, en daarna tekenen de kinderen de Gruffalo.\n")
    result = check("voorlezen.md", post)
    assert "A2-NAAM" not in result.output, result.output  # the makers of the book, read as one
