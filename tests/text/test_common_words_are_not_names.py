"""Capitalised words that are no person (headings, shops, characters, organisations, countries)
are not reported as a name, while the child or teacher in the same sentence still is."""

from pathlib import Path

import pytest

from screener import config as screener_config
from screener import pipeline
from screener.text import vocabulary


def names(hits: list[tuple[str, str]]) -> set[str]:
    return {text for text, rule in hits if rule == "A2-NAAM"}


@pytest.mark.parametrize(
    ("sentence", "not_a_name", "name"),
    [
        ("Schoolreis groep 6 naar de Efteling: Sanne uit groep 6 won de quiz.", "Schoolreis", "Sanne"),
        ("Vandaag ging groep 6 op Schoolreis en Daan (groep 6) was jarig.", "Schoolreis", "Daan"),
        ("Zwarte Piet gaf Lotte een pepernoot.", "Piet", "Lotte"),
        ("Met dank aan Hema en Jumbo voor de prijzen, die Noor uitdeelde.", "Hema", "Noor"),
        ("Op maandag heeft groep 5 Gym, Muziek en Techniek met meester Ahmed.", "Techniek", "meester Ahmed"),
        ("Voor Kerstviering en Sportdag zoeken we hulpouders, meld je bij juf Sanne.", "Sportdag", "juf Sanne"),
        ("Groep 4 las Pluk van de Petteflet en juf Marieke las voor.", "Pluk van de Petteflet", "juf Marieke"),
        ("Bedankt aan sponsor Omega Pharma en aan meester Ahmed.", "Omega Pharma", "meester Ahmed"),
        ("De kinderen uit Sint-Niklaas schreven een brief aan Sem.", "Niklaas", "Sem"),
    ],
)
def test_common_word_is_not_a_name_but_the_child_in_the_same_sentence_is(find, sentence, not_a_name, name):
    found = names(find(sentence))
    assert name in found
    assert not any(not_a_name in text or text in not_a_name for text in found - {name})


def test_schoolreis_in_an_html_title_is_no_finding_while_the_name_in_the_text_is(tmp_path: Path):
    post = tmp_path / "schoolreis.html"
    post.write_text(
        "<html><head><title>Schoolreis groep 6 naar de Efteling</title></head>\n"
        "<body><p>Wat een dag! Sanne uit groep 6 durfde in de Python.</p></body></html>\n",
        encoding="utf-8",
    )
    result = pipeline.screen_file(post, screener_config.from_dict({}))
    name_findings = [f for f in result.findings if f.rule == "A2-NAAM"]
    assert [(f.line, f.excerpt[0]) for f in name_findings] == [(2, "S")]


def test_country_that_is_also_a_first_name_is_a_place(find):
    hits = find("Groep 8 schreef een brief aan kinderen in Israël, namens Lotte.")
    assert ("Israël", "A2-PLAATS") in hits
    assert names(hits) == {"Lotte"}


def test_first_name_that_is_also_a_country_stays_a_name_with_school_context(find):
    assert ("Georgia", "A2-NAAM") in find("Georgia (groep 4) won de voorleeswedstrijd.")


def test_strong_cue_keeps_a_name_that_is_also_a_dutch_word(find):
    assert any("Pluk" in text for text in names(find("De moeder van Pluk bracht taart mee.")))


def test_names_before_a_capitalised_groep_stay_names(find):
    found = names(find("Op de foto: Daan Groep 3 en Noor Groep 4 bij de Schooltuin."))
    assert {"Daan", "Noor"} <= found


def test_unknown_name_that_is_no_dutch_word_is_still_found_in_mid_sentence(find):
    assert "Xylanthe" in names(find("Gisteren kwam Xylanthe voor het eerst op school."))


def test_medical_term_after_an_initial_is_no_person_but_a_teacher_is(find):
    found = names(find("Uitleg over de ziekte: M. Alzheimer, besproken door A. de Vries."))
    assert "A. de Vries" in found
    assert not any("Alzheimer" in text for text in found)


def test_dutch_vocabulary_is_installed_and_tells_words_from_names():
    assert vocabulary.available(), "screener/text/data/dutch_words.zip ontbreekt"
    assert vocabulary.is_dutch_word("Schoolreis")
    assert vocabulary.is_dutch_word("Commissies")  # a plural of a listed word
    assert not vocabulary.is_dutch_word("Xylanthe")
    assert not vocabulary.is_dutch_word("Marieke")
