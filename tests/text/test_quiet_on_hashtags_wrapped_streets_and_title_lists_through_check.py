"""What the draft itself says is no person stays no person, as a user sees it from `screener check`: a hashtag that
repeats a pet's, a character's or a product's name ("#helpBobby" under "Bobby is een rode kater"), a street's name
wrapped onto an indented line of a list, a quoted title after "projecten als", and a one-word title in a list of
titles ("- Matilda" beside "- Shrek 2"). Each has a look-alike where a child is still found. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_hashtag_that_repeats_a_pets_name_is_quiet(check):
    post = ("Wie heeft Bobby gezien? Onze poes is gisteren weggelopen bij het park.\n\n"
            "Bobby is een rode kater met een witte staart en een groen bandje.\n\n"
            "#poeskwijt #vermist #helpBobby\n")
    result = check("poes.txt", post)
    assert result.exit_code == 0, result.output


def test_a_hashtag_that_repeats_a_musicals_character_is_quiet(check):
    post = ("Wat een voorstelling! Groep 7 speelde de musical *Prinses Lotte en de gouden sleutel* in de aula.\n\n"
            "Prinses Lotte zoekt met haar draak de sleutel van het kasteel.\n\n"
            "#musical #groep7 #PrinsesLotte\n")
    result = check("musical.txt", post)
    assert result.exit_code == 0, result.output


def test_a_hashtag_for_a_child_the_post_names_is_still_found(check):
    post = "Sanne uit groep 5 won de tekenwedstrijd van de bibliotheek!\n\n#trotsopSanne #tekenen\n"
    result = check("tekenen.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "tekenen.txt", post, "Sanne #tekenen"), result.output


def test_a_street_wrapped_onto_an_indented_line_is_no_name_but_a_child_in_the_list_is(check):
    post = ("# Wegwerkzaamheden\n\n"
            "- Tijdens de werkzaamheden staat de fietsenstalling op het plein aan de Willem van\n"
            "  Oranjestraat, achter de gymzaal.\n"
            "- Kinderen van groep 8 worden overgezet door Sem Bakker (groep 8) en zijn vader.\n")
    result = check("werk.md", post)
    assert result.exit_code == 1, result.output
    assert not reported_at(result, "werk.md", post, "Willem van"), result.output
    assert reported_at(result, "werk.md", post, "Sem Bakker"), result.output


def test_a_quoted_title_after_projecten_is_no_name_but_the_pupils_beside_it_are(check):
    post = ("# Plusklas\n\n"
            "Kinderen die meer aankunnen, werken aan projecten als \"Julia vliegt naar Mars\" en\n"
            "\"Bouwen met bamboe\". Daan en Noor (groep 7) presenteerden hun project \"Tessa zoekt water\".\n")
    result = check("plusklas.md", post)
    assert result.exit_code == 1, result.output
    for title_word in ("Julia", "Mars", "Tessa"):
        assert not reported_at(result, "plusklas.md", post, title_word), result.output
    assert reported_at(result, "plusklas.md", post, "Daan"), result.output


def test_a_one_word_title_in_a_list_of_titles_is_quiet(check):
    post = ("# Filmavond groep 5\n\nWe kiezen samen een film:\n\n"
            "- Shrek 2\n- Matilda\n- Dikkie Dik en de verjaardag\n- De Grote Vriendelijke Reus\n\n"
            "Neem een kussen mee!\n")
    result = check("film.md", post)
    assert result.exit_code == 0, result.output


def test_a_one_word_name_in_a_list_with_children_is_still_found(check):
    post = "# Jarig in maart\n\n- Matilda\n- Fleur wordt 7\n- de tweeling uit groep 4\n- Sem en Noor\n\nHoera!\n"
    result = check("jarig.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "jarig.md", post, "Matilda"), result.output
