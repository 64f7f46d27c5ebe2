"""What the third blind set (tests/data/school-posts-heldout2) showed, as a user sees it from `screener
check`: characters, public figures, shops, brands, apps, games and teaching methods are no persons,
and a pupil who carries such a name is still found. The sentences here are new ones for each class,
not the set's own."""

from __future__ import annotations

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""


def test_characters_of_a_book_read_in_class_are_quiet(check):
    post = ("We lezen *Matilda* voor. Juffrouw Bulstronk is streng, juffrouw Engel is lief.\n"
            "In december kijken we naar de Grinch en Cindy Lou Who.\n")
    result = check("lezen.md", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_called_like_a_character_is_found_where_the_post_names_no_title(check):
    post = "Max uit groep 4 heeft de tekenwedstrijd gewonnen.\n"
    result = check("winnaar.md", post)
    assert result.exit_code == 1, result.output
    assert "winnaar.md:1:1: error A2-NAAM" in result.output, result.output


def test_apps_games_and_teaching_methods_are_quiet(check):
    post = ("Wij rekenen met Getal & Ruimte Junior en Snappet, lezen met Veilig Leren Lezen en werken met\n"
            "Blink Wereld. Thuis spelen de kinderen Brawl Stars, Wordfeud en Minecraft Education.\n")
    result = check("methodes.md", post)
    assert result.exit_code == 0, result.output


def test_brands_in_a_lunch_box_are_quiet_but_a_pupil_after_juf_or_with_a_group_is_found(check):
    post = ("Op brood mag Nutella, Calvé-pindakaas of Tony's.\n"
            "Groetjes van Nike Jansen uit groep 3.\n")
    result = check("lunch.md", post)
    assert "lunch.md:1:" not in result.output, result.output
    assert "lunch.md:2:" in result.output and "A2-NAAM" in result.output, result.output


def test_singers_presenters_and_athletes_are_quiet(check):
    post = ("Groep 8 zong een lied van Herman van Veen, keek naar een clip van Ariana Grande en juichte\n"
            "voor keepster Daphne van Domselaar en schaatsster Jutta Leerdam.\n")
    result = check("idolen.md", post)
    assert result.exit_code == 0, result.output


def test_a_shop_named_after_its_owner_is_quiet_but_the_owner_named_as_a_person_is_found(check):
    post = ("De prijzen kregen we van Rijwielhandel Hofman en IJssalon Peters.\n"
            "Meneer Hofman kwam ze zelf brengen.\n")
    result = check("sponsors.md", post)
    assert "sponsors.md:1:" not in result.output, result.output
    assert "sponsors.md:2:" in result.output, result.output


def test_a_mayor_in_office_is_quiet_but_a_parent_named_without_a_role_is_found(check):
    post = ("De burgemeester van Deventer, Piet Hofstra, opende de sportdag.\n"
            "Daarna hielp Piet Hofstra uit groep 8 met de bekers.\n")
    result = check("sportdag.md", post)
    assert "sportdag.md:1:" not in result.output, result.output
    assert "sportdag.md:2:" in result.output, result.output


def test_a_public_figures_first_name_alone_in_a_post_that_names_him_in_full_is_quiet(check):
    post = "We keken *Freek in het wild* met Freek Vonk.\nDaarna tekende Freek (groep 5) een slang.\n"
    result = check("dieren.md", post)
    assert "dieren.md:1:" not in result.output, result.output
    assert "dieren.md:2:" in result.output, result.output


def test_the_schools_own_name_after_van_is_no_surname(check):
    post = "De MR van De Klimop vergadert dinsdag in de aula van De Klimop.\n"
    result = check("mr.md", post)
    assert result.exit_code == 0, result.output


def test_a_hashtag_of_ordinary_words_holds_no_name_but_a_name_after_them_is_found(check):
    post = "Wat een feest! #dankjewel #samensterk\nEn #dankjewelfenna voor de taart.\n"
    result = check("feest.txt", post)
    assert "feest.txt:1:" not in result.output, result.output
    assert "feest.txt:2:" in result.output, result.output


def test_a_brand_joined_to_a_thing_and_a_forwarded_mail_header_are_quiet(check):
    post = ("----- Doorgestuurd bericht -----\n"
            "Gevonden: een paar Nike-schoenen en een Lego-doos.\n")
    result = check("gevonden.txt", post)
    assert result.exit_code == 0, result.output


def test_the_heads_own_column_signed_before_the_next_heading_is_info_but_a_pupil_in_the_next_section_is_found(check):
    post = ("---\ntitel: Nieuwsbrief\nkanaal: nieuwsbrief\n---\n\n## Column\n\nIk wens u een fijne maand.\n\n"
            "Ingrid Hoekstra-Mulder\ndirecteur OBS De Klimop\n\n## Nieuwe leerlingen\n\n"
            "Welkom aan Fenna Dijkstra in groep 3. We wensen haar een fijne tijd.\n"
            "Verder is er nog veel te doen deze maand.\nVeel leesplezier.\n")
    result = check("brief.md", post, "--min-severity", "info")
    assert "brief.md:10:1: info A2-NAAM" in result.output, result.output
    assert "brief.md:15:" in result.output and "error A2-NAAM" in result.output, result.output


def test_a_teachers_greeting_and_name_on_one_line_is_her_sign_off_but_a_parents_is_found(check):
    teacher = "Lieve invaller, fijn dat je er bent!\nBedankt!\nGroetjes, Marloes (juf van 5/6)\n"
    result = check("overdracht.txt", teacher, "--author-role", "medewerker", "--min-severity", "info")
    assert "overdracht.txt:3:" in result.output and "info A2-NAAM" in result.output, result.output
    assert "error A2-NAAM" not in result.output, result.output
    parent = "Lieve juf, Sem is morgen ziek.\nGroetjes, Fatima (moeder van Sem)\n"
    result = check("bericht.txt", parent, "--author-role", "ouder")
    assert "bericht.txt:2:" in result.output and "error A2-NAAM" in result.output, result.output


def test_a_surname_that_is_also_a_word_opening_a_sentence_before_a_verb_of_acting_is_found(check):
    post = "Voor de kerstmarkt is alles klaar.\nHofstede zoekt nog twee ouders voor de kraam.\nHofstede is een oud woord.\n"
    result = check("kerst.md", post)
    assert "kerst.md:2:1: error A2-NAAM" in result.output, result.output
    assert "kerst.md:3:" not in result.output, result.output


def test_a_surname_no_list_knows_after_achternaam_in_a_form_is_found_but_a_field_of_words_is_not(check):
    post = "Aanmelding overblijven\nAchternaam: Oyelaran\nGroep: 4\nOpmerking: Graag\n"
    result = check("aanmelding.txt", post)
    assert "aanmelding.txt:2:13: error A2-NAAM" in result.output, result.output
    assert "aanmelding.txt:4:" not in result.output, result.output


def test_first_names_no_list_knows_listed_after_a_family_surname_and_a_colon_are_found(check):
    post = "Nieuw in de school zijn de broertjes Okafor: Chidike en Obinna kwamen uit Lagos.\n"
    result = check("nieuw.md", post)
    line = post.splitlines()[0]
    for name in ("Chidike", "Obinna"):
        assert f"nieuw.md:1:{line.index(name) + 1}: error A2-NAAM" in result.output, result.output


def test_a_pupil_whose_surname_is_a_method_or_a_brand_is_found(check):
    post = "Wij werken met Blink en Snappet.\nSem Blink uit groep 6 hielp bij de proefjes.\n"
    result = check("proefjes.md", post)
    assert "proefjes.md:1:" not in result.output, result.output
    assert "proefjes.md:2:1: error A2-NAAM" in result.output, result.output


def test_a_lower_case_first_name_that_is_a_word_before_a_lower_case_surname_is_found_but_the_bird_is_not(check):
    post = "Aandachtspunten:\n- merel dijkstra mag luisterboeken gebruiken.\n- de merel in de tuin voeren we elke dag.\n"
    result = check("lijst.txt", post)
    assert "lijst.txt:2:3: error A2-NAAM" in result.output, result.output
    assert "lijst.txt:3:" not in result.output, result.output


def test_a_place_walked_round_is_no_surname_but_a_parent_after_de_is_found(check):
    post = "De kinderen liepen 300 rondjes om de Kolk.\nDaarna fietsten ze rondom de Kolk.\nDe koffie kwam van meneer de Vries.\n"
    result = check("loop.md", post)
    assert "loop.md:1:" not in result.output and "loop.md:2:" not in result.output, result.output
    assert "loop.md:3:" in result.output, result.output
