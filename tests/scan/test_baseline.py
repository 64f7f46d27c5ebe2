"""`screener baseline`: accepted findings in old material stay quiet until they expire, and never hold the value."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from scan_helpers import PUPIL_POST
from screener import baseline as baseline_module
from screener.cli import main

NEXT_YEAR = (dt.date.today() + dt.timedelta(days=365)).isoformat()


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_accepted_findings_are_not_reported_and_the_file_holds_no_name(media: Path) -> None:
    created = _run("baseline", "create", "--reason", "archief 2023, al gepubliceerd met toestemming",
                   "--expires", NEXT_YEAR, "media")
    assert created.exit_code == 0, created.output
    stored = Path(".screener-baseline.json").read_text(encoding="utf-8")
    assert "Sanne" not in stored and "Vries" not in stored
    entries = json.loads(stored)["entries"]
    assert [(e["rule"], e["path"], e["expires"]) for e in entries] == [
        ("A2-NAAM", "media/2023/sport/tekenwedstrijd.md", NEXT_YEAR)]

    quiet = _run("scan", "--no-progress", "media")
    assert quiet.exit_code == 0, quiet.output
    assert "A2-NAAM" not in quiet.stdout
    assert "1 geaccepteerd via de baseline" in quiet.stderr

    # A new name in the same old post is not covered by the acceptance.
    post = media / "2023" / "sport" / "tekenwedstrijd.md"
    post.write_text(post.read_text(encoding="utf-8") + "Ook Daan Bakker deed mee.\n", encoding="utf-8")
    loud = _run("scan", "--no-progress", "media")
    assert loud.exit_code == 1
    assert "media/2023/sport/tekenwedstrijd.md:4:" in loud.stdout
    assert "media/2023/sport/tekenwedstrijd.md:3:" not in loud.stdout


def test_expired_acceptance_no_longer_suppresses_and_says_so(media: Path) -> None:
    _run("baseline", "create", "--reason", "oud nieuws", "--expires", NEXT_YEAR, "media")
    path = Path(".screener-baseline.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"][0]["expires"] = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    path.write_text(json.dumps(data), encoding="utf-8")

    result = _run("scan", "--no-progress", "media")
    assert result.exit_code == 1
    assert "A2-NAAM" in result.stdout and "die acceptatie is verlopen" in result.stdout


def test_prune_drops_expired_entries_and_findings_that_are_gone(media: Path) -> None:
    (media / "2024" / "sportdag.md").write_text(PUPIL_POST.replace("Sanne de Vries", "Daan Bakker"), encoding="utf-8")
    _run("baseline", "create", "--reason", "oud nieuws", "--expires", NEXT_YEAR, "media")
    assert len(baseline_module.load(Path(".screener-baseline.json")).entries) == 2

    (media / "2024" / "sportdag.md").write_text("Sportdag was een succes.\n", encoding="utf-8")
    pruned = _run("baseline", "prune", "media")
    assert pruned.exit_code == 0, pruned.output
    left = baseline_module.load(Path(".screener-baseline.json")).entries
    assert [e.path for e in left] == ["media/2023/sport/tekenwedstrijd.md"]


def test_update_adds_new_findings_and_a_past_expiry_is_refused(media: Path) -> None:
    _run("baseline", "create", "--reason", "oud nieuws", "--expires", NEXT_YEAR, "media/2023")
    (media / "2024" / "sportdag.md").write_text(PUPIL_POST.replace("Sanne de Vries", "Daan Bakker"), encoding="utf-8")
    updated = _run("baseline", "update", "--reason", "oud nieuws", "--expires", NEXT_YEAR, "media")
    assert updated.exit_code == 0, updated.output
    assert "1 nieuw, 2 in totaal" in updated.output
    again = _run("baseline", "create", "--reason", "x", "--expires", NEXT_YEAR, "media")
    assert again.exit_code == 2 and "baseline update" in again.output
    past = _run("baseline", "update", "--reason", "x", "--expires", "2020-01-01", "media")
    assert past.exit_code == 2 and "verleden" in past.output
