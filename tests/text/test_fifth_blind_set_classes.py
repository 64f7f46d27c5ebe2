"""What the fifth blind set (tests/data/school-posts-heldout4) showed, as a user sees it from `screener
check`, fixed by the signals a reader uses rather than by its words: a table column that holds songs or
teams, a name joined to a thing ("Ollie-bal"), the maker of a product ("havermelk van Oatly"), a town's
office opening the name, a performer named by her instrument, an author of "de boeken van", a building or
institution written as one word, "het Rad van Fortuin", a verb's stem or a plural opening a footer or a
cell, the school's name as a hashtag; and, the other way round, the speakers of a transcript in capitals.
Beside each class a near miss that is still found. The sentences are new ones for each class, not the
set's own."""

from __future__ import annotations

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop", "IKC Twee Zeeën"]
public = ["Dr. Lindenlaan 4", "7411 AB Deventer", "info@obsdeklimop.nl", "@ikctweezeeen"]
"""


def test_songs_and_teams_in_their_table_columns_are_quiet(check):
    post = ("| Nr. | Lied | Wie zingt |\n| --- | --- | --- |\n"
            "| 1 | Sinterklaas Kapoentje op de schoorsteen | groep 3 en 4 |\n"
            "| 2 | Berend Botje ging uit varen | de kleuters van groep 1/2 en hun juffen |\n\n"
            "| Team | Groep | Zaklopen | Touwtrekken | Estafette | Punten |\n| --- | --- | --- | --- | --- | ---: |\n"
            "| De Vliegende Floris | groep 5 | 2e | 3e | 1:12,4 | 41 |\n"
            "| De Leeuwen van Tarzan | groep 6 | 1e | 4e | 1:09,8 | 44 |\n")
    result = check("programma.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_in_the_column_of_who_sings_is_still_found(check):
    post = "| Lied | Wie zingt |\n| --- | --- |\n| Berend Botje | Sanne Visser |\n"
    result = check("solo.md", post)
    assert "solo.md:3:" in result.output and "A2-NAAM" in result.output, result.output


def test_a_name_joined_to_a_thing_is_quiet_but_the_thing_of_a_child_is_found(check):
    result = check("bal.md", "Na een val van de Ollie-bal stond iedereen weer op. De Bas-app helpt bij het lezen.\n")
    assert result.exit_code == 0, result.output
    result = check("tas.md", "Na de gymles lag de tas van Ollie nog in de zaal.\n")
    assert "tas.md:1:" in result.output and "A2-NAAM" in result.output, result.output


def test_the_maker_of_a_product_is_quiet_but_the_owner_of_a_bag_is_found(check):
    result = check("ontbijt.md", "Wie geen melk mag: we hebben sojamelk van Alpro en havermelk van Oatly, en er ligt "
                                 "een vulpen van Stabilo.\n")
    assert result.exit_code == 0, result.output
    result = check("jas.md", "Gevonden: de jas van Xyla en een rugzak.\n")
    assert "jas.md:1:" in result.output and "A2-NAAM" in result.output, result.output


def test_a_mayor_by_office_and_a_harpist_by_instrument_are_quiet_but_a_parent_named_so_is_found(check):
    post = ("Geachte burgemeester König,\n\n"
            "Het koor wordt begeleid door harpiste Lavinia Meijer op de cd.\n")
    result = check("brief.md", post)
    assert result.exit_code == 0, result.output
    result = check("ouder.md", "Het koor wordt begeleid door meneer König, de vader van Sanne.\n")
    assert "ouder.md:1:" in result.output and "A2-NAAM" in result.output, result.output


def test_the_author_of_a_body_of_books_is_quiet_but_a_pupils_name_beside_it_is_found(check):
    result = check("hond.md", "Onze hond heet Snuf, naar de hond uit de boeken van Piet Prins.\n")
    assert result.exit_code == 0, result.output
    result = check("boek.md", "Alle boeken van Piet Visser (groep 6) staan in de kast.\n")
    assert "boek.md:1:" in result.output and "A2-NAAM" in result.output, result.output


def test_a_church_and_a_school_written_as_one_word_are_quiet(check):
    post = ("Het concert is in de Lebuïnuskerk. Oma zat vroeger op de Julianaschool in de stad.\n"
            "Spijkerpoepen, sjoelen en het Rad van Fortuin bij de kruising van de Laan van Borgele.\n")
    result = check("concert.md", post)
    assert result.exit_code == 0, result.output


def test_a_surname_after_a_title_and_van_is_still_found(check):
    result = check("juf.md", "Het lootje trok de juf van Dijk, en meneer van Fortuin las de winnaars voor.\n")
    assert "juf.md:1:" in result.output and "A2-NAAM" in result.output, result.output


def test_a_verbs_stem_in_a_footer_and_a_plural_in_a_cell_are_quiet(check):
    post = ("<table><tr><th>Standaard</th><th>Oordeel</th></tr>\n"
            "<tr><td>OR1 Resultaten</td><td>Voldoende</td></tr></table>\n"
            "<p>Een school van Stichting Eikenrijk · Volg ons op Instagram</p>\n")
    result = check("inspectie.html", post)
    assert result.exit_code == 0, result.output


def test_the_schools_name_as_a_hashtag_is_quiet_but_a_childs_is_found(check):
    result = check("tags.md", "Wat een ochtend op De Scheg!\n\n#schaatsen #DeKlimop #TweeZeeën #DeScheg\n")
    assert result.exit_code == 0, result.output
    result = check("fleur.md", "Wat een ochtend!\n\n#schaatsen #DeKlimop #teamFleur\n")
    assert "fleur.md:3:" in result.output and "A2-NAAM" in result.output, result.output


def test_the_speakers_of_a_transcript_in_capitals_are_found_but_its_intro_is_not(check):
    post = ("[00:00] INTRO: muziekje\n"
            "[00:07] SARA: Hoi! Welkom bij onze podcast.\n"
            "[00:10] DJIM: Vandaag hebben we een gast.\n"
            "[00:14] SARA: Mijn oma!\n"
            "[00:21] DJIM: Hoe was school vroeger?\n"
            "[01:20] OUTRO: muziekje\n")
    result = check("podcast.txt", post)
    for line in (2, 3, 4, 5):
        assert f"podcast.txt:{line}:9: error A2-NAAM" in result.output, result.output
    assert "podcast.txt:1:" not in result.output and "podcast.txt:6:" not in result.output, result.output


def test_a_heading_in_capitals_before_a_colon_is_no_speaker(check):
    post = "LET OP: de gymles vervalt.\nVRAAG: wie neemt er koek mee?\nANTWOORD: groep 5.\n"
    result = check("mededeling.txt", post)
    assert "A2-NAAM" not in result.output, result.output


def test_a_long_markdown_table_row_is_read_apart_from_the_next(check):
    post = ("| Team | Groep | Zaklopen | Touwtrekken | Estafette 4x50 m | Punten |\n| --- | --- | --- | --- | --- | ---: |\n"
            "| De Snelle Jelles | groep 3 | 2e | 3e | 1:12,4 | 41 |\n"
            "| Team Pippi | groep 4 | 1e | 4e | 1:09,8 | 44 |\n")
    result = check("uitslag.md", post)
    assert result.exit_code == 0, result.output


def test_a_name_alone_on_a_line_of_a_list_of_names_is_found(check):
    post = "Uitslag 500 meter meisjes:\n🥇 Fleur\n🥈 lieke van Deursen\n🥉 Saar-Lotte\n"
    result = check("uitslag.txt", post)
    assert "uitslag.txt:2:3: error A2-NAAM" in result.output, result.output


def test_a_word_on_a_line_of_a_list_of_things_is_quiet(check):
    post = "Op de markt:\n🧣 Sjaals en mutsen\n🎨 Kerstkaarten van groep 4\n🍪 Koekjes\n"
    result = check("markt.txt", post)
    assert result.exit_code == 0, result.output


def test_a_character_among_characters_and_a_characters_genitive_are_quiet(check):
    post = ("Kerstkaarten die groep 4 tekende, met Rudolf, de Grinch en Frosty.\n"
            "Kussens in de vorm van Nijntje en Nijntjes vriendje Snuffie.\n")
    result = check("kaarten.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_beside_a_character_is_still_found(check):
    result = check("knuffel.md", "Nijntje en Xyla uit groep 3 gingen samen op de foto.\n")
    assert "knuffel.md:1:" in result.output and "A2-NAAM" in result.output, result.output


def test_a_title_before_a_listed_author_and_an_author_beside_one_are_quiet(check):
    post = ("<p>Oefenen kan met Polleke van Guus Kuijer of een boek van Tosca Menten.</p>\n"
            "<ul><li>Gozert van Pieter Koolwijk</li></ul>\n")
    result = check("leesplein.html", post)
    assert result.exit_code == 0, result.output


def test_a_pupils_poem_beside_an_author_is_still_found(check):
    post = "Een boek van Tosca Menten ligt klaar, en een gedicht van Sem Bakker (groep 7) hangt ernaast.\n"
    result = check("gedicht.md", post)
    assert "gedicht.md:1:" in result.output and "A2-NAAM" in result.output, result.output


def test_makers_in_brackets_after_a_product_and_a_firm_with_van_are_quiet(check):
    post = ("Tweedehands winterjassen en schaatsen (Nijdam, Zandstra) voor 2 euro.\n"
            "Dank aan de ouderraad, van de cadeautjes tot de pepernoten van Van Delft.\n")
    result = check("markt.md", post)
    assert result.exit_code == 0, result.output


def test_the_schools_name_opening_its_papers_or_groups_name_is_quiet(check):
    post = "# De Klimop Krant - december\n\nWij zijn de Twee Zeeën Dancers uit groep 8b.\n"
    result = check("krant.md", post)
    assert "A2-NAAM" not in result.output, result.output


def test_a_river_below_and_a_verb_before_its_subject_are_quiet(check):
    post = "Ons logo: een vuurtoren boven de IJssel.\nPipo de Clown? Die ken ik van mijn opa.\n"
    result = check("logo.md", post)
    assert result.exit_code == 0, result.output


def test_a_birth_told_after_its_date_a_year_first_date_of_birth_and_a_foreign_mobile_are_found(check):
    post = ("Juf Sanne en haar vrouw zijn op 30 november 2026 moeder geworden van een dochter.\n\n"
            "Geb.datum:           1990/02/17\n"
            "Telefoon:            +251 91 123 4567 / 06 2910 5583\n")
    result = check("inschrijving.txt", post)
    assert "inschrijving.txt:1:33: error A2-GEBOORTEDATUM" in result.output, result.output
    assert "inschrijving.txt:3:22: error A2-GEBOORTEDATUM" in result.output, result.output
    assert "inschrijving.txt:4:22: error A2-TELEFOON" in result.output, result.output
    assert "inschrijving.txt:4:41: error A2-TELEFOON" in result.output, result.output


def test_an_events_date_and_a_version_number_with_slashes_are_no_dates_of_birth(check):
    post = ("Op 30 november 2026 zijn we naar het museum geweest, daarna zijn we thuis geworden wat we waren.\n"
            "Versie 2024/03/12 van het plan staat op de website.\n")
    result = check("museum.txt", post)
    assert "A2-GEBOORTEDATUM" not in result.output, result.output


def test_a_place_where_a_venue_stands_is_no_home_town_but_a_childs_is(check):
    result = check("cavia.txt", "Koekje is drie jaar oud en komt uit het asiel in Teuge.\n")
    assert "warning A2-PLAATS" not in result.output, result.output
    result = check("verhuisd.txt", "Onze nieuwe leerling komt uit Teuge.\n")
    assert "verhuisd.txt:1:31: warning A2-PLAATS" in result.output, result.output


def test_the_initials_of_the_one_addressed_are_found_but_a_number_label_is_quiet(check):
    post = "Lieve GJ, bedankt voor alles!\n\nHet rapport staat online (zoek op Brinnummer 09KQ).\n"
    result = check("afscheid.txt", post)
    assert "afscheid.txt:1:7: error A2-NAAM" in result.output, result.output
    assert "afscheid.txt:3:" not in result.output, result.output
