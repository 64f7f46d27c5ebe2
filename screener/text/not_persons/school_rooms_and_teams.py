"""The school's own names for its rooms and teams are no persons: a room written as a capitalised compound
that ends in a room ("het nieuwe Maaklokaal", "de Stiltehoek", "het Speellokaal") and a team, club or
resource named with an article, a capitalised adjective and a capitalised noun ("De Groene Ploeg van groep
7/8", "De Snelle Slakken", "de Digitale Opvoedkalender"). The Dutch word lists lack such compounds, and
"Ploeg", "Slakken" are surnames to the name lists.

A person's name never has that shape: no first name or surname is a compound of a room, and a surname after
"De" has no adjective before it ("De Vries", "De Jonge"). A word a list knows as a first name or surname is
left alone ("Verhoek", "De Groene Sanne"), and so are the names beside the room or team ("in het Maaklokaal
bouwde Sem", "De Groene Ploeg van Noor") and a place of that shape ("de Verenigde Staten",
"het Amerikaanse Vermont").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from screener.text import vocabulary
from screener.text.not_persons.school_context import pupil_beside

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked


ROOMS = ("lokaal", "lokalen", "zaal", "atelier", "lab", "hoek", "klas", "kamer", "keuken", "bieb", "studio", "plein")
NAMED_ROOMS = {"lokaal", "lokalen", "klaslokaal", "klaslokalen"}  # "lokaal Pippi": a room named after a character
ROOM_HEAD = 3  # letters before the room in a compound: "Maaklokaal"; not "Oklas"
ARTICLES = {"De", "Het", "de", "het"}
NUMERALS = {"twee", "drie", "negende", "tweede", "derde", "vijfde", "zesde", "zevende", "achtste", "elfde"}
# a longer run of capitals ("de Twee Zeeën Dancers") is left to the rules that read it whole


@functools.lru_cache(maxsize=16384)
def _room_compound(text: str) -> bool:
    """"Maaklokaal", "Stiltehoek", "Techniekatelier": a capitalised compound of a room whose head is a word."""
    if len(text) < ROOM_HEAD + 3 or not text[:1].isupper() or not text[1:].islower() or not text.isalpha():
        return False
    low = text.lower()
    room = next((r for r in ROOMS if low.endswith(r) and len(low) - len(r) >= ROOM_HEAD), None)
    if room is None:
        return False
    head = low[:-len(room)]
    verb = head[:-2] + head[-1] + "en" if head[-3:-2] in "aeou" and head[-3:-2] == head[-2:-1] else head + "en"
    return any(vocabulary.is_dutch_word(form) for form in (head, head.rstrip("s"), verb, low))  # "maak": maken


def _plain(text: str, lex: Lexicons) -> bool:
    """A capitalised ordinary Dutch word that no list knows as a first name."""
    return text[:1].isupper() and text[1:].islower() and text.isalpha() and text not in lex.first_names \
        and vocabulary.is_dutch_word(text.lower())


def _adjective(text: str, lex: Lexicons) -> bool:
    """"Groene", "Snelle", "Digitale": an inflected adjective, capitalised, whose plain form is a Dutch word."""
    if _plain(text, lex):
        return True
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha()) or text in lex.first_names:
        return False
    stem = text.lower()[:-1]  # "groen", "snell", "digital"
    forms = [stem]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        forms.append(stem[:-1])  # "snel"
    if len(stem) > 3 and stem[-2] in "aeou" and stem[-1] not in "aeiou" and stem[-3] not in "aeiou":
        forms.append(stem[:-1] + stem[-2] + stem[-1])  # "digitaal"
    return any(vocabulary.is_dutch_word(form) for form in forms)


def _named_thing(text: str, lex: Lexicons) -> bool:
    """"Opvoedkalender": a capitalised word no list knows as a first name or surname, after an adjective."""
    return text[:1].isupper() and text[1:].islower() and text.isalpha() and text not in lex.first_names \
        and text not in lex.surnames


def block_rooms_and_teams(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001 - a Tokens snapshot
    """Block a room's compound ("Maaklokaal") and a team's name of article, adjective and noun ("De Groene
    Ploeg")."""
    n = len(doc)
    for i in range(n):
        text = doc[i].text
        if text in NAMED_ROOMS and i + 1 < n and doc[i].whitespace_ == " ":
            _block_room_names(doc, blocked, i + 1)
            continue
        if text in ARTICLES and i + 2 < n and doc[i].whitespace_ == " " and doc[i + 1].whitespace_ == " ":
            adjective, noun = doc[i + 1].text, doc[i + 2].text
            longer = i + 3 < n and doc[i + 2].whitespace_ == " " and doc[i + 3].text[:1].isupper()
            if not longer and adjective.endswith("e") and adjective.lower() not in NUMERALS \
                    and adjective not in lex.surnames and _adjective(adjective, lex) and (
                    _plain(noun, lex) or _named_thing(noun, lex)) and not (i > 0 and doc[i - 1].text in lex.first_names) \
                    and noun not in lex.places and f"{adjective} {noun}" not in lex.places:
                # a place of that shape is reported as one: "de Verenigde Staten", "het Amerikaanse Vermont"
                for k in (i, i + 1, i + 2):  # "De Groene Ploeg", "de Digitale Opvoedkalender"; not "Sanne de Wilde"
                    blocked.tokens[k] = True
            continue
        if not text[:1].isupper():
            continue
        if text not in lex.surnames and text not in lex.first_names and _room_compound(text):
            blocked.tokens[i] = True


def _block_room_names(doc, blocked: Blocked, k: int) -> None:  # noqa: ANN001
    """"lokaal Pippi", "(lokalen Pippi en Karlsson)": the capitalised names right after the lower-case word for a
    room, joined by "en" or a comma; not "het lokaal van Sem" and not a child beside school context."""
    n = len(doc)
    names = []
    while k < n and doc[k].text[:1].isupper() and doc[k].text.isalpha():
        names.append(k)
        if k + 2 < n and doc[k + 1].lower_ in {"en", ","} and doc[k + 2].text[:1].isupper() and doc[k + 2].text.isalpha():
            k += 2
        else:
            break
    if names and not pupil_beside(doc, names[0], names[-1] + 1):
        for j in names:
            blocked.tokens[j] = True
