"""An organisation's own contact data and a place in a story are no one's personal data (info); a person's stay
errors and warnings. The classes of session 15's quiet2 work (tests/data/school-posts-own15-quiet)."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl", "3508 AD Utrecht"]
"""


def test_the_schools_own_town_is_no_warning_even_where_a_pupil_lives(check):
    post = "Ik ben Rayan en ik woon in Deventer, dat is een stad met een brug.\n"
    result = check("brief.md", post, "--min-severity", "info")
    assert reported_at(result, "brief.md", post, "Deventer", rule="A2-PLAATS", severity="info"), result.output
    post = "Ik ben Rayan en ik woon in Bathmen, dat is een dorp.\n"
    result = check("brief2.md", post)
    assert reported_at(result, "brief2.md", post, "Bathmen", rule="A2-PLAATS", severity="warning"), result.output


def test_a_town_abroad_a_newcomer_comes_from_is_no_home_but_moving_there_is(check):
    post = "Welkom Yusuf! Hij komt met zijn ouders uit Aleppo en zit nu in groep 3.\n"
    result = check("welkom.md", post, "--min-severity", "info")
    assert reported_at(result, "welkom.md", post, "Aleppo", rule="A2-PLAATS", severity="info"), result.output
    post = "Na de zomer verhuist Sanne naar Madrid.\n"
    result = check("afscheid.md", post)
    assert reported_at(result, "afscheid.md", post, "Madrid", rule="A2-PLAATS", severity="warning"), result.output


def test_a_quiz_question_and_an_old_birthplace_name_no_one(check):
    post = "4. Welke zangeres komt uit Almelo en zong een bekend lied?\n"
    result = check("quiz.md", post)
    assert "A2-PLAATS" not in result.output, result.output
    post = "De schrijfster werd geboren op 20 mei 1911 in Kapelle.\n"
    result = check("schrijfster.md", post)
    assert "A2-PLAATS" not in result.output, result.output


def test_a_shop_named_after_its_owner_gives_the_shops_town(check):
    post = "Wat over is, gaat naar de kringloopwinkel van Dorcas in Diepenveen.\n"
    result = check("kist.md", post)
    assert "A2-PLAATS" not in result.output, result.output


def test_a_teams_or_a_templates_mailbox_is_no_persons_but_a_volunteers_is(check):
    post = ("Vragen over het kamp? Mail naar kamp@obslindehof.nl of naar buurtsport-oost@sportbedrijf.nl.\n"
            "Vul in: E-mail ouder: naam@voorbeeld.nl\n"
            "Scheidsrechter worden? Mail Gerrit via g.hofstede@gmail.com.\n")
    result = check("kamp.md", post)
    assert result.output.count("A2-EMAIL ") == 1, result.output
    assert reported_at(result, "kamp.md", post, "g.hofstede@", rule="A2-EMAIL"), result.output


def test_an_offices_landline_and_a_camps_number_are_no_persons_but_a_mobile_is(check):
    post = ("Vragen? Bel ons op 0570 69 11 30 (ma-vr 9-17 uur) of kom langs.\n"
            "Kampadres (alleen bij nood): De Boshoek, 0572-351919\n"
            "Het busbedrijf is bereikbaar op 0570-541100.\n"
            "Of bel de coach: 06 28 41 90 37 (ma-vr).\n")
    result = check("kamp.md", post)
    assert result.output.count("A2-TELEFOON") == 1, result.output
    assert reported_at(result, "kamp.md", post, "06 28 41 90 37", rule="A2-TELEFOON"), result.output


def test_a_venue_before_the_line_break_and_a_historical_address_are_no_homes(check):
    post = ("Het toernooi is op Sportpark De Scheg,\n"
            "Vijfhoevenlaan 4 in Deventer.\n"
            "Anne Frank schreef haar dagboek in het Achterhuis aan de Prinsengracht 263 in Amsterdam, in 1943.\n")
    result = check("toernooi.md", post)
    assert "A2-ADRES" not in result.output, result.output
    post = "Sinds de zomer wonen wij met Sanne en Daan,\nVijfhoevenlaan 4 in Deventer.\n"
    result = check("verhuisd.md", post)
    assert reported_at(result, "verhuisd.md", post, "Vijfhoevenlaan 4", rule="A2-ADRES"), result.output


def test_a_firms_account_after_its_name_is_no_persons_but_a_pupils_is(check):
    post = ("Dank aan Hoveniersbedrijf Groenrijk Salland, volg ze op facebook.com/groenrijksalland.\n"
            "En aan de TSO: Instagram @tsolindehof.\n"
            "De foto's maakte Sanne (@sanne_2014).\n")
    result = check("sponsors.md", post)
    assert result.output.count("A2-ACCOUNT") == 1, result.output
    assert reported_at(result, "sponsors.md", post, "@sanne_2014", rule="A2-ACCOUNT"), result.output


def test_a_persons_account_after_his_own_name_stays_an_error(check):
    post = ("Piet Brinkhorst @pietbrinkhorst · 2 u\n"
            "Wie parkeert er nou zo bij het hek? Elke ochtend hetzelfde.\n"
            "Bakkerij Brinkhorst (@bakkerijbrinkhorst) sponsort de sportdag.\n")
    result = check("draad.txt", post)
    assert reported_at(result, "draad.txt", post, "@pietbrinkhorst", rule="A2-ACCOUNT"), result.output
    assert result.output.count("A2-ACCOUNT") == 1, result.output  # the bakery's own account is info
