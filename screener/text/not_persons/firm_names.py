"""A firm named after a surname is a firm, not a person: its trade right before the name ("Fietsenmakerij
Jansen", "Tapijthuis Van Dalen", a shop after its owner's first name: "Bloemenhuis Flora", "Grondverzet Van Olst", "Loonbedrijf Te Riele") or its legal form right
after it ("Jansen & Zn.", "Mulder B.V.", "Koster v.o.f.", "Hofman en Zonen"). A shop's wares name it too, before the
owner's name or after the surname ("Schoenen Wim Brouwer", "Van Zanten Fietsen", "Dijkstra Tweewielers"), and so
does the shopkeeper's trade before a first name ("Kapper Mo", "Groenteboer Harry", "de Fietsenmaker van Gerrit
Jan"). A reader meets the firm's name alone again further on ("Van Dalen, Schildersbedrijf Mulder" in a planning
table; "Snoepwinkel Tante Truus ... De winnaar: Tante Truus!") and reads the firm there too.

The trade is a capitalised compound that ends in a trade ("fietsenmakerij", "tapijthuis", "grondverzet",
"installatietechniek") after a head that is a Dutch word, or is one of those words alone; it is no
surname ("Timmerman", "Bakker" are persons' names as often as trades) and no first name. School context
beside the name keeps it a pupil's ("Jansen (groep 6)", "Tapijthuis Van Dalen, groep 5": no firm is in a
class), and so does a relative in brackets after it ("Bakkerij Kuipers (de tante van Daan)": the family's name), and
a first name or an initial before the surname that the trade does not precede ("Sem
Jansen & Zn.", "J. Leleux & Co" are persons' names).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from screener.text import vocabulary
from screener.text.not_persons.school_context import pupil_beside, token_index

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked


# the trades a firm's compound ends in: "Fietsenmakerij", "Tapijthuis", "Grondverzet", "Schildersbedrijf"
TRADE_END = re.compile(r"(?:makerij|bedrijf|huis|handel|verzet|bouw|techniek|service|installaties?|transport|"
                       r"zaak|winkel|winkeltje|salon|boetiek|bakkerij|slagerij|kwekerij|drukkerij|garage|werken|"
                       r"hoveniers|verhuur|advies|diensten|specialist|erij|bar|kunst)$")  # "Koffiebranderij", "Snackbar",
# "Bloemsierkunst"
# trade words that stand alone before a firm's name: "Transport Koster", "Hoveniers Van Olst"
TRADE_ALONE = {"transport", "grondverzet", "hoveniers", "installatiebedrijf", "loonbedrijf", "aannemersbedrijf",
               "schildersbedrijf", "bouwbedrijf", "garage", "bakkerij", "slagerij", "kwekerij", "drukkerij",
               "winkel", "winkeltje"}  # "'t Winkeltje van Truus"
# a shop's wares, which name it before its owner's name ("Schoenen Wim Brouwer", not where a sentence opens:
# "Fietsen Sem en Daan mee?") and after the surname ("Van den Assem Sport", "Van Zanten Fietsen")
WARES = {"schoenen", "fietsen", "tweewielers", "mode", "sport", "bloemen", "keukens", "meubelen", "wonen", "optiek",
         "brillen", "reizen", "banden", "tegels", "vloeren", "makelaardij", "kaas", "vis", "groente", "groenten",
         "speelgoed", "wijnen", "interieur", "witgoed", "elektro", "autos", "auto's",
         "foto", "fotografie"}  # "Foto Koster"
# a shopkeeper's trade that names the shop before the owner's first name ("Kapper Mo", "Groenteboer Harry") or
# before "van" and the name ("de Fietsenmaker van Gerrit Jan"); one that is also a surname only after a word on
# its line ("bij Bakker Bart"; "Bakker Bart" opening a row of names is a pupil, surname first)
SHOPKEEPERS = {"kapper", "kapster", "groenteboer", "fietsenmaker", "visboer", "kaasboer", "ijsboer", "bloemist",
               "opticien", "poelier", "slager", "bakker", "schoenmaker", "drogist", "kruidenier", "snackbar"}
# a firm of brothers or a firm, shortened before the name: "Bouwbedrijf Gebr. Nijhuis", "Fa. Wolters"
FIRM_ABBREVIATIONS = {"gebr", "fa", "gebroeders", "firma"}
# shops that carry a first name as their name: "Bloemenhuis Flora", "Kapsalon Linda" (a first name after another trade,
# "Leesgroep Sem", stays a child's)
SHOP_ENDS = ("bloemenhuis", "winkel", "winkeltje", "salon", "bakkerij", "boetiek", "kwekerij")
TRADE_HEAD = 3  # letters before the trade in a compound: "tapijthuis"; not "thuis"
PARTICLES = {"van", "de", "der", "den", "te", "ter", "ten", "het", "'t", "in", "la", "le", "du"}
# a firm's legal form right after its name: "& Zn.", "& Zonen", "B.V.", "BV", "v.o.f.", "VOF", "& Co."
LEGAL_FORM = re.compile(r"[ \t]+(?:(?:&|en)[ \t]+(?:Zn\.?|Zonen|Co\.?|Dochters?)|B\.?V\.?|v\.?o\.?f\.?|VOF|N\.?V\.?)"
                        r"(?![\w])", re.IGNORECASE)
NAME_TOKENS = 4  # particles and the surname: "Van der Veen", "Te Riele"


def _trade_word(doc, i: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """"Fietsenmakerij", "Tapijthuis", "Transport": a capitalised word of a trade, no surname or first name."""
    text = doc[i].text
    return text[:1].isupper() and text.isalpha() and _trade(text) and text not in lex.surnames \
        and text not in lex.first_names


@functools.lru_cache(maxsize=16384)
def _trade(text: str) -> bool:
    """The trade test of `_trade_word`, once per word."""
    low = text.lower()
    if low in TRADE_ALONE:
        return True
    match = TRADE_END.search(low)
    return match is not None and match.start() >= TRADE_HEAD and (
        vocabulary.is_dutch_word(low[:match.start()]) or vocabulary.is_dutch_word(low)
        or vocabulary.is_dutch_word(low[:match.start()].rstrip("s")))  # "schilders", "fietsen", "tapijt"


def _name_after(doc, i: int, lex: Lexicons) -> int:  # noqa: ANN001
    """The end of the name after token `i` on its line, with its particles and every capitalised word of it
    ("Van der Veen", "Kees de Springer"), or `i + 1` when none follows or a first name alone does
    ("Leesgroep Sem": a child)."""
    n = len(doc)
    k = last = i + 1
    words = 0
    while k < n and k - i <= NAME_TOKENS + 2 and doc[k - 1].whitespace_ and not doc[k].is_space:
        if doc[k].lower_ in PARTICLES and k + 1 < n and doc[k + 1].text[:1].isupper():
            k += 1
        elif doc[k].lower_ in FIRM_ABBREVIATIONS and k + 2 < n and doc[k + 1].text == "." and words == 0:
            k += 2  # "Gebr. Nijhuis"
        elif doc[k].text[:1].isupper() and _name_word(doc[k].text):
            k += 1
            last = k
            words += 1
        else:
            break
    if words == 1 and doc[last - 1].text in lex.first_names and doc[last - 1].text not in lex.surnames \
            and not doc[i].lower_.endswith(SHOP_ENDS):
        return i + 1
    return last


def _name_word(text: str) -> bool:
    """A word of a firm's name: "Tuin", and a first name's genitive ("Anja's Tuin")."""
    return text.isalpha() or (text[-2:] in ("'s", "’s") and text[:-2].isalpha())


def _opens_sentence(doc, i: int) -> bool:  # noqa: ANN001
    """Does token i open the text, a sentence or a paragraph?"""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        if "\n\n" in doc[k].text:
            return True
        k -= 1
    return k < 0 or doc[k].text in (".", "!", "?") or "\n\n" in doc[k].whitespace_


def _shopkeeper(doc, i: int, lex: Lexicons) -> int:  # noqa: ANN001
    """The end of a shop named by its keeper's trade and first name at token i ("Kapper Mo", "Fietsenmaker
    van Gerrit Jan"), or i + 1 when none is."""
    trade = doc[i].text
    if not (trade[:1].isupper() and trade.lower() in SHOPKEEPERS):
        return i + 1
    if trade in lex.surnames and (i == 0 or "\n" in doc[i - 1].whitespace_ or not doc[i - 1].text.isalpha()):
        return i + 1  # "Bakker Bart" opening a row: a pupil's surname first
    k = i + 1 + (i + 2 < len(doc) and doc[i + 1].lower_ == "van")
    end = k
    while end < len(doc) and end - k < 2 and doc[end - 1].whitespace_ and doc[end].text in lex.first_names \
            and (end == k or doc[end].text not in lex.surnames):  # "Gerrit Jan"; not "Mo Jansen"
        end += 1
    if end == k or (end < len(doc) and doc[end - 1].whitespace_ and doc[end].text[:1].isupper()):
        return i + 1  # no first name, or a surname after it: "Kapper Mo Jansen" is a person in her trade
    return end


def _keeper_in_full(doc, i: int, lex: Lexicons) -> int:  # noqa: ANN001
    """The end of a shopkeeper's trade with a full name after it at token i ("Opticien Marcel Brinkman", "Poelier
    Jan Harmsen"), or i + 1. Alone that is a person in her trade ("Kapper Mo Jansen knipte de klas"); among shops
    (`_among_firms`) it is the shop's name."""
    trade = doc[i].text
    if not (trade[:1].isupper() and trade.lower() in SHOPKEEPERS) or i + 2 >= len(doc) \
            or doc[i + 1].text not in lex.first_names or not doc[i].whitespace_ or not doc[i + 1].whitespace_:
        return i + 1
    end = _name_after(doc, i + 1, lex)
    return end if end > i + 2 else i + 1


# a line's opening: its list marker, if any (the Markdown reader blanks "- " to spaces)
LIST_ITEM = re.compile(r"[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?")


def _among_firms(doc, start: int, firm_starts: list[int]) -> bool:  # noqa: ANN001
    """Does a firm's name stand on the line of token `start`, or open the lines (list items) right above and below
    it (a treasure hunt past "2. Bloemenhuis Ria", "3. Opticien Marcel Brinkman", "4. Schoenmakerij Van Leeuwen")?"""
    text = doc.text
    at = doc[start].idx
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if any(line_start <= f < line_end and f != at for f in firm_starts):
        return True
    item = LIST_ITEM.match(text, line_start)
    if item is None or item.end() != at:
        return False
    above_end = line_start - 1
    above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
    below_start = line_end + 1
    openings = set()
    for begin in (above_start, below_start):
        other = LIST_ITEM.match(text, begin) if 0 <= begin < len(text) else None
        if other is not None:
            openings.add(other.end())
    return len(openings) == 2 and openings <= set(firm_starts)


def _before_wares(doc, k: int, lex: Lexicons) -> int:  # noqa: ANN001
    """The start of the surname before the wares at token k ("Van Zanten Fietsen"), or k when none is."""
    if not (doc[k].text[:1].isupper() and doc[k].lower_ in WARES) or k == 0 or "\n" in doc[k - 1].whitespace_ \
            or not doc[k - 1].whitespace_:
        return k
    start = _name_before(doc, k, lex)
    return start if start < k and doc[k - 1].text in lex.surnames or start < k - 1 else k


def _name_before(doc, end: int, lex: Lexicons) -> int:  # noqa: ANN001
    """The start of the surname that ends at token `end` ("Jansen" of "Jansen & Zn."), with its particles,
    or `end` when the word is no surname the firm can be named after (a first name: "Sem")."""
    last = end - 1
    if last < 0 or not doc[last].text[:1].isupper() or doc[last].text in lex.first_names \
            and doc[last].text not in lex.surnames:
        return end
    start = last
    while start > 0 and doc[start - 1].lower_ in PARTICLES and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    initial = start > 0 and re.fullmatch(r"(?:[A-Z]\.)+", doc[start - 1].text) is not None  # "J.", "J.P."
    if initial or (start > 0 and doc[start - 1].text in lex.first_names and "\n" not in doc[start - 1].whitespace_
                   and not _trade_word(doc, start - 1, lex)):
        return end  # "Sem Jansen & Zn.", "J. Leleux & Co": a person's full name
    return start


def _relative_after(doc, end: int) -> bool:  # noqa: ANN001
    """Does a bracket right after the firm's name say whose relative its owner is ("Garage Kuipers & Zn. (de oom
    van Stijn)")? Then the name is a pupil's family's: a person's name, as `person_by_cue` finds it."""
    from screener.text.person_by_cue import RELATION_IN_BRACKETS  # here: the person rules import this package

    return RELATION_IN_BRACKETS.match(doc.text, doc[end - 1].idx + len(doc[end - 1].text)) is not None


def block_firms(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001 - a Tokens snapshot
    """Block the names of firms named after a surname, and that surname alone elsewhere in the post."""
    n = len(doc)
    if not n:
        return
    text = doc.text
    starts: list[int] = []
    spans: list[tuple[int, int]] = []
    legal_forms: set[tuple[int, int]] = set()  # "& Zn.", "B.V.": no one's name, whoever owns the firm
    keepers: list[tuple[int, int]] = []  # "Opticien Marcel Brinkman": a shop only among shops
    for i in range(n - 1):
        if not doc[i].text[:1].isupper():
            continue
        if _trade_word(doc, i, lex) or (doc[i].lower_ in WARES and not _opens_sentence(doc, i)):
            end = _name_after(doc, i, lex)
            if end > i + 1:
                spans.append((i, end))
        end = _shopkeeper(doc, i, lex)
        if end > i + 1:
            spans.append((i, end))
        start = _before_wares(doc, i, lex)
        if start < i:
            spans.append((start, i + 1))
        end = _keeper_in_full(doc, i, lex)
        if end > i + 1:
            keepers.append((i, end))
    for match in LEGAL_FORM.finditer(text):
        if not starts:
            starts = [t.idx for t in doc]
        end = token_index(starts, match.start() - 1) + 1
        first = token_index(starts, match.start() + len(match.group()) - len(match.group().lstrip()))
        last = token_index(starts, match.end() - 1) + 1
        start = _name_before(doc, end, lex)
        if start < end:
            spans.append((start, last))
        if first < last and start < end:
            spans.append((first, last))
            legal_forms.add((first, last))
    if keepers:
        firm_starts = [doc[start].idx for start, _ in spans]
        spans += [(start, end) for start, end in keepers if _among_firms(doc, start, firm_starts)]
    names: dict[int, set[str]] = {}  # per draft of a joined batch: the firms' surnames
    phrases: dict[int, set[tuple[str, ...]]] = {}  # ... and their names of two words or more: "Tante Truus"
    drafts = [m.start() for m in re.finditer("\x00", text)]  # drafts joined for batch analysis: one post each
    for start, end in spans:
        name_start = start + 1 if _trade_word(doc, start, lex) else start
        if pupil_beside(doc, name_start, end) or ((start, end) not in legal_forms and _relative_after(doc, end)):
            continue  # "Jansen (groep 6)": a pupil; "Bakkerij Kuipers (de tante van Daan)": a pupil's family
        for k in range(start, end):
            blocked.tokens[k] = True
        draft = bisect.bisect(drafts, doc[start].idx)
        words = [k for k in range(name_start, end) if doc[k].text[:1].isupper() and doc[k].lower_ not in PARTICLES
                 and doc[k].text.isalpha() and doc[k].lower_ not in WARES and doc[k].lower_ not in SHOPKEEPERS]
        names.setdefault(draft, set()).update(doc[k].text for k in words
                                              if doc[k].text not in lex.first_names)  # a first name alone stays a child's
        if len(words) >= 2 and words[-1] - words[0] == len(words) - 1:
            phrases.setdefault(draft, set()).add(tuple(doc[k].text for k in words))
    if not names and not phrases:
        return
    for draft, found in phrases.items():  # the firm's whole name again: "De winnaar: Tante Truus!"
        for phrase in found:
            for k in range(n - len(phrase) + 1):
                if doc[k].text == phrase[0] and bisect.bisect(drafts, doc[k].idx) == draft \
                        and all(doc[k + j].text == word for j, word in enumerate(phrase)):
                    blocked.tokens[k:k + len(phrase)] = [True] * len(phrase)
    for k in range(n):  # the firm's surname alone again: "Van Dalen, Schildersbedrijf Mulder"
        if blocked.tokens[k] or doc[k].text not in names.get(bisect.bisect(drafts, doc[k].idx), ()) \
                or pupil_beside(doc, k, k + 1):
            continue
        start = k
        while start > 0 and doc[start - 1].lower_ in PARTICLES and "\n" not in doc[start - 1].whitespace_:
            start -= 1
        if start > 0 and (doc[start - 1].text in lex.first_names or doc[start - 1].lower_.rstrip(".") in lex.titles) \
                and "\n" not in doc[start - 1].whitespace_:
            continue  # "Sem Jansen", "Sem Van Dalen", "Meneer Hofman": a person who shares the firm's name
        for j in range(start, k + 1):
            blocked.tokens[j] = True
