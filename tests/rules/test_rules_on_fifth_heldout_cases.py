"""What the fifth 60 protocol cases (tests/data/school-posts-rules-heldout4, written blind; measured
blind first: C1 0.80, C2 0.90, D3 0.86, D4 0.93) showed C1, C2, D3 and D4 missed or raised wrongly,
one class of error at a time, as a user meets it through `screener check`; each class in other words
than the cases, with a near miss that must stay quiet.

- C2 missed in a thread where a staff member answers more than once ("Reactie 1, op: ...").
- C2 missed for a staff member who replies in a public discussion on their own account in their
  function, as one of the school's staff ("Als directeur wil ik ... We praten eerst met ouders"),
  without naming the school.
- D3 and D4 raised on a post in English that states the affiliation ("teacher of group 7 at ...")
  and the disclaimer ("Opinions on this profile are my own"): staff write in English on LinkedIn, so
  the common English phrasings count, and "our school", "my class" and "on behalf of the team" too.
- C1 missed in an answer about what to bring that opens with a few friendly words ("Goede vraag!").
"""

from __future__ import annotations

import pytest
from policy_helpers import case_f1, reported_on_line, rules_in_output

from eval.rules import HELDOUT4_CASES, SCHOOL_POSTS

SCHOOL_ACCOUNT_TEACHER = ("--channel", "schoolaccount", "--author-role", "medewerker",
                          "--author-function", "leerkracht groep 3")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "intern begeleider")
C2 = "warning C2-FUNCTIE"


@pytest.mark.parametrize("opening", [
    "Reactie 1, op:", "Reactie 1 op:", "2e reactie op:", "Antwoord #1 op:", "Reactie (1) op:",
], ids=["'Reactie 1, op:'", "'Reactie 1 op:'", "'2e reactie op:'", "'Antwoord #1 op:'", "'Reactie (1) op:'"])
def test_a_staff_member_answering_in_a_numbered_thread_without_saying_who_she_is_gets_c2(check, opening):
    post = (f'{opening} "Klopt het dat de overblijf duurder wordt?"\n\n'
            "Ja, vanaf januari. De ouderraad heeft het besproken.\n\n"
            f'{opening.replace("1", "2")} "Waarom hoorden we dat niet eerder?"\n\n'
            "Dat had eerder gemoeten, dat geven we toe.\n")
    result = check(post, *SCHOOL_ACCOUNT_TEACHER, name="bericht.txt")
    assert reported_on_line(result.output, 1, C2), result.output


def test_the_same_thread_signed_with_function_and_school_stays_quiet(check):
    post = ('Reactie 1, op: "Klopt het dat de overblijf duurder wordt?"\n\n'
            "Ja, vanaf januari. De ouderraad heeft het besproken.\n\n"
            'Reactie 2, op: "Waarom hoorden we dat niet eerder?"\n\n'
            "Dat had eerder gemoeten, dat geven we toe.\n\n"
            "Juf Sanne, leerkracht groep 3 van OBS De Regenboog\n")
    result = check(post, *SCHOOL_ACCOUNT_TEACHER, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


REPLY_IN_FUNCTION = ("Reactie in de Facebookgroep van de wijk:\n\n"
                     "Als intern begeleider kan ik u geruststellen: er verandert niets aan de zorg. "
                     "We kijken elk jaar samen met de ouders naar wat een kind nodig heeft.\n")


def test_replying_in_a_public_discussion_in_ones_function_for_the_school_gets_c2(check):
    result = check(REPLY_IN_FUNCTION, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 3, C2), result.output
    assert "D3-MEDEWERKER" not in result.output and "D4-DISCLAIMER" not in result.output, result.output


def test_that_reply_with_the_school_and_the_foundation_named_stays_quiet(check):
    post = REPLY_IN_FUNCTION.replace("Als intern begeleider", "Als intern begeleider van OBS De Regenboog (Lithora)")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_a_staff_member_who_names_her_job_in_a_reply_about_something_else_gets_no_c2(check):
    post = ('Reactie op: "Wie weet een goede oppas?"\n\n'
            "Ik ben zelf juf, maar we hebben een geweldige oppas: stuur me maar een berichtje.\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_a_staff_member_replying_as_a_mother_gets_no_c2(check):
    post = ('Reactie op: "Wie weet een goede zwemschool?"\n\n'
            "Als moeder van twee waterratten kan ik De Golfslag aanraden, we zitten er al jaren.\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


@pytest.mark.parametrize("affiliation", [
    "I work as a teacher at OBS De Regenboog, a Lithora school.",
    "I've started as a teacher of group 5 at IKC Het Anker, one of the Lithora schools.",
    "I teach group 6 at KBS De Wilgenhof (Lithora).",
], ids=["'I work as a teacher at'", "'started as a teacher of group 5 at'", "'I teach group 6 at'"])
@pytest.mark.parametrize("disclaimer", [
    "Views are my own.",
    "All opinions expressed here are mine and not those of my employer.",
    "These are my own views.",
    "I am posting in a personal capacity.",
    "My posts do not necessarily reflect the views of my employer.",
], ids=["'Views are my own'", "'opinions expressed here are mine'", "'my own views'", "'personal capacity'",
        "'do not reflect the views of my employer'"])
def test_a_post_in_english_that_states_affiliation_and_disclaimer_gets_no_d3_or_d4(check, affiliation, disclaimer):
    post = f"Some news: {affiliation} The team made me feel welcome from day one. {disclaimer}\n"
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_a_dutch_post_that_ends_with_an_english_disclaimer_gets_no_d4(check):
    post = ("Ik werk als leerkracht bij OBS De Regenboog. Wat was de musical mooi vandaag!\n"
            "Opinions on this profile are my own.\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_a_post_in_english_about_the_school_without_either_gets_d3_and_d4(check):
    post = "Our school choir at De Regenboog sang beautifully today. Opinions on the new songs are mixed!\n"
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning D3-MEDEWERKER"), result.output
    assert reported_on_line(result.output, 1, "warning D4-DISCLAIMER"), result.output


@pytest.mark.parametrize("post", [
    "So proud of my class today: they sang for the whole neighbourhood.",
    "Our school finally has a garden where the children grow their own vegetables.",
], ids=["'my class'", "'our school'"])
def test_a_post_in_english_about_ones_class_or_school_gets_d3_and_d4(check, post):
    result = check(post + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning D3-MEDEWERKER"), result.output
    assert reported_on_line(result.output, 1, "warning D4-DISCLAIMER"), result.output


def test_a_post_in_english_about_a_run_stays_quiet(check):
    result = check("Ran my first marathon this morning, legs like jelly but so happy!\n", *STAFF_ON_OWN_ACCOUNT,
                   name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_speaking_on_behalf_of_the_team_in_english_on_ones_own_account_gets_c2(check):
    result = check("On behalf of the whole team: thank you for the flowers and the cards!\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, C2), result.output


def test_speaking_on_behalf_of_ones_family_in_english_stays_quiet(check):
    result = check("On behalf of my whole family: thank you for the flowers and the cards!\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_an_answer_about_what_to_bring_after_a_few_friendly_words_gets_c1(check):
    post = ('Reactie op: "Moet er morgen nog iets mee voor de excursie?"\n\n'
            "Dank voor je vraag! Een lunchpakket en regenkleding.\n\n"
            "Juf Sanne, leerkracht groep 3 van OBS De Regenboog\n")
    result = check(post, *SCHOOL_ACCOUNT_TEACHER, name="bericht.txt")
    assert reported_on_line(result.output, 3, "warning C1-KANAAL"), result.output


def test_an_answer_about_how_the_trip_went_after_friendly_words_gets_no_c1(check):
    post = ('Reactie op: "Hoe was de excursie?"\n\n'
            "Dank voor je vraag! Het was prachtig en iedereen was op tijd terug.\n\n"
            "Juf Sanne, leerkracht groep 3 van OBS De Regenboog\n")
    result = check(post, *SCHOOL_ACCOUNT_TEACHER, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


# What the even half showed, after it was measured unread (C1 0.75, C2 1.00, D3 0.80, D4 1.00):
# - C1 raised on a plain-text information page whose title has a colon ("Praktische informatie: gym").
# - C1 missed on a notice in English on the school account ("Tomorrow's English lesson is cancelled").
# - D3 missed on a post with a disclaimer about a school named by its short name ("de Wingerd").
WEBSITE = ("--channel", "website", "--author-role", "schoolaccount")


@pytest.mark.parametrize("title", ["Praktische informatie: zwemmen", "Schoolgids: gym en zwemmen"])
def test_a_plain_text_information_page_whose_title_has_a_colon_gets_no_c1(check, title):
    post = (f"{title}\n\n"
            "Groep 5 en 6 zwemmen elke dinsdag in zwembad De Scheg. Geef zwemkleding en een handdoek mee; "
            "sieraden blijven thuis.\n")
    result = check(post, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_page_with_such_a_title_that_counts_from_today_gets_c1(check):
    post = ("Fotoalbum: de sportdag\n\n"
            "Morgen is de tweede sportdag, vergeet de gymschoenen niet!\n")
    result = check(post, *WEBSITE, name="bericht.txt")
    assert reported_on_line(result.output, 3, "warning C1-KANAAL"), result.output


@pytest.mark.parametrize("notice", [
    "Hi group 6! Tomorrow's swimming lesson is cancelled, the pool is closed.",
    "Don't forget your PE kit on Thursday, children!",
    "Dear parents, the school trip is moved to next Friday.",
], ids=["a lesson cancelled", "the PE kit", "a school trip moved"])
def test_a_notice_in_english_on_the_school_account_gets_c1(check, notice):
    result = check("A message from school.\n" + notice + "\n", *SCHOOL_ACCOUNT_TEACHER[:2], "--author-role",
                   "schoolaccount", name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning C1-KANAAL"), result.output


@pytest.mark.parametrize("text", [
    "Yesterday's English lesson was great fun, the children sang a song about the weather.",
    "Our pupils love their English lessons with the songs and the games.",
], ids=["a report afterwards", "school life"])
def test_english_about_lessons_that_announces_nothing_gets_no_c1(check, text):
    result = check(text + "\n", "--channel", "schoolaccount", "--author-role", "schoolaccount", name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_post_with_a_disclaimer_about_a_school_named_by_its_short_name_gets_d3(check):
    post = ("Privé-account, ik spreek hier niet voor mijn werk.\n\n"
            "Fijn dat de Wilgenhof eindelijk een nieuw dak krijgt!\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 3, "warning D3-MEDEWERKER"), result.output
    assert "D4-DISCLAIMER" not in result.output, result.output


def test_a_restaurant_of_the_same_name_without_a_disclaimer_stays_quiet(check):
    result = check("Gisteren heerlijk gegeten bij De Wilgenhof aan de rivier!\n", *STAFF_ON_OWN_ACCOUNT,
                   name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


@pytest.mark.skipif(not (SCHOOL_POSTS / "screener.toml").is_file(),
                    reason="../shared/data/school-posts ontbreekt: de vijfde held-out set wordt gemeten met die "
                           "configuratie")
def test_the_fifth_heldout_cases_meet_the_goal_for_c1_c2_d3_and_d4():
    f1, scored, mistakes = case_f1(HELDOUT4_CASES, SCHOOL_POSTS / "screener.toml")
    assert scored == 44  # every expected id of the 60 cases was scored
    for rule in ("C1-KANAAL", "C2-FUNCTIE", "D3-MEDEWERKER", "D4-DISCLAIMER"):
        assert f1[rule] >= 0.95, (rule, f1[rule], mistakes)


# The protocol false alarms on the ordinary posts of the blind text set school-posts-heldout4:
# - C1 on a class that practises for an exam with its date ("oefent voor het verkeersexamen op 14 april").
# - C2 on a teacher's class post on the school account whose only mention of the school is its hashtag
#   among the tags under the post ("#groep3 #jarig #DeWingerd").
SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")


@pytest.mark.parametrize("sentence", [
    "Groep 8 oefent deze maand al voor het verkeersexamen op 9 april.",
    "De kinderen bereiden zich in de rekenles voor op de toets van 12 juni.",
], ids=["practising for an exam", "preparing for a test"])
def test_a_class_that_works_towards_an_exam_gets_no_c1(check, sentence):
    result = check("Nieuws uit de bovenbouw.\n" + sentence + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


@pytest.mark.parametrize("sentence", [
    "Groep 8 doet op 9 april het verkeersexamen: neem je fiets mee!",
    "We oefenen morgen nog voor de toets, neem je schrift mee.",
    "Oefen thuis nog even voor de toets van 12 juni.",
], ids=["the exam announced", "practising tomorrow", "practising at home"])
def test_the_exam_announced_or_a_practice_tomorrow_gets_c1(check, sentence):
    result = check("Nieuws uit de bovenbouw.\n" + sentence + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning C1-KANAAL"), result.output


CLASS_POST = "Deze week was het feest in groep 3: drie kinderen waren jarig!\n\n"


def test_a_teachers_class_post_tagged_with_the_schools_hashtag_on_the_school_account_gets_no_c2(check):
    result = check(CLASS_POST + "#groep3 #jarig #DeRegenboog #lithora\n", *SCHOOL_ACCOUNT_TEACHER, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_the_same_post_that_names_the_school_in_its_text_gets_c2(check):
    post = CLASS_POST.replace("in groep 3", "in groep 3 van De Regenboog") + "#groep3 #jarig\n"
    result = check(post, *SCHOOL_ACCOUNT_TEACHER, name="bericht.txt")
    assert reported_on_line(result.output, 1, C2), result.output


def test_the_schools_hashtag_on_ones_own_account_still_makes_a_post_about_the_school(check):
    result = check(CLASS_POST + "#groep3 #jarig #DeRegenboog\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 3, "warning D3-MEDEWERKER"), result.output
