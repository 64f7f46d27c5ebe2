"""A line that lists songs, books or films by their titles and makers holds titles, not persons: "Groep 6:
Abracadabra (Kris Kross Amsterdam), Kom maar bij mij (Suzan & Freek), Soldier Poet King". Such a line has two
or more items written as a title that is a phrase ("Kom maar bij mij": a lower-case word that is no particle
or conjunction) and its maker in brackets, capitalised; then its other items are titles too ("Baby Shark",
"Yellow (Coldplay)") and their words are no names. The makers in brackets are left to the lists.

Children are listed otherwise: by a name and a class or a group ("Sem en Noor (groep 5)", "Tim en Sara
(Beertjes)": no lower-case word of a phrase before the brackets), so no such line counts; and school context
beside an item keeps its name a pupil's ("Sem (groep 5)"), and a first name the lists know is left to the
name rules ("Sem deed mee aan voetbal (Sallandia), Noor aan hockey (HC Deventer)").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from screener.text.not_persons.school_context import pupil_beside, token_index

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked


# a title of a phrase and its maker in brackets: "Kom maar bij mij (Suzan & Freek)"
TITLE_AND_MAKER = re.compile(r"(?:^|(?<=[,:]))[ \t]*([A-ZÀ-Ý][^,()\n]*)\([ \t]*[A-ZÀ-Ý][^()\n]*\)")
SMALL_WORDS = {"en", "of", "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "uit", "groep", "klas", "jaar"}
LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]{2,}(?![\w-])")
ITEMS_MIN = 2  # titles with their makers on the line: "Hoedje van papier (Dirk Scheele), ..."


def _phrase_title(title: str) -> bool:
    """"Kom maar bij mij", "Hoedje van papier": a title with a lower-case word of a phrase; not "Sem en Noor"."""
    return any(word not in SMALL_WORDS for word in LOWER_WORD.findall(title))


def block_song_lists(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001 - a Tokens snapshot
    """Block the titles on a line that lists titles with their makers in brackets."""
    text = doc.text
    starts: list[int] = []
    at = 0
    for line in text.split("\n"):
        line_start, at = at, at + len(line) + 1
        if line.count("(") < ITEMS_MIN or line.count(",") < ITEMS_MIN - 1:
            continue  # the quick way out: not a list with makers in brackets
        if sum(1 for m in TITLE_AND_MAKER.finditer(line) if _phrase_title(m.group(1))) < ITEMS_MIN:
            continue
        if not starts:
            starts = [t.idx for t in doc]
        item_start = line.find(":") + 1 if ":" in line[:40] else 0  # "Groep 6:" labels the line
        depth = 0
        for offset in range(item_start, len(line) + 1):
            char = line[offset] if offset < len(line) else ","
            if char == "(":
                depth += 1
            elif char == ")":
                depth = max(0, depth - 1)
            elif char == "," and depth == 0:
                _block_item(doc, blocked, lex, starts, line_start + item_start, line_start + offset)
                item_start = offset + 1


def _block_item(doc, blocked: Blocked, lex: Lexicons, starts: list[int], begin: int, end: int) -> None:  # noqa: ANN001
    """Block the capitalised words of one item outside its brackets, unless school context is beside it; a first
    name the lists know that opens a run of capitals leaves the item alone ("Sem deed mee aan voetbal (Sallandia)",
    "minister Jan Peeters (CVP)")."""
    text = doc.text
    item = text[begin:end]
    bracket = item.find("(")
    stop = begin + bracket if bracket >= 0 else end
    if not text[begin:stop].strip():
        return
    first = token_index(starts, begin + len(item) - len(item.lstrip()))
    last = token_index(starts, stop - 1)
    while last >= first and doc[last].is_space:
        last -= 1
    if last < first or pupil_beside(doc, first, last + 1):
        return  # "Sem (groep 5)": a pupil
    words = [k for k in range(first, last + 1) if doc[k].idx >= begin and doc[k].text[:1].isupper()]
    if any(doc[k].text in lex.first_names and (j == 0 or words[j - 1] != k - 1) for j, k in enumerate(words)):
        return  # "Sem deed mee aan voetbal (Sallandia)", "minister Jan Peeters (CVP)": a person opens a run of
        # capitals; "Soldier Poet King" only ends in a first name
    for k in words:
        blocked.tokens[k] = True
