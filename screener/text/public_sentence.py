"""Does a sentence tell about a public or historical figure? Then a date of birth or a birthplace in it is
theirs: "Anne Frank werd geboren op 12 juni 1929 in Frankfurt" and "Aletta Jacobs (geboren 9 februari
1854)" are history lessons, not personal data of the school's people.

It does when it tells history (`public_context.history_line`: a year before 1900, a century, the war's
years) or names a listed public figure, author or figure of the lists of general knowledge ("Johan Cruijff,
geboren op 25 april 1947", "Neil Armstrong (geboren 5 augustus 1930)"), and no person the name stage found
stands in it ("Onze Anne is geboren op 3 mei 2016" stays a child's). A single listed word that is also a
first name ("Amalia") is not enough: a pupil may carry it. The pipeline shows such a date of birth or place
as info.
"""

from __future__ import annotations

import functools
import re

from screener.text import lexicons
from screener.text.not_persons.listed_phrases import people
from screener.text.public_context import history_line

SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:van|de|der|den|het|ten|ter|von|la|le|da|di)?\s*[A-Z][\w'’-]*){0,3}")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end], within its line."""
    begin = max((m.end() for m in SENTENCE_BREAK.finditer(text, 0, start)), default=0)
    stop = SENTENCE_BREAK.search(text, end)
    return begin, stop.start() if stop else len(text)


@functools.cache
def _figures() -> frozenset[str]:
    """The listed public figures and authors, and the full names of the lists of general knowledge that need
    no support ("anne frank", "aletta jacobs"; lower case). A single word of those lists is too often a
    form's word as well: the Egyptian god Geb is also "Geb.datum:"."""
    knowledge = {entry.phrase for entries in lexicons.load().non_persons.values() for entry in entries
                 if entry.knowledge and not entry.needs_context and " " in entry.phrase}
    return people() | frozenset(knowledge)


def _names_listed_figure(sentence: str) -> bool:
    listed, first_names = _figures(), lexicons.lower_first_names()
    for run in CAPITALISED_RUN.finditer(sentence):
        words = run.group().split()
        for size in range(len(words), 0, -1):  # the longest listed phrase of the run: "Johan Cruijff"
            for at in range(len(words) - size + 1):
                phrase = " ".join(words[at:at + size]).lower()
                if phrase in listed and (size > 1 or phrase not in first_names):
                    return True
    return False


def about_public_figure(text: str, start: int, end: int, name_ends: list[int]) -> bool:
    """Does the sentence around text[start:end] tell about a public or historical figure (see the
    docstring)? `name_ends`: ends of the person names found in the text."""
    begin, stop = _sentence(text, start, end)
    if any(begin < name_end <= stop for name_end in name_ends):
        return False
    sentence = text[begin:stop]
    return history_line(sentence) or _names_listed_figure(sentence)
