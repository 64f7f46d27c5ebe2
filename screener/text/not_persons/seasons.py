"""A season written with a capital is the season, not a person: two seasons on one line ("Storm, Lente en Zomer
als thema's", "groep 5 tekende de Lente, groep 6 de Winter") or one after "de" that no first name or title stands
before ("de Lente van Vivaldi", "een lied over de Herfst"). "Sanne de Winter", "juf Zomer", "meneer De Winter" and
"Winter (groep 4)" stay persons: after a first name or a title the season is a surname.
"""

from __future__ import annotations

from screener.text.not_persons.school_context import pupil_beside

SEASONS = {"lente", "zomer", "herfst", "winter", "voorjaar", "najaar"}
ARTICLES = {"de", "het"}


def block_seasons(doc, blocked, lex) -> None:  # noqa: ANN001
    """Block a capitalised season (see the module's docstring)."""
    found = [i for i, token in enumerate(doc) if token.lower_ in SEASONS and token.text[:1].isupper()
             and token.text[1:].islower()]
    if not found:
        return  # the quick way out: most posts write no season with a capital
    text = doc.text
    lines = {i: text.rfind("\n", 0, doc[i].idx) for i in found}
    free = [i for i in found if not _after_a_name(doc, i, lex)]
    for i in free:
        before = doc[i - 1].lower_ if i else ""
        paired = any(j != i and lines[j] == lines[i] and doc[j].lower_ != doc[i].lower_ for j in free)
        if paired or (before in ARTICLES and doc[i - 1].text.islower() and not pupil_beside(doc, i, i + 1)):
            blocked.tokens[i] = True  # "Lente en Zomer", "de Lente, groep 6 de Winter", "over de Herfst"
            if before in ARTICLES:
                blocked.tokens[i - 1] = True  # "de Lente": no surname "de Lente" either


def _after_a_name(doc, i: int, lex) -> bool:  # noqa: ANN001
    """"juf Zomer", "Sem Winter", "Sanne de Winter", "meneer De Winter": a surname after a first name or a title."""
    for k in (i - 1, i - 2):
        if k >= 0 and (doc[k].text in lex.first_names or doc[k].lower_.rstrip(".") in lex.titles) \
                and (k == i - 1 or doc[i - 1].lower_ in ARTICLES):
            return True
    return False
