"""Words that are part of a title or an expansion, not a name: a quoted title after a word of
performing or reading ("groep 1/2 zong "Rudolph the Red-Nosed Reindeer"", "de musical "Oliver
Twist""), the first half of a shortened compound ("GGD Noord- en Oost-Gelderland"), and the words of
an acronym's expansion ("National Cyber Security Centre (NCSC)"; not "Ilse de Vries (IdV)")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from screener.text.not_persons.school_context import SENTENCE_END, token_index

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked


# a word of performing, reading or watching just before a quotation: what is quoted is a title
TITLE_CUE = re.compile(
    r"\b(?:zing\w*|zong\w*|gezongen|speel\w*|speelde\w*|gespeeld|lees|leest|lezen|las|lazen|gelezen|kijk\w*|"
    r"keken|gekeken|voer\w* .{0,12}op|musical|toneelstuk|voorstelling|film|lied(?:je|jes|eren)?|nummer|boek(?:je)?|"
    r"prentenboek|serie|show|dans(?:je)?|thema|titel|koos|kozen|gekozen|recept(?:en)?|kookboek|kwartet|verhaal|verhalen|"
    r"gedicht(?:je|en)?|album|aflevering|boeken|stripboek|strip|oefen\w*|geoefend|team|teamnaam|project(?:en)?|"
    r"workshops?)\b",
    re.IGNORECASE,
)
TITLE_CUE_REACH = 80  # characters before the quotation, within its sentence: "zong 'X' en daarna 'Y'"
# English function words: a quoted English phrase is a title ("Let It Go", "We Are The Champions")
ENGLISH = re.compile(r"\b(?:the|it|you|are|of|and|my|your|to|on|all)\b", re.IGNORECASE)
QUOTE_PAIRS = {'"': '"', "“": "”", "„": "”", "‘": "’", "«": "»", "'": "'"}
TITLE_MAX = 60  # characters between the quotes
TITLES_JOINED = re.compile(r"\s*(?:,|en|of|&)\s*$")  # between two quoted titles: "X" en "Y"
ACRONYM = re.compile(r"[A-Z]{2,6}")
ACRONYM_SMALL_WORDS = {"of", "and", "for", "the", "van", "voor", "en", "de", "der", "het"}  # "Bureau of ..."


def block_quoted_titles(doc, blocked: Blocked) -> None:  # noqa: ANN001
    """"groep 3 zong "Rudolph the Red-Nosed Reindeer"", "team "Enderdraken"": the quoted words are a title, not
    persons; so is a quotation joined to a quoted title ("we oefenen "Sint Maarten" en "Elfelfelf"")."""
    text = doc.text
    starts = [t.idx for t in doc]
    title_end = -1  # where the last quoted title closed
    for i, token in enumerate(doc):
        close = QUOTE_PAIRS.get(token.text)
        if close is None or token.whitespace_:
            continue
        if close == token.text and token.idx and not text[token.idx - 1].isspace() and text[token.idx - 1] not in "([":
            continue  # a straight quote right after a word closes its quotation: '"Koning van Katoren", het boek van Sophie'
        end_char = text.find(close, token.idx + 1)
        if end_char < 0 or end_char - token.idx > TITLE_MAX or "\n" in text[token.idx:end_char]:
            continue
        line_start = text.rfind("\n", 0, token.idx) + 1
        before = SENTENCE_END.split(text[max(line_start, token.idx - TITLE_CUE_REACH):token.idx])[-1]
        if TITLE_CUE.search(before) is None and ENGLISH.search(text[token.idx + 1:end_char]) is None and not (
                0 <= title_end < token.idx and TITLES_JOINED.match(text, title_end, token.idx)):
            continue
        title_end = end_char + 1
        last = token_index(starts, end_char - 1)
        for k in range(i + 1, last + 1):
            blocked.tokens[k] = True


# a quotation of two to five capitalised words and nothing else: 'de "Daily Mile"', 'het project "Gezonde Lunch"'
INITIAL = re.compile(r"[A-Z]\.?|[A-Z]\.[A-Z]\.?")  # "W.", "D", "J.P."
QUOTED_CAPITALS = re.compile(r"(?<![\w\"“„‘'])[\"“„‘]((?:[A-Z][\w'’&.-]*)(?:[ \t]+[A-Z][\w'’&.-]*){1,4})[\"”’]")


def block_quoted_capitals(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """'de "Daily Mile"', 'ons "Groene Schoolplein"': two or more capitalised words quoted name a thing, unless they
    are a first name and surnames, first names or initials ('"Sem Bakker"', '"Noor en Mila"', '"Fleur W."' stay
    names); so does one word quoted after an article ('de "Dopjesvanger"'; not a first name: 'de "Max"')."""
    text = doc.text
    if '"' not in text and "“" not in text and "‘" not in text and "„" not in text:
        return  # the quick way out
    starts: list[int] = []
    for match in QUOTED_CAPITALS.finditer(text):
        words = match.group(1).split()
        if words[0] in lex.first_names and all(w in lex.surnames or w in lex.first_names or INITIAL.fullmatch(w)
                                               for w in words[1:]):
            continue  # '"Sem Bakker"', '"Fleur W."': a first name and a surname or an initial, quoted
        if not starts:
            starts = [t.idx for t in doc]
        first, last = token_index(starts, match.start(1)), token_index(starts, match.end(1) - 1)
        for k in range(first, last + 1):
            blocked.tokens[k] = True
    for match in QUOTED_AFTER_ARTICLE.finditer(text):
        if match.group(1) in lex.first_names:
            continue  # 'de "Max"': left to the name rules
        if not starts:
            starts = [t.idx for t in doc]
        blocked.tokens[token_index(starts, match.start(1))] = True


# one capitalised word quoted right after an article or a possessive names a thing: 'de "Dopjesvanger"', 'ons
# "Zonnehuis"' (a person is not written so; a nickname is quoted after a first name: 'Mohammed "Mo" Ali')
QUOTED_AFTER_ARTICLE = re.compile(r"\b(?:de|het|onze|ons|hun)[ \t]+[\"“„‘]([A-Z][\w'’-]+)[\"”’]")


def block_shortened_compounds(doc, blocked: Blocked) -> None:  # noqa: ANN001
    """"Noord- en Oost-Gelderland", "basis- of voortgezet": a word cut off at a hyphen is half a compound."""
    joiners = {"en", "of", "t/m", "tot"}
    for i in range(len(doc) - 1):
        if len(doc[i].text) > 2 and doc[i].text.endswith("-") and doc[i].whitespace_ and doc[i + 1].lower_ in joiners:
            blocked.tokens[i] = True  # "Noord-" as one token
        elif (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and doc[i + 1].whitespace_
                and doc[i + 2].lower_ in joiners):
            blocked.tokens[i] = True


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _spells(acronym: str, words: list[str]) -> bool:
    """Do the capitalised words' first letters spell the acronym (one letter short at its end is
    allowed for three or more words: "General Communications Headquarters" for GCHQ)?"""
    letters, initials = "".join(c for c in acronym if c.isupper()), _initials(words)
    return len(initials) >= 2 and (initials == letters or (
        len(initials) >= 3 and len(letters) == len(initials) + 1 and letters.startswith(initials)))


def block_acronym_expansions(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """"National Security Agency (NSA)", "UMTS (Universal Mobile Telecommunications Standard)": capitalised
    words whose first letters spell the acronym beside them in brackets are its expansion, not a person.
    A first name, a surname or a title among them makes them a person with initials: "Ilse de Vries (IdV)",
    "Meester Bakker (MB)"."""
    n = len(doc)
    if "(" not in doc.text:
        return
    for i in (k for k, token in enumerate(doc) if token.text == "(" and 0 < k < n - 2):
        close = next((k for k in range(i + 1, min(n, i + 12)) if doc[k].text in {")", "("}), None)
        if close is None or doc[close].text != ")":
            continue
        inside = list(range(i + 1, close))
        if len(inside) == 1 and ACRONYM.fullmatch(doc[inside[0]].text):
            acronym, before = doc[inside[0]].text, []  # the expansion before it: capitalised words back to "("
            k = i - 1
            while k >= 0 and len(before) < 2 * len(acronym) and (
                    doc[k].text[:1].isupper() or doc[k].lower_ in ACRONYM_SMALL_WORDS):
                before.insert(0, k)
                k -= 1
            candidates = [before[j:] for j in range(len(before)) if doc[before[j]].text[:1].isupper()]
        else:  # "UMTS ( Universal Mobile ... )", "T-DAB ( ... )": the acronym just before the bracket
            k = i - 1
            while k > 0 and not doc[k - 1].whitespace_ and not doc[k - 1].is_space:
                k -= 1
            acronym = doc.span_text(k, i).replace("-", "")
            words = [t for t in inside if doc[t].text[:1].isupper() or doc[t].lower_ in ACRONYM_SMALL_WORDS]
            if not ACRONYM.fullmatch(acronym) or len(words) != len(inside):
                continue
            candidates = [words]
        for words in candidates:
            texts = [doc[t].text for t in words]
            if _spells(acronym, texts) and not any(w in lex.first_names or w in lex.surnames
                                                   or w.lower() in lex.titles for w in texts):
                for t in words:
                    blocked.tokens[t] = True
                break
