"""Names that no list knows, found from how the sentence uses them: a name opening a sentence
before a person's verb or a quotation, a name after "dat" or "die"; and what only looks like one:
the words of an acronym's expansion, an app or a product."""

import pytest


def names(hits):
    return {text for text, rule in hits if rule == "A2-NAAM"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Xylandra vertelde over haar reis naar Suriname.", "Xylandra"),
    ("Het was een mooie dag. Zorvek mocht als eerste de taart aansnijden.", "Zorvek"),
    ('Quilana: "Ik vond het kamp super!"', "Quilana"),
    ("Quilana: 'Ik vond het kamp super!'", "Quilana"),
])
def test_an_unknown_name_opening_a_sentence_before_a_persons_verb_or_a_quotation_is_a_name(find, sentence, name):
    assert names(find(sentence)) == {name}


@pytest.mark.parametrize("sentence", [
    "Tip: neem een regenjas mee.",
    "Schoolreis: we vertrekken om 8 uur.",
    "Kahoot gaat ook mee in de les.",
])
def test_a_word_or_an_app_opening_a_sentence_is_no_name(find, sentence):
    assert not names(find(sentence))


@pytest.mark.parametrize(("sentence", "name"), [
    ("We zijn blij dat Zorvek weer beter is.", "Zorvek"),
    ("De kinderen die Zorvek hielpen kregen een sticker.", "Zorvek"),
    ("De winnaars zijn Zorvek en de rest van groep 6.", "Zorvek"),
])
def test_an_unknown_name_after_dat_or_die_is_a_name(find, sentence, name):
    assert names(find(sentence)) == {name}


@pytest.mark.parametrize("sentence", [
    "We weten dat Kahoot leuk is, maar die Chromebooks zijn oud.",
    "Ze lezen Die Zeit en zijn blij dat Lego-bouwen mag.",
])
def test_a_product_or_a_german_title_after_dat_or_die_is_no_name(find, sentence):
    assert not names(find(sentence))


@pytest.mark.parametrize("sentence", [
    "De gegevens gaan naar het National Cyber Security Centre (NCSC).",
    "Volgens de GGD (Gemeentelijke Gezondheidsdienst) en de Universal Mobile Telecommunications System (UMTS) regels.",
])
def test_the_words_of_an_acronyms_expansion_are_no_name(find, sentence):
    assert not names(find(sentence))


def test_a_name_with_its_initials_in_brackets_stays_a_name(find):
    found = names(find("Ons team:\nIlse Vermeulen (IV)\nSanne Bakker (SB)\nMeester Visser (MV)\n"))
    assert found == {"Ilse Vermeulen", "Sanne Bakker", "Meester Visser"}


def test_the_genitive_of_an_unknown_name_opening_a_sentence_is_a_name(find):
    assert names(find("Zorvekz' moeder bracht taart mee.")) == {"Zorvekz"}


def test_a_surname_with_a_capital_van_in_mid_sentence_is_a_name_even_when_it_is_also_a_place(find):
    assert names(find("De kinderen hadden het goed gedaan, zegt Van Diepenbeek.")) == {"Van Diepenbeek"}


def test_a_lower_case_van_before_a_place_is_where_someone_comes_from(find):
    assert not names(find("De kinderen van Diepenbeek kwamen op bezoek."))
