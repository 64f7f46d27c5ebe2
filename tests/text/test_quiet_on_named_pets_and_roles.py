"""A pet's or a story role's name right after the animal or role word is no person's, as a user sees it from
`screener check`: "haar papegaai Kiko", "onze fret Flip", "kapitein Haak". A child after a role word
("keeper Daan", "aanvoerder Sem uit groep 8") is still found. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_pets_name_after_the_animal_word_is_no_name_but_its_owner_is(check):
    post = ("# Dierendag in groep 3\n\n"
            "Mila nam haar papegaai Kiko mee, die kan fluiten.\n\n"
            "Onze fret Flip sliep de hele ochtend en de hagedis Spike at een krekel.\n")
    result = check("dierendag.md", post)
    assert reported_at(result, "dierendag.md", post, "Mila"), result.output
    for pet in ("K***", "F***", "S****"):
        assert f"'{pet}'" not in result.output, result.output


def test_a_child_after_a_role_word_is_still_found(check):
    post = "Bij het toernooi hield keeper Daan drie ballen tegen en scoorde aanvoerder Sem uit groep 8.\n"
    result = check("toernooi.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "toernooi.md", post, "Daan"), result.output
    assert reported_at(result, "toernooi.md", post, "Sem"), result.output


def test_names_given_after_a_time_adverb_are_the_animals_but_owners_beside_their_pets_are_found(check):
    post = ("# Op de kinderboerderij\n\n"
            "In de wei liepen de geitjes (ze heten dit jaar Bonnie en Lotje) en het veulen Dribbel.\n\n"
            "Sara kwam met haar konijn Snuf, Bram met zijn hamster Pip en Lina met een kat in een mand.\n"
            "De poes van Jesse, een lapjeskat die Mimi heet, bleef thuis.\n")
    result = check("boerderij.md", post)
    for child in ("Sara", "Bram", "Lina", "Jesse"):
        assert reported_at(result, "boerderij.md", post, child), result.output
    for pet in ("Bonnie", "Lotje", "Dribbel", "Snuf", "Pip", "Mimi"):
        assert not reported_at(result, "boerderij.md", post, pet), result.output
