"""An event named after its town or its course is no person's: the host city after the Games ("de Olympische Spelen
van Rio"; Games are always a city's, and "Rio" is a first name too), and a run named from where it starts to where it
ends ("de Dam tot Damloop", "de Berg tot Bergloop"). A city the place lists know stays a place ("de Spelen van
Sydney": news names it as one). School context beside the name keeps it a pupil's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from screener.text.not_persons.school_context import pupil_beside, token_index

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked


# Games named after their host city, whatever word the city is: "de Spelen van Rio", "de Winterspelen in Sotsji"
GAMES = re.compile(r"\b(?:[Ss]pelen|[Ww]interspelen|[Zz]omerspelen)[ \t]+(?:van|in)[ \t]+(?=[A-ZÀ-Ý])")
# a run from one place to another: "Dam tot Damloop", "Berg tot Bergloop"
COURSE = re.compile(r"(?<![\w-])([A-ZÀ-Ý][\w'’-]*)[ \t]+tot[ \t]+([A-ZÀ-Ý][\w'’-]*(?:loop|run|tocht|race))\b")
PLACE_WORDS = 3  # capitalised words of a town: "Den Haag", "Rio de Janeiro" (its "de" counted)


def _block(doc, blocked: Blocked, first: int, end: int) -> None:  # noqa: ANN001
    if end > first and not pupil_beside(doc, first, end):
        for k in range(first, end):
            blocked.tokens[k] = True


def _town_end(doc, first: int) -> int:  # noqa: ANN001
    """The end of the capitalised words from token `first` on its line: "Rio", "Den Haag", "Rio de Janeiro"."""
    k = first
    while k < len(doc) and k - first < PLACE_WORDS and "\n" not in doc[k - 1].whitespace_ and (
            doc[k].text[:1].isupper()
            or (doc[k].lower_ == "de" and k + 1 < len(doc) and doc[k + 1].text[:1].isupper())):
        k += 1
    return k


def block_event_names(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """Block the towns and courses of events the module's docstring describes."""
    text = doc.text
    if "pelen" not in text and " tot " not in text:
        return  # the quick way out
    starts: list[int] = []
    for match in GAMES.finditer(text):
        if not starts:
            starts = [t.idx for t in doc]
        first = token_index(starts, match.end())
        if doc[first].idx != match.end():
            continue
        end = _town_end(doc, first)
        town = " ".join(doc[k].text for k in range(first, end))
        if town not in lex.places and town not in lex.world_places:  # "Sydney" is found as the place it is
            _block(doc, blocked, first, end)
    for match in COURSE.finditer(text):
        if not starts:
            starts = [t.idx for t in doc]
        first = token_index(starts, match.start(1))
        last = token_index(starts, match.start(2))
        if doc[first].text not in lex.first_names:  # "Sem tot Damloop" is no course
            _block(doc, blocked, first, last + 1)
