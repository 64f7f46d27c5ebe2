"""An English name with "the" between its capitalised words is a title, a programme or a firm, not a person:
"Join the Pipe", "Pirates of the Caribbean", "Night at the Museum", and one that opens with "The" ("de band The
Kiffers", "The Voice Kids"). No Dutch or foreign personal name puts "the" between its parts or before them; the capitalised words on either side of it are blocked, across "of",
"at", "in", "and", "for", "on" and "to" before "the" ("Lord of the Rings"). English paragraphs are read whole by
`foreign_text`; this one catches such a name inside a Dutch sentence.

So does a run of capitalised English words inside a Dutch sentence: a game, a course, a landmark or a programme
("een Treasure Hunt door de school", "de cursus Teaching English to Young Children", "Big Ben", "Buckingham
Palace"): two or more capitalised words, joined by a space or by "to", "of", "and" or "for", each one that
English uses often (`foreign_text.english_count`; the first may be a word English does not know, as a place
before its "Palace"), at least one of them no Dutch word, none a first name, and not after a title or a first
name ("Mrs Baker Young", "Tom Hunt"), none a Dutch small word ("In Queens"), and no place the lists know ("New
York"): no Dutch or foreign person is called so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.nl.stop_words import STOP_WORDS

from screener.text import vocabulary
from screener.text.not_persons import foreign_text

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons

# capitalised words joined by "the" (and an English word before it): "Join the Pipe", "Night at the Museum"
# "The" and the capitalised words after it: a band, a title or a firm ("de band The Kiffers", "The Voice Kids")
THE_NAME = re.compile(r"(?<![\w-])The[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
TITLE = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+(?:(?:of|at|in|and|for|on|to|from|with)[ \t]+)?the"
                   r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
# capitalised words in a row, joined by a space or an English small word: "Treasure Hunt", "Road to Success"
CAPITALS = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[ \t]+(?:(?:to|of|and|for)[ \t]+)?[A-Z][a-z]+)+(?![\w'’-])")


def block_english_titles(doc, blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """Block the capitalised words of an English name joined by "the" and of a run of capitalised English words
    (see the module's docstring)."""
    text = doc.text
    _block_english_runs(doc, blocked, lex)
    if " the " not in text and "The " not in text:
        return  # the quick way out
    n = len(doc)
    for pattern in (TITLE, THE_NAME):
        k = 0
        for match in pattern.finditer(text):
            while k < n and doc[k].idx < match.start():
                k += 1
            while k < n and doc[k].idx < match.end():
                blocked.tokens[k] = True
                k += 1


def _block_english_runs(doc, blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """Block each run of capitalised English words that is no person's name (see the module's docstring)."""
    k, n = 0, len(doc)
    for match in CAPITALS.finditer(doc.text):
        while k < n and doc[k].idx < match.start():
            k += 1
        run = []
        while k < n and doc[k].idx < match.end():
            if doc[k].text[:1].isupper():
                run.append(k)
            k += 1
        if _english_run(doc, run, lex):
            for word in run:
                blocked.tokens[word] = True


def _english_run(doc, run: list[int], lex: Lexicons) -> bool:  # noqa: ANN001
    words = [doc[k].text for k in run]
    if any(word in lex.first_names or word in lex.folded_first_names for word in words):
        return False  # "Hope Young", "Union Jack": a first name may be a pupil's
    before = doc[run[0] - 1] if run[0] > 0 else None
    if before is not None and (before.lower_.rstrip(".") in lex.titles
                               or before.lower_.rstrip(".") in foreign_text.ENGLISH_TITLES):
        return False  # "Mrs Baker Young", "juf Rose Hill"
    if any(" ".join(words[i:j]) in lex.places or " ".join(words[i:j]) in lex.world_places
           for i in range(len(words)) for j in range(i + 2, len(words) + 1)):
        return False  # "New York", "het Amerikaanse Salt Lake City": a place, judged as one
    if before is not None and before.text == "." and run[0] > 1 and len(doc[run[0] - 2].text) == 1:
        return False  # "J. Leleux Co"
    lows = [word.lower() for word in words]
    if any(low in STOP_WORDS or low in foreign_text.DUTCH_WORDS or low in lex.relations or low in lex.titles
           for low in lows):
        return False  # "In Queens", "Van Dam", "De Wit", "Papa Taras", "Coach Harris"
    known = [foreign_text.english_count(low) >= foreign_text.COMMON for low in lows]
    if not all(known[1:]) or (not known[0] and (words[0] in lex.surnames or not known[-1]
                                                 or vocabulary.is_dutch_word(words[0]))):
        return False  # "Buckingham Palace", not "Bosma Hunt" or "Amerikaanse Salt Lake City"
    return not all(vocabulary.is_dutch_word(word) for word, english in zip(words, known) if english)
