"""C1 on the school website: an information page is quiet, a notice passed on to a class is warned,
once per notice. Run through `screener check` as a user runs it."""

from __future__ import annotations

import pytest
from policy_helpers import reported_on_line

C1 = "warning C1-KANAAL"

TRIP_PAGE = """---
titel: "Schoolreis groep 3 en 4 naar Apenheul"
kanaal: website
auteur_rol: schoolaccount
---

# Schoolreis naar Apenheul

Op dinsdag 9 juni gaan groep 3 en 4 op schoolreis naar Apenheul. We vertrekken om 8.30 uur vanaf
school. Graag om 8.15 uur aanwezig, dan kunnen we op tijd weg.

## Meenemen

- een lunchpakket en twee pakjes drinken (geen blikjes)
- een regenjas, ook als het zonnig lijkt

## Kosten

De schoolreis kost € 27,50 per kind, te betalen via de link in Parro.
"""

CALENDAR_PAGE = """---
titel: "Studiedagen en vrije dagen 2026-2027"
kanaal: website
---

# Studiedagen en vrije dagen 2026-2027

| vakantie | van | tot en met |
| --- | --- | --- |
| Herfstvakantie | 17-10-2026 | 25-10-2026 |
| Kerstvakantie | 19-12-2026 | 03-01-2027 |

## Vrije middagen

Groep 1 t/m 4 is op vrijdagmiddag vrij vanaf 12.15 uur. Vrijdag 18 december 2026 zijn alle groepen
vanaf 12.00 uur vrij.
"""

GYM_PAGE = """---
titel: "Gymlessen"
kanaal: website
auteur_rol: schoolaccount
---

**Gymkleding.** Een sportbroek en T-shirt, en gymschoenen met een lichte zool. Geef uw kind die mee
in een gymtas.

**Lopen naar de sporthal.** De groepen lopen onder begeleiding naar sporthal De Scheg.
"""

ALBUM_HEAD = """<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Fotoalbum: schoolzwemmen groep 5 | OBS De Regenboog</title></head>
<body>
<main>
<h1>Schoolzwemmen groep 5</h1>
<p>Donderdag zwom groep 5 voor het eerst in het zwembad.</p>
<figure><img src="01.jpg" alt="Op de glijbaan"><figcaption>Op de glijbaan!</figcaption></figure>
<figure><img src="02.jpg" alt="Aan de rand van het bad"><figcaption>Eerst goed luisteren.</figcaption></figure>
"""
ALBUM_REMINDER = """<p>De volgende zwemles is op donderdag 29 oktober. Vergeet de badmuts niet! De bus vertrekt om
10.05 uur vanaf school.</p>
"""
ALBUM_FOOT = "</main>\n</body>\n</html>\n"


def c1_lines(output: str) -> list[str]:
    return [row for row in output.splitlines() if C1 in row]


@pytest.mark.parametrize("page, name", [(TRIP_PAGE, "schoolreis.md"), (CALENDAR_PAGE, "kalender.md"),
                                        (GYM_PAGE, "gym.md"), (ALBUM_HEAD + ALBUM_REMINDER + ALBUM_FOOT, "album.html")],
                         ids=["trip page with times, what to bring and costs", "calendar page",
                              "gym page in paragraphs opened by bold labels", "photo album"])
def test_an_information_page_on_the_website_is_quiet(check, page, name):
    result = check(page, name=name)
    assert result.exit_code == 0, result.output
    assert c1_lines(result.output) == []


def test_a_reminder_closing_a_photo_album_is_quiet_but_the_same_words_as_a_post_are_warned(check):
    album = check(ALBUM_HEAD + ALBUM_REMINDER + ALBUM_FOOT, name="album.html")
    assert c1_lines(album.output) == []
    post = "---\nkanaal: website\n---\n" + ALBUM_REMINDER.replace("<p>", "").replace("</p>", "")
    result = check(post)
    assert len(c1_lines(result.output)) == 1, result.output
    assert reported_on_line(result.output, 4, C1, name="bericht.md")


def test_the_gym_page_without_its_labels_is_read_as_a_message(check):
    # under a title that names only its matter ("Gymlessen") a page without a day or date is the page about that
    # matter (session 14, issue 14's convention); under a title that names no page it is a message
    page = GYM_PAGE.replace("**Gymkleding.** ", "").replace("**Lopen naar de sporthal.** ", "")
    assert c1_lines(check(page, name="gym.md").output) == []
    result = check(page.replace('titel: "Gymlessen"', 'titel: "Nieuws uit groep 5"'), name="gym.md")
    assert c1_lines(result.output), result.output


def test_the_trip_page_written_as_a_letter_to_the_parents_is_warned(check):
    letter = TRIP_PAGE.replace("# Schoolreis naar Apenheul\n", "Beste ouders van groep 3 en 4,\n")
    result = check(letter)
    assert c1_lines(result.output), result.output


def test_the_trip_page_written_for_tomorrow_is_a_message_and_is_warned(check):
    result = check(TRIP_PAGE.replace("Op dinsdag 9 juni gaan", "Morgen gaan"))
    assert reported_on_line(result.output, 9, C1, name="bericht.md"), result.output
    assert len(c1_lines(result.output)) == 1


def test_the_trip_page_on_the_school_account_is_warned(check):
    result = check(TRIP_PAGE.replace("kanaal: website", "kanaal: schoolaccount"))
    assert c1_lines(result.output), result.output


def test_a_homework_post_with_a_heading_on_the_website_is_warned(check):
    post = """---
kanaal: website
auteur_rol: medewerker
auteur_functie: leerkracht groep 8
---
# Huiswerk groep 8, week 47

Rekenhuiswerk: blok 4, les 3 en 4 af voor donderdag.
Topografie: de provincies leren, toets op vrijdag.
"""
    result = check(post)
    assert reported_on_line(result.output, 8, C1, name="bericht.md"), result.output
    assert len(c1_lines(result.output)) == 1


def test_homework_or_a_cancelled_lesson_on_an_information_page_is_still_warned(check):
    page = TRIP_PAGE + "\n## Gym\n\nDe gymles van groep 4 op donderdag 11 juni vervalt.\n"
    result = check(page)
    lines = c1_lines(result.output)
    assert len(lines) == 1 and lines[0].startswith("bericht.md:23:"), result.output


def test_an_html_page_whose_only_lists_are_the_site_menu_is_read_as_a_message(check):
    page = """<!DOCTYPE html>
<html lang="nl"><head><title>Nieuws | OBS De Regenboog</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/nieuws">Nieuws</a></li></ul></nav>
<main><h1>Kamp groep 8</h1>
<p>Let op: het schoolkamp begint maandag. De kinderen moeten om 9.00 uur op school zijn.</p></main>
<footer><ul><li>OBS De Regenboog</li></ul></footer>
</body></html>
"""
    result = check(page, name="kamp.html")
    assert reported_on_line(result.output, 6, C1, name="kamp.html"), result.output
    assert len(c1_lines(result.output)) == 1


@pytest.mark.parametrize("body", [
    "Groep 5: de volgende zwemles is op donderdag.\nVergeet de badmuts en de handdoek niet! De bus vertrekt om "
    "10.05 uur.\n",
    "Dinsdag gaan groep 3 en 4 op schoolreis naar Apenheul.\n\nGeef uw kind een lunchpakket en een regenjas mee.\n",
], ids=["consecutive sentences of a paragraph", "what to bring in a paragraph under the notice"])
def test_one_notice_gets_one_warning_at_its_first_line(check, body):
    result = check("---\nkanaal: schoolaccount\n---\n" + body)
    lines = c1_lines(result.output)
    assert len(lines) == 1 and lines[0].startswith("bericht.md:4:"), result.output


def test_two_notices_in_two_paragraphs_get_two_warnings(check):
    post = """---
kanaal: schoolaccount
---
Groep 5: de volgende zwemles is op donderdag. Vergeet de badmuts niet!

Groep 8: het huiswerk voor vrijdag is blz. 12 van het rekenboek.
"""
    result = check(post)
    lines = c1_lines(result.output)
    assert [row.split(":")[1] for row in lines] == ["4", "6"], result.output


def test_a_call_for_contributions_is_no_notice_but_telling_a_class_what_to_bring_is(check):
    call = check("---\nkanaal: website\n---\nDe kinderen van groep 7 maken een kraamcadeau; wie wil "
                 "bijdragen kan vóór vrijdag € 2,- meegeven.\n")
    assert c1_lines(call.output) == [], call.output
    costumes = check("---\nkanaal: schoolaccount\n---\nVoor de musical van groep 8: wie nog oude jassen of "
                     "petten heeft, graag inleveren in het lokaal.\n")
    assert c1_lines(costumes.output) == [], costumes.output
    bring = check("---\nkanaal: website\n---\nGroep 7 maakt vrijdag een kraamcadeau: geef uw kind vóór "
                  "vrijdag een schoenendoos en een tas mee.\n")
    assert c1_lines(bring.output), bring.output


CHAT = """[14-09-2026 19:42:13] Elif: Weet iemand of ze morgen gym hebben?
[14-09-2026 19:44:02] Marieke: ja morgen gym, gymtas mee!
[14-09-2026 19:45:02] Marieke: en jij bent een vuile kankerlijer
"""


def test_an_exported_group_chat_is_its_members_talking_not_the_school_announcing(check):
    result = check(CHAT, name="chat.txt")
    assert c1_lines(result.output) == [], result.output
    assert reported_on_line(result.output, 3, "warning A8-FATSOEN", name="chat.txt"), result.output


def test_the_chats_notice_as_a_post_of_its_own_is_the_school_announcing(check):
    result = check("Morgen gym voor groep 5, gymtas mee!\n", name="bericht.txt")
    assert reported_on_line(result.output, 1, C1, name="bericht.txt"), result.output


def test_a_chat_pasted_by_a_teacher_who_says_so_is_read_as_the_teachers_post(check):
    result = check(CHAT, "--channel", "schoolaccount", "--author-role", "medewerker", name="chat.txt")
    assert c1_lines(result.output), result.output


def test_a_class_blog_telling_what_happened_on_thursday_is_no_notice(check):
    post = ("---\nkanaal: website\n---\nDonderdag hield Emre zijn spreekbeurt over Istanbul. "
            "Hij had zelfs baklava bij zich!\n")
    result = check(post)
    assert c1_lines(result.output) == [], result.output


def test_a_spreekbeurt_on_thursday_announced_is_a_notice(check):
    post = "---\nkanaal: website\n---\nDonderdag houdt groep 6 de spreekbeurten. Vergeet je plaatjes niet!\n"
    result = check(post)
    assert reported_on_line(result.output, 4, C1, name="bericht.md"), result.output


def test_what_holds_on_every_study_day_is_a_standing_rule_of_the_calendar_page(check):
    page = ("---\ntitel: Jaarkalender 2026-2027\nkanaal: website\n---\n# Jaarkalender 2026-2027\n\n"
            "Op studiedagen vervalt de overblijf en zijn alle kinderen vrij.\n")
    assert c1_lines(check(page).output) == []
    moved = page.replace("Op studiedagen vervalt de overblijf",
                         "Op de studiedag van vrijdag 9 oktober vervalt de gymles")
    assert reported_on_line(check(moved).output, 7, C1, name="bericht.md")


def test_an_html_page_that_opens_by_greeting_the_parents_under_the_site_menu_is_a_letter(check):
    page = """<!DOCTYPE html>
<html lang="nl"><head><title>Nieuws | OBS De Regenboog</title></head>
<body>
<header><nav><ul>
<li><a href="/">Home</a></li>
<li><a href="/nieuws">Nieuws</a></li>
<li><a href="/contact">Contact</a></li>
</ul></nav></header>
<main><h1>Schoolreis groep 4</h1>
<p>Beste ouders van groep 4,</p>
<p>Op dinsdag 9 juni gaan we op schoolreis naar Apenheul.</p>
<h2>Meenemen</h2>
<ul><li>een lunchpakket</li><li>een regenjas</li></ul>
</main>
</body></html>
"""
    result = check(page, name="schoolreis.html")
    assert c1_lines(result.output), result.output
    quiet = check(page.replace("<p>Beste ouders van groep 4,</p>\n", ""), name="schoolreis.html")
    assert c1_lines(quiet.output) == [], quiet.output


def test_an_articles_own_header_counts_as_part_of_the_page(check):
    page = """<!DOCTYPE html>
<html lang="nl"><head><title>Nieuws | OBS De Regenboog</title></head>
<body>
<article><header><h1>Schoolreis groep 4</h1></header>
<p>Op dinsdag 9 juni gaan groep 3 en 4 op schoolreis naar Apenheul.</p>
<ul><li>een lunchpakket meenemen</li><li>een regenjas</li></ul>
</article>
</body></html>
"""
    result = check(page, name="schoolreis.html")
    assert c1_lines(result.output) == [], result.output


def test_two_matters_in_one_paragraph_get_a_warning_each(check):
    post = ("---\nkanaal: schoolaccount\n---\nMorgen geen gym voor groep 4, dus de gymspullen mogen thuisblijven.\n"
            "Vergeet niet: het huiswerk voor rekenen moet maandag af.\n")
    result = check(post)
    lines = c1_lines(result.output)
    assert [row.split(":")[1] for row in lines] == ["4", "5"], result.output
