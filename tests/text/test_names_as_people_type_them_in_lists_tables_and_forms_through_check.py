"""Names and dates of birth in the shapes the eleventh blind set (school-posts-heldout10) missed, as a user sees
them from `screener check`: a first name with a surname's initial and its full stop in quotes ("Fleur W.") or after
a particle ("Sem v.d. B."); a first name that is also a word after a family word ("opa Ben", "mijn zus Storm"); a
lower-case first name in a list beside capitalised ones; a name alone in a Markdown table's last row whose empty cells
leave a different number of blanks than the row above; two parents in one cell of a column of names; a date of birth
after a scanned form's dotted leader, with spaces around its dashes, or with a two-digit year. Beside each a
look-alike that stays quiet. The posts are made up for each shape, not the set's own sentences."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop", "IKC Twee Zeeën"]
public = ["Dr. Lindenlaan 4", "7411 AB Deventer", "info@obsdeklimop.nl"]
"""


def test_two_pupils_of_one_first_name_told_apart_by_an_initial_in_quotes_are_both_found(check):
    post = ("Even een praktisch puntje voor de invaller:\n"
            "- Er zitten twee Jasmijnen in de groep; we zeggen \u201cJasmijn K.\u201d en \u201cJasmijn R.\u201d.\n"
            "- Bij het buitenspelen gaat 'Sem v.d. B.' met de tweede groep mee.\n"
            "- Ook twee Fenna's: de kinderen noemen ze \"Fenna T.\" en \"Fenna L.\".\n")
    result = check("overdracht.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "overdracht.txt", post, "Jasmijn K."), result.output
    assert reported_at(result, "overdracht.txt", post, "Jasmijn R."), result.output
    assert reported_at(result, "overdracht.txt", post, "Sem v.d. B."), result.output
    assert reported_at(result, "overdracht.txt", post, "Fenna T."), result.output  # straight quotes, as typed
    assert reported_at(result, "overdracht.txt", post, "Fenna L."), result.output


def test_a_quoted_song_title_that_opens_with_a_word_stays_quiet(check):
    post = "Bij de opening zingen we \"Zie de maan schijnt door de bomen\" en daarna gaan we naar binnen.\n"
    result = check("opening.txt", post)
    assert result.exit_code == 0, result.output


def test_minutes_that_give_a_surname_as_its_particle_and_initial_name_the_whole_person(check):
    post = ("Notulen werkgroep schoolplein\n\n"
            "Aanwezig: Judith v.d. M., Ahmed E. en Koen (secretaris)\n"
            "Actie: Judith v.d. M. vraagt offertes op.\n")
    result = check("notulen.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "notulen.txt", post, "Judith v.d. M., Ahmed"), result.output
    assert "'J***** v.d. M.'" in result.output, result.output  # the whole person, the masked excerpt shows


def test_a_first_name_that_is_also_a_word_after_a_family_word_is_a_person(check):
    post = ("Grootouderochtend in groep 4\n\n"
            "Opa Ben had zijn oude schoolplaten meegenomen en vertelde erover.\n"
            "Daarna las Fenna samen met haar zus Storm een prentenboek voor.\n"
            "Ook mama Roos en grandpa Wim kwamen kijken.\n")
    result = check("grootouders.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "grootouders.txt", post, "Ben had"), result.output
    assert reported_at(result, "grootouders.txt", post, "Storm een"), result.output
    assert reported_at(result, "grootouders.txt", post, "Roos en"), result.output


def test_family_words_and_a_capitalised_verb_after_them_stay_quiet(check):
    post = ("Wat fijn dat er zoveel opa's en oma's waren vanochtend.\n"
            "Was u er niet bij als opa? Ben je er volgende keer wel bij, dan zien we je graag.\n")
    result = check("terugblik.txt", post)
    assert result.exit_code == 0, result.output


def test_a_lower_case_first_name_listed_beside_capitalised_ones_is_found(check):
    post = "Nog geen strookje terug van: bram, Mila en Storm. Graag voor vrijdag inleveren!\n"
    result = check("strookjes.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "strookjes.txt", post, "bram"), result.output


def test_a_word_that_is_also_a_name_listed_with_things_stays_quiet(check):
    post = "Voor de band hebben we al een gitaar, bas en Sem op drums. Wie speelt er keyboard?\n"
    result = check("band.txt", post)
    assert "'b**'" not in result.output, result.output


def test_a_name_alone_in_a_markdown_tables_last_row_with_empty_cells_is_found(check):
    post = ("# Stageplekken\n\n"
            "| leerling | plek | begeleider | telefoon |\n"
            "| --- | --- | --- | --- |\n"
            "| Jesse | Bakkerij Van Dam | Ria | 06 12 34 56 78 |\n"
            "| Roan | Sporthal De Pijl | Erik Bos | |\n"
            "| Tamar | Kinderboerderij | juf Ans | |\n"
            "| Siem | Bibliotheek Centrum | | |\n")
    result = check("stage.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "stage.md", post, "Siem"), result.output


def test_two_parents_in_one_cell_and_a_first_name_that_is_a_word_in_a_column_of_names_are_found(check):
    post = ("# Gesprekken\n\n"
            "| tijd | kind | ouders |\n"
            "| --- | --- | --- |\n"
            "| 15.30 | Wessel | Karin Smeenk |\n"
            "| 15.45 | Lieve | Mark en Sabine |\n"
            "| 16.00 | Jurre | Dennis Kuipers |\n")
    result = check("gesprekken.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "gesprekken.md", post, "Lieve"), result.output
    assert reported_at(result, "gesprekken.md", post, "Mark en"), result.output


def test_dates_of_birth_typed_with_spaces_leaders_and_short_years_in_forms_are_found(check):
    post = ("MEDICIJNVERKLARING\n\n"
            "Naam kind ................... Tess Oudejans\n"
            "Geboortedatum ............... 04 - 11 - 2017\n"
            "Broertje: Bram, geb. 9 / 3 / 20\n"
            "geb.dat.: 12-3-16 (zusje)\n"
            "Geboortedatum moeder: 1 – 2 – 1989\n")
    result = check("verklaring.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("04 - 11 - 2017", "9 / 3 / 20", "12-3-16", "1 – 2 – 1989"):
        assert reported_at(result, "verklaring.txt", post, needle, rule="A2-GEBOORTEDATUM"), (needle, result.output)


def test_a_date_after_a_dotted_leader_that_is_no_birth_stays_quiet(check):
    post = "Inleverdatum ............... 04 - 11 - 2026\nAantal exemplaren ........... 3\n"
    result = check("formulier.txt", post)
    assert result.exit_code == 0, result.output


def test_the_first_cell_of_a_column_lined_up_with_spaces_is_a_name_when_the_cells_below_are(check):
    post = ("Traktatierooster\n\n"
            "Wie          Wat             Wanneer\n"
            "Hoop         fruit           maandag\n"
            "Tess         soepstengels    dinsdag\n"
            "bram         rozijnen        woensdag\n"
            "Storm        komkommer       donderdag\n")
    result = check("traktaties.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "traktaties.txt", post, "Hoop"), result.output


def test_first_names_that_are_words_beside_a_column_of_surnames_in_an_export_are_found(check):
    post = ("Groep 4;Juf Anke\n"
            "Milan;Bakker\n"
            "Lieve;Kuipers\n"
            "storm;Visser\n"
            "Daan;Vos\n")
    result = check("export.csv.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "export.csv.txt", post, "Lieve"), result.output
    assert reported_at(result, "export.csv.txt", post, "storm"), result.output


def test_a_column_of_tasks_beside_names_stays_no_name(check):
    post = ("Naam;Taak\n"
            "Tess;Bloem\n"
            "Milan;Hoop\n"
            "Daan;Kaas\n"
            "Sem;Bank\n")
    result = check("taken.txt", post)
    assert "'B****'" not in result.output and "'H***'" not in result.output, result.output


def test_a_child_that_a_hashtag_is_proud_of_is_found_also_when_its_name_is_a_word(check):
    post = "Diploma A gehaald!! 🏊 #schoolzwemmen #trotsopLieve #deklimop\n"
    result = check("zwemmen.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "zwemmen.txt", post, "Lieve"), result.output


def test_dates_of_birth_with_a_month_written_in_the_language_of_the_form_are_found(check):
    post = ("Aanmelding zomerschool\n\n"
            "Nombre: Lucía Gómez\nFecha de nacimiento: 4 de mayo de 2016\n\n"
            "Name: Jonas Weber\nGeburtsdatum: 12. März 2017\n\n"
            "Imię: Zofia Nowak\nData urodzenia: 3 lutego 2015\n")
    result = check("zomerschool.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("4 de mayo de 2016", "12. März 2017", "3 lutego 2015"):
        assert reported_at(result, "zomerschool.txt", post, needle, rule="A2-GEBOORTEDATUM"), (needle, result.output)


def test_an_event_with_a_month_written_in_another_language_stays_no_date_of_birth(check):
    post = "Le 4 juillet 2026 nous visitons le musée avec la classe. On 4 mayo we eat tapas in de klas.\n"
    result = check("uitje.txt", post)
    assert "A2-GEBOORTEDATUM" not in result.output, result.output


def test_both_players_of_a_role_shared_in_an_html_cast_list_are_found(check):
    post = ("<h2>Rolverdeling</h2>\n<table>\n"
            "<tr><th>Rol</th><th>Gespeeld door</th></tr>\n"
            "<tr><td>De koning</td><td>Daan Mulder</td></tr>\n"
            "<tr><td>De heks</td><td>Iris (vrijdag) / Noor (zaterdag)</td></tr>\n"
            "<tr><td>De draak</td><td>Siem Bosman</td></tr>\n"
            "</table>\n")
    result = check("musical.html", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "musical.html", post, "Iris"), result.output
    assert reported_at(result, "musical.html", post, "Noor (zaterdag)"), result.output
    assert "'D* k*****'" not in result.output and "'k*****'" not in result.output, result.output


def test_a_first_name_that_is_a_word_before_a_birth_asterisk_is_a_child(check):
    post = "Welkom in groep 1!\nRoos (*12-03-2022) en Ties zijn deze week begonnen.\n"
    result = check("welkom.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "welkom.txt", post, "Roos"), result.output


def test_a_neighbour_a_son_or_a_grandmother_typed_in_lower_case_before_a_word_name_is_a_person(check):
    post = ("Dank aan buurman Kees en buurvrouw Roos voor de hulp bij het opbouwen!\n"
            "Onze zoon Bas vond het prachtig. ik ging daarna met oma roos naar de markt.\n")
    result = check("dank.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "dank.txt", post, "Roos voor"), result.output
    assert reported_at(result, "dank.txt", post, "Bas vond"), result.output
    assert reported_at(result, "dank.txt", post, "roos naar"), result.output


def test_a_verb_after_a_family_word_typed_in_lower_case_stays_quiet(check):
    result = check("appje.txt", "sorry juf, de zoon ben ik vanochtend vergeten te melden, hij is ziek\n")
    assert "A2-NAAM" not in result.output, result.output


def test_one_word_lower_case_names_in_a_tab_or_semicolon_table_under_a_header_of_children_are_found(check):
    for name, sep in (("allergie.txt", "\t"), ("allergie.csv.txt", ";")):
        post = sep.join(["kind", "groep", "allergie"]) + "\n" + "".join(
            sep.join(row) + "\n" for row in (["bram", "3", "noten"], ["Lieve", "3", "geen"], ["wolf", "4", "geen"]))
        result = check(name, post)
        assert result.exit_code == 1, result.output
        assert reported_at(result, name, post, "bram"), (name, result.output)
        assert reported_at(result, name, post, "wolf"), (name, result.output)


def test_lower_case_words_in_a_tab_table_of_things_stay_quiet(check):
    post = "product\taantal\tkleur\nbeker\t3\trood\nbord\t4\tblauw\nmes\t2\tgrijs\n"
    result = check("inventaris.txt", post)
    assert result.exit_code == 0, result.output


def test_lower_case_names_each_with_an_age_in_brackets_are_found(check):
    post = "jarig deze maand: kas (6), fem (7) en storm (5 jaar) 🎂\n"
    result = check("jarig.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("kas", "fem", "storm"):
        assert reported_at(result, "jarig.txt", post, needle), (needle, result.output)


def test_things_counted_in_brackets_stay_quiet(check):
    result = check("inkoop.txt", "Besteld voor de klas: de kas (1), tafels (4) en stoelen (20).\n")
    assert result.exit_code == 0, result.output


def test_a_first_name_that_is_a_word_before_a_childs_group_or_age_is_a_child(check):
    post = ("Uitslag tekenwedstrijd\n\n"
            "Lieve (groep 3) won met haar tekening van een vuurtoren.\n"
            "Ook Ben uit groep 4 en Hoop (6 jaar) kregen een prijs.\n")
    result = check("uitslag.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("Lieve (groep", "Ben uit", "Hoop (6"):
        assert reported_at(result, "uitslag.txt", post, needle), (needle, result.output)


def test_a_group_named_after_a_word_with_its_group_number_stays_no_person(check):
    result = check("groepen.txt", "Wij zijn de Zon (groep 1/2). Kracht uit groep 8: samen tillen we de kist.\n")
    assert "'Z**'" not in result.output and "'K*****'" not in result.output, result.output
