"""The lists of general knowledge (screener/text/data/history.txt, arts_and_science.txt,
scripture_and_myths.txt, stories_and_media.txt, living_figures.txt, space.txt and
things_named_after_people.txt), as a user sees them from `screener check`: a post about figures of
history, art, scripture, myths, space, sport and stories is quiet, and a pupil who shares a figure's
first name is still found where the post gives the figure no support. The sentences are written for
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
