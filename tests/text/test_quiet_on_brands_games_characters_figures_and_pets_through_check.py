"""Brands, games, songs, characters, public figures and pets are no persons, as a user sees it from `screener check`,
read by how the post says so: a pet's breed and the name its owners call it by, "met de naam X" after a cuddly
toy, a thing's name right after the thing ("de robot Zoemzoem") and again further on, a game's edition ("Monopoly
Junior"), the role a child plays ("Emma speelt Elsa"), a performer under a playlist's "artiest", a room named after a
character ("lokaal Pippi"), a shop after its owner's first name, an invention quoted after its article, what a full
name is known for ("X, de uitvinder van de Segway", in 1998), the polite "U" after a title, a form's placeholder. The
pupils beside them are still found: the child who plays the role, a pupil in a song credit, a pupil who shares the
pet's name, a child's own invention. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_lost_pet_its_breed_and_its_pet_name_are_no_persons(check):
    post = ("# Poes vermist!\n\n"
            "Wie heeft Pluk gezien? Pluk is een rode maine coon van vier jaar.\n"
            "Hij komt als je \"Plukkie\" roept. Ook de buren hebben een jack russell die Bikkel heet.\n"
            "Onze hond is een border collie. #poesvermist\n")
    result = check("poes.md", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_who_shares_the_pets_name_is_still_found(check):
    post = ("# Dierendag\n\n"
            "Er kwam een golden retriever langs, die heette Daan.\n"
            "Daarna vertelde Daan (groep 5) over zijn cavia.\n")
    result = check("dieren.md", post)
    assert result.exit_code == 1, result.output
    assert "dieren.md:4:" in result.output and "A2-NAAM" in result.output, result.output
    assert "dieren.md:3:" not in result.output, result.output


def test_a_mascot_a_puppet_and_a_robot_named_as_such_are_no_persons(check):
    post = ("# Techniek en de kring\n\n"
            "Onze mascotte Wiebeltje staat in de hal, naast een knuffelolifant met de naam Tromp.\n"
            "In groep 8 bouwden ze de robot Knarsbot. Bij de finale reed Knarsbot drie rondjes.\n"
            "In de kring helpt de handpop Moppie de Muis.\n")
    result = check("kring.md", post)
    assert result.exit_code == 0, result.output


def test_children_beside_a_robot_are_still_found(check):
    post = ("# Robotles\n\n"
            "Met de robot Sem en Daan gingen ze naar de finale.\n")
    result = check("robot.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "robot.md", post, "Sem"), result.output
    assert reported_at(result, "robot.md", post, "Daan"), result.output


def test_game_editions_and_a_role_played_are_no_persons_but_the_player_is(check):
    post = ("# Spelletjesmiddag\n\n"
            "Nieuw in de kast: Catan Junior, Dobble Kids en Rummikub Junior.\n"
            "Lotte speelt Elsa in de musical. In de rol van Kapitein Haak: Ruben Wolters uit groep 8.\n")
    result = check("spel.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "spel.md", post, "Lotte"), result.output
    assert "spel.md:3:" not in result.output, result.output
    assert reported_at(result, "spel.md", post, "Ruben Wolters"), result.output
    assert "'E***'" not in result.output and "'K******* H***'" not in result.output, result.output


def test_a_verb_before_its_subject_keeps_the_child(check):
    post = ("# Muziekles\n\n"
            "Morgen speelt Fenna een solo op de blokfluit.\n")
    result = check("muziek.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "muziek.md", post, "Fenna"), result.output


def test_a_playlists_performers_are_no_persons_but_a_pupil_in_a_credit_is(check):
    post = ("# De lijst van het schoolfeest\n\n"
            "| titel | artiest |\n"
            "| --- | --- |\n"
            "| Zomer | Kees Kraayenoord |\n"
            "| Het lied van de klas | Jesse (groep 8) |\n")
    result = check("lijst.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "lijst.md", post, "Jesse"), result.output
    assert "lijst.md:5:" not in result.output, result.output


def test_rooms_shops_inventions_and_famous_makers_are_no_persons(check):
    post = ("# Open ochtend\n\n"
            "De kleuters zitten in de lokalen Nijntje en Dikkie Dik.\n"
            "De bloemen komen van Bloemenhuis Anja, bij de markt.\n"
            "Groep 7 bouwde een drijvende afvalbak: de \"Flessenvanger\".\n"
            "De wedstrijd werd in 1998 bedacht door Wouter Kasteleijn, de uitvinder van de loopfiets.\n")
    result = check("open.md", post)
    assert result.exit_code == 0, result.output


def test_a_pupils_own_invention_keeps_the_pupil(check):
    post = ("# Techniekprijs\n\n"
            "Sara Pelgrim, de uitvinder van de Flessenvanger, kreeg de prijs.\n")
    result = check("prijs.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "prijs.md", post, "Sara Pelgrim"), result.output


def test_the_polite_pronoun_after_a_title_and_a_forms_placeholder_are_no_names(check):
    post = ("# Afscheid\n\n"
            "Dag juf. U was streng maar lief.\n\n"
            "Naam: Voornaam Achternaam\n")
    result = check("afscheid.md", post)
    assert result.exit_code == 0, result.output
