"""A learned second opinion on name findings (issue 14): collected, cross-validated by source set, measured;
tried twice this evening, NOT SHIPPED either time (see "Decision" and "Second try" below); this script keeps
both experiments repeatable (the first try's recipe and code: `git show 0da8464:eval/name_model.py`).

Run: .venv/bin/python -m eval.name_model cv [C ...] [--both|--runtime] [--drop PREFIX,...] [--t T,...]
                                        (leave one source set out, offline on the cached findings)
     .venv/bin/python -m eval.name_model cv2          (the second try's grid, same folds; see "Second try")
     .venv/bin/python -m eval.name_model cvpipe [SET ...]   (the fixed recipe, same folds, through the real pipeline)
     .venv/bin/python -m eval.name_model train OUT.npz      (fit the recipe on all the training data, write its arrays)
     .venv/bin/python -m eval.name_model test [--model OUT.npz] SET ...
                                        (eval.school_posts' report, rules alone and rules + model, once per test set)
     .venv/bin/python -m eval.name_model text [--model OUT.npz]  (deduce and CoNLL-2002, rules alone / + model)
Needs scikit-learn, only here: `.venv/bin/pip install -e '.[train]'`. The screener itself is unchanged: the
model is put into the pipeline only while this script runs (`using`: each A2-NAAM hit the text stage returns,
analyzer._to_hits, is judged, and a doubted one's error becomes an info finding with MESSAGE in
pipeline.text_findings, before the consent and signature steps, exactly where a shipped hook would act).

Training data (CC0, written for this project): the drafts and .tsv labels of ../shared/data/school-posts/posts
and tests/data/school-posts-{blind,heldout,heldout2,heldout3,heldout4,quiet} (7 source sets, 240 drafts,
1,227 labelled names). Never trained, tuned or looked at: school-posts-heldout5, -heldout6, -quiet2 (`test` only
counts on them), CoNLL-2002 and the deduce cases (evaluation only). The Europeana OCR set was not tried (no time
left after the school-post folds).
Candidates: every A2-NAAM finding of `screener check` on the training drafts (1,236: 1,163 names, 73 other), and
the same with the name stage's hand-written vetoes switched off for training only (`vetoes_off`: non-person
lists, public figures, things, organisations, shops; 2,010 more: 1,163 names again and 847 brands, characters,
authors, titles, ordinary words), labelled 1 when they overlap a labelled name. 3,246 in all, 2,326 names.
Features (`features`, binary): the hit lower-cased (whole, first and last word, char 2-4-grams), its shape
("Xx_Xx"), what the name lists know of its first/last word (first name, surname, ambiguous, ordinary word, place,
shop, title), an interfix inside; the words either side (1-3, position-tagged, lower case, digits masked; the
pairs L12/R12; a bag of +-6) and the two next words' shape and list knowledge ("Abena en Esi"); line start,
sentence start, heading, list item, chat line, table cell, hashtag, quoted, "(" after it, all lower/upper case;
the rule's confidence (the signal that produced it). Logistic regression (class_weight balanced).

Cross-validation (leave one source set out; the rules alone: names R 0.992, false alarms 17 in 240 drafts =
0.07/draft, quiet posts exit 0 94/100). The tuned sets leave the model little to do, so each fold is also
scored on the drafts screened with the vetoes off ("no vetoes": the rules facing kinds no list knows;
alone R 0.992, 716 false alarms = 3.01/draft, quiet exit 0 16/100). dR is the change in names recall:
                                       tuned rules                 no vetoes
  C=0.3 t=0.05 no cue exemption   dR -0.0008  FA 14  q 96     FA 407  q 32
  C=0.3 t=0.07 no cue exemption   dR -0.0041  FA 13  q 97     FA 359  q 35
  C=0.5 t=0.05 no cue exemption   dR -0.0033  FA 14  q 96     FA 371  q 36   <- the recipe
  C=0.5 t=0.07 no cue exemption   dR -0.0057  FA 13  q 97     FA 313  q 38
  C=1   t=0.03 no cue exemption   dR -0.0024  FA 14  q 96     FA 383  q 36
  C=1   t=0.05 no cue exemption   dR -0.0057  FA 13  q 97     FA 310  q 39
  C=3   t=0.03 no cue exemption   dR -0.0081  FA 13  q 97     FA 302  q 41
  C=0.3 t=0.10 strong cues exempt dR -0.0041  FA 13  q 97     FA 375  q 27  (a title, a relation "de moeder
        van X", first name + surname never doubted: at the same recall cost it keeps more false alarms)
  C=0.3 t=0.05 without char n-grams dR -0.0016 FA 15 q 95    FA 482  q 27
  trained on the runtime candidates only (73 negatives): at most 1 false alarm fewer at any threshold.
Recipe (fixed by the above before any test set was run): C=0.5, threshold 0.05 on the probability of a person
(a hit below it is doubted), no exemption, trained on the runtime and the vetoes-off candidates. Through the
real pipeline (`cvpipe`, each set screened by eval.school_posts with the model of the other sets), rules alone
/ with the model: names R 0.9919 / 0.9886 (1,217 / 1,213 of 1,227 found), false alarms 17 / 14 (0.071 / 0.059
per draft), quiet exit 0 94/100 / 96/100; per set the same as the offline numbers (quiet 36/40 -> 38/40,
heldout4 6 -> 5 false alarms, dev and heldout2 lose 1 and 2 names, heldout3 1).
The model: 19,512 features, 200,623 bytes as plain arrays (`train`, deterministic), sha256 d3e67516ec37...;
scoring a hit is a few dictionary look-ups.

Test, measured once (2026-12-01 ~19:00 UTC, main f578756 with the model hooked into the tree then:
`.venv/bin/python -m eval.school_posts --set heldout5 [--name-model off]`, totals only; `test --model OUT.npz
heldout5` puts the same model in the same place), rules alone / with the model:
  school-posts-heldout5 (24 drafts)  names R 0.969 / 0.969 (219 / 219 of 226), P 0.844 / 0.888 (262 / 249 shown);
                                     false alarms 1.71 / 1.33 per draft (41 / 32; A2-NAAM 33 / 24);
                                     drafts without personal data that exit 0: 1 of 8 / 1 of 8
  after merging main 8518270 (heldout6 and quiet2 landed; `.venv/bin/python -m eval.name_model test --model
  OUT.npz heldout6 quiet2` with the arrays measured on heldout5, sha256 d3e67516ec37..., totals only):
  school-posts-heldout6 (32 drafts)  names R 0.968 / 0.968 (303 / 303 of 313), P 0.810 / 0.837 (373 / 361 shown);
                                     false alarms 2.28 / 1.91 per draft (73 / 61; A2-NAAM 65 / 53);
                                     drafts without personal data that exit 0: 2 of 12 / 2 of 12
  school-posts-quiet2 (40 drafts)    false alarms 5.03 / 3.77 per draft (201 / 151; A2-NAAM 190 / 140);
                                     drafts that exit 0: 1 of 40 / 4 of 40
  CoNLL-2002 testa and deduce (`python -m eval.text_pii`; `python -m eval.name_model text` runs both ways,
  the same before and after the merge): unchanged as that harness counts them (it counts the
  text stage's hits, and the model only changes a finding's severity); counting a doubted name as not found,
  as school_posts does and as a user sees it: deduce names R 0.973 -> 0.890 (P 0.934 -> 0.928); CoNLL PER
  R 0.875 -> 0.636 (P 0.665 -> 0.711), with unknown_names = false R 0.619 -> 0.505. The model learned from the
  vetoed candidates that a full name in a news-like sentence is often a public figure, and it doubts the
  persons of news and medical letters too.
  The test suite with the model in the pipeline: 5 of 1,727 fail, each a person the rules were fixed to find
  and the model doubts (info): "Juf Annelies en juf Marijke gaan met verlof", a pupil beside an author, the
  owner of a bag beside a brand, first names after a family's surname and a colon, a name wrapped over two lines.
  Speed (`python3 /tmp/s9/tput.py 5 $PWD`, text throughput against 170eebe, same run): with the model hooked in
  0.887 wall / 0.864 CPU; the tree without it, measured right after, 1.095 / 1.141 (the goal: >= 1.0). The
  features of each hit (list look-ups, the vocabulary, n-grams) cost a fifth of the text stage.

Decision: not shipped. On the three test sets the model takes a fifth to a quarter of the false alarms away
(1.71 -> 1.33, 2.28 -> 1.91, 5.03 -> 3.77 per draft) at the same names recall, but the posts without personal
data that exit 0 barely move (1 -> 1 of 8, 2 -> 2 of 12, 1 -> 4 of 40: most quiet posts hold more than one false
name, and the model keeps some), and the brief's other conditions fail: the persons of CoNLL and deduce fall
by a quarter and a tenth as a user sees them, five behaviour tests of names a child or teacher must keep get
info, and text throughput falls below 170eebe's (0.89). What a second try would need: the vetoed candidates
weighed apart from the names (a public figure is a person, not a "no"), a title, relation or first name +
surname never doubted (not in this recipe, fixed by the folds), features computed once per document, and more
tuned-set negatives (the development sets leave 73).
Shipping it would take: `features` and `Scorer` as screener/text/name_model.py, the arrays behind a pinned
sha256 (a missing or changed file raises a ConfigError: exit 3, and the page refuses), one line at the end of
analyzer._to_hits that marks a doubted hit, and the info branch of `using` in pipeline.text_findings.

Second try (2026-12-01 19:36-20:30 UTC, main 0da8464; the same cached candidates and folds). Three changes, the
first two fixed a priori from the first try's failures:
- never doubt a hit with a strong cue (`strong_cue`, checked first and cheaply from the text, before any
  feature): a title before it or as its first word ("juf Marijke"), a relation ("de moeder van Sem"), or a
  first name and a surname the lists know ("Sanne Visser"); those 996 candidates are left out of training too;
- the vetoed candidates (found only with the vetoes off: 774, none a labelled name) that name a public figure
  or author (authors.txt, public_figures.txt) or are written as a full name ("Xx ... Xx"): 328, kept as "no
  person" (keep), left out (drop) or labelled a person (person), so that "a public figure" is not learned as
  "a full name is no person"; every vetoed candidate weighed 1 or 0.3;
- `_about` cached per word and the features computed only for hits without a strong cue (speed).
`cv2` (leave one source set out; rules alone: names R 0.992, 17 false alarms in 240 drafts, quiet exit 0
94/100; no vetoes 716, 16/100; dR is the change in names recall, 0.0008 = one name of 1,227), all with the
exemption, a selection (the whole grid prints in under 10 minutes):
                                 tuned rules              no vetoes
  keep   w=1   C=0.5 t=0.05   dR -0.0024 FA 14 q 96   FA 426 q 25
  keep   w=0.3 C=0.5 t=0.10   dR -0.0057 FA 14 q 96   FA 372 q 26
  drop   w=1   C=0.5 t=0.05   dR -0.0016 FA 14 q 96   FA 519 q 22
  drop   w=0.3 C=0.5 t=0.10   dR -0.0024 FA 14 q 96   FA 468 q 23
  drop   w=1   C=1   t=0.05   dR -0.0024 FA 14 q 96   FA 480 q 24
  person w=1   C=0.5 t=0.05   dR -0.0016 FA 14 q 96   FA 570 q 21
  person w=1   C=0.5 t=0.10   dR -0.0049 FA 12 q 97   FA 516 q 24
  person w=0.3 C=0.5 t=0.05   dR -0.0016 FA 15 q 95   FA 594 q 20
  person w=0.3 C=0.5 t=0.10   dR -0.0024 FA 13 q 96   FA 531 q 23   <- the recipe
  person w=0.3 C=1   t=0.10   dR -0.0049 FA 12 q 97   FA 509 q 25
  (without the exemption, the first try's recipe: dR -0.0033 FA 14 q 96, no vetoes FA 371 q 36: the exemption
  keeps the full names of the no-vetoes screening, most of its false alarms, as errors)
Rule fixed before the grid ran: exemption on, public figures dropped or labelled a person (not kept as "no"),
names lost at most 3 (dR >= -0.0025), then the fewest false alarms on the tuned rules, then on no vetoes.
Recipe (RECIPE): C=0.5, threshold 0.10, exemption, vetoed public figures labelled a person, vetoed weight 0.3;
`train`: 15,822 features, 151,790 bytes, sha256 MEASURED_SHA256 (written twice, the same bytes). `cvpipe`
(the real pipeline, model hooked in as a shipped one would be): names R 0.9919 / 0.9894 (1,217 / 1,214 of
1,227), false alarms 16 / 12 (0.067 / 0.050 per draft), quiet exit 0 94/100 / 96/100 (heldout4 6 -> 4, quiet
4 -> 2 false alarms; heldout loses 1 name, heldout2 2).

The one check, with the recipe fixed and the model hooked in as the first try's shipping plan says
(screener/text/name_model.py, a line in analyzer._to_hits, a branch in pipeline.text_findings, `[text]
name_model`; that code is not on this branch, this script puts the same judgement in the same place):
- the whole test suite (`.venv/bin/python -m pytest -q`, with 7 new tests of the model through `screener
  check`, all passing): 11 of 1,744 fail (1,721 pass, 10 skip, 2 xfail), each a person the rules were fixed
  to find and the model doubts: a pupil signing "Groetjes,\nSanne", a
  list of surnames, a pupil beside English song titles, the owner of a bag beside a brand, answers to "Wie
  ...?", a person named like a firm, children in a list and "X met zijn zoon", a hyphenated first name, a
  double surname after the school's name, a pupil quoted beside a teacher's self-introduction, first names
  after a family's surname and a colon. FAILS (goal: none).
- deduce and CoNLL-2002 as a user sees them (`.venv/bin/python -m eval.name_model text --model OUT.npz`, a
  doubted name counted as not found), rules alone / with the model: deduce names R 0.973 / 0.918 (P 0.934 /
  0.930); CoNLL PER R 0.875 / 0.710 (P 0.665 / 0.740), with unknown_names = false R 0.619 / 0.590. Better than
  the first try (0.890, 0.636) but FAILS (goal: within 0.005): the persons of news and letters it still doubts have
  no title, relation or full name the lists know (those are never judged).
- text throughput (`python3 /tmp/s9/tput.py 7 $PWD`, against 170eebe in the same run, medians of the rounds;
  the machine was shared and loaded): with the model hooked in 1.018 wall / 1.027 CPU (a 5-round run just
  before, under heavier load: 0.884 / 0.945); the tree without it, right after, 1.136 / 1.022. Ratio to bare
  spaCy in the same runs: 0.733 with, 0.823 without, so the model still costs about a tenth of the text stage.
  Borderline (goal >= 1.0).
- the test sets, their SECOND look (the first try measured each once; `.venv/bin/python -m eval.name_model
  test --model OUT.npz heldout5 heldout6 quiet2`, totals only), rules alone / with the model:
  school-posts-heldout5 (24 drafts)  names R 0.969 / 0.969 (219 / 219 of 226), P 0.844 / 0.874 (262 / 253 shown);
                                     false alarms 1.71 / 1.46 per draft (41 / 35; A2-NAAM 33 / 27);
                                     drafts without personal data that exit 0: 1 of 8 / 2 of 8
  school-posts-heldout6 (32 drafts)  names R 0.968 / 0.968 (303 / 303 of 313), P 0.810 / 0.841 (373 / 359 shown);
                                     false alarms 2.28 / 1.88 per draft (73 / 60; A2-NAAM 65 / 52);
                                     drafts without personal data that exit 0: 2 of 12 / 2 of 12
  school-posts-quiet2 (40 drafts)    false alarms 5.03 / 3.50 per draft (201 / 140; A2-NAAM 190 / 129);
                                     drafts that exit 0: 1 of 40 / 6 of 40
  False alarms fall a little more than in the first try, names recall the same.
Decision: not shipped again. False alarms fall on every test set at the same names recall, but 11 behaviour
tests of names the rules must keep fail, and deduce and CoNLL lose 0.055 and 0.165 of their persons as a user
sees them. What is left to try: the model judging only the kinds it learned from (a hit the rules found by
an unknown-name signal, not a first name the lists know alone), features of the document (the same word
found as a person elsewhere in it), and negatives from real posts rather than vetoed candidates. A copy of
the runtime module, its arrays, the hook and its tests, as measured, was kept outside the tree for the session
only; `train` writes the same arrays again, and `using` in this script is the hook as it acted.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from eval import school_posts
from eval.school_posts import Item, Tally, drafts, not_checked_photo, overlaps, shown
from screener import config as screener_config
from screener import pipeline
from screener.findings import Severity
from screener.text import analyzer

ROOT = Path(__file__).resolve().parents[1]
TRAIN_SETS = ["dev", "blind", "heldout", "heldout2", "heldout3", "heldout4", "quiet"]
TEST_SETS = {"heldout5", "heldout6", "quiet2"}  # never trained, tuned or looked at; `test` only counts on them
CACHE = Path("/tmp/name_model_cache")
CONTEXT = 120  # characters either side of a hit that its context features read
WINDOW = 3  # words either side, position-tagged
BAG = 6  # words either side, untagged
_TOKEN = re.compile(r"\n|\w+|[^\w\s]")
_DIGIT = re.compile(r"\d")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s")
_QUOTES = "\"'“”‘’„«»"
DOUBTED = "+NameModel"  # added to the recognizer of a hit the model doubts
MESSAGE = ("Mogelijke naam gevonden: '{excerpt}'. Een taalmodel schat in dat dit waarschijnlijk geen persoon is "
           "(maar bijvoorbeeld een merk, een figuur uit een boek of film, een titel of een gewoon woord). Controleer "
           "het: is het toch de naam van een leerling, ouder of medewerker, laat de naam dan weg of vraag eerst "
           "toestemming.")


# ---- the features of a person hit (the hit, its shape, what the lists know, the words around it) ----

def _shape(word: str) -> str:
    """"Sanne" -> "Xx", "DJ" -> "X", "van" -> "x", "McDonald's" -> "XxXx'x", "3D" -> "dX"."""
    out = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def _tokens(text: str) -> list[str]:
    """The words and marks of `text` as written, digits masked, a line break as "<nl>"."""
    return [t if t != "\n" else "<nl>" for t in _TOKEN.findall(_DIGIT.sub("0", text))]


@functools.lru_cache(maxsize=16384)
def _about(word: str) -> tuple[str, ...]:
    """What the name lists know of a word: a first name, a surname, an ordinary word, a place, a shop."""
    from screener.text import lexicons, vocabulary

    lex = lexicons.load()
    bare = word.strip(".,'’-")
    known = []
    if bare in lex.first_names or bare.capitalize() in lex.first_names:
        known.append("first_name")
    if bare in lex.surnames or bare.capitalize() in lex.surnames:
        known.append("surname")
    if bare.lower() in lex.ambiguous_first_names:
        known.append("ambiguous")
    if bare.lower() in lex.common_words or vocabulary.is_lower_case_word(bare.lower()):
        known.append("word")
    if bare in lex.places:
        known.append("place")
    if bare in lex.organisations or bare in lex.shop_names:
        known.append("organisation")
    if bare.lower() in lex.titles:
        known.append("title")
    return tuple(known)


def strong_cue(text: str, start: int, end: int) -> bool:
    """A cue that says "a person" whatever the model would say, so the hit is never judged: a title before
    the name ("juf Marijke") or as its first word, a relation ("de moeder van Sem"), or a first name and a
    surname the lists know ("Sanne Visser"). What medical letters and news name, and what the rules were
    fixed to find."""
    from screener.text import lexicons

    lex = lexicons.load()
    words = text[start:end].split() or [text[start:end]]
    left = _tokens(text[max(0, start - CONTEXT):start])
    l1 = left[-1].lower() if left else "<s>"
    l2 = left[-2].lower() if len(left) >= 2 else "<s>"
    return (l1 in lex.titles or "title" in _about(words[0]) or (l1 == "van" and l2 in lex.relations)
            or (len(words) > 1 and "first_name" in _about(words[0]) and "surname" in _about(words[-1])))


def features(text: str, start: int, end: int, score: float) -> list[str]:
    """The model's features of the hit text[start:end], found with the rule's confidence `score`."""
    from screener.text import lexicons

    lex = lexicons.load()
    hit = text[start:end]
    low = _DIGIT.sub("0", hit.lower())
    words = hit.split() or [hit]
    found = [f"h={low}", f"n={min(len(words), 4)}", f"shape={'_'.join(_shape(w) for w in words[:4])}",
             f"first={words[0].lower()}", f"last={words[-1].lower()}", f"score={score:.2f}"]
    padded = f" {low} "
    found += [f"c{n}={padded[k:k + n]}" for n in (2, 3, 4) for k in range(len(padded) - n + 1)]
    for position, word in (("first", words[0]), ("last", words[-1])):
        found += [f"{position}:{known}" for known in _about(word)]
    if len(words) > 1 and any(w.lower() in lex.interfixes for w in words[1:-1]):
        found.append("interfix")
    before, after = text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]
    left, right = _tokens(before), _tokens(after)
    for k in range(1, WINDOW + 1):
        found.append(f"L{k}={left[-k].lower() if len(left) >= k else '<s>'}")
        found.append(f"R{k}={right[k - 1].lower() if len(right) >= k else '</s>'}")
    for side, near in (("L", left[-2:][::-1]), ("R", right[:2])):  # the words next to it: names too? ("Abena en Esi")
        for k, word in enumerate(near, start=1):
            found.append(f"{side}{k}s={_shape(word)}")
            found += [f"{side}{k}:{known}" for known in _about(word) if word[:1].isupper()]
    found.append(f"L12={' '.join(left[-2:]).lower()}")
    found.append(f"R12={' '.join(right[:2]).lower()}")
    found += {f"B={t.lower()}" for t in left[-BAG:] + right[:BAG] if t.isalpha()}
    line_before = before.rsplit("\n", 1)[-1] if "\n" in before or start < CONTEXT else None
    line_after = after.split("\n", 1)[0]
    if line_before is not None and not line_before.strip():
        found.append("line_start")
    if line_before is not None:
        stripped = line_before.lstrip()
        if stripped.startswith("#") and not line_before.endswith("#"):
            found.append("heading")
        if _LIST_ITEM.match(line_before) or (not stripped and _LIST_ITEM.match(hit + " ")):
            found.append("list_item")
        if stripped.startswith("[") or re.match(r"^\d\d?[-/.]\d\d?[-/.]\d", stripped):
            found.append("chat_line")
    if "|" in (line_before or "") or "|" in line_after:
        found.append("table")
    if not line_after.strip():
        found.append("line_end")
    if before.endswith("#") or before.endswith("@"):
        found.append("hashtag")
    tail = before.rstrip()
    if not tail or tail[-1] in ".!?:\n" or (line_before is not None and not line_before.strip()):
        found.append("sentence_start")
    if tail[-1:] in _QUOTES or after[:1] in _QUOTES:
        found.append("quoted")
    if after.lstrip().startswith("("):
        found.append("paren_after")
    if hit.islower():
        found.append("lower_case")
    elif hit.isupper() and len(hit) > 1:
        found.append("upper_case")
    return found


@dataclass(frozen=True)
class Scorer:
    """The trained model read back from its .npz: the probability that a hit is a person, and the threshold."""
    index: dict[str, int]
    coef: object  # numpy array
    intercept: float
    threshold: float

    @classmethod
    def load(cls, source: Path | io.BytesIO) -> Scorer:
        import numpy as np

        with np.load(source, allow_pickle=False) as data:
            vocab = data["vocab"].tolist()
            return cls(dict(zip(vocab, range(len(vocab)))), data["coef"], float(data["intercept"]),
                       float(data["threshold"]))

    def probability(self, feats: list[str]) -> float:
        """The probability that the hit with these features (see `features`) is a person."""
        columns = {self.index[f] for f in feats if f in self.index}
        logit = self.intercept + float(sum(self.coef[c] for c in columns))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))

    def doubts_features(self, feats: list[str]) -> bool:
        return self.probability(feats) < self.threshold



@dataclass
class Candidate:
    """A person hit the name rules produced: its features, and whether the labels say it is a name."""
    feats: list[str]
    label: int  # 1: overlaps a labelled name
    group: str  # the source set
    runtime: bool  # kept by the rules' vetoes (what the model judges when the screener runs)
    vetoed: bool = False  # found only with the vetoes off (a hand-written veto drops it when the screener runs)
    public: bool = False  # vetoed, not a labelled name, and a public figure or author, or written as a full name


@dataclass
class DraftRun:
    """One draft screened with the vetoes on: its findings (as few fields as the measures need)."""
    name: str
    items: list[dict]
    findings: list[dict]  # rule, severity, line, col, end_line, end_col, start, end
    error: bool
    fail_on: int
    hits: dict = field(default_factory=dict)  # "start:end" -> that A2-NAAM hit and the text around it
    feats: dict = field(default_factory=dict)  # "start:end" -> its features (computed when read)


# ---- collecting the candidates (the real pipeline; vetoes switched off for training only) ----

@contextmanager
def recording():
    """While active: every A2-NAAM hit the text stage returns, with the text its features read, keyed by
    (length of the text, start, end)."""
    seen: dict[tuple[int, int, int], dict] = {}
    shipped = analyzer._to_hits

    def record(text: str, results: list, allowed) -> list:  # noqa: ANN001
        hits = shipped(text, results, allowed)
        for h in hits:
            if h.rule == "A2-NAAM":
                lo = max(0, h.start - CONTEXT)
                seen[(len(text), h.start, h.end)] = {"text": text[lo:h.end + CONTEXT], "start": h.start - lo,
                                                     "end": h.end - lo, "score": h.score}
        return hits

    analyzer._to_hits = record
    try:
        yield seen
    finally:
        analyzer._to_hits = shipped


@contextmanager
def vetoes_off():
    """The name stage with its hand-written vetoes switched off (brands, characters, public figures, things,
    organisations): far more candidates, the vetoed ones mostly false. For training only."""
    from screener.text import names, not_persons, public_context

    tagger = names.NameTagger
    patches = [
        (not_persons, "blocked_tokens", lambda doc, lex: not_persons.Blocked([False] * len(doc), set())),
        (not_persons, "public_or_street", lambda *a, **k: False),
        (not_persons, "branch_of_brand", lambda *a, **k: False),
        (not_persons, "names_a_thing", lambda *a, **k: False),
        (not_persons, "beside_blocked", lambda *a, **k: False),
        (public_context, "why_no_person", lambda *a, **k: ""),
        (public_context, "no_person_here", lambda *a, **k: False),
        (public_context, "named_elsewhere", lambda *a, **k: False),
        (tagger, "_not_a_person", lambda *a, **k: False),
        (tagger, "_not_name_phrase", lambda *a, **k: 0),
        (tagger, "_shop_or_club_alone", lambda *a, **k: False),
    ]
    saved = [(owner, name, getattr(owner, name)) for owner, name, _ in patches]
    for owner, name, value in patches:
        setattr(owner, name, value)
    try:
        yield
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)


def _set(key: str) -> school_posts.PostSet:
    return next(s for s in school_posts.SETS if s.key == key)


def _finding_fields(f) -> dict:  # noqa: ANN001
    return {"rule": f.rule, "severity": int(f.severity), "line": f.line, "col": f.col, "end_line": f.end_line,
            "end_col": f.end_col, "start": f.extra.get("start"), "end": f.extra.get("end"),
            "photo": not_checked_photo(f)}


def screen_set(key: str, off: bool) -> list[DraftRun]:
    """Every draft of the set screened as `screener check` does, with the A2-NAAM hits' features recorded."""
    assert key not in TEST_SETS
    post_set = _set(key)
    cfg = screener_config.load(post_set.config_path)
    fail_on = int(Severity.parse(cfg["report"]["fail_on"]))
    runs = []
    for source, items in drafts(post_set.folder / "posts"):
        with recording() as seen:
            if off:
                with vetoes_off():
                    result = pipeline.screen_paths([source], cfg)
            else:
                result = pipeline.screen_paths([source], cfg)
        findings = [f for f in result.findings if str(source) == f.path or Path(f.path) == source]
        run = DraftRun(source.name, [vars(i) for i in items], [_finding_fields(f) for f in findings],
                       bool(result.errors), fail_on)
        for f in findings:
            if f.rule == "A2-NAAM" and isinstance(f.extra.get("start"), int):
                for (_, s, e), hit in seen.items():
                    if (s, e) == (f.extra["start"], f.extra["end"]):
                        run.hits[f"{s}:{e}"] = hit
        runs.append(run)
    return runs


_COLLECTED: dict[tuple[str, bool], list[DraftRun]] = {}


def collected(key: str, off: bool) -> list[DraftRun]:
    """screen_set, kept in /tmp between runs of this script (delete the folder after changing the code)."""
    if (key, off) in _COLLECTED:
        return _COLLECTED[(key, off)]
    path = CACHE / f"{key}-{'off' if off else 'on'}.json"
    if path.is_file():
        runs = [DraftRun(**d) for d in json.loads(path.read_text(encoding="utf-8"))]
    else:
        runs = screen_set(key, off)
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps([vars(r) for r in runs]), encoding="utf-8")
    for run in runs:
        run.feats = {k: features(h["text"], h["start"], h["end"], h["score"]) for k, h in run.hits.items()}
    _COLLECTED[(key, off)] = runs
    return runs


def _item(d: dict) -> Item:
    return Item(d["line"], d["col"], d["end_col"], d["category"], d["text"])


class _F:
    """A cached finding, shaped as school_posts.overlaps reads it."""

    def __init__(self, d: dict, severity: int | None = None) -> None:
        self.__dict__.update(d)
        self.severity = Severity(d["severity"] if severity is None else severity)


def candidates(runs: list[DraftRun], group: str, runtime: bool, kept: dict | None = None) -> list[Candidate]:
    """The A2-NAAM hits of `runs`, labelled; `kept`: the hits of the same drafts with the vetoes on (those
    missing from it are the vetoed ones)."""
    out = []
    public = _public_names()
    for run in runs:
        names = [_item(i) for i in run.items if i["category"] == "name"]
        for f in run.findings:
            key = f"{f['start']}:{f['end']}"
            if f["rule"] == "A2-NAAM" and key in run.feats:
                label = int(any(overlaps(_F(f), item) for item in names))
                feats = run.feats[key]
                vetoed = kept is not None and key not in kept.get(run.name, {})
                out.append(Candidate(feats, label, group, runtime, vetoed,
                                     vetoed and not label and _looks_public(feats, public)))
    return out


@functools.cache
def _public_names() -> frozenset[str]:
    data = ROOT / "screener" / "text" / "data"
    return frozenset(line.strip().lower() for name in ("authors.txt", "public_figures.txt")
                     for line in (data / name).read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def _looks_public(feats: list[str], public: frozenset[str]) -> bool:
    """A vetoed hit that names a public figure or author, or is written as a person's full name ("Xx_Xx")."""
    hit = next(f[2:] for f in feats if f.startswith("h="))
    shape = next(f[6:] for f in feats if f.startswith("shape=")).split("_")
    return hit in public or (len(shape) > 1 and all(s == "Xx" for s in (shape[0], shape[-1])))


def training_candidates(keys: list[str]) -> list[Candidate]:
    out = []
    for key in keys:
        on = collected(key, False)
        out += candidates(on, key, True)
        out += candidates(collected(key, True), key, False, {run.name: run.feats for run in on})
    return out


# ---- the measures, from the cached findings: school_posts.evaluate's, with doubted names as info ----

@dataclass
class Outcome:
    names: Tally
    false_alarms: int
    drafts: int
    quiet_zero: int
    quiet: int
    doubted: int  # A2-NAAM findings turned into info


def outcome(runs: list[DraftRun], doubt) -> Outcome:  # noqa: ANN001 - doubt(feats) -> bool
    names, alarms, quiet_zero, quiet, doubted = Tally(), 0, 0, 0, 0
    for run in runs:
        items = [_item(i) for i in run.items]
        findings = []
        for d in run.findings:
            key = f"{d['start']}:{d['end']}"
            if d["rule"] == "A2-NAAM" and d["severity"] == int(Severity.ERROR) and key in run.feats \
                    and doubt(run.feats[key]):
                findings.append(_F(d, int(Severity.INFO)))
                doubted += 1
            else:
                findings.append(_F(d))
        gold = [i for i in items if i.category == "name"]
        predicted = [f for f in findings if f.rule in school_posts.CATEGORY_RULES["name"] and shown(f)]
        names.gold += len(gold)
        names.predicted += len(predicted)
        names.found += sum(any(overlaps(f, i) for f in predicted) for i in gold)
        names.correct += sum(any(overlaps(f, i) for i in gold) for f in predicted)
        lines = {i.line for i in items}
        alarms += sum(1 for f in findings if shown(f) and not f.photo and f.line not in lines)
        if not items:
            quiet += 1
            quiet_zero += int(not run.error and not any(int(f.severity) >= run.fail_on for f in findings))
    return Outcome(names, alarms, len(runs), quiet_zero, quiet, doubted)


def show(title: str, o: Outcome) -> str:
    return (f"{title:10} names R {o.names.recall:.3f} P {o.names.precision:.3f} (gold {o.names.gold}, found "
            f"{o.names.found}, shown {o.names.predicted}); false alarms {o.false_alarms / o.drafts:.2f}/draft "
            f"({o.false_alarms}); quiet exit 0 {o.quiet_zero}/{o.quiet}; doubted {o.doubted}")


# ---- the recipe ----

RECIPE = {"C": 0.5, "threshold": 0.10, "exempt": True, "public": "person", "vetoed_weight": 0.3}  # fixed by cv2


def fit(samples: list[Candidate], C: float, weights: list[float] | None = None):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in s.feats} for s in samples])
    X.data[:] = 1.0
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000).fit(X, [s.label for s in samples],
                                                                                  sample_weight=weights)
    return vec, model


def probabilities(fitted, feats_list: list[list[str]]) -> np.ndarray:
    vec, model = fitted
    X = vec.transform([{f: 1 for f in feats} for feats in feats_list])
    X.data[:] = 1.0
    return model.predict_proba(X)[:, 1]


def _select(samples: list[Candidate], train_on: str) -> list[Candidate]:
    return [s for s in samples if train_on == "both" or s.runtime == (train_on == "runtime")]


def _keep(feats: list[str], drop: tuple[str, ...]) -> list[str]:
    return [f for f in feats if not f.startswith(drop)] if drop else feats


def out_of_fold(samples: list[Candidate], runs: dict[str, list[DraftRun]], C: float, train_on: str,
                drop: tuple[str, ...] = ()) -> dict[str, dict[str, float]]:
    """Each set's hits ("draft|start:end") scored by a model trained on the other sets."""
    oof: dict[str, dict[str, float]] = {}
    for key in TRAIN_SETS:
        train = _select([s for s in samples if s.group != key], train_on)
        fitted = fit([Candidate(_keep(s.feats, drop), s.label, s.group, s.runtime) for s in train], C)
        feats = [(f"{run.name}|{k}", _keep(v, drop)) for run in runs[key] for k, v in run.feats.items()]
        probs = probabilities(fitted, [v for _, v in feats]) if feats else []
        oof[key] = {name: float(p) for (name, _), p in zip(feats, probs)}
    return oof


def cv(argv: list[str]) -> int:
    """cv [C ...] [--both|--runtime] [--drop PREFIX,...] [--t T,...]"""
    args = list(argv)
    drop = tuple(args.pop(args.index("--drop") + 1).split(",")) if "--drop" in args else ()
    ts = [float(t) for t in args.pop(args.index("--t") + 1).split(",")] if "--t" in args else [0.05, 0.1, 0.2, 0.3]
    if "--drop" in args:
        args.remove("--drop")
    if "--t" in args:
        args.remove("--t")
    modes = [m.lstrip("-") for m in args if m in ("--both", "--runtime")] or ["both"]
    Cs = [float(c) for c in args if not c.startswith("--")] or [1.0]
    all_samples = training_candidates(TRAIN_SETS)
    runs = {key: collected(key, False) for key in TRAIN_SETS}
    off_runs = {key: collected(key, True) for key in TRAIN_SETS}
    print(f"{len(all_samples)} candidates ({sum(s.label for s in all_samples)} names); runtime "
          f"{sum(s.runtime for s in all_samples)} ({sum(s.label for s in all_samples if s.runtime)} names)"
          + (f"; without features {', '.join(drop)}" if drop else ""))
    base = _pool(outcome(r, lambda feats: False) for r in runs.values())
    base_off = _pool(outcome(r, lambda feats: False) for r in off_runs.values())
    print(show("rules", base))
    print(show("no vetoes", base_off) + "   (the rules without their hand-written vetoes: unseen kinds)")
    for train_on in modes:
        for C in Cs:
            oof = out_of_fold(all_samples, runs, C, train_on, drop)
            oof_off = out_of_fold(all_samples, off_runs, C, train_on, drop)
            for strong in (True, False):
                for t in ts:
                    pooled = _pool(outcome(r, _doubt_by(oof[k], r, t, strong)) for k, r in runs.items())
                    pooled_off = _pool(outcome(r, _doubt_by(oof_off[k], r, t, strong)) for k, r in off_runs.items())
                    tag = f"{train_on[:4]} C={C:g} t={t:.2f} cues={'y' if strong else 'n'}"
                    print(show(tag, pooled) + f"  dR {pooled.names.recall - base.names.recall:+.4f}")
                    print(show("  no vetoes", pooled_off) + f"  dR {pooled_off.names.recall - base_off.names.recall:+.4f}")
    return 0


def training_set(samples: list[Candidate], recipe: dict) -> tuple[list[Candidate], list[float]]:
    """The candidates a recipe trains on, labelled as it says, with their weights: with `exempt`, no hit with a
    strong cue (never judged); a vetoed public figure dropped, kept as "no person" or labelled a person
    (`public`); every vetoed candidate weighed `vetoed_weight`."""
    out, weights = [], []
    for s in samples:
        if recipe["exempt"] and cue_in_features(s.feats):
            continue
        if s.public and recipe["public"] == "drop":
            continue
        label = 1 if s.public and recipe["public"] == "person" else s.label
        out.append(replace(s, label=label))
        weights.append(recipe["vetoed_weight"] if s.vetoed else 1.0)
    return out, weights


def cv2(argv: list[str]) -> int:
    """cv2: the second try's grid (exemption, vetoed public figures, weight of the vetoed, C, threshold), each
    recipe scored as `cv` scores (leave one source set out), on the tuned and the no-vetoes screening."""
    all_samples = training_candidates(TRAIN_SETS)
    runs = {key: collected(key, False) for key in TRAIN_SETS}
    off_runs = {key: collected(key, True) for key in TRAIN_SETS}
    print(f"{len(all_samples)} candidates ({sum(s.label for s in all_samples)} names); vetoed "
          f"{sum(s.vetoed for s in all_samples)} ({sum(s.label for s in all_samples if s.vetoed)} names, "
          f"{sum(s.public for s in all_samples)} public figures or full names); with a strong cue "
          f"{sum(cue_in_features(s.feats) for s in all_samples)}")
    base = _pool(outcome(r, lambda feats: False) for r in runs.values())
    base_off = _pool(outcome(r, lambda feats: False) for r in off_runs.values())
    print(show("rules", base))
    print(show("no vetoes", base_off))
    grid = [dict(C=C, exempt=ex, public=pub, vetoed_weight=w)
            for ex in (True, False) for pub in ("keep", "drop", "person") for w in (1.0, 0.3)
            for C in (0.5, 1.0)]
    grid = [g for g in grid if g["exempt"] or (g["public"] == "keep" and g["vetoed_weight"] == 1.0)]
    for recipe in grid:
        oof, oof_off = {}, {}
        for key in TRAIN_SETS:
            train, weights = training_set([s for s in all_samples if s.group != key], recipe)
            fitted = fit(train, recipe["C"], weights)
            for target, into in ((runs, oof), (off_runs, oof_off)):
                feats = [(f"{run.name}|{k}", v) for run in target[key] for k, v in run.feats.items()]
                probs = probabilities(fitted, [v for _, v in feats]) if feats else []
                into[key] = {name: float(p) for (name, _), p in zip(feats, probs)}
        for t in (0.05, 0.1, 0.2, 0.3):
            pooled = _pool(outcome(r, _doubt_by(oof[k], r, t, recipe["exempt"])) for k, r in runs.items())
            off = _pool(outcome(r, _doubt_by(oof_off[k], r, t, recipe["exempt"])) for k, r in off_runs.items())
            print(f"C={recipe['C']:g} ex={'y' if recipe['exempt'] else 'n'} pub={recipe['public']:6} "
                  f"w={recipe['vetoed_weight']:g} t={t:.2f} | dR {pooled.names.recall - base.names.recall:+.4f} "
                  f"FA {pooled.false_alarms:3} q {pooled.quiet_zero:3} | no vetoes dR "
                  f"{off.names.recall - base_off.names.recall:+.4f} FA {off.false_alarms:3} q {off.quiet_zero:3}",
                  flush=True)
    return 0


def cue_in_features(feats: list[str]) -> bool:
    """(Tried in cross-validation, not in the recipe: it cost more than it saved.) A cue that says "a person" whatever the model thinks: a title before the name ("juf X"), a relation
    ("de moeder van X"), or a known first name with a known surname ("Sanne Visser")."""
    from screener.text import lexicons

    lex = lexicons.load()
    tags = set(feats)
    left = {f[3:] for f in feats if f.startswith("L1=")}
    left2 = {f[3:] for f in feats if f.startswith("L2=")}
    return (bool(left & lex.titles) or "first:title" in tags or ("van" in left and bool(left2 & lex.relations))
            or ({"first:first_name", "last:surname"} <= tags and "n=1" not in tags))


def _doubt_by(probs: dict[str, float], runs: list[DraftRun], t: float, strong: bool):
    lookup = {id(feats): probs[f"{run.name}|{k}"] for run in runs for k, feats in run.feats.items()}

    def doubt(feats: list[str]) -> bool:
        return lookup[id(feats)] < t and not (strong and cue_in_features(feats))
    return doubt


def _pool(outcomes) -> Outcome:
    total = Outcome(Tally(), 0, 0, 0, 0, 0)
    for o in outcomes:
        for k in ("gold", "found", "predicted", "correct"):
            setattr(total.names, k, getattr(total.names, k) + getattr(o.names, k))
        total.false_alarms += o.false_alarms
        total.drafts += o.drafts
        total.quiet_zero += o.quiet_zero
        total.quiet += o.quiet
        total.doubted += o.doubted
    return total


def _fitted_scorer(samples: list[Candidate]) -> tuple[Scorer, object, object]:
    """The recipe fitted on `samples` (as `training_set` labels and weighs them), as the arrays the screener
    reads, with scikit-learn's vectoriser and model."""
    train, weights = training_set(samples, RECIPE)
    vec, model = fit(train, RECIPE["C"], weights)
    return (Scorer(dict(zip(vec.feature_names_, range(len(vec.feature_names_)))), model.coef_[0],
                   float(model.intercept_[0]), RECIPE["threshold"]), vec, model)


@contextmanager
def using(scorer: Scorer | None):
    """The screener with the model as a second opinion (None: the rules alone, the code as it is). What a
    shipped hook would do: each A2-NAAM hit the text stage returns without a strong cue (`strong_cue`) is
    judged (analyzer._to_hits), and a doubted one's error becomes an info finding with MESSAGE
    (pipeline.text_findings)."""
    if scorer is None:
        yield
        return
    from screener import catalog

    to_hits, text_findings = analyzer._to_hits, pipeline.text_findings
    doubted: set[tuple[int, int]] = set()

    def judged(text: str, results: list, allowed) -> list:  # noqa: ANN001
        out = []
        for h in to_hits(text, results, allowed):
            if h.rule == "A2-NAAM" and _doubts(scorer, text, h):
                doubted.add((h.start, h.end))
                h = replace(h, recognizer=h.recognizer + DOUBTED)
            out.append(h)
        return out

    def findings(doc, config, post):  # noqa: ANN001, ANN202
        doubted.clear()
        out = []
        for f in text_findings(doc, config, post):
            if f.rule == "A2-NAAM" and f.severity == catalog.RULES["A2-NAAM"].severity \
                    and (f.extra.get("start"), f.extra.get("end")) in doubted:
                f = replace(f, severity=Severity.INFO, message=MESSAGE.format(excerpt=f.excerpt))
            out.append(f)
        return out

    analyzer._to_hits, pipeline.text_findings = judged, findings
    try:
        yield
    finally:
        analyzer._to_hits, pipeline.text_findings = to_hits, text_findings


def _doubts(scorer: Scorer, text: str, hit) -> bool:  # noqa: ANN001 - a TextHit
    """The recipe's judgement of a hit: never one with a strong cue (checked first, cheaply), else the model's."""
    return not (RECIPE["exempt"] and strong_cue(text, hit.start, hit.end)) \
        and scorer.doubts_features(features(text, hit.start, hit.end, hit.score))


def _summary(out: school_posts.Outcome) -> str:
    names = out.tallies["name"]
    alarms = sum(out.false_alarms.values())
    return (f"names R {names.recall:.3f} P {names.precision:.3f} (gold {names.gold}, found {names.found}); false "
            f"alarms {alarms / out.drafts:.2f}/draft ({alarms}); quiet exit 0 {sum(c == 0 for _, c in out.quiet)}"
            f"/{len(out.quiet)}")


def cv_pipeline(argv: list[str]) -> int:
    """The fixed recipe through the real pipeline: each training set screened by eval.school_posts with a
    model trained on the other sets in the shipped hook, beside the rules alone."""
    samples = training_candidates(TRAIN_SETS)
    totals = {"rules": [0, 0, 0, 0, 0, 0], "model": [0, 0, 0, 0, 0, 0]}  # gold, found, alarms, drafts, quiet 0, quiet
    for key in argv or TRAIN_SETS:
        post_set = _set(key)
        cfg = screener_config.load(post_set.config_path)
        for tag, scorer in (("rules", None), ("model", _fitted_scorer([s for s in samples if s.group != key])[0])):
            with using(scorer):
                out = school_posts.evaluate(cfg, post_set.folder / "posts")
            print(f"{key:9} {tag:6} {_summary(out)}")
            names = out.tallies["name"]
            for k, v in enumerate((names.gold, names.found, sum(out.false_alarms.values()), out.drafts,
                                   sum(c == 0 for _, c in out.quiet), len(out.quiet))):
                totals[tag][k] += v
    for tag, (gold, found, alarms, n, quiet0, quiet) in totals.items():
        print(f"{'all':9} {tag:6} names R {found / gold:.4f} (gold {gold}, found {found}); false alarms "
              f"{alarms / n:.3f}/draft ({alarms}); quiet exit 0 {quiet0}/{quiet}")
    return 0


# ---- the weights as plain arrays (scored by Scorer, which needs only numpy) ----

def fit_and_export(out: Path) -> Scorer:
    """Fit the recipe on all the training data, write its weights to `out` (.npz) and read them back,
    checking that the arrays score as scikit-learn does."""
    from eval.conduct_model import _write_npz

    samples = training_candidates(TRAIN_SETS)
    _, vec, model = _fitted_scorer(samples)
    arrays = {"vocab": np.array(vec.feature_names_), "coef": model.coef_[0].astype(np.float64),
              "intercept": np.float64(model.intercept_[0]), "threshold": np.float64(RECIPE["threshold"])}
    _write_npz(out, arrays)
    scorer = Scorer.load(out)
    mine = np.array([scorer.probability(s.feats) for s in samples])
    theirs = probabilities((vec, model), [s.feats for s in samples])
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"{out}: {out.stat().st_size} bytes, sha256 {digest}; {len(vec.feature_names_)} features, "
          f"{len(samples)} candidates; largest difference to scikit-learn {np.abs(mine - theirs).max():.1e}")
    assert np.abs(mine - theirs).max() < 1e-6, "the exported arrays do not score as scikit-learn does"
    return scorer


MEASURED_SHA256 = "e28ac7121436e69bf2857ec26e46cb4fa047bca684e68e282b1f967dce2af644"  # the model `test` measured


def train(argv: list[str]) -> int:
    """Write the weights to OUT.npz and say whether they are the model measured on the test sets."""
    if not argv:
        sys.exit("eval.name_model train: geef het bestand om het model in te schrijven (OUT.npz)")
    out = Path(argv[0])
    fit_and_export(out)
    same = hashlib.sha256(out.read_bytes()).hexdigest() == MEASURED_SHA256
    print("the model measured on the test sets (MEASURED_SHA256)" if same else
          "NOT the measured model: the training data, the name stage or the recipe changed since")
    return 0


def test(argv: list[str]) -> int:
    """test [--model OUT.npz] SET ...: once per set, with the fixed recipe trained on all the training data
    (or the arrays `train` wrote), eval.school_posts' report with the rules alone, then with the model."""
    import tempfile

    if argv[:1] == ["--model"]:  # the arrays `train` wrote when the model was measured first
        out, argv = Path(argv[1]), argv[2:]
        scorer, digest = Scorer.load(out), hashlib.sha256(out.read_bytes()).hexdigest()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "name_model.npz"
            scorer = fit_and_export(out)
            digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print("the model measured before (MEASURED_SHA256)" if digest == MEASURED_SHA256 else
          "NOT the model measured before: the training data, the name stage or the recipe changed since")
    shared = school_posts.SHARED / "data" / "school-posts" / "screener.toml"
    for key in argv:
        known = [s for s in school_posts.SETS if s.key == key]
        post_set = known[0] if known else school_posts.PostSet(key, f"school-posts-{key}",
                                                                ROOT / "tests" / "data" / f"school-posts-{key}",
                                                                shared)
        for title, model in (("rules alone", None), ("rules + name model", scorer)):
            print(f"== {title}")
            with using(model):
                school_posts.report(post_set, verbose=False)
    return 0


def text(argv: list[str]) -> int:
    """text [--model OUT.npz]: eval.text_pii (deduce, CoNLL-2002) with the rules alone, then with each name the
    model doubts left out, as a user sees it (an info finding is no name found)."""
    from eval import text_pii

    scorer = Scorer.load(Path(argv[1])) if argv[:1] == ["--model"] else None
    if scorer is None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            scorer = fit_and_export(Path(tmp) / "name_model.npz")
    print("== rules alone")
    text_pii.main([])
    to_hits = analyzer._to_hits

    def judged(text: str, results: list, allowed) -> list:  # noqa: ANN001
        return [h for h in to_hits(text, results, allowed) if h.rule != "A2-NAAM" or not _doubts(scorer, text, h)]

    print("== rules + name model (a doubted name counts as not found)")
    analyzer._to_hits = judged
    try:
        text_pii.main([])
    finally:
        analyzer._to_hits = to_hits
    return 0


if __name__ == "__main__":
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("eval.name_model: scikit-learn ontbreekt (alleen nodig om het model te trainen); "
                 "installeer het met `.venv/bin/pip install scikit-learn`")
    command, *rest = sys.argv[1:] or ["cv"]
    raise SystemExit({"cv": cv, "cv2": cv2, "cvpipe": cv_pipeline, "train": train, "test": test, "text": text}[command](rest))
