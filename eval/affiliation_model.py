"""An experiment: a small learned D3 judge (a staff member writes about school on a personal account without
saying they work there) beside the rules. Not shipped; measured only.

Run: .venv/bin/python -m eval.affiliation_model cv [C ...]   (leave one source set out, training data only)
     .venv/bin/python -m eval.affiliation_model test         (the fixed recipe, once, on the test sets)

D3 is about a whole post (is it about school, and does it say where the writer works?), not a line: the model
reads the post as one text. Whether D3 can apply stays the rules': a staff member (the role as the rules read
it) on a personal account. A case for which D3 cannot apply is neither trained on nor scored. Training data:
the D3 labels of the school-posts rule sets and tests/data/policy, policy-blind (as for eval.notice_model; the
ordinary posts are the school's own, on which D3 cannot apply). Same features as the A8 and C1 models.

Recipe (fixed by cross-validation before `test` was run): C=64, threshold 0.80 (a false D3 asks a teacher to
add a line that is already there: precision first). Leave one source set out (`cv 4 16 64`), 203 cases on which
D3 can apply, 76 D3, 9 source sets (the rules, developed on all of these: F1 1.00); the model alone:
  C=4   t=0.5 P 0.75 R 0.70 F1 0.72    t=0.7 P 0.97 R 0.38 F1 0.55
  C=16  t=0.5 P 0.76 R 0.71 F1 0.73    t=0.7 P 0.95 R 0.50 F1 0.66    t=0.8 P 0.97 R 0.38
  C=64  t=0.5 P 0.77 R 0.71 F1 0.74    t=0.7 P 0.90 R 0.57 F1 0.69    t=0.8 P 0.95 R 0.46 F1 0.62 (fp 2)
  Per set (C=64, t=0.5): F1 0.67-0.93; the rules first measured blind on those sets: D3 0.62-1.00.
A post-level judge from some 200 cases cannot read what the rules read (which school is meant, whether the
affiliation is said in other words): on its own it is far below the rules; `test` says whether it adds to them.

Measured once (2026-12-01 20:00 UTC, main at 4e0eab5 merged; `python -m eval.affiliation_model test`), D3 on
school-posts-rules-heldout5 (60 cases, 9 D3): (a) rules alone P 0.75 R 1.00 F1 0.86 (tp 9 fp 3 fn 0), (b) model
alone 1.00 0.33 0.50 (tp 3 fp 0 fn 6), (c) rules or model 0.75 1.00 0.86: the rules already find every D3; what
they get wrong are 3 false D3, which a model that can only add findings cannot remove. Not shipped.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from eval import conduct_model as a8
from eval import notice_model as c1
from eval.rules import SCHOOL_POSTS, load_expected
from screener import config, documents, post
from screener.rules import _role, check_policy
from screener.rules.analysis import Analysis
from screener.rules.discussion import Voice
from screener.rules.settings import from_config

RULE = "D3-MEDEWERKER"
RECIPE = {**c1.RECIPE, "C": 64.0, "threshold": 0.8}


def applies(doc, context, cfg) -> bool:
    return context.personal_account and _role(context, Voice(Analysis(doc)), from_config(cfg)) == "medewerker"


def _case(path: Path, label: int, group: str, cfg, meta: dict) -> c1.Sample | None:
    doc = documents.load(path)
    context = post.resolve(doc.meta, cfg, **meta)
    if not applies(doc, context, cfg):
        return None
    rules = any(f.rule == RULE for f in check_policy(doc, context, cfg))
    return c1.Sample(doc.text, (doc.text,), label, group, True, rules)


def training_data() -> list[c1.Sample]:
    with tempfile.TemporaryDirectory() as tmp:
        data = a8.checkout_data(Path(tmp))
        lithora = config.load(c1.LITHORA)
        samples: list[c1.Sample] = []
        for name in c1.CASE_SETS:
            cfg = c1._config(data / name) if name == "school-posts-rules-blind" else lithora
            samples += c1.json_cases(data / name, name, cfg, "D3", _case)
        samples += c1.json_cases(SCHOOL_POSTS / "rules", "shared-rules", lithora, "D3", _case)
        for name in c1.POLICY_SETS:
            cfg = c1._config(data / name)
            for draft, wanted in load_expected(data / name).items():
                s = _case(data / name / draft, int(RULE in wanted), name, cfg, {})
                samples += [s] if s else []
    assert not {s.group for s in samples} & a8.TEST_SETS
    return samples


def cv(argv: list[str]) -> int:
    samples = training_data()
    labels, rules = [s.label for s in samples], [s.rules for s in samples]
    groups = len({s.group for s in samples})
    print(f"{len(samples)} cases on which D3 can apply: {sum(labels)} D3, {groups} source sets")
    p, r, f, tp, fp, fn = a8.prf(labels, rules)
    print(f"rules alone (developed on all of these): P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {tp} fp {fp} fn {fn})")
    for C in [float(c) for c in (argv or ["1", "4", "16", "64"])]:
        scores = c1.out_of_fold(samples, C)
        for t in (0.3, 0.5, 0.7, 0.8, 0.9):
            flagged = scores >= t
            p, r, f, tp, fp, fn = a8.prf(labels, flagged)
            print(f"C={C:<5} t={t:.2f} model P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {tp} fp {fp} fn {fn})")
        for group in sorted({s.group for s in samples}):
            idx = [i for i, s in enumerate(samples) if s.group == group]
            p, r, f, tp, fp, fn = a8.prf([labels[i] for i in idx], [scores[i] >= 0.5 for i in idx])
            print(f"    {group:30} t=0.5 P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {tp} fp {fp} fn {fn})")
    return 0


def test(argv: list[str]) -> int:
    """Once, with the fixed recipe: D3 by the rules alone, the model alone, rules or model."""
    from eval import rules as eval_rules

    samples = training_data()
    model = c1.make_model(RECIPE["C"]).fit([s.text for s in samples], [s.label for s in samples])
    lithora = config.load(c1.LITHORA)
    for name in a8.TEST_CASE_SETS:
        folder = a8.DATA / name
        if not folder.is_dir():
            print(f"== {name}: ontbreekt, niet gemeten")
            continue
        counts = {k: [0, 0, 0] for k in ("(a) rules alone", "(b) model alone", "(c) rules or model")}
        cases = eval_rules.school_post_cases(folder)
        for c in cases:
            doc = documents.load(c.path)
            context = post.resolve(doc.meta, lithora, **c.meta)
            by_rules = any(f.rule == RULE for f in check_policy(doc, context, lithora))
            by_model = applies(doc, context, lithora) and model.predict_proba([doc.text])[0, 1] >= RECIPE["threshold"]
            wanted = RULE in c.wanted
            for key, got in zip(counts, (by_rules, by_model, by_rules or by_model)):
                counts[key][0] += got and wanted
                counts[key][1] += got and not wanted and RULE not in c.optional
                counts[key][2] += wanted and not got
        print(f"== {name} ({len(cases)} cases, {sum(RULE in c.wanted for c in cases)} D3)")
        for key, (tp, fp, fn) in counts.items():
            print(f"  {key:20} " + a8._line(tp, fp, fn))
    return 0


if __name__ == "__main__":
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("eval.affiliation_model: scikit-learn ontbreekt (alleen nodig om het model te trainen); "
                 "installeer het met `.venv/bin/pip install scikit-learn`")
    command, *rest = sys.argv[1:] or ["cv"]
    raise SystemExit({"cv": cv, "test": test}[command](rest))
