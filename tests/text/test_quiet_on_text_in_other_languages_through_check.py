"""As a user sees it from `screener check`: a line, sentence or paragraph in another language or script (New Year
wishes in eight languages, a Polish or Ukrainian letter to parents, a French pen-friend's letter, an English line
inside a Dutch page, a German line of a song) is no run of names, while a child, a parent or an interpreter named
inside such text ("pani Zuzanna Kowalczyk", "Wojtek i Maja", "Congratulations to Zofia Nowak", a pen-friend's
signature under "Grosses bises,") is found still. The posts are made up for these tests."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""

NAME = "A2-NAAM"


def _name_lines(output: str, name: str) -> set[int]:
    return {int(line.split(":")[1]) for line in output.splitlines() if line.startswith(name + ":") and f" {NAME} " in line}


def test_new_year_wishes_in_many_languages_and_scripts_are_quiet(check):
    post = ("Gelukkig nieuwjaar!\n\n"
            "De kinderen van groep 6 schreven de wensen in hun eigen taal op het raam:\n\n"
            "- Happy New Year and best wishes from all of us!\n"
            "- Frohe Weihnachten und ein gutes neues Jahr!\n"
            "- Bonne et heureuse année à tous !\n"
            "- ¡Feliz Año Nuevo!\n"
            "- Szczęśliwego Nowego Roku i wszystkiego dobrego!\n"
            "- Yeni yılınız kutlu olsun, mutlu yıllar!\n"
            "- З Новим роком і Різдвом Христовим!\n"
            "- Bon Aña Nobo!\n")
    result = check("wensen.md", post)
    assert _name_lines(result.output, "wensen.md") == set(), result.output
    assert result.exit_code == 0, result.output


def test_a_polish_letter_to_parents_keeps_the_interpreter_and_the_children(check):
    post = ("Uitnodiging / Zaproszenie\n\n"
            "Drodzy Rodzice,\n\n"
            "zapraszamy Państwa na spotkanie w środę o godzinie 18:30. Na spotkaniu będzie pani Zuzanna Kowalczyk,\n"
            "która pomoże w tłumaczeniu. Porozmawiamy o tym, jak Wojtek i Maja czują się w szkole.\n\n"
            "Z poważaniem,\nZespół OBS De Klimop\n")
    result = check("zaproszenie.txt", post)
    assert result.exit_code == 1
    for needle in ("Zuzanna Kowalczyk", "Wojtek", "Maja"):
        assert reported_at(result, "zaproszenie.txt", post, needle), (needle, result.output)
    assert _name_lines(result.output, "zaproszenie.txt") == {5, 6}, result.output  # not "Zaproszenie", "Państwa"


def test_a_ukrainian_invitation_under_its_dutch_title_is_quiet(check):
    post = ("Ouderavond / Батьківські збори\n\n"
            "Шановні батьки! Запрошуємо вас на батьківські збори в четвер о 19:00. Будь ласка, повідомте\n"
            "вчителю, чи ви прийдете.\n\n"
            "З повагою,\nКоманда школи\n")
    result = check("ouderavond.txt", post)
    assert _name_lines(result.output, "ouderavond.txt") == set(), result.output
    assert result.exit_code == 0, result.output


def test_a_french_letter_is_quiet_but_its_writer_and_her_brother_are_found(check):
    post = ("Post uit Lyon\n\n"
            "> Bonjour ! Merci beaucoup pour ta lettre. Moi, j'habite à Lyon avec mes parents et mon frère Lucas.\n"
            "> Pendant les vacances de Noël, nous allons chez ma grand-mère en Provence.\n"
            ">\n"
            "> Joyeux Noël et Bonne Année !\n"
            "> Grosses bises,\n"
            "> Manon\n\n"
            "Groep 8 schrijft in januari terug.\n")
    result = check("brief.md", post)
    assert result.exit_code == 1
    assert reported_at(result, "brief.md", post, "Lucas"), result.output
    assert reported_at(result, "brief.md", post, "Manon"), result.output
    assert not reported_at(result, "brief.md", post, "Noël et"), result.output
    assert not reported_at(result, "brief.md", post, "Bonne"), result.output
    assert not reported_at(result, "brief.md", post, "Noël,"), result.output


def test_an_english_line_in_a_dutch_post_is_quiet_and_a_pupil_in_an_english_sentence_is_found(check):
    post = ("Kerstviering groep 5\n\n"
            "We sloten af met een lied en een wens op het bord:\n"
            "Merry Christmas and a Happy New Year!\n\n"
            "Well done, everybody! Congratulations to Zofia Nowak, who read the poem.\n")
    result = check("kerst.txt", post)
    assert result.exit_code == 1
    assert reported_at(result, "kerst.txt", post, "Zofia Nowak"), result.output
    assert _name_lines(result.output, "kerst.txt") == {6}, result.output


def test_turkish_wishes_are_quiet_beside_the_mother_who_is_named(check):
    post = ("Bedankt voor het Suikerfeestontbijt!\n\n"
            "Elif Demir, de moeder van Yusuf (groep 4), zette alles klaar. Op de kaartjes stond:\n\n"
            "İyi bayramlar! Bayramınız mübarek olsun.\n"
            "Afiyet olsun, mutlu bayramlar!\n")
    result = check("ontbijt.txt", post)
    assert result.exit_code == 1
    assert reported_at(result, "ontbijt.txt", post, "Elif Demir"), result.output
    assert _name_lines(result.output, "ontbijt.txt") == {3}, result.output


def test_two_families_in_one_cell_are_no_word_and_its_translation(check):
    post = ("week;gezin;contact;telefoon\n"
            "28;fam. Veldkamp;Astrid Veldkamp;06-24681357\n"
            "29;El Amrani;Karim;0657438291\n"
            "30;Kriekhaar / Ter Borg;anne Kriekhaar;06 33 21 90 48\n")
    result = check("rooster.txt", post)
    assert "rooster.txt:4:4: error A2-NAAM" in result.output, result.output  # no foreign word beside "Ter"


def test_a_turkish_greeting_quoted_in_a_dutch_sentence_is_quiet_and_a_turkish_name_is_found(check):
    post = ("Moederdag – Anneler Günü\n\n"
            "Op het Suikerfeest wens je elkaar in het Turks \"Bayramınız mübarek olsun\". Voor Moederdag schreef\n"
            "groep 3 op de kaarten: İyi ki varsın, anneciğim! Anneler Günün kutlu olsun!\n\n"
            "Aylin geldi. İlayda las het versje voor.\n")
    result = check("moederdag.txt", post)
    assert result.exit_code == 1
    assert reported_at(result, "moederdag.txt", post, "Aylin"), result.output
    assert reported_at(result, "moederdag.txt", post, "İlayda"), result.output
    assert _name_lines(result.output, "moederdag.txt") == {6}, result.output


def test_a_papiamento_title_after_a_dash_is_quiet(check):
    post = "Kerst in vele talen – Bon Pasku!\n\nGroep 4 zong een lied uit Curaçao.\n"
    result = check("pasku.txt", post)
    assert _name_lines(result.output, "pasku.txt") == set(), result.output
    assert result.exit_code == 0, result.output


def test_a_pupil_named_as_polish_spells_it_opening_a_polish_sentence_is_found(check):
    post = ("Drodzy Rodzice,\n\n"
            "Wycieczka odbędzie się we wtorek. Dzieci potrzebują drugiego śniadania i napoju.\n"
            "Oliwia z grupy 6 pomoże w tłumaczeniu.\n")
    result = check("wycieczka.txt", post)
    assert result.exit_code == 1
    assert reported_at(result, "wycieczka.txt", post, "Oliwia"), result.output
    assert _name_lines(result.output, "wycieczka.txt") == {4}, result.output


def test_english_games_courses_and_landmarks_inside_dutch_sentences_are_quiet(check):
    post = ("Terugblik Engelse week\n\n"
            "Groep 5 deed een Treasure Hunt door de school en groep 6 bouwde een Tower Bridge van rietjes.\n"
            "Het team volgt de cursus Teaching English to Young Children en de workshop Digital Citizenship.\n"
            "In Londen zagen we Big Ben en Buckingham Palace.\n")
    result = check("engels.txt", post)
    assert _name_lines(result.output, "engels.txt") == set(), result.output
    assert result.exit_code == 0, result.output


def test_english_words_beside_a_first_name_or_a_kin_word_stay_a_name(check):
    post = ("Nieuwe gezinnen\n\n"
            "**Papa Taras** werkt bij een busfabriek. Hope Young uit groep 6 speelt viool.\n")
    result = check("gezinnen.md", post)
    assert result.exit_code == 1
    assert reported_at(result, "gezinnen.md", post, "Taras"), result.output
    assert reported_at(result, "gezinnen.md", post, "Hope Young"), result.output


def test_a_german_programme_in_a_dutch_post_is_quiet(check):
    post = ("Excursie naar Aken\n\n"
            "Programma (in het Duits, zoals de gids het stuurde):\n"
            "  10:00 Führung durch den Dom (Treffpunkt: Eingang Fischmarkt)\n"
            "  11:30 Rundgang Altstadt, Krämerstraße\n"
            "  12:30 Mittagessen im Stadtpark\n"
            "  15:30 Rückfahrt\n\n"
            "Die Kinder haben Fußball gespielt. Das Wetter war kalt, aber im Sommer ist es warm.\n")
    result = check("aken.txt", post)
    assert _name_lines(result.output, "aken.txt") == set(), result.output
    assert result.exit_code == 0, result.output


def test_a_german_letter_and_a_spanish_song_keep_their_nouns_quiet(check):
    post = ("Post uit Bremen\n\n"
            "> Liebe Kinder, unsere Schule liegt in der Nähe vom Bahnhof. Im Winter gehen wir Schlittschuh laufen\n"
            "> und im Sommer fahren wir an den See. Habt ihr auch einen Schulgarten?\n\n"
            "In de Spaanse les zongen we:\n\n"
            "> La Gallina busca el maíz y el trigo,\n"
            "> les da la comida y les presta abrigo.\n")
    result = check("post.md", post)
    assert _name_lines(result.output, "post.md") == set(), result.output


def test_a_pupil_named_in_an_english_genitive_before_a_kin_word_is_found(check):
    post = ("Dear Families,\n\n"
            "A special thank you to Tamsin's dad, who showed us how to make paper from papyrus.\n")
    result = check("thanks.md", post)
    assert result.exit_code == 1
    assert reported_at(result, "thanks.md", post, "Tamsin's"), result.output
