"""Precision and recall of the Dutch text stage, per category.

Run: `.venv/bin/python -m eval.text_pii [--speed]` (from the repository root; needs ../shared).

Data (evaluation only, never used for training or copied into the code):
- ../shared/data/deduce-regression/*.json: short annotated Dutch cases. Each file is one
  category; examples without annotations are negatives.
- ../shared/data/conll2002/ned.testa: CoNLL-2002 Dutch (news), PER and LOC.

Matching rule (stated, the same for both sets): span level, by overlap. A gold span counts as
found when a predicted span of the same category overlaps it by at least one character
(recall); a predicted span counts as correct when it overlaps a gold span of its category
(precision). The screener reports where a name is, and a user reads the surrounding words, so
"dr. Visser" predicted for gold "Visser" is a hit. Exact-boundary figures are printed beside
for CoNLL.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from screener import config as screener_config
from screener.text import analyzer

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DEDUCE = SHARED / "data" / "deduce-regression"
CONLL = SHARED / "data" / "conll2002" / "ned.testa"

# deduce file -> (category, gold tags, screener rules that count for it)
DEDUCE_CATEGORIES = {
    "names.json": ("names", {"persoon"}, {"A2-NAAM", "A2-DENY"}),
    "locations.json": ("locations", {"locatie"}, {"A2-PLAATS", "A2-ADRES", "A2-POSTCODE"}),
    "phone_numbers.json": ("phone", {"telefoonnummer"}, {"A2-TELEFOON"}),
    "emails.json": ("e-mail", {"emailadres"}, {"A2-EMAIL", "A2-EMAIL-ALGEMEEN"}),
    "identifiers.json": ("identifiers", {"id", "bsn"}, {"A2-BSN", "A2-LEERLINGNUMMER"}),
    "urls.json": ("urls", {"url"}, {"A2-URL", "A2-ACCOUNT"}),
}
CONLL_CATEGORIES = {"PER": {"A2-NAAM", "A2-DENY"}, "LOC": {"A2-PLAATS"}}


@dataclass
class Score:
    gold: int = 0
    found: int = 0  # gold spans overlapped by a prediction
    predicted: int = 0
    correct: int = 0  # predictions overlapping a gold span
    exact: int = 0  # predictions with exactly a gold span's boundaries

    def add(self, gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> None:
        gold = sorted(set(gold))
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.found += sum(any(_overlap(g, p) for p in predicted) for g in gold)
        self.correct += sum(any(_overlap(g, p) for g in gold) for p in predicted)
        self.exact += sum(p in gold for p in predicted)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def eval_deduce(cfg) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for filename, (category, tags, rules) in DEDUCE_CATEGORIES.items():
        examples = json.loads((DEDUCE / filename).read_text(encoding="utf-8"))["examples"]
        texts = [e["text"] for e in examples]
        score = scores.setdefault(category, Score())
        for example, hits in zip(examples, analyzer.analyze_many(texts, cfg)):
            gold = [(a["start_char"], a["end_char"]) for a in example["annotations"] if a["tag"] in tags]
            predicted = [(h.start, h.end) for h in hits if h.rule in rules]
            score.add(gold, predicted)
    return scores


def read_conll(path: Path) -> list[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """Sentences as text (tokens joined by spaces) with gold spans per label."""
    sentences = []
    tokens: list[tuple[str, str]] = []

    def flush() -> None:
        if not tokens:
            return
        text, spans, pos = "", {label: [] for label in CONLL_CATEGORIES}, 0
        current: tuple[str, int] | None = None
        for word, tag in tokens:
            start = pos
            text += word + " "
            pos = len(text)
            label = tag[2:] if tag != "O" else ""
            if current and (tag.startswith("B-") or label != current[0]):
                if current[0] in spans:
                    spans[current[0]].append((current[1], last_end))
                current = None
            if label and current is None:
                current = (label, start)
            last_end = start + len(word)
        if current and current[0] in spans:
            spans[current[0]].append((current[1], last_end))
        sentences.append((text.rstrip(), spans))
        tokens.clear()

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            flush()
            continue
        tokens.append((parts[0], parts[-1]))
    flush()
    return sentences


def eval_conll(cfg) -> dict[str, Score]:
    sentences = read_conll(CONLL)
    scores = {label: Score() for label in CONLL_CATEGORIES}
    all_hits = analyzer.analyze_many([s for s, _ in sentences], cfg)
    for (_, gold), hits in zip(sentences, all_hits):
        for label, rules in CONLL_CATEGORIES.items():
            scores[label].add(gold[label], [(h.start, h.end) for h in hits if h.rule in rules])
    return scores


def speed(cfg) -> None:
    """Words per second over many sentences: the whole text stage vs its spaCy pipeline (which holds screener's
    name tagger; `make bench` compares with the pipeline without it and with deduce)."""
    texts = [s for s, _ in read_conll(CONLL)]
    words = sum(len(t.split()) for t in texts)
    nlp = analyzer.engine(cfg).pipeline.nlp
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    bare = time.perf_counter() - started
    started = time.perf_counter()
    analyzer.analyze_many(texts, cfg)
    full = time.perf_counter() - started
    print(f"\nspeed over {len(texts)} sentences, {words} words:")
    print(f"  spaCy pipeline with the name tagger (nlp.pipe): {words / bare:8.0f} words/s")
    print(f"  text stage (analyze_many):                      {words / full:8.0f} words/s  ({bare / full:.0%} of that pipeline)")


def _row(name: str, score: Score, exact: bool = False) -> str:
    extra = f"  exact-boundary precision {score.exact / score.predicted if score.predicted else 1:.3f}" if exact else ""
    return (f"  {name:<12} P {score.precision:.3f}  R {score.recall:.3f}   "
            f"(gold {score.gold}, found {score.found}, predicted {score.predicted}, correct {score.correct}){extra}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="also measure words per second")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"../shared ontbreekt ({SHARED}): geen evaluatiedata, niets gemeten.")
        return 0
    cfg = screener_config.from_dict({})
    info = analyzer.describe(cfg)
    print(f"model: {info['model']}  (spaCy {info['spacy']}; lexicons: {info['lexicons']['source']}; "
          f"vocabulary: {info['vocabulary']})")
    print("matching: span level, a hit is an overlap of at least one character with a span of the same category")
    if DEDUCE.is_dir():
        print("\ndeduce-regression (evaluation only):")
        for name, score in eval_deduce(cfg).items():
            print(_row(name, score))
    if CONLL.is_file():
        print("\nCoNLL-2002 ned.testa (evaluation only):")
        for name, score in eval_conll(cfg).items():
            print(_row(name, score, exact=True))
        strict = screener_config.from_dict({"text": {"unknown_names": False}})
        print("  with text.unknown_names = false (only names a list or context knows):")
        print(_row("PER", eval_conll(strict)["PER"], exact=True))
    if args.speed and CONLL.is_file():
        speed(cfg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
