"""The pipeline: stages meet once, and the organisation's settings are applied once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import write
from screener import config, pipeline
from screener.findings import Severity


def consent_list(tmp_path: Path) -> Path:
    year = dt.date.today().year
    return write(tmp_path / "toestemming.csv", "\n".join([
        "id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot;fotos",
        f"p-1;Sanne de Vries;leerling;5b;ja;nee;ja;ja;{year - 1}-08-01;{year + 1}-07-31;",
        f"p-2;Daan Bakker;leerling;5b;nee;nee;ja;ja;{year - 1}-08-01;{year + 1}-07-31;",
    ]) + "\n")


def test_re_ranked_name_rule_keeps_the_consent_verdicts(tmp_path: Path) -> None:
    cfg = config.from_dict({"consent": {"list": str(consent_list(tmp_path))}, "rules": {"A2-NAAM": "warning"}})
    post = write(tmp_path / "sportdag.txt", "Sanne de Vries won de zaklopen en Daan Bakker werd tweede.\n")
    found = {(f.rule, f.col): f.severity for f in pipeline.screen_file(post, cfg).findings}
    assert found[("A2-NAAM", 1)] is Severity.INFO  # consent for the website: info, not the re-ranked warning
    assert found[("A5-NAAM-ZONDER-TOESTEMMING", 35)] is Severity.ERROR
    assert ("A2-NAAM", 35) not in found


def test_invalid_suppression_finding_can_be_re_ranked(tmp_path: Path) -> None:
    post = write(tmp_path / "p.md", "<!-- screener: negeer A2-BSN -->\nBSN 111222333.\n")
    cfg = config.from_dict({"rules": {"E-ONDERDRUKKING": "error"}})
    found = {f.rule: f.severity for f in pipeline.screen_file(post, cfg).findings}
    assert found["E-ONDERDRUKKING"] is Severity.ERROR
    assert found["A2-BSN"] is Severity.ERROR  # a suppression without a reason silences nothing


def test_every_message_reads_as_a_sentence():
    from screener.emit import as_sentence

    assert as_sentence("de foto bevat een GPS-positie") == "De foto bevat een GPS-positie."
    assert as_sentence("Voeg toe: 'Ik werk bij Lithora.'") == "Voeg toe: 'Ik werk bij Lithora.'"
    assert as_sentence("'S*** d* V****' staat op de lijst (zie x.md:3:1)") == "'S*** d* V****' staat op de lijst (zie x.md:3:1)."
