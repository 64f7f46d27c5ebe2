"""A pattern is only run on a text that holds what it cannot match without (a digit and a separator for a
date, a street suffix before a number for an address, "@" for a handle, ...): each value is still found
when it stands alone in a draft, also beside drafts that lack it in one batch."""

from __future__ import annotations

import pytest

from screener.text import analyzer

DRAFTS = [
    ("Sanne is geboren op 12-03-2016.", "12-03-2016", "A2-GEBOORTEDATUM"),
    ("Sanne is geboren op 12 maart 2016.", "12 maart 2016", "A2-GEBOORTEDATUM"),
    ("Geboortedatum: 2016-03-12", "2016-03-12", "A2-GEBOORTEDATUM"),
    ("De auto met kenteken XF-28-ZR stond op het plein.", "XF-28-ZR", "A2-KENTEKEN"),
    ("De auto van de buren heeft kenteken ghx 74 p.", "ghx 74 p", "A2-KENTEKEN"),
    ("Bezoek ons op Kerkstraat 12 in het dorp.", "Kerkstraat 12", "A2-ADRES"),
    ("Stuur de brief naar Postbus 123.", "Postbus 123", "A2-ADRES"),
    ("Mail hem op pietjansen (at) gmail (dot) com voor vragen.", "pietjansen (at) gmail (dot) com", "A2-EMAIL"),
    ("Kijk op www.sannesblog.nl voor de foto's.", "www.sannesblog.nl", "A2-URL"),
    ("Volg Sanne op @sanne_2015 voor meer.", "@sanne_2015", "A2-ACCOUNT"),
    ("Hij zit op Roblox als BeerBoy_2018 en speelt elke dag.", "BeerBoy_2018", "A2-ACCOUNT"),
]
PLAIN = "Vandaag had groep 5 een les over de herfst in het park achter de school."


def _found(text: str, hits) -> set[tuple[str, str]]:  # noqa: ANN001
    return {(text[h.start:h.end], h.rule) for h in hits}


@pytest.mark.parametrize(("text", "value", "rule"), DRAFTS, ids=[d[2] + ":" + d[1] for d in DRAFTS])
def test_a_value_alone_in_its_draft_is_found(cfg, text, value, rule):
    assert (value, rule) in _found(text, analyzer.analyze(text, cfg))


def test_each_draft_of_a_batch_gets_its_own_value_beside_drafts_without_one(cfg):
    texts = [PLAIN] + [d[0] for d in DRAFTS] + [PLAIN]
    batch = analyzer.analyze_many(texts, cfg)
    for (text, value, rule), hits in zip(DRAFTS, batch[1:-1]):
        assert (value, rule) in _found(text, hits), text
    assert batch[0] == [] and batch[-1] == []
    assert batch == [analyzer.analyze(t, cfg) for t in texts]
