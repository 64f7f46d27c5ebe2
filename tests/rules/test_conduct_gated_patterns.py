"""A8's phrase patterns that compile only for a post with one of their category's `needs` that the pattern
spells out (screener/rules/data/conduct.yaml): a pattern that matched a text without any of them would go silent.
Checked on every A8 text the project holds (tests/data/conduct-dev, conduct-blind, conduct-blind2, conduct-blind3)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from screener.rules import lexicon

DATA = Path(__file__).resolve().parents[1] / "data"


def _texts() -> list[str]:
    cases = yaml.safe_load((DATA / "conduct-dev" / "cases.yaml").read_text(encoding="utf-8"))
    texts = [c["tekst"] for c in cases["positief"] + cases["negatief"]]
    for folder in ("conduct-blind", "conduct-blind2", "conduct-blind3"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / folder).glob("c*.txt"))]
    return [lexicon.fold(t) for t in texts]


# each pattern is gated by the needs it spells out, or by all of its category's (screener/rules/conduct.py)
GATED = [(name, [n for n in category["needs"] if n in pattern] or category["needs"], pattern)
         for name, category in lexicon.yaml_file("conduct.yaml").items() if category.get("needs")
         for pattern in category.get("patterns", [])]


@pytest.mark.parametrize(("category", "needs", "pattern"), GATED, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(GATED)])
def test_a_gated_pattern_matches_only_where_one_of_its_words_is(category, needs, pattern):
    compiled = lexicon.regexes([pattern])
    for text in _texts():
        if compiled.search(text):
            assert any(need in text for need in needs), (category, pattern[:60], text)


TOGETHER = [(name, rule["needs"], pattern)
            for name, category in lexicon.yaml_file("conduct.yaml").items()
            for rule in category.get("together", []) if rule.get("needs")
            for pattern in rule["parts"][0]]


@pytest.mark.parametrize(("category", "needs", "pattern"), TOGETHER,
                         ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(TOGETHER)])
def test_a_gated_first_part_of_a_together_rule_matches_only_where_one_of_its_words_is(category, needs, pattern):
    compiled = lexicon.regexes([pattern])
    for text in _texts():
        if compiled.search(text):
            assert any(need in text for need in needs), (category, pattern[:60], text)
