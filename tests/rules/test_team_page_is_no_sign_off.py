"""A team page lists its people as name and function, block after block. The last block is one of
them, not the writer's own sign-off: it stays an error. A letter signed by two after its greeting
keeps both sign-offs as info. Run through `screener check` as a user runs it."""

from __future__ import annotations

TEAM_PAGE = """---
kanaal: website
auteur_rol: medewerker
---
# Ons team

Sanne Bakker
leerkracht groep 3

Jan-Willem Kappert
intern begeleider
"""

CO_SIGNED = """---
kanaal: website
auteur_rol: medewerker
---
Beste ouders,

De schoolreis van groep 3 was een groot succes. Dank aan alle hulpouders!

Met vriendelijke groet,

Sanne Bakker
leerkracht groep 3

Jan-Willem Kappert
intern begeleider
"""


def test_the_last_person_of_a_team_page_is_no_sign_off(check):
    result = check(TEAM_PAGE, "--min-severity", "info")
    assert result.exit_code == 1, result.output
    assert "bericht.md:7:1: error A2-NAAM" in result.output, result.output
    assert "bericht.md:10:1: error A2-NAAM" in result.output, result.output
    assert "ondertekening" not in result.output, result.output


def test_a_letter_signed_by_two_after_its_greeting_keeps_both_sign_offs(check):
    result = check(CO_SIGNED, "--min-severity", "info")
    assert "bericht.md:11:1: info A2-NAAM" in result.output, result.output
    assert "bericht.md:14:1: info A2-NAAM" in result.output, result.output
    assert "error A2-NAAM" not in result.output, result.output
