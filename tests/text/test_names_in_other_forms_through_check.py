"""Names a post gives again in another form or where no rule alone takes the word for a name: a first
name that is also a word named again, a surname as a nickname, a chat's child named again in lower case,
the entries of a two-column list of names, a first name in lower case opening a line; as a user sees
it from `screener check`, each beside a look-alike that stays quiet. The posts are made up for these
tests."""

from __future__ import annotations

from tests.helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
"""

STORY = ("# Voorleeswedstrijd\n\n"
         "In de finale stonden Storm (groep 7) en Merel uit groep 8.\n"
         "Storm is de jongste finalist ooit. Na de pauze kwam Merel aan de beurt.\n\n"
         "Storm en regen hielden ons daarna binnen.\n")


def test_a_first_name_that_is_a_word_is_the_child_again_where_the_post_names_it_again(check):
    result = check("voorlezen.md", STORY)
    assert "voorlezen.md:4:1: error A2-NAAM" in result.output, result.output  # "Storm is de jongste"
    assert result.exit_code == 1, result.output


def test_a_word_opening_a_sentence_is_no_name_where_no_child_of_that_name_is_named(check):
    result = check("voorlezen.md", STORY)
    assert "voorlezen.md:6:" not in result.output, result.output


YEARBOOK = ("# Groep 8 neemt afscheid\n\n"
            "Wat word je later?\n\n"
            "**Bakker**, zo noemt iedereen Joris Bakker: \"ik word later kok\".\n\n"
            "**Fenna Smit** - dierenarts.\n")


def test_a_surname_used_as_a_nickname_is_the_person_the_post_names_in_full(check):
    result = check("jaarboek.md", YEARBOOK)
    assert "jaarboek.md:5:3: error A2-NAAM" in result.output, result.output
    assert reported_at(result, "jaarboek.md", YEARBOOK, "Joris Bakker"), result.output


CHAT = ("[12-03-2027 19:02:11] Sanne Kok: Wie neemt er morgen koek mee voor de klas?\n"
        "[12-03-2027 19:04:40] Ruud Veenstra: Ik! Storm (groep 4) wil graag helpen\n"
        "[12-03-2027 19:05:02] Sanne Kok: Super, dank je Ruud! Dan weet ik dat storm wil helpen met de bekers\n")


def test_a_chat_sender_and_a_child_named_again_in_another_form_are_found(check):
    result = check("klassenapp.txt", CHAT)
    line = CHAT.splitlines()[2]
    assert f"klassenapp.txt:3:{line.index('Ruud') + 1}: error A2-NAAM" in result.output, result.output
    assert f"klassenapp.txt:3:{line.index('storm') + 1}: error A2-NAAM" in result.output, result.output
    assert result.exit_code == 1, result.output


DRAW = ("Lootjes groep 5\n\n"
        "wie            trekt\n"
        "daan           Storm\n"
        "Storm          fenna-lou\n"
        "fenna-lou      Jesse\n"
        "Jesse          daan\n")
THINGS = ("Inpaklijst schoolkamp\n\n"
          "wat            wie\n"
          "Storm lamp     groep 8\n"
          "Slaapzak       iedereen\n"
          "Zaklamp        groep 7\n")


def test_every_entry_of_a_two_column_list_of_names_is_a_name_also_a_word_or_in_lower_case(check):
    result = check("lootjes.txt", DRAW)
    lines = DRAW.splitlines()
    for number in (4, 5, 6):
        row = lines[number - 1]
        for value in row.split():
            assert f"lootjes.txt:{number}:{row.index(value) + 1}: error A2-NAAM" in result.output, (value, result.output)
    assert "lootjes.txt:3:" not in result.output, result.output  # the header
    assert result.exit_code == 1, result.output


def test_a_two_column_list_of_things_and_groups_stays_quiet(check):
    result = check("kamp.txt", THINGS)
    assert "A2-NAAM" not in result.output, result.output
    assert result.exit_code == 0, result.output


NOTES = ("weekje groep 3\n\n"
         "noor had vandaag haar zwemdiploma mee, trots!\n"
         "**yusuf** – later piloot bij de KLM\n")
LOWER_WORDS = ("weekje groep 3\n\n"
               "storm op komst, dus de buitenles gaat niet door\n"
               "roos is het thema van de tekenles\n"
               "noorden en zuiden oefenen we met de kompasroos\n")


def test_a_first_name_in_lower_case_opening_a_line_is_a_name(check):
    result = check("weekje.md", NOTES)
    assert "weekje.md:3:1: error A2-NAAM" in result.output, result.output
    assert "weekje.md:4:3: error A2-NAAM" in result.output, result.output
    assert result.exit_code == 1, result.output


def test_ordinary_words_in_lower_case_opening_lines_stay_quiet(check):
    result = check("weekje.md", LOWER_WORDS)
    assert "A2-NAAM" not in result.output, result.output
    assert result.exit_code == 0, result.output


APOSTROPHES = ("Bedankt voor de hulp bij de kerstmarkt!\n"
               "Priya D’Souza bakte koekjes, Sean O’Neill stond bij de kassa.\n"
               "Bram van ’t Veer bracht de kerststal. ‘Het was super’, zei juf.\n")


def test_surnames_typed_with_a_typographic_apostrophe_are_found_whole(check):
    result = check("kerstmarkt.txt", APOSTROPHES)
    for name in ("Priya D’Souza", "Sean O’Neill", "Bram van ’t Veer"):
        assert reported_at(result, "kerstmarkt.txt", APOSTROPHES, name), (name, result.output)
    assert "'P**** D’S****'" in result.output, result.output  # one finding, not "Priya" and "Souza" apart
    assert result.exit_code == 1, result.output
