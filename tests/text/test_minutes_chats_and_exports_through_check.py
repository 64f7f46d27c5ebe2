"""Names in minutes, chats and form exports in the form people type them: the initials of an attendee
named in full, a chat's sender on every message, a parent's name typed in lower case in an export; as
a user sees it from `screener check`, each beside a look-alike that stays quiet. The posts are made
up for these tests."""

from __future__ import annotations

from tests.helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
"""

MINUTES = ("# Notulen ouderraad 3 februari\n\n"
           "Aanwezig: Wouter-Jan Brink (voorzitter), Fenna Kok, Olga Ruiters,\nDaan van Loon (penningmeester)\n\n"
           "1. Kascontrole: in orde. Actie: FK.\n"
           "2. De OR vraagt de MR om een reactie.\n\n"
           "| wie | wat | wanneer |\n| --- | --- | --- |\n| WJB | flyer lentemarkt | 1 maart |\n"
           "| DvL | kassa | 8 maart |\n")


def test_the_initials_of_an_attendee_named_in_full_are_names_in_the_action_list(check):
    result = check("notulen.md", MINUTES)
    lines = MINUTES.splitlines()
    for needle in ("FK", "WJB", "DvL"):
        line = next(i for i, row in enumerate(lines, 1) if f" {needle}" in row)
        col = lines[line - 1].index(f" {needle}") + 2
        assert f"notulen.md:{line}:{col}: error A2-NAAM" in result.output, (needle, result.output)
    assert reported_at(result, "notulen.md", MINUTES, "Daan van Loon"), result.output
    assert result.exit_code == 1, result.output


def test_a_body_whose_letters_an_attendee_shares_stays_no_name(check):
    result = check("notulen.md", MINUTES)
    line = MINUTES.splitlines()[6]
    assert line.startswith("2. De OR")
    assert "notulen.md:7:" not in result.output, result.output


TRIP = ("18-05-2027 09:12 - Karin Dekker: Wie rijdt er mee naar het spoorwegmuseum?\n"
        "18-05-2027 10:40 - Karin Dekker: We staan bij de stoomtrein uit 1889, kom maar hierheen\n"
        "18-05-2027 10:41 - +31 6 12 34 56 78: Top, zijn er over vijf minuten\n")


def test_a_chat_sender_is_a_person_on_every_message_whatever_year_the_message_names(check):
    result = check("uitje.txt", TRIP)
    assert "uitje.txt:1:20: error A2-NAAM" in result.output, result.output
    assert "uitje.txt:2:20: error A2-NAAM" in result.output, result.output
    assert "uitje.txt:3:20: error A2-TELEFOON" in result.output, result.output
    assert "uitje.txt:3:20: error A2-NAAM" not in result.output, result.output


EXPORT = ("Tijdstempel;Naam ouder;Kind;Opmerking\n"
          "02-03-2027 08:12:01;Anouk Verhoef;Lars;rijdt mee\n"
          "02-03-2027 09:40:22;m. van der berg-jansen;Noor;geen auto\n"
          "02-03-2027 10:05:13;weet ik niet;Sem;neemt fruit mee\n")


def test_a_parents_name_typed_in_lower_case_in_a_form_export_is_a_name(check):
    result = check("aanmeldingen.txt", EXPORT)
    assert "aanmeldingen.txt:3:21: error A2-NAAM" in result.output, result.output
    assert "aanmeldingen.txt:4:21:" not in result.output, result.output  # "weet ik niet"


READING_GROUP = ("# Notulen werkgroep lezen 4 maart\n\n"
                 "Aanwezig: Nadia Tahiri, Mark Rutten, Ingrid Bakker\n\n"
                 "1. Leesmap groep 5: NT zoekt uit welke boeken er nodig zijn.\n"
                 "2. De MR krijgt het plan; de IB'er kijkt mee.\n")

READING_PLAN = ("# Notulen werkgroep lezen 4 maart\n\n"
                "Aanwezig: de hele werkgroep\n\n"
                "1. Leesmap NT2: er komen tien nieuwe boeken, ook voor de NT-groep van juf.\n")


def test_initials_shaped_like_an_abbreviation_are_the_attendee_named_in_full(check):
    result = check("notulen.md", READING_GROUP)
    assert reported_at(result, "notulen.md", READING_GROUP, "NT zoekt"), result.output
    assert "notulen.md:6:" not in result.output, result.output  # "MR" and "IB" stay the council and the role
    assert result.exit_code == 1, result.output


def test_the_abbreviation_nt_without_an_attendee_of_those_initials_stays_quiet(check):
    result = check("notulen.md", READING_PLAN)
    assert "A2-NAAM" not in result.output, result.output
    assert result.exit_code == 0, result.output
