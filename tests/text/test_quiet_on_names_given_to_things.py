"""A name a class gives to a thing or an animal is no person's, as a user sees it from `screener check`:
quoted right after the thing (raket "Sterre"), after "heet"/"heette"/"noemen we" soon after it (the
worms, Fokker's first plane), in brackets right after it (a mascot's names). A child named with the
thing in other words is still found ("de raket van Sterre", 'raket "Sterre" (groep 6)'). The posts are
made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_names_given_to_things_and_animals_are_no_persons(check):
    post = ("# Techniekweek\n\n"
            "Op het veld lanceerden we waterraketten. Waterraket \"Sterre\" haalde 40 meter, raket\n"
            "\"Daan\" viel om.\n"
            "De klas bouwde ook een robot. De robot heet Bolt en rijdt door de gang.\n"
            "In de wormenbak wonen de wormen van de klas; de wormen heten Frits en Kees.\n"
            "Groep 8 bouwde twee vliegtuigjes; het eerste heette De Vogel.\n"
            "Elke groep heeft een knuffel-mascotte (Beer Bolle, Egel Prik en Lieveheersbeestje Stip).\n")
    result = check("techniek.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_named_with_the_thing_in_other_words_is_still_found(check):
    post = ("# Techniekweek\n\n"
            "De raket van Sterre haalde 40 meter.\n"
            "Raket \"Daan\" (groep 6) viel om.\n")
    result = check("raket.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "raket.md", post, "Sterre"), result.output
    assert reported_at(result, "raket.md", post, "Daan"), result.output
