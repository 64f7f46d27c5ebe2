"""What the blind set of ordinary posts (tests/data/school-posts-quiet, odd half) showed, as a user sees it
from `screener check`: persons of a history lesson, characters of a story, a quiz's answer options, rivers,
epithets and firms, words in a list of words, a plural heading, a saint, a stall of a fair and a charity's
account are no personal data. Beside each class a near miss that is still found. The sentences are new ones
for each class, not the set's own."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["Dr. Lindenlaan 4", "7411 AB Deventer", "info@obsdeklimop.nl"]
"""


def test_persons_of_a_history_lesson_are_quiet(check):
    post = ("# De Gouden Eeuw\n\n"
            "- In 1672 werden Johan de Witt en zijn broer Cornelis in Den Haag vermoord.\n"
            "- Koning Lodewijk XIV van Frankrijk viel ons land aan; de prins van Oranje verdedigde het.\n"
            "- Graaf Floris was in de dertiende eeuw de baas over Holland.\n"
            "- Jacob werd in 1606 geboren in Leiden en schilderde later in Amsterdam.\n")
    result = check("geschiedenis.md", post)
    assert result.exit_code == 0, result.output
    assert "A2-" not in result.output, result.output


def test_a_pupil_on_a_history_line_and_a_birthplace_today_are_still_found(check):
    post = ("In 1672 was het rampjaar; Daan Visser (groep 6) maakte er een strip over.\n"
            "Sanne werd geboren in Leiden.\n"
            "Sinds 1928 woont Karel Bakker in dit huis.\n")
    result = check("geschiedenis.md", post)
    assert reported_at(result, "geschiedenis.md", post, "Daan Visser"), result.output
    assert reported_at(result, "geschiedenis.md", post, "Leiden", rule="A2-PLAATS", severity="warning"), result.output
    assert reported_at(result, "geschiedenis.md", post, "Karel Bakker"), result.output


def test_characters_of_a_story_are_quiet_also_where_the_title_names_them_again(check):
    post = ("Boek van de maand: Wolkewietje en de toren van Brammeloth\n\n"
            "Het boek gaat over Wolkewietje, die met haar oma in het dorp Sprokkelveen woont.\n"
            "In dit deel wil een heks de toren van Brammeloth afbreken. In het verhaal helpt de uil Knoert.\n")
    result = check("recensie.txt", post)
    assert result.exit_code == 0, result.output


def test_a_child_beside_a_story_is_still_found(check):
    post = ("Er was een draak, net als in het boek. Milan durfde eerst niet te kijken.\n"
            "Het boek gaat over een draak. Fenna en Daan lazen het samen voor.\n")
    result = check("voorlezen.txt", post)
    assert reported_at(result, "voorlezen.txt", post, "Milan"), result.output
    assert reported_at(result, "voorlezen.txt", post, "Fenna"), result.output


def test_answer_options_to_a_question_about_a_thing_are_quiet(check):
    post = ("3. Hoe heet de hond van Kuifje?\n"
            "   a) Bobbie  b) Kees  c) Lotje\n"
            "4. Welke rivier stroomt door Nijmegen?\n"
            "   a) de Waal  b) de Lek  c) de Maas\n")
    result = check("quiz.txt", post)
    assert result.exit_code == 0, result.output


def test_answer_options_to_a_question_who_are_still_found(check):
    post = ("5. Wie won de voorleeswedstrijd?\n"
            "   a) Sanne  b) Daan  c) Noor\n"
            "Lotte de Waal (groep 3) maakte de quiz.\n")
    result = check("quiz.txt", post)
    assert reported_at(result, "quiz.txt", post, "Sanne"), result.output
    assert reported_at(result, "quiz.txt", post, "Lotte de Waal"), result.output


def test_epithets_firms_and_a_name_after_het_or_een_are_quiet(check):
    post = ("Het springkussen is van Verhuur De Blije Kikvors. Het bord bij de ingang noemt de Zwijgende Bakker.\n"
            "We zongen het Wilhelmus. In de vaas stond een Roos van de week.\n"
            "Aannemer Dura legt het nieuwe plein aan. Dank aan Groenhorst en de Jumbo voor het fruit.\n"
            "De scouting Sint Bavo bouwde een touwbrug.\n")
    result = check("markt.md", post)
    assert result.exit_code == 0, result.output


def test_a_person_with_a_name_like_a_firm_is_still_found(check):
    post = ("Roos mocht als eerste het lint doorknippen.\n"
            "Ook Sanne Dura kwam helpen.\n"
            "De Sint gaf Sanne een cadeau.\n")
    result = check("markt.md", post)
    assert reported_at(result, "markt.md", post, "Roos"), result.output
    assert reported_at(result, "markt.md", post, "Sanne Dura"), result.output
    assert reported_at(result, "markt.md", post, "Sanne een"), result.output


def test_words_in_a_list_of_words_and_a_plural_heading_are_quiet(check):
    post = ("## Bakkers en slagers\n\n"
            "Kies een naam voor de klassenplant. Zon, Roos of Regen: stem maar.\n"
            "Merel, vink, mus: de kinderen herkenden ze allemaal.\n")
    result = check("natuur.md", post)
    assert result.exit_code == 0, result.output


def test_children_in_a_list_and_a_surname_with_his_son_are_still_found(check):
    post = ("Roos, Jade en Storm gingen mee naar het bos.\n"
            "Merel, papa en ik zagen een vos.\n"
            "Vogels en zijn zoon kwamen kijken.\n")
    result = check("natuur.md", post)
    assert reported_at(result, "natuur.md", post, "Roos"), result.output
    assert reported_at(result, "natuur.md", post, "Merel"), result.output
    assert reported_at(result, "natuur.md", post, "Vogels"), result.output


def test_a_stall_of_a_class_is_quiet_but_a_child_of_a_class_is_found(check):
    post = ("- **Viskraam** van groep 7: haring en kibbeling.\n"
            "- **Xylana** van groep 7 verkoopt de loten.\n")
    result = check("jaarmarkt.md", post)
    assert "jaarmarkt.md:1:" not in result.output, result.output
    assert "jaarmarkt.md:2:" in result.output and "A2-NAAM" in result.output, result.output


def test_a_charitys_account_is_info_but_a_persons_account_is_an_error(check):
    post = ("Doneren kan op NL20 TRIO 4480 5796 40 t.n.v. Stichting Kinderhulp Salland.\n"
            "Het cadeau voor de juf: NL63 INGB 4356 5242 87 t.n.v. J. de Boer.\n")
    result = check("sponsorloop.md", post, "--min-severity", "info")
    assert reported_at(result, "sponsorloop.md", post, "NL20", rule="A2-IBAN", severity="info"), result.output
    assert reported_at(result, "sponsorloop.md", post, "NL63", rule="A2-IBAN", severity="error"), result.output


def test_people_of_the_achterhuis_scripture_and_a_professional_match_are_quiet(check):
    post = ("In het museum zagen we waar Anne van 1942 tot 1944 ondergedoken zat. Later schreef Anne in haar\n"
            "dagboek over de oorlog.\n\n"
            "Noach en Jona zijn profeten in de Bijbel en in de Koran.\n\n"
            "PEC Zwolle won met 3-1 van Vitesse. Daan Hoekstra scoorde twee keer en keeper Ruud Beltman hield\n"
            "een penalty tegen. Hoekstra kreeg na afloop een bos bloemen.\n")
    result = check("zaterdag.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_telling_of_the_koran_and_a_school_teams_scorer_are_still_found(check):
    post = ("Ibrahim vertelde in de kring over de profeten in de Koran.\n"
            "In de finale tegen De Zevensprong werd het 2-1; Lotte Bakker scoorde de winnende goal.\n")
    result = check("kring.md", post)
    assert reported_at(result, "kring.md", post, "Ibrahim"), result.output
    assert reported_at(result, "kring.md", post, "Lotte Bakker"), result.output


def test_a_firms_service_mailbox_and_a_public_bodys_phone_are_quiet(check):
    post = ("Bestellen kan via klantenservice@fotostudiolinde.nl.\n"
            "Vragen over hoofdluis? De GGD helpt ook: 0570 - 63 00 00.\n")
    result = check("fotodag.md", post)
    assert result.exit_code == 0, result.output


def test_a_persons_mailbox_and_a_mobile_number_after_the_ggd_are_still_found(check):
    post = ("Bestellen kan via l.dewit@fotostudiolinde.nl.\n"
            "Vragen over hoofdluis? De GGD helpt ook, of bel mij: 06 1234 5678.\n")
    result = check("fotodag.md", post)
    assert reported_at(result, "fotodag.md", post, "l.dewit", rule="A2-EMAIL"), result.output
    assert reported_at(result, "fotodag.md", post, "06 1234", rule="A2-TELEFOON"), result.output


def test_a_child_playing_a_princess_in_the_musical_is_still_found(check):
    post = "In de musical van groep 8 speelt prinses Fleur de hoofdrol; koning Xander zingt het slotlied.\n"
    result = check("musical.md", post)
    assert reported_at(result, "musical.md", post, "Fleur"), result.output
    assert reported_at(result, "musical.md", post, "Xander"), result.output
