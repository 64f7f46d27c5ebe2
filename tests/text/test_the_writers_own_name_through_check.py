"""The writer's own name, wherever the writer says who they are, is info as a user sees it from
`screener check`: the header of their own social post or profile, a sign-off with function and school
on one line, a name under a closing greeting at the end of their e-mail, the front matter's `auteur`
repeated in the post, and the organiser of their own calendar export. The other direction stays an
error: a colleague in the same sign-off, a parent's own sign-off and header, a pupil's byline, a name
after "de groeten van", a staff member named by a parent, a feed of several people's posts, a
calendar a parent organised. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl", "www.obslindehof.nl"]
"""

INFO = ("--min-severity", "info")


# --- the header of the writer's own social post or profile ---------------------------------------------


def test_a_teachers_own_facebook_post_header_is_info_and_a_colleague_in_it_stays_an_error(check):
    post = ("Jolien Haverkamp\n5 u · 🌐\n\n"
            "Wat hebben we gelachen bij de voorstelling van groep 8! Meester Ruud speelde de burgemeester.\n")
    result = check("facebook.txt", post, "--channel", "persoonlijk", *INFO)
    assert reported_at(result, "facebook.txt", post, "Jolien Haverkamp", severity="info"), result.output
    assert "Naam van de schrijver in de kop van het eigen bericht" in result.output
    assert reported_at(result, "facebook.txt", post, "Meester Ruud"), result.output
    assert result.exit_code == 1


def test_a_linkedin_post_with_pronouns_degree_and_a_headline_of_functions_exits_0(check):
    post = ("Bram Oudejans (hij/hem) · 2e\n"
            "Groepsleerkracht | ICT-coördinator bij OBS De Lindehof\n"
            "1 w · Bewerkt · 🌐\n\n"
            "Na drie jaar programmeerlessen met Bee-Bots en Scratch heb ik een leerlijn geschreven die elke\n"
            "school mag gebruiken. Reacties en tips zijn welkom!\n")
    result = check("linkedin.txt", post, "--channel", "persoonlijk", *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "linkedin.txt", post, "Bram Oudejans", severity="info"), result.output


def test_a_teachers_own_post_header_under_yaml_or_toml_front_matter_is_info_alike(check):
    body = ("Jolien Haverkamp\n5 u · 🌐\n\n"
            "Wat hebben we gelachen bij de voorstelling van groep 8!\n")
    for name, front in (("yaml.md", "---\ntitel: De voorstelling\nkanaal: persoonlijk\nauteur_rol: medewerker\n---\n"),
                        ("toml.md", '+++\ntitel = "De voorstelling"\nkanaal = "persoonlijk"\nauteur_rol = "medewerker"\n'
                                    '+++\n')):
        post = front + body
        result = check(name, post, *INFO)
        assert result.exit_code == 0, result.output
        assert reported_at(result, name, post, "Jolien Haverkamp", severity="info"), result.output


def test_an_open_to_work_header_is_info(check):
    post = ("Esmée Dijkhuis · #OpenToWork\nLeerkracht onderbouw | Taalspecialist\n\n"
            "Per augustus zoek ik een nieuwe school in de regio Apeldoorn.\n")
    result = check("werk.txt", post, "--channel", "persoonlijk", *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "werk.txt", post, "Esmée Dijkhuis", severity="info"), result.output


def test_an_instagram_profile_with_a_form_of_address_and_a_headline_is_info(check):
    post = ("Juf Merel 🌻\nLeerkracht groep 3 • OBS De Lindehof • Deventer\n\n"
            "Vandaag de eerste letters van het jaar: m, i en k. Wat een doorzetters zijn het!\n")
    result = check("insta.txt", post, "--channel", "persoonlijk", *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "insta.txt", post, "Juf Merel", severity="info"), result.output


def test_a_post_header_with_a_handle_and_a_time_as_x_and_mastodon_show_it_is_info(check):
    for post in ("Sven Kroeze @meestersven · 4 u\nDe moestuin van groep 6 levert de eerste radijsjes!\n",
                 "Sven Kroeze\n@sven@onderwijs.social · 12 min\n\nDe moestuin van groep 6 levert de eerste radijsjes!\n",
                 "Sven Kroeze\n@sven@onderwijs.social\n\nDe moestuin van groep 6 levert de eerste radijsjes!\n",
                 "Sven Kroeze 🌱 @sven@onderwijs.social\n\nDe moestuin van groep 6 levert de eerste radijsjes!\n"):
        result = check("bericht.txt", post, "--channel", "persoonlijk", *INFO)
        assert reported_at(result, "bericht.txt", post, "Sven Kroeze", severity="info"), (post, result.output)


def test_a_facebook_group_post_header_is_info(check):
    post = ("Marloes de Wit ▶ Ouders groep 3 De Lindehof\n3 u · 👥\n\n"
            "Morgen is de laatste dag om de opgavestrookjes voor de excursie in te leveren.\n")
    result = check("groep.txt", post, "--channel", "persoonlijk", *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "groep.txt", post, "Marloes de Wit", severity="info"), result.output


def test_the_first_header_of_a_feed_of_several_posts_stays_an_error(check):
    feed = ("Annemiek Voorthuis\n3 u\nWie heeft er nog een verkleedkist over?\n\n"
            "Gerrit Postma\n2 u\nWij hebben er nog een op zolder staan.\n")
    result = check("feed.txt", feed, *INFO)
    assert reported_at(result, "feed.txt", feed, "Annemiek Voorthuis"), result.output
    thread = ("Annemiek Voorthuis @annemiekv · 3 u\nWie heeft er nog een verkleedkist over?\n\n"
              "Gerrit Postma @gpostma · 2 u\nWij hebben er nog een op zolder staan.\n")
    result = check("draad.txt", thread, *INFO)
    assert reported_at(result, "draad.txt", thread, "Annemiek Voorthuis"), result.output


def test_a_babys_name_over_a_date_at_the_top_of_a_birth_announcement_stays_an_error(check):
    post = ("Mila Bakker\n14 februari 2027\n3250 gram, 49 cm\n\n"
            "Juf Sanne en haar man zijn de trotse ouders van een dochter.\n")
    result = check("geboren.txt", post)
    assert reported_at(result, "geboren.txt", post, "Mila Bakker"), result.output


def test_a_parents_own_post_header_stays_an_error(check):
    post = ("---\nkanaal: persoonlijk\nauteur_rol: ouder\n---\n"
            "Wendy Scholtens\n1 u · 🌐\n\nTrots op onze dochter, ze heeft haar zwemdiploma!\n")
    result = check("ouder.md", post)
    assert reported_at(result, "ouder.md", post, "Wendy Scholtens"), result.output
    assert result.exit_code == 1


def test_a_name_that_opens_a_post_as_a_sentence_stays_an_error(check):
    post = "Liselot Brinkman · wat heeft ze goed gezongen vandaag!\n2 u\n"
    result = check("zin.txt", post, "--channel", "persoonlijk")
    assert reported_at(result, "zin.txt", post, "Liselot Brinkman"), result.output


# --- sign-offs -------------------------------------------------------------------------------------------


def test_a_sign_off_with_a_role_and_the_school_on_one_line_exits_0(check):
    post = ("Beste ouders,\n\nDe sportdag gaat door, ook als het regent: neem een regenjas mee.\n\n"
            "Sportieve groet!\nMeester Gijs, coördinator sportdag, OBS De Lindehof\n")
    result = check("sportdag.txt", post, *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "sportdag.txt", post, "Meester Gijs", severity="info"), result.output


def test_a_sign_off_with_a_function_in_brackets_and_the_school_after_it_exits_0(check):
    post = ("Beste ouders,\n\nWoensdag is er luizencontrole. Wilt u geen gel in het haar doen?\n\n"
            "Hartelijke groet,\nJuf Wilma (coördinator luizenteam), OBS De Lindehof\n")
    result = check("luizen.txt", post, *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "luizen.txt", post, "Juf Wilma", severity="info"), result.output


def test_a_parent_named_with_a_role_in_brackets_who_goes_on_in_a_sentence_stays_an_error(check):
    post = ("Beste ouders,\n\nMeneer Karim Benali (voorzitter MR), is bereikbaar via de mail.\n\nGroet\n")
    result = check("mr.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "mr.txt", post, "Meneer Karim Benali"), result.output


def test_two_teachers_signing_together_each_with_their_group_in_brackets_exits_0(check):
    post = ("# Leesmaatjes\n\nVanaf januari lezen groep 7 en groep 3 samen. Vragen? Spreek ons gerust aan.\n\n"
            "Juf Marleen (groep 3) en meester Ronald (groep 7)\n")
    result = check("lezen.md", post, *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "lezen.md", post, "Juf Marleen", severity="info"), result.output


def test_the_school_librarys_reading_consultant_signing_exits_0(check):
    post = ("# Nieuw in de bieb\n\nBoeken met een rode sticker blijven op school.\n\n"
            "Groetjes,\nJuf Hanneke, leesconsulent OBS De Lindehof\n")
    result = check("bieb.md", post, *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "bieb.md", post, "Juf Hanneke", severity="info"), result.output


def test_a_sign_off_with_a_dash_before_or_an_emoji_or_kisses_after_the_name_exits_0(check):
    body = "# Weekbericht\n\nWe hebben deze week de letters b en d geoefend.\n\n"
    for sign_off in ("Groetjes,\nJuf Fenna 🌷\n", "— Juf Fenna\n", "Liefs, juf Fenna x\n", "~ Meester Koen 💪😄\n"):
        result = check("week.md", body + sign_off, *INFO)
        assert result.exit_code == 0, (sign_off, result.output)
        assert " info A2-NAAM Naam van een medewerker als ondertekening" in result.output, (sign_off, result.output)


def test_a_pupil_signing_with_an_emoji_or_a_dash_stays_an_error(check):
    body = "# Onze klas\n\nIk vind rekenen het leukste vak.\n\n"
    for sign_off in ("Groetjes,\nSanne 🌷\n", "— Sanne\n"):
        result = check("klas.md", body + sign_off)
        assert result.exit_code == 1, (sign_off, result.output)
        assert "error A2-NAAM" in result.output, (sign_off, result.output)


def test_a_sign_off_with_the_class_after_the_name_exits_0(check):
    post = ("# Weekbericht\n\nWe hebben deze week geoefend met klokkijken.\n\n"
            "Liefs van juf Hester en de hele groep 4\n")
    result = check("week.md", post, *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "week.md", post, "juf Hester", severity="info"), result.output


def test_a_parent_named_with_a_role_in_the_parents_council_at_the_end_stays_an_error(check):
    post = ("Beste ouders,\n\nDe kerstmarkt is op 18 december. Wie wil helpen bij de kraampjes?\n\n"
            "Aanmelden bij:\nMarloes Brinkman, coördinator van de ouderraad, OBS De Lindehof\n")
    result = check("kerst.txt", post)
    assert reported_at(result, "kerst.txt", post, "Marloes Brinkman"), result.output


def test_a_child_named_after_a_congratulation_at_the_end_of_a_staff_email_stays_an_error(check):
    post = ("Onderwerp: voorleeswedstrijd\n\nBeste collega's,\n\nDe winnaar van onze school is bekend. Gefeliciteerd!\n"
            "Sanne\n")
    result = check("mail.txt", post)
    assert "mail.txt:6:1: error A2-NAAM" in result.output, result.output


def test_a_full_name_under_the_greeting_with_the_school_under_it_exits_0_and_a_first_name_so_stays_an_error(check):
    body = "Beste ouders,\n\nDe schoolfotograaf komt op dinsdag 9 maart.\n\nMet vriendelijke groet,\n\n"
    result = check("brief.txt", body + "Marieke Jansen\nOBS De Lindehof\n", *INFO)
    assert result.exit_code == 0, result.output
    assert "brief.txt:7:1: info A2-NAAM" in result.output, result.output
    assert "brief.txt:7:1: error A2-NAAM" in check("brief.txt", body + "Sanne\nOBS De Lindehof\n").output


def test_a_colleague_named_in_the_same_sign_off_block_stays_an_error(check):
    post = ("Beste ouders,\n\nDe informatieavond begint om 19.30 uur in de aula.\n\n"
            "Met vriendelijke groet,\n\nJolien Haverkamp\nleerkracht groep 6\n\n"
            "ook namens onze directeur Ruud Bakker\n")
    result = check("brief.txt", post, *INFO)
    assert reported_at(result, "brief.txt", post, "Jolien Haverkamp", severity="info"), result.output
    assert any(line.startswith("brief.txt:10:") and " error A2-NAAM " in line
               for line in result.output.splitlines()), result.output  # the colleague (with or without "directeur")
    assert result.exit_code == 1


def test_a_name_after_de_groeten_van_someone_else_stays_an_error(check):
    post = ("# Uitstapje\n\nWe zijn met de klas naar de kinderboerderij geweest.\n\n"
            "De groeten van Riet Hofstede!\n")
    result = check("uitje.md", post)
    assert result.exit_code == 1, result.output
    rows = [row for row in result.output.splitlines() if row.startswith("uitje.md:5:")]
    assert rows and all(" error A2-NAAM " in row for row in rows), result.output


def test_a_name_under_a_greeting_on_the_last_line_of_a_staff_email_is_info_and_the_addressee_an_error(check):
    post = ("Onderwerp: materiaal voor donderdag\n\nHoi Wim,\n\n"
            "De scharen en de lijm liggen in de kast bij het raam. Wil jij ze donderdag terugzetten?\n\n"
            "Groetjes,\nNadine\n")
    result = check("mail.txt", post, *INFO)
    assert "mail.txt:8:1: info A2-NAAM" in result.output, result.output
    assert reported_at(result, "mail.txt", post, "Wim"), result.output


def test_a_name_alone_after_the_last_sentence_of_a_staff_email_is_info(check):
    post = ("Onderwerp: rooster gymzaal\nAan: team bovenbouw\n\nHallo allemaal,\n\n"
            "Vanaf maandag hebben groep 7 en 8 gym op dinsdagmiddag. Kunnen jullie daar rekening mee houden?\n"
            "Karlijn\n")
    result = check("mail.txt", post, *INFO)
    assert result.exit_code == 0, result.output
    assert "mail.txt:7:1: info A2-NAAM" in result.output, result.output


def test_a_name_under_a_greeting_in_a_forwarded_email_stays_an_error(check):
    post = ("Onderwerp: Fw: ziekmelding\n\nZie hieronder.\n\n"
            "---------- Doorgestuurd bericht ----------\nGoedemorgen, onze zoon blijft vandaag thuis.\n\n"
            "Groetjes,\nPatrick\n")
    result = check("mail.txt", post)
    assert "mail.txt:9:1: error A2-NAAM" in result.output, result.output


def test_a_parents_email_without_a_van_line_signed_under_a_greeting_stays_an_error(check):
    post = ("Onderwerp: zwemles\n\nBeste juf Ellen,\n\nOnze dochter mag vrijdag niet mee zwemmen, ze heeft een oorontsteking.\n\n"
            "Groetjes,\nLinda\n")
    result = check("mail.txt", post)
    assert "mail.txt:8:1: error A2-NAAM" in result.output, result.output


def test_an_email_from_a_function_signed_with_a_name_and_that_function_exits_0(check):
    post = ("Van: Coördinator overblijf OBS De Lindehof\nAan: ouders groep 1 t/m 8\nOnderwerp: nieuwe tijden\n\n"
            "Vanaf maandag begint het overblijven om 12.00 uur.\n\n"
            "Hartelijke groet,\nAstrid Boerema\nCoördinator overblijf, OBS De Lindehof\n")
    result = check("mail.txt", post, *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "mail.txt", post, "Astrid Boerema", severity="info"), result.output


def test_a_note_from_a_teacher_named_under_its_title_and_signed_with_her_first_name_exits_0(check):
    post = ("AANTEKENINGEN VOOR DE INVALLER\nvan juf Ilona Bos - graag op het bureau laten liggen\n\n"
            "Om 10.15 uur is er gym in de kleine zaal. De sleutel hangt bij de kapstok.\n\n"
            "Fijne dag!\nIlona\n")
    result = check("notitie.txt", post, *INFO)
    assert result.exit_code == 0, result.output
    assert reported_at(result, "notitie.txt", post, "juf Ilona Bos", severity="info"), result.output


def test_a_parents_own_sign_off_and_the_teacher_she_names_stay_errors(check):
    post = ("Van: Linda Verschuur <linda.verschuur@hotmail.com>\nOnderwerp: bedankt!\n\n"
            "Juf Ellen, heel erg bedankt voor het mooie afscheidsboek.\n\nGroetjes,\nLinda\n")
    result = check("mail.txt", post)
    assert reported_at(result, "mail.txt", post, "Juf Ellen"), result.output
    assert "mail.txt:7:1: error A2-NAAM" in result.output, result.output


# --- the writer named in front matter ------------------------------------------------------------------


def test_a_staff_writer_in_front_matter_and_repeated_in_the_post_is_info_and_a_pupil_with_her_first_name_an_error(
        check):
    post = ("---\ntitel: Schaken in de pauze\nkanaal: website\nauteur_rol: medewerker\n"
            "auteur: Hanna Zwiers, leerkracht groep 7\n---\n"
            "Elke dinsdag staat er in de aula een schaakbord klaar. Hanna Zwiers legt de regels uit.\n"
            "Vorige week won Hanna uit groep 5 van haar vader.\n")
    result = check("schaken.md", post, *INFO)
    assert reported_at(result, "schaken.md", post, "Hanna Zwiers, leerkracht", severity="info"), result.output
    assert reported_at(result, "schaken.md", post, "Hanna Zwiers legt", severity="info"), result.output
    assert "schaken.md:8:17: error A2-NAAM" in result.output, result.output


def test_the_writer_on_the_van_line_named_again_in_the_mail_is_info_and_a_parent_in_it_an_error(check):
    post = ("Van: Yvonne Postma <y.postma@obslindehof.nl>\nOnderwerp: luizencontrole\n\n"
            "Beste ouders,\n\nNa de vakantie kammen de luizenmoeders weer. Vragen? Bel Yvonne Postma of mail Karin Smeets\n"
            "van de ouderraad.\n")
    result = check("mail.txt", post, *INFO)
    assert reported_at(result, "mail.txt", post, "Yvonne Postma <", severity="info"), result.output
    assert reported_at(result, "mail.txt", post, "Yvonne Postma of", severity="info"), result.output
    assert reported_at(result, "mail.txt", post, "Karin Smeets"), result.output


def test_a_pupils_byline_in_the_school_newspaper_stays_an_error(check):
    post = ("---\ntitel: Onze moestuin\nkanaal: website\nauteur_rol: leerling\nauteur: Fenna Lubbers (groep 7)\n---\n"
            "Door Fenna Lubbers\n\nDe pompoenen zijn al groter dan een voetbal.\n")
    result = check("krant.md", post)
    assert reported_at(result, "krant.md", post, "Fenna Lubbers (groep"), result.output
    assert reported_at(result, "krant.md", post, "Fenna Lubbers\n".strip()), result.output


# --- a calendar export's organiser ---------------------------------------------------------------------

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
X-WR-CALNAME:Spreekuur groep 5 (juf Nienke)
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20270412T150000
ORGANIZER;CN=Juf Nienke:mailto:{address}
SUMMARY:Gesprek over de overstap van Tijn
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20270412T153000
ORGANIZER;CN=Juf Nienke:mailto:{address}
SUMMARY:Gesprek over het rapport
END:VEVENT
END:VCALENDAR
"""


def _on_line(result, line: int) -> list[str]:
    return [row for row in result.output.splitlines() if row.startswith(f"agenda.txt:{line}:")]


def test_the_organiser_of_a_teachers_own_calendar_export_is_info_and_a_pupil_in_it_an_error(check):
    export = CALENDAR.format(address="info@obslindehof.nl")
    result = check("agenda.txt", export, *INFO)
    assert reported_at(result, "agenda.txt", export, "juf Nienke", severity="info"), result.output
    for line in (7, 12):  # the ORGANIZER lines: the teacher whose calendar it is
        assert _on_line(result, line) and all(" info " in row for row in _on_line(result, line)), result.output
    assert "organisator van je eigen agenda" in result.output
    assert reported_at(result, "agenda.txt", export, "Tijn"), result.output


def test_the_organiser_of_a_calendar_from_a_private_address_stays_an_error(check):
    export = CALENDAR.format(address="nienke1979@gmail.com")
    result = check("agenda.txt", export)
    assert reported_at(result, "agenda.txt", export, "juf Nienke"), result.output
    assert result.exit_code == 1
