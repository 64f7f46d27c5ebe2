"""A title set in italics or bold is a title, not a person: "Groep 8 koos *Kees de jongen* van Theo
Thijssen", "- *Madelief* – Guus Kuijer. Madelief en haar oma ...", "de musical *Kapitein Kees en de
verdwenen schat*", "zingt *Mary's Boy Child*".

The documents stage blanks a Markdown post's emphasis marks out in place ("koos  Kees de jongen  van":
two spaces either side where one was); a plain-text post keeps its asterisks. An emphasised span counts
as a title when its author or maker follows it ("van Theo Thijssen", "– Guus Kuijer") or a word of
reading, singing or watching stands before it in its sentence (`titles_and_acronyms.TITLE_CUE`), or what it is
about follows it ("*Luca*, over een zeemonstertje"). Then:

- its words are no names;
- the author named in full after it is the book's ("*Bobbi* van Ingeborg Bijlsma");
- a first name of the title said alone elsewhere in the post is its character ("Kees had een pet op");
- on a reading list's line that opens with the title and its author, the names in the rest of the line
  are the book's characters ("- *Gips* – Anna Woltz. Fitz zit een hele dag in de wachtkamer").

School context beside a name keeps it a pupil's ("*Mijn vakantie* van Sem (groep 5)"), and a table's
cells (three spaces apart once their bars are blanked) are no emphasis.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from screener.text import vocabulary
from screener.text.not_persons.school_context import SENTENCE_END, pupil_beside, token_index
from screener.text.not_persons.titles_and_acronyms import TITLE_CUE, TITLE_CUE_REACH

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked


# a blanked emphasis: two or three spaces where the marks stood (or the line's blanked bullet), the title,
# then two or three spaces, or one before punctuation or the line's end
BLANKED = re.compile(r"(?:(?<=\S) {2,3}|^ {1,4})(?P<title>[A-Z0-9À-Ý](?:[^\n ]| (?! ))*?)(?= {2,3}\S| [.,;:!?)]| +$)",
                     re.MULTILINE)
# the asterisks or underscores a plain-text post keeps: "*Kapitein Kees en de verdwenen schat*"
MARKED = re.compile(r"(?<![\w*_])(?P<mark>\*{1,2}|_{1,2})(?P<title>[A-Z0-9À-Ý][^*_\n]*?(?<=\S))(?P=mark)(?![\w*_])")
TITLE_MAX = 60  # characters
# the author or maker after the title: "van Theo Thijssen", "– Guus Kuijer", "door Pixar"
MAKER_AFTER = re.compile(r"[ \t]*(?:van|door|–|—|-)[ \t]+(?:(?:de|het|van|der)[ \t]+)*(?=[A-ZÀ-Ý])")
# what the title is about, right after it: "*Luca*, over een zeemonstertje"
ABOUT_AFTER = re.compile(r",?[ \t]+over[ \t]+(?:een|de|het|hoe|wat|twee|drie|vier)\b")
FULL_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:[A-Z]\.){1,3})?(?:[ \t]+(?:van|de|der|den|ter|ten|le|la))*"
                       r"[ \t]+[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?")


def _table_row(text: str, line_start: int, line_end: int) -> bool:
    """Does the line read as a Markdown table's row with its bars blanked: it opens with white space and
    its cells stand three spaces or more apart?"""
    if not text.startswith(" ", line_start) or not text[line_end - 1:line_end].isspace():
        return False  # a row opens and ends with its blanked bars; "  Groep 3/4:   Tijgetje en Beer   van
        # Janosch." (a list item whose bold label opens it) ends as a sentence does
    first = len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip(" "))
    return text.find("   ", line_start + first, line_end) >= 0


def _titles(text: str) -> list[tuple[int, int, int]]:
    """(start, end, end of the closing mark) of each emphasised span."""
    found = []
    for pattern in (BLANKED, MARKED) if "*" in text or "_" in text else (BLANKED,):  # MARKED needs its marks
        for m in pattern.finditer(text):
            start, end = m.span("title")
            if end - start <= TITLE_MAX:
                after = m.end()
                while text[after:after + 1] in {" ", "\t"} and after < len(text):
                    after += 1
                found.append((start, end, after if pattern is BLANKED else m.end()))
    return found


def block_emphasised_titles(doc, blocked: Blocked, lex: Lexicons) -> set[str]:  # noqa: ANN001
    """Mark the emphasised titles, their authors and characters (see the module's docstring); return the
    first names of the titles, which name the same character elsewhere in the post."""
    text = doc.text
    if "  " not in text and "*" not in text and "_" not in text:
        return set()  # the quick way out: no emphasis
    starts = [t.idx for t in doc]
    characters: set[str] = set()
    for start, end, after in _titles(text):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if _table_row(text, line_start, line_end):
            continue
        maker = MAKER_AFTER.match(text, after)
        before = SENTENCE_END.split(text[max(line_start, start - TITLE_CUE_REACH):start])[-1]
        if maker is None and TITLE_CUE.search(before) is None and ABOUT_AFTER.match(text, after) is None \
                and ABOUT_AFTER.match(text, end + 1) is None:
            continue
        first, last = token_index(starts, start), token_index(starts, end - 1)
        if first < 0 or doc[first].idx != start or pupil_beside(doc, first, last + 1):
            continue
        for k in range(first, last + 1):
            blocked.tokens[k] = True
            if _character_word(doc[k].text, lex):
                characters.add(doc[k].text)
                if k > first and doc[k].text in lex.first_names and doc[k - 1].text[:1].isupper() \
                        and doc[k - 1].text.isalpha() and doc[k - 1].lower_ not in lex.titles:
                    characters.add(doc[k - 1].text)  # "Kapitein Kees": the character's title too
        if maker is None:
            continue
        author = FULL_NAME.match(text, maker.end())
        if author is None:
            continue
        a_first, a_last = token_index(starts, author.start()), token_index(starts, author.end() - 1)
        if pupil_beside(doc, a_first, a_last + 1):
            continue
        for k in range(a_first, a_last + 1):
            blocked.tokens[k] = True
        if not text[line_start:start].strip(" \t-*•"):
            _block_characters_of_the_line(doc, a_last + 1, line_end, blocked)
    return characters


def _character_word(word: str, lex: Lexicons) -> bool:
    """Is a title's word one that names its character alone elsewhere: a first name ("Kees") or a word no
    vocabulary knows ("Madelief"); not "De", "Grijze", and not a form of address ("*Meester Jaap*": "Meester"
    still opens a teacher's name elsewhere)?"""
    return word[:1].isupper() and word.isalpha() and len(word) > 2 and word.lower() not in lex.titles and (
        word in lex.first_names or not vocabulary.is_lower_case_word(word.lower()))


def _block_characters_of_the_line(doc, k: int, line_end: int, blocked: Blocked) -> None:  # noqa: ANN001
    """"- *Gips* – Anna Woltz. Fitz zit ...": the capitalised words on the rest of a reading list's line
    name the book's characters, but a name beside school context is a pupil's."""
    while k < len(doc) and doc[k].idx < line_end:
        if doc[k].text[:1].isupper() and doc[k].text.isalpha() and not pupil_beside(doc, k, k + 1):
            blocked.tokens[k] = True
        k += 1
