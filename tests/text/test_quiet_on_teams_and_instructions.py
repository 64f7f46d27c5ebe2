"""What the even half of the quiet set (tests/data/school-posts-quiet) still showed, as a user sees it from
`screener check`: the school's numbered teams in a tournament's table are no addresses, and a verb that
opens an instruction ("Kam het haar", "Koop liever niets") is no child's name. Beside each class a near
miss that is still found. The sentences are new ones, not the set's own."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_the_schools_numbered_teams_in_a_tournament_table_are_quiet(check):
    post = ("# Korfbaltoernooi\n\n"
            "| team | groep | resultaat |\n"
            "| --- | --- | --- |\n"
            "| Lindehof 1 | groep 7/8 | kampioen |\n"
            "| Lindehof 2 | groep 5/6 | tweede |\n\n"
            "Lindehof 3 speelde in de poule tegen De Regenboog.\n")
    result = check("toernooi.md", post)
    assert result.exit_code == 0, result.output
    assert "A2-" not in result.output, result.output


def test_a_home_address_in_a_tournament_post_is_still_found(check):
    post = ("# Korfbaltoernooi\n\n"
            "Het team verzamelt zaterdag bij de familie van Daan, Kerkstraat 4.\n"
            "Een oud-leerling woont nu aan de Lindehof 12.\n")
    result = check("toernooi.md", post)
    assert reported_at(result, "toernooi.md", post, "Kerkstraat 4", rule="A2-ADRES"), result.output
    assert reported_at(result, "toernooi.md", post, "Lindehof 12", rule="A2-ADRES"), result.output


def test_the_schools_name_with_a_number_outside_a_post_about_teams_is_still_an_address(check):
    post = "Het pakketje voor meester Tim kwam aan op Lindehof 3.\n"
    result = check("bericht.md", post)
    assert reported_at(result, "bericht.md", post, "Lindehof 3", rule="A2-ADRES"), result.output


def test_a_verb_opening_an_instruction_is_quiet(check):
    post = ("Wat kunt u doen?\n\n"
            "- Kam het haar van uw kind elke dag met een luizenkam.\n"
            "- Koop liever niets nieuws; oude dozen zijn prima.\n")
    result = check("brief.txt", post)
    assert result.exit_code == 0, result.output
    assert "A2-NAAM" not in result.output, result.output


def test_a_child_who_does_the_same_is_still_found(check):
    post = ("- Kim kamt het haar van haar pop.\n"
            "- Koop en Mees kochten samen een cadeau.\n"
            "Kim de Vries bracht een surprise mee.\n")
    result = check("brief.txt", post)
    assert reported_at(result, "brief.txt", post, "Kim"), result.output
    assert reported_at(result, "brief.txt", post, "Koop"), result.output
    assert reported_at(result, "brief.txt", post, "Kim de Vries"), result.output


def test_a_diarys_friend_a_films_boy_a_feast_and_a_hymn_are_quiet(check):
    post = ("In Het Achterhuis schreef Anne Frank haar brieven aan Kitty.\n"
            "In De Gorgels helpt een Gorgel de jongen Mo tegen de Brutelaars.\n"
            "Aan het eind van de ramadan wensen we iedereen Eid Mubarak!\n"
            "Groep 5 zingt het lied *Sterre der zee*.\n")
    result = check("les.md", post)
    assert result.exit_code == 0, result.output
    assert "A2-NAAM" not in result.output, result.output


def test_children_with_those_names_are_still_found(check):
    post = ("Kitty en Mo uit groep 4 hebben de schoolkrant gemaakt.\n"
            "Sterre zong het eerste lied van de kerstviering.\n")
    result = check("nieuws.md", post)
    assert reported_at(result, "nieuws.md", post, "Kitty"), result.output
    assert reported_at(result, "nieuws.md", post, "Mo"), result.output
    assert reported_at(result, "nieuws.md", post, "Sterre"), result.output


def test_the_town_a_firm_comes_from_is_no_warning(check):
    post = "Op dinsdag komt Fotostudio Zonnestraal uit Raalte de schoolfoto's maken.\n"
    result = check("nieuws.md", post)
    assert "A2-PLAATS" not in result.output, result.output


def test_the_town_a_person_comes_from_is_still_a_warning(check):
    post = ("De fotograaf komt uit Raalte.\n"
            "Volgende week komt juf Kim Smit uit Wijhe.\n")
    result = check("nieuws.md", post)
    assert reported_at(result, "nieuws.md", post, "Raalte", rule="A2-PLAATS", severity="warning"), result.output
    assert reported_at(result, "nieuws.md", post, "Wijhe", rule="A2-PLAATS", severity="warning"), result.output


def test_a_word_joined_to_a_lower_case_tail_is_quiet(check):
    post = "Zwart-witfoto van het schoolgebouw in 1958, met een fietsenrek ervoor.\n"
    result = check("geschiedenis.md", post)
    assert "A2-NAAM" not in result.output, result.output


def test_a_hyphenated_first_name_is_still_found(check):
    post = "Sanne-Roos en Daan-Jan maakten de foto van het schoolgebouw.\n"
    result = check("geschiedenis.md", post)
    assert reported_at(result, "geschiedenis.md", post, "Sanne-Roos"), result.output
    assert reported_at(result, "geschiedenis.md", post, "Daan-Jan"), result.output


def test_a_town_naming_a_firm_after_van_de_is_quiet(check):
    post = "Vroeger kwam de melk in flesjes van de Deventer melkfabriek.\n"
    result = check("geschiedenis.md", post)
    assert "A2-NAAM" not in result.output, result.output
    assert "A2-PLAATS" not in result.output, result.output


def test_a_surname_with_van_de_and_a_home_in_a_towns_quarter_are_still_found(check):
    post = ("De tekening is van de Vries.\n"
            "Sanne woont in de Deventer wijk Colmschate.\n")
    result = check("nieuws.md", post)
    assert reported_at(result, "nieuws.md", post, "van de Vries"), result.output
    assert reported_at(result, "nieuws.md", post, "Deventer", rule="A2-PLAATS", severity="warning"), result.output
