"""A capitalised word that names the people of a town or region, or is its adjective, is no person: "de
Amsterdammers", "echte Zwollenaren", "Groningers", "wij Deventenaren", "de Tilburgse kermis", "Utrechtse". Dutch
makes them from the place with a few regular endings (-er, -ers, -enaar, -enaren, -aar, -se), so they are read
off the place lexicon, not listed: the ending is taken off and the place looked up, with the letters the ending
doubles or drops put back ("Amsterdammer" -> Amsterdam, "Groninger" -> Groningen, "Zwollenaar" -> Zwolle,
"Deventenaar" -> Deventer). A word the name lists know as a first name or surname ("Hollander") is left to them.
"""

from __future__ import annotations

import re

from screener.text.not_persons.school_context import pupil_beside, token_index

# a capitalised word with a demonym's or a town adjective's ending; the ending in group 2
CANDIDATE = re.compile(r"(?<![\w-])([A-Z][a-zà-ÿ]{2,}?)(enaren|enaars|enaar|naren|naars|naar|aren|aars|aar|ërs|ër|"
                       r"ers|er|se)(?![\w-])")
# what the ending left off the place: nothing, or the end the ending replaced
RESTORED = ("", "en", "e", "er", "n")
SHORTEST_PLACE = 4


def place_of(head: str, places: frozenset[str]) -> str:
    """The place a demonym's head comes from ("Amsterdamm" -> "Amsterdam", "Groning" -> "Groningen"), or ""."""
    heads = [head]
    if len(head) > 2 and head[-1] == head[-2] and head[-1] not in "aeiou":
        heads.append(head[:-1])  # "Amsterdamm-er", "Arnhemm-ers"
    for stem in heads:
        for end in RESTORED:
            place = stem + end
            if len(place) >= SHORTEST_PLACE and place in places:
                return place
    return ""


def is_demonym(word: str, lex) -> bool:  # noqa: ANN001
    """Is the word a demonym or a town adjective ("Zwollenaren", "Rotterdamse"), no name the lists know?"""
    match = CANDIDATE.fullmatch(word)
    return match is not None and word not in lex.first_names and word not in lex.surnames \
        and word not in lex.places and bool(place_of(match.group(1), lex.places))


def block_demonyms(doc, blocked, lex) -> None:  # noqa: ANN001
    """Block the capitalised demonyms and town adjectives (see the module's docstring)."""
    starts: list[int] = []
    for match in CANDIDATE.finditer(doc.text):
        word = match.group()
        if not is_demonym(word, lex):
            continue
        if not starts:
            starts = [t.idx for t in doc]
        k = token_index(starts, match.start())
        if doc[k].idx == match.start() and doc[k].text == word and not pupil_beside(doc, k, k + 1):
            blocked.tokens[k] = True
