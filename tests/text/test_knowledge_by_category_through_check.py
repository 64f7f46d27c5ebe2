"""The knowledge a reader has, by category (screener/text/data/: living_figures.txt, stories_and_media.txt,
history.txt, scripture_and_myths.txt, organisations.txt, methods_and_apps.txt, places_world.txt and the
rest), as a user sees it from `screener check`: a post naming talkshow hosts, actors, series, bible stories,
historical figures, national funds and firms, apps and Dutch regions exits 0, and a child who shares a
first name with a listed figure is still found where the post gives the figure no support. The posts are
written for these tests (other members of each category than the evaluation sets name)."""

from __future__ import annotations

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""


def _names(result, name: str) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith(f"{name}:") and "A2-NAAM" in line]


def _at(result, name: str, text: str, needle: str, line: int = 1) -> bool:
    col = text.splitlines()[line - 1].index(needle) + 1
    return f"{name}:{line}:{col}: error A2-NAAM" in result.output


def test_a_post_about_a_talkshow_actors_and_old_series_exits_0(check):
    post = ("Groep 8 maakte een talkshow met een tafel vol gasten, net als bij Renze Klamer en Humberto Tan.\n"
            "In de film speelden Huub Stapel en Carice van Houten; daarna keken we een stukje MacGyver\n"
            "en Baywatch, de series van toen de juf klein was.\n")
    result = check("talkshow.md", post)
    assert result.exit_code == 0, result.output


def test_bible_stories_with_the_lessons_method_and_a_school_trip_by_a_bus_firm_exit_0(check):
    post = ("Bij godsdienstles lazen we uit de kinderbijbel over Abraham, Jozua en Salomo.\n"
            "Vrijdag gaan we met de bus van Arriva naar het Openluchtmuseum; Keolis rijdt de tweede bus.\n"
            "Dank aan GGD Twente en Veiligheidsregio Gelderland-Zuid voor de gastles, en aan Natuurmonumenten\n"
            "en het Nibud voor de lespakketten. De weg wordt opnieuw bestraat door Heijmans.\n")
    result = check("week.md", post)
    assert result.exit_code == 0, result.output


def test_figures_of_history_training_characters_and_the_zodiac_race_exit_0(check):
    post = ("Bij geschiedenis ging het over Geert Grote en Thomas a Kempis, en over koningin Victoria.\n"
            "Met de Kanjertraining oefenden we de witte pet van de Tijger en de rode pet van de Aap.\n"
            "Op Chinees Nieuwjaar vertelden we hoe de Jadekeizer de race hield: de Draak kwam na het Konijn.\n"
            "De uitvinder Edison maakte de gloeilamp; Melle en Mop uit De Gorgels keken mee.\n")
    result = check("geschiedenis.md", post)
    assert result.exit_code == 0, result.output


def test_apps_for_the_night_sky_and_chess_and_a_trip_to_a_dutch_region_exit_0(check):
    post = ("Thuis kun je met Stellarium of SkyView de sterren zoeken, en schaken met Lichess of ChessKid.\n"
            "De musical komt van Musicalweb. Groep 6 gaat naar de Biesbosch en groep 7 naar de Sallandse Heuvelrug.\n"
            "In de bieb staan de boeken van Brad Meltzer en Mama Mia van Harmen van Straaten.\n"
            "Voor natuur en techniek werken we met Naut. Groep 7 zocht Thimphu en Ulaanbaatar op de kaart.\n")
    result = check("apps.md", post)
    assert result.exit_code == 0, result.output


def test_a_dutch_city_by_its_everyday_name_is_no_persons_name(check):
    post = "Het schoolvoetbaltoernooi is dit jaar in Den Bosch; we vertrekken om 8.00 uur.\n"
    result = check("toernooi.md", post)
    assert not _names(result, "toernooi.md"), result.output


def test_children_called_like_figures_are_found_where_the_post_names_no_figure_of_theirs(check):
    post = ("Ruth en Abraham hebben samen de tekening gemaakt.\n"
            "Beau heeft de presentatie gedaan en Melle las voor.\n")
    result = check("klas.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Ruth", 1), ("Abraham", 1), ("Beau", 2), ("Melle", 2)):
        assert _at(result, "klas.md", post, needle, line=line), result.output


def test_a_child_called_like_a_talkshow_host_is_found_beside_school_context_in_a_talkshow_post(check):
    post = "Onze talkshow werd gepresenteerd door Beau (groep 8), die het heel goed deed.\n"
    result = check("talkshow.md", post)
    assert _at(result, "talkshow.md", post, "Beau"), result.output


def test_a_pupil_presenting_the_class_talkshow_is_found_although_a_talkshow_host_has_that_first_name(check):
    post = "Groep 8 had vrijdag een talkshow met Beau als presentator.\n"
    result = check("talkshow.md", post)
    assert result.exit_code == 1, result.output
    assert _at(result, "talkshow.md", post, "Beau"), result.output


def test_a_father_whose_name_is_a_figures_common_full_name_is_found_without_the_figures_story(check):
    post = "Jan de Bakker, de vader van een van onze leerlingen, komt woensdag helpen met de kerstversiering.\n"
    result = check("hulp.md", post)
    assert result.exit_code == 1, result.output
    assert _at(result, "hulp.md", post, "Jan de Bakker"), result.output


def test_a_minister_in_parliament_singers_by_stage_name_and_playground_games_exit_0(check):
    post = ("In de Eerste Kamer sprak minister Bussemaker over de basisschool; in de Tweede Kamer minister Paul.\n"
            "Op het schoolfeest draaiden we Froukje, Maan en Suzan en Freek.\n"
            "In de gymzaal speelden we Annemaria Koekkoek en Levend Stratego, en bij geschiedenis over de Inca's en de Maya's.\n")
    result = check("feest.md", post)
    assert result.exit_code == 0, result.output


def test_a_parent_whose_full_name_is_a_frequent_one_shared_with_a_minister_is_found(check):
    post = "Sander Dekker heeft als vader van Tijn de fietsen van de klas nagekeken.\n"
    result = check("fietsen.md", post)
    assert _at(result, "fietsen.md", post, "Sander Dekker"), result.output


def test_a_child_called_like_a_people_of_history_is_found_in_the_genitive(check):
    post = "Maya's verjaardag vierden we in de kring, en Wende zong een lied.\n"
    result = check("kring.md", post)
    assert _at(result, "kring.md", post, "Maya"), result.output
    assert _at(result, "kring.md", post, "Wende"), result.output


def test_the_pioneers_a_school_is_named_after_and_the_princes_of_the_revolt_exit_0(check):
    post = ("Onze school werkt volgens Peter Petersen en Helen Parkhurst; ook Rudolf Steiner en Janusz Korczak kwamen aan bod.\n"
            "Groep 7 maakte een strip over Willem van Oranje en Maurits, en programmeerde met Codeplek.\n")
    result = check("concept.md", post)
    assert result.exit_code == 0, result.output


def test_a_reading_list_with_the_famous_five_a_scratch_lesson_and_lice_shampoo_exits_0(check):
    post = ("Deze week in de leesclub: Anne, Dick, Julian, George en hond Timmy in *De Vijf* van Enid Blyton.\n"
            "Bij de programmeerles laat Pico in Scratch de ballen van Gobo vallen.\n"
            "Bij luizen helpt een middel als Paranix of Xeno; met het Suikerfeest (Ramazan Bayramı) zijn we vrij.\n")
    result = check("leesclub.md", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_called_like_a_famous_five_character_is_found_beside_school_context(check):
    post = "Julian (groep 6) las dit jaar de meeste boeken van De Vijf.\n"
    result = check("lezen.md", post)
    assert _at(result, "lezen.md", post, "Julian"), result.output
