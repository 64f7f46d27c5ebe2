"""A capitalised compound of an ordinary word and a kind of place is a place somebody made up, not a person: a
theme park's area ("de Dinostad", "het Sprookjesbos", "Piratenland"), a play world or a project's town
("Kinderstad", "Ridderdorp", "Dierenrijk"). No first name or surname has that shape unless the name lists know it
("Hoogland", "Westdorp"), and real places ("Groenland", "Nieuwland") are left to the place rules.
"""

from __future__ import annotations

import re

from screener.text import vocabulary
from screener.text.not_persons.school_context import pupil_beside, token_index

# an ordinary word and a kind of place, written as one capitalised word: "Dinostad", "Sprookjesbos", "Piratenland"
COMPOUND = re.compile(r"(?<![\w-])([A-Z][a-zà-ÿ]{2,}?)(stad|land|rijk|dorp|wereld|eiland|bos|paleis|vallei|haven)"
                      r"(?![\w-])")


def _ordinary(head: str) -> bool:
    """"Dino", "Sprookjes", "Piraten": a listed word, or one with its linking s or plural en."""
    low = head.lower()
    return vocabulary.is_lower_case_word(low) or (low.endswith("s") and vocabulary.is_lower_case_word(low[:-1])) \
        or (low.endswith("en") and vocabulary.is_lower_case_word(low[:-2])) \
        or (low.endswith("en") and vocabulary.is_lower_case_word(low[:-1]))  # "piraten": piraat is "piraat"


def block_made_up_places(doc, blocked, lex) -> None:  # noqa: ANN001
    """Block a capitalised compound of an ordinary word and a kind of place (see the module's docstring)."""
    starts: list[int] = []
    for match in COMPOUND.finditer(doc.text):
        word = match.group()
        if word in lex.first_names or word in lex.surnames or word in lex.places or word in lex.world_places \
                or not _ordinary(match.group(1)):
            continue
        if not starts:
            starts = [t.idx for t in doc]
        k = token_index(starts, match.start())
        if doc[k].idx == match.start() and doc[k].text == word and not pupil_beside(doc, k, k + 1):
            blocked.tokens[k] = True
