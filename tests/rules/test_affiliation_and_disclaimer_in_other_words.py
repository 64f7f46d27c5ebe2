"""D3 and D4 by where people state affiliation and disclaimers, in other words than the usual ones: a substitute
who says she still fills in at a named school is affiliated; a post about "unsere Schule" is about the school;
"dit account is van mij persoonlijk" is a disclaimer."""

from policy_helpers import rules_in_output

OWN = ("--channel", "persoonlijk", "--author-role", "medewerker")


def test_a_substitute_who_still_fills_in_at_a_named_school_states_affiliation(check):
    result = check("Al jaren met pensioen, maar ik val nog regelmatig in bij IKC Het Anker. Wat een fijne kinderen "
                   "zitten daar.\n", *OWN, name="bericht.txt")
    found = rules_in_output(result.output)
    assert "D3-MEDEWERKER" not in found, result.output
    assert "D4-DISCLAIMER" in found, result.output  # the post is about the school and has no disclaimer


def test_a_post_in_german_about_our_school_needs_the_affiliation(check):
    result = check("Meine eigene Meinung: an unserer Schule fehlen seit Wochen zwei Lehrkräfte, und niemand "
                   "sagt den Eltern etwas.\n", *OWN, name="bericht.txt")
    found = rules_in_output(result.output)
    assert "D3-MEDEWERKER" in found, result.output
    assert "D4-DISCLAIMER" not in found, result.output


def test_an_account_said_to_be_the_writers_own_is_a_disclaimer(check):
    result = check("Ik werk als logopedist bij OBS De Regenboog. Vandaag zei een kleuter voor het eerst haar eigen "
                   "naam helemaal goed!\nDit account is van mij persoonlijk, net als wat ik erop zet.\n",
                   *OWN, name="bericht.txt")
    found = rules_in_output(result.output)
    assert not found & {"D3-MEDEWERKER", "D4-DISCLAIMER"}, result.output
