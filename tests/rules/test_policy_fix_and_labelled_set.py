"""`screener fix` adds the D4 wording; the labelled drafts meet the measured goals."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner
from policy_helpers import front, make_config, rules, screen

from eval.rules import evaluate
from screener import documents
from screener.commands.fix import fix

DRAFTS = Path(__file__).resolve().parents[1] / "data" / "policy"
POST = front("persoonlijk", "medewerker") + "Lithora bezuinigt op muziek.\n\n<!-- screener: eigen notitie -->\n"


def _post(tmp_path: Path, text: str = POST, name: str = "bericht.md") -> Path:
    (tmp_path / "screener.toml").write_text('[organisation]\nname = "Lithora"\n', encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_fix_writes_a_new_file_and_leaves_the_post_byte_identical(tmp_path):
    post = _post(tmp_path)
    before = post.read_bytes()
    result = CliRunner().invoke(fix, [str(post), "--output", str(tmp_path / "nieuw.md")])
    assert result.exit_code == 0, result.output
    assert post.read_bytes() == before
    fixed = (tmp_path / "nieuw.md").read_text(encoding="utf-8")
    assert "op persoonlijke titel" in fixed
    assert fixed.index("op persoonlijke titel") < fixed.index("<!-- screener: eigen notitie -->")
    assert "D4-DISCLAIMER" not in rules(screen(tmp_path, fixed, "check.md"))


def test_fix_in_place_keeps_a_backup(tmp_path):
    post = _post(tmp_path)
    before = post.read_bytes()
    result = CliRunner().invoke(fix, [str(post), "--in-place"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "bericht.md.bak").read_bytes() == before
    assert "op persoonlijke titel" in post.read_text(encoding="utf-8")


def test_fix_adds_a_paragraph_inside_the_html_body(tmp_path):
    html = ('<html><head><meta name="screener-channel" content="persoonlijk"></head>\n<body>\n'
            "  <p>Lithora bezuinigt op muziek.</p>\n</body>\n</html>\n")
    post = _post(tmp_path, html, "bericht.html")
    result = CliRunner().invoke(fix, [str(post)])
    assert result.exit_code == 0, result.output
    fixed = (tmp_path / "bericht.verbeterd.html").read_text(encoding="utf-8")
    assert fixed.index("op persoonlijke titel") < fixed.index("</body>")
    assert "<p>Dit bericht schrijf ik op persoonlijke titel" in fixed


def test_fix_with_nothing_to_fix_exits_2_and_writes_nothing(tmp_path):
    post = _post(tmp_path, front("persoonlijk", "medewerker") + "Op vakantie in Frankrijk!\n")
    result = CliRunner().invoke(fix, [str(post)])
    assert result.exit_code == 2
    assert "niets te verbeteren" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bericht.md", "screener.toml"]


def test_fix_of_a_missing_file_exits_2_with_a_dutch_message(tmp_path):
    result = CliRunner().invoke(fix, [str(tmp_path / "weg.md")])
    assert result.exit_code == 2 and "bestaat niet" in result.output


def test_every_labelled_draft_has_expected_findings_and_loads():
    expected = yaml.safe_load((DRAFTS / "expected.yaml").read_text(encoding="utf-8"))
    drafts = {p.name for p in DRAFTS.iterdir() if p.suffix in (".md", ".html", ".txt")}
    assert drafts == set(expected) and len(drafts) >= 60
    for name in drafts:
        documents.load(DRAFTS / name)


def test_labelled_drafts_meet_the_goal_for_c2_d3_d4_and_c1():
    tp, fp, fn, mistakes, _ = evaluate(DRAFTS)
    for rule in ("C2-FUNCTIE", "D3-MEDEWERKER", "D4-DISCLAIMER", "C1-KANAAL"):
        precision = tp[rule] / max(1, tp[rule] + fp[rule])
        recall = tp[rule] / max(1, tp[rule] + fn[rule])
        assert precision >= 0.95 and recall >= 0.95, (rule, precision, recall, mistakes)
