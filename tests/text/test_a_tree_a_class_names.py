"""On Tree Day a class gives its trees names ("de wilg heet Storm"): a tree's name is no person's, as a
user sees it from `screener check`. Children named beside a tree ("onder de wilg zaten Sanne en
Daan") or a child who "heet" a few sentences on are still found. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_the_names_a_class_gives_its_trees_exit_0(check):
    post = ("# Boomfeestdag\n\n"
            "Elke klas plantte een boom. De linde heet nu Bolle en de wilg heet Storm, want hij waaide bijna om.\n")
    result = check("bomen.md", post)
    assert result.exit_code == 0, result.output


def test_children_beside_a_tree_are_still_found(check):
    post = ("# Boomfeestdag\n\n"
            "Onder de wilg zaten Sanne en Daan. Bij de boom stond ook een nieuw kind: hij heet Joep.\n")
    result = check("bomen.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Sanne", "Daan", "Joep"):
        assert reported_at(result, "bomen.md", post, name), result.output
