"""The classes of error that the rule set released in session 14 (rules-heldout9) and session 13's own batch showed,
one class at a time, as a user meets it through `screener check`: each in a made-up post of that kind, with a quiet
look-alike.

- C1 raised on the website's page about one matter ("Gymlessen", "Bewegingsonderwijs": what holds whenever it comes),
  on a threat that names what a child will lose ("dan kun je het schoolreisje wel vergeten"), on the writer's own
  offer ("ik stuur het u graag toe") and on an appeal to whoever hangs about on the playground.
- C1 missed on a request after a line that closes on an emoji, on "Wil iedereen ... meenemen?", on a room closed
  "tot en met donderdag", on an activity moved on ("schuiven we een week op") and on another teacher in front of
  the class, on an answer in a Threads reply chain, and on "stop ... in de tas".
- A8 missed on a sexist hint, on imitating a teacher to laugh at her, on pressure to take a post down with a threat
  or with leverage through someone's family.
- D3 raised on an affiliation said far from the "ik" ("Ik werk nu ... met haar samen als leerkr. groep 3 op ...")
  and on an abbreviated function in a signature ("adj. dir."); D3/D4 missed on a school's short name in a post
  about bullying; D4 raised on disclaimers in Turkish, Polish, French, German and Frisian in other words; D3/D4
  missed on posts in those languages whose words of school life the lists did not know.
- C2 missed on a staff member answering a comment on the website in her own words ("Ik begrijp de zorgen ...").
"""

from __future__ import annotations

import pytest
from policy_helpers import reported_on_line, rules_in_output

SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
WEBSITE = ("--channel", "website", "--author-role", "schoolaccount")
STAFF_ON_WEBSITE = ("--channel", "website", "--author-role", "medewerker", "--author-function", "intern begeleider")
STAFF_ON_SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "medewerker",
                           "--author-function", "leerkracht groep 4")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "leerkracht groep 5")
PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
C1 = "warning C1-KANAAL"
A8 = "warning A8-FATSOEN"


# --- C1: the website's page about one matter -------------------------------------------------------------------

GYM_PAGE = ("Gymlessen\n\nDe groepen 3 tot en met 8 hebben twee keer per week gym in de sporthal aan de Ring. "
            "Geef uw kind een sportbroek, een shirt en gymschoenen mee.\n")


def test_the_websites_page_about_gym_is_quiet(check):
    result = check(GYM_PAGE, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_the_same_words_on_the_school_account_are_a_notice(check):
    result = check(GYM_PAGE, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 3, C1), result.output
    assert result.exit_code == 0, result.output  # a warning: reported, the post is not refused


def test_a_website_page_about_one_dated_camp_is_still_a_notice(check):
    text = ("Schoolkamp groep 8\n\nLet op: het kamp begint dinsdag 9 juni. De kinderen zijn om 8.30 uur op "
            "school met hun bagage.\n")
    result = check(text, *WEBSITE, name="bericht.txt")
    assert reported_on_line(result.output, 3, C1), result.output


# --- C1: no notice in a threat, an offer, an appeal to strangers ------------------------------------------------

def test_a_threat_that_names_the_school_trip_is_no_notice(check):
    text = ("Even dit.\nHaal die video vanavond offline. Staat hij er morgen nog, dan kun je het schoolreisje wel "
            "vergeten.\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output
    assert reported_on_line(result.output, 2, A8), result.output


def test_the_writers_offer_to_send_something_is_no_notice(check):
    text = "De overblijf kost dit jaar evenveel als vorig jaar. Ik stuur u het overzicht graag toe.\n"
    result = check(text, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_an_appeal_to_whoever_hangs_about_on_the_playground_is_no_notice(check):
    text = ("Vanochtend weer blikjes en chipszakken bij het klimrek 😤 Wie hier 's avonds rondhangt: neem je "
            "afval mee, over een uur spelen hier kinderen.\n")
    result = check(text, "--channel", "persoonlijk", "--author-role", "medewerker", "--author-function",
                   "conciërge", name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


# --- C1: notices the rules missed -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "line"), [
    ("Fijn nieuws 🌷\nWilt u op dinsdag 3 maart geen gel of haarlak in het haar van uw kind doen?\n", 2),
    ("Nieuw in groep 6! 🧪\nWil iedereen vóór donderdag een lege fles en een ballon meenemen?\n", 2),
    ("Het speellokaal is tot en met donderdag dicht door een lekke verwarming. De kleuters van groep 1-2 gymmen "
     "deze dagen in de aula.\n", 1),
    ("Dinsdag en woensdag staat de invaller voor groep 5; de proefjesmiddag schuiven we een week op.\n", 1),
    ("Na de herfstvakantie start de leesmarathon. Stop voor de zekerheid vrijdag een leesboek in de tas van uw "
     "kind.\n", 1),
], ids=["request after an emoji line", "everyone asked", "room closed till Thursday", "moved on", "stop in the bag"])
def test_notices_on_the_school_account_are_reported(check, text, line):
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, line, C1), result.output
    assert result.exit_code == 0, result.output  # a warning: reported, the post is not refused


def test_an_answer_in_a_threads_reply_chain_is_a_notice(check):
    text = ("@papa.van.sem · Moet er morgen een handdoek mee naar het zwembad?\n\n"
            "↳ @obsderegenboog · Ja! Handdoek en zwemkleding mee, we vertrekken om 8.45 uur.\n")
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 3, C1), result.output


def test_a_teachers_jubilee_is_no_change_of_teacher(check):
    text = "Juf Fenna staat al vijfentwintig jaar voor de klas. Vrijdag vieren we haar jubileum met taart!\n"
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


# --- A8 without swear words -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Weer een vrouw als directeur. Alles gaat op gevoel en de roosters kloppen weer niet. Laat de mannen het maar "
    "rechtzetten.",
    "Vrouwen en techniek, dat gaat nooit goed. Geef de robotles maar aan een meester.",
    "Die nieuwe gymjuf is vast alleen aangenomen vanwege haar uiterlijk 😉",
], ids=["the head's sex blamed", "a stereotype", "a job put down to looks"])
def test_a_sexist_hint_is_a8(check, text):
    result = check("Even dit.\n" + text + "\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_praise_for_a_new_woman_at_the_head_of_school_is_quiet(check):
    text = "Vanaf maandag een nieuwe directeur: een vrouw met twintig jaar ervaring. We zijn trots op haar!\n"
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_imitating_a_teacher_to_laugh_at_her_is_a8(check):
    text = "Even dit.\nIk doe haar thuis altijd na en iedereen ligt dubbel. Morgen zet ik het filmpje online 😂\n"
    result = check(text, *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_a_child_playing_school_fondly_is_quiet(check):
    text = "Onze jongste speelt thuis school en doet de juf altijd na, zo lief ❤️\n"
    result = check(text, *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


@pytest.mark.parametrize("text", [
    "Haal die foto van mijn zoon offline, anders kun je je feestje wel vergeten.",
    "Als het er morgen nog staat, weet de hele klas wie jij echt bent.",
    "Ik weet waar je moeder werkt. Als je dit niet weghaalt, zul je het merken.",
], ids=["a demand with a loss", "exposure if it stays", "leverage through the family"])
def test_pressure_to_take_a_post_down_is_a8(check, text):
    result = check("Even dit.\n" + text + "\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_a_polite_request_to_take_a_photo_down_is_quiet(check):
    text = "Wilt u die foto van mijn zoon verwijderen? Anders neem ik contact op met de school.\n"
    result = check(text, *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


# --- D3 / D4: affiliation and disclaimer in other words and other languages --------------------------------------

def test_an_affiliation_said_far_from_the_writer_counts(check):
    text = ("Dertig jaar voor de klas, wat een feest! Ik werk nu al acht jaar met veel plezier samen met haar als "
            "leerkr. groep 3 op OBS De Regenboog.\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == {"D4-DISCLAIMER"}, result.output


def test_someone_elses_job_in_a_long_sentence_is_no_affiliation(check):
    text = "Ik ben zo trots op mijn buurvrouw, die al dertig jaar als leerkracht op OBS De Regenboog werkt.\n"
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "D3-MEDEWERKER" in rules_in_output(result.output), result.output


def test_an_abbreviated_function_in_a_signature_counts(check):
    text = ("Over het nieuwe rooster van IKC Het Anker is veel gezegd. Mijn ervaring: het werkt.\n\n"
            "Met vriendelijke groet,\nMarco\nadj. dir. IKC Het Anker | Lithora\n(op persoonlijke titel)\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert not rules_in_output(result.output) & {"D3-MEDEWERKER", "D4-DISCLAIMER"}, result.output


def test_a_schools_short_name_in_a_post_about_bullying_is_about_the_school(check):
    text = "Op de Regenboog wordt pesten serieus aangepakt, dat zie ik elke dag.\n"
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert {"D3-MEDEWERKER", "D4-DISCLAIMER"} <= rules_in_output(result.output), result.output
    assert reported_on_line(result.output, 1, "D3-MEDEWERKER"), result.output


@pytest.mark.parametrize("bio", [
    "De Regenboog'da öğretmenim. Bu hesap kişiseldir.",
    "Je travaille comme enseignante à De Regenboog (Lithora). Ce compte est personnel.",
    "Ich arbeite als Lehrerin an der De Regenboog (Lithora). Hier schreibe ich privat.",
    "Ik bin juf fan groep 3 op De Regenboog (Lithora). Dit is myn eigen miening.",
    "Pracuję jako nauczycielka w De Regenboog (Lithora). To moje osobiste zdanie.",
], ids=["Turkish", "French", "German", "Frisian", "Polish"])
def test_affiliation_and_disclaimer_in_other_languages_are_read(check, bio):
    result = check(bio + "\n\nWat een mooie sportdag op De Regenboog vandaag!\n", *STAFF_ON_OWN_ACCOUNT,
                   name="bericht.txt")
    assert not rules_in_output(result.output) & {"D3-MEDEWERKER", "D4-DISCLAIMER"}, result.output


@pytest.mark.parametrize("text", [
    "Bugün De Regenboog'da okulda spor günü vardı!",
    "Journée sportive à l'école De Regenboog aujourd'hui, merci à tous les parents!",
], ids=["Turkish", "French"])
def test_a_post_in_another_language_about_the_school_needs_the_lines(check, text):
    result = check(text + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert {"D3-MEDEWERKER", "D4-DISCLAIMER"} <= rules_in_output(result.output), result.output
    assert result.exit_code == 0, result.output  # a warning: reported, the post is not refused


# --- C2: a staff member answering in her own words ----------------------------------------------------------------

def test_a_staff_member_answering_a_comment_on_the_website_says_who_she_is(check):
    text = "Ik begrijp uw zorgen over de grote groepen, maar we zien elk kind. Groet, Sanne\n"
    result = check(text, *STAFF_ON_WEBSITE, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning C2-FUNCTIE"), result.output


def test_the_school_answering_as_the_school_needs_no_function(check):
    text = "Dank voor uw reactie! Het team neemt uw vraag mee naar de volgende teamvergadering.\n"
    result = check(text, *WEBSITE, name="bericht.txt")
    assert "C2-FUNCTIE" not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_a_staff_member_who_signs_with_function_and_school_is_quiet(check):
    text = "Dank voor je vraag! We kijken ernaar. Sanne, intern begeleider bij OBS De Regenboog\n"
    result = check(text, *STAFF_ON_WEBSITE, name="bericht.txt")
    assert "C2-FUNCTIE" not in result.output, result.output
