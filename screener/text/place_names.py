"""Places from the place lists: "Utrecht", "Den Haag", "Bovenkerk (NH)", "Sierra Leone"; not a
word at a sentence's start ("Kamp groep 8"), a first name without "in"/"naar" before it, or half of
an adjective ("Noord-Duitse")."""

from __future__ import annotations

import bisect

from screener.text import vocabulary
from screener.text.name_words import PLACE_PREPOSITIONS, PROVINCE_CODES, NameWords
from screener.text.tokens import Tokens as Doc
from screener.text.tokens import all_caps as _all_caps
from screener.text.tokens import title_case as _title_case


_SORTED_PLACES: dict[int, tuple[frozenset, tuple[str, ...]]] = {}  # per place list: its places in order


def _opens_a_place(places: frozenset[str], text: str) -> bool:
    """Does a place of the list start with `text`? (Those that do stand together in order, from where
    `text` would stand: one bisection.)"""
    known = _SORTED_PLACES.get(id(places))
    if known is None or known[0] is not places:
        known = _SORTED_PLACES[id(places)] = (places, tuple(sorted(places)))
    ordered = known[1]
    k = bisect.bisect_left(ordered, text)
    return k < len(ordered) and ordered[k].startswith(text)


class PlaceRules(NameWords):
    def _place(self, doc: Doc, i: int, sentence_start: bool) -> int:
        n = len(doc)
        first = doc[i].text
        if not (_title_case(first) or _all_caps(first) or first in {"'", "'s", "'t", "Den", "De"}):
            return i
        if not (_opens_a_place(self.lex.places, first) or _opens_a_place(self.lex.places, first.title())):
            return i  # the quick way out: every span below starts with this word (in title case, for one in capitals)
        for length in range(min(6, n - i), 0, -1):
            text = doc.span_text(i, i + length)
            if text not in self.lex.places and not (_all_caps(text.replace(" ", "").replace("-", ""))
                                                     and text.title() in self.lex.places):
                continue
            last = doc[i + length - 1].text
            if not (_title_case(last) or _all_caps(last)):
                continue
            if length == 1:
                if (i + 2 < n and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
                        and doc[i + 2].lower_.endswith(("se", "sche"))):
                    return i  # "de Noord-Duitse stad": half of an adjective
                low = first.lower()
                if low in self.lex.not_names:
                    return i
                if (self._common(first) or sentence_start and vocabulary.is_lower_case_word(first)
                        and self._sentence_goes_on(doc, i)) and (sentence_start or _all_caps(first)):
                    return i  # "Kamp groep 8", "BEST"
                if (self._first_name(first) and not (i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS)
                        and (first not in self.lex.world_places or self._school_context(doc, i))):
                    return i
            end = i + length
            # province after a place: "Bovenkerk (NH)", "Bovenkerk NH"
            if end + 2 < n and doc[end].text == "(" and doc[end + 1].lower_ in PROVINCE_CODES and doc[end + 2].text == ")":
                end += 3
            elif end < n and doc[end].text in {"NH", "ZH", "NB", "GLD"} and doc[end - 1].whitespace_:
                end += 1
            return end
        return i
