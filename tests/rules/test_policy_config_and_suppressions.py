"""Rules switched off or re-ranked in the configuration, and suppressions written in the post."""

from __future__ import annotations

from policy_helpers import front, make_config, only, rules, screen

from screener import documents
from screener.findings import Severity
from screener.rules import apply_suppressions, parse_suppressions

POST = front("persoonlijk", "medewerker") + "Lithora bezuinigt op muziek.\n"


def never_personal(reason: str) -> bool:
    return False


def names_jansen(reason: str) -> bool:  # stands in for the text stage's name detection
    return "Jansen" in reason


def test_rule_switched_off_in_configuration_is_not_reported(tmp_path):
    found = screen(tmp_path, POST, cfg=make_config(rules={"D4-DISCLAIMER": "off"}))
    assert rules(found) == {"D3-MEDEWERKER"}


def test_rule_re_ranked_in_configuration_gets_that_severity(tmp_path):
    found = screen(tmp_path, POST, cfg=make_config(rules={"D3-MEDEWERKER": "error"}))
    assert only(found, "D3-MEDEWERKER").severity == Severity.ERROR
    assert only(found, "D4-DISCLAIMER").severity == Severity.WARNING


def _suppress(tmp_path, text, contains_personal_data=never_personal):
    path = tmp_path / "bericht.md"
    path.write_text(text, encoding="utf-8")
    doc = documents.load(path)
    findings = screen(tmp_path, text)
    return apply_suppressions(doc, findings, parse_suppressions(doc), contains_personal_data, make_config())


def test_suppression_with_reason_silences_the_rule_on_the_next_line(tmp_path):
    text = front("persoonlijk", "ouder") + \
        "<!-- screener: negeer A8-FATSOEN reden: citaat uit de les over schelden -->\n" \
        "Wie 'sukkel' roept, doet een ander pijn.\n\nEn 'idioot' ook.\n"
    left = _suppress(tmp_path, text)
    assert [(f.rule, f.line) for f in left] == [("A8-FATSOEN", 8)]  # only the unsuppressed line


def test_suppression_without_reason_does_not_silence_and_is_reported(tmp_path):
    text = front("persoonlijk", "ouder") + "Die juf is een sukkel. <!-- screener: negeer A8-FATSOEN -->\n"
    left = _suppress(tmp_path, text)
    assert rules(left) == {"A8-FATSOEN", "E-ONDERDRUKKING"}
    problem = only(left, "E-ONDERDRUKKING")
    assert problem.line == 5 and "zonder reden" in problem.message


def test_suppression_whose_reason_names_a_person_does_not_silence(tmp_path):
    text = front("persoonlijk", "ouder") + \
        "<!-- screener: negeer A8-FATSOEN reden: mevrouw Jansen vond het goed -->\nDie juf is een sukkel.\n"
    left = _suppress(tmp_path, text, names_jansen)
    assert rules(left) == {"A8-FATSOEN", "E-ONDERDRUKKING"}
    problem = only(left, "E-ONDERDRUKKING")
    assert "persoonsgegevens" in problem.message and "Jansen" not in problem.message + problem.excerpt


def test_whole_file_suppression_silences_a_missing_statement(tmp_path):
    text = POST + "\n<!-- screener: negeer-bestand D4-DISCLAIMER reden: mededeling staat in mijn profiel -->\n"
    assert rules(_suppress(tmp_path, text)) == {"D3-MEDEWERKER"}


def test_suppression_of_an_unknown_rule_is_reported(tmp_path):
    text = POST + "<!-- screener: negeer D9-ONZIN reden: mag van de directie -->\n"
    left = _suppress(tmp_path, text)
    assert "onbekende regel D9-ONZIN" in only(left, "E-ONDERDRUKKING").message


def test_suppression_for_another_rule_leaves_the_finding(tmp_path):
    text = front("persoonlijk", "ouder") + \
        "<!-- screener: negeer A2-NAAM, A2-PLAATS reden: toestemming ouders -->\nDie juf is een sukkel.\n"
    suppressions = parse_suppressions(documents.load(_write(tmp_path, text)))
    assert suppressions[0].rules == ("A2-NAAM", "A2-PLAATS")
    assert rules(_suppress(tmp_path, text)) == {"A8-FATSOEN"}


def _write(tmp_path, text):
    path = tmp_path / "los.md"
    path.write_text(text, encoding="utf-8")
    return path
