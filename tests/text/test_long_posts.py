"""A post over spaCy's 1,000,000 characters is screened in pieces, with the right positions,
and the other files of the run are still reported (issue 11)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helpers import write
from screener.cli import main

PARAGRAPH = ("In de klas werkten we aan het project over de ruimte. Alle kinderen maakten een raket "
             "van karton en we keken naar filmpjes over de maan.\n\n")


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    return lambda *args: CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_a_post_of_1_2_million_characters_reports_a_name_near_its_end_at_its_line(run, tmp_path):
    repeats = 1_200_000 // len(PARAGRAPH) + 1
    body = PARAGRAPH * repeats + "Tot slot: de moeder van Xylanthe bracht taart mee.\n"
    assert len(body) > 1_200_000
    write(tmp_path / "jaaroverzicht.md", body)
    write(tmp_path / "kort.txt", "Het BSN van Daan is 111222333.\n")
    result = run("check", "jaaroverzicht.md", "kort.txt")
    line = body.count("\n")  # the last line, 1-based
    col = body.rsplit("\n", 2)[-2].index("Xylanthe") + 1
    assert f"jaaroverzicht.md:{line}:{col}: error A2-NAAM" in result.output, result.output[-500:]
    assert "kort.txt:1:" in result.output and "A2-BSN" in result.output
    assert result.exit_code == 1


def test_a_name_on_the_edge_between_two_pieces_is_found_once_at_its_place(cfg, monkeypatch):
    from screener.text import analyzer

    monkeypatch.setattr(analyzer, "PIECE_CHARS", 300)
    monkeypatch.setattr(analyzer, "OVERLAP_CHARS", 120)
    text = PARAGRAPH * 2 + "Vandaag was mevrouw Visser-de Jong op bezoek bij de kleuters van groep 2." * 3
    starts = [i for i in range(len(text)) if text.startswith("Visser-de Jong", i)]
    hits = [h for h in analyzer.analyze(text, cfg) if h.rule == "A2-NAAM"]
    assert len(hits) == len(starts) == 3
    for hit, start in zip(hits, starts):
        assert text[hit.start:hit.end].endswith("Visser-de Jong") and hit.end == start + len("Visser-de Jong")


def test_pieces_cover_the_text_without_a_gap_and_end_at_paragraph_breaks():
    from screener.text.analyzer import pieces

    text = PARAGRAPH * 50
    parts = pieces(text, size=1000, overlap=200)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    for (_, own_end, end), (next_start, _, _) in zip(parts, parts[1:]):
        assert own_end == next_start and end > own_end
        assert text[:own_end].endswith("\n\n")
