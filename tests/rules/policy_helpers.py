"""Screen a draft written in a test, the way the pipeline calls the policy rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.rules import CASE_RULES, evaluate, school_post_cases
from screener import config, documents, post
from screener.findings import Finding
from screener.rules import check_policy

ORGANISATION = {"name": "Lithora", "aliases": ["Stichting Lithora"], "schools": ["OBS De Regenboog", "IKC Het Anker"]}


def make_config(**sections) -> config.Config:
    return config.from_dict({"organisation": ORGANISATION, **sections})


def front(channel: str, role: str) -> str:
    return f"---\nchannel: {channel}\nauthor_role: {role}\n---\n"


def screen(tmp_path: Path, text: str, name: str = "bericht.md", cfg: config.Config | None = None) -> list[Finding]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    cfg = cfg or make_config()
    doc = documents.load(path)
    return check_policy(doc, post.resolve(doc.meta, cfg), cfg)


def rules(findings: list[Finding]) -> set[str]:
    return {f.rule for f in findings}


def only(findings: list[Finding], rule: str) -> Finding:
    matching = [f for f in findings if f.rule == rule]
    assert len(matching) == 1, f"expected one {rule}, got {findings}"
    return matching[0]


def rules_in_output(output: str) -> set[str]:
    """The ids of the scored protocol rules (C1, C2, D3, D4, A8) in `screener check`'s output."""
    known = set(CASE_RULES.values())
    return {word for line in output.splitlines() for word in line.split() if word in known}


def reported_on_line(output: str, line: int, finding: str, name: str = "bericht.txt") -> bool:
    """Does `screener check`'s output report `finding` ("warning A8-FATSOEN") at line `line` of `name`?"""
    return any(row.startswith(f"{name}:{line}:") and finding in row for row in output.splitlines())


def assert_a8_on_its_line(check, cause: str, text: str, who: tuple[str, ...]) -> None:
    """A breach of A8 after an ordinary first line: reported as a warning on its own line, not on the first."""
    result = check("Even dit.\n" + text + "\n", *who, name="bericht.txt")
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN"), (cause, result.output)
    assert not reported_on_line(result.output, 1, "A8-FATSOEN"), result.output


def near_misses(causes: list[tuple], model_alarms: frozenset[str] = frozenset()) -> list:
    """(cause, near-miss, who) of each cause, for parametrize. A near-miss in `model_alarms` is one the A8 model
    (screener/rules/conduct_model.py) warns on, a known false alarm of its fixed recipe: a strict xfail, so
    that a retrained model that stops warning is noticed and the entry can go."""
    return [pytest.param(c, t, w, marks=pytest.mark.xfail(strict=True, reason="het A8-taalmodel waarschuwt hier"))
            if t in model_alarms else (c, t, w) for c, _, _, t, w in causes]


def assert_no_a8(check, cause: str, text: str, who: tuple[str, ...]) -> None:
    """A near-miss of a cause of A8: no A8 at all."""
    result = check(text + "\n", *who, name="bericht.txt")
    assert "A8-FATSOEN" not in result.output, (cause, result.output)


def case_f1(folder: Path, cfg_file: Path | None = None) -> tuple[dict[str, float], int, list[str]]:
    """F1 per scored rule (C1, C2, D3, D4, A8) on a folder of cNN.txt + cNN.json cases, how many expected
    ids were scored, and the mistakes."""
    tp, fp, fn, mistakes, _ = evaluate(folder, school_post_cases(folder), list(CASE_RULES.values()), cfg_file)
    f1 = {rule: 2 * tp[rule] / max(1, 2 * tp[rule] + fp[rule] + fn[rule]) for rule in CASE_RULES.values()}
    return f1, sum(tp.values()) + sum(fn.values()), mistakes
