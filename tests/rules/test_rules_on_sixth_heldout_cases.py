"""What the sixth 60 protocol cases (tests/data/school-posts-rules-heldout5, written blind; measured
blind: C1 0.80, D3 0.86, D4 0.96) and the ordinary posts of the text sets showed C1, D3 and D4
missed or raised wrongly, one class at a time, as a user meets it through `screener check`; each
class in other words than the cases, with its counterpart.

- D3 raised on a member of the foundation's board who says so ("Als lid van het college van bestuur van
  Stichting Lithora ..."): the board is staff in its function too.
- D3 raised on a profile line that states it ("Bio: juf van groep 4 op ..., een Lithora-school").
- D3 and D4 raised on a post in Frisian that states both ("as juf fan groep 3 op ...", "myn eigen miening").
- C1 missed on how children are picked up ("Ophalen groep 5 gaat vanaf dinsdag via de zij-ingang"), on
  when they are out ("om 12.30 uur zijn ze vrij") and on what they wear ("verkleed komen").
- C1 raised on a moment far ahead ("verplaatst naar het voorjaar"), on a report afterwards whose later
  sentence names a day, and on a handover note for a substitute teacher.
"""

from __future__ import annotations

import pytest
from policy_helpers import reported_on_line, rules_in_output

STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "leerkracht groep 4")
SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
SCHOOL_ACCOUNT_TEACHER = ("--channel", "schoolaccount", "--author-role", "medewerker",
                          "--author-function", "leerkracht groep 3")
WEBSITE_TEACHER = ("--channel", "website", "--author-role", "medewerker", "--author-function", "leerkracht groep 4")
C1 = "warning C1-KANAAL"


@pytest.mark.parametrize("board", [
    "Als lid van het college van bestuur van Stichting Lithora",
    "Als voorzitter van het college van bestuur van Lithora",
    "Als lid van de raad van toezicht van Lithora",
], ids=["board member", "board chair", "supervisory board"])
def test_a_board_member_who_says_so_gets_only_d4(check, board):
    post = f"{board} wil ik iets kwijt: de werkdruk in het onderwijs moet omlaag, en dat begint bij minder formulieren.\n"
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == {"D4-DISCLAIMER"}, result.output
    assert reported_on_line(result.output, 1, "warning D4-DISCLAIMER"), result.output


def test_a_board_member_who_does_not_say_so_gets_d3(check):
    post = "De werkdruk bij Stichting Lithora moet omlaag, en dat begint bij minder formulieren.\n"
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning D3-MEDEWERKER"), result.output


@pytest.mark.parametrize("label", ["Bio:", "Over mij:", "Profiel:"])
def test_a_profile_line_that_states_job_and_school_gets_no_d3(check, label):
    post = (f"{label} juf van groep 4 op IKC Het Anker, een Lithora-school | alles hier is privé, geen standpunt "
            "van school\n\nVandaag de kerstmusical geoefend, wat kunnen ze zingen.\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert rules_in_output(result.output) == set(), result.output


def test_a_profile_line_with_the_school_but_no_job_gets_d3(check):
    post = ("Bio: fan van IKC Het Anker | alles hier is privé, geen standpunt van school\n\n"
            "Vandaag de kerstmusical geoefend, wat kunnen ze zingen.\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning D3-MEDEWERKER"), result.output


def test_a_frisian_post_that_states_job_school_and_opinion_gets_no_d3_or_d4(check):
    post = ("Ik bin no twa jier juf fan groep 4 op IKC Het Anker (Lithora) en wat haw ik in moaie klasse.\n"
            "Dit is myn eigen miening en net dy fan myn wurkjouwer.\n")
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "D3-MEDEWERKER" not in result.output and "D4-DISCLAIMER" not in result.output, result.output


def test_a_frisian_post_about_the_school_without_either_gets_d3_and_d4(check):
    post = "Wat in moaie dei op IKC Het Anker, de bern hawwe in protte leard.\n"
    result = check(post, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning D3-MEDEWERKER"), result.output
    assert reported_on_line(result.output, 1, "warning D4-DISCLAIMER"), result.output


@pytest.mark.parametrize("notice", [
    "Ophalen groep 5 en 6 gaat vanaf dinsdag via de zij-ingang aan het plein, de hoofdingang is dicht.",
    "Het brengen van de kleuters gaat deze week via het hek bij de moestuin.",
    "Woensdag is er een feestje: om 12.30 uur zijn de kinderen vrij.",
], ids=["picking up", "bringing", "when they are out"])
def test_how_children_are_picked_up_or_when_they_are_out_on_the_school_account_gets_c1(check, notice):
    result = check("Even een bericht van school.\n" + notice + "\n", *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), result.output
    assert result.output.count("C1-KANAAL") == 1, result.output


def test_a_report_about_picking_up_litter_gets_no_c1(check):
    post = "Afgelopen vrijdag hebben de kinderen van groep 6 zwerfafval opgehaald in de wijk. Wat een zakken!\n"
    result = check(post, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_an_answer_about_dressing_up_tomorrow_gets_c1(check):
    post = ('Reactie op: "Mogen ze morgen verkleed komen voor het sinterklaasfeest?"\n\n'
            "Ja, verkleed komen mag! Liever geen maskers, dan herkennen we iedereen.\n")
    result = check(post, *SCHOOL_ACCOUNT_TEACHER, name="bericht.txt")
    assert reported_on_line(result.output, 3, C1), result.output


def test_an_answer_about_how_the_dressing_up_went_gets_no_c1(check):
    post = ('Reactie op: "Wat hadden ze mooie verkleedkleren aan gisteren!"\n\n'
            "Dank je! Het was een prachtig feest en iedereen had plezier.\n\n"
            "Juf Sanne, leerkracht groep 3 van OBS De Regenboog\n")
    result = check(post, *SCHOOL_ACCOUNT_TEACHER, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_school_trip_moved_to_a_season_far_ahead_gets_no_c1(check):
    post = "Kleine correctie op het artikel: het schoolkamp van groep 8 is verplaatst naar het voorjaar.\n"
    result = check(post, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_school_trip_moved_to_next_friday_gets_c1(check):
    post = "Let op: het schoolkamp van groep 8 is verplaatst naar vrijdag.\n"
    result = check(post, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, C1), result.output


REPORT = ("Groep 5 naar het bos\n\n"
          "Afgelopen dinsdag fietste groep 5 naar het bos. Daar zochten de kinderen paddenstoelen en bladeren.\n\n"
          "Dank aan de boswachter, die de excursie voor de hele bovenbouw verzorgt. De foto's komen "
          "donderdag in het album.\n")


def test_a_report_afterwards_whose_later_sentence_names_a_day_gets_no_c1(check):
    result = check(REPORT, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_report_afterwards_that_ends_with_a_reminder_gets_c1_on_the_reminder(check):
    post = REPORT + "\nVolgende week weer bos: vergeet de laarzen niet, groep 5!\n"
    result = check(post, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 7, C1), result.output
    assert result.output.count("C1-KANAAL") == 1, result.output


HANDOVER = ("Overdracht groep 6 (voor de invaller, week 12)\n\n"
            "- Gym op donderdag in de sporthal, de bus gaat om 9.40 uur.\n"
            "- Huiswerk: elke maandag een blad rekenen, nakijken op vrijdag.\n"
            "- Toetsen: de spellingtoets staat voor woensdag, de toets ligt in de la.\n")


def test_a_handover_note_for_a_substitute_gets_no_c1(check):
    result = check(HANDOVER, *WEBSITE_TEACHER, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_the_same_lines_to_the_parents_get_c1(check):
    post = HANDOVER.replace("Overdracht groep 6 (voor de invaller, week 12)", "Beste ouders van groep 6,")
    result = check(post, *WEBSITE_TEACHER, name="bericht.txt")
    assert "C1-KANAAL" in result.output, result.output


# What the ordinary posts of heldout5, heldout6 and quiet2 showed the A8 and A7 rules raise wrongly:
# following an animal in a nature lesson read as stalking, a song's title in quotation marks read as
# sexual talk, and a YouTuber's film read as a recording made at school.
NEWS = ("--channel", "website", "--author-role", "schoolaccount")
PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")


@pytest.mark.parametrize("animal", ["de vos langs de bosrand", "de trekvogels langs de kust", "de egel elke avond"])
def test_a_class_following_an_animal_in_a_nature_lesson_gets_no_a8(check, animal):
    result = check(f"Natuurproject\nGroep 6 volgt {animal} en houdt bij wat ze zien.\n", *NEWS, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_following_a_girl_every_evening_still_gets_a8(check):
    result = check("Even dit.\nIk volg haar elke avond naar huis, ze weet het niet.\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output


@pytest.mark.parametrize("line", [
    'Lied van de maand: "Lekker Ding" van Kinderen voor Kinderen. We zingen het elke maandag.',
    'Het liedje "Lekker Ding" staat deze week op het programma van de kring.',
], ids=["with its maker", "called a song"])
def test_a_songs_title_in_quotation_marks_gets_no_a8(check, line):
    result = check("Muziek in groep 5\n" + line + "\n", *NEWS, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_the_same_words_said_to_a_girl_still_get_a8(check):
    result = check("Even dit.\nHee lekker ding, stuur eens een foto van je zonder kleren.\n", *PARENT,
                   name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output


def test_a_youtubers_film_talked_about_in_the_break_gets_no_a7(check):
    post = "In de pauze praten ze over welke vlogger het leukste filmpje heeft gemaakt.\n"
    result = check(post, "--channel", "persoonlijk", "--author-role", "medewerker", name="bericht.txt")
    assert "A7-OPNAME" not in result.output, result.output


def test_a_film_a_parent_made_at_the_school_musical_still_gets_a7(check):
    result = check("Ik heb een filmpje gemaakt van de musical van groep 8, wie wil hem?\n", *PARENT,
                   name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning A7-OPNAME"), result.output


# What the forms set showed C2 raise wrongly: a page whose heading names the school ("# Notulen MR CBS Het
# Baken", "## Contactlijst ouderraad ...") is the school's own page when nobody in it speaks as "ik".
STAFF_ON_WEBSITE = ("--channel", "website", "--author-role", "medewerker")
MINUTES = ("---\ntitel: Notulen MR\n---\n# Notulen MR OBS De Regenboog, 4 maart\n\n"
           "1. Opening. Geen aanvullingen.\n2. De begroting wordt vastgesteld.\n")


def test_a_website_page_whose_heading_names_the_school_gets_no_c2(check):
    result = check(MINUTES, *STAFF_ON_WEBSITE, name="notulen.md")
    assert rules_in_output(result.output) == set(), result.output


def test_a_website_page_in_which_a_staff_member_speaks_as_ik_still_gets_c2(check):
    post = MINUTES + "\nIk heb als notulist de punten van vorige keer nagelopen.\n"
    result = check(post, *STAFF_ON_WEBSITE, name="notulen.md")
    assert reported_on_line(result.output, 4, "warning C2-FUNCTIE", name="notulen.md"), result.output


# What rules-heldout5 and conduct-blind4 showed A8 raise wrongly: the learned model on a line of warmth or
# praise and on sports talk, the word list on a card game ("vermoorden met Uno") and on the police's warning
# about sextortion that a parent shares.
PUPIL = ("--channel", "persoonlijk", "--author-role", "leerling")


def test_a_line_the_model_doubts_but_that_talks_sports_gets_no_a8(check):
    from screener.rules import conduct_model

    line = "broer zaterdag bij het hockeytoernooi maak je ze allemaal af, ze kunnen je niet pakken, jij bent de killer 🔥"
    scorer = conduct_model.scorer()
    assert scorer.probability(line.replace(" bij het hockeytoernooi", "")) >= scorer.threshold  # the model alone warns
    result = check("Even dit.\n" + line + "\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_smiley_does_not_silence_the_model_on_a_mocking_line(check):
    # warmth no longer outweighs the model: mockery wears a smiley as easily as a joke does
    from screener.rules import conduct_model

    line = "haha kijk die nieuwe juf nou lopen, net een pinguin, iedereen lacht haar uit 😄"
    scorer = conduct_model.scorer()
    assert scorer.probability(line) >= scorer.threshold
    result = check("Even dit.\n" + line + "\n", *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output


def test_a_friendly_joke_about_the_teacher_gets_no_a8(check):
    # the learned model doubts this line; its idiom ("ogen in zijn achterhoofd") keeps the model's guess quiet
    line = ("Mijn dochter zegt dat de meester ogen in zijn achterhoofd heeft. Ik heb haar verteld dat alle meesters "
            "die hebben 😄")
    result = check("Even dit.\n" + line + "\n", *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_the_same_line_without_the_sports_still_gets_a8(check):
    line = "broer zaterdag maak je ze allemaal af, ze kunnen je niet pakken, jij bent de killer 🔥"
    result = check("Even dit.\n" + line + "\n", *PUPIL, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output


def test_killing_a_friend_at_a_card_game_is_no_threat_to_the_rules(check):
    # the rules keep games quiet; the learned model may still ask to read the line again
    result = check("haha morgen ga ik je echt vermoorden met Uno, je bent zo dood. neem jij de chips mee?\n",
                   *PUPIL, name="bericht.txt")
    assert "is bedreiging" not in result.output, result.output


def test_a_threat_to_kill_after_school_is_still_a_threat(check):
    result = check("morgen ga ik je echt vermoorden na school, je bent zo dood.\n", *PUPIL, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning A8-FATSOEN") and "is bedreiging" in result.output, \
        result.output


def test_a_parent_sharing_the_polices_warning_about_sextortion_gets_no_a8(check):
    post = ("Gedeeld van de wijkagent: onbekenden vragen jongeren via Snapchat om naaktfoto's en dreigen ze daarna "
            "te verspreiden. Betaal nooit en meld het bij de politie.\n")
    result = check(post, *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_asking_a_girl_for_nude_photos_still_gets_a8(check):
    result = check("Even dit.\nstuur me die naaktfoto's nou, niemand komt het te weten\n", *PUPIL, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), result.output
