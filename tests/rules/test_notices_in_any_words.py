"""C1 by what makes a notice practical, not by its matter's name: an ask to the readers or a change to a class's
school day, for one of the next days; and what is no notice however it asks: a sale, a vacancy, a public
event's invitation, an invitation the readers may take or leave, a sentence that sends them to Parro."""

import pytest
from policy_helpers import reported_on_line, rules_in_output

SCHOOL = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
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
