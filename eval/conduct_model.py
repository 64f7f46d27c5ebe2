"""A small learned A8 classifier: trained, cross-validated by source set, and measured on held-out sets.

Run: .venv/bin/python -m eval.conduct_model cv [C ...]      (leave one source set out, training data only)
     .venv/bin/python -m eval.conduct_model train [OUT.npz] (fit the recipe on all of it, write its weights;
                                                             by default over screener/rules/data/conduct_model.npz)
     .venv/bin/python -m eval.conduct_model test            (the fixed recipe, once, on the test sets)
     .venv/bin/python -m eval.conduct_model cv --grown [C ...]  (the third model's data, see the end)
     .venv/bin/python -m eval.conduct_model oof             (the third model's decision, out of fold, see the end)

Needs scikit-learn, only here: `.venv/bin/pip install -e '.[train]'` (the screener itself and its tests need
numpy only: screener/rules/conduct_model.py scores the shipped arrays).

Training data (all CC0, written for this project; the second model, read from tests/data at TRAINED_ON): the
A8 positives and hard negatives of tests/data/conduct-dev (288 + 325), the A8 labels of tests/data/conduct-blind,
conduct-blind2, conduct-blind3, policy, policy-blind, school-posts-rules-blind, -heldout, -heldout2, -heldout3,
-heldout4 and ../shared/data/school-posts/rules, and as negatives every line of the ordinary posts of
../shared/data/school-posts/posts and tests/data/school-posts-{blind,heldout,heldout2,heldout3,heldout4,quiet}/posts.
Never trained, tuned or looked at (the test sets: `test` only counts on them): TEST_SETS below, that is
tests/data/conduct-blind4, school-posts-rules-heldout5, school-posts-heldout5, -heldout6 and -quiet2.

The second model (session 9): the same recipe on the grown data. Leave one source set out (`cv 4 16 64`, and C=16
with word 1-3 or min_df 1), 5,743 samples: 478 A8, 1,411 cases, 4,332 ordinary post lines, 19 source sets:
  C=4   t=0.859  P 0.90 R 0.44 F1 0.59, 2/4332     C=16 t=0.896  P 0.91 R 0.42 F1 0.58, 2/4332
  C=64  t=0.949  P 0.90 R 0.42 F1 0.57, 2/4332     C=16 t=0.91   P 0.91 R 0.40 F1 0.56, 1/4332
  C=16 word 1-3: F1 0.59 at t=0.889 (2/4332), 0.56 at 0.91 (1/4332).
  Per set (C=16, t=0.896): conduct-blind 0.80, conduct-blind2 0.77, conduct-blind3 0.84, school-posts-rules-blind
  0.95, -heldout 1.00, -heldout2 0.84, -heldout3 0.82, -heldout4 0.95, shared rules 0.92, policy 0.54; held out,
  conduct-dev (288 of the 478 positives, short lines per kind) only 0.35.
No change beats the recipe by more than noise, and the same criterion (out-of-fold ordinary post lines at about
1 in 3,500: 1 of 4,332 at 0.91, 2 at 0.90) gives the same threshold, so the recipe stays as it was: C=16,
char_wb 2-5 + word 1-2, threshold 0.91. `train` writes 362,947 bytes (36,725 + 11,999 n-grams), sha256
73fcee188808482d62a316d238c6373742ce08714a231587f945b5f1c9783e5a. `test` measures (a) the rules alone, (b) rules
or the first model (as shipped at PREVIOUS), (c) rules or the model trained now, each model alone, and the lines
flagged A8 on ordinary posts. Measured once: see the end of this docstring.

The first model (trained at 088de87, shipped in 0.4.0), as measured then:

Recipe (fixed by cross-validation before `test` was run, not changed afterwards): logistic regression
(C=16, class_weight balanced) on TF-IDF (sublinear tf, l2 per block, min_df 2) of char_wb 2-5 n-grams and
word 1-2 n-grams of the lower-cased line with digits masked; threshold 0.91 on the probability (the lowest
that kept the out-of-fold ordinary post lines at about 1 in 3,500). 4,634 samples: 322 A8, 1,071 cases,
3,563 ordinary post lines, 16 source sets. The model file is 309,086 bytes (32,523 + 9,586 n-grams),
sha256 4f4da49fc14cdbf145f0a931a4ee881288582f379ee88faf5ad21f054a3be1b9 (trained on tests/data as it was
at commit 088de87, TRAINED_ON: `train` reads it from git, so it writes this file whatever the sets have become
since; the test below was measured with the same arrays, written then with numpy's own zip dates);
scoring a post costs 2-3 ms (the rules: 24 ms per case of ../shared), reading the model 20-30 ms once.

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
posts (2 of 600 lines, about ten times the cross-validated 1 in 3,563; 0 of the quiet set's 769): the
experiment's condition, "no more false A8 on ordinary posts", failed narrowly.

Shipped anyway (the integrator's decision, 2026-12-01), with the recipe unchanged (C, features, threshold
0.91 as fixed before the test): rules or model raise A8 F1 0.56 -> 0.74 on conduct-blind3 and 0.62 -> 0.90
on heldout4's A8 cases at the same precision, for 2 more A8 warnings on 64 ordinary posts (0.03 per post
over heldout5 and quiet). An A8 finding is a warning, which does not block a post (exit 0), and a missed
threat or bullying costs more than a warning the writer reads and dismisses. The model's finding says that
a model judged the line and may be wrong. Hooked in by the last line of screener/rules/conduct.offences.

After main's next A8 round (the rules developed on both halves of conduct-blind3 and on heldout4, 95 more
hard negatives in conduct-dev, written after TRAINED_ON), `python -m eval.rules`, rules alone / rules or
model: conduct-blind3 A8 F1 1.00 / 0.96 (the model warns on 3 of its 40 quiet cases), conduct-dev 0 / 6 of
325 negatives (all six new near-misses of a threat or an account taken over: "ik zou maar goed uitkijken
als je vanavond alleen naar huis fietst, het wordt glad"), every other set unchanged (A8 1.00);
heldout5's ordinary posts 0 / 2 A8 lines, quiet 0 / 0. Reading the model costs 20 ms CPU once per process,
scoring 2 ms per post; the cold `screener check` of a 300-word post is as fast as main's (0.85 s CPU both,
median of 7, /tmp/s6/cold3.py).

The second model, measured once (2026-12-01 20:00 UTC, main at 4e0eab5 merged; `python -m eval.conduct_model test`,
the same numbers through `python -m eval.rules FOLDER -c ../shared/data/school-posts/screener.toml`), A8 P/R/F1:
                                  (a) rules alone   (b) rules or first model  (c) rules or second model
  conduct-blind4, both halves      0.90 0.45 0.60    0.82 0.70 0.76            0.85 0.72 0.78
  conduct-blind4, odd half         0.80 0.40 0.53    0.71 0.60 0.65            0.76 0.65 0.70
  conduct-blind4, even half        1.00 0.50 0.67    0.94 0.80 0.86            0.94 0.80 0.86
  school-posts-rules-heldout5, A8  1.00 0.40 0.57    0.90 0.90 0.90            0.82 0.90 0.86
  both sets pooled (50 A8)         tp 22 fp 2 fn 28  tp 37 fp 7 fn 13 (0.79)   tp 38 fp 7 fn 12 (0.80)
  the model alone: first 0.69 / 0.84, second 0.74 / 0.86 (conduct-blind4 / heldout5)
  lines flagged A8 on ordinary posts (a) / (b) / (c): school-posts-heldout5 (24 posts, 600 lines) 0 / 2 / 2,
  school-posts-heldout6 (32 posts, 733 lines) 1 / 3 / 3, school-posts-quiet2 (40 posts, 1,004 lines) 1 / 2 / 2.
Shipped (the task's condition, "at least as good on the test sets", holds pooled: one A8 more found on
conduct-blind4, one false A8 more on heldout5, the same lines on 96 ordinary posts). Neither model reaches the
goal (0.95): the rules alone find 0.40-0.45 of what a blind writer calls A8, rules or model 0.72-0.90.

A third model (session 11), not shipped. The same recipe on the grown data (`training_data(grown=True)`: tests/data at
GROWN_ON = 42f3bb3, the second model's sources plus UNSEEN_CASE_SETS, conduct-blind4, school-posts-rules-heldout5 and
-heldout6, and as negatives the lines of UNSEEN_POST_SETS, the ordinary posts of school-posts-heldout5..8, -quiet2 and
-forms2; never BLIND_NOW, this session's blind sets). 9,271 samples: 538 A8, 1,611 cases, 7,660 ordinary post lines,
28 source sets. The recipe was fixed by `cv --grown 4 16 64` before anything else was measured, the threshold the
lowest that keeps the out-of-fold ordinary post lines at 1 in 3,500 (2 of 7,660):
  C=4  t=0.904  P 0.91 R 0.44 F1 0.59, 2/7660     C=16 t=0.920  P 0.90 R 0.46 F1 0.61, 2/7660  <- GROWN_RECIPE
  C=64 t=0.974  P 0.93 R 0.42 F1 0.58, 2/7660     (C=16 at the old 0.91: F1 0.63 but 4/7660)
  Per set (C=16, t=0.92): conduct-blind 0.83, conduct-blind2 0.79, conduct-blind3 0.83, conduct-blind4 0.71,
  school-posts-rules-blind 0.95, -heldout 1.00, -heldout2 0.90, -heldout3 0.82, -heldout4 0.90, -heldout5 0.91,
  -heldout6 0.89, shared rules 0.92, policy 0.50; conduct-dev 0.36.
The decision (`oof`, 2026-12-02 01:12 UTC, with session 11's rules at 5673328): on each set the shipped second model
never saw, the rules alone, rules or the shipped model, and rules or the new recipe trained on every other source set
(that set left out), through check_policy as `eval.rules` runs it, A8 P/R/F1 and A8 lines on ordinary posts:
                                   (a) rules alone     (b) rules or shipped   (c) rules or new, out of fold
  conduct-blind4 (40 A8)           1.00 0.82 0.90      0.95 0.97 0.96         0.93 0.95 0.94
  school-posts-rules-heldout5 (10) 1.00 0.90 0.95      0.83 1.00 0.91         0.83 1.00 0.91
  school-posts-rules-heldout6 (10) 1.00 1.00 1.00      1.00 1.00 1.00         1.00 1.00 1.00
  pooled (60 A8)                   tp 52 fp 0 fn 8     tp 59 fp 4 fn 1 (0.96) tp 58 fp 5 fn 2 (0.94)
  A8 lines on the 178 ordinary posts of heldout5-8, quiet2, forms2: (a) 1, (b) 6, (c) 4
(The rules were developed on these sets this session, so (a) flatters the rules; the models' share is what counts.)
Not shipped: the condition was "better F1 on the sets it was not trained on, and no more A8 warnings on ordinary
posts"; it has 2 fewer A8 warnings on ordinary posts but finds 1 fewer A8 and raises 1 more false one on
conduct-blind4 (pooled F1 0.94 against the shipped model's 0.96). The shipped model stays (sha256 as pinned).
`train` on this machine (scikit-learn 1.9.1) writes 362,971 bytes, sha256 f4056e27..., not the pinned file: the same
on main's code at 42f3bb3 before this experiment, so the drift is in the environment or the readers, not the recipe.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from eval.rules import SCHOOL_POSTS, load_expected
from screener import documents
from screener.rules.conduct_model import MODEL_FILE, MODEL_SHA256, Scorer, normalise

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
# The commit whose tests/data the shipped model was trained on (and measured after): later commits add cases
# (conduct-dev grows with the rules), which would give another model, to be measured before it ships.
TRAINED_ON = "f578756"
PREVIOUS = "f578756"  # the commit whose shipped model `test` compares with (the first model, trained on 088de87)
POST_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")
CASE_SETS = ["conduct-blind", "conduct-blind2", "conduct-blind3", "school-posts-rules-blind",
             "school-posts-rules-heldout", "school-posts-rules-heldout2", "school-posts-rules-heldout3",
             "school-posts-rules-heldout4"]
POLICY_SETS = ["policy", "policy-blind"]
POST_SETS = ["school-posts-blind", "school-posts-heldout", "school-posts-heldout2", "school-posts-heldout3",
             "school-posts-heldout4", "school-posts-quiet"]
TEST_CASE_SETS = ["conduct-blind4", "school-posts-rules-heldout5"]
ORDINARY_TEST_SETS = ["school-posts-heldout5", "school-posts-heldout6", "school-posts-quiet2", "school-posts-quiet"]
TEST_SETS = {*TEST_CASE_SETS, *ORDINARY_TEST_SETS} - {"school-posts-quiet"}
# The third model's experiment (session 11, `cv --grown`, `oof`): the same sources and the sets the shipped model never
# saw, at GROWN_ON; never the sets written blind this session (BLIND_NOW, for the integrator only).
GROWN_ON = "42f3bb3"
UNSEEN_CASE_SETS = ["conduct-blind4", "school-posts-rules-heldout5", "school-posts-rules-heldout6"]
UNSEEN_POST_SETS = ["school-posts-heldout5", "school-posts-heldout6", "school-posts-heldout7", "school-posts-heldout8",
                    "school-posts-quiet2", "school-posts-forms2"]
BLIND_NOW = {"school-posts-rules-heldout13", "school-posts-heldout15"}


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


def training_data(grown: bool = False) -> list[Sample]:
    """The training samples, read from tests/data as it was at TRAINED_ON (and ../shared, which does not change);
    `grown`: the third model's, at GROWN_ON with the sets the shipped model never saw."""
    with tempfile.TemporaryDirectory() as tmp:
        if grown:
            return _samples(checkout_data(Path(tmp), GROWN_ON), [*CASE_SETS, *UNSEEN_CASE_SETS],
                            [*POST_SETS, *UNSEEN_POST_SETS], BLIND_NOW)
        return _samples(checkout_data(Path(tmp)))


def checkout_data(tmp: Path, commit: str = TRAINED_ON) -> Path:
    """tests/data as it was at `commit` (TRAINED_ON), unpacked under `tmp`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "tests/data"],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tmp, filter="data")
    return tmp / "tests" / "data"


def _samples(data: Path, case_sets: list[str] = CASE_SETS, post_sets: list[str] = POST_SETS,
             never: set[str] = TEST_SETS) -> list[Sample]:
    samples = []
    dev = yaml.safe_load((data / "conduct-dev" / "cases.yaml").read_text(encoding="utf-8"))
    samples += [Sample(c["tekst"], 1, "conduct-dev", True) for c in dev["positief"]]
    samples += [Sample(c["tekst"], 0, "conduct-dev", True) for c in dev["negatief"]]
    for name in case_sets:
        samples += _json_cases(data / name, name)
    if (SCHOOL_POSTS / "rules").is_dir():
        samples += _json_cases(SCHOOL_POSTS / "rules", "shared-rules")
    for name in POLICY_SETS:
        for draft, wanted in load_expected(data / name).items():
            samples.append(Sample(_text(data / name / draft), int("A8-FATSOEN" in wanted), name, True))
    post_folders = [(data / name / "posts", name) for name in post_sets]
    if (SCHOOL_POSTS / "posts").is_dir():
        post_folders.append((SCHOOL_POSTS / "posts", "shared-posts"))
    for folder, name in post_folders:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in POST_SUFFIXES:
                samples += [Sample(line, 0, name, False) for line in lines(_text(path))]
    assert not {s.group for s in samples} & never
    return samples


# ---- the recipe (fixed before the test sets were measured) ----

RECIPE = {"char": (2, 5), "word": (1, 2), "C": 16.0, "min_df": 2, "target_post_flags": 0.0005, "threshold": 0.91}
# the third model's, fixed by `cv --grown 4 16 64` before `oof` was run: C and features as before, the threshold the
# lowest that keeps the out-of-fold ordinary post lines at 1 in 3,500 (2 of 7,660)
GROWN_RECIPE = {**RECIPE, "target_post_flags": 1 / 3500, "threshold": 0.92}


def make_model(C: float, recipe: dict = RECIPE):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    features = FeatureUnion([
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=recipe["char"], preprocessor=normalise,
                                 min_df=recipe["min_df"], sublinear_tf=True)),
        ("word", TfidfVectorizer(analyzer="word", ngram_range=recipe["word"], preprocessor=normalise,
                                 min_df=recipe["min_df"], sublinear_tf=True)),
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


def pick_threshold(samples: list[Sample], scores: np.ndarray, recipe: dict = RECIPE) -> float:
    """The lowest threshold that keeps the ordinary posts' lines at (nearly) no flags, and no lower than 0.5."""
    post = np.sort(np.array([sc for s, sc in zip(samples, scores) if not s.case]))[::-1]
    allowed = int(recipe["target_post_flags"] * len(post))
    return float(max(0.5, post[allowed] + 1e-6))


def cv(argv: list[str]) -> int:
    """Leave one source set out; `--grown`: on the third model's data, picking its threshold at 1 in 3,500."""
    grown = "--grown" in argv
    argv = [a for a in argv if a != "--grown"]
    recipe = GROWN_RECIPE if grown else RECIPE
    samples = training_data(grown)
    cases = [i for i, s in enumerate(samples) if s.case]
    print(f"{len(samples)} samples: {sum(s.label for s in samples)} A8, {len(cases)} cases, "
          f"{len(samples) - len(cases)} ordinary post lines, {len({s.group for s in samples})} source sets")
    for C in [float(c) for c in (argv or ["1", "4", "16", "64"])]:
        scores = out_of_fold(samples, C)
        thr = pick_threshold(samples, scores, recipe)
        for t in sorted({0.5, 0.7, 0.8, 0.9, recipe["threshold"], thr}):
            lab = [samples[i].label for i in cases]
            p, r, f, tp, fp, fn = prf(lab, [scores[i] >= t for i in cases])
            post_flags = sum(1 for s, sc in zip(samples, scores) if not s.case and sc >= t)
            print(f"C={C:<5} t={t:.3f} cases P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {tp} fp {fp} fn {fn}); "
                  f"post lines flagged {post_flags}/{len(samples) - len(cases)}"
                  + ("  <- picked" if t == thr else ""))
        for group in sorted({samples[i].group for i in cases}):
            idx = [i for i in cases if samples[i].group == group]
            p, r, f, tp, fp, fn = prf([samples[i].label for i in idx], [scores[i] >= thr for i in idx])
            print(f"    {group:30} P {p:.2f} R {r:.2f} F1 {f:.2f} (tp {tp} fp {fp} fn {fn})")
    return 0


# ---- the weights as plain arrays (scored by screener/rules/conduct_model.py, which needs only numpy) ----

def _write_npz(out: Path, arrays: dict[str, np.ndarray]) -> None:
    """Like np.savez_compressed, but the same arrays always give the same bytes (fixed zip dates and
    order), so `train` reproduces the shipped file and its pinned sha256."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asanyarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, buffer.getvalue())


def fit_and_export(out: Path, samples: list | None = None, recipe: dict = RECIPE) -> Scorer:
    """Fit the recipe on all the training data (by default the A8 model's), write its weights to `out` (.npz)
    and read them back, checking that the arrays score as scikit-learn does."""
    samples = training_data() if samples is None else samples
    model = make_model(recipe["C"], recipe).fit([s.text for s in samples], [s.label for s in samples])
    (_, char), (_, word) = model[0].transformer_list
    coef = model[-1].coef_[0]
    n_char = len(char.vocabulary_)
    arrays = {"intercept": np.float64(model[-1].intercept_[0]), "threshold": np.float64(recipe["threshold"]),
              "char_range": np.array(recipe["char"]), "word_range": np.array(recipe["word"])}
    for name, vec, weights in (("char", char, coef[:n_char]), ("word", word, coef[n_char:])):
        arrays[f"{name}_vocab"] = np.array(sorted(vec.vocabulary_, key=vec.vocabulary_.get))
        arrays[f"{name}_idf"] = vec.idf_.astype(np.float32)
        arrays[f"{name}_coef"] = weights.astype(np.float32)
    _write_npz(out, arrays)
    scorer = Scorer.load(out)
    mine = np.array([scorer.probability(s.text) for s in samples])
    theirs = model.predict_proba([s.text for s in samples])[:, 1]
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{out}: {out.stat().st_size} bytes, sha256 {digest}; {n_char} + {len(word.vocabulary_)} n-grams; "
          f"largest difference to scikit-learn {np.abs(mine - theirs).max():.1e}")
    assert np.abs(mine - theirs).max() < 1e-5, "the exported arrays do not score as scikit-learn does"
    return scorer


def train(argv: list[str]) -> int:
    """Write the weights (by default over the shipped file) and say whether they are the pinned model."""
    out = Path(argv[0]) if argv else MODEL_FILE
    fit_and_export(out)
    same = hashlib.sha256(out.read_bytes()).hexdigest() == MODEL_SHA256
    print("the shipped model (sha256 as pinned in screener/rules/conduct_model.py)" if same else
          "NOT the shipped model: the training data or the recipe changed; pin the new sha256 only after measuring")
    return 0


def previous_model() -> Scorer:
    """The model shipped before this one (as it was at PREVIOUS), for the same-run comparison."""
    content = subprocess.run(["git", "-C", str(ROOT), "show", f"{PREVIOUS}:screener/rules/data/conduct_model.npz"],
                             check=True, capture_output=True).stdout
    return Scorer.load(io.BytesIO(content))


def test(argv: list[str]) -> int:
    """Once, with the fixed recipe, on the test sets: rules alone, rules or the previous model, rules or the
    model trained now (and each model alone); lines flagged A8 on ordinary posts (counts only)."""
    from eval import rules as eval_rules
    from screener import config, post
    from screener.rules import check_policy, conduct_model

    with tempfile.TemporaryDirectory() as tmp:
        scorer = fit_and_export(Path(tmp) / "conduct_model.npz")
    models = {"previous": previous_model(), "new": scorer}
    cfg_file = SCHOOL_POSTS / "screener.toml"
    shipped = conduct_model.scorer, conduct_model.with_model
    variants = [("(a) rules alone", None), ("(b) rules or previous model", "previous"),
                ("(c) rules or new model", "new")]

    def use(model: str | None) -> None:  # through the shipped hook; None: the hook adds nothing
        conduct_model.scorer = lambda: models.get(model or "new")
        conduct_model.with_model = shipped[1] if model else (lambda text, found: found)

    def measure(title: str, cases) -> None:
        print(f"== {title} ({len(cases)} cases, {sum('A8-FATSOEN' in c.wanted for c in cases)} A8)")
        for name, model in variants:
            use(model)
            tp, fp, fn, _, _ = eval_rules.evaluate(cases[0].path.parent, cases, ["A8-FATSOEN"], cfg_file)
            print(f"  {name:30} " + _line(tp["A8-FATSOEN"], fp["A8-FATSOEN"], fn["A8-FATSOEN"]))
        for model in models:
            tp = fp = fn = 0
            for c in cases:
                got = bool(models[model].hostile_lines(documents.load(c.path).text))
                wanted = "A8-FATSOEN" in c.wanted
                tp, fp = tp + (got and wanted), fp + (got and not wanted and "A8-FATSOEN" not in c.optional)
                fn += wanted and not got
            print(f"  {model + ' model alone':30} " + _line(tp, fp, fn))

    for name in TEST_CASE_SETS:
        if not (DATA / name).is_dir():
            print(f"== {name}: ontbreekt, niet gemeten")
            continue
        cases = eval_rules.school_post_cases(DATA / name)
        measure(f"{name}, both halves", cases)
        measure(f"{name}, odd half", [c for c in cases if int(c.name[1:3]) % 2 == 1])
        measure(f"{name}, even half", [c for c in cases if int(c.name[1:3]) % 2 == 0])
    cfg = config.load(cfg_file)
    for name in ORDINARY_TEST_SETS:  # counts only: these posts are not read
        if not (DATA / name / "posts").is_dir():
            print(f"== {name}: ontbreekt, niet gemeten")
            continue
        paths = [p for p in sorted((DATA / name / "posts").iterdir()) if p.suffix.lower() in POST_SUFFIXES]
        counts, scored = dict.fromkeys([v for v, _ in variants], 0), 0
        for path in paths:
            doc = documents.load(path)
            scored += len(lines(doc.text))
            for variant, model in variants:
                use(model)
                found = check_policy(doc, post.resolve(doc.meta, cfg), cfg)
                counts[variant] += len({f.line for f in found if f.rule == "A8-FATSOEN"})
        trained = " (trained on)" if name in POST_SETS else ""
        print(f"== {name}{trained} ({len(paths)} posts, {scored} lines): lines flagged A8: " +
              ", ".join(f"{k[:3]} {v} ({v / len(paths):.2f} per post)" for k, v in counts.items()))
    conduct_model.scorer, conduct_model.with_model = shipped
    docs = [documents.load(p) for p in sorted((SCHOOL_POSTS / "posts").glob("*.md"))]
    began = time.perf_counter()
    for doc in docs:
        scorer.hostile_lines(doc.text)
    print(f"model cost: {1000 * (time.perf_counter() - began) / len(docs):.2f} ms per post "
          f"({len(docs)} Markdown posts of ../shared, every line scored)")
    return 0


def oof(argv: list[str]) -> int:
    """The third model's decision, through the rules as they run: on each set the shipped model never saw, (a) the
    rules alone, (b) rules or the shipped model, (c) rules or GROWN_RECIPE's model trained on every other source set
    (out of fold); A8 P/R/F1 on the case sets, and the lines flagged A8 on the ordinary posts."""
    from eval import rules as eval_rules
    from screener import config, post
    from screener.rules import check_policy, conduct_model

    samples = training_data(grown=True)
    cfg_file = SCHOOL_POSTS / "screener.toml"
    cfg = config.load(cfg_file)
    shipped = conduct_model.scorer, conduct_model.with_model
    models: dict[str, Scorer] = {"shipped": shipped[0]()}
    variants = [("(a) rules alone", None), ("(b) rules or shipped model", "shipped"),
                ("(c) rules or new model, out of fold", "new")]

    def use(model: str | None) -> None:  # through the shipped hook; None: the hook adds nothing
        conduct_model.scorer = lambda: models[model or "shipped"]
        conduct_model.with_model = shipped[1] if model else (lambda text, found: found)

    totals = {v: [0, 0, 0] for v, _ in variants}
    flagged = dict.fromkeys(totals, 0)
    for name in [*UNSEEN_CASE_SETS, *UNSEEN_POST_SETS]:
        with tempfile.TemporaryDirectory() as tmp:
            models["new"] = fit_and_export(Path(tmp) / "fold.npz", [s for s in samples if s.group != name],
                                           GROWN_RECIPE)
        if name in UNSEEN_CASE_SETS:
            cases = eval_rules.school_post_cases(DATA / name)
            print(f"== {name} ({len(cases)} cases, {sum('A8-FATSOEN' in c.wanted for c in cases)} A8)")
            for variant, model in variants:
                use(model)
                tp, fp, fn, _, _ = eval_rules.evaluate(DATA / name, cases, ["A8-FATSOEN"], cfg_file)
                counts = tp["A8-FATSOEN"], fp["A8-FATSOEN"], fn["A8-FATSOEN"]
                totals[variant] = [t + c for t, c in zip(totals[variant], counts)]
                print(f"  {variant:38} " + _line(*counts))
            continue
        paths = [p for p in sorted((DATA / name / "posts").iterdir()) if p.suffix.lower() in POST_SUFFIXES]
        lines_flagged = {}
        for variant, model in variants:
            use(model)
            lines_flagged[variant] = 0
            for path in paths:
                doc = documents.load(path)
                found = check_policy(doc, post.resolve(doc.meta, cfg), cfg)
                lines_flagged[variant] += len({f.line for f in found if f.rule == "A8-FATSOEN"})
            flagged[variant] += lines_flagged[variant]
        print(f"== {name} ({len(paths)} posts): lines flagged A8: "
              + ", ".join(f"{k[:3]} {v}" for k, v in lines_flagged.items()))
    conduct_model.scorer, conduct_model.with_model = shipped
    print("== pooled")
    for variant, _ in variants:
        print(f"  {variant:38} {_line(*totals[variant])}; A8 lines on ordinary posts {flagged[variant]}")
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
    raise SystemExit({"cv": cv, "train": train, "test": test, "oof": oof}[command](rest))
