"""C1 by what makes a notice practical, not by its matter's name: an ask to the readers or a change to a class's
school day, for one of the next days; and what is no notice however it asks: a sale, a vacancy, a public
event's invitation, an invitation the readers may take or leave, a sentence that sends them to Parro."""

import pytest
from policy_helpers import reported_on_line, rules_in_output

SCHOOL = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
WEBSITE = ("--channel", "website", "--author-role", "schoolaccount")
C1 = "warning C1-KANAAL"


@pytest.mark.parametrize("kind, text", [
    ("an ask for something no list names, for tomorrow",
     "Neem donderdag allemaal een oude sok mee, dan maken we handpoppen!"),
    ("a pick-up time for things the readers ordered",
     "De kerststukjes zijn binnen. Vrijdag tussen 8.30 en 9.00 uur kunt u ze bij de conciërge ophalen."),
    ("a visit a class will not make this afternoon",
     "Door de gladheid gaat het bezoek van groep 6 aan de imker vanmiddag niet door."),
    ("a polite ask with no reader named", "Graag morgen een lege fles meegeven voor het proefje."),
    ("a polite question with its own day", "Zou u vrijdag uw kind een fietshelm mee willen geven? We fietsen naar het bos."),
    ("a deadline for choosing a slot",
     "Nog geen tijd gekozen voor het gesprek met de juf van uw kind? Dat kan nog tot woensdag 18.00 uur."),
])
def test_a_notice_is_warned_whatever_matter_it_names(check, kind, text):
    result = check("Even dit.\n" + text + "\n", *SCHOOL, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), (kind, result.output)
    assert result.exit_code == 0, result.output  # a warning: the post may go out once it is moved to Parro


@pytest.mark.parametrize("kind, text", [
    ("a sale", "Te koop: twintig oude schoolborden, € 10 per stuk. Ophalen kan zaterdag; neem zelf een aanhanger mee."),
    ("a vacancy", "Wij zoeken jou! Per 1 maart zoeken we een vakleerkracht gym voor 0,6 fte. Reageren kan tot vrijdag."),
    ("a public event", "Iedereen uit de buurt is zaterdag welkom op onze rommelmarkt. Neem gerust je buren mee!"),
    ("an invitation to take or leave", "Benieuwd naar ons nieuwe leesplein? Kom gerust eens kijken op woensdagochtend."),
    ("a pointer to Parro", "Via Parro kunt u zich vanaf maandag inschrijven voor een tijdstip."),
    ("an invitation beside the ask", "Wilt u meedenken over het nieuwe plein? Donderdag om 19.30 uur is er een "
     "inloopavond, u bent van harte welkom."),
    ("a favour with no day of its own", "Meester Jan is geopereerd. Wilt u hem een kaartje sturen? Dat vindt hij "
     "vast fijn. Vrijdag vertellen we de kinderen hoe het met hem gaat."),
    ("a report afterwards", "Gisteren hebben de kinderen van groep 4 de hele middag koekjes gebakken. Wat een feest!"),
])
def test_what_asks_nothing_of_the_readers_next_days_is_quiet(check, kind, text):
    result = check(text + "\n", *SCHOOL, name="bericht.txt")
    assert "C1-KANAAL" not in rules_in_output(result.output), (kind, result.output)


# the hours of a school day that changes: worded as when the class stops, is out, goes home or is let in
@pytest.mark.parametrize("kind, text", [
    ("the school stops earlier", "Door de storm stoppen we woensdag al om 11.30 uur."),
    ("the children are out at a spoken time", "Morgen zijn de kinderen van groep 1 en 2 om kwart over elf uit."),
    ("a class goes home earlier", "Vrijdag gaan groep 7 en 8 om 12 uur naar huis, want het team verhuist."),
    ("lessons end earlier", "Vanwege de warmte eindigen de lessen dinsdag om 12.15 uur."),
    ("the doors open later", "Donderdag gaan de deuren pas om 9.45 uur open: het team heeft een training."),
    ("a class is done earlier", "Groep 3 is morgen al om 12 uur klaar, want de juf heeft een cursus."),
    ("the school day's hours for one day", "Op de dag van de sportdag hebben de kinderen les van 8.30 tot 12.00 uur, "
     "dat is maandag."),
    ("a shortened day before a holiday, in a post that looks back",
     "Wat een jaar was het! Het zit erop. Donderdag stoppen we om 12 uur, daarna begint de kerstvakantie."),
])
def test_changed_hours_of_a_school_day_are_a_notice_however_worded(check, kind, text):
    result = check("Even dit.\n" + text + "\n", *SCHOOL, name="bericht.txt")
    assert reported_on_line(result.output, 2, C1), (kind, result.output)


@pytest.mark.parametrize("kind, text", [
    ("every day's hours", "De school is om 14.15 uur uit. Daarna vangt de BSO de kinderen op."),
    ("a week's regular hours", "Op maandag en dinsdag zijn de kinderen om 14.15 uur uit, op woensdag om 12.15 uur."),
    ("a day that went by", "Gisteren stopten we al om 12 uur vanwege de hitte. Wat was het warm!"),
    ("the team's dinner", "Vrijdag gaan we om 18.00 uur uit eten met het team."),
    ("a school play's start, for everyone", "Donderdag begint de voorstelling van groep 8 om 19.00 uur, iedereen is "
     "welkom in de aula."),
])
def test_hours_that_do_not_change_a_day_to_come_are_quiet(check, kind, text):
    result = check("Even dit.\n" + text + "\n", *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in rules_in_output(result.output), (kind, result.output)



def test_a_news_item_titled_with_changed_times_is_a_message_not_the_page_of_school_times(check):
    text = ("Aangepaste schooltijden rond de verhuizing\n\n"
            "Op donderdag en vrijdag eindigen de lessen om 12.00 uur. Geeft u uw kind een lunchpakket mee?\n")
    result = check(text, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" in rules_in_output(result.output), result.output


def test_the_page_of_school_times_stays_quiet(check):
    text = ("Schooltijden\n\n- Maandag, dinsdag, donderdag en vrijdag: 8.30 tot 14.15 uur\n- Woensdag: 8.30 tot "
            "12.15 uur\n\nDe deuren gaan tien minuten voor de start open.\n")
    result = check(text, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in rules_in_output(result.output), result.output


def test_a_reminder_of_the_weekly_timetable_in_a_website_report_is_a_standing_rule(check):
    # C1 is about "bijzondere aangelegenheden": a reminder for a day. One that repeats the weekly timetable just
    # before it passes nothing on for a day, as "geef op de gymdagen gymkleding mee" does not.
    text = ("Elf kinderen van groep 6 haalden vorige week hun B-diploma. Gefeliciteerd!\n\n"
            "Gym is voor groep 6 op donderdag van 13.00 tot 13.45 uur. Denk aan de gymschoenen!\n")
    result = check(text, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in rules_in_output(result.output), result.output


def test_a_reminder_with_a_day_of_its_own_after_the_timetable_is_still_a_notice(check):
    text = ("Gym is voor groep 6 op donderdag van 13.00 tot 13.45 uur. Morgen is er een extra gymles: denk aan de "
            "gymschoenen!\n")
    result = check(text, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" in rules_in_output(result.output), result.output
