"""Phone numbers, home addresses and postcodes from abroad, as a user sees them from `screener check`: numbers in
international form read by `phonenumbers` for their country (also when the line goes on with another number or the
next line opens with one), a country's own form only beside that country's name, streets written the way their
country writes them, postcodes where an address puts them; beside them numbers that only look like these (dates,
times, amounts, scores, sizes, a partner school's office), which stay quiet. Made up for these tests; none of the
shapes is a sentence of the own17-intl set."""

from __future__ import annotations

from tests.helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
"""


def test_a_mobile_in_international_form_at_a_line_end_before_a_numbered_line_is_reported(check):
    post = ("Gastgezinnen Wrocław:\n1. rodzina Kowal, tel. +48 724 615 309\n2. rodzina Bąk, tel. +48 690 118 274\n"
            "3. nog open\n")
    result = check("gastgezinnen.txt", post)
    assert reported_at(result, "gastgezinnen.txt", post, "+48 724", rule="A2-TELEFOON"), result.output
    assert reported_at(result, "gastgezinnen.txt", post, "+48 690", rule="A2-TELEFOON"), result.output


def test_numbers_of_other_countries_in_international_form_are_reported(check):
    post = ("Noodnummers tijdens de vakantie:\nMoeder (Turkije): 0090 533 207 41 86\nVader: (+44) 7946 093 221\n"
            "Oom in Syrië: +963 933 482 105\n")
    result = check("noodnummers.txt", post)
    for needle in ("0090 533", "(+44) 7946", "+963 933"):
        assert reported_at(result, "noodnummers.txt", post, needle, rule="A2-TELEFOON"), (needle, result.output)


def test_a_national_number_beside_its_country_is_reported_and_without_a_country_stays_quiet(check):
    post = "Je kunt me in Spanje bellen op 611 27 38 49, tot zondag!\n"
    result = check("spanje.txt", post)
    assert reported_at(result, "spanje.txt", post, "611 27", rule="A2-TELEFOON"), result.output
    quiet = "De sponsorloop bracht 611 27 38 49 stappen op, en groep 5 liep het verst.\n"
    result = check("sponsorloop.txt", quiet)
    assert "A2-TELEFOON" not in result.output, result.output


def test_streets_abroad_with_their_flats_and_postcodes_are_reported(check):
    post = ("Adressen voor de kerstkaarten:\n- babcia: os. Piastowskie 14 m. 22, 61-158 Poznań\n"
            "- dede: Atatürk Cad. No: 112 D: 4, 35220 Konak/İzmir\n- tía Rosa: Calle del Pez 9, 1º A, 41003 Sevilla\n"
            "- Oma Inge: Lübecker Straße 61, 22087 Hamburg\n- Tante Lies: Av. Bosquet 3, 75007 Paris\n")
    result = check("kerstkaarten.txt", post)
    for needle in ("os. Piastowskie", "Atatürk Cad.", "Calle del Pez", "Lübecker Straße", "Av. Bosquet"):
        assert reported_at(result, "kerstkaarten.txt", post, needle, rule="A2-ADRES"), (needle, result.output)
    for needle in ("61-158", "35220", "41003", "22087", "75007"):
        assert reported_at(result, "kerstkaarten.txt", post, needle, rule="A2-POSTCODE"), (needle, result.output)


def test_a_street_by_any_name_before_a_postcode_and_town_is_reported(check):
    post = "Onze gastfamilie woont Zum Sonnenhang 8, 44139 Dortmund.\n"
    result = check("gastfamilie.txt", post)
    assert reported_at(result, "gastfamilie.txt", post, "Zum Sonnenhang 8", rule="A2-ADRES"), result.output
    assert reported_at(result, "gastfamilie.txt", post, "44139", rule="A2-POSTCODE"), result.output


def test_a_belgian_and_a_british_postcode_under_their_address_are_reported(check):
    post = ("Familie Claes\nMolenstraat 7 bus 2\n3000 Leuven\n\nThe Parkers\n9 Elm Grove\nClifton\nBS8 4QT Bristol\n")
    result = check("adressen.txt", post)
    assert reported_at(result, "adressen.txt", post, "3000", rule="A2-POSTCODE"), result.output
    assert reported_at(result, "adressen.txt", post, "BS8 4QT", rule="A2-POSTCODE"), result.output


def test_numbers_that_look_like_numbers_from_abroad_stay_quiet(check):
    post = ("De reis naar Polen: van 20-24 mei, vertrek 06.15 uur, terug rond 21.30-22.00 uur. Kosten € 20.024 voor de\n"
            "hele groep, 1.150 km. Uitslag voetbal: 20-16. Maten 116-128. Het bestelnummer 48-512-907 staat op de bon.\n"
            "Groep 7, 2026 was een mooi jaar. Schooljaar 2026-2027 start op 31-08-2026.\n")
    result = check("reis.txt", post)
    for rule in ("A2-TELEFOON", "A2-ADRES", "A2-POSTCODE"):
        assert rule not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_a_partner_schools_own_address_and_office_number_are_no_error(check):
    post = ("Onze partnerschool is de Grundschule am Wall, Wallstraße 3, 48143 Münster. Het secretariaat is\n"
            "bereikbaar op +49 251 492 7300.\n")
    result = check("partnerschool.txt", post)
    assert "error A2-ADRES" not in result.output and "error A2-POSTCODE" not in result.output, result.output
    assert "error A2-TELEFOON" not in result.output, result.output
