"""What the seventh 60 protocol cases (tests/data/school-posts-rules-heldout6, written blind; measured blind:
C1 0.82, D3 0.94, A8 0.89) and the A8 sets (conduct-blind4, rules-heldout5) showed the rules missed or raised
wrongly, one class at a time, as a user meets it through `screener check`; each class in other words than the
cases, with a quiet look-alike.

- C1 missed on a staff member asking the class on the school's account to bring a long list of things, and on
  a changed pick-up time and place ("het hek gaat pas om ... open", "u haalt uw kind voortaan op bij ...").
- C1 raised on a website page about a weekly lesson ("Op zwemdagen nemen de kinderen ... mee") because the
  sentence after it says "vergeet", and on a teacher's own story that names what someone else brings.
- D3 raised on a staff member who states her job at the school after another role ("Als penningmeester van de
  ouderraad van ..., en leerkracht van groep 6 daar, ...").
- A8 missed on body shaming, on ridicule of a parent's or a colleague's competence, on an account that exposes
  pupils, on a private chat's screenshots passed on to shame someone, and on a campaign to bring a teacher down.
"""

from __future__ import annotations

import pytest
from policy_helpers import reported_on_line, rules_in_output

SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
SCHOOL_ACCOUNT_INTERN = ("--channel", "schoolaccount", "--author-role", "medewerker",
                         "--author-function", "stagiair groep 6")
WEBSITE = ("--channel", "website", "--author-role", "schoolaccount")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "leerkracht groep 6")
PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
PUPIL = ("--channel", "persoonlijk", "--author-role", "leerling")
C1 = "warning C1-KANAAL"
A8 = "warning A8-FATSOEN"


def c1_lines(output: str) -> list[str]:
    return [row for row in output.splitlines() if C1 in row]


def test_a_long_list_of_things_to_bring_on_the_school_account_gets_c1(check):
    post = ("Hoi groep 6!\n"
            "Neem donderdag allemaal een lege schoenendoos, een rol plakband en twee wc-rolletjes mee voor de "
            "knutselmiddag.\n\nJuf Sanne, stagiair in groep 6 van IKC Het Anker (Lithora)\n")
    result = check(post, *SCHOOL_ACCOUNT_INTERN, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output
    assert rules_in_output(result.output) == {"C1-KANAAL"}, result.output


def test_the_same_list_told_afterwards_gets_no_c1(check):
    post = ("Gisteren namen de kinderen van groep 6 allemaal een lege schoenendoos, een rol plakband en twee "
            "wc-rolletjes mee voor de knutselmiddag. Wat zijn de kastelen mooi geworden!\n")
    result = check(post, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


@pytest.mark.parametrize("notice", [
    "Beste ouders van groep 1/2, vanaf woensdag haalt u uw kind op bij de poort naast het fietsenhok, niet meer "
    "bij de hoofdingang.",
    "Let op: de poort aan de Beukenlaan gaat vanaf maandag pas om 8.25 uur open.",
], ids=["pick-up place", "gate opening time"])
def test_a_changed_pick_up_on_the_school_account_gets_c1(check, notice):
    result = check(notice + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, C1), result.output


def test_a_changed_pick_up_time_and_place_in_one_paragraph_is_one_notice(check):
    post = ("Let op, ouders van de kleuters! Vanaf dinsdag gaat de poort bij de moestuin pas om 14.20 uur open. "
            "U haalt uw kind voortaan op bij de ingang naast de gymzaal.\n")
    result = check(post, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert len(c1_lines(result.output)) == 1, result.output


def test_the_websites_page_on_school_times_and_pick_up_gets_no_c1(check):
    post = ("# Schooltijden\n\nDe deuren gaan elke ochtend om 8.20 uur open. Ouders van de kleuters halen hun kind "
            "om 14.00 uur op bij het hek aan de moestuin.\n")
    result = check(post, *WEBSITE, name="bericht.md")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_website_page_about_a_weekly_lesson_gets_no_c1_for_what_children_bring(check):
    post = ("Zwemmen\n\nGroep 5 zwemt twee keer per week in zwembad De Vijf Heuvels. Op zwemdagen nemen de kinderen "
            "een handdoek en zwemkleding mee. Wie iets vergeet, kijkt mee vanaf de kant.\n")
    result = check(post, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_reminder_to_one_class_on_the_website_still_gets_c1(check):
    post = "Beste ouders van groep 5, vergeet morgen de zwemtas niet!\n"
    result = check(post, *WEBSITE, name="bericht.txt")
    assert reported_on_line(result.output, 1, C1), result.output


def test_a_teachers_own_story_that_names_someone_bringing_gets_no_c1(check):
    post = "Morgen sportdag! Benieuwd of die ene vader weer in zijn pyjama zijn zoon komt brengen 😄\n"
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_an_instruction_to_bring_the_children_on_the_own_account_gets_c1(check):
    post = "Morgen sportdag! Breng je kind om 8.30 uur naar de velden.\n"
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, C1), result.output


def test_a_job_at_the_school_stated_after_another_role_gets_no_d3(check):
    post = ("Als penningmeester van de ouderraad van IKC Het Anker, en leerkracht van groep 6 daar, wil ik iets "
            "rechtzetten: de ouderbijdrage gaat niet omhoog.\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "D3-MEDEWERKER" not in result.output, result.output
    assert reported_on_line(result.output, 1, "warning D4-DISCLAIMER"), result.output


@pytest.mark.parametrize("post", [
    "Als lid van de ouderraad van IKC Het Anker, en moeder van twee kinderen daar, wil ik iets "
    "rechtzetten: de ouderbijdrage gaat niet omhoog.",
    "Ik sprak vandaag de directeur van IKC Het Anker en de juf van groep 7 daar: de ouderbijdrage gaat niet omhoog.",
], ids=["a parent there", "someone else's job there"])
def test_someone_elses_role_at_the_school_still_gets_d3(check, post):
    result = check(post + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning D3-MEDEWERKER"), result.output


@pytest.mark.parametrize("who, text, label", [
    (PARENT, "Heb je de nieuwe juf van groep 6 gezien? Die mag wel eens afvallen, met zo'n buik past ze straks "
             "niet meer door de klasdeur 😂", "bodyshaming"),
    (PARENT, "Die nieuwe conciërge moet zelf eerst het goede voorbeeld geven. Met die bierbuik kan hij de kinderen "
             "weinig over gezond eten vertellen, toch? 🤭", "bodyshaming"),
    (PUPIL, "🐖🐖 @sem.groep7 oink oink, nog een broodje?", "bodyshaming"),
    (STAFF_ON_OWN_ACCOUNT, "Dit is mijn eigen mening als leerkracht van IKC Het Anker (Lithora): die moeder van "
                           "gisteren snapte niet eens hoe ze het rapport moest openen, haha.", "kleinerende"),
    (STAFF_ON_OWN_ACCOUNT, "Onze nieuwe collega zou eerst zelf leren rekenen voordat ze het de kinderen uitlegt.",
     "kleinerende"),
    (PUPIL, "Welkom bij @anker.exposed! Stuur je screenshots en geheimen over de brugklassers in via DM, wij posten "
            "alles.", "rondsturen"),
    (PUPIL, "ik heb screens van alles wat Noor over haar vriendinnen zei. vanavond gooi ik ze in de groep, dan ziet "
            "iedereen wie ze echt is", "rondsturen"),
    (PARENT, "Wie doet mee? Verzamel alles wat hij fout doet, filmpjes en appjes, dan sturen we het naar de krant.",
     "massaal"),
], ids=["body shaming a teacher", "body shaming a caretaker", "body shaming a tagged pupil", "ridiculing a parent",
        "belittling a colleague", "an exposing account", "a private chat's screenshots",
        "a campaign against a teacher"])
def test_each_new_kind_of_a8_is_reported_on_its_line_by_the_rules(check, who, text, label):
    result = check("Even dit.\n" + text + "\n", *who, name="bericht.txt")
    rows = [row for row in result.output.splitlines() if row.startswith("bericht.txt:2:") and A8 in row]
    assert rows and label in rows[0], result.output  # the rules' message names the kind, the model's does not
    assert not reported_on_line(result.output, 1, "A8-FATSOEN"), result.output


@pytest.mark.parametrize("who, text, label", [
    (PARENT, "Lees wat de vader van Milan gisteren in de privé-app naar mij stuurde. Screenshot hieronder. Laat "
             "iedereen maar zien hoe hij echt is.", "rondsturen"),
    (PUPIL, "ik heb het gezicht van die nieuwe jongen uit groep 5 op een hamster geplakt, stuur maar door 😂",
     "spot"),
    (PUPIL, "ik heb stiekem zijn stem opgenomen toen hij in de bus zong, wie wil het horen? 🙊", "rondsturen"),
    (PARENT, "Echt een topjuf hoor 👏 Deel dit maar, dan weet iedereen wat voor iemand zij is.", "schandpaal"),
    (PUPIL, "als je morgen weer op mijn plek gaat zitten, dan gebeurt er wat met je", "bedreiging"),
    (PARENT, "Iedereen weet wat hij 's avonds doet. Zijn vorige school wilde hem ook kwijt.", "roddel"),
    (STAFF_ON_OWN_ACCOUNT, "De moeder van een van mijn leerlingen is verslaafd, dat zie je zo.", "roddel"),
    (PUPIL, "ik weet het wachtwoord van Daan z'n insta, vanavond zet ik in zijn naam een bericht in de klassenchat",
     "account"),
    (PARENT, "Die meester van groep 3, da's toch gewoon een onbenul.", "belediging"),
], ids=["a private chat's screenshot to show who someone is", "a face pasted on an animal",
        "a secret recording of a voice", "a call to share a post that shames", "a threat left unnamed",
        "a rumour about a former school", "a teacher's gossip about a parent", "posting in someone's name",
        "an insult in dialect"])
def test_the_rules_find_what_only_the_model_found_on_the_new_sets(check, who, text, label):
    result = check("Even dit.\n" + text + "\n", *who, name="bericht.txt")
    rows = [row for row in result.output.splitlines() if row.startswith("bericht.txt:2:") and A8 in row]
    assert rows and label in rows[0], result.output


@pytest.mark.parametrize("who, text", [
    (PARENT, "Deel dit maar, dan weet iedereen hoe mooi de musical was."),
    (PARENT, "Laat iedereen maar zien hoe mooi de tekeningen zijn geworden, deel de foto's!"),
    (PUPIL, "Mijn moeder heeft mijn stem opgenomen toen ik zong, wie wil het horen? 😄"),
    (STAFF_ON_OWN_ACCOUNT, "Als je morgen komt helpen bij de kerstmarkt, dan gebeurt er iets leuks: je krijgt "
                           "chocolademelk."),
], ids=["sharing praise", "sharing drawings", "one's own recording", "a nice surprise"])
def test_the_look_alikes_of_the_second_batch_get_no_a8_from_the_rules(check, who, text):
    result = check(text + "\n", *who, name="bericht.txt")
    assert not any(A8 in row and "taalmodel" not in row for row in result.output.splitlines()), result.output


@pytest.mark.parametrize("who, text", [
    (STAFF_ON_OWN_ACCOUNT, "Ik ben echt zo'n dikzak geworden na de kerstvakantie, tijd om weer te gaan sporten 😂"),
    (PARENT, "Mijn zoon kon gisteren niet eens zijn veters strikken haha, vandaag lukte het ineens!"),
    (PUPIL, "die keeper kon niet eens een bal vangen in de finale haha, volgende keer winnen wij"),
    (PARENT, "Ik vind het besluit om de schoolreis te schrappen slecht uitgelegd; ouders verdienen een betere uitleg."),
    (PUPIL, "juf, ze schrijven gemene dingen over Noor in de groepsapp. ik heb screenshots gemaakt, mag ik die aan u "
            "laten zien?"),
    (PARENT, "Verzamel alles wat je over de egel weet voor je werkstuk: foto's, tekeningen en een filmpje."),
    (PUPIL, "Bij de filmmiddag keken we Dikkie Dik: die kat zoekt zijn knuffel overal, haha 😂"),
], ids=["self-mockery", "one's own child", "sports talk", "fair criticism", "reporting bullying", "a school project",
        "a character's name"])
def test_the_look_alikes_of_the_new_kinds_get_no_a8_from_the_rules(check, who, text):
    result = check(text + "\n", *who, name="bericht.txt")
    rows = [row for row in result.output.splitlines() if A8 in row]
    assert not any("taalmodel" not in row for row in rows), result.output
