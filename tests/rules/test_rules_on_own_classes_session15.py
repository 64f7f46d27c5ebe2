"""The classes of error that the rule set released in session 15 (rules-heldout10), session 14's own batch and the
post sets showed, one class at a time, as a user meets it through `screener check`: each in a made-up post of that
kind, with a look-alike that must still be reported.

- C1 raised on a plain-text page on the website laid out with headings in capitals, boxes to tick, a title over a
  list or a table typed with tabs (a camp letter, a rota for drivers, a payment schedule); on "groep 1 t/m 7 zingt
  mee!"; on the gym as the place where something else happens; on a song's title with its maker in brackets; on a
  Google Classroom stream (the school app).
- C2 raised on a line of @handles that goes on with the sentence above it (read as a reply).
- D3 raised on an affiliation in Papiamento and on a Turkish bio ("... sınıf öğretmeniyim"); D3 raised on "stond"
  whose subject is not the writer; D3/D4 missed on an English post about "our foundation".
- A8 raised on the words of the post a reply quotes, and on "geen diploma" beside swimming lessons; missed on a
  remark about how a woman looks with an innuendo emoji.
"""

from __future__ import annotations

from policy_helpers import reported_on_line, rules_in_output

WEBSITE = ("--channel", "website", "--author-role", "schoolaccount")
SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "schoolaccount")
STAFF_ON_SCHOOL_ACCOUNT = ("--channel", "schoolaccount", "--author-role", "medewerker",
                           "--author-function", "leerkracht groep 6")
STAFF_ON_OWN_ACCOUNT = ("--channel", "persoonlijk", "--author-role", "medewerker",
                        "--author-function", "leerkracht groep 3")
PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
C1 = "warning C1-KANAAL"
A8 = "warning A8-FATSOEN"


# --- C1: a plain-text page on the website, laid out as a page ----------------------------------------------------

CAMP_LETTER = ("SCHOOLKAMP GROEP 7 - IKC Het Anker\n"
               "Maandag 8 t/m woensdag 10 juni, kampeerboerderij De Eik\n"
               "\n"
               "WAT NEEM JE MEE (alles met naam!)\n"
               "[ ] slaapzak en kussen\n"
               "[ ] regenjas en laarzen\n"
               "[ ] zaklamp\n"
               "\n"
               "VERVOER\n"
               "We fietsen maandag om 9.00 uur vanaf school. Woensdag om 15.00 uur zijn we terug.\n")


def test_a_camp_letter_in_plain_text_with_capital_headings_is_an_information_page(check):
    result = check(CAMP_LETTER, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_the_same_letter_on_the_school_account_is_a_notice(check):
    result = check(CAMP_LETTER, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" in result.output, result.output


def test_a_rota_for_drivers_titled_over_its_list_is_quiet(check):
    text = ("Rijschema excursie Natura Docet\n"
            "- Sanne rijdt, neemt 3 kinderen mee\n"
            "- Mehmet: 4 plekken\n")
    result = check(text, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_payment_schedule_typed_with_tabs_is_quiet(check):
    text = ("Betaalschema schoolreis groep 5\n"
            "Termijn 1\t01-11-2026\t€ 15,00\n"
            "Termijn 2\t01-02-2027\t€ 15,00\n")
    result = check(text, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_plain_text_message_with_one_heading_still_passes_its_notice_on(check):
    text = ("Beste ouders,\n\nMorgen gaat de gymles van groep 4 niet door, de gymzaal is dicht.\n\n"
            "LET OP\nNeem donderdag wel de gymtas mee.\n")
    result = check(text, *WEBSITE, name="bericht.txt")
    assert reported_on_line(result.output, 3, C1), result.output


# --- C1: nothing to bring, no matter ------------------------------------------------------------------------------

def test_classes_that_sing_along_bring_nothing(check):
    text = ("Op de laatste schooldag zingen we het afscheidslied in de aula. Het refrein zingen groep 1 t/m 7 "
            "mee!\n")
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_thing_to_bring_with_an_exclamation_is_still_a_notice(check):
    text = "Groep 5: morgen is de gymles weer in de sporthal. Gymtas mee!\n"
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" in result.output, result.output


def test_the_gym_as_the_place_of_a_visit_is_no_notice(check):
    text = "Volgende week staat er een planetarium in de gymzaal. Wat een mooie kans om de sterren te zien!\n"
    result = check(text, *WEBSITE, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


def test_the_gym_closed_is_still_a_notice(check):
    text = "Let op groep 6: morgen is de gymzaal dicht, de gymles gaat niet door.\n"
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C1-KANAAL" in result.output, result.output


def test_a_song_title_with_its_maker_in_brackets_brings_nothing(check):
    text = ("Onze schoolplaylist voor de pauze:\n\n"
            "**Groep 7**: Ik neem je mee (Gers Pardoel), Vrienden (Marco Borsato), Zoutelande (BLØF)\n")
    result = check(text, *SCHOOL_ACCOUNT, name="bericht.md")
    assert "C1-KANAAL" not in result.output, result.output


def test_a_google_classroom_stream_is_the_school_app(check):
    text = ("Google Classroom – Groep 7 – Stream (export)\n\nJuf Ilse · 3 dec.\n"
            "Vergeet niet je boekverslag vrijdag in te leveren!\n")
    result = check(text, name="bericht.txt")
    assert "C1-KANAAL" not in result.output, result.output


# --- C2: handles on a wrapped line open no reply -----------------------------------------------------------------

def test_a_wrapped_line_of_handles_is_no_reply(check):
    text = ("Zaterdag was het schaaktoernooi in de bibliotheek. De winnaars (met hun accounts\n"
            "@schaakmat_tim en @lotte.speelt) kregen een beker.\n")
    result = check(text, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert "C2-FUNCTIE" not in result.output, result.output


def test_a_reply_to_a_handle_on_its_own_line_still_asks_for_the_function(check):
    text = "@moeder_van_sem\nDe schaakclub is op woensdag, na schooltijd. Groetjes, Anouk\n"
    result = check(text, *STAFF_ON_SCHOOL_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning C2-FUNCTIE"), result.output


# --- D3/D4: other languages, English hints, who stands where ----------------------------------------------------

def test_an_affiliation_in_papiamento_is_an_affiliation(check):
    text = ("Mi ta juf di grupo 4 na OBS De Regenboog. Awor nos ta siña hopi di Dia di Bandera. "
            "Dit is mijn persoonlijke mening.\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "D3-MEDEWERKER" not in rules_in_output(result.output), result.output
    assert "D4-DISCLAIMER" not in rules_in_output(result.output), result.output


def test_a_turkish_bio_with_the_class_and_a_disclaimer_is_complete(check):
    text = ("IKC Het Anker'da (Lithora) 6. sınıf öğretmeniyim. Burada yazdıklarım kişisel görüşlerimdir.\n\n"
            "Vandaag hebben we met de klas een moskee bezocht.\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert not rules_in_output(result.output) & {"D3-MEDEWERKER", "D4-DISCLAIMER"}, result.output


def test_a_building_that_stood_there_says_nothing_about_the_writers_work(check):
    text = ("Eindelijk nieuws over de uitbreiding van OBS De Regenboog. Als het aan mij lag stond dat lokaal er "
            "allang.\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert reported_on_line(result.output, 1, "warning D3-MEDEWERKER"), result.output


def test_i_stand_in_front_of_a_class_there_is_still_an_affiliation(check):
    text = "Sinds 2019 sta ik op OBS De Regenboog voor groep 3. Persoonlijke mening: meer handen in de klas!\n"
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    assert "D3-MEDEWERKER" not in rules_in_output(result.output), result.output


def test_an_english_post_about_our_foundation_needs_affiliation_and_disclaimer(check):
    text = ("Great news: our foundation will open two new special needs classes next year. As a teacher I "
            "think this is long overdue.\n")
    result = check(text, *STAFF_ON_OWN_ACCOUNT, name="bericht.txt")
    found = rules_in_output(result.output)
    assert {"D3-MEDEWERKER", "D4-DISCLAIMER"} <= found, result.output


# --- A8: the post a reply quotes, a worry, a remark on looks -----------------------------------------------------

def test_the_post_a_reply_quotes_is_not_the_writers_conduct(check):
    text = ("Reactie in de groep 'Ouders Het Anker' op: „Dat nieuwe rooster is een ramp, mijn kind is kapot.”\n\n"
            "Ik begrijp de zorgen, maar geef het even tijd. Na de kerst kijken we er samen naar.\n")
    result = check(text, *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_an_insult_in_the_reply_itself_is_still_reported(check):
    text = ("Reactie in de groep 'Ouders Het Anker' op: „Wat vinden jullie van het nieuwe rooster?”\n\n"
            "Die directeur is een walvis, die moet gewoon weg.\n")
    result = check(text, *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 3, A8), result.output


def test_children_without_a_swimming_diploma_are_a_worry_not_a_sneer(check):
    text = ("Ik vind het jammer dat de gemeente stopt met het schoolzwemmen. Heel veel kinderen in de wijk hebben "
            "geen diploma.\n")
    result = check(text, *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_remark_on_how_a_new_teacher_looks_with_a_smirk_is_reported(check):
    text = "Even dit.\nNieuwe juf in groep 5. Snap wel dat alle vaders ineens komen helpen, als je ziet hoe ze erbij loopt 😏\n"
    result = check(text, *PARENT, name="bericht.txt")
    assert reported_on_line(result.output, 2, A8), result.output


def test_how_a_child_looks_in_her_costume_is_no_remark(check):
    text = "Kijk eens hoe ze eruitziet in haar prinsessenjurk voor de musical ❤️\n"
    result = check(text, *PARENT, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, result.output
