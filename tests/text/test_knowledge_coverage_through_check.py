"""The knowledge lists filled by category, not by case (issue 14, session 12), as a user sees them from
`screener check`: a made-up post about each category (children's books, television, games and music;
history and faith; sport; brands and shops; places) exits 0, and a pupil who carries a first name of that
category is still found where the post says it is a pupil. The posts are written for these tests."""

from __future__ import annotations

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""


def _at(result, name: str, text: str, needle: str, line: int = 1) -> bool:
    col = text.splitlines()[line - 1].index(needle) + 1
    return f"{name}:{line}:{col}: error A2-NAAM" in result.output


def test_a_reading_corner_with_picture_books_series_games_and_youtubers_exits_0(check):
    post = ("In de leeshoek van groep 2 liggen Fien en Milo, Kikker en Pad en Raad eens hoeveel ik van je hou.\n"
            "Groep 6 leest Tom Gates en Warrior Cats; Vuurhart is de favoriet, daarna Keeper van de verloren steden.\n"
            "Op het plein ruilen ze kaarten van Piplup, Rayquaza en Umbreon, en praten ze over Hyrule en Ganondorf.\n"
            "Thuis kijken ze naar Mascha Feoktistova en Defano Holwijn, en op Zapp naar Sipke Jan Bousema.\n"
            "Op de bonte avond zongen we K3: Hanne, Marthe en Julia kwamen als poster mee.\n")
    result = check("leeshoek.md", post)
    assert result.exit_code == 0, result.output


def test_pupils_called_like_characters_and_singers_are_found_where_the_post_says_they_are_pupils(check):
    post = ("Milo (groep 2) las voor uit Fien en Milo.\n"
            "Julia uit groep 7 zong het liedje van K3 helemaal alleen.\n")
    result = check("klas.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Milo", 1), ("Julia", 2)):
        assert _at(result, "klas.md", post, needle, line=line), result.output


def test_pupils_called_like_characters_and_singers_are_found_in_a_post_that_names_none_of_their_titles(check):
    post = "Fien en Hanne hebben samen de poster gemaakt, en Midas en Zelda hielpen met plakken.\n"
    result = check("poster.md", post)
    assert result.exit_code == 1, result.output
    for needle in ("Fien", "Hanne", "Midas", "Zelda"):
        assert _at(result, "poster.md", post, needle), result.output


def test_a_history_and_art_lesson_on_the_canon_seafarers_painters_and_scientists_exits_0(check):
    post = ("Bij geschiedenis ging het over Trijntje, Hebban olla vogala en het Kinderwetje van Van Houten.\n"
            "Groep 7 maakte een tijdlijn met Amalia van Solms, Louise de Coligny, Dirck Hartog en Antonie van Diemen.\n"
            "In het museum zagen we werk van Hans Memling, Gerard Dou en Thérèse Schwartze, en Rembrandt met Saskia.\n"
            "Bij techniek kwamen Eratosthenes, Willebrord Snellius en de Strandbeesten van Daan Roosegaarde aan bod.\n")
    result = check("tijdlijn.md", post)
    assert result.exit_code == 0, result.output


def test_pupils_called_like_figures_of_history_and_art_are_found_beside_school_context_or_without_their_story(check):
    post = ("Saskia (groep 6) heeft de tekening van de Nachtwacht gemaakt.\n"
            "Mabel en Pepijn hebben vandaag de kring geleid, en Pascal las voor.\n")
    result = check("kring.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Saskia", 1), ("Mabel", 2), ("Pepijn", 2), ("Pascal", 2)):
        assert _at(result, "kring.md", post, needle, line=line), result.output


def test_a_sports_day_post_with_clubs_olympians_and_formula_one_exits_0(check):
    post = ("Op de sportdag droegen veel kinderen een shirt van SC Cambuur, Chelsea of Arsenal, en van de Oranjeleeuwinnen.\n"
            "Olympisch kampioen Joep Wennemars en Nouchka Fontijn zijn hun helden, net als Anna van der Breggen.\n"
            "In de Formule 1-hoek hingen posters van Mercedes, Ferrari en Red Bull; de hockeyers zijn fan van Pinoké.\n")
    result = check("sportdag.md", post)
    assert result.exit_code == 0, result.output


def test_pupils_called_like_athletes_are_found_beside_school_context_or_without_their_sport(check):
    post = ("Memphis (groep 8) scoorde twee keer bij het schoolvoetbal.\n"
            "Chelsea en Teun hebben de ranja uitgedeeld.\n")
    result = check("voetbal.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Memphis", 1), ("Chelsea", 2), ("Teun", 2)):
        assert _at(result, "voetbal.md", post, needle, line=line), result.output


def test_a_thank_you_post_to_shops_banks_and_firms_exits_0(check):
    post = ("De fruitbakjes voor het schoolontbijt kwamen van Picnic en de prijzen van Toychamp en Smiggle.\n"
            "Het schoolfeest werd gesponsord door Rabobank, Interpolis en Menzis; Tubantia schreef erover.\n"
            "De bakfiets van Babboe en de fietsen van VanMoof staan in de schuur; we reisden met Flixbus en Breng.\n")
    result = check("bedankt.md", post)
    assert result.exit_code == 0, result.output


def test_a_parent_whose_surname_is_a_brand_and_a_pupil_whose_first_name_is_one_are_found(check):
    post = ("Sanne Kwekkeboom en Daan Milner hebben de kraam van de rommelmarkt opgebouwd.\n"
            "Heinz (groep 5) bracht de limonade mee.\n")
    result = check("rommelmarkt.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Sanne Kwekkeboom", 1), ("Daan Milner", 1), ("Heinz", 2)):
        assert _at(result, "rommelmarkt.md", post, needle, line=line), result.output


def test_a_geography_and_excursion_post_with_world_places_museums_and_care_organisations_exits_0(check):
    post = ("Bij aardrijkskunde zochten we de Serengeti, de Okavangodelta, Uluru en het Baikalmeer op in de atlas.\n"
            "Groep 8 gaat naar het Allard Pierson en naar NEMO; de bus stopt bij het Polman Stadion.\n"
            "Dank aan Kentalis, Visio en Accare voor de gastles, en aan Twence en Cogas voor het lespakket.\n")
    result = check("atlas.md", post)
    assert result.exit_code == 0, result.output


def test_pupils_called_like_a_place_are_found_in_a_geography_post(check):
    post = ("Petra en Santiago zochten de Akropolis en Krakau op in de atlas.\n"
            "Odessa (groep 4) heeft de kaart ingekleurd.\n")
    result = check("kaart.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Petra", 1), ("Santiago", 1), ("Odessa", 2)):
        assert _at(result, "kaart.md", post, needle, line=line), result.output


def test_a_feast_post_with_pieten_reindeer_halloween_figures_folk_tales_and_famous_animals_exits_0(check):
    post = ("In het Sinterklaasjournaal zagen we de Danspiet en de Klimpiet; daarna kwamen Dasher, Prancer en Vixen.\n"
            "Met Halloween liep groep 6 als Dracula en Count Olaf; de kleuters speelden Jan Klaassen en Katrijn.\n"
            "We lazen over Scheherazade, Mulla Nasruddin en Rikki-Tikki-Tavi, en over de ijsbeer Flocke en Paul the Octopus.\n"
            "In de poppenkast speelden Kermit en Fozzie Beer; bij Kuifje hoort Milou.\n")
    result = check("feest.md", post)
    assert result.exit_code == 0, result.output


def test_pupils_called_like_feast_figures_and_animals_are_found_beside_school_context_or_without_their_story(check):
    post = ("Casper (groep 3) verkleedde zich als spook.\n"
            "Milou en Dolly hebben de pompoenen uitgehold.\n")
    result = check("halloween.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Casper", 1), ("Milou", 2), ("Dolly", 2)):
        assert _at(result, "halloween.md", post, needle, line=line), result.output


def test_a_weekly_plan_with_civil_rights_figures_coding_robots_a_puppet_and_a_river_cruise_exits_0(check):
    post = ("Deze week lezen we Ik ben Ruby Bridges en praten we over Claudette Colvin en Thurgood Marshall.\n"
            "Bij techniek programmeren we de Bee-Bot en Lego Spike; in de Week van de Lentekriebels werken we met Kriebels in je buik.\n"
            "De kleuters zongen met Pompom uit Schatkist. Onze meester vaart na zijn pensioen over de Donau van Passau naar Wenen.\n"
            "Op het schoolfeest draaiden we Frank Boeijen en Ruth Jacott.\n")
    result = check("weektaak.md", post)
    assert result.exit_code == 0, result.output


def test_pupils_called_like_a_civil_rights_figure_or_a_puppet_are_found(check):
    post = ("Ruby (groep 5) hield een spreekbeurt over Ruby Bridges.\n"
            "Maya en Beer hebben de planten water gegeven.\n")
    result = check("spreekbeurt.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Ruby", 1), ("Maya", 2), ("Beer", 2)):
        assert _at(result, "spreekbeurt.md", post, needle, line=line), result.output
