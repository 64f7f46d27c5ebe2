"""Names as people type them in informal posts (lower case, hashtags), and what only looks like a
person: children's culture, authors as authors, public figures, shops, brands, streets."""

import pytest


def names(hits):
    return {text for text, rule in hits if rule == "A2-NAAM"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("gisteren waren kaan en mirthe allebei ziek", {"kaan", "mirthe"}),
    ("een dikke pluim voor fenna en joep uit groep 6a", {"fenna", "joep"}),
    ("in de finale scoorde jesse twee keer", {"jesse"}),
    ("en toen viel daantje van de glijbaan", {"daantje"}),
    ("jarige van de week: fenna (8)", {"fenna"}),
])
def test_first_names_typed_in_lower_case_are_names(find, sentence, expected):
    assert names(find(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "de roos in de tuin bloeit en de kaan is op",
    "we hebben een line dance gedaan met de hele klas",
    "marie",
    "mail naar info@fenna.nl of volg @joep.bakker",
])
def test_lower_case_words_and_addresses_are_not_taken_for_names(find, sentence):
    assert not names(find(sentence))


@pytest.mark.parametrize(("caption", "name"), [
    ("Wat een feest! #teamNoor #groep8", "Noor"),
    ("#dankjewelmeesterKoen voor alles", "Koen"),
    ("#bedanktjuffenna #laatstedag", "fenna"),
    ("#feestvoorjuflotte", "lotte"),
    ("#teamFemke", "Femke"),  # also the first name of a public figure in the lists
])
def test_the_name_part_of_a_hashtag_is_reported(find, caption, name):
    assert names(find(caption)) == {name}


def test_a_hashtag_reports_the_name_at_its_own_position(cfg):
    from screener.text import analyzer

    text = "Hoera! #teamMila"
    [hit] = [h for h in analyzer.analyze(text, cfg) if h.rule == "A2-NAAM"]
    assert text[hit.start:hit.end] == "Mila" and hit.start == text.index("Mila")


def test_a_school_hashtag_or_a_word_after_team_is_no_name(find):
    assert not names(find("#obsdevlinderhof #teamroos #sportdag #KinderboekenWeek"))


@pytest.mark.parametrize("sentence", [
    "De kleuters zongen over Nijntje en Dikkie Dik, en daarna keken we Bumba.",
    "Elsa uit Frozen stond naast Anna en Olaf op het podium.",
    "Wie is jullie favoriet uit Harry Potter: Harry, Ron of Hermelien?",
    "We lazen Rupsje Nooitgenoeg en daarna Boer Boris gaat naar zee.",
    "Groep 3 las het prentenboek van Max Velthuijs en de boeken van Carry Slee.",
    "We lazen *De Heksen* van Roald Dahl, een Engelse schrijver.",
    "Het boek is geschreven door Thea Beckman.",
    "Net als koning Willem-Alexander en koningin Máxima dansten we mee.",
    "De fruitschalen kwamen van de Albert Heijn, de ballen van Nike en de hesjes van de HEMA.",
    "Het paasontbijt werd gesponsord door Bart Smit en boekhandel Veldkamp.",
    "Verzamelen bij de ingang aan de Jan van Galenstraat.",
    "De Paw Patrol-speurtocht was een succes, Marshall en Chase waren er ook.",
])
def test_culture_authors_public_figures_shops_and_streets_are_no_persons(find, sentence):
    assert not names(find(sentence))


def test_a_character_name_is_a_child_in_a_post_without_the_story(find):
    assert names(find("Elsa en Sanne uit groep 4 hebben de poster gemaakt.")) == {"Elsa", "Sanne"}


def test_a_childs_own_book_keeps_the_childs_name(find):
    assert names(find("Het boek van Sanne ligt nog in de klas.")) == {"Sanne"}


def test_juf_before_a_character_name_makes_it_a_person(find):
    assert any("Elsa" in name for name in names(find("Juf Elsa las voor uit Frozen.")))


@pytest.mark.parametrize(("sentence", "name"), [
    ("Roos mocht als eerste de taart aansnijden.", "Roos"),
    ("Fleur kreeg haar zwemdiploma.", "Fleur"),
])
def test_a_first_name_that_is_also_a_word_opening_a_sentence_with_a_persons_verb_is_a_name(find, sentence, name):
    assert names(find(sentence)) == {name}


def test_the_same_word_opening_a_sentence_about_a_thing_is_no_name(find):
    assert not names(find("Roos is een bloem met doornen. Hart voor de zaak."))


def test_a_baby_named_like_a_character_after_van_is_a_name(find):
    assert names(find("Juf Tamara is de trotse moeder geworden van Anna.")) >= {"Anna"}


def test_a_turkish_capital_before_a_character_does_not_shift_the_lists(find):
    # "İ".lower() is two characters long: the lists must still match at the right place
    assert names(find("İlayda keek naar Frozen met Elsa, Anna en Olaf.")) == {"İlayda"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Het boek van Dirk ligt nog in de klas.", {"Dirk"}),
    ("De boodschappen haalden we bij de Dirk.", set()),
    ("Nike uit groep 3 won de sprint.", {"Nike"}),
    ("Schoenen van Nike, van Puma of van de Zeeman: als ze maar passen.", set()),
])
def test_a_brand_that_is_also_a_first_name_is_a_brand_only_with_an_article_or_among_brands(find, sentence, expected):
    assert names(find(sentence)) == expected
