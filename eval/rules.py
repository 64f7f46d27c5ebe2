"""Precision and recall per protocol rule on labelled drafts.

Run: .venv/bin/python -m eval.rules [FOLDER]

Without FOLDER both sets are measured, each with its own table: tests/data/policy (the drafts
the rules were developed on) and tests/data/policy-blind (drafts written afterwards without
looking at the rules: the honest estimate for new posts).

FOLDER holds one draft per file (Markdown with front matter, HTML or text) and an `expected.yaml`
mapping each file name to the rule ids it should get (or a sidecar `<draft>.expected.yaml` per
draft); a `screener.toml` beside them, if present, is the configuration. A draft counts once per
rule: found or not. Only the policy rules are measured. Exits 0.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import yaml

from screener import catalog, config, documents, post
from screener.rules import check_policy

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
DEFAULT_FOLDER = DATA / "policy"
DEFAULT_SETS = [
    ("Ontwikkelset (de regels zijn hierop gemaakt)", DATA / "policy"),
    ("Tweede set (blind geschreven en eerst blind gemeten; de regels zijn daarna bijgesteld, dus nu ook ontwikkelset)",
     DATA / "policy-blind"),
]
POLICY_IDS = [r.id for r in catalog.POLICY_RULES]


DRAFT_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")


def _rule_ids(entry) -> set[str]:
    """Expected findings as written: ["C2-FUNCTIE"], [{rule: C2-FUNCTIE, line: 3}], {findings: [...]}."""
    if isinstance(entry, dict):
        entry = entry.get("findings", entry.get("expected", entry.get("rules", [])))
    ids = set()
    for item in entry or []:
        ids.add(str(item.get("rule", item.get("id", ""))) if isinstance(item, dict) else str(item))
    return {i.strip().upper() for i in ids if i.strip()}


def load_expected(folder: Path) -> dict[str, set[str]]:
    """expected.yaml (file name -> rule ids), or a sidecar `<draft>.expected.yaml` per draft."""
    single = folder / "expected.yaml"
    if single.is_file():
        data = yaml.safe_load(single.read_text(encoding="utf-8")) or {}
        return {name: _rule_ids(entry) for name, entry in data.items()}
    expected = {}
    for draft in sorted(p for p in folder.iterdir() if p.suffix.lower() in DRAFT_SUFFIXES):
        for sidecar in (draft.with_name(draft.name + ".expected.yaml"), draft.with_suffix(".expected.yaml"),
                        draft.with_suffix(".yaml")):
            if sidecar.is_file():
                expected[draft.name] = _rule_ids(yaml.safe_load(sidecar.read_text(encoding="utf-8")))
                break
    return expected


def evaluate(folder: Path) -> tuple[Counter, Counter, Counter, list[str], float]:
    """(true positives, false positives, false negatives) per rule, the mistakes, ms per draft."""
    expected = load_expected(folder)
    cfg_file = folder / "screener.toml"
    cfg = config.load(cfg_file) if cfg_file.is_file() else config.from_dict({})
    tp, fp, fn = Counter(), Counter(), Counter()
    mistakes, elapsed = [], 0.0
    for name, wanted in sorted(expected.items()):
        doc = documents.load(folder / name)
        context = post.resolve(doc.meta, cfg)
        began = time.perf_counter()
        got = {f.rule for f in check_policy(doc, context, cfg)}
        elapsed += time.perf_counter() - began
        for rule in POLICY_IDS:
            if rule in got and rule in wanted:
                tp[rule] += 1
            elif rule in got:
                fp[rule] += 1
                mistakes.append(f"  onterecht  {rule:14} {name}")
            elif rule in wanted:
                fn[rule] += 1
                mistakes.append(f"  gemist     {rule:14} {name}")
    return tp, fp, fn, mistakes, 1000 * elapsed / max(1, len(expected))


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def main(argv: list[str]) -> int:
    if argv:
        report(Path(argv[0]))
        return 0
    for number, (title, folder) in enumerate(DEFAULT_SETS):
        if number:
            print()
        print(f"== {title}")
        report(folder)
    return 0


def report(folder: Path) -> None:
    """Print the table (and the mistakes) for one folder of labelled drafts."""
    if not folder.is_dir() or not load_expected(folder):
        print(f"eval.rules: geen gelabelde berichten in {folder} (expected.yaml of BERICHT.expected.yaml)")
        return
    tp, fp, fn, mistakes, ms = evaluate(folder)
    print(f"Protocolregels op {folder} ({ms:.1f} ms per bericht)")
    print(f"{'regel':15} {'precisie':>8} {'recall':>7} {'steun':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for rule in POLICY_IDS:
        support = tp[rule] + fn[rule]
        print(f"{rule:15} {_ratio(tp[rule], tp[rule] + fp[rule]):>8} {_ratio(tp[rule], support):>7} "
              f"{support:>6} {tp[rule]:>4} {fp[rule]:>4} {fn[rule]:>4}")
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'totaal':15} {_ratio(total_tp, total_tp + total_fp):>8} {_ratio(total_tp, total_tp + total_fn):>7} "
          f"{total_tp + total_fn:>6} {total_tp:>4} {total_fp:>4} {total_fn:>4}")
    if mistakes:
        print("Fouten:")
        print("\n".join(mistakes))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
