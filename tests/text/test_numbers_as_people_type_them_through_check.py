"""Dates of birth and numbers as parents and staff type them, seen from `screener check`: a table
column of dates of birth, a birth announcement, a handover list, phone numbers with a dash or from
abroad, a BSN with hyphens, a plate and a postcode in a chat, an e-mail address written out against
spam. Each next to its near miss that stays quiet: a calendar table, a chat timestamp, a deadline."""

from __future__ import annotations

import pytest


CONFIG = """
[organisation]
name = "Stichting Kindwijs"
schools = ["OBS De Zonnewijzer"]
"""


def _at(name: str, text: str, needle: str, rule: str) -> str:
    """The report line `screener check` prints for `needle` in `text`: file:line:col: error RULE."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return f"{name}:{number}:{line.index(needle) + 1}: error {rule}"
    raise AssertionError(f"{needle!r} is not in the post")


MARKDOWN_TABLE = """# Nieuwe kleuters

| naam | groep | geboren |
| --- | --- | --- |
| Lotus Verhagen | 1/2a | 04-01-2023 |
| Yazan Haddad | 1/2b | 2 jan 2023 |
| Elif Şahin | 1/2a | 31-12-’22 |
"""

HTML_TABLE = """<table>
<tr><th>Naam</th><th>Geboortedatum</th></tr>
<tr><td>Lotus Verhagen</td><td>04-01-2019</td></tr>
<tr><td>Sem de Graaf</td><td>12.3.2018</td></tr>
</table>
"""


@pytest.mark.parametrize(("name", "post", "dates"), [
    ("kleuters.md", MARKDOWN_TABLE, ["04-01-2023", "2 jan 2023", "31-12-’22"]),
    ("kleuters.html", HTML_TABLE, ["04-01-2019", "12.3.2018"]),
])
def test_every_date_in_a_table_column_headed_geboren_is_a_date_of_birth(check, name, post, dates):
    result = check(name, post)
    assert result.exit_code == 1, result.output
    for date in dates:
        assert _at(name, post, date, "A2-GEBOORTEDATUM") in result.output, result.output


@pytest.mark.parametrize(("name", "post"), [
    ("agenda.md", "# Agenda\n\n| datum | activiteit |\n| --- | --- |\n| 12-03-2026 | studiedag |\n"
                  "| 2 apr 2026 | paasontbijt |\n"),
    ("agenda.html", "<table>\n<tr><th>Datum</th><th>Activiteit</th></tr>\n"
                    "<tr><td>12-03-2026</td><td>studiedag</td></tr>\n</table>\n"),
])
def test_a_calendar_table_has_no_dates_of_birth(check, name, post):
    result = check(name, post)
    assert result.exit_code == 0, result.output
    assert "A2-GEBOORTEDATUM" not in result.output, result.output


HANDOVER = """AANDACHTSPUNTEN PER KIND
- merel dijkstra (° 12.05.2017) – dyslexie, mag luisterboeken.
- Sem-Jurre – geb. 7 jan. '17 – zit vooraan bij het raam.
- Liva Ouchen 2017-02-28 – notenallergie!! Epipen in de rode tas.
- Dawit – DOB: 21/8/2016 – buddy is Kasper.
- Kasper (*30-11-2016) – wordt door opa opgehaald.
- Noa Pinas – jarig deze week! (06/05/2017) Nee sorry, dat is mei.
- Toets rekenen inleveren uiterlijk 12-03-2026.
"""


@pytest.mark.parametrize("date", ["12.05.2017", "7 jan. '17", "2017-02-28", "21/8/2016", "30-11-2016", "06/05/2017"])
def test_a_date_of_birth_in_a_handover_list_is_reported(check, date):
    result = check("overdracht.txt", HANDOVER)
    assert _at("overdracht.txt", HANDOVER, date, "A2-GEBOORTEDATUM") in result.output, result.output


def test_a_deadline_in_the_same_list_is_no_date_of_birth(check):
    result = check("overdracht.txt", HANDOVER)
    assert _at("overdracht.txt", HANDOVER, "12-03-2026", "A2-GEBOORTEDATUM") not in result.output, result.output


def test_a_birth_announcement_reports_the_date_with_a_two_digit_year(check):
    post = ("Groot nieuws: juf Sterre is moeder geworden! Op zondag 8-11-'26 om 6.40 uur is\n"
            "Boaz geboren. Hij woog 3410 gram.\n")
    result = check("geboorte.md", post)
    assert _at("geboorte.md", post, "8-11-'26", "A2-GEBOORTEDATUM") in result.output, result.output


def test_a_chat_message_giving_a_childs_date_of_birth_is_reported_but_its_timestamp_is_not(check):
    chat = ("14-03-2027 19:02 - Karin: voor de zwemclub moest ik de geboortedatum van Noortje invullen en ik "
            "wist het even niet meer 🙈 het is 3-7-2016 toch\n"
            "[09-11-2026 20:34:59] Priya: de deadline is 12-03-2027, dus op tijd\n")
    result = check("chat.txt", chat)
    assert _at("chat.txt", chat, "3-7-2016", "A2-GEBOORTEDATUM") in result.output, result.output
    assert result.output.count("A2-GEBOORTEDATUM") == 1, result.output


@pytest.mark.parametrize("number", ["06 – 19 28 37 46", "06—19283746", "+49 176 2841 9053", "+32 470 12 34 56",
                                    "+44 7911 123456"])
def test_a_phone_number_with_a_dash_or_from_abroad_is_reported(check, number):
    post = f"Noodnummer moeder: {number}\n"
    result = check("formulier.txt", post)
    assert result.exit_code == 1, result.output
    assert _at("formulier.txt", post, number, "A2-TELEFOON") in result.output, result.output


def test_the_number_in_a_whatsapp_link_is_a_phone_number(check):
    post = "Laat even weten of je kind komt, via wa.me/31624189370 of hier in de groep.\n"
    result = check("chat.txt", post)
    assert _at("chat.txt", post, "31624189370", "A2-TELEFOON") in result.output, result.output


def test_an_amount_or_a_year_range_after_a_plus_is_no_foreign_phone_number(check):
    post = "Opbrengst sponsorloop: +12 345 euro ten opzichte van vorig jaar, groep 3 t/m 8.\n"
    result = check("opbrengst.txt", post)
    assert result.exit_code == 0, result.output


def test_a_bsn_with_hyphens_is_reported_and_grouped_digits_failing_the_elfproef_are_not(check):
    post = "Voor de schoolarts: Kasper 420-729-525.\nOnze klas telde 123-456-789 stappen.\n"
    result = check("schoolarts.txt", post)
    assert _at("schoolarts.txt", post, "420-729-525", "A2-BSN") in result.output, result.output
    assert result.output.count("A2-BSN") == 1, result.output


def test_a_licence_plate_in_lower_case_with_spaces_is_reported_near_a_car(check):
    post = "De wijkagent heeft de kentekens ghx 74 p en tz 218 b genoteerd bij de kiss-and-ride.\n"
    result = check("parkeren.txt", post)
    assert _at("parkeren.txt", post, "ghx 74 p", "A2-KENTEKEN") in result.output, result.output
    assert _at("parkeren.txt", post, "tz 218 b", "A2-KENTEKEN") in result.output, result.output


def test_letters_and_digits_with_spaces_and_no_car_are_no_licence_plate(check):
    post = "Ik heb 3 dvd 12 x bekeken en om 10 mnd 3 jr oud; les tm 12 30.\n"
    result = check("les.txt", post)
    assert result.exit_code == 0, result.output


def test_a_lower_case_postcode_in_a_chat_after_a_street_is_reported(check):
    chat = ("[09-11-2026 20:34:10] Robin: jullie wonen toch Zandweerdlaan 41?\n"
            "[09-11-2026 20:34:59] Priya: ja klopt. Voor de navigatie: 7415 dz\n")
    result = check("chat.txt", chat)
    assert _at("chat.txt", chat, "7415 dz", "A2-POSTCODE") in result.output, result.output


def test_a_year_and_a_short_word_in_a_chat_are_no_postcode(check):
    chat = "[09-11-2026 20:34:59] Priya: sinds 2024 op de fiets, in 2025 en 2026 ook\n"
    result = check("chat.txt", chat)
    assert "A2-POSTCODE" not in result.output, result.output


@pytest.mark.parametrize("address", ["jeroen.terbeek(at)ziggo.nl", "piet [at] gmail [dot] com",
                                     "a.bos {at} kpnmail (punt) nl"])
def test_an_e_mail_address_written_out_against_spam_is_reported(check, address):
    post = f"Vragen? Mail de penningmeester via {address} of kom langs.\n"
    result = check("mr.txt", post)
    assert _at("mr.txt", post, address, "A2-EMAIL") in result.output, result.output


def test_at_in_brackets_in_a_sentence_is_no_e_mail_address(check):
    post = "We zijn (at) home. Nl is een afkorting, kom naar ons [at] het plein.\n"
    result = check("zin.txt", post)
    assert "A2-EMAIL" not in result.output, result.output
