"""Where nobody says where a draft goes (no front matter, no --channel), its shape does: a class app's timeline
is the school app (the right channel for notices), a social export of the school's handle is its account, one
of someone else's handle is their own account (not said to be staff), a Q&A page and a calendar export inform."""

from policy_helpers import rules_in_output

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
