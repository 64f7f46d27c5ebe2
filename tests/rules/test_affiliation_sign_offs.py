"""C2 on the school's own channels: a class teacher's sign-off with the class the post places at the
school states the affiliation, and a post signed by the team is the school speaking. Run through
`screener check` as a user runs it."""

from __future__ import annotations

import pytest

C2 = "C2-FUNCTIE"

CAST_LIST = """---
kanaal: website
auteur_rol: medewerker
---
# De rollen voor de musical zijn verdeeld!

Na twee weken audities weten we het: dit zijn de rollen voor de afscheidsmusical van groep 8 op
IKC Het Anker.

| rol | speler |
| --- | --- |
| Kruimeltje | Sterre |

De uitvoeringen zijn op dinsdag 7 juli in de aula.

Meester Joost
groep 8
"""

NEWSLETTER = """---
kanaal: nieuwsbrief
auteur_rol: medewerker
---
## Schoolreis groep 1 t/m 6

Op dinsdag 9 juni gaan we op schoolreis naar het Dolfinarium. De bussen vertrekken om 8.45 uur.

Met vriendelijke groet,

{signature}
"""


def test_a_class_teachers_sign_off_with_the_class_placed_at_the_school_states_the_affiliation(check):
    result = check(CAST_LIST)
    assert C2 not in result.output, result.output


def test_a_newsletter_signed_by_the_team_is_the_school_speaking(check):
    result = check(NEWSLETTER.format(signature="Team De Regenboog"))
    assert C2 not in result.output, result.output
    also = check(NEWSLETTER.format(signature="Het team van OBS De Regenboog"))
    assert C2 not in also.output, also.output


@pytest.mark.parametrize("post", [
    CAST_LIST.replace("Meester Joost\ngroep 8", "Meester Joost\ngroep 7"),
    ("---\nkanaal: website\nauteur_rol: medewerker\n---\nDit jaar doet IKC Het Anker mee aan de Nationale "
     "Voorleesdagen. Elke ochtend leest een ouder voor in groep 1/2.\n\njuf Priya (groep 1/2)\n"),
    NEWSLETTER.format(signature="Namens het team van OBS De Regenboog"),
    ("---\nkanaal: website\nauteur_rol: medewerker\n---\nReactie op: \"Gaat de ouderbijdrage omhoog?\"\n\n"
     "Nee, de ouderbijdrage van OBS De Regenboog blijft dit jaar gelijk.\n\nGroet,\nTeam De Regenboog\n"),
], ids=["a sign-off with another class than the one placed at the school",
        "a school named elsewhere in the post ties no class to it",
        "someone writing on behalf of the team",
        "a team signature under a reply in a discussion"])
def test_c2_still_asks_who_writes_and_in_which_function(check, post):
    result = check(post)
    assert f"warning {C2}" in result.output, result.output


def test_a_team_signature_on_a_staff_members_own_account_is_no_school_channel(check):
    post = NEWSLETTER.format(signature="Team De Regenboog").replace("kanaal: nieuwsbrief", "kanaal: persoonlijk")
    result = check(post)
    assert "warning D4-DISCLAIMER" in result.output, result.output
