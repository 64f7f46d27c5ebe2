"""The protocol rules as a user meets them through `screener check`: who writes where, and what
the school, a staff member, a parent or a pupil gets told (issue 14)."""

from __future__ import annotations

import json

import pytest
from policy_helpers import rules_in_output as _rules

from eval.rules import CASE_RULES, SCHOOL_POSTS, evaluate, school_post_cases


def test_a_study_day_on_the_schools_website_page_exits_0_without_a_protocol_warning(check):
    page = ("---\ntitel: Studiedagen\nkanaal: website\n---\n# Studiedagen 2025-2026\n\n"
            "Op maandag 6 oktober en woensdag 11 februari heeft het team een studiedag; alle kinderen zijn vrij.\n"
            "De opvang is die dagen gewoon open.\n")
    result = check(page, "--fail-on", "warning")
    assert result.exit_code == 0, result.output
    assert _rules(result.output) == set()


def test_a_news_post_by_the_school_on_its_website_needs_no_affiliation_line(check):
    post = ("---\nkanaal: website\n---\nWat een feest was de opening van het nieuwe schoolplein van IKC Het Anker! "
            "Onze leerlingen hebben zelf de bankjes beschilderd.\n")
    result = check(post, "--fail-on", "warning")
    assert result.exit_code == 0, result.output
    assert "C2-FUNCTIE" not in result.output


def test_a_post_on_a_personal_account_with_no_role_stated_is_a_staff_members(check):
    result = check("---\nkanaal: persoonlijk\n---\nOnze school krijgt eindelijk een nieuw dak!\n")
    assert _rules(result.output) == {"D3-MEDEWERKER", "D4-DISCLAIMER"}


def test_cancelled_gym_lesson_on_the_schools_social_account_gets_c1_at_its_line(check):
    post = "Even een berichtje voor de ouders.\nDe gymles van groep 4 vervalt vrijdag, de zaal is dicht.\n"
    result = check(post, "--channel", "schoolaccount", "--fail-on", "warning", name="bericht.txt")
    assert result.exit_code == 1
    assert "bericht.txt:2:4: warning C1-KANAAL" in result.output
    assert _rules(result.output) == {"C1-KANAAL"}


def test_the_same_notice_in_the_newsletter_is_fine(check):
    post = "---\nkanaal: nieuwsbrief\nauteur_rol: schoolaccount\n---\nDe gymles van groep 4 vervalt vrijdag.\n"
    result = check(post, "--fail-on", "warning")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("text", [
    'Reactie op: "Mag mijn kind morgen zonder gymspullen mee naar de gymles?"\n\nDat bespreken we graag even persoonlijk.',
    "Van: de administratie\nAan: ouders groep 5\nOnderwerp: gym\n\nMorgen vervalt de gymles, gymtas mag thuis.",
    "Gym hebben we elke dinsdag, zwemles op maandag en donderdag.",
    "Gisteren was de sportdag: wat hebben de kinderen genoten van de gymles buiten!",
])
def test_a_quoted_question_an_email_a_timetable_or_a_report_afterwards_is_no_notice(check, text):
    result = check(text + "\n", "--channel", "schoolaccount", "--author-role", "schoolaccount", name="bericht.txt")
    assert "C1-KANAAL" not in result.output


def test_a_staff_members_reply_on_the_school_account_without_function_gets_c2(check):
    post = ('---\nkanaal: schoolaccount\nauteur_rol: medewerker\n---\nReactie op: "Komt er een nieuwe overblijf?"\n\n'
            "Ja, na de herfstvakantie. Daar hebben we lang over gepraat.\n")
    result = check(post)
    assert "bericht.md:5:1: warning C2-FUNCTIE" in result.output
    assert "deel aan een gesprek" in result.output
    assert result.exit_code == 0  # a warning does not block by default


def test_a_c2_warning_on_a_reply_does_not_quote_the_person_replied_to(check):
    post = "Reactie op Fatima Yilmaz: klopt het van de overblijf?\n\nJa hoor, dat klopt.\n"
    result = check(post, "--channel", "schoolaccount", "--author-role", "medewerker", "--format", "json",
                   name="bericht.txt")
    c2 = [f for f in json.loads(result.output)["findings"] if f["rule"] == "C2-FUNCTIE"]
    assert c2 and "Fatima" not in json.dumps(c2) and "Yilmaz" not in json.dumps(c2)


def test_a_reply_on_the_school_account_that_says_who_writes_is_quiet(check):
    post = ('---\nkanaal: schoolaccount\nauteur_rol: medewerker\n---\nReactie op: "Komt er een nieuwe overblijf?"\n\n'
            "Als teamleider van IKC Het Anker, een school van stichting Lithora, kan ik zeggen: ja, na de "
            "herfstvakantie.\n")
    assert _rules(check(post).output) == set()


def test_a_reply_in_the_first_person_with_no_role_stated_is_a_staff_members(check):
    post = "@vader_van_daan ik begrijp je vraag, maar de overblijf blijft zoals hij is.\n"
    result = check(post, "--channel", "schoolaccount", name="reactie.txt")
    assert "reactie.txt:1:1: warning C2-FUNCTIE" in result.output


def test_years_at_the_school_without_a_function_still_gets_c2(check):
    post = ('Reactie op: "Klopt het dat de bieb dichtgaat?"\n\n'
            "Ik werk al negen jaar op De Wilgenhof en de bieb blijft gewoon open.\n")
    result = check(post, "--channel", "schoolaccount", "--author-role", "medewerker", name="bericht.txt")
    assert "C2-FUNCTIE" in result.output
    assert "wat je functie is" in result.output


def test_speaking_for_the_school_on_a_personal_account_is_a_work_situation(check):
    post = "Wij als school hebben de ouders op tijd ingelicht, wat sommigen hier ook beweren.\n"
    result = check(post, "--channel", "persoonlijk", "--author-role", "medewerker", name="bericht.txt")
    assert _rules(result.output) == {"C2-FUNCTIE"}


def test_a_schools_short_name_on_a_personal_account_needs_affiliation_and_disclaimer(check):
    post = "---\nkanaal: persoonlijk\nauteur_rol: medewerker\n---\nBij ons op Wilgenhof is de nieuwe bieb open!\n"
    result = check(post)
    assert "bericht.md:5:" in result.output
    assert _rules(result.output) == {"D3-MEDEWERKER", "D4-DISCLAIMER"}


def test_another_foundation_by_name_is_not_the_employer(check):
    post = "---\nkanaal: persoonlijk\nauteur_rol: medewerker\n---\nZondag fiets ik 100 km voor de stichting KiKa!\n"
    assert _rules(check(post).output) == set()


def test_a_disclaimer_in_own_words_counts_but_a_hint_is_no_affiliation(check):
    post = ("---\nkanaal: persoonlijk\nauteur_rol: medewerker\n---\nMijn werkgever schrapt de schoolreis. "
            "Dit account is privé: wat ik hier zet is mijn eigen kijk, niet die van de school.\n")
    assert _rules(check(post).output) == {"D3-MEDEWERKER"}


def test_contract_and_function_in_own_words_on_a_personal_account_leave_only_the_disclaimer(check):
    post = ("---\nkanaal: persoonlijk\nauteur_rol: medewerker\n---\n"
            "Trots op OBS De Regenboog, waar ik sinds 2019 als intern begeleider werk.\n")
    assert _rules(check(post).output) == {"D4-DISCLAIMER"}


@pytest.mark.parametrize("role", ["ouder", "leerling"])
def test_c_and_d_rules_do_not_bind_parents_or_pupils(check, role):
    post = "Ouders van groep 6: morgen gymspullen mee! En de Regenboog moet echt betere koffie schenken.\n"
    result = check(post, "--channel", "persoonlijk", "--author-role", role, name="bericht.txt")
    assert _rules(result.output) == set()


@pytest.mark.parametrize("text", [
    "We weten hoe laat jij naar huis fietst. Kijk maar uit.",
    "ben op zijn snapchat ingelogd en heb zijn wachtwoord veranderd 😂",
    "Wie nog met dat nieuwe meisje speelt, hoort er niet meer bij.",
    "iemand heeft haar schoolfoto op een varken geplakt, stuur maar door",
    "Die meester woont op de Beukenlaan 3, gaan we vanavond even aanbellen?",
])
def test_a8_without_swear_words_binds_everyone(check, text):
    result = check(text + "\n", "--channel", "persoonlijk", "--author-role", "leerling", name="bericht.txt")
    assert "bericht.txt:1:" in result.output and "A8-FATSOEN" in result.output


def test_a_doxxing_warning_names_no_address(check):
    result = check("Die juf woont op de Beukenlaan 3, gaan jullie even langs?\n", "--channel", "persoonlijk",
                   "--author-role", "ouder", name="bericht.txt")
    a8 = [line for line in result.output.splitlines() if "A8-FATSOEN" in line]
    assert a8 and not any("Beukenlaan" in line for line in a8)


@pytest.mark.parametrize("text", [
    "Ik ga dood van het lachen om deze klassenfoto!",
    "Ik heb mijn wachtwoord veranderd, dus even opnieuw inloggen.",
    "Kijk uit bij het oversteken, de wegwerkers zijn bezig.",
])
def test_ordinary_sentences_get_no_a8(check, text):
    result = check(text + "\n", "--channel", "persoonlijk", "--author-role", "leerling", name="bericht.txt")
    assert "A8-FATSOEN" not in result.output


@pytest.mark.skipif(not (SCHOOL_POSTS / "rules").is_dir(), reason="../shared/data/school-posts ontbreekt")
def test_the_school_posts_protocol_cases_meet_the_goal_for_every_rule():
    tp, fp, fn, mistakes, _ = evaluate(SCHOOL_POSTS, school_post_cases(SCHOOL_POSTS / "rules"),
                                       list(CASE_RULES.values()))
    for rule in CASE_RULES.values():
        f1 = 2 * tp[rule] / max(1, 2 * tp[rule] + fp[rule] + fn[rule])
        assert f1 >= 0.95, (rule, f1, mistakes)
