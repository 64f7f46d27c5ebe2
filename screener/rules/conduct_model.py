"""A8 by a small learned model: lines whose tone a model judges hurtful or threatening, where no rule of
conduct.py found anything.

The model (data/conduct_model.npz) is a logistic regression on TF-IDF of character (char_wb 2-5) and word
(1-2) n-grams of the lower-cased line with digits masked, trained on the project's CC0 A8 cases and
ordinary school posts (`python -m eval.conduct_model train`, which writes exactly this file). The file
holds plain arrays only (read with allow_pickle=False) and its sha256 is pinned: a missing or changed file
stops the post with a Dutch message (exit 3), never a silent "no A8". It is read once, the first time a
post is checked for A8 (about 20 ms CPU), and scoring a post costs about 2 ms; numpy only.

The model reads a line with the rest of the sentence it breaks off (prose wrapped at a fixed width: "kinderen in de
zaal van wie je ook de vader of moeder ...") and a section's title with the section it heads ("Zo maak je hem"): the
line is hostile only if both the line and that whole read so, as the model was trained on whole short posts.

A finding of the model is an A8-FATSOEN warning like the rules' (suppressions and [rules] apply), with a
message that says a model judged the line and may be wrong.
"""

from __future__ import annotations

import functools
import hashlib
import io
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from screener.config import ConfigError

MODEL_FILE = Path(__file__).parent / "data" / "conduct_model.npz"
MODEL_SHA256 = "73fcee188808482d62a316d238c6373742ce08714a231587f945b5f1c9783e5a"
MESSAGE = ("Een taalmodel schat de toon van deze regel in als mogelijk kwetsend of bedreigend. Lees na of de "
           "regel iemand uitscheldt, bedreigt, belachelijk maakt, buitensluit of iemands account, foto of adres "
           "misbruikt; zo ja, haal het weg of schrijf het zonder iemand te kwetsen. Het model kan zich vergissen: "
           "klopt het niet, laat de regel dan staan.")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_LINE = re.compile(r"[^\n]+")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


class ModelError(ConfigError):
    """The shipped model file is missing or not the pinned one: the post is not screened (exit 3)."""


@dataclass(frozen=True)
class ModelOffence:
    """A line the model judges hostile: conduct.Offence's fields, and its own message."""
    start: int
    end: int
    words: str  # the line as written, digits masked
    label: str = "volgens het taalmodel mogelijk kwetsend of bedreigend"
    message: str = MESSAGE


def normalise(text: str) -> str:
    """Lower case, digits masked: what the model saw when it was trained."""
    return _DIGIT.sub("0", text.lower())


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
    tokens = _WORD.findall(text)
    return [" ".join(tokens[i:i + n]) for n in range(low, high + 1) for i in range(len(tokens) - n + 1)]


@dataclass(frozen=True)
class _Part:
    """One TF-IDF block: n-gram -> column, its idf and weight (sublinear tf, l2-normalised per block)."""
    index: dict[str, int]
    idf: object  # numpy arrays
    coef: object
    grams: tuple[int, int]

    def score(self, grams: list[str]) -> float:
        import numpy as np

        counts = Counter(g for g in grams if g in self.index)
        if not counts:
            return 0.0
        cols = np.fromiter((self.index[g] for g in counts), dtype=np.int64, count=len(counts))
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * self.idf[cols]
        return float(values @ self.coef[cols] / math.sqrt(float(values @ values)))


@dataclass(frozen=True)
class Scorer:
    """The trained model read back from its .npz: the probability that a line is A8, and the threshold."""
    char: _Part
    word: _Part
    intercept: float
    threshold: float

    @classmethod
    def load(cls, source: Path | io.BytesIO) -> Scorer:
        import numpy as np

        with np.load(source, allow_pickle=False) as data:
            parts = {}
            for name in ("char", "word"):
                vocab = data[f"{name}_vocab"].tolist()
                low, high = (int(n) for n in data[f"{name}_range"])
                parts[name] = _Part(dict(zip(vocab, range(len(vocab)))), data[f"{name}_idf"], data[f"{name}_coef"],
                                    (low, high))
            return cls(parts["char"], parts["word"], float(data["intercept"]), float(data["threshold"]))

    def probability(self, line: str) -> float:
        text = normalise(line)
        logit = self.intercept + self.char.score(char_grams(text, *self.char.grams)) \
            + self.word.score(word_grams(text, *self.word.grams))
        return 1.0 / (1.0 + math.exp(-logit))

    def hostile_lines(self, text: str) -> list[tuple[int, int]]:
        """The spans of the lines (stripped) the model judges hostile, read in their paragraph too: a line of prose
        wrapped over several lines is a fragment ("kinderen in de zaal van wie je ook de vader of moeder ..."), and
        only a paragraph that as a whole reads as hostile makes its line so."""
        spans = []
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
        for i, (start, end) in enumerate(lines):
            line = text[start:end]
            if not _LETTERS.search(line) or self.probability(line) < self.threshold:
                continue
            first, last = paragraph(text, lines, i)
            if (first, last) == (i, i) or self.probability(
                    " ".join(text[s:e].strip() for s, e in lines[first:last + 1])) >= self.threshold:
                spans.append((start + len(line) - len(line.lstrip()), end - len(line) + len(line.rstrip())))
        return spans


# a line that starts an item of its own, not the next line of a paragraph: a chat message's time stamp, a list's
# bullet or number, a quoted, tagged or table line
_NEW_ITEM = re.compile(r"\s*(?:[\[\-*•>@#|]|\d+[.)]\s)")
_BLANK = re.compile(r"\s*")
HEADING_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?…]\W*$")


def paragraph(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """The first and last of the lines (indexes into `lines`, the non-empty lines of `text`) of the paragraph that
    holds line i: the lines next to each other with no blank line between and none that starts an item of its own."""
    def joined(j: int) -> bool:  # line j goes on with the sentence that line j - 1 breaks off
        return (lines[j - 1][1] + 1 == lines[j][0] and not _BLANK.fullmatch(text, *lines[j - 1])
                and not _BLANK.fullmatch(text, *lines[j]) and not _NEW_ITEM.match(text, lines[j][0])
                and not _SENTENCE_END.search(text[slice(*lines[j - 1])].rstrip()))
    first = i
    while first > 0 and joined(first):
        first -= 1
    last = i
    while last + 1 < len(lines) and joined(last + 1):
        last += 1
    if first == last and _heading(text[slice(*lines[i])]):  # a section's title: read with the section it heads
        below = next((j for j in range(i + 1, len(lines)) if not _BLANK.fullmatch(text, *lines[j])), None)
        if below is not None and not joined(below):
            last = below
            while last + 1 < len(lines) and joined(last + 1):
                last += 1
    return first, last


def _heading(line: str) -> bool:
    """A short line that ends no sentence: a title ("Zo maak je hem", "Materialen")."""
    return len(line.split()) <= HEADING_WORDS and not _SENTENCE_END.search(line.rstrip())


UNCHECKED = "de toon (A8) van het bericht is niet gecontroleerd"


@functools.cache
def load_pinned(path: Path, sha256: str) -> Scorer:
    """The model at `path` if its bytes have the pinned sha256, else a ModelError in Dutch that names it."""
    try:
        content = path.read_bytes()
    except OSError:
        raise ModelError(f"het A8-taalmodel {path} ontbreekt of is niet leesbaar; {UNCHECKED}. "
                         "Installeer de screener opnieuw") from None
    if hashlib.sha256(content).hexdigest() != sha256:
        raise ModelError(f"het A8-taalmodel {path} is beschadigd of niet het vastgelegde model (sha256 klopt niet); "
                         f"{UNCHECKED}. Installeer de screener opnieuw")
    try:
        return Scorer.load(io.BytesIO(content))  # the very bytes whose hash was checked
    except (OSError, ValueError, KeyError) as exc:  # pinned but unreadable: a broken release
        raise ModelError(f"het A8-taalmodel {path} kan niet gelezen worden ({type(exc).__name__}); {UNCHECKED}. "
                         "Installeer de screener opnieuw") from None


def scorer() -> Scorer:
    """The shipped model, read and checked once per process."""
    return load_pinned(MODEL_FILE, MODEL_SHA256)


def with_model(text: str, found: list) -> list:
    """The rules' offences in `text` plus a ModelOffence for each line the model judges hostile that none of
    them touches, in order of position."""
    extra = [ModelOffence(start, end, _DIGIT.sub("*", text[start:end]))
             for start, end in scorer().hostile_lines(text)
             if not any(o.start < end and start < o.end for o in found)]
    return sorted([*found, *extra], key=lambda o: o.start) if extra else found
