"""C2 classes of error that a third batch of 41 protocol cases of our own showed, as a user meets them through
`screener check`: each in a made-up reply of that kind, with a look-alike that still gets C2.

- C2 raised on a staff member who introduces themselves by name with their job and school ("Hier reageert
  Joris, meester van groep 7 bij ..."), and on one who says in English what they teach and where ("I teach group
  2 at ...").
"""

from __future__ import annotations

import pytest

STAFF_ON_SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "medewerker",
                           "--author-function", "leerkracht groep 6")
C2 = "C2-FUNCTIE"
QUESTION = 'Reactie op: "Waarom is het schoolplein in de pauze zo vol?"\n\n'


@pytest.mark.parametrize("answer", [
    "Hier reageert Femke, juf van groep 6 bij OBS De Regenboog. We spelen sinds de verbouwing in twee pauzes, "
    "straks weer in drie.",
    "Hier schrijft Ahmed, intern begeleider van IKC Het Anker. We spelen sinds de verbouwing in twee pauzes.",
    "Good question! I teach group 6 at OBS De Regenboog, and since the building work we play in two breaks.",
], ids=["introduced by name", "another title", "in English"])
def test_a_reply_that_says_who_answers_in_which_job_and_where_gets_no_c2(check, answer):
    result = check(QUESTION + answer + "\n", *STAFF_ON_SCHOOL_ACCOUNT, name="reactie.txt")
    assert C2 not in result.output, result.output


@pytest.mark.parametrize("answer", [
    "Hier reageert Femke. We spelen op OBS De Regenboog sinds de verbouwing in twee pauzes.",
    "Dit is juf Femke van groep 6. We spelen sinds de verbouwing in twee pauzes, straks weer in drie.",
    "Good question! Since the building work at OBS De Regenboog we play in two breaks.",
], ids=["a name without a job", "a title before her name, no school", "in English without a job"])
def test_a_reply_that_leaves_out_the_job_or_the_school_still_gets_c2(check, answer):
    result = check(QUESTION + answer + "\n", *STAFF_ON_SCHOOL_ACCOUNT, name="reactie.txt")
    assert C2 in result.output, result.output
