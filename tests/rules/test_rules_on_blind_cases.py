"""What the 60 blind protocol cases (tests/data/school-posts-rules-blind) and the variants written
after them showed the rules missed, as a user meets it through `screener check`: an answer to a
question about homework, lessons that stop early, a standing rule on the website, a sign-off at the
end of a line, speaking for the school with "als school" first, a school's short name followed by
"we", and A8 without swear words (sextortion, exclusion by name, a threat of an unnamed
consequence, lying in wait, a video passed round, a phone number shared to harass, a mocking
insult). Each class also has sentences that must stay quiet."""

from __future__ import annotations

import pytest
from policy_helpers import rules_in_output

from eval.rules import BLIND_CASES, CASE_RULES, evaluate, school_post_cases

STAFF_ON_SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "medewerker",
                           "--author-function", "leerkracht groep 6")
SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker")


def test_an_answer_giving_the_deadline_of_the_homework_asked_about_gets_c1_on_the_answer(check):
    post = ('Reactie op: "Wanneer moet het werkstuk over de vulkanen af?"\n\n'
            "Uiterlijk vrijdag inleveren, op papier of via de mail.\n")
    result = check(post, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert "bericht.txt:3:1: warning C1-KANAAL Praktische mededeling over 'werkstuk'" in result.output
    assert rules_in_output(result.output) == {"C1-KANAAL", "C2-FUNCTIE"}


@pytest.mark.parametrize("answer", [
    "Dat bespreken we graag even persoonlijk.",
    "De kosten blijven gelijk, net als vorig jaar.",
    "Vorige week hebben we het huiswerk al teruggegeven.",
])
def test_an_answer_without_a_moment_or_an_instruction_is_no_notice(check, answer):
    post = f'Reactie op: "Hoe zit het met het huiswerk en het schoolreisje?"\n\n{answer}\n'
    result = check(post, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output


@pytest.mark.parametrize("notice", [
    "Vanwege de storm stoppen de lessen vandaag om 12 uur.",
    "Door de hitte eindigen de lessen morgen om 12.00 uur.",
    "Morgen is de school dicht vanwege een lekkage.",
    "Woensdagmiddag geen school voor de groepen 1 tot en met 4.",
    "Ouders van groep 4: donderdag gaan we naar de kinderboerderij, wie kan er rijden?",
])
def test_lessons_ending_early_or_a_closed_school_on_the_school_account_get_c1(check, notice):
    result = check(notice + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "bericht.txt:1:" in result.output
    assert rules_in_output(result.output) == {"C1-KANAAL"}


def test_a_standing_rule_on_the_websites_information_page_is_no_notice(check):
    page = ("---\nkanaal: website\n---\n# Gymles\n\nDe groepen 3 tot en met 8 hebben twee keer per week gym. "
            "Geef uw kind op de gymdagen gymkleding en gymschoenen mee.\n")
    result = check(page, "--fail-on", "warning")
    assert result.exit_code == 0, result.output
    assert "C1-KANAAL" not in result.output


def test_the_same_instruction_for_tomorrow_on_the_website_gets_c1(check):
    page = "---\nkanaal: website\n---\n# Gymles\n\nGeef uw kind morgen gymkleding en gymschoenen mee.\n"
    result = check(page, "--fail-on", "warning")
    assert result.exit_code == 1
    assert "bericht.md:6:" in result.output and "C1-KANAAL" in result.output


def test_a_sign_off_with_function_and_school_at_the_end_of_the_answers_line_states_both(check):
    post = ('Reactie op: "Is het plein in de vakantie open?"\n\n'
            "Ja, het plein is open. Groet, Tom de Vries, conciërge van OBS De Regenboog (Lithora)\n")
    result = check(post, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set()


def test_a_sign_off_without_a_function_at_the_end_of_the_line_still_gets_c2(check):
    post = 'Reactie op: "Is het plein in de vakantie open?"\n\nJa, het plein is open. Groet, Tom\n'
    result = check(post, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == {"C2-FUNCTIE"}


def test_als_school_put_first_on_a_personal_account_is_speaking_for_the_school(check):
    post = ('Reactie op: "Dat continurooster is toch alleen voor de juffen?"\n\n'
            "Als school hebben wij hier heel bewust voor gekozen.\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "bericht.txt:3:1: warning C2-FUNCTIE Je spreekt op je eigen account namens de school" in result.output


def test_a_short_school_name_followed_by_we_is_the_writers_school(check):
    result = check("Op Het Anker hebben we elke week kringgesprekken.\n", *STAFF_ON_OWN_ACCOUNT,
                   name="bericht.txt")
    assert rules_in_output(result.output) == {"D3-MEDEWERKER", "D4-DISCLAIMER"}
    assert "bericht.txt:1:4:" in result.output


def test_a_short_school_name_in_a_shopping_note_is_not_the_school(check):
    result = check("Bij Het Anker aan de haven hebben ze heerlijke vis.\n", *STAFF_ON_OWN_ACCOUNT,
                   name="bericht.txt")
    assert rules_in_output(result.output) == set()


@pytest.mark.parametrize("text", [
    "Als je me vanavond geen foto zonder kleren stuurt, laat ik iedereen in de klas je berichten zien.",
    "Vanaf nu praat niemand meer met Lisa.",
    "Wie dat wel doet, hoort er ook niet meer bij.",
    "Als hij nog één keer mijn zoon buitenzet, dan gaat hij wel merken wat er gebeurt.",
    "Dan krijgt ze er nog spijt van.",
    "Die moeder van het oudergesprek, wat een zielig figuur.",
    "Morgen na school gaan we hem opwachten bij het fietsenhok.",
    "Kijk die video van Tim die valt in de gymles, iedereen delen 😂",
    "Hier is het nummer van die meester: 06-12345678, bel hem allemaal wakker vannacht.",
    "Die juf ga ik echt vermoorden.",
])
def test_a8_without_swear_words_is_reported_on_its_line(check, text):
    result = check("Even dit.\n" + text + "\n", "--channel", "persoonlijk", "--author-role", "ouder",
                   name="bericht.txt")
    assert "bericht.txt:2:" in result.output and "A8-FATSOEN" in result.output
    assert "bericht.txt:1:" not in result.output


@pytest.mark.parametrize(("rule", "text"), [
    ("C1-KANAAL", "Na de zomer gaan we naar een nieuw gebouw aan de rivier!"),
    ("C1-KANAAL", "Wie kan er rijden? Dat vragen we later via Parro, eerst de plannen."),
    ("C1-KANAAL", "Vandaag gingen we naar de bibliotheek en mochten de kinderen zelf boeken kiezen."),
    ("A8-FATSOEN", "Tijdens mediawijsheid leerden de kinderen: stuur nooit een foto zonder kleren."),
    ("A8-FATSOEN", "In de pauze speelt niemand met de bal op het grasveld."),
    ("A8-FATSOEN", "Kom kijken, dan zul je zien wat er gebeurt als kinderen zelf ontdekken!"),
    ("A8-FATSOEN", "Kom naar de open dag, je krijgt er geen spijt van!"),
    ("A8-FATSOEN", "Wat een zielig verhaal over die verdwaalde hond."),
    ("A8-FATSOEN", "Ik ging dood van het lachen om de musical."),
    ("A8-FATSOEN", "Meester Jan ligt in het ziekenhuis; morgen gaan we hem opzoeken met een tekening."),
    ("A8-FATSOEN", "Ik heb de foto's van het kamp gedownload, iedereen delen met de groep? 😀"),
    ("A8-FATSOEN", "Het nummer van de administratie is 0575-123456, bel gerust als u vragen heeft."),
    ("A8-FATSOEN", "Ik vermoord die wasmachine nog eens, alles is roze geworden 😂"),
    ("A8-FATSOEN", "Groep 8 oefende wat je doet als je account gehackt is, en als iemand je account wil hacken."),
    ("A8-FATSOEN", "We gaan hem opwachten bij het station met ballonnen, want hij is jarig!"),
])
def test_ordinary_school_posts_near_those_words_stay_quiet(check, rule, text):
    result = check(text + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert rule not in result.output


def test_opinions_of_ones_own_in_other_words_are_a_disclaimer(check):
    result = check("Ik werk bij IKC Het Anker. Opinies zijn van mijzelf. De nieuwe speelplaats is top.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set()


def test_the_blind_cases_meet_the_goal_for_every_rule():
    tp, fp, fn, mistakes, _ = evaluate(BLIND_CASES, school_post_cases(BLIND_CASES), list(CASE_RULES.values()))
    assert sum(tp.values()) + sum(fn.values()) == 47  # every expected id of the 60 cases was scored
    for rule in CASE_RULES.values():
        f1 = 2 * tp[rule] / max(1, 2 * tp[rule] + fp[rule] + fn[rule])
        assert f1 >= 0.95, (rule, f1, mistakes)
