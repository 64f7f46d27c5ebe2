"""Ordinary posts of kinds no development set has (a sponsor board, a garden plan, a concert programme, a class
overview's print line, a Discord server's rules, a local paper's piece) name nobody, as a user sees it from
`screener check`: a shop's branch named after its owner ("Plus Lubbers"), a numbered label opening a line ("Bak 1 –
groenten"), a separable verb's participle ("Afgedrukt op:"), a role the text calls one ("je rol @Coder"), a building
or a plant's variety after its kind ("Theehuis Ter Hunnepe", "radijs Cherry Belle"), a work and its listed maker on a
programme's line, the groups that perform it ("Händel (groep 7 en 8)"), an alderman by office and name. A child's
name in the same places is still found. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_shops_branch_named_after_its_owner_is_no_person(check):
    post = ("Dank aan de sponsors van het schoolvoetbaltoernooi!\n\n"
            "Prijzen en materiaal\n"
            "Intersport Van der Wal (de medailles)\n"
            "Plus Lubbers (fruit en water)\n\n"
            "Ook Jumbo Hofstede deed een bijdrage voor de loterij.\n")
    result = check("sponsors.txt", post)
    assert result.exit_code == 0, result.output


def test_a_child_right_after_a_shops_name_is_still_found(check):
    post = "Bij de kraam van Jumbo stond Intersport Sem Lubbers te helpen.\n"
    result = check("markt.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "markt.txt", post, "Sem Lubbers"), result.output


def test_a_numbered_label_and_a_separable_participle_opening_a_line_are_no_names(check):
    post = ("# Moestuin groep 5\n\n"
            "**Bak 1 – groenten**\nSla en radijs.\n\n"
            "**Bak 2 – kruiden**\nMunt en bieslook.\n\n"
            "Bijgewerkt op: 12-03 door: administratie\n")
    result = check("moestuin.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_opening_a_numbered_line_or_after_a_participle_is_still_found(check):
    post = "Uitslag pannenkoekenrace\n\nFenna 2 – Daan 1\n\nOpgehaald door: Sem Visser\n"
    result = check("uitslag.txt", post)
    for name in ("Fenna", "Daan", "Sem Visser"):
        assert reported_at(result, "uitslag.txt", post, name), result.output


def test_a_mention_the_text_calls_a_role_is_no_account(check):
    post = ("Regels van de Discord-server van de codeerclub\n\n"
            "1. Schelden of pesten = je rol @Bouwer kwijt voor een week.\n"
            "2. Ouders kunnen meekijken: vraag het de begeleiders, dan krijgt je ouder de rol @Meekijker.\n"
            "3. De rollen @Ontwerper en @Tester krijg je na je eerste project.\n")
    result = check("discord.txt", post)
    assert result.exit_code == 0, result.output


def test_a_childs_handle_or_first_name_after_the_word_role_is_still_found(check):
    post = "Wie de rol @Roos heeft, stuurt @sem_2015 en de rol @lotte.tekent een bericht.\n"
    result = check("discord.txt", post)
    for handle in ("@sem_2015", "@lotte.tekent"):
        assert reported_at(result, "discord.txt", post, handle, rule="A2-ACCOUNT"), result.output
    # "@" before a first name the lists know mentions that person: reported as her name
    assert reported_at(result, "discord.txt", post, "Roos", rule="A2-NAAM"), result.output


def test_a_building_or_a_plants_variety_after_its_kind_is_no_person(check):
    post = ("# Plantplan en wandeling\n\n"
            "We planten tomaat Moneymaker, radijs Cherry Belle en lavendel Hidcote.\n"
            "Zonnebloem Teddy Bear komt langs het hek; de peer komt van Tuincentrum Overvecht.\n"
            "Daarna wandelen we naar vuurtoren Bornrif en drinken limonade bij Theehuis Ter Hunnepe.\n")
    result = check("tuin.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_after_a_building_or_a_fruit_is_still_found(check):
    post = ("In het clubhuis Daan en Sem speelden we een spel.\n"
            "Roos Bakker plantte een tulp, Kers Visser een appel.\n")
    result = check("tuin.md", post)
    for name in ("Daan", "Sem", "Roos Bakker", "Kers Visser"):
        assert reported_at(result, "tuin.md", post, name), result.output


def test_a_programmes_works_their_makers_and_the_groups_that_perform_them_name_nobody(check):
    post = ("Programma kerstconcert\n\n"
            "1. Jesu, Joy of Man's Desiring – Johann Sebastian Bach\n"
            "2. Het Hallelujah uit de Messiah – Georg Friedrich Händel (groep 7 en 8)\n\n"
            'Daarna speelt het schoolorkest "Het is een nacht" van Guus Meeuwis en "Zwart wit" van Frank Boeijen.\n')
    result = check("concert.txt", post)
    assert result.exit_code == 0, result.output


def test_a_child_on_a_programmes_line_or_after_a_songs_maker_is_still_found(check):
    post = ("Wie leest wat?\n\n"
            "- Lotte – Annie M.G. Schmidt\n"
            "- Thea Beckman (groep 7) – Roald Dahl\n\n"
            'We zingen "Het is een nacht" van Guus Meeuwis. Daarna een gedicht van Sanne Visser.\n')
    result = check("lezen.txt", post)
    for name in ("Lotte", "Thea Beckman", "Sanne Visser"):
        assert reported_at(result, "lezen.txt", post, name), result.output


def test_an_alderman_named_by_office_in_a_local_paper_is_no_private_person(check):
    post = ("Schoolplein wordt groen\n\nDat maakte wethouder Ellen Jansen (onderwijs) donderdag bekend. "
            "De school krijgt subsidie.\n")
    result = check("krant.txt", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_council_alderman_with_a_group_is_still_found(check):
    post = "Op de kinderraad werd wethouder Sem Bakker (groep 8) gekozen.\n"
    result = check("kinderraad.txt", post)
    assert reported_at(result, "kinderraad.txt", post, "wethouder Sem Bakker"), result.output


def test_a_shop_after_its_kind_on_a_web_pages_wrapped_line_is_no_person(check):
    post = ("<html><body><main>\n  <p>Fietsen met goede lampen krijgen een sticker. Fietsenwinkel\n"
            "  Bike Totaal Kampman uit Colmschate repareert die ochtend kleine mankementen gratis.</p>\n"
            "</main></body></html>\n")
    result = check("fietsplan.html", post)
    assert result.exit_code == 0, result.output


def test_a_child_after_a_shop_on_a_web_pages_wrapped_line_is_still_found(check):
    post = ("<html><body><main>\n  <p>Wie helpt er mee in de fietsenwinkel? Dat doet\n"
            "  Sem Kampman uit groep 7, samen met zijn vader.</p>\n</main></body></html>\n")
    result = check("fietsplan.html", post)
    assert reported_at(result, "fietsplan.html", post, "Sem Kampman"), result.output


def test_an_animals_hyphenated_name_after_the_animal_is_no_person(check):
    post = "Opdracht geschiedenis: maak een strip over Karel de Grote en zijn olifant Abul-Abbas.\n"
    result = check("weektaak.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_with_a_hyphenated_name_beside_an_animal_is_still_found(check):
    post = "Onze kat Mies is oud. Sem-Jan uit groep 4 geeft haar eten.\n"
    result = check("klas.md", post)
    assert reported_at(result, "klas.md", post, "Sem-Jan"), result.output


def test_the_streets_of_a_route_after_via_are_no_persons(check):
    post = ("Route dag 2\n\n"
            "1. Terug via de Pothoofd en de Brink naar de finish.\n"
            "2. We fietsen via de Snipperlingsdijk, de Brink en de Welle naar school.\n")
    result = check("route.txt", post)
    assert result.exit_code == 0, result.output


def test_a_person_after_a_route_or_with_via_is_still_found(check):
    post = ("We liepen via de Brink naar school, samen met Fenna en de Jong uit groep 8.\n"
            "Via Sem Bakker en de Vries kregen we de bal.\n")
    result = check("route.txt", post)
    for name in ("Fenna", "de Jong", "Sem Bakker", "de Vries"):
        assert reported_at(result, "route.txt", post, name), result.output


def test_an_event_named_before_its_english_kind_is_no_person(check):
    post = ("Meer lessen volgen in oktober, tijdens de Black Achievement Month.\n"
            "Op World Book Day lezen alle groepen voor.\n")
    result = check("keti-koti.txt", post)
    assert result.exit_code == 0, result.output


def test_a_child_before_an_english_event_word_is_still_found(check):
    post = "De winnaar van de Lezers Challenge is Noor Visser (groep 5) en Sem Day kreeg een prijs.\n"
    result = check("lezen.txt", post)
    for name in ("Noor Visser", "Sem Day"):
        assert reported_at(result, "lezen.txt", post, name), result.output
