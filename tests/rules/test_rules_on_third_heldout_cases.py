"""What the third 60 held-out protocol cases (tests/data/school-posts-rules-heldout2, written for issue
14 before the rules were read; measured blind first: C1 0.86, C2 0.90, D3 1.00, D4 0.93, A8 0.18)
showed the rules missed or raised wrongly, one class of error at a time, as a user meets it through
`screener check`; each class in other words than the cases, with sentences near it that must stay quiet.

- A8 without swear words: a picture of someone passed round to mock or expose them, someone else's
  password or a fake account in their name, sextortion as a demand ("..., of ik laat ... zien"), a
  warning with "'s avonds" between the words or "hij is gewaarschuwd", a pile-on on someone's posts,
  where someone lives by the street alone or where they can be found every morning.
- C1: school-day events parents act on (the school photographer, a traffic lesson, the reports); a
  plain yes or no to a question about a near moment; "uw kind" alone is no cue.
- D3: a school's short name next to words of the school day (the timetable, the breaks) is the school.
- C2: a function said as the work one does ("ik geef de gymlessen"); a reply's opening line in the
  writer's own words ("In de Facebookgroep lees ik ...") is not someone else's quote.
- D4: "Eigen mening 😉 maar ...".
"""

from __future__ import annotations

import pytest
from policy_helpers import case_f1, reported_on_line, rules_in_output

from eval.rules import HELDOUT2_CASES, SCHOOL_POSTS

PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker")
STAFF_ON_SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "medewerker")
SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")


@pytest.mark.parametrize("text", [
    "Ik heb hem stiekem gefilmd terwijl hij huilde in de klas, stuur het maar door.",
    "Screenshots van haar appjes aan mijn zoon: iedereen mag zien wat voor moeder ze is. Deel ze maar.",
    "Kijk eens hoe die nieuwe jongen zwemt 🤣 filmpje gaat al rond.",
    "Ik ken het wachtwoord van zijn schoolmail, morgen log ik in.",
    "Ik heb een tiktok aangemaakt onder haar naam en post daar van alles.",
    "Stuur me vanavond een pic in je ondergoed, anders zet ik je appjes online.",
    "Als die juf mijn dochter nog één keer straf geeft, staan we 's middags bij haar aan de deur.",
    "Die meester moet mijn zoon met rust laten. Hij is gewaarschuwd.",
    "Reageer allemaal onder haar Facebookfoto's, zij moet het gaan merken.",
    "Meester Ruud woont aan de Kastanjelaan, voor wie het wil weten.",
    "Voor wie hem eens wil spreken: hij fietst elke ochtend om kwart voor acht over de brug.",
    "Ik heb een filmpje van juf Sanne terwijl ze boos wordt, wie wil hem? Stuur maar door haha",
    "Als je niet betaalt, zet ik je foto's online.",
    "Hij woont trouwens aan de Molenweg, achter de kerk.",
    "We maken een account aan met de foto van de directeur en posten daar rare dingen.",
])
def test_a8_without_swear_words_is_reported_on_its_line(check, text):
    result = check("Even dit.\n" + text + "\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output
    assert "bericht.txt:1:" not in result.output


@pytest.mark.parametrize("text", [
    "Ik heb de kleuters gefilmd bij de musical, deel het gerust met opa en oma!",
    "Kijk eens hoe mooi de kinderen dansen 😍 de foto's gaan via Parro rond.",
    "Ik ben het wachtwoord van mijn eigen schoolaccount kwijt. Weet iemand de code van de wifi?",
    "Let op: iemand heeft een nepaccount van onze school gemaakt. Reageer er niet op.",
    "Stuur me de foto's van het kamp, anders vergeet ik ze te bestellen.",
    "We zijn gewaarschuwd voor gladheid, dus kom lopend.",
    "Juf Anne woont in Olst. Ze staat elke ochtend om acht uur bij het hek om de kinderen te begroeten.",
    "Hij moet het zelf weten, ik vind de sportdag geweldig.",
    "Zet je felicitatie onder het bericht van de school!",
    "Ik heb een Instagram-account gemaakt voor onze klas, met toestemming van de ouders.",
    "Hij is gewaarschuwd door de scheidsrechter, maar won toch de wedstrijd!",
    "Juf Karin woont al jaren in Diepenveen en komt elke dag op de fiets.",
])
def test_ordinary_sentences_near_those_words_get_no_a8(check, text):
    result = check(text + "\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_street_named_for_where_someone_lives_is_not_repeated_in_the_warning(check):
    result = check("Ze woont in de Bloesemstraat, voor wie haar zoekt.\n", *PARENT, name="bericht.txt")
    a8 = [line for line in result.output.splitlines() if "A8-FATSOEN" in line]
    assert a8 and not any("Bloesemstraat" in line for line in a8), result.output


def test_the_photographers_visit_on_the_school_account_gets_c1_on_its_line(check):
    result = check("Hallo allemaal!\nDonderdag komt de schoolfotograaf; trek uw kind iets feestelijks aan.\n",
                   *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "bericht.txt:2:" in result.output and "C1-KANAAL" in result.output, result.output
    assert "schoolfotograaf" in result.output


def test_the_reports_going_home_on_the_school_account_get_c1(check):
    result = check("Donderdag gaan de rapporten mee naar huis. Wilt u het strookje getekend terugsturen?\n",
                   *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "bericht.txt:1:" in result.output and "C1-KANAAL" in result.output, result.output


@pytest.mark.parametrize("answer", ["Nee, het bad is dicht.", "Nee hoor, het bad is dicht."])
def test_a_plain_no_to_a_question_about_tomorrows_lesson_is_a_notice(check, answer):
    post = f'Reactie op: "Gaat het zwemmen morgen door?"\n\n{answer}\n'
    result = check(post, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert "bericht.txt:3:1: warning C1-KANAAL" in result.output, result.output


def test_a_short_school_name_next_to_the_timetable_is_the_school(check):
    result = check("Persoonlijke kijk hoor 🙂 maar het nieuwe rooster op De Regenboog werkt prima.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == {"D3-MEDEWERKER"}, result.output


def test_a_short_school_name_in_a_restaurant_review_stays_quiet(check):
    result = check("Gisteren gegeten bij De Regenboog in Zwolle, de soep was heerlijk.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


@pytest.mark.parametrize("post", [
    'Reactie op: "Krijgen kinderen met dyslexie meer tijd bij toetsen?"\n\nJa, dat spreken we per kind af.\n',
    'Reactie op: "Waarom hebben ze zoveel toetsen?"\n\nDe toetsen laten ons zien wat uw kind al kan.\n',
])
def test_answering_a_question_about_a_standing_rule_is_no_notice(check, post):
    result = check(post, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output
    assert "C2-FUNCTIE" in result.output  # still a staff member in a discussion without affiliation


def test_saying_which_lessons_one_gives_at_a_named_school_is_affiliation_and_function(check):
    post = 'Reactie op: "Waarom zingen ze zo weinig?"\n\nIk geef de muzieklessen op De Regenboog, een school van ' \
           'stichting Lithora. We zingen elke week.\n'
    result = check(post, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_giving_the_children_homework_is_no_function(check):
    post = 'Reactie op: "Krijgen ze veel werk mee?"\n\nIk geef de kinderen op De Regenboog best veel mee.\n'
    result = check(post, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C2-FUNCTIE" in result.output and "wat je functie is" in result.output, result.output


def test_speaking_for_the_school_after_saying_where_the_discussion_is_gets_c2(check):
    post = "In de Facebookgroep van de buurt zie ik vragen over het plein. Wij als school kiezen bewust: meer groen.\n"
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == {"C2-FUNCTIE"}, result.output


def test_a_quote_after_saying_where_the_discussion_is_stays_someone_elses_words(check):
    post = 'In de Facebookgroep van de buurt: "Wij als school kiezen bewust voor meer groen."\n'
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "C2-FUNCTIE" not in result.output, result.output


def test_own_opinion_before_an_emoji_and_but_is_a_disclaimer(check):
    result = check("Ik werk als leerkracht op De Regenboog (Lithora). Eigen mening 🙃 maar het plein is te klein.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_everyone_having_an_own_opinion_is_no_disclaimer(check):
    result = check("Ik werk als leerkracht op De Regenboog (Lithora). Iedereen heeft een eigen mening 🙂 maar het "
                   "plein is te klein.\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == {"D4-DISCLAIMER"}, result.output


@pytest.mark.skipif(not (SCHOOL_POSTS / "screener.toml").is_file(),
                    reason="../shared/data/school-posts ontbreekt: de derde held-out set wordt gemeten met die "
                           "configuratie")
def test_the_third_heldout_cases_meet_the_goal_for_every_rule():
    f1, scored, mistakes = case_f1(HELDOUT2_CASES, SCHOOL_POSTS / "screener.toml")
    assert scored == 45  # every expected id of the 60 cases was scored
    for rule, value in f1.items():
        assert value >= 0.95, (rule, value, mistakes)
