"""Forms, handover tables, class lists and minutes, seen from `screener check`: dates of birth in tables
typed with tabs, lined up with spaces, exported as CSV or turned into text from Word, under a header
spelled any way; a form's "Geb. d.d." and "datum van geboorte:"; birthdays in a birthday list; initials
of the people at a meeting; names in a column of names; numbers from abroad without spaces and a house
number with a letter and a digit. Each next to what stays quiet: a calendar of events with dates in
every form, a football table, the school's birthday, bodies that look like initials."""

from __future__ import annotations

import json

import pytest

from tests.helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Kindwijs"
schools = ["OBS De Zonnewijzer"]
"""

TAB_TABLE = ("Overdracht groep 6\n\nNaam\tgeb.datum\tgroep\tallergie\n"
             "Ilias Bouzid\t04-02-2015\t6a\tgeen allergieën bekend, wel een medische verklaring\n"
             "Fenna de Wit\t17-09-2014\t6a\tlactose, neemt eigen melk mee naar de klas\n"
             "Duc Nguyen\t21/12/14\t6b\tgeen\n")
ALIGNED_TABLE = ("leerling            dob          leeftijd   bijzonderheden\n"
                 "Ava Kramer          2019-08-14   6 jr       logopedie op dinsdag en donderdag\n"
                 "Zeynep Aydın        3 apr. '20   6 jr       spreekt thuis Turks, NT2-ondersteuning\n"
                 "Ties                20.01.2020   6 jr       -\n")
CSV_EXPORT = ("leerlingnummer;achternaam;voornaam;geboortedatum;groep\n"
              "1;Smit;Jesse;2017-04-03;4A\n2;Wiersma;Tjitske;2017-02-09;4B\n")
WORD_TABLE = ("Klassenlijst groep 8\n\nNaam\nGeboortedatum\nWoonplaats\n"
              "Thijs Bos\n15-05-2014\nDeventer\nDewi Sutedja\n2 augustus 2014\nOlst\n")


@pytest.mark.parametrize(("name", "post", "dates"), [
    ("overdracht.txt", TAB_TABLE, ["04-02-2015", "17-09-2014", "21/12/14"]),
    ("overdracht-spaties.txt", ALIGNED_TABLE, ["2019-08-14", "3 apr. '20", "20.01.2020"]),
    ("export.txt", CSV_EXPORT, ["2017-04-03", "2017-02-09"]),
    ("klassenlijst.txt", WORD_TABLE, ["15-05-2014", "2 augustus 2014"]),
])
def test_every_date_in_a_plain_text_table_under_a_birth_header_is_a_date_of_birth(check, name, post, dates):
    result = check(name, post)
    assert result.exit_code == 1, result.output
    for date in dates:
        assert reported_at(result, name, post, date, "A2-GEBOORTEDATUM"), result.output


def test_a_markdown_table_headed_gebdat_or_verjaardag_gives_dates_of_birth_also_without_a_year(check):
    post = ("# Groep 3\n\n| gebdat | naam |\n| --- | --- |\n| 3-4-2017 | Lieke |\n\n"
            "| verjaardag | naam | wordt |\n| --- | --- | --- |\n| 03-04 | Bram | 7 |\n")
    result = check("groep3.md", post)
    assert reported_at(result, "groep3.md", post, "3-4-2017", "A2-GEBOORTEDATUM"), result.output
    assert reported_at(result, "groep3.md", post, "03-04", "A2-GEBOORTEDATUM"), result.output


@pytest.mark.parametrize(("label", "date"), [("Geb. d.d. ", "2016-04-03"), ("datum van geboorte: ", "2021-07-19"),
                                             ("Geboortedatum: ", "03/04/22")])
def test_a_forms_birth_label_makes_its_date_a_date_of_birth(check, label, date):
    post = f"TOESTEMMINGSFORMULIER\n\nNaam leerling: Luuk Dijkstra\n{label}{date}\nGroep: 6b\n"
    result = check("formulier.txt", post)
    assert reported_at(result, "formulier.txt", post, date, "A2-GEBOORTEDATUM"), result.output


def test_birthdays_in_a_list_under_jarigen_are_dates_of_birth_but_an_agenda_list_is_not(check):
    post = ("# Nieuwsbrief\n\n## Jarigen deze maand\n\n- 3 maart: Noor (groep 2)\n- 11 maart: Stijn (groep 6)\n\n"
            "## Agenda\n\n- 13 maart: studiedag\n- 27 maart: paasontbijt\n")
    result = check("nieuwsbrief.md", post)
    assert reported_at(result, "nieuwsbrief.md", post, "3 maart", "A2-GEBOORTEDATUM"), result.output
    assert reported_at(result, "nieuwsbrief.md", post, "11 maart", "A2-GEBOORTEDATUM"), result.output
    assert "A2-GEBOORTEDATUM" not in "\n".join(line for line in result.output.splitlines()
                                               if ":12:" in line or ":13:" in line), result.output


def test_a_calendar_of_events_a_results_table_and_the_schools_birthday_stay_quiet(check):
    post = ("# Jaarkalender\n\n| datum | activiteit |\n| --- | --- |\n| 3-4-2026 | paasontbijt |\n"
            "| 06/04/26 | tweede paasdag |\n| 2026-04-24 | inleveren formulieren (deadline) |\n"
            "| 27 apr. '26 | Koningsdag |\n| 14-5 | Hemelvaart |\n\n"
            "| wedstrijd | uitslag |\n| --- | --- |\n| Zonnewijzer A1 – Zonnewijzer B2 | 3-4 |\n\n"
            "Verjaardag van de school: 1 juni (geopend op 1-6-1976).\n")
    result = check("kalender.md", post)
    assert result.exit_code == 0, result.output
    assert "A2-GEBOORTEDATUM" not in result.output, result.output


MINUTES = ("Notulen MR, 11 maart 2026\n\n"
           "Aanwezig: JdV, M.B., KvdH (notulist), PB, juf Wendy (namens het team) Afwezig: L.v.D.\n\n"
           "1. Begroting: M.B. vraagt naar de post ICT. De MR en de GMR stemmen in.\n"
           "- actie: PB – offerte schoolplein opvragen\n")


@pytest.mark.parametrize("initials", ["JdV", "KvdH", "L.v.D."])
def test_initials_in_the_attendee_list_of_minutes_are_names(check, initials):
    result = check("notulen.txt", MINUTES)
    assert reported_at(result, "notulen.txt", MINUTES, initials), result.output


def test_initials_named_as_attendee_are_names_wherever_they_stand_but_bodies_are_not(check):
    result = check("notulen.txt", MINUTES)
    line = MINUTES.splitlines()[4]
    assert f"notulen.txt:5:{line.index('M.B.') + 1}: error A2-NAAM" in result.output, result.output
    assert f"notulen.txt:6:{MINUTES.splitlines()[5].index('PB') + 1}: error A2-NAAM" in result.output, result.output
    assert f"notulen.txt:5:{line.index('MR') + 1}:" not in result.output, result.output
    assert f"notulen.txt:5:{line.index('GMR') + 1}:" not in result.output, result.output


def test_initials_outside_minutes_are_not_names(check):
    post = "De MR vergadert op 12 maart. PB staat voor persoonlijk budget, zie de schoolgids.\n"
    result = check("bericht.txt", post)
    assert "A2-NAAM" not in result.output, result.output


@pytest.mark.parametrize(("name", "post", "names"), [
    ("export.txt", CSV_EXPORT, ["Smit", "Jesse", "Wiersma", "Tjitske"]),
    ("teams.md", "# Teams\n\n| groep | leerling | ouder(s) |\n| --- | --- | --- |\n| 5 | Ole | Karima Bouzid |\n"
                 "| 6 | Liv | Joost de Wit |\n", ["Ole", "Liv", "Karima Bouzid", "Joost de Wit"]),
])
def test_the_cells_of_a_column_of_names_are_names(check, name, post, names):
    result = check(name, post)
    for person in names:
        assert reported_at(result, name, post, person), result.output


def test_a_column_of_teams_or_of_things_under_naam_gives_no_names(check):
    post = "# Prijzen\n\n| naam | prijs |\n| --- | --- |\n| schoolshirt | € 12,50 |\n| gymtas | € 6,00 |\n\n" \
           "| Team | sport |\n| --- | --- |\n| Rood | voetbal |\n| Blauw | trefbal |\n"
    result = check("prijzen.md", post)
    assert "A2-NAAM" not in result.output, result.output


@pytest.mark.parametrize("number", ["0032470123456", "+31612345678", "(+31)612345678", "+310612345678",
                                    "+32(0)470123456"])
def test_a_mobile_number_in_international_form_without_spaces_is_a_phone_number(check, number):
    post = f"Noodnummer moeder: tel.{number}\n"
    result = check("excursie.txt", post)
    assert reported_at(result, "excursie.txt", post, number, "A2-TELEFOON"), result.output


def test_a_house_number_with_a_letter_and_a_digit_after_a_space_is_reported_whole(check):
    post = "Adres: Koekoekstraat 12 A2, 7422 BK Deventer\n"
    result = check("aanmelding.txt", post, "--format", "json")
    assert result.exit_code == 1, result.output
    address = next(f for f in json.loads(result.output)["findings"] if f["rule"] == "A2-ADRES")
    assert (address["line"], address["col"], address["end_col"]) == (1, 8, 8 + len("Koekoekstraat 12 A2")), address


def test_the_practices_number_on_a_medication_form_stays_quiet_but_a_parents_mobile_is_reported(check):
    post = ("Naam ouder/verzorger: Sanne Dijkstra\nTelefoon bij nood: 06-5512 8734\n"
            "Huisarts: Gezondheidscentrum Keizerslanden, 0570 61 22 00\n")
    result = check("medicijnen.txt", post)
    assert reported_at(result, "medicijnen.txt", post, "06-5512 8734", "A2-TELEFOON"), result.output
    assert "medicijnen.txt:3:" not in result.output, result.output


def test_a_pupils_birthday_celebrated_at_school_is_still_a_date_of_birth(check):
    post = "Op school vierden we dat Sem jarig was; hij is geboren op 3-4-2017.\n"
    result = check("verjaardag.txt", post)
    assert reported_at(result, "verjaardag.txt", post, "3-4-2017", "A2-GEBOORTEDATUM"), result.output


@pytest.mark.parametrize(("line", "address"), [("Adres: Brink 12 A2", "Brink 12 A2"),
                                               ("Woonadres kind: Het Laar 5 B1", "Het Laar 5 B1"),
                                               ("Adres: Kerkstraat 12-A2", "Kerkstraat 12-A2")])
def test_an_address_after_a_forms_label_is_reported_whatever_the_street_is_called(check, line, address):
    post = f"AANMELDFORMULIER\n\nNaam: Julia Hendriks\n{line}\n"
    result = check("aanmelding.txt", post)
    assert reported_at(result, "aanmelding.txt", post, address, "A2-ADRES"), result.output
