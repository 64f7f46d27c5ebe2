"""What the 60 held-out protocol cases (tests/data/school-posts-rules-heldout, written for issue 14
before the rules were read) showed the rules missed or raised wrongly, one class of error at a
time, as a user meets it through `screener check`; each class in other words than the cases, with
sentences near it that must stay quiet.

- A8 without swear words: a warning with words between ("kijk vanavond maar goed uit"), an
  unnamed consequence ("dan zal hij het merken"), lying in wait with the verb split, a home
  address down to the number, a group chat made without someone, sextortion as a condition,
  denouncing a child in public, a person laughed at and passed round.
- D4: a disclaimer that says the writer posts as a person, not in the job, or that the words are
  the writer's own and not the employer's.
- C2: speaking for a school by its name ("namens Het Anker", "wij bij De Regenboog").
- D3: the words of the question a reply quotes, or someone else's work, taken for the writer's
  affiliation.
- C1: an approximate time in an answer ("tegen half vier"); a prospect for a later school year;
  a teacher's own day on her own account, speaking to no one.
"""

from __future__ import annotations

import pytest
from policy_helpers import reported_on_line, rules_in_output

from eval.rules import CASE_RULES, HELDOUT_CASES, SCHOOL_POSTS, evaluate, school_post_cases

PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
PUPIL = ("--channel", "persoonlijk", "--author-role", "leerling")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker")
STAFF_ON_SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "medewerker")
SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")


@pytest.mark.parametrize("text", [
    "Kijk vanavond maar heel goed uit als je naar huis loopt.",
    "Let jij morgen maar goed op, wij weten waar je zit.",
    "Als hij mijn dochter nog een keer straf geeft, dan zal hij het merken.",
    "Blijf van mijn zoon af, anders krijg je met mij te maken.",
    "We staan hem morgen na school op te wachten bij het hek.",
    "Die meester van groep 7 woont op de Beukenlaan nr. 3.",
    "We starten een nieuwe groepsapp zonder hem.",
    "Wie Sem weer toevoegt, ligt er zelf ook uit.",
    "Niemand wil dat hij nog bij ons in de groep zit.",
    "Als je me vanavond geen nieuwe selfie stuurt, stuur ik die oude rond naar de hele klas.",
    "Iedereen moet weten wat voor moeder dat is.",
    "Haha kijk die juf van groep 3 eens vallen 🤣 deel hem maar rond",
])
def test_a8_without_swear_words_is_reported_on_its_line(check, text):
    result = check("Even dit.\n" + text + "\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output
    assert "bericht.txt:1:" not in result.output


@pytest.mark.parametrize("text", [
    "Kijk maar uit naar de musical van volgende week!",
    "Ik sta je om drie uur op te wachten bij het hek, lieverd.",
    "Dan zul je het merken: de nieuwe gymzaal is prachtig.",
    "Juf Anne woont in Deventer en fietst elke dag naar school.",
    "In de gymles maakten we groepjes zonder hulp.",
    "De juf heeft de foto's van de sportdag klaar, deel ze maar rond met opa en oma.",
    "We leerden dat je niemand buitensluit en dat je zelf kiest wat voor vriend je wil zijn.",
])
def test_ordinary_sentences_near_those_words_get_no_a8(check, text):
    result = check(text + "\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_an_address_down_to_the_house_number_is_not_repeated_in_the_warning(check):
    result = check("Voor wie het wil weten: ze woont in de Lindenlaan op nummer 8.\n", *PARENT, name="bericht.txt")
    a8 = [line for line in result.output.splitlines() if "A8-FATSOEN" in line]
    assert a8 and not any("Lindenlaan" in line or "8" in line.split("A8-FATSOEN", 1)[1] for line in a8)


@pytest.mark.parametrize("disclaimer", [
    "Ik reageer hier als mezelf, niet als juf.",
    "Wat ik hier schrijf is van mij, niet van de school.",
])
def test_posting_as_oneself_and_not_in_the_job_is_a_disclaimer(check, disclaimer):
    result = check(f"Ik werk op De Regenboog. {disclaimer} Het plein is echt te klein.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_working_not_as_a_teacher_but_as_another_function_is_no_disclaimer(check):
    result = check("Ik werk op De Regenboog, niet als juf maar als ib'er. Het plein is echt te klein.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == {"D4-DISCLAIMER"}


@pytest.mark.parametrize("text", [
    "Namens De Regenboog: bedankt voor alle steun bij de sponsorloop.",
    "Wij bij Het Anker herkennen dat, en we werken eraan.",
])
def test_speaking_for_a_school_by_its_name_on_a_personal_account_gets_c2_at_its_place(check, text):
    result = check(text + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == {"C2-FUNCTIE"}, result.output
    assert "bericht.txt:1:1: warning C2-FUNCTIE Je spreekt op je eigen account namens de school" in result.output
    assert "vermeldt niet wat je functie is" in result.output  # the school is named: only the function is missing


def test_saying_one_does_not_speak_for_the_school_is_no_speaking_for_it(check):
    result = check("Ik spreek niet namens De Regenboog, maar het plein is te klein. Ik werk er als leerkracht.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


@pytest.mark.parametrize("text", [
    'Reactie op: "Werkt de juf van Het Anker nog als invaller?"\n\nJa, ze is er elke dinsdag.\n',
    'Reactie op: "Waarom zijn er op De Regenboog zo vaak invallers?"\n\n'
    "Ik kom er elke dag en zie hoe hard iedereen werkt.\n",
])
def test_the_quoted_question_or_someone_elses_work_says_nothing_about_the_writers_employer(check, text):
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert {"D3-MEDEWERKER", "D4-DISCLAIMER"} <= rules_in_output(result.output), result.output


def test_an_answer_giving_an_approximate_time_for_the_trip_asked_about_gets_c1(check):
    post = 'Reactie op: "Hoe laat is het schoolreisje afgelopen?"\n\nWe zijn tegen half vier terug bij school.\n'
    result = check(post, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert "bericht.txt:3:1: warning C1-KANAAL Praktische mededeling over 'schoolreisje'" in result.output
    assert rules_in_output(result.output) == {"C1-KANAAL", "C2-FUNCTIE"}


def test_a_practical_matter_in_a_later_school_year_is_no_notice(check):
    result = check("Volgend schooljaar gaat het schoolkamp in juni weer naar Ameland.\n",
                   *SCHOOL_ACCOUNT, name="bericht.txt")
    assert result.exit_code == 0, result.output
    assert "C1-KANAAL" not in result.output


@pytest.mark.parametrize("text", [
    "Morgen op schoolreis met groep 4, ik heb er zin in!",
    "Morgen op kamp met mijn klas! ⛺ Tas staat klaar.",
])
def test_a_teachers_own_day_on_her_own_account_is_no_notice(check, text):
    result = check(text + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_notice_for_a_class_on_a_teachers_own_account_still_gets_c1(check):
    result = check("Morgen geen gym voor groep 5, de gymzaal is dicht.\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "bericht.txt:1:" in result.output and "C1-KANAAL" in result.output


@pytest.mark.skipif(not (SCHOOL_POSTS / "screener.toml").is_file(),
                    reason="../shared/data/school-posts ontbreekt: de held-out set wordt gemeten met die configuratie")
def test_the_heldout_cases_meet_the_goal_for_every_rule():
    tp, fp, fn, mistakes, _ = evaluate(HELDOUT_CASES, school_post_cases(HELDOUT_CASES), list(CASE_RULES.values()),
                                       SCHOOL_POSTS / "screener.toml")
    assert sum(tp.values()) + sum(fn.values()) == 48  # every expected id of the 60 cases was scored
    for rule in CASE_RULES.values():
        f1 = 2 * tp[rule] / max(1, 2 * tp[rule] + fp[rule] + fn[rule])
        assert f1 >= 0.95, (rule, f1, mistakes)
