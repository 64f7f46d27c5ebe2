"""A one-word item in a list of titles is a title too: "Coco" between "Paddington 2" and "Kikker en zijn vriendjes"
in a film afternoon's list, "Wonka" under "Koning van Katoren". The other items read as titles: several words that
open with a capital and hold a number ("Paddington 2") or lower-case words ("Kikker en zijn vriendjes"), or a title
the lists know ("De Grote Vriendelijke Reus"), and no first name that the non-person signals did not already take
for a character or title ("Pieter Post en de kerstboom"). One item that holds a name ("Fleur wordt 7", "Daan en
Noor"), opens in lower case ("de moeder van Sem") or ends with a comma (a greeting before its signature: "Gros
bisous,") makes the list no list of titles, and its one-word items stay names.
"""

from __future__ import annotations

import re

# a list's line: a Markdown bullet blanked to two spaces by the documents stage, a typed bullet or a number
ITEM = re.compile(r"(?m)^(?:  |[-*•–] |\d{1,2}[.)] )(?=\S)[^\n]*$")
TITLES_MIN = 2  # other items that read as titles


def block_title_lists(doc, blocked, lex) -> None:  # noqa: ANN001 - a Tokens snapshot, its `Blocked`, the lexicons
    """Block the one-word items of a list of titles (see the module's docstring)."""
    text = doc.text
    if "\n" not in text:
        return
    starts = {token.idx: i for i, token in enumerate(doc)}
    for items in _lists(text):
        words = [_words(doc, starts, start, end) for start, end in items]
        alone = [w for w in words if len(w) == 1 and doc[w[0]].text[:1].isupper() and doc[w[0]].text.isalpha()]
        others = [w for w in words if len(w) > 1]
        if not alone or len(others) < TITLES_MIN or not all(_reads_as_title(doc, w, blocked, lex) for w in others) \
                or any(text[end - 1:end] == "," for _, end in items):
            continue
        for (k,) in alone:
            blocked.tokens[k] = True  # "Coco" among "Paddington 2" and "Kikker en zijn vriendjes"


def _lists(text: str) -> list[list[tuple[int, int]]]:
    """The runs of list lines that follow each other, as (start, end) of each item's words."""
    runs: list[list[tuple[int, int]]] = []
    last_end = -2
    for match in ITEM.finditer(text):
        start = match.start() + len(match.group()) - len(match.group().lstrip("-*•–0123456789.) "))
        if match.start() != last_end + 1:
            runs.append([])
        runs[-1].append((start, match.end()))
        last_end = match.end()
    return [run for run in runs if len(run) > TITLES_MIN]


def _words(doc, starts: dict[int, int], start: int, end: int) -> list[int]:  # noqa: ANN001
    """The tokens of an item's words, without white space and punctuation."""
    i = starts.get(start)
    if i is None:
        return []
    found = []
    while i < len(doc) and doc[i].idx < end:
        if not doc[i].is_space and not doc[i].is_punct:
            found.append(i)
        i += 1
    return found


def _reads_as_title(doc, words: list[int], blocked, lex) -> bool:  # noqa: ANN001
    """Several words that open with a capital and hold a number or a lower-case word, or that the non-person signals
    took for a title already ("De Grote Vriendelijke Reus"), and no first name that they did not take for a character
    or title (a surname may be a title's word: "Dikkie Dik")."""
    if not doc[words[0]].text[:1].isupper():
        return False
    if any(doc[k].text in lex.first_names and not blocked.tokens[k] for k in words):
        return False
    return any(doc[k].like_num or doc[k].text.islower() for k in words[1:]) or all(blocked.tokens[k] for k in words)


# a range of titles: "van Soldaat van Oranje tot Annie" (the musicals from one to the other)
RANGE = re.compile(r"(?<![\w-])[Vv]an[ \t]+([^\n]{2,60}?)[ \t]+tot[ \t]+(?=[A-ZÀ-Ý])")
RANGE_WORDS = 3  # capitalised words of the title after "tot": "The Lion King"


def block_title_ranges(doc, blocked, lex) -> None:  # noqa: ANN001 - a Tokens snapshot, its `Blocked`, the lexicons
    """"van Soldaat van Oranje tot Annie": the title after "tot" is one of the kind the lists took the one after "van"
    for; not where that one is no title they took ("van Sem tot Daan": two children) or beside school context."""
    text = doc.text
    if " tot " not in text:
        return
    from screener.text.not_persons.school_context import pupil_beside

    starts = {token.idx: i for i, token in enumerate(doc)}
    for match in RANGE.finditer(text):
        first, after = starts.get(match.start(1)), starts.get(match.end())
        if first is None or after is None:
            continue
        words = [k for k in range(first, after - 1) if not doc[k].is_space]
        if not words or not doc[first].text[:1].isupper() or not all(blocked.tokens[k] for k in words
                                                                     if doc[k].text[:1].isupper()):
            continue
        end = after
        while end < len(doc) and end - after < RANGE_WORDS and doc[end].text[:1].isupper() \
                and (end == after or doc[end - 1].whitespace_ == " "):
            end += 1
        if not pupil_beside(doc, after, end):
            for k in range(after, end):
                blocked.tokens[k] = True
