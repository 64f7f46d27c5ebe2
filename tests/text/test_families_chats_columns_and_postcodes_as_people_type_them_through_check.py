"""Names and postcodes in the shapes session 15's recall2 helper found missed (school-posts-heldout12 and older sets),
as a user sees them from `screener check`: the parents of a newly arrived family named by their first names alone
("hun ouders heten X en Y", "papa X", "X is de moeder van"), also where a phone number ends in what looks like a year;
two families in one cell of an export ("X / Y"); a postcode whose letters are a unit ("ML") under a street; lower-case
names taken along in a chat ("ik neem jade en bo mee") or opening a sentence of a line typed without capitals; and
short first names (also a city's) in the first rows of a column of names. Beside each a look-alike that stays quiet.
The posts are made up for each shape, not the sets' own sentences."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop", "IKC Twee Zeeën"]
public = ["Dr. Lindenlaan 4", "7411 AB Deventer", "info@obsdeklimop.nl"]
"""


def test_the_parents_of_a_family_introduced_are_found_wherever_the_post_names_them_again(check):
    post = ("Welkom aan Nahom (groep 4)! Zijn ouders heten Berhane en Semhar.\n"
            "Berhane werkte in Eritrea als timmerman. Semhar is de moeder van nog twee kleintjes.\n"
            "Wie Semhar wil helpen met de taal: bel of app haar op 06 4821 1397.\n"
            "Vader Berhane zoekt ook nog een fiets.\n")
    result = check("welkom.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("Berhane en", "Semhar.", "Berhane werkte", "Semhar is", "Semhar wil", "Berhane zoekt"):
        assert reported_at(result, "welkom.txt", post, needle), (needle, result.output)


def test_a_thing_that_is_named_stays_quiet(check):
    post = "Het nieuwe boek in de klas heet Koekeloer en gaat over een haan.\nMoeder Aarde is het thema van deze week.\n"
    result = check("thema.txt", post)
    assert result.exit_code == 0, result.output


def test_two_families_in_one_cell_of_an_export_are_both_found(check):
    post = ("dag;gezin;contact;telefoon\n"
            "maandag;Wolbrink;Anja;06-12345678\n"
            "dinsdag;Tjeerdsma / Lammers;Sietske;06-23456789\n"
            "woensdag;Hulshof;Bram;06-34567890\n")
    result = check("rooster.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "rooster.txt", post, "Tjeerdsma"), result.output
    assert reported_at(result, "rooster.txt", post, "Lammers"), result.output


def test_a_postcode_whose_letters_are_a_unit_under_a_street_is_a_postcode_and_a_dose_is_not(check):
    post = ("Met vriendelijke groet,\n\nKarin Mulder\nBerkenlaan 17\n7412 ML Deventer\n")
    result = check("mail.txt", post, "--author-role", "ouder")
    assert reported_at(result, "mail.txt", post, "7412 ML", rule="A2-POSTCODE"), result.output
    dose = "Geef het kind 1250 mg paracetamol per dag, niet meer.\n"
    assert "A2-POSTCODE" not in check("dosis.txt", dose).output


def test_lower_case_names_taken_along_in_a_chat_are_found_and_a_cuddly_toy_is_not(check):
    post = ("12-06-2026 19:04 - Mirjam: Ik neem fem en bo mee, die wonen bij ons om de hoek\n"
            "12-06-2026 19:06 - Mirjam: En haal jij sep op?\n"
            "12-06-2026 19:07 - Mirjam: Neem ook een beer mee voor de knuffeldag\n")
    result = check("chat.txt", post)
    assert reported_at(result, "chat.txt", post, "fem en"), result.output
    assert reported_at(result, "chat.txt", post, "bo mee"), result.output
    assert reported_at(result, "chat.txt", post, "sep op"), result.output
    assert not reported_at(result, "chat.txt", post, "beer mee"), result.output


def test_a_name_that_is_a_word_opening_a_sentence_of_a_diary_typed_in_lower_case_is_found(check):
    post = "vandaag gingen wij naar de bieb. merel kreeg een boek over paarden. het was leuk.\n"
    result = check("dagboek.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "dagboek.txt", post, "merel"), result.output


def test_first_names_that_are_words_or_cities_in_a_column_of_names_are_found(check):
    post = ("Afwezig deze week\n\n"
            "ma  Beer        oorontsteking\n"
            "di  Daan        tandarts\n"
            "wo  Florence    familiebezoek\n"
            "do  Mees        koorts\n")
    result = check("afwezig.txt", post)
    for needle in ("Beer", "Daan", "Florence", "Mees"):
        assert reported_at(result, "afwezig.txt", post, needle), (needle, result.output)


def test_a_header_row_above_a_column_of_names_stays_quiet(check):
    post = ("Leerling\tOuder\tTelefoon\n"
            "Olivia Brandsma\tHenk Brandsma\t06-19283746\n"
            "Ravi Mahabier\tSunita Mahabier\t06-73829104\n"
            "Ilse Wassink\tMarco Wassink\t06-92837465\n")
    result = check("lijst.txt", post)
    assert not reported_at(result, "lijst.txt", post, "Ouder"), result.output
