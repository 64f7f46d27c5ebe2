"""A8 classes of error that a third batch of 41 protocol cases of our own showed, as a user meets them through
`screener check`: each in a made-up post of that kind, with a quiet look-alike.

- A8 missed on a pile-on ("Like dit bericht als jij ook vindt dat juf X weg moet", "RT als je het eens bent")
  and on a veiled threat to property ("zou jammer zijn als je banden morgen plat staan").
"""

from __future__ import annotations

import pytest


PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
PUPIL = ("--channel", "persoonlijk", "--author-role", "leerling")
A8 = "warning A8-FATSOEN"


@pytest.mark.parametrize("role, text", [
    (PARENT, "Like dit bericht als jij ook vindt dat meester Bram moet vertrekken en weg moet bij IKC Het Anker. "
             "Hoe meer likes, hoe beter 👍"),
    (PUPIL, "rt als je het ook eens bent dat sven een mislukking is 😂"),
    (PARENT, "Die bakfiets van de juf staat elke dag voor ons hek. Zou jammer zijn als er morgen ineens een lekke band "
             "aan zit, toch 😉"),
    (PARENT, "Zou zonde zijn als er een kras op die mooie auto van de directeur komt. Ik weet welke het is."),
], ids=["a pile-on to drive a teacher out", "likes asked to agree on an insult", "a veiled threat to a bike",
        "a veiled threat to a car"])
def test_a_pile_on_or_a_veiled_threat_to_property_is_a8(check, role, text):
    result = check("Even dit.\n" + text + "\n", *role, name="bericht.txt")
    assert "bericht.txt:2:" in result.output and A8 in result.output, result.output


@pytest.mark.parametrize("role, text", [
    (PARENT, "Like dit bericht als jij ook meeloopt met de sponsorloop voor het nieuwe klimrek! Hoe meer lopers, hoe "
             "meer geld 🏃"),
    (PARENT, "Zou jammer zijn als je fiets bij de fietstocht een lekke band krijgt: pomp de banden vanavond even op "
             "en neem een reparatiesetje mee."),
    (PUPIL, "haha milan jij kan echt niet koppen 😂 morgen revanche op het veld, dan win ik"),
], ids=["likes asked for a charity run", "a flat tyre to avoid", "pupils' banter"])
def test_a_like_for_a_good_cause_a_tip_or_banter_is_no_a8(check, role, text):
    result = check("Even dit.\n" + text + "\n", *role, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output
