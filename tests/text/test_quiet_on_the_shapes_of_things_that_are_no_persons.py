"""The shape of the sentence around a capitalised word says it names no person, whatever the word, as a user sees
it from `screener check`: a verb opening an imperative or a verb-first question ("Bel ons", "Ken je iemand"), a
product's maker ("(merk Tangara)", "nieuw meubilair van Mobilia", "een zetpil Dafalgan"), a programme, platform,
service or institution by its kind ("het platform Rekentuin", "Hanzehogeschool University", "Bring the Beat"), a
school abroad ("Grundschule am Stadtpark"), a Bible reference ("Marcus 4:35"), a class pet after its kind
("Cavia Pluisje van groep 3"). A pupil of the same name is still found. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_verb_opening_an_imperative_or_a_question_is_no_name(check):
    post = ("# Lentefeest\n\n"
            "Ken je iemand die kan helpen met de kramen? Bel ons gerust.\n"
            "Hang deze poster op bij de bakker.\n"
            "Kent u een goede fotograaf?\n"
            "- Neem je eigen beker mee.\n"
            "Mark je agenda: vrijdag 12 april.\n")
    result = check("lentefeest.md", post)
    assert result.exit_code == 0, result.output


def test_pupils_named_like_a_verb_are_still_found(check):
    post = ("# Lentefeest\n\n"
            "Ken en Fenna verkochten de meeste lootjes.\n"
            "Mark (groep 6) hing de slingers op.\n"
            "Ken de Groot gaf de prijzen.\n")
    result = check("lentefeest.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Ken", "Fenna", "Mark", "Ken de Groot"):
        assert reported_at(result, "lentefeest.md", post, name), result.output


def test_makers_of_furniture_and_medicine_are_no_persons(check):
    post = ("Te koop: oude inventaris van OBS De Lindehof\n\n"
            "We krijgen nieuw meubilair van Mobilia, dus dit moet weg:\n"
            "- 30 leerlingstoelen (Tangara), € 4 per stuk\n"
            "- een digibord van het merk Prowise\n"
            "- 2 kasten met opbergbakken (Gratnells, Bisley)\n\n"
            "Bij koorts mag uw kind een zetpil Dafalgan, of Nurofen 200 mg.\n")
    result = check("verkoop.txt", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_beside_the_furniture_is_still_found(check):
    post = ("# Klusdag\n\n"
            "De kasten (Sem, groep 7) zijn geverfd. De tafel van Noor Veldman is gerepareerd.\n")
    result = check("klusdag.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Sem", "Noor Veldman"):
        assert reported_at(result, "klusdag.md", post, name), result.output


def test_programmes_platforms_services_and_institutions_by_their_kind_are_no_persons(check):
    post = ("# Gezonde school\n\n"
            "We oefenen op het platform Rekentuin en doen mee met het programma Lekker Fit.\n"
            "Studenten van Hanzehogeschool University en de muziek van Sky Radio hielpen mee.\n"
            "Het water komt van Bring the Beat. Een hulpouder vraagt de VOG aan bij Justis.\n")
    result = check("gezond.md", post)
    assert result.exit_code == 0, result.output


def test_a_school_abroad_is_no_person(check):
    post = ("# Penvrienden\n\n"
            "Groep 8 schrijft met de Grundschule am Stadtpark en met Szkoła Podstawowa nr 12 im. Jana Pawła.\n")
    result = check("penvrienden.md", post)
    assert result.exit_code == 0, result.output


def test_a_bible_reference_is_no_person_but_a_pupil_of_that_name_is(check):
    quiet = ("# Weekopening\n\n"
             "We lazen Marcus 4:35-41 en zongen Psalm 121. Volgende week: Lucas 15.\n")
    result = check("opening.md", quiet)
    assert result.exit_code == 0, result.output
    post = ("# Dictee\n\n"
            "De beste scores: Lucas 9, Marcus 8.\n")
    result = check("dictee.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Lucas", "Marcus"):
        assert reported_at(result, "dictee.md", post, name), result.output


def test_a_class_pet_after_its_kind_is_no_person_but_a_pupil_with_an_animals_surname_is(check):
    quiet = ("# Dierendag\n\n"
             "Groep 3 maakte een hok. Cavia Pluisje van groep 3 mocht er als eerste in.\n")
    result = check("dierendag.md", quiet)
    assert result.exit_code == 0, result.output
    post = ("# Dierendag\n\n"
            "Groep 3 maakte een hok. Konijn Sem (groep 3) mocht het eerst voeren.\n")
    result = check("dierendag.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "dierendag.md", post, "Konijn Sem"), result.output


def test_a_theme_parks_areas_a_dinosaur_and_a_tests_name_are_no_persons(check):
    post = ("Groep 4 op schoolreis 🦕\n\n"
            "Eerst de Ridderstad, daarna het Piratenland, waar de Stegosaurus Spike stond te kijken.\n"
            "Groep 8 oefent intussen voor de Anglia Junior Explorer toets.\n")
    result = check("schoolreis.txt", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_with_a_surname_shaped_like_a_place_is_still_found(check):
    post = ("# Schoolreis\n\n"
            "Daan Hoogland en Mila Westdorp wonnen de speurtocht in het Sprookjesbos.\n")
    result = check("schoolreis.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Daan Hoogland", "Mila Westdorp"):
        assert reported_at(result, "schoolreis.md", post, name), result.output


def test_a_band_an_action_and_a_quoted_programme_are_no_persons(check):
    post = ("# Lentemarkt\n\n"
            "De band The Rolling Kids speelde, daarna het koor Zangvogels.\n"
            "De opbrengst gaat naar de actie Schoenendoos, en we doen mee met de \"Healthy Mile\".\n")
    result = check("markt.md", post)
    assert result.exit_code == 0, result.output


def test_a_quoted_pupil_a_chat_nickname_and_a_childs_medicine_still_name_the_child(check):
    post = ("[12-03-2026 19:02:11] Kees de penning: ontvangen, dank je\n"
            "[12-03-2026 19:04:40] Kees de penning: \"Noor Visser\" heeft nog niet betaald\n"
            "[12-03-2026 19:05:02] Kees de penning: en de medicijnen Lucas zitten in de tas\n")
    result = check("chat.txt", post)
    assert result.exit_code == 1, result.output
    for name in ("Kees", "Visser", "Lucas"):  # the quoted name is reported from its surname on
        assert reported_at(result, "chat.txt", post, name), result.output


def test_seasons_with_a_capital_are_no_persons_but_a_surname_winter_is(check):
    quiet = ("# Muziekles\n\n"
             "Bij de Vier Jaargetijden schilderde groep 5 de Herfst, groep 6 de Zomer.\n")
    result = check("muziek.md", quiet)
    assert result.exit_code == 0, result.output
    post = ("# Muziekles\n\n"
            "Mila de Winter en juf Zomer speelden de Herfst van Vivaldi.\n")
    result = check("muziek.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Mila de Winter", "juf Zomer"):
        assert reported_at(result, "muziek.md", post, name), result.output


def test_the_character_a_child_dresses_up_as_and_a_brand_after_its_package_are_no_persons(check):
    post = ("# Carnaval\n\n"
            "Alle kinderen mogen verkleed komen als Spiderman, Elsa of als Kapitein Haak.\n"
            "Neem een pakje Wicky en een zakje Haribo mee voor de pauze.\n")
    result = check("carnaval.md", post)
    assert result.exit_code == 0, result.output


def test_a_pupil_beside_a_costume_or_a_package_is_still_found(check):
    post = ("# Carnaval\n\n"
            "Verkleed als Daan (groep 8) kwam de juf binnen. Het zakje van Noor Veldman lag nog in de klas.\n")
    result = check("carnaval.md", post)
    assert result.exit_code == 1, result.output
    for name in ("Daan", "Noor Veldman"):
        assert reported_at(result, "carnaval.md", post, name), result.output
