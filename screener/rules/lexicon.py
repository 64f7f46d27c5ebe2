"""Lexicons as data: loading the files under `data/`, and matching words the way people write them.

All matching happens on *folded* text: lowercased, accents removed, curly quotes made straight,
one character for one character, so an offset in the folded text is an offset in the original.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"

# Dutch endings a listed word may carry: plural, feminine, diminutive ("leerkrachten", "gymlessen",
# "onderwijsassistente", "sukkels", "klasje").
ENDINGS = r"(?:s|'s|en|sen|e|n|je|jes|tje|tjes|ers?)?"
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"'}


def _fold_char(ch: str) -> str:
    if ch in _QUOTES:
        return _QUOTES[ch]
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return base if len(base) == 1 else ch.lower()[:1] or ch


class _FoldTable(dict):
    """A str.translate table that works out each character once: translate runs in C."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lowercase, accent-free, same length as `text`: 'Conciërge’s' -> "concierge's"."""
    return text.translate(_FOLD_TABLE)


def loose(phrase: str) -> str:
    """A regex for a listed word or phrase that tolerates how people vary it.

    Parts may be separated by a space, hyphen, apostrophe, dot or nothing ("ib'er", "IB-er",
    "iber"; "intern begeleider"), or by an abbreviation's dot and a space ("adj. dir."), and the last part
    may carry a Dutch ending.
    """
    return _loose_stem(phrase) + ENDINGS


def _loose_stem(phrase: str) -> str:
    """`loose` without the ending."""
    parts = [re.escape(p) for p in re.split(r"[\s'\-.]+", fold(phrase).strip()) if p]
    return r"(?:\.\s|[\s'\-.])?".join(parts)


def alternation_source(phrases: list[str], endings: bool = True) -> str | None:
    """The regex source matching any of the phrases as whole words, longest first: to join with
    other sources and compile once (compiling is most of the rules' cold start)."""
    # longest first; the same order in every run (a set's order is not), so the pattern can be kept
    unique = sorted({p.strip() for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    if not unique:
        return None
    if not endings:
        return r"(?<![\w])(?:" + "|".join(re.escape(fold(p)) for p in unique) + r")(?![\w])"
    # the ending once after the group, not after every phrase: the same matches, a much smaller pattern
    return r"(?<![\w])(?:" + "|".join(_loose_stem(p) for p in unique) + ")" + ENDINGS + r"(?![\w])"


def alternation(phrases: list[str], endings: bool = True) -> re.Pattern | None:
    """One compiled pattern matching any of the phrases as whole words, longest first."""
    source = alternation_source(phrases, endings)
    return re.compile(source) if source else None


def regexes_source(patterns: list[str]) -> str | None:
    """The regex source of regular expressions (written for folded text), as whole words."""
    cleaned = [p.strip() for p in patterns if p.strip()]
    if not cleaned:
        return None
    return r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in cleaned) + r")(?![\w])"


def regexes(patterns: list[str]) -> re.Pattern | None:
    """One compiled pattern of regular expressions (written for folded text), as whole words."""
    source = regexes_source(patterns)
    return re.compile(source) if source else None


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a data file: one a line, '#' starts a comment line."""
    text = (DATA / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


_LETTERS = re.compile(r"[a-z']+")


@functools.cache
def _marker_words() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(lines("english.txt")), frozenset(lines("dutch.txt"))


def is_english(folded: str, start: int = 0, end: int | None = None) -> bool:
    """folded[start:end] is written in English (staff write in English on LinkedIn): more words of
    data/english.txt than of data/dutch.txt ("Tomorrow's swimming lesson is cancelled, the pool is closed",
    "Opinions on this profile are my own"; not "Save the date: vrijdag is het schoolfeest")."""
    english, dutch = _marker_words()
    balance = 0
    for word in _LETTERS.findall(folded, start, len(folded) if end is None else end):
        balance += (word in english) - (word in dutch)
    return balance > 0


_ARABIC = re.compile(r"[\u0600-\u06ff]")
OTHER_LANGUAGE_WORDS = 2  # words of data/other_languages.txt that mark a post in one of those languages


@functools.cache
def _other_words() -> frozenset[str]:
    return frozenset(lines("other_languages.txt"))


def is_other_language(folded: str) -> bool:
    """`folded` is written, or partly written, in a language other than Dutch or English that schools write to
    parents in (Frisian, Turkish, Polish, German, French, Spanish: two words of data/other_languages.txt), or in
    Arabic script ("Sevgili veliler, yarın ...", "Drodzy rodzice, jutro ...")."""
    if _ARABIC.search(folded):
        return True
    words = _other_words()
    return sum(word in words for word in _LETTERS.findall(folded)) >= OTHER_LANGUAGE_WORDS


def for_english(name: str, english: bool) -> tuple[str, ...]:
    """The entries of English data file `name` for a post in English, none for another: the patterns the
    English entries add are compiled only for the posts that need them."""
    return lines(name) if english else ()


NEEDS = "needs:"


@functools.lru_cache(maxsize=32)
def needed(name: str, folded: str) -> bool:
    """Whether `folded` holds one of the words every pattern of data file `name` needs (its "needs:"
    line): without one nothing in the file can match, so its patterns need not even be compiled.
    Remembered for the last few posts: the rules ask it once per sentence, and searching a long post
    again for every sentence made screening it grow with the square of its length (a string keeps its
    hash, so a look-up costs one comparison by identity)."""
    return any(map(folded.__contains__, _needs(name)))


@functools.cache
def _needs(name: str) -> tuple[str, ...]:
    return tuple(word.strip() for line in lines(name) if line.startswith(NEEDS)
                 for word in line[len(NEEDS):].split(",") if word.strip())


def entries(name: str, prefix: str = "") -> list[str]:
    """The entries of a data file but its "needs:" line; with `prefix`, only those that start with it,
    without it ("change: verplaatst" -> "verplaatst"); without, only those with no "word:" prefix."""
    found = [line for line in lines(name) if not line.startswith(NEEDS)]
    if prefix:
        return [line[len(prefix):].strip() for line in found if line.startswith(prefix)]
    return [line for line in found if not re.match(r"[a-z]+: ", line)]


# libyaml's loader where PyYAML was built with it: the same data, read some 30 times faster (the pure-Python
# loader took most of the rules' first call)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def yaml_file(name: str) -> dict:
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 (a safe loader)
