"""The writer's own sign-off is info, as a user sees it from `screener check`: a handover note signed
under its title ("Juf X, <date>") and again with the first name alone on its last line, and a sign-off
with a role that is no job title ("Meester X, TSO-coördinator namens het team"). A child named on the
note's last line without a sentence ending before it, a child in the note's body, and a lone name at
the end of a post without such a heading stay errors. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""

HANDOVER = """OVERDRACHT GROEP 5 – voor de invaller (week 12)
Juf Marieke, maart 2027

Dagritme
- 8.30 uur inloop, daarna de kring.
- Rekenen uit de methode, blok 4.

Let op
- Sanne mag om 14.00 uur naar de logopedie.

Succes! Bij vragen: bel me gerust, ik ben de hele week bereikbaar.
Marieke
"""


def test_a_handover_note_signed_under_its_title_and_at_its_end_shows_both_as_info(check):
    result = check("overdracht.txt", HANDOVER, "--min-severity", "info")
    assert reported_at(result, "overdracht.txt", HANDOVER, "Juf Marieke", severity="info"), result.output
    assert "overdracht.txt:12:1: info A2-NAAM" in result.output, result.output
    assert reported_at(result, "overdracht.txt", HANDOVER, "Sanne"), result.output  # the child is still found


def test_a_handover_signed_with_a_full_name_and_a_short_date_exits_0(check):
    post = ("OVERDRACHT GROEP 7 → invaller (wk 3-4)\n"
            "Meester Ruben Hoekstra, 12-01\n\n"
            "Planning\n- Maandag: spelling en rekenen.\n- Dinsdag: gym in de grote zaal.\n\n"
            "Succes! Vragen? App me, of vraag de juf van groep 8.\n"
            "Ruben\n")
    result = check("overdracht.txt", post)
    assert result.exit_code == 0, result.output


def test_a_child_on_the_last_line_of_a_signed_note_is_still_found(check):
    post = ("OVERDRACHT GROEP 5 – voor de invaller (week 12)\n"
            "Juf Marieke, maart 2027\n\n"
            "Let op: deze week is er een kind jarig.\n"
            "Succes! Bij vragen: bel me gerust. Morgen trakteert\n"
            "Daan\n")
    result = check("overdracht.txt", post)
    assert result.exit_code == 1, result.output
    assert "overdracht.txt:6:1: error A2-NAAM" in result.output, result.output


def test_a_pupil_signing_a_newspaper_piece_with_a_first_name_is_still_found(check):
    post = ("MIJN HUISDIER\n\n"
            "Mijn konijn heet Snuf. Hij eet het liefst wortels en springt door de tuin.\n"
            "Ik vind hem het liefste konijn van de wereld!\n"
            "Jesse\n")
    result = check("schoolkrant.txt", post)
    assert result.exit_code == 1, result.output
    assert "schoolkrant.txt:5:1: error A2-NAAM" in result.output, result.output


def test_a_sign_off_with_a_contact_role_is_info(check):
    post = ("# Overblijven in het nieuwe jaar\n\n"
            "Vanaf januari eten de kinderen van groep 1 tot en met 4 in hun eigen lokaal.\n"
            "Neem een gezonde lunch mee en een beker met naam.\n\n"
            "Bedankt voor jullie inzet!\n"
            "Meester Kevin, TSO-coördinator namens het team van OBS De Lindehof\n")
    result = check("overblijven.md", post, "--min-severity", "info")
    assert result.exit_code == 0, result.output
    assert "overblijven.md:7:1: info A2-NAAM" in result.output, result.output


def test_a_parent_named_with_a_contact_role_in_a_sentence_is_still_found(check):
    post = ("# Overblijven in het nieuwe jaar\n\n"
            "Neem een gezonde lunch mee en een beker met naam.\n"
            "Mevrouw Karin Smit, TSO-contactpersoon van de ouders, is bereikbaar via de administratie.\n\n"
            "Bedankt voor jullie inzet!\n"
            "Het team van OBS De Lindehof\n")
    result = check("overblijven.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "overblijven.md", post, "Mevrouw Karin Smit"), result.output
