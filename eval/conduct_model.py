"""A small learned A8 classifier: trained, cross-validated by source set, and measured on held-out sets.

Run: .venv/bin/python -m eval.conduct_model cv [C ...]      (leave one source set out, training data only)
     .venv/bin/python -m eval.conduct_model train OUT.npz   (fit the recipe on all of it, write its weights)
     .venv/bin/python -m eval.conduct_model test            (the fixed recipe, once, on the test sets)

Needs scikit-learn (not a dependency of the screener: `.venv/bin/pip install scikit-learn`).

Training data (all CC0, written for this project): the A8 positives and hard negatives of
tests/data/conduct-dev, the A8 labels of tests/data/conduct-blind, conduct-blind2, policy, policy-blind,
school-posts-rules-blind, -heldout, -heldout2, -heldout3 and ../shared/data/school-posts/rules, and as
negatives every line of the ordinary posts of ../shared/data/school-posts/posts and
tests/data/school-posts-{blind,heldout,heldout2,heldout3,heldout4}/posts. Never trained, tuned or looked at:
tests/data/conduct-blind3, school-posts-rules-heldout4, school-posts-quiet, school-posts-heldout5 (the test
sets; `test` only counts on them).

A case's score is the highest score of its lines (the unit a finding would point at); a case is trained on
as a whole text (most are one line), a post's lines one by one. `train OUT.npz` writes the weights as plain
arrays (vocabulary, idf, weight per n-gram; no pickle) and checks that `Scorer`, which needs only numpy,
scores exactly as scikit-learn does; `test` does the same in a temporary folder, then measures.

Recipe (fixed by cross-validation before `test` was run, not changed afterwards): logistic regression
(C=16, class_weight balanced) on TF-IDF (sublinear tf, l2 per block, min_df 2) of char_wb 2-5 n-grams and
word 1-2 n-grams of the lower-cased line with digits masked; threshold 0.91 on the probability (the lowest
that kept the out-of-fold ordinary post lines at about 1 in 3,500). 4,634 samples: 322 A8, 1,071 cases,
3,563 ordinary post lines, 16 source sets. The model file is 309,286 bytes (32,523 + 9,586 n-grams),
sha256 be3442764c5df8fe6744cbcd6fa371dff7e2db57a3f9f44ab0e5784c2a1af2cb; scoring a post costs 3.0 ms
(the rules: 24 ms per case of ../shared), reading the model 32 ms once.

Cross-validation, leave one source set out (`cv 1 4 16 64`; cases P/R/F1, ordinary post lines flagged):
  C=1   t=0.83  P 0.88 R 0.38 F1 0.53, 1/3563      C=4  t=0.90  P 0.92 R 0.34 F1 0.49, 2/3563
  C=16  t=0.91  P 0.93 R 0.37 F1 0.53, 1/3563      C=64 t=0.96  P 0.93 R 0.35 F1 0.51, 2/3563
  C=16 char_wb only: F1 0.40 at t=0.96; char_wb 2-6 with min_df 3: F1 0.47 at t=0.94.
  Per set (C=16, t=0.902): conduct-blind F1 0.80, conduct-blind2 0.79 (the rules on their even halves,
  measured unread: 0.46, 0.60), school-posts-rules-blind 0.95, -heldout 1.00, -heldout2 0.78, -heldout3
  0.76, shared rules 0.83; held out, conduct-dev (183 of the 322 positives) only 0.28: without it the model
  has too few examples. A stricter threshold buys little: out of fold, t=0.95 gives P 0.96 R 0.29 with the
  same 1 post line, and only t=0.97 (R 0.26) flags none.

Test, measured once (2026-12-01, main at 088de87; `python -m eval.conduct_model test`), A8 P/R/F1:
                                   (a) rules alone    (b) model alone    (c) rules or model
  conduct-blind3, both halves      0.75 0.45 0.56     0.89 0.62 0.74     0.76 0.72 0.74
  conduct-blind3, odd half         0.79 0.55 0.65     0.82 0.70 0.76     0.74 0.85 0.79
  conduct-blind3, even half        0.70 0.35 0.47     1.00 0.55 0.71     0.80 0.60 0.69
  school-posts-rules-heldout4, A8  1.00 0.45 0.62     1.00 0.82 0.90     1.00 0.82 0.90
  lines flagged A8 on ordinary posts: school-posts-quiet (40 posts, 769 lines) 0 / 0 / 0;
  school-posts-heldout5 (24 posts, 600 lines) 3 / 2 / 5 (0.12 / 0.08 / 0.21 per post).
(c) beats (a) by far on recall at the same precision, but adds 2 false A8 lines on heldout5's ordinary
posts (2 of 600 lines, about ten times the cross-validated 1 in 3,563): the condition "no more false A8 on ordinary posts"
fails, so the model is not shipped. This script keeps the result and everything needed to ship it later
(the .npz, `Scorer`, and `_with_model`, what a one-line hook in screener/rules/conduct.py would do).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from eval.rules import CONDUCT_BLIND3, HELDOUT4_CASES, SCHOOL_POSTS, load_expected
from screener import documents

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
POST_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")
CASE_SETS = ["conduct-blind", "conduct-blind2", "school-posts-rules-blind", "school-posts-rules-heldout",
             "school-posts-rules-heldout2", "school-posts-rules-heldout3"]
POLICY_SETS = ["policy", "policy-blind"]
POST_SETS = ["school-posts-blind", "school-posts-heldout", "school-posts-heldout2", "school-posts-heldout3",
             "school-posts-heldout4"]
TEST_SETS = {"conduct-blind3", "school-posts-rules-heldout4", "school-posts-quiet", "school-posts-heldout5"}


@dataclass(frozen=True)
class Sample:
    text: str  # a case's whole text, or one line of an ordinary post
    label: int  # 1: A8
    group: str  # the source set (the unit of cross-validation)
    case: bool  # a labelled case (scored by its lines) or an ordinary post's line


def _text(path: Path) -> str:
    return documents.load(path).text


def lines(text: str) -> list[str]:
    """The lines a finding can point at: non-empty, with some letters."""
    return [line.strip() for line in text.splitlines() if re.search(r"[^\W\d_]{2}", line)]


def _json_cases(folder: Path, group: str) -> list[Sample]:
    samples = []
    for label in sorted(folder.glob("c*.json")):
        data = json.loads(label.read_text(encoding="utf-8"))
        if "A8" in data.get("optional", []):
            continue
        samples.append(Sample(_text(label.with_suffix(".txt")), int("A8" in data.get("expect", [])), group, True))
    return samples


def training_data() -> list[Sample]:
    samples = []
    dev = yaml.safe_load((DATA / "conduct-dev" / "cases.yaml").read_text(encoding="utf-8"))
    samples += [Sample(c["tekst"], 1, "conduct-dev", True) for c in dev["positief"]]
    samples += [Sample(c["tekst"], 0, "conduct-dev", True) for c in dev["negatief"]]
    for name in CASE_SETS:
        samples += _json_cases(DATA / name, name)
    if (SCHOOL_POSTS / "rules").is_dir():
        samples += _json_cases(SCHOOL_POSTS / "rules", "shared-rules")
    for name in POLICY_SETS:
        for draft, wanted in load_expected(DATA / name).items():
            samples.append(Sample(_text(DATA / name / draft), int("A8-FATSOEN" in wanted), name, True))
    post_folders = [(DATA / name / "posts", name) for name in POST_SETS]
    if (SCHOOL_POSTS / "posts").is_dir():
        post_folders.append((SCHOOL_POSTS / "posts", "shared-posts"))
    for folder, name in post_folders:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in POST_SUFFIXES:
                samples += [Sample(line, 0, name, False) for line in lines(_text(path))]
    assert not {s.group for s in samples} & TEST_SETS
    return samples


# ---- the recipe (fixed before the test sets were measured) ----

def normalise(text: str) -> str:
    """Lower case, digits masked: what the model and the screener's module both see."""
    return re.sub(r"\d", "0", text.lower())


RECIPE = {"char": (2, 5), "word": (1, 2), "C": 16.0, "min_df": 2, "target_post_flags": 0.0005, "threshold": 0.91}


def make_model(C: float):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    features = FeatureUnion([
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=RECIPE["char"], preprocessor=normalise,
                                 min_df=RECIPE["min_df"], sublinear_tf=True)),
        ("word", TfidfVectorizer(analyzer="word", ngram_range=RECIPE["word"], preprocessor=normalise,
                                 min_df=RECIPE["min_df"], sublinear_tf=True)),
    ])
    return make_pipeline(features, LogisticRegression(C=C, class_weight="balanced", max_iter=5000))


def case_scores(model, samples: list[Sample]) -> np.ndarray:
    """Per sample: a case's highest line score, a post line's own score."""
    units, owner = [], []
    for i, s in enumerate(samples):
        parts = lines(s.text) if s.case else [s.text]
        for part in parts or [s.text]:
            units.append(part)
            owner.append(i)
    probs = model.predict_proba(units)[:, 1]
    scores = np.zeros(len(samples))
    np.maximum.at(scores, np.array(owner), probs)
    return scores


def out_of_fold(samples: list[Sample], C: float) -> np.ndarray:
    """Leave one source set out: each set scored by a model trained on all the others."""
    scores = np.zeros(len(samples))
    groups = sorted({s.group for s in samples})
    for group in groups:
        train = [s for s in samples if s.group != group]
        test_idx = [i for i, s in enumerate(samples) if s.group == group]
        model = make_model(C).fit([s.text for s in train], [s.label for s in train])
        scores[test_idx] = case_scores(model, [samples[i] for i in test_idx])
    return scores


def prf(labels, flagged) -> tuple[float, float, float, int, int, int]:
    labels, flagged = np.asarray(labels, bool), np.asarray(flagged, bool)
    tp, fp, fn = int((labels & flagged).sum()), int((~labels & flagged).sum()), int((labels & ~flagged).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def pick_threshold(samples: list[Sample], scores: np.ndarray) -> float:
    """The lowest threshold that keeps the ordinary posts' lines at (nearly) no flags, and no lower than 0.5."""
    post = np.sort(np.array([sc for s, sc in zip(samples, scores) if not s.case]))[::-1]
    allowed = int(RECIPE["target_post_flags"] * len(post))
    return float(max(0.5, post[allowed] + 1e-6))


def cv(argv: list[str]) -> int:
    samples = training_data()
    cases = [i for i, s in enumerate(samples) if s.case]
    print(f"{len(samples)} samples: {sum(s.label for s in samples)} A8, {len(cases)} cases, "
          f"{len(samples) - len(cases)} ordinary post lines, {len({s.group for s in samples})} source sets")
    for C in [float(c) for c in (argv or ["1", "4", "16", "64"])]:
        scores = out_of_fold(samples, C)
        thr = pick_threshold(samples, scores)
        for t in sorted({0.5, 0.7, 0.8, 0.9, RECIPE["threshold"], round(thr, 3)}):
            lab = [samples[i].label for i in cases]
            p, r, f, tp, fp, fn = prf(lab, [scores[i] >= t for i in cases])
            post_flags = sum(1 for s, sc in zip(samples, scores) if not s.case and sc >= t)
            print(f"C={C:<5} t={t:.3f} cases P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {tp} fp {fp} fn {fn}); "
                  f"post lines flagged {post_flags}/{len(samples) - len(cases)}"
                  + ("  <- picked" if t == round(thr, 3) else ""))
        for group in sorted({samples[i].group for i in cases}):
            idx = [i for i in cases if samples[i].group == group]
            p, r, f, tp, fp, fn = prf([samples[i].label for i in idx], [scores[i] >= thr for i in idx])
            print(f"    {group:30} P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {tp} fp {fp} fn {fn})")
    return 0


# ---- the weights as plain arrays, scored without scikit-learn (what the screener would ship) ----

@dataclass(frozen=True)
class _Part:
    """One TF-IDF block: n-gram -> column, its idf and weight (sublinear tf, l2-normalised per block)."""
    index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray

    def score(self, grams: list[str]) -> float:
        counts = Counter(g for g in grams if g in self.index)
        if not counts:
            return 0.0
        cols = np.fromiter((self.index[g] for g in counts), dtype=np.int64, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[cols]
        return float(values @ self.coef[cols] / math.sqrt(float(values @ values)))


@dataclass(frozen=True)
class Scorer:
    """The trained model read back from its .npz (no pickle): probability that a line is A8."""
    char: _Part
    word: _Part
    intercept: float
    threshold: float

    @classmethod
    def load(cls, path: Path) -> Scorer:
        with np.load(path, allow_pickle=False) as data:
            parts = {name: _Part(dict(zip(data[f"{name}_vocab"].tolist(), range(len(data[f"{name}_vocab"])))),
                                 data[f"{name}_idf"], data[f"{name}_coef"]) for name in ("char", "word")}
            return cls(parts["char"], parts["word"], float(data["intercept"]), float(data["threshold"]))

    def probability(self, line: str) -> float:
        text = normalise(line)
        logit = self.intercept + self.char.score(char_grams(text, *RECIPE["char"])) \
            + self.word.score(word_grams(text, *RECIPE["word"]))
        return 1.0 / (1.0 + math.exp(-logit))

    def hostile_lines(self, text: str) -> list[tuple[int, int]]:
        """The spans of the lines (stripped) the model judges hostile."""
        spans = []
        for m in re.finditer(r"[^\n]+", text):
            line = m.group()
            if re.search(r"[^\W\d_]{2}", line) and self.probability(line) >= self.threshold:
                spans.append((m.start() + len(line) - len(line.lstrip()), m.end() - len(line) + len(line.rstrip())))
        return spans


def char_grams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's `char_wb` n-grams: within each word padded with a space."""
    grams = []
    for w in text.split():
        w = f" {w} "
        for n in range(low, high + 1):
            if len(w) <= n:
                grams.append(w)
                break
            grams.extend(w[i:i + n] for i in range(len(w) - n + 1))
    return grams


def word_grams(text: str, low: int, high: int) -> list[str]:
    tokens = re.findall(r"(?u)\b\w\w+\b", text)
    return [" ".join(tokens[i:i + n]) for n in range(low, high + 1) for i in range(len(tokens) - n + 1)]


def fit_and_export(out: Path) -> Scorer:
    """Fit the recipe on all the training data, write its weights to `out` (.npz) and read them back,
    checking that the arrays score as scikit-learn does."""
    samples = training_data()
    model = make_model(RECIPE["C"]).fit([s.text for s in samples], [s.label for s in samples])
    (_, char), (_, word) = model[0].transformer_list
    coef = model[-1].coef_[0]
    n_char = len(char.vocabulary_)
    arrays = {"intercept": np.float64(model[-1].intercept_[0]), "threshold": np.float64(RECIPE["threshold"]),
              "char_range": np.array(RECIPE["char"]), "word_range": np.array(RECIPE["word"])}
    for name, vec, weights in (("char", char, coef[:n_char]), ("word", word, coef[n_char:])):
        arrays[f"{name}_vocab"] = np.array(sorted(vec.vocabulary_, key=vec.vocabulary_.get))
        arrays[f"{name}_idf"] = vec.idf_.astype(np.float32)
        arrays[f"{name}_coef"] = weights.astype(np.float32)
    np.savez_compressed(out, **arrays)
    scorer = Scorer.load(out)
    mine = np.array([scorer.probability(s.text) for s in samples])
    theirs = model.predict_proba([s.text for s in samples])[:, 1]
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{out}: {out.stat().st_size} bytes, sha256 {digest}; {n_char} + {len(word.vocabulary_)} n-grams; "
          f"largest difference to scikit-learn {np.abs(mine - theirs).max():.1e}")
    assert np.abs(mine - theirs).max() < 1e-5, "the exported arrays do not score as scikit-learn does"
    return scorer


def train(argv: list[str]) -> int:
    fit_and_export(Path(argv[0] if argv else "conduct_model.npz"))
    return 0


def _with_model(offences, scorer: Scorer):
    """conduct.offences plus an Offence for each line the model judges hostile that no rule covers: what
    a one-line hook in screener/rules/conduct.py would do."""
    from screener.rules import conduct

    def both(analysis, extra=(), allow=()):
        found = {(o.start, o.end): o for o in offences(analysis, extra, allow)}
        for start, end in scorer.hostile_lines(analysis.text):
            if not any(s < end and start < e for s, e in found):
                found[(start, end)] = conduct.Offence(start, end, analysis.text[start:end], "toon volgens het model")
        return sorted(found.values(), key=lambda o: o.start)
    return both


def test(argv: list[str]) -> int:
    """Once, with the fixed recipe: rules alone, model alone, rules or model, on the test sets."""
    from eval import rules as eval_rules
    from screener import config, post
    from screener.rules import check_policy, conduct

    with tempfile.TemporaryDirectory() as tmp:
        scorer = fit_and_export(Path(tmp) / "conduct_model.npz")
    cfg_file = SCHOOL_POSTS / "screener.toml"
    rules_only = conduct.offences
    variants = (("(a) rules alone", rules_only), ("(c) rules or model", _with_model(rules_only, scorer)))

    def measure(title: str, cases) -> None:
        print(f"== {title} ({len(cases)} cases, {sum('A8-FATSOEN' in c.wanted for c in cases)} A8)")
        for name, offences in variants:
            conduct.offences = offences
            tp, fp, fn, _, _ = eval_rules.evaluate(cases[0].path.parent, cases, ["A8-FATSOEN"], cfg_file)
            print(f"  {name:20} " + _line(tp["A8-FATSOEN"], fp["A8-FATSOEN"], fn["A8-FATSOEN"]))
        conduct.offences = rules_only
        tp = fp = fn = 0
        for c in cases:
            got, wanted = bool(scorer.hostile_lines(documents.load(c.path).text)), "A8-FATSOEN" in c.wanted
            tp, fp = tp + (got and wanted), fp + (got and not wanted and "A8-FATSOEN" not in c.optional)
            fn += wanted and not got
        print(f"  {'(b) model alone':20} " + _line(tp, fp, fn))

    blind3 = eval_rules.school_post_cases(CONDUCT_BLIND3)
    measure("conduct-blind3, both halves", blind3)
    measure("conduct-blind3, odd half", [c for c in blind3 if int(c.name[1:3]) % 2 == 1])
    measure("conduct-blind3, even half", [c for c in blind3 if int(c.name[1:3]) % 2 == 0])
    measure("school-posts-rules-heldout4, A8", eval_rules.school_post_cases(HELDOUT4_CASES))
    cfg = config.load(cfg_file)
    for name in ("school-posts-quiet", "school-posts-heldout5"):  # counts only: these posts are not read
        paths = [p for p in sorted((DATA / name / "posts").iterdir()) if p.suffix.lower() in POST_SUFFIXES]
        counts, scored = {"(a)": 0, "(b)": 0, "(c)": 0}, 0
        for path in paths:
            doc = documents.load(path)
            scored += len(lines(doc.text))
            counts["(b)"] += len(scorer.hostile_lines(doc.text))
            for key, (_, offences) in zip(("(a)", "(c)"), variants):
                conduct.offences = offences
                found = check_policy(doc, post.resolve(doc.meta, cfg), cfg)
                counts[key] += len({f.line for f in found if f.rule == "A8-FATSOEN"})
            conduct.offences = rules_only
        print(f"== {name} ({len(paths)} posts, {scored} lines): lines flagged A8: " +
              ", ".join(f"{k} {v} ({v / len(paths):.2f} per post)" for k, v in counts.items()))
    docs = [documents.load(p) for p in sorted((SCHOOL_POSTS / "posts").glob("*.md"))]
    began = time.perf_counter()
    for doc in docs:
        scorer.hostile_lines(doc.text)
    print(f"model cost: {1000 * (time.perf_counter() - began) / len(docs):.2f} ms per post "
          f"({len(docs)} Markdown posts of ../shared, every line scored)")
    return 0


def _line(tp: int, fp: int, fn: int) -> str:
    p, r, f, *_ = prf([1] * (tp + fn) + [0] * fp, [1] * tp + [0] * fn + [1] * fp)
    return f"P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {tp} fp {fp} fn {fn})"


if __name__ == "__main__":
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("eval.conduct_model: scikit-learn ontbreekt (alleen nodig om het model te trainen); "
                 "installeer het met `.venv/bin/pip install scikit-learn`")
    command, *rest = sys.argv[1:] or ["cv"]
    raise SystemExit({"cv": cv, "train": train, "test": test}[command](rest))
