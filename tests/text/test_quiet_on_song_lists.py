"""A line that lists songs by their titles and performers holds titles, not persons, as a user sees it from
`screener check`: "Groep 6: Kom maar bij mij (Suzan & Freek), ..., Soldier Poet King". Children listed with
what they did and their club in brackets are still found. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_the_titles_on_a_line_of_songs_and_their_performers_are_no_persons(check):
    post = ("# Onze playlist\n\n"
            "Elke groep koos drie nummers.\n\n"
            "**Groep 3**: Ik heb een fiets gekocht (De Kleine Band), Baby Shark, Dansen in de regen (Kinderkoor Zonnestraal)\n"
            "**Groep 7**: Alles komt goed (Kinderen voor Kinderen), Yellow Submarine, Soldier Poet King\n")
    result = check("playlist.md", post)
    assert result.exit_code == 0, result.output


def test_children_listed_with_what_they_did_and_their_club_are_still_found(check):
    post = ("# Sport\n\n"
            "**Groep 5**: Sem deed mee aan voetbal (Sallandia), Noor en Daan aan hockey (HC Deventer)\n")
    result = check("sport.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Sem", "Noor", "Daan"):
        assert reported_at(result, "sport.md", post, name), result.output
