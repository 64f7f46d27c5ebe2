"""A plain-Python snapshot of a spaCy Doc's tokens, and what the name rules ask of a word's shape."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc


class _Token(NamedTuple):
    text: str
    lower_: str
    whitespace_: str
    idx: int
    is_space: bool
    is_punct: bool
    like_num: bool


class Tokens(list):
    """A plain-Python snapshot of a Doc's tokens: indexing a spaCy Doc creates a Token object
    each time, which made this component several times slower than it needs to be. A list, so
    that `doc[i]` is a C-level lookup (a Python __getitem__ cost a fifth of the text time)."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(_Token(t.text, t.lower_, t.whitespace_, t.idx, t.is_space, t.is_punct, t.like_num)
                         for t in doc)
        self.text = "".join([t.text + t.whitespace_ for t in self])  # doc.text, without making each Token again

    def span_text(self, start: int, stop: int) -> str:
        """The text from token `start` up to (not including) token `stop`, as Doc[start:stop].text."""
        stop = min(stop, len(self))
        if stop <= start:
            return ""
        return self.text[self[start].idx : self[stop - 1].idx + len(self[stop - 1].text)]


def title_case(text: str) -> bool:
    """'Sanne', 'McDonald', 'El-Amrani'; not 'SANNE' or 'A1'. (A lowercase letter after the first
    is a character that upper() changes: one C call instead of a loop over the characters.)"""
    rest = text[1:]
    return len(text) > 1 and text[0].isupper() and rest != rest.upper()


def all_caps(text: str) -> bool:
    return len(text) > 2 and text.isalpha() and text.isupper()
