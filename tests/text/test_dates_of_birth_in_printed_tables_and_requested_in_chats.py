"""Dates of birth as a user sees them from `screener check`: in a table an administration system prints
as text (a rule line "---+---" under its header), in a chat after a message that asks for the dates of
birth of several children without a question mark, and after a label in another language ("ur.", Polish
for "born"). An event's date in the same chat stays quiet. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

RULE = "A2-GEBOORTEDATUM"
CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_dates_of_birth_under_a_printed_tables_rule_line_are_found_on_their_lines(check):
    post = ("Groepslijst 6b, afgedrukt 2 maart\n\n"
            "Nr | Roepnaam | Achternaam | Geb.dat. | Klas\n"
            "---+----------+------------+----------+-----\n"
            "7  | Tijn     | Hoekstra   | 04-11-2015 | 6b\n"
            "8  | Mirre    | Dijkman    | 2016-01-27 | 6b\n")
    result = check("groepslijst.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("04-11-2015", "2016-01-27"):
        assert reported_at(result, "groepslijst.txt", post, needle, RULE), result.output


def test_a_printed_table_of_payment_dates_stays_free_of_dates_of_birth(check):
    post = ("Betalingen schoolreis\n\n"
            "Termijn | Bedrag | Uiterlijk\n"
            "--------+--------+----------\n"
            "1       | € 20   | 01-10-2026\n"
            "2       | € 15   | 01-12-2026\n")
    result = check("betalingen.txt", post)
    assert RULE not in result.output, result.output


def test_dates_sent_after_a_request_for_the_childrens_dates_of_birth_are_found(check):
    post = ("[05-03-2026 19:02:11] Mariska: Voor de groepskaart van de dierentuin wil de juf de geboortedata "
            "van alle kinderen die meegaan. Daan is 3 juni 2016\n"
            "[05-03-2026 19:04:40] Tomasz: Zuzia ur. 19.10.2016\n"
            "[05-03-2026 19:05:02] Sevgi: Ela 2017-01-08\n"
            "[05-03-2026 19:07:30] Sevgi: En op 18-03-2026 vertrekt de bus om half negen\n")
    result = check("chat.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("3 juni 2016", "19.10.2016", "2017-01-08"):
        assert reported_at(result, "chat.txt", post, needle, RULE), result.output
    assert not reported_at(result, "chat.txt", post, "18-03-2026", RULE), result.output
