"""A body named by an organisation's word and "van" is no person, even when the word is also a surname: "de Raad van
Elf" of a carnival club, "de Raad van Toezicht", "de Commissie van Beroep", "de Bond van Wijkbewoners". The word is
one of the organisation words (`data/organisation_words.txt`: raad, commissie, bond, stichting ...), capitalised, with
"van" and a capitalised word after it that is no first name ("de Stichting van Sanne" stays hers).
"""

from __future__ import annotations

import re

from screener.text.not_persons.school_context import token_index

ORGAN = re.compile(r"(?<![\w-])([A-Z][a-z]{3,})[ \t]+van[ \t]+(?:de[ \t]+|het[ \t]+)?([A-Z][\w'’-]*)")


PLACE_WORDS = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")


def _place_at(text: str, at: int, lex) -> bool:  # noqa: ANN001
    """Does a place of one to three capitalised words start at `at` ("Gent", "Verenigde Staten")?"""
    words = PLACE_WORDS.match(text, at).group().split()
    return any(" ".join(words[:n]) in lex.places or " ".join(words[:n]) in lex.world_places
               for n in range(1, len(words) + 1))


def block_organs(doc, blocked, lex) -> None:  # noqa: ANN001
    """Block a body named by an organisation's word and "van" (see the module's docstring), and "de" before it."""
    starts: list[int] = []
    for match in ORGAN.finditer(doc.text):
        if match.group(1).lower() not in lex.organisation_words or match.group(2) in lex.first_names:
            continue
        if _place_at(doc.text, match.start(2), lex):
            continue  # "de Universiteit van Gent", "de Grote Prijs van de Verenigde Staten": a place stays a place
        if not starts:
            starts = [t.idx for t in doc]
        first = token_index(starts, match.start())
        last = token_index(starts, match.end() - 1)
        if doc[first].idx != match.start():
            continue
        if first > 0 and doc[first - 1].lower_ == "de":
            first -= 1
        for k in range(first, last + 1):
            blocked.tokens[k] = True
