"""A plain-Python snapshot of a spaCy Doc's tokens, and what the name rules ask of a word's shape."""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc
from spacy.vocab import Vocab


class _Token(NamedTuple):
    text: str
    lower_: str
    whitespace_: str
    is_space: bool
    is_punct: bool
    like_num: bool
    idx: int  # last: the fields before it are the same for every token of a word and its trailing space


_WORDS: dict[int, tuple[Vocab, dict[int, tuple]]] = {}  # per vocabulary: a word's id (negative: without a
# space after it) -> what its tokens share


def _words(vocab: Vocab) -> dict[int, tuple]:
    """A word's text, lower case and kind (space, punctuation, number-like) by its id, with or without a space
    after it: they are the word's in spaCy (its lexeme), the same for each of its tokens, so they are read once
    per process."""
    known = _WORDS.get(id(vocab))
    if known is None or known[0] is not vocab:
        known = _WORDS[id(vocab)] = (vocab, {})
    return known[1]


class Tokens(list):
    """A plain-Python snapshot of a Doc's tokens: indexing a spaCy Doc creates a Token object
    each time, which made this component several times slower than it needs to be. A list, so
    that `doc[i]` is a C-level lookup (a Python __getitem__ cost a fifth of the text time)."""

    def __init__(self, doc: Doc) -> None:
        # from the Doc's array (a token's word, trailing space and offset) and each word's lexeme read once:
        # iterating a Doc makes a Token object per token and asks it one attribute at a time
        words, vocab, tokens, written = _words(doc.vocab), doc.vocab, [], []
        new = tuple.__new__
        for orth, space, idx in doc.to_array([ORTH, SPACY, IDX]).tolist():
            key = orth if space else -1 - orth
            word = words.get(key)
            if word is None:
                lexeme, after = vocab[orth], " " if space else ""
                word = words[key] = ((lexeme.orth_, lexeme.lower_, after, lexeme.is_space, lexeme.is_punct,
                                      lexeme.like_num), lexeme.orth_ + after)
            tokens.append(new(_Token, (*word[0], idx)))
            written.append(word[1])
        super().__init__(tokens)
        self.text = "".join(written)  # doc.text, without making each Token again

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
