"""C2, D3 and D4: a medewerker writing about the school says who they work for, and on a personal
account that it is their own opinion."""

from __future__ import annotations

import pytest
from policy_helpers import front, only, rules, screen

from screener.findings import Severity

PERSONAL = front("persoonlijk", "medewerker")
WEBSITE = front("website", "medewerker")


def test_employee_criticising_lithora_on_own_account_is_told_to_add_affiliation_and_disclaimer(tmp_path):
    text = PERSONAL + "Weer een vergadering zonder resultaat.\nLithora moet eens luisteren naar de werkvloer.\n"
    findings = screen(tmp_path, text)
    d3, d4 = only(findings, "D3-MEDEWERKER"), only(findings, "D4-DISCLAIMER")
    assert (d3.line, d3.col) == (6, 1)  # at the first mention of Lithora
    assert (d4.line, d4.col) == (6, 1)
    assert d3.severity == d4.severity == Severity.WARNING
    assert "medewerker van Lithora" in d3.message
    assert "persoonlijke titel" in d4.message and "screener fix" in d4.message
    assert d3.protocol == ("D3",) and d4.protocol == ("D4",) and d3.avg == ""


@pytest.mark.parametrize("statement", [
    "Ik ben leerkracht bij OBS De Regenboog.",
    "Als intern begeleider van OBS De Regenboog zie ik dit elke dag.",
    "Sinds maart ben ik IB-er op IKC Het Anker.",
    "Ik werk al twintig jaar met plezier bij Stichting Lithora.",
    "Marloes, groepsleerkracht, werkzaam bij lithora",
    "Na de zomer ga ik als juf aan de slag op De Regenboog!",
    "Al 25 jaar conciërge op IKC Het Anker.",
    "ik werk als leekracht bij obs de regenboog",
    "Ik geef les aan groep 5 van OBS De Regenboog.",
    "OBS De Regenboog zoekt collega's! Ik werk er zelf al acht jaar.",
])
def test_affiliation_written_in_many_ways_satisfies_d3(tmp_path, statement):
    text = PERSONAL + f"Wat ben ik trots op onze school.\n\n{statement}\n\nDit is mijn persoonlijke mening.\n"
    assert rules(screen(tmp_path, text)) == set()


@pytest.mark.parametrize("disclaimer", [
    "Ik schrijf dit op persoonlijke titel.",
    "Dit is mijn eigen mening.",
    "Deze gedachten staan los van het officiële standpunt van Lithora.",
    "Niet namens mijn werkgever, maar namens mezelf.",
    "Views are my own.",
])
def test_disclaimer_written_in_many_ways_satisfies_d4(tmp_path, disclaimer):
    text = PERSONAL + f"Ik werk bij Lithora en vind de nieuwe toetskalender te vol. {disclaimer}\n"
    assert "D4-DISCLAIMER" not in rules(screen(tmp_path, text))


def test_children_forming_their_own_opinion_is_no_disclaimer(tmp_path):
    text = PERSONAL + "Ik werk bij Lithora. Op onze school leren kinderen hun eigen mening te vormen.\n"
    assert rules(screen(tmp_path, text)) == {"D4-DISCLAIMER"}


def test_employee_post_without_reference_to_the_school_needs_nothing(tmp_path):
    text = PERSONAL + "Passend onderwijs werkt niet zonder extra handen in de klas. De minister moet investeren.\n"
    assert rules(screen(tmp_path, text)) == set()


def test_parent_writing_about_the_school_needs_no_affiliation(tmp_path):
    text = front("persoonlijk", "ouder") + "Acht jaar op OBS De Regenboog. Dank aan alle juffen en meesters!\n"
    assert rules(screen(tmp_path, text)) == set()


def test_website_post_about_our_school_without_signature_gets_c2_at_the_mention(tmp_path):
    text = WEBSITE + "Deze week startte onze school met een nieuwe rekenmethode.\n"
    c2 = only(screen(tmp_path, text), "C2-FUNCTIE")
    assert (c2.line, c2.col) == (5, text.splitlines()[4].index("onze school") + 1)
    assert c2.excerpt == "onze school"
    assert "bij Lithora werkt en wat je functie is" in c2.message


def test_signature_with_function_and_school_satisfies_c2(tmp_path):
    text = WEBSITE + "Op onze school lezen we elke ochtend.\n\njuf Anouk, leerkracht groep 4 bij OBS De Regenboog (Lithora)\n"
    assert rules(screen(tmp_path, text)) == set()


def test_signature_with_name_only_is_told_to_add_the_function(tmp_path):
    text = front("nieuwsbrief", "medewerker") + "Ik ben Ruud en ik werk sinds kort op IKC Het Anker.\n\nGroet, Ruud\n"
    c2 = only(screen(tmp_path, text), "C2-FUNCTIE")
    assert "wat je functie is" in c2.message and "bij Lithora werkt" not in c2.message


def test_a_colleague_named_with_her_function_is_not_the_writers_affiliation(tmp_path):
    text = WEBSITE + "Juf Lotte van groep 7 van OBS De Regenboog maakte een programma over nepnieuws.\n"
    assert rules(screen(tmp_path, text)) == {"C2-FUNCTIE"}


def test_school_account_and_school_app_need_no_signature(tmp_path):
    official = front("website", "schoolaccount") + "Op onze school vieren we kerst in de aula.\n"
    app = front("schoolapp", "medewerker") + "Op onze school vieren we kerst in de aula.\n"
    assert rules(screen(tmp_path, official, "a.md")) == set()
    assert rules(screen(tmp_path, app, "b.md")) == set()


def test_html_post_is_checked_at_the_right_line(tmp_path):
    html = ('<html><head><meta name="screener-channel" content="persoonlijk">\n'
            '<meta name="screener-author-role" content="medewerker"></head>\n'
            "<body>\n<p>Het bestuur van Lithora bezuinigt op muziek.</p>\n</body></html>\n")
    findings = screen(tmp_path, html, "bericht.html")
    assert rules(findings) == {"D3-MEDEWERKER", "D4-DISCLAIMER"}
    d4 = only(findings, "D4-DISCLAIMER")
    assert (d4.line, d4.col) == (4, html.splitlines()[3].index("Lithora") + 1)


def test_hashtag_naming_the_school_makes_the_post_about_the_school(tmp_path):
    text = PERSONAL + "Maandagochtend, koffie en 27 kinderen met weekendverhalen. #juflife #regenboogtrots\n"
    assert rules(screen(tmp_path, text)) == {"D3-MEDEWERKER", "D4-DISCLAIMER"}


def test_holiday_post_by_employee_is_left_alone(tmp_path):
    text = PERSONAL + "Eindelijk vakantie! Twee weken Frankrijk met de caravan.\n"
    assert screen(tmp_path, text) == []
