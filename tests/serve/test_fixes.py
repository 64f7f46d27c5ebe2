"""The one-click fixes: each gives a corrected text that the screener then passes."""

from __future__ import annotations

import pytest

from screener import config as config_module
from screener import documents
from screener.serve import fixes
from screener.serve.checking import Request, Upload, check


def _replaced(text: str, name: str) -> str:
    start = text.index(name)
    a, b, phrase = fixes.neutral_phrase(text, start, start + len(name))
    return fixes.replace_span(text, a, b, phrase)


@pytest.mark.parametrize("text, name, expected", [
    ("Op het podium stond Sanne de Vries, trots als altijd. Groep 5 zong.", "Sanne de Vries",
     "Op het podium stond een leerling uit groep 5, trots als altijd. Groep 5 zong."),
    ("Sanne de Vries uit groep 5 won.", "Sanne de Vries", "Een leerling uit groep 5 won."),
    ("Groep 4 en groep 5 zongen; Sanne de Vries deed de solo.", "Sanne de Vries",
     "Groep 4 en groep 5 zongen; een leerling deed de solo."),
    ("Dank aan juf Lotte Jansen voor de hulp.", "Lotte Jansen", "Dank aan een leerkracht voor de hulp."),
    ("Ook vader Karim hielp mee.", "Karim", "Ook een ouder hielp mee."),
    ("Feest!\n\n- Sanne de Vries las voor", "Sanne de Vries", "Feest!\n\n- Een leerling las voor"),
    ("# Winnaar\n\nDe prijs ging naar\nSanne de Vries.", "Sanne de Vries", "# Winnaar\n\nDe prijs ging naar\neen leerling."),
])
def test_a_name_is_replaced_by_a_neutral_phrase_that_says_no_more_than_the_text_does(text, name, expected):
    assert _replaced(text, name) == expected


def test_removing_a_finding_leaves_no_double_space():
    text = "Bel Sanne op 06-12345678 als er iets is."
    start = text.index("op 06")
    assert fixes.remove_span(text, start + 3, start + 14) == "Bel Sanne op als er iets is."


def test_the_affiliation_line_names_the_organisation_and_the_writers_function():
    assert fixes.affiliation_line("Lithora", "leerkracht groep 5 ") == "Ik werk als leerkracht groep 5 bij Lithora."
    assert fixes.affiliation_line("Lithora", "") == "Ik werk bij Lithora."


@pytest.fixture(scope="module")
def config():
    return config_module.from_dict({})


TEACHER_POST = "Wat een mooie musical van OBS De Regenboog vandaag! Ik ben zo trots op de kinderen."


def _apply(answer: dict, rule: str) -> str:
    finding = next(f for f in answer["findings"] if f["rule"] == rule)
    return finding["actions"][0]["text"]


@pytest.mark.parametrize("channel, function, rule", [
    ("persoonlijk", "", "D3-MEDEWERKER"),
    ("persoonlijk", "", "D4-DISCLAIMER"),
    ("website", "leerkracht groep 5", "C2-FUNCTIE"),
])
def test_each_protocol_fix_makes_its_finding_go_away_and_adds_nothing_else(config, channel, function, rule):
    asked = dict(channel=channel, author_role="medewerker", author_function=function)
    before = check(Request(text=TEACHER_POST, **asked), config)
    fixed = _apply(before, rule)
    after = check(Request(text=fixed, **asked), config)
    assert rule not in {f["rule"] for f in after["findings"]}
    assert {f["rule"] for f in after["findings"]} <= {f["rule"] for f in before["findings"]} - {rule}
    assert fixed.startswith(TEACHER_POST)


def test_c2_without_a_function_asks_for_it_instead_of_inventing_one(config):
    answer = check(Request(text=TEACHER_POST, channel="website", author_role="medewerker"), config)
    action = next(f for f in answer["findings"] if f["rule"] == "C2-FUNCTIE")["actions"][0]
    assert action["text"] is None and "functie" in action["label"].lower()


def test_the_disclaimer_goes_inside_the_article_of_an_html_post(config):
    html = f"<html><body><article><p>{TEACHER_POST}</p></article></body></html>"
    answer = check(Request(text=html, name="bericht.html", channel="persoonlijk", author_role="medewerker"), config)
    fixed = _apply(answer, "D4-DISCLAIMER")
    assert fixed.index("op persoonlijke titel") < fixed.index("</article>")


def test_a_dropped_word_file_is_read_in_memory_and_its_pupils_bsn_is_found(config):
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Nieuws uit groep 5: de schoolreis was een groot succes.")
    document.add_paragraph("Het BSN van de nieuwe leerling is 111222333.")
    data = io.BytesIO()
    document.save(data)
    answer = check(Request(file=Upload("nieuwsbrief.docx", data.getvalue())), config)
    bsn = [f for f in answer["findings"] if f["rule"] == "A2-BSN"]
    assert len(bsn) == 1 and "Alinea 2" in bsn[0]["message"] and "111222333" not in bsn[0]["message"]
