"""Names of children and staff as school posts write them, and words that only look like names."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Vandaag gaf juf Marieke de les.", "juf Marieke"),
        ("Meester Ahmed ging mee naar het bos.", "Meester Ahmed"),
        ("Sanne uit groep 5 won de tekenwedstrijd.", "Sanne"),
        ("We bedanken de familie De Vries voor de taart.", "familie De Vries"),
        ("Daan (groep 7) las het gedicht voor.", "Daan"),
        ("Anne-Fleur speelde de hoofdrol.", "Anne-Fleur"),
        ("De brief is getekend door B. van Dam.", "B. van Dam"),
        ("Welkom aan mevrouw Bakker-de Graaf!", "mevrouw Bakker-de Graaf"),
        ("De moeder van Sem hielp mee.", "Sem"),
    ],
)
def test_school_phrasing_of_names(find, sentence, name):
    assert (name, "A2-NAAM") in find(sentence)


def test_every_name_in_a_list_of_children(find):
    hits = find("Op de foto: Lotte, Noor en Xylanthe.")
    names = {text for text, rule in hits if rule == "A2-NAAM"}
    assert {"Lotte", "Noor", "Xylanthe"} <= names


def test_name_not_in_any_list_found_by_school_context(find):
    assert ("Quirijntje", "A2-NAAM") in find("Quirijntje uit groep 3 heeft een tand verloren.")


@pytest.mark.parametrize("sentence", ["Hart voor onderwijs.", "Rust in de klas na de pauze.",
                                      "April is een drukke maand.", "Roos is de mooiste bloem."])
def test_ordinary_words_at_sentence_start_are_not_names(find, sentence):
    assert not any(rule == "A2-NAAM" for _, rule in find(sentence))


def test_months_in_mid_sentence_are_not_names(find):
    assert not any(rule == "A2-NAAM" for _, rule in find("De ouderavond is op 3 April en 7 Mei."))


def test_place_names_are_reported_as_places(find):
    hits = find("Ze verhuist van Amersfoort naar Den Haag.")
    assert ("Amersfoort", "A2-PLAATS") in hits
    assert ("Den Haag", "A2-PLAATS") in hits


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Groep 8 zamelde geld in voor een school in Sierra Leone.", "Sierra Leone"),  # "Sierra": a first name
        ("Juf Ans vertelde over haar reis naar Rio de Janeiro.", "Rio de Janeiro"),  # "Rio": a first name
        ("De burgemeester van Luik opende de tentoonstelling.", "Luik"),  # "van Luik": also a surname
        ("We maakten een werkstuk over het centrum van Brussel.", "Brussel"),
        ("De klas leerde over de dialecten van Vlaanderen.", "Vlaanderen"),  # also a surname
    ],
)
def test_places_that_look_like_names_are_places(find, sentence, place):
    hits = find(sentence)
    assert (place, "A2-PLAATS") in hits
    assert not [text for text, rule in hits if rule == "A2-NAAM" and text != "Juf Ans"]


def test_a_person_with_a_title_or_first_name_before_a_place_like_surname_stays_a_person(find):
    hits = find("Meneer van Luik en Sanne van Brussel hielpen bij de sportdag.")
    assert ("Meneer van Luik", "A2-NAAM") in hits
    assert ("Sanne van Brussel", "A2-NAAM") in hits


@pytest.mark.parametrize("sentence", [
    "Sint en Piet komen op 5 december naar school.",  # Piet: a character here
    "Daarna dansten we op het lied van Kinderen voor Kinderen.",  # "van Kinderen": also in a surname list
    "We gaan met de bus van Arriva naar het museum.",
])
def test_characters_songs_and_companies_are_not_persons(find, sentence):
    assert [text for text, rule in find(sentence) if rule == "A2-NAAM"] == []


def test_organisation_and_school_names_are_not_persons(find):
    from screener import config as screener_config

    cfg = screener_config.from_dict({"organisation": {"schools": ["OBS De Regenboog", "Kindcentrum Jan Ligthart"]}})
    hits = find("Kindcentrum Jan Ligthart en OBS De Regenboog vierden feest.", cfg)
    assert not any(rule == "A2-NAAM" for _, rule in hits)
