"""The classes of error that 40 protocol cases of our own (kinds no set had: a report afterwards, a public
event, a thank-you, the website's calendar; fair criticism, sports talk, irony about oneself) and the sets
released in session 12 showed, one class at a time, as a user meets it through `screener check`: each in a
made-up post of that kind, with a quiet look-alike.

- A8 raised as stalking on an ordinary "volg" (a route to follow, robots that follow a course, "wat volgt"),
  as doxxing on a family's new address shared for cards, on a rival team "kapotmaken" with the match in the next
  sentence, and on a story's character called names by its reader.
- A8 missed on passive aggression at a colleague, on a grown-up sent "back to group 1" with a laugh, and on a
  hint at who is meant beside a mocked body.
- C1 raised on a thank-you for what parents have done and on a building's opening ahead; C1 missed on the
  lunch-time care cancelled, on a school closed on a date, on a notice in Papiamento, on school times that change
  from a day on, and on an answer to a quoted question whose last quoted sentence names no matter; C1 raised on an
  exported Teams chat among staff, and on the website's rota for the lunch-time care.
- D4 raised on a disclaimer in other words: "komt van mij, niet van het bestuur".
"""

from __future__ import annotations

import pytest
from policy_helpers import assert_a8_on_its_line, reported_on_line

SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
WEBSITE = ("--channel", "website", "--author-role", "schoolaccount")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "leerkracht groep 5")
PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
PUPIL = ("--channel", "persoonlijk", "--author-role", "leerling")
A8 = "warning A8-FATSOEN"


@pytest.mark.parametrize("text", [
    "Neem bij de rotonde de tweede afslag en volg het fietspad langs de Schipbeek tot aan het hek.",
    "In de techniekles bouwen de kinderen karretjes die een lijn op de vloer volgen, bestuurd met de Bluebot-app.",
    "Wat volgt is het verslag van de MR-vergadering; kom gerust langs als u vragen heeft.",
], ids=["a route", "robots following a line", "what follows"])
def test_an_ordinary_follow_on_the_website_is_no_stalking(check, text):
    result = check("Nieuws\n" + text + "\n", *WEBSITE, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_following_a_teacher_home_is_still_stalking(check):
    result = check("Even dit.\nik volg haar vanmiddag gewoon naar huis, dan weet ik precies waar juf Ilse woont 👀\n",
                   *PUPIL, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_a_familys_new_address_shared_for_cards_is_no_doxxing(check):
    text = ("De familie Bakker verhuist naar Canada. Wie nog een kaartje wil sturen, kan dat tot en met juni naar "
            "school brengen. Daarna is hun adres in Toronto: 22 Maple Road, Toronto. Of stuur een berichtje naar "
            "haar moeder.\n")
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_spreading_a_teachers_address_to_pay_a_visit_is_still_doxxing(check):
    result = check("Even dit.\nhet adres van die meester staat hieronder, ga maar ff langs vanavond\n", *PUPIL,
                   name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_a_rival_team_to_be_beaten_with_the_match_in_the_next_sentence_is_no_threat(check):
    text = ("Volgende week gaan we die meiden uit Deventer kapotmaken! Vorig jaar verloren we van ze in de finale. "
            "Iedereen is welkom langs de lijn 💪\n")
    result = check(text, *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_threat_to_a_classmate_is_still_a_threat_without_a_match(check):
    result = check("Even dit.\nmorgen gaan we die jongen uit groep 8 pakken, hij weet wel waarom\n", *PUPIL,
                   name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


@pytest.mark.parametrize("text", [
    "de wolf in het verhaal is echt een sukkel, hij valt gewoon in de pan met soep 😂",
    "Mijn zoon vindt de hoofdpersoon een loser, maar hij wil het boek wel uitlezen.",
], ids=["a wolf in a story", "a main character"])
def test_a_storys_character_called_names_by_its_reader_is_no_insult(check, text):
    result = check(text + "\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_classmate_called_names_beside_a_book_is_still_an_insult(check):
    result = check("Even dit.\nbram is echt een sukkel, hij heeft mijn boek kapot gemaakt\n", *PUPIL, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_passive_aggression_at_a_named_colleague_is_a8(check):
    text = ("Even dit.\nFijn dat sommige collega's de koffiepot weer leeg laten staan. Er zijn er die hier echt "
            "opruimen, toch Jolanda? 🙃\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_thanks_to_some_colleagues_with_a_name_and_a_laugh_is_no_a8(check):
    text = ("Even dit.\nSommige collega's hebben vandaag taart meegenomen voor de hele school. Dank je wel, "
            "Jolanda 😂 die appeltaart was te goed\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_colleague_sent_back_to_the_teacher_training_with_a_laugh_is_a8(check):
    text = ("Even dit.\nDe nieuwe stagiaire wist vandaag niet hoe je een rekenles begint 🤭 misschien moet zij "
            "maar terug naar de pabo\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_a_colleague_going_back_to_the_infants_is_no_a8(check):
    result = check("Even dit.\nNa drie jaar in groep 8 gaat juf Ans volgend jaar terug naar de kleuters, haar grote "
                   "liefde ❤️\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_hint_at_a_teacher_beside_his_mocked_body_is_a8(check):
    result = check("Even dit.\nde walrus (je weet wel, van groep 7) stond weer puffend bij de trap 🤣 #gym\n", *PUPIL,
                   name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_a_hint_at_a_teacher_in_a_friendly_riddle_is_no_a8(check):
    result = check("Even dit.\nRaad eens wie er vandaag jarig is? Je weet wel, de juf van groep 3! 🎉\n", *PARENT,
                   name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


C1 = "warning C1-KANAAL"


def test_a_thank_you_for_what_parents_have_done_gets_no_c1(check):
    text = ("Bedankt lieve ouders, die zaterdag hebben geholpen bij de sportdag! Zonder jullie hadden we het niet "
            "gered. 💙\n")
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_buildings_opening_ahead_gets_no_c1(check):
    result = check("Nieuws\nVrijdag 12 april wordt ons nieuwe schoolplein feestelijk geopend door de burgemeester, "
                   "naast de gymzaal.\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


@pytest.mark.parametrize("notice", [
    "Donderdag is er geen overblijf, de kinderen eten die middag thuis.",
    "Door de renovatie is de school maandag 3 februari en dinsdag dicht voor alle groepen.",
    "Atenshon mayornan di grupo 3: djaluna no tin les di gym. No lubida trese boso tarea.",
    "Vanaf dinsdag gaat het hek om 8.15 uur open en beginnen de lessen om 8.25.",
], ids=["lunch-time care", "school closed on a date", "Papiamento", "school times from a day on"])
def test_a_practical_notice_of_a_new_kind_on_the_school_account_gets_c1(check, notice):
    result = check("Bericht voor ouders\n" + notice + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output


@pytest.mark.parametrize("news", [
    "Gisteren was er geen overblijf, maar de kinderen vonden het thuis eten ook gezellig.",
    "Ons gebouw is in 1974 gebouwd en de gymzaal is nog steeds dezelfde.",
    "Danki na tur mayornan pa e fiesta bunita di ayera!",
], ids=["lunch-time care afterwards", "history of the building", "Papiamento thanks"])
def test_news_of_the_same_kinds_gets_no_c1(check, news):
    result = check("Nieuws\n" + news + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_an_answer_to_a_quoted_question_about_camp_with_a_second_sentence_gets_c1(check):
    text = ("Reactie op: \"Moeten ze voor de schoolreis nog iets meenemen? Mijn zoon weet het niet meer.\"\n\n"
            "Een lunchpakket, een regenjas en een flesje water graag.\n")
    result = check(text, "--channel", "schoolaccount", "--author-role", "medewerker", "--author-function",
                   "leerkracht groep 4", name="bericht.txt")
    assert reported_on_line(result.output, 3, C1), result.output


def test_a_thank_you_to_a_quoted_question_with_a_second_sentence_gets_no_c1(check):
    text = ("Reactie op: \"Wat was de schoolreis leuk! Mijn zoon praat nergens anders over.\"\n\n"
            "Wat fijn om te horen, dank je wel!\n")
    result = check(text, "--channel", "schoolaccount", "--author-role", "medewerker", "--author-function",
                   "leerkracht groep 4", name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


TEAMS_CHAT = """Microsoft Teams · Chat "Team bovenbouw" · geëxporteerd 12-01-2026

Sanne de Wit  07:58
Goedemorgen allemaal!

Joris Kamp  08:03
Morgen studiemiddag over het nieuwe rapport, 14.00 uur in het speellokaal. Laptop mee.

Sanne de Wit  08:05
Top, ik neem koffie mee ☕
"""


def test_an_exported_teams_chat_among_staff_gets_no_c1(check):
    result = check(TEAMS_CHAT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_programme_with_times_on_the_school_account_is_still_read_as_a_message(check):
    text = ("Kijkavond groep 7\n\nInloop  18:45\nStart  19:00\n\nMorgen geen gymles, de gymzaal is dicht. "
            "Vergeet de gymtas dus niet thuis te laten.\n")
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert C1 in result.output, result.output


def test_a_rota_for_the_lunch_time_care_on_the_website_gets_no_c1(check):
    text = ("Pleinwachtrooster overblijf – najaar\n\nweek\tmaandag\tdinsdag\tdonderdag\n41\tgroep 4\tgroep 5\tgroep 6\n"
            "42\tgroep 5\tgroep 6\tgroep 4\n\nRuilen? Graag via de leerkracht.\n")
    result = check(text, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_the_lunch_time_care_cancelled_in_a_message_on_the_website_gets_c1(check):
    result = check("Beste ouders,\n\nWoensdag is er geen overblijf. Wilt u uw kind om 12.00 uur ophalen?\n", *WEBSITE,
                   name="bericht.txt")
    assert reported_on_line(result.output, 3, C1), result.output


@pytest.mark.parametrize("post", [
    "Ik ben juf op De Regenboog. Wat ik hierover schrijf komt van mij en niet van het bestuur: het nieuwe plein is te klein.",
    "Ik ben juf op De Regenboog. Dit komt van mij, niet van de directie: de ouderavond was te lang.",
], ids=["not the board's", "not the management's"])
def test_words_said_to_be_mine_and_not_the_boards_are_a_disclaimer(check, post):
    result = check(post + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "D4-DISCLAIMER" not in result.output, result.output


def test_a_post_on_the_school_without_any_disclaimer_still_gets_d4(check):
    result = check("Ik ben juf op De Regenboog. Het nieuwe plein is te klein, dat komt van de gemeente.\n",
                   *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "D4-DISCLAIMER" in result.output, result.output


# A second batch of 20 cases of our own, written after the first fixes and measured before these: C1 and A8 0.57.

@pytest.mark.parametrize("notice", [
    "De kleuters gaan vrijdag op bezoek bij de brandweer. Graag om 8.15 uur op school zijn.",
    "Door ziekte van de juf kunnen de kinderen van groep 3 morgen helaas niet naar school komen.",
], ids=["a class going somewhere", "children who cannot come"])
def test_a_visit_ahead_or_children_who_cannot_come_on_the_school_account_gets_c1(check, notice):
    result = check("Bericht voor ouders\n" + notice + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output


@pytest.mark.parametrize("news", [
    "De kleuters zijn vrijdag op bezoek geweest bij de brandweer. Wat een mooie brandweerauto!",
    "Mijn dochter kan morgen niet naar school, ze heeft waterpokken. Balen!",
], ids=["a visit afterwards", "one's own child"])
def test_a_visit_afterwards_or_ones_own_child_gets_no_c1(check, news):
    result = check(news + "\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_an_answer_about_when_the_projects_are_due_gets_c1(check):
    text = ("Reactie op: \"Wanneer moeten de werkstukken over de Romeinen af zijn?\"\n\n"
            "Uiterlijk donderdag inleveren bij de juf.\n")
    result = check(text, "--channel", "schoolaccount", "--author-role", "medewerker", "--author-function",
                   "leerkracht groep 7", name="bericht.txt")
    assert reported_on_line(result.output, 3, C1), result.output


@pytest.mark.parametrize("text", [
    "Die gymleraar schreeuwt alleen maar. Iemand moet die man eens een lesje leren, als je begrijpt wat ik bedoel.",
    "als je nog een keer aan mijn fiets zit dan ga je wat meemaken",
], ids=["teach him a lesson", "you will see"])
def test_a_veiled_threat_without_a_swear_word_is_a8(check, text):
    assert_a8_on_its_line(check, "veiled threat", text, PARENT)


def test_a_lesson_taught_to_children_is_no_threat(check):
    result = check("Even dit.\nDe juf gaf de kinderen vandaag een lesje in geduld: wachten op de bus 🚌\n", *PARENT,
                   name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_colleague_belittled_as_unfit_for_a_class_is_a8(check):
    result = check("Even dit.\nDe nieuwe invaller wist niet hoeveel provincies er zijn 🙄 met zo iemand voor de klas "
                   "verbaast niets me meer\n", *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output
