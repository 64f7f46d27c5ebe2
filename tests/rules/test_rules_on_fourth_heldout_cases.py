"""What the fourth 60 held-out protocol cases (tests/data/school-posts-rules-heldout3, written blind;
measured blind first: C1 0.67, C2 0.94, D3 0.92, D4 0.92) and two ordinary posts of the text sets
showed C1, C2, D3 and D4 missed or raised wrongly, one class of error at a time, as a user meets it
through `screener check`; each class in other words than the cases, with a sentence near it that
must stay quiet.

- C1 in words other than the usual ones: a lesson of any kind or a school event cancelled or moved,
  a school day that starts later, lessons given in another building.
- C1 in the answer to a question about what to bring: the things named, or a reminder.
- C1 on a staff member's own account when she speaks for the school ("Namens alle juffen en meesters").
- No C1 on a piece that explains the school's policy, on a past mention ("sinds de oefentoets"), or
  on a school paper's teaser of its next issue.
- C2 for "Namens alle collega's van ..." on one's own account.
- D3 and D4 on a private post about one's own team ("met het team") in a post about school life.
"""

from __future__ import annotations

import pytest
from policy_helpers import case_f1, reported_on_line, rules_in_output

from eval.rules import HELDOUT3_CASES, SCHOOL_POSTS

C1 = "warning C1-KANAAL"
SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
WEBSITE = ("--channel", "website", "--author-role", "schoolaccount")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "leerkracht groep 5")
TEACHER_ON_SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "medewerker",
                             "--author-function", "leerkracht groep 8")


@pytest.mark.parametrize("notice", [
    "De dansles van vrijdagmiddag gaat niet door, want de vakdocent is ziek.",
    "Het schoolfeest van donderdag is afgelast vanwege de storm.",
    "De judoles van groep 4 is verplaatst naar de sporthal aan de Esweg.",
    "Door een lekkage start de school morgen pas om 10.00 uur.",
    "Groep 6 krijgt maandag les in het noodgebouw naast de kerk.",
    "De bieb-les gaat deze week niet door.",
    "We hebben gekozen om de sportdag te verplaatsen naar 12 juni.",
], ids=["a dance lesson cancelled", "a school party called off", "a judo lesson moved", "a later start",
        "lessons in another building", "a hyphenated lesson, words between 'gaat' and 'niet door'",
        "a choice announced"])
def test_a_notice_on_the_school_account_in_words_other_than_the_usual_ones_gets_c1(check, notice):
    result = check("Even een bericht van school.\n" + notice + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output


@pytest.mark.parametrize("text", [
    "De wedstrijd van het voetbalteam ging vorige week niet door, jammer!",
    "Alles gaat gewoon door zoals gepland, fijn weekend allemaal.",
    "Onze school begint elke dag om 8.30 uur, de deuren gaan om 8.15 uur open.",
], ids=["a match that did not go on", "'alles gaat door' is no lesson", "the usual start time"])
def test_words_near_those_notices_stay_quiet(check, text):
    result = check(text + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


@pytest.mark.parametrize("answer", [
    "Een slaapzak en een kussensloop graag. Het hoeslaken ligt er al.",
    "Vergeet vooral de knuffel niet. Het hoeslaken ligt er al.",
], ids=["the things to bring", "a reminder"])
def test_a_teachers_answer_to_a_question_about_what_to_bring_gets_c1(check, answer):
    post = ('Reactie op: "Wat moeten de kinderen meenemen naar het schoolkamp?"\n\n'
            f"{answer} Groet, Ilse, leerkracht groep 8 van OBS De Regenboog\n")
    result = check(post, *TEACHER_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 3, C1), result.output
    assert rules_in_output(result.output) == {"C1-KANAAL"}, result.output


def test_a_teachers_answer_about_how_camp_went_is_no_notice(check):
    post = ('Reactie op: "Was het kamp een beetje leuk?"\n\n'
            "Ja hoor, ze hebben genoten. Groet, Ilse, leerkracht groep 8 van OBS De Regenboog\n")
    result = check(post, *TEACHER_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_speaking_for_the_school_on_ones_own_account_about_lessons_elsewhere_gets_c1_and_c2(check):
    post = ("Namens alle juffen en meesters van De Regenboog: dank aan iedereen die hielp na de lekkage.\n"
            "Donderdag krijgen de kinderen les in het gebouw van Het Anker.\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output
    assert reported_on_line(result.output, 1, "warning C2-FUNCTIE"), result.output
    assert "D3-MEDEWERKER" not in result.output


def test_telling_about_ones_own_day_in_another_building_gets_no_c1(check):
    result = check("Vandaag les gegeven in het gebouw van Het Anker. Wennen hoor!\n", *STAFF_ON_OWN_ACCOUNT,
                   name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_speaking_for_the_colleagues_of_a_named_school_on_ones_own_account_gets_c2(check):
    result = check("Namens alle collega's van De Regenboog: bedankt voor de bloemen!\n", *STAFF_ON_OWN_ACCOUNT,
                   name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning C2-FUNCTIE"), result.output


def test_speaking_for_ones_family_is_not_speaking_for_the_school(check):
    result = check("Namens onze hele familie: dank aan de brandweer en de buren!\n", *STAFF_ON_OWN_ACCOUNT,
                   name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


POLICY_PIECE = """Ons beleid rond gymkleding

Wij vinden het belangrijk dat kinderen veilig kunnen bewegen. Daarom vragen we ouders om gymschoenen met
een lichte zool mee te geven en sieraden thuis te laten.
"""


def test_a_piece_that_explains_the_schools_policy_on_the_website_gets_no_c1(check):
    result = check(POLICY_PIECE, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_moment_in_that_piece_still_makes_a_notice(check):
    result = check(POLICY_PIECE + "\nVergeet donderdag de gymschoenen niet!\n", *WEBSITE, name="bericht.txt")
    assert reported_on_line(result.output, 6, C1), result.output


def test_a_past_test_mentioned_in_a_report_on_the_school_account_gets_no_c1(check):
    post = ("Alle kinderen van groep 7 zijn geslaagd!\n"
            "En wat een verschil sinds de oefentoets!\n"
            "In mei volgt het praktijkexamen.\n")
    result = check(post, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_test_ahead_with_a_moment_on_the_school_account_gets_c1(check):
    result = check("Groep 7: maandag is de oefentoets verkeer, oefen thuis nog even.\n", *SCHOOL_ACCOUNT,
                   name="bericht.txt")
    assert reported_on_line(result.output, 1, C1), result.output


def test_a_school_papers_teaser_of_its_next_issue_gets_no_c1(check):
    post = ("In het volgende nummer: de schoolreis van groep 4 en een interview met de conciërge!\n"
            "Kopij inleveren bij de redactie.\n")
    result = check(post, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_the_school_trip_announced_for_next_week_on_the_school_account_gets_c1(check):
    post = "Volgende week gaat groep 4 op schoolreis.\nGraag een lunchpakket meegeven.\n"
    result = check(post, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, C1), result.output


def test_a_private_post_about_ones_own_team_and_school_life_gets_d3_and_d4(check):
    result = check("Hele middag met het team gepraat over het nieuwe rapport. Ik twijfel nog.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning D3-MEDEWERKER"), result.output
    assert reported_on_line(result.output, 1, "warning D4-DISCLAIMER"), result.output


def test_a_private_post_about_a_sports_team_gets_no_d3_or_d4(check):
    result = check("Zaterdag met het team van mijn zoon naar het hockeytoernooi, de kinderen waren top!\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


@pytest.mark.skipif(not (SCHOOL_POSTS / "screener.toml").is_file(),
                    reason="../shared/data/school-posts ontbreekt: de vierde held-out set wordt gemeten met die "
                           "configuratie")
def test_the_fourth_heldout_cases_meet_the_goal_for_c1_c2_d3_and_d4():
    f1, scored, mistakes = case_f1(HELDOUT3_CASES, SCHOOL_POSTS / "screener.toml")
    assert scored == 45  # every expected id of the 60 cases was scored
    for rule in ("C1-KANAAL", "C2-FUNCTIE", "D3-MEDEWERKER", "D4-DISCLAIMER"):
        assert f1[rule] >= 0.95, (rule, f1[rule], mistakes)
