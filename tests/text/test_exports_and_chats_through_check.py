"""Names the way people type them, as a user sees it from `screener check`: in the fields of a form or
spreadsheet export (semicolons, commas, tabs, quoted and empty fields, Dutch and English headers, no
header), in a chat where a member is named by surname, by a mention or after an interjection, and a
first name that is also a word opening a chat message. Beside each class an ordinary post with the same
structure and no names, which stays quiet. The posts are made up for these tests (not the drafts of
tests/data/school-posts-forms2)."""

from __future__ import annotations

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""


def _lines_with_names(output: str, name: str) -> set[int]:
    return {int(line.split(":")[1]) for line in output.splitlines()
            if line.startswith(name + ":") and "A2-NAAM" in line}


def test_names_in_a_semicolon_export_with_a_header_are_found_in_their_fields(check):
    post = ("Tijdstempel;Naam kind;Groep;Naam ouder/verzorger;Opmerkingen\n"
            "4-10-2026 08:12;Merel;6a;Anton Boersma;\n"
            "4-10-2026 09:40;Lente Kramer;6b;Yvonne Kramer;\"Lente fietst zelf\"\n")
    result = check("overblijven.txt", post)
    assert "overblijven.txt:2:17: error A2-NAAM" in result.output, result.output  # Merel, a word alone
    assert "overblijven.txt:3:17: error A2-NAAM" in result.output, result.output
    assert "overblijven.txt:1:" not in result.output, result.output  # the header row


def test_a_quoted_comma_export_in_english_reports_its_names_and_phone_numbers_but_not_its_header(check):
    post = ('"First name","Last name","Class","Parent/guardian","Phone","Notes"\n'
            '"Noud","Wessels","5b","Ria Wessels","+31 6 29384751",""\n'
            '"Jade","Tuinstra","5b","Tuinstra, Hilde","+31 6 55102938","Broer Gijs in groep 2"\n')
    result = check("klas.txt", post)
    assert "klas.txt:1:" not in result.output, result.output
    assert "klas.txt:2:9: error A2-NAAM" in result.output, result.output  # Wessels under "Last name"
    assert "klas.txt:3:2: error A2-NAAM" in result.output, result.output  # Jade
    assert "klas.txt:2:38: error A2-TELEFOON" in result.output, result.output


def test_a_tab_export_with_an_empty_tussenvoegsel_keeps_its_surname_column(check):
    post = "Voornaam\tTussenvoegsel\tAchternaam\tGroep\nStorm\t\tHaar\t7\nMila\tvan\tBeek\t7\n"
    result = check("gym.txt", post)
    assert "gym.txt:2:1: error A2-NAAM" in result.output, result.output
    assert "gym.txt:2:8: error A2-NAAM" in result.output, result.output  # "Haar", a word, under "Achternaam"
    assert "gym.txt:3:10: error A2-NAAM" in result.output, result.output


def test_an_order_list_export_and_an_inventory_table_name_nobody(check):
    export = ("Artikel;Aantal;Leverancier;Opmerkingen\n"
              "Plakband;20;Baert;\n"
              "Kleurpotloden;12;Heutink;\"de dikke graag\"\n")
    assert check("bestelling.txt", export).exit_code == 0
    inventory = ("# Materiaal gymzaal\n\n| Naam | Aantal | Staat |\n| --- | --- | --- |\n"
                 "| Bank | 3 | goed |\n| Touw | 4 | rafelt |\n| Kast | 1 | goed |\n")
    result = check("gymzaal.md", inventory)
    assert result.exit_code == 0, result.output


def test_a_surname_alone_and_a_mention_of_a_chat_member_are_found(check):
    post = ("[02-03-2027 19:01:12] Gerda Wolters: Wie kan er zaterdag rijden naar het toernooi?\n"
            "[02-03-2027 19:04:40] Ahmed Tahiri: Ik kan, twee kinderen erbij\n"
            "[02-03-2027 19:06:02] Gerda Wolters: Fijn! @Tahiri neem jij de bidons mee?\n"
            "[02-03-2027 19:09:31] Ahmed Tahiri: Doe ik. Wolters had de sleutel van de kast toch?\n")
    result = check("chat.txt", post)
    assert "chat.txt:3:45: error A2-NAAM" in result.output, result.output  # @Tahiri, a name, no account
    assert "A2-ACCOUNT" not in result.output, result.output
    assert "chat.txt:4:45: error A2-NAAM" in result.output, result.output  # Wolters alone


def test_a_first_name_after_an_interjection_and_one_opening_a_chat_message_are_found(check):
    post = ("14-01-2027 17:30 - Karin Smit: Wauw Lente wat een mooie tekening heb je gemaakt\n"
            "14-01-2027 17:34 - Mees Mulder: Dank je! Ze was er trots op\n"
            "14-01-2027 17:40 - Karin Smit: hè mees, nog bedankt voor het rijden\n"
            "14-01-2027 17:41 - Karin Smit: Merel is ziek vandaag, dus ze komt niet naar de training\n")
    result = check("groep5.txt", post)
    assert "groep5.txt:1:37: error A2-NAAM" in result.output, result.output  # Lente after "Wauw"
    assert "groep5.txt:3:35: error A2-NAAM" in result.output, result.output  # mees, a member, in lower case
    assert "groep5.txt:4:32: error A2-NAAM" in result.output, result.output  # Merel is ziek


def test_a_chat_with_interjections_and_words_that_are_names_but_no_person_stays_quiet(check):
    post = ("[05-02-2027 18:00:01] Ouderraad: Hoi allemaal! Wauw, wat een opbrengst van de kerstmarkt\n"
            "[05-02-2027 18:02:45] Ouderraad: Storm verwacht vanavond, dus de lampionnen blijven binnen\n"
            "[05-02-2027 18:05:12] Ouderraad: Top, de lente-workshop gaat wel door\n")
    result = check("ouderraad.txt", post)
    assert result.exit_code == 0, result.output
