"""The lists of general knowledge (screener/text/data/history.txt, arts_and_science.txt,
scripture_and_myths.txt, stories_and_media.txt, living_figures.txt, space.txt, youth_books.txt,
music.txt, feasts_and_faiths.txt, sport.txt, famous_animals.txt, and the brand-like
things_named_after_people.txt, brands.txt, methods_and_apps.txt and venues.txt), as a user sees them
from `screener check`: a post about figures of history, art, scripture, myths, space, sport, books,
songs and feasts, or naming brands, methods, venues and places abroad, is quiet, and a pupil who
shares a figure's first name is still found where the post gives the figure no support. The sentences are written for
these tests, not taken from any evaluation set."""

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


def test_a_project_week_naming_figures_of_history_art_scripture_myths_space_and_sport_exits_0(check):
    post = ("Deze week leerde groep 6 over Albert Einstein, Marie Curie en de gebroeders Wright. We keken naar\n"
            "de Nachtwacht van Rembrandt en de Sterrennacht van Vincent van Gogh; Vincent schilderde ook zonnebloemen.\n"
            "In de godsdienstles ging het over Mozes en de farao, over de ark van Noach en over Jona en de walvis.\n"
            "Bij geschiedenis vertelde de juf over Karel de Grote, Willem van Oranje en Michiel de Ruyter.\n"
            "We luisterden naar Vivaldi en Tsjaikovski. Zeus, Hera en Poseidon woonden op de Olympus; Thor en Loki\n"
            "komen uit de Noorse mythen. André Kuipers vloog naar het ISS, en Jupiter en Saturnus zijn de grootste\n"
            "planeten. Thuis kijken de kinderen naar Bluey en SpongeBob en spelen ze Brawl Stars.\n")
    result = check("projectweek.md", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_called_like_a_figure_of_the_story_is_found_beside_school_context(check):
    post = "Noah uit groep 3 heeft een mooie tekening gemaakt van de ark van Noach.\n"
    result = check("tekening.md", post)
    assert result.exit_code == 1, result.output
    assert _at(result, "tekening.md", post, "Noah"), result.output


def test_a_first_name_of_a_figure_counts_only_beside_its_own_story_not_beside_another(check):
    post = ("Vincent en Emma hebben de Nachtwacht nagetekend.\n"
            "Thor speelde buiten met Freya.\n")
    result = check("tekenen.md", post)
    assert _at(result, "tekenen.md", post, "Vincent"), result.output
    assert _at(result, "tekenen.md", post, "Thor", line=2), result.output
    assert _at(result, "tekenen.md", post, "Freya", line=2), result.output


def test_a_pupil_whose_surname_is_a_painters_is_found_in_a_post_about_the_painter(check):
    post = "Na het bezoek aan het Mauritshuis tekende Sanne Vermeer het Meisje met de parel na.\n"
    result = check("museum.md", post)
    assert _at(result, "museum.md", post, "Sanne Vermeer"), result.output


def test_a_hashtag_of_a_pupil_called_like_a_figure_is_still_found(check):
    post = "Gefeliciteerd! #NoahJarig\n"
    result = check("jarig.md", post)
    assert result.exit_code == 1, result.output
    assert "error A2-NAAM" in result.output, result.output


def test_dishes_chess_openings_and_a_teaching_method_named_after_people_are_quiet(check):
    post = ("Op de schaakclub oefenden we het Siciliaans en de Caro-Kann. Na afloop was er Pizza Margherita\n"
            "en een Pavlova. Morgen rekenen we weer met Pluspunt en lezen we met Estafette.\n")
    result = check("club.md", post)
    assert result.exit_code == 0, result.output


def test_a_figure_named_in_full_is_the_one_meant_by_the_first_name_alone_later_in_the_post(check):
    post = ("Magnus Carlsen werd weer wereldkampioen. Magnus speelde het Siciliaans.\n"
            "Magnus uit groep 7 won het schoolschaaktoernooi.\n")
    result = check("schaken.md", post)
    assert _at(result, "schaken.md", post, "Magnus", line=2), result.output
    assert "schaken.md:1:" not in result.output, result.output


def test_a_newsletter_naming_books_songs_feasts_sport_brands_and_places_exits_0(check):
    post = ("In de leesweek las groep 7 *Polleke* van Guus Kuijer: Polleke schrijft gedichten over Mimoun.\n"
            "Groep 4 koos *Gips* van Anna Woltz, waarin Fitz een dag in het ziekenhuis doorbrengt.\n"
            "Op het kerstconcert zingen we Stille Nacht van Franz Xaver Gruber en Jingle Bell Rock van Bobby Helms.\n"
            "Bij Divali vertelde de juf over Rama en Sita uit de Ramayana, en over de godin Lakshmi.\n"
            "Op het schoolplein speelden de kinderen na hoe Jutta Leerdam en Joy Beune schaatsen.\n"
            "Voor het ontbijt waren er Brinta, Cruesli van Quaker en frietjes van Aviko.\n"
            "Bij aardrijkskunde zochten we Mauritius, de Mont Blanc en de Amerikaanse Maagdeneilanden op.\n"
            "In Ouwehands zagen we de panda's Wu Wen en Xing Ya.\n")
    result = check("nieuwsbrief.md", post)
    assert result.exit_code == 0, result.output


def test_a_lesson_on_methods_and_a_school_trip_to_a_theme_park_exits_0(check):
    post = ("Groep 6 rekent met Wizwijs en leest met Leeslink; natuur en techniek doen we met Naut van Malmberg.\n"
            "Bij Engels werken we met Stepping Stones Junior en programmeren we met Bomberbot en Scratch.\n"
            "Op schoolreis naar Toverland gingen we in Fønix en de Booster Bike; in de Efteling in de Python.\n"
            "Wie weet nog wie in Peter en de wolf van Prokofjev de hobo speelt? Peter is de strijkers.\n")
    result = check("groep6.md", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_called_like_a_footballer_is_found_where_the_post_speaks_of_school(check):
    post = ("Lionel uit groep 7 heeft de penalty genomen bij het schoolvoetbal.\n"
            "Bo uit groep 3 kreeg een Paw Patrol-beker.\n")
    result = check("sport.md", post)
    assert result.exit_code == 1, result.output
    assert _at(result, "sport.md", post, "Lionel"), result.output
    assert _at(result, "sport.md", post, "Bo", line=2), result.output


def test_a_pupil_called_like_a_story_figure_is_found_where_the_post_names_no_story(check):
    post = ("Sita en Tess hebben vandaag de klassendienst gedaan.\n"
            "Johannes bracht de fruitschaal rond, Kiki hielp hem.\n")
    result = check("dienst.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Sita", 1), ("Tess", 1), ("Johannes", 2), ("Kiki", 2)):
        assert _at(result, "dienst.md", post, needle, line=line), result.output


def test_a_parent_whose_surname_starts_like_a_story_title_is_still_found(check):
    post = "Ymke de Roos (mama van Saar) helpt woensdag bij het voorlezen.\n"
    result = check("rooster.md", post)
    assert _at(result, "rooster.md", post, "Ymke de Roos"), result.output


def test_a_pupil_with_a_brand_for_a_surname_is_found_after_the_first_name(check):
    post = "Sanne Aviko en Daan Quaker hebben de tekenwedstrijd gewonnen.\n"
    result = check("wedstrijd.md", post)
    assert _at(result, "wedstrijd.md", post, "Sanne"), result.output
    assert _at(result, "wedstrijd.md", post, "Daan"), result.output
