"""Where nobody says where a draft goes (no front matter, no --channel), its shape does: a class app's timeline
is the school app (the right channel for notices), a social export of the school's handle is its account, one
of someone else's handle is their own account (not said to be staff), a Q&A page and a calendar export inform."""

import pytest
from policy_helpers import reported_on_line, rules_in_output

C_AND_D = {"C1-KANAAL", "C2-FUNCTIE", "D3-MEDEWERKER", "D4-DISCLAIMER"}

CLASS_APP = """Klasbord · Groep 6a OBS De Regenboog · Tijdlijn

Meester Bas · di 3 mrt 15:10
Morgen is er geen gymles, de sporthal is dicht. Graag wel een fruithap meegeven!
❤️ 7
"""

SCHOOL_TIKTOK = """@obsderegenboog · TikTok
🎵 origineel geluid

Groep 8 heeft morgen geen gymles: de sporthal is dicht. Neem wel je leesboek mee!
#groep8 #regenboog
"""

PUPILS_TIKTOK = """@sterre.zingt.2015 · TikTok
🎵 Dansje met juf

onze school heeft de beste juf van heel De Regenboog!! ik werk er niet maar ik zit er in groep 7 haha
#regenboog #groep7
"""

QA_PAGE = """Veelgestelde vragen – IKC Het Anker

Vraag: Hoe laat gaat de school open?
Antwoord van de eigenaar: Het hek gaat om 8.15 uur open; op woensdag zijn alle groepen om 12.30 uur uit.

Vraag: Waar laten de kinderen hun fiets?
Antwoord van de eigenaar: In de fietsenstalling naast de gymzaal. Wij helpen graag, bel ons gerust.
"""

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
DTSTART:20270301T150000
SUMMARY:Oudergesprek groep 4
LOCATION:Lokaal 4, IKC Het Anker
DESCRIPTION:Graag op tijd komen, de gesprekken duren tien minuten.
END:VEVENT
END:VCALENDAR
"""


def test_a_class_app_timeline_is_the_school_app_and_gets_no_c1(check):
    result = check(CLASS_APP, name="klasbord.txt")
    assert "C1-KANAAL" not in rules_in_output(result.output), result.output


def test_the_same_notice_on_the_schools_own_tiktok_is_warned(check):
    result = check(SCHOOL_TIKTOK, name="tiktok.txt")
    assert "C1-KANAAL" in rules_in_output(result.output), result.output


def test_a_pupils_tiktok_about_her_school_gets_no_staff_rule(check):
    result = check(PUPILS_TIKTOK, name="tiktok.txt")
    assert not rules_in_output(result.output) & C_AND_D, result.output


def test_a_question_and_answer_page_answered_by_the_owner_is_the_school_informing(check):
    result = check(QA_PAGE, name="vragen.txt")
    assert not rules_in_output(result.output) & C_AND_D, result.output


def test_a_calendar_export_is_no_notice(check):
    result = check(CALENDAR, name="agenda.ics.txt")
    assert "C1-KANAAL" not in rules_in_output(result.output), result.output


def test_a_stated_channel_wins_over_the_shape(check):
    result = check(CLASS_APP, "--channel", "schoolaccount", name="klasbord.txt")
    assert "C1-KANAAL" in rules_in_output(result.output), result.output


# a newsletter's masthead on the first line: the newsletter goes out by mail, the right channel for notices
@pytest.mark.parametrize("masthead", [
    "NIEUWSBRIEF OBS DE REGENBOOG – nr. 4, november",
    "Weekbrief groep 5 – IKC Het Anker",
    "De Ankerpost · ouderbrief van IKC Het Anker · week 12",
])
def test_a_newsletter_by_its_masthead_gets_no_c1(check, masthead):
    text = (masthead + "\n\nBeste ouders,\n\nDonderdag is er geen gymles. Vrijdag zijn alle kinderen om 12.00 uur "
            "vrij: het team heeft een studiemiddag. Vergeet de bibliotheekboeken niet!\n\nGroet, het team\n")
    result = check(text, name="nieuwsbrief.txt")
    assert "C1-KANAAL" not in rules_in_output(result.output), result.output


@pytest.mark.parametrize("first_line", [
    "De nieuwsbrief van vorige week staat nog in de mail.",  # a sentence that names the newsletter
    "Nieuws uit groep 5",  # a title, no newsletter
])
def test_a_line_that_names_no_newsletter_leaves_the_channel_as_configured(check, first_line):
    text = first_line + "\n\nDonderdag is er geen gymles, de zaal wordt geverfd. Neem wel je leesboek mee!\n"
    result = check(text, name="bericht.txt")
    assert "C1-KANAAL" in rules_in_output(result.output), result.output


SCHOOL_THREAD = """IKC Het Anker @ikchetanker · 2 feb.
Wat een mooie voorleeswedstrijd vanochtend! 📚 Dank aan de jury.

  Wendy de Groot @wendydg · 2 feb.
  Mijn zoon praat nergens anders meer over, wat hebben jullie dat goed georganiseerd!

  IKC Het Anker @ikchetanker · 2 feb.
  @wendydg Dank je wel! We zijn zelf ook trots op alle voorlezers.
"""


@pytest.mark.parametrize("header", ["IKC Het Anker @ikchetanker · 2 feb.", "IKC Het Anker (@ikchetanker) · 2u"])
def test_the_schools_own_account_answering_in_a_thread_is_the_school_and_gets_no_c2(check, header):
    result = check(SCHOOL_THREAD.replace("IKC Het Anker @ikchetanker · 2 feb.", header), name="draadje.txt")
    assert "C2-FUNCTIE" not in rules_in_output(result.output), result.output


def test_a_notice_in_the_schools_own_thread_is_warned_on_its_line(check):
    text = SCHOOL_THREAD + "\n  IKC Het Anker @ikchetanker · 2 feb.\n  @wendydg Morgen gaat de gymles van groep 4 niet door.\n"
    result = check(text, name="draadje.txt")
    assert reported_on_line(result.output, 11, "warning C1-KANAAL", name="draadje.txt"), result.output


EXPORT = """Export ParnasSys – Schoolreis groep 4 – OBS De Regenboog
leerlingnummer;achternaam;voornaam;groep;betaald;opmerking
2031;Smit;Noor;4a;ja;neemt eigen lunch mee
2044;Yilmaz;Emre;4a;nee;herinnering schoolreis gestuurd
2052;de Vries;Lars;4b;ja;
"""


def test_an_export_of_records_is_no_notice(check):
    result = check(EXPORT, name="export.txt")
    assert "C1-KANAAL" not in rules_in_output(result.output), result.output


def test_a_mail_with_only_its_subject_line_is_a_mail_and_gets_no_c1(check):
    text = ("Onderwerp: zwemles vrijdag\n\nBeste ouders,\n\nVrijdag gaat de zwemles van groep 5 niet door, het bad is "
            "dicht. Neem wel de gymspullen mee!\n\nGroet, juf Anouk\n")
    result = check(text, name="mail.txt")
    assert "C1-KANAAL" not in rules_in_output(result.output), result.output
