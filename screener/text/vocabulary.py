"""Is a capitalised word an ordinary Dutch word? ("Schoolreis", "Commissie", "Belgische")

Dutch capitalises few words besides names, but a heading, a title or a name of an event
does: "Schoolreis groep 6", "de Commissie", "de Belgische regering". A capitalised word that
no name list knows is therefore only taken for a person's name when it is not a Dutch word.

The vocabulary is OpenTaal's word list (revised BSD licence, see `data/OPENTAAL-LICENSE.md`),
made compact by `screener.text.build_vocabulary`: a zip file with one small member per first
two letters. Only the members of the words looked up are read: a 300-word post pays about ten
milliseconds for it (opening the file and its look-ups).
"""

from __future__ import annotations

import functools
import zipfile
from pathlib import Path

WORDS_FILE = Path(__file__).parent / "data" / "dutch_words.zip"
# a plural or inflection of a listed word: "Monumenten", "Commissies", "Klinkers"
SUFFIXES = ("en", "s", "'s", "e", "n")


@functools.lru_cache(maxsize=1)
def _archive() -> zipfile.ZipFile | None:
    return zipfile.ZipFile(WORDS_FILE) if WORDS_FILE.is_file() else None


@functools.lru_cache(maxsize=2048)
def _bucket(prefix: str) -> str:
    """The words starting with these two letters, as " word word ... "."""
    archive = _archive()
    if archive is None or prefix not in archive.NameToInfo:
        return ""
    return archive.read(prefix).decode("utf-8")


# The members asked often, as sets: a member is searched as text the first few times, then split (splitting a
# large member costs what a few searches through it do: a draft read once pays the searches, a process that reads
# many drafts the split).
SET_AFTER = 4  # look-ups of one member
_SETS: dict[str, frozenset[str]] = {}
_ASKED: dict[str, int] = {}


def _in_member(prefix: str, word: str) -> bool:
    words = _SETS.get(prefix)
    if words is not None:
        return word in words
    text = _bucket(prefix)
    asked = _ASKED[prefix] = _ASKED.get(prefix, 0) + 1
    if asked > SET_AFTER:
        words = _SETS[prefix] = frozenset(text.split())
        return word in words
    return " " not in word and f" {word} " in text  # a word, not two of the list side by side


def _listed(word: str) -> bool:
    low = word.lower()
    words = _SETS.get(low[:2])
    if words is not None:
        return low in words or word in words
    return _in_member(low[:2], low) or _in_member(low[:2], word)


@functools.lru_cache(maxsize=65536)
def is_dutch_word(word: str) -> bool:
    """True for an ordinary Dutch word in any capitalisation, or a capitalised Dutch word such
    as a nationality or language ("Belgische", "Spaans"); false for a name no dictionary has."""
    if len(word) < 2 or not word.replace("-", "").isalpha():
        return False
    if _listed(word):
        return True
    low = word.lower()
    for suffix in SUFFIXES:
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) >= 4:
            if _listed(stem) or (stem[-1] == stem[-2] and _listed(stem[:-1])):
                return True
    # "Resultaten", "Problemen": the plural writes one vowel of "resultaat", "probleem"
    return low.endswith("en") and len(low) >= 7 and _open_syllable(low[:-2]) and _listed(low[:-3] + low[-4:-2])


VOWELS = set("aeiouy")


def _open_syllable(stem: str) -> bool:
    """Does the stem end in consonant, single vowel, consonant ("resultat" of "resultaten")?"""
    return len(stem) >= 4 and stem[-1] not in VOWELS and stem[-2] in VOWELS and stem[-3] not in VOWELS


def available() -> bool:
    """False when the word list is missing; every word then counts as unknown."""
    return _archive() is not None


def is_lower_case_word(word: str) -> bool:
    """Listed in lower case: a common noun or verb ("kamp", "tip"), not a proper name the list
    also holds ("Brazilië")."""
    low = word.lower()
    if len(low) < 2:
        return False
    words = _SETS.get(low[:2])
    return low in words if words is not None else _in_member(low[:2], low)


@functools.lru_cache(maxsize=16384)
def is_compound(word: str) -> bool:
    """A Dutch compound of two listed words, as Dutch writes them together: "Klassenblog",
    "Voorleesochtend" (a word of 9 letters or more; the head may end in a linking s or en, or be a compound
    itself: "Koningsspelenlied")."""
    low = word.lower()
    if len(low) < 9 or not low.isalpha():
        return False
    for split in range(4, len(low) - 3):
        head, tail = low[:split], low[split:]
        if not _listed(tail):
            continue
        if _listed(head) or (head.endswith("s") and _listed(head[:-1])) or (head.endswith("en") and _listed(head[:-2])) \
                or is_compound(head):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def is_short_compound(word: str) -> bool:
    """A compound of a short listed word or a plural and a listed word of five letters or more: "Bakkraam",
    "Sieradenkraam" (8 letters or more). Looser than `is_compound`, so only for a word that school context
    alone would make a child's ("Bakkraam van groep 7")."""
    low = word.lower()
    if len(low) < 8 or not low.isalpha():
        return False
    for split in range(3, len(low) - 4):
        head, tail = low[:split], low[split:]
        if _listed(tail) and (_listed(head) or (len(head) >= 6 and head.endswith("en"))):
            return True
    return False
