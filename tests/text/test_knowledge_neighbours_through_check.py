"""The lists of general knowledge by category, with each category's neighbours (screener/text/data/), as a
user sees them from `screener check`: a levensbeschouwing lesson, a theatre programme, a walk through
Deventer, a playlist, a sponsor's thank-you and a lesson on scientists name nobody, and a pupil who carries
a listed figure's first name is still found in a school sentence. The posts are written for these tests
(other members of each category than the evaluation sets name)."""

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


def test_a_lesson_on_the_prophets_the_gospels_and_the_buddha_names_nobody(check):
    post = ("In groep 6 vergeleken we verhalen: in de Koran heet Mozes Musa en Jozef Yusuf; Soera 12 gaat over hem.\n"
            "Rond de Kaäba vertelden we over Ismail en Harun.\n"
            "David werd koning nadat hij Goliat had verslagen.\n"
            "Met Pasen lazen we Lucas 24 over de Emmaüsgangers, en uit Marcus de storm op het meer.\n"
            "Prins Siddhartha Gautama zat onder de bodhiboom in Bodhgaya.\n")
    result = check("levensbeschouwing.md", post)
    assert not _names(result, "levensbeschouwing.md"), result.output
    assert result.exit_code == 0, result.output


def test_pupils_called_like_prophets_and_evangelists_are_found_in_a_school_sentence(check):
    post = ("Lucas uit groep 4 las het kerstverhaal voor en Marcus speelde een herder.\n"
            "Yusuf en Dawud hebben vandaag de moestuin gewied.\n"
            "David heeft gewonnen bij het schaaktoernooi.\n"
            "Bij de verhalen van Nasreddin Hodja lachten Ibrahim en Isa het hardst.\n")
    result = check("klas.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Lucas", 1), ("Marcus", 1), ("Yusuf", 2), ("Dawud", 2), ("David", 3), ("Ibrahim", 4),
                         ("Isa", 4)):
        assert _at(result, "klas.md", post, needle, line=line), result.output


def test_a_pupil_called_like_a_prophet_is_found_beside_school_context_in_a_lesson_on_the_koran(check):
    post = "In de Koran en in Soera 14 lazen we over Ibrahim. Ibrahim (groep 6) maakte er een tekening bij.\n"
    result = check("les.md", post)
    col = post.index("Ibrahim (groep") + 1
    assert f"les.md:1:{col}: error A2-NAAM" in result.output, result.output


def test_a_walk_along_deventers_waters_squares_and_parks_names_nobody(check):
    post = ("De avondvierdaagse loopt dinsdag langs de Berkel en de Schipbeek, woensdag door het Rijsterborgherpark\n"
            "en over de Brink, donderdag langs de Welle naar de Ossenwaard, aan de overkant van de IJssel.\n"
            "Vrijdag eindigen we bij de Waag; de finish is op Landgoed De Worp.\n"
            "Bij aardrijkskunde zochten we de Regge, de Dinkel en de Linge op, en Kaap Hoorn en Vuurland.\n")
    result = check("wandeling.md", post)
    assert not _names(result, "wandeling.md"), result.output
    assert result.exit_code == 0, result.output


def test_pupils_whose_surname_is_a_landmark_of_deventer_are_still_found(check):
    post = ("Daan de Brink en Sem van de Hoven liepen de hele route.\n"
            "Lotte van de IJssel en Sanne Berkel hebben de stempelkaart vol.\n")
    result = check("klas.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Daan", 1), ("Sem", 1), ("Lotte", 2), ("Sanne", 2)):
        assert _at(result, "klas.md", post, needle, line=line), result.output


def test_a_theatre_programme_a_reading_lesson_and_an_after_school_club_name_nobody(check):
    post = ("Groep 8 ziet Romeo & Julia; daarna spelen ze een scène waarin Romeo en Mercutio ruzie maken.\n"
            "Groep 7 gaat naar Een midzomernachtsdroom, met Oberon, Titania en Puck.\n"
            "In Veilig leren lezen lazen we over Sim en Mies. Oma kende nog het leesplankje: aap noot mies, Wim, Zus en Jet.\n"
            "De peuters werken met Uk & Puk; Puk de pop zit in de kring. De BSO heet Ot & Sien.\n"
            "In de bieb: Dummie de mummie en de tombe van Achnetoet. Op het plein speelden we Annemaria Koekoek.\n")
    result = check("cultuur.md", post)
    assert not _names(result, "cultuur.md"), result.output
    assert result.exit_code == 0, result.output


def test_pupils_called_like_characters_are_found_in_a_school_sentence(check):
    post = ("Julia en Romeo hebben de hele middag geknutseld.\n"
            "Sien en Kim waren vandaag jarig; Sim bracht taart mee. Puk heeft een tekening gemaakt.\n")
    result = check("klas.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Julia", 1), ("Romeo", 1), ("Sien", 2), ("Kim", 2), ("Sim", 2), ("Puk", 2)):
        assert _at(result, "klas.md", post, needle, line=line), result.output


def test_a_pupil_called_like_a_character_is_found_beside_school_context_in_a_post_naming_the_play(check):
    post = "Julia (groep 8) speelde de hoofdrol in Romeo & Julia.\n"
    result = check("toneel.md", post)
    assert _at(result, "toneel.md", post, "Julia"), result.output


def test_a_thank_you_to_sponsors_a_green_team_and_a_ggd_letter_name_nobody(check):
    post = ("Dank aan Rabo ClubSupport en het Oranje Fonds voor de robots: groep 6 bouwde met Lego Spike Prime en mBot.\n"
            "De Groene Club leverde batterijen in bij Stibat, oude apparaten bij Wecycle, en deed mee met World Cleanup Day\n"
            "van Nederland Schoon. Tips voor thuis staan bij Milieu Centraal en Netwerk Mediawijsheid.\n"
            "De GGD schrijft over Rotavirus en Salmonella. Neem Compeed of Hansaplast mee; Nivea en Piz Buin tegen de zon.\n"
            "Ook Hula Hoops en Pom-Bär blijven thuis. Het Samenwerkingsverband IJssel | Berkel denkt mee.\n")
    result = check("bedankt.md", post)
    assert not _names(result, "bedankt.md"), result.output
    assert result.exit_code == 0, result.output


def test_pupils_beside_brands_and_funds_are_still_found(check):
    post = ("Sanne en Daan brachten de batterijen naar Stibat.\n"
            "Milan Nivea uit groep 7 won de prijs van Rabo ClubSupport.\n")
    result = check("klas.md", post)
    assert result.exit_code == 1, result.output
    for needle, line in (("Sanne", 1), ("Daan", 1), ("Milan", 2)):
        assert _at(result, "klas.md", post, needle, line=line), result.output


def test_a_class_playlist_a_music_lesson_and_the_phases_of_a_group_name_nobody(check):
    post = ("Op de playlist: Baby Shark, Soldier Poet King, Yellow van Coldplay, Waterloo van ABBA en Counting Stars.\n"
            "Bij muziek luisterden we naar Vivaldi's Vier Jaargetijden: eerst de Herfst, daarna de Winter.\n"
            "Daarna de Hummelvlucht van Rimski-Korsakov en de Bolero van Ravel. We zingen met 1,2,3 Zing en MuziekID.\n"
            "In de Gouden Weken doorloopt de groep vier fases.\n"
            "Performing: dan draait de groep.\n")
    result = check("muziek.md", post)
    assert not _names(result, "muziek.md"), result.output
    assert result.exit_code == 0, result.output


def test_pupils_whose_surname_is_a_season_are_found_beside_a_music_lesson(check):
    post = ("Bij muziek luisterden we naar De Vier Jaargetijden van Vivaldi.\n"
            "Sanne de Winter en Daan de Lente speelden de vioolpartij.\n")
    result = check("muziek.md", post)
    assert result.exit_code == 1, result.output
    for needle in ("Sanne", "Daan"):
        assert _at(result, "muziek.md", post, needle, line=2), result.output


def test_a_schoolgids_on_educators_and_a_lesson_on_marie_curie_name_nobody(check):
    post = ("De fases van de groep komen van Bruce Tuckman; over de mindset lazen we Carol Dweck, en de piramide\n"
            "van Maslow hangt in de personeelskamer. Ons Daltononderwijs gaat terug op Helen Parkhurst.\n"
            "Marie Curie kreeg twee Nobelprijzen. Ze werkte met haar man Pierre; hun dochter Irène ook.\n"
            "Het gedicht is van Hans en Monique Hagen.\n")
    result = check("schoolgids.md", post)
    assert not _names(result, "schoolgids.md"), result.output
    assert result.exit_code == 0, result.output


def test_pupils_called_like_a_scientists_household_are_found_in_a_school_sentence(check):
    post = "Pierre heeft de presentatie gedaan en Irène las voor.\n"
    result = check("klas.md", post)
    assert result.exit_code == 1, result.output
    for needle in ("Pierre", "Irène"):
        assert _at(result, "klas.md", post, needle), result.output


def test_a_pupil_called_like_a_scientists_husband_is_found_beside_school_context_in_a_post_naming_her(check):
    post = "Bij de spreekbeurt over Marie Curie vertelde Pierre (groep 7) over radium.\n"
    result = check("spreekbeurt.md", post)
    assert _at(result, "spreekbeurt.md", post, "Pierre"), result.output


def test_songs_on_a_line_that_starts_with_the_group_that_chose_them_name_nobody(check):
    post = ("**Groep 1/2**: Hoofd schouders knie en teen, Baby Shark\n"
            "**Groep 6**: Counting Stars, Soldier Poet King\n")
    result = check("playlist.md", post)
    assert not _names(result, "playlist.md"), result.output
