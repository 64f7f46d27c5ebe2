"""The school's own names for its rooms and teams are no persons, as a user sees it from `screener check`:
a room as a capitalised compound ("het nieuwe Maaklokaal", "de Stiltehoek") and a team named with an
article, an adjective and a noun ("De Groene Ploeg van groep 7/8"). The children named in them are still
found. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_the_schools_rooms_and_teams_are_no_persons(check):
    post = ("# Nieuws uit de school\n\n"
            "Deze week programmeerden alle groepen in het nieuwe Maaklokaal. Groep 4 las voor in de Stiltehoek.\n"
            "De Snelle Slakken van groep 7/8 ruimden het plein op; De Groene Ploeg telde het afval.\n"
            "Tips voor thuis staan in de Digitale Opvoedkalender en op de Kleine Schooltv.\n")
    result = check("nieuws.md", post)
    assert result.exit_code == 0, result.output


def test_children_in_a_room_or_a_team_are_still_found(check):
    post = ("# Nieuws uit de school\n\n"
            "In het Bouwlokaal bouwde Sem (groep 5) een robot. Ook Noor zat in De Groene Ploeg.\n"
            "De beker ging naar Lotte de Wilde Bakker.\n")
    result = check("nieuws.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "nieuws.md", post, "Sem"), result.output
    assert reported_at(result, "nieuws.md", post, "Noor"), result.output
    assert reported_at(result, "nieuws.md", post, "Lotte"), result.output


def test_a_place_of_the_same_shape_is_still_a_place(check):
    post = "Onze conciërge verhuist naar het Amerikaanse Vermont; zijn broer woont al in de Verenigde Staten.\n"
    result = check("nieuws.txt", post)
    assert reported_at(result, "nieuws.txt", post, "Vermont", rule="A2-PLAATS", severity="warning"), result.output
