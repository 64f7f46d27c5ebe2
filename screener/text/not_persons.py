"""What looks like a person's name but is none in a school post: children's culture, authors named
as authors, public figures in their public role, shops and brands, streets.

Two annotators, each with one job, used by the name tagger (`screener.text.names`) on its own
finds and on the model's PER guesses alike:

- `blocked_tokens`: the tokens of a phrase from the lists (`lexicons.non_persons`): "Nijntje",
  "Paw Patrol", "Annie M.G. Schmidt", "koningin Máxima", "Albert Heijn". A character that is also
  a first name ("Elsa", "Harry", "Sam") is one only in a post that names its title or another of
  its characters ("Frozen", "Olaf"); a brand that is a first name ("Nike", "Dirk") only after an
  article ("bij de Dirk") or among other brands ("van Nike, van Adidas"): "het boek van Dirk" is
  a child's. After "juf" or "meester" it is a person.
- `blocked_tokens` also blocks a quoted title after a word of performing or reading ("groep 1/2
  zong "Rudolph the Red-Nosed Reindeer"", "de musical "Oliver Twist"") and the first half of a
  shortened compound ("GGD Noord- en Oost-Gelderland"), and an animal's name (`data/animals.txt`:
  "ons klassenkonijn Snuffie", "de panda's. Ze heten Wu Wen en Xing Ya").
- `public_or_street`: a found person that its context makes an author or public figure ("het
  boek van Roald Dahl", "*Kikker is verliefd* van Max Velthuijs", "schrijfster Carry Slee",
  "koning Willem-Alexander") or a street ("Michiel de Ruyterstraat", "Prins Bernhardplein").
  An author is a full name: "het boek van Sanne" is Sanne's own book and stays a name. A full
  name in brackets after a listed title is its author: "Kruimeltje (Chris van Abkoude)".
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from screener.text.lexicons import OWN_DATA, Lexicons

# what stands before a phrase that is the brand's, not the person's: "de Dirk", "een Kia"
BRAND_BEFORE = {"de", "het", "'t", "een", "onze", "jullie"}
SHOP_BEFORE = {"van", "bij", "aan", "door", "naar", "en", ",", "&"}  # where a shop's branch is named
BRAND_NEIGHBOURHOOD = 80  # characters: "van Nike, van Adidas": a brand among brands
CHARACTER_NEIGHBOURHOOD = 80  # characters: "Pippi Langkous, ..., twee keer Matilda": a character among characters
LIST_BETWEEN = re.compile(r",|\s(?:en|of|&)\s")
# forms of address that make the next word a person whatever a list says: "juf Elsa"
SCHOOL_TITLES = {"juf", "juffrouw", "meester", "mevrouw", "meneer", "mijnheer", "dhr", "mevr", "mw", "mvr", "heer"}
WORK_BEFORE = re.compile(
    r"(?:\b(?:boek(?:je|en|jes)?|prentenboek(?:en)?|voorleesboek|verhaal|verhalen|verhaaltjes|gedicht(?:en)?|versjes?|"
    r"tekeningen|illustraties|plaatjes|lied(?:je|jes|eren)?|nummers?|hit|film|muziek|serie|reeks|roman|strip|musical|"
    r"werk|schilderij(?:en)?|wijs)\s+van|"
    r"\b(?:geschreven|bedacht|geïllustreerd|gecomponeerd|geregisseerd)\s+door|"
    r"[*_\"”’]\s*van|"
    r"\b(?:schrijver|schrijfster|auteur|illustrator|illustratrice|kinderboekenschrijver|kinderboekenschrijfster|"
    r"dichter|dichteres|tekenaar|"
    r"kunstenaar|schilder|componist))\s*$",
    re.IGNORECASE,
)
STREET = re.compile(r"\w{2,}(?:straat|laan|plein|weg|singel|gracht|kade|dreef|plantsoen|allee|boulevard|steeg|"
                    r"straatje|pad|hof|park|dijk|kwartier|markt)$", re.IGNORECASE)
STREET_INTERFIXES = {"de", "van", "der", "den", "'t", "ter", "ten", "het"}
# a word that makes the name after it a street, park, venue or saint: "Laan van Borgele", "sportpark Zandweerd",
# "Sint Maarten", "landgoed De Haere"
PLACE_BEFORE = re.compile(r"\b(?:laan|plein|hof|\w*park|wijk|kasteel|landgoed|huize|camping|sint|sinte|st\.?)"
                          r"\s+(?:van\s+(?:de\s+|der\s+|den\s+)?)?$", re.IGNORECASE)
# "van Julia Donaldson en ": the author before this one, joined by "en" or a comma
CO_AUTHOR = re.compile(r"(?:[A-Z][\w.'’-]*\s+(?:(?:van|de|der|den|ter|ten|het|'t)\s+)*){1,3}(?:en|&|,)\s*$")
# "een echte schrijver bij groep 5 en 6: ": a writer introduced before a colon
WRITER_COLON = re.compile(r"\b(?:schrijver|schrijfster|auteur|illustrator|illustratrice|dichter|dichteres|"
                          r"tekenaar|kunstenaar|zanger|zangeres)\b[^.!?:]{0,40}:\s*$", re.IGNORECASE)
STREET_SURE = re.compile(r"\w{2,}(?:straat|laan|plein|singel|gracht|kade|dreef|plantsoen|allee|boulevard|steeg)$",
                         re.IGNORECASE)


WORD = re.compile(r"\w+")
# a word of performing, reading or watching just before a quotation: what is quoted is a title
TITLE_CUE = re.compile(
    r"\b(?:zing\w*|zong\w*|gezongen|speel\w*|speelde\w*|gespeeld|lees|leest|lezen|las|lazen|gelezen|kijk\w*|"
    r"keken|gekeken|voer\w* .{0,12}op|musical|toneelstuk|voorstelling|film|lied(?:je|jes|eren)?|nummer|boek(?:je)?|"
    r"prentenboek|serie|show|dans(?:je)?|thema|titel)\b",
    re.IGNORECASE,
)
TITLE_CUE_REACH = 80  # characters before the quotation, within its sentence: "zong 'X' en daarna 'Y'"
SENTENCE_END = re.compile(r"[.!?]\s")
# English function words: a quoted English phrase is a title ("Let It Go", "We Are The Champions")
ENGLISH = re.compile(r"\b(?:the|it|you|are|of|and|my|your|to|on|all)\b", re.IGNORECASE)
NAMING_VERBS = {"heet", "heten", "heette", "heetten", "genaamd", "noemen", "noemden", "doopten"}
ANIMAL_REACH = 20  # tokens from the animal word to the naming verb: the same sentence or the next
ANIMAL_PLURALS = ("'s", "’s", "en", "s")
QUOTE_PAIRS = {'"': '"', "“": "”", "„": "”", "‘": "’", "«": "»", "'": "'"}
TITLE_MAX = 60  # characters between the quotes


@dataclass
class Blocked:
    tokens: list[bool]  # per token: part of a non-person phrase
    ends: set[int]  # token index just after each blocked phrase (a title before "van <author>")
    brand_ends: set[int] = field(default_factory=set)  # ... of a shop or brand: "Plus Van den Berg" is its branch


def branch_of_brand(doc, start: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """A name right after a shop or brand names its branch or owner: "Plus Van den Berg", "Jumbo Visser"."""
    return start in blocked.brand_ends and start > 0 and "\n" not in doc[start - 1].whitespace_


def _continues(text: str, end: int) -> bool:
    """Does a word go on at `end`: "Sinterklaasfeest", or a hyphenated name ("Sint-Niklaas")?"""
    return end < len(text) and (text[end].isalnum() or (text[end] == "-" and text[end + 1 : end + 2].isupper()))


def _spaced_end(text: str, start: int, phrase: str) -> int:
    """Where `phrase` ends in `text` from `start` when a space in it may be any run of white space, else -1."""
    space = phrase.find(" ")
    if space < 0 or text[start:start + space].lower() != phrase[:space]:
        return -1
    after = start + space
    while after < len(text) and text[after].isspace():
        after += 1
    if text[after:after + 1].lower() != phrase[space + 1:space + 2]:
        return -1  # the quick way out: the next word is another
    at = start
    for part in phrase.split(" "):
        if at > start:
            if at >= len(text) or not text[at].isspace():
                return -1
            while at < len(text) and text[at].isspace():
                at += 1
        if text[at:at + len(part)].lower() != part:
            return -1
        at += len(part)
    return at


def _token_index(starts: list[int], char: int) -> int:
    return bisect.bisect_right(starts, char) - 1


def blocked_tokens(doc, lex: Lexicons) -> Blocked:  # noqa: ANN001 - a Tokens snapshot
    """The tokens of every non-person phrase in `doc` (see the module's docstring)."""
    n = len(doc)
    blocked = Blocked([False] * n, set())
    if not lex.non_persons or not n:
        return blocked
    text = doc.text  # compared piece by piece: "İ".lower() is two characters, so text.lower() shifts offsets
    starts = [t.idx for t in doc]
    matches = []  # (start token, end token, entry)
    i = 0
    while i < n:
        token = doc[i]
        key = token.lower_
        if not key.isalnum():
            word = WORD.match(key)
            key = word.group() if word else ""
        candidates = lex.non_persons.get(key)
        if candidates:
            window = text[token.idx:token.idx + len(candidates[0].phrase)]  # the longest phrase's reach
            # with a line break or a run of spaces in reach, the phrases are also compared with white space as one space
            spaced = " ".join(text[token.idx:token.idx + 2 * len(window)].split()).lower() \
                if "  " in window or "\n" in window or "\t" in window else ""
            for entry in candidates:  # longest first
                end_char = token.idx + len(entry.phrase)
                written = text[token.idx:end_char]
                if written.lower() != entry.phrase:
                    # "Jeff\n   Kinney": a phrase wrapped over lines and indented
                    end_char = _spaced_end(text, token.idx, entry.phrase) \
                        if spaced and spaced.startswith(entry.phrase) else -1
                if end_char > 0 and not _continues(text, end_char):
                    last = _token_index(starts, end_char - 1)
                    if doc[last].idx + len(doc[last].text) == end_char:
                        matches.append((i, last + 1, entry))
                        break
        i += 1
    _block_quoted_titles(doc, blocked)
    _block_shortened_compounds(doc, blocked)
    _block_animal_names(doc, blocked)
    groups = {entry.group for _, _, entry in matches if not entry.needs_context and entry.group >= 0}
    for start, end, entry in matches:
        if any(blocked.tokens[start:end]):
            continue
        before = doc[start - 1].lower_.rstrip(".") if start else ""
        if before in SCHOOL_TITLES or (before == "van" and start > 1 and doc[start - 2].lower_ in lex.relations):
            continue  # "juf Elsa", "meester Max", "de moeder van Pluk"
        if entry.needs_context and entry.group >= 0 and entry.group not in groups \
                and not _among_characters(doc, start, matches):
            continue  # "Anna" without Frozen: a child; "Sonic, Zelda en Roblox": a character among characters
        if entry.needs_context and entry.group < 0 and before not in BRAND_BEFORE \
                and not _among_brands(doc, start, matches):
            continue  # "Nike uit groep 3", "het boek van Dirk": a child; "bij de Dirk", "van Nike, van Adidas": the brand
        for k in range(start, end):
            blocked.tokens[k] = True
        blocked.ends.add(end)
        if entry.group < 0 and (before in BRAND_BEFORE or before in SHOP_BEFORE):
            blocked.brand_ends.add(end)  # "van Plus Van den Berg"; not "de rijzende ster Polo Montanez"
    return blocked


def _block_quoted_titles(doc, blocked: Blocked) -> None:  # noqa: ANN001
    """"groep 3 zong "Rudolph the Red-Nosed Reindeer"": the quoted words are a title, not persons."""
    text = doc.text
    starts = [t.idx for t in doc]
    for i, token in enumerate(doc):
        close = QUOTE_PAIRS.get(token.text)
        if close is None or token.whitespace_:
            continue
        end_char = text.find(close, token.idx + 1)
        if end_char < 0 or end_char - token.idx > TITLE_MAX or "\n" in text[token.idx:end_char]:
            continue
        line_start = text.rfind("\n", 0, token.idx) + 1
        before = SENTENCE_END.split(text[max(line_start, token.idx - TITLE_CUE_REACH):token.idx])[-1]
        if TITLE_CUE.search(before) is None and ENGLISH.search(text[token.idx + 1:end_char]) is None:
            continue
        last = _token_index(starts, end_char - 1)
        for k in range(i + 1, last + 1):
            blocked.tokens[k] = True


def _block_shortened_compounds(doc, blocked: Blocked) -> None:  # noqa: ANN001
    """"Noord- en Oost-Gelderland", "basis- of voortgezet": a word cut off at a hyphen is half a compound."""
    joiners = {"en", "of", "t/m", "tot"}
    for i in range(len(doc) - 1):
        if len(doc[i].text) > 2 and doc[i].text.endswith("-") and doc[i].whitespace_ and doc[i + 1].lower_ in joiners:
            blocked.tokens[i] = True  # "Noord-" as one token
        elif (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and doc[i + 1].whitespace_
                and doc[i + 2].lower_ in joiners):
            blocked.tokens[i] = True


@functools.cache
def _animals() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in (OWN_DATA / "animals.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=65536)
def _animal(word: str) -> bool:
    """"konijn", "panda's", "pinguïns", "klassenkonijn" (a compound ends in an animal of 4+ letters)."""
    words = _animals()
    forms = [word] + [word[: -len(p)] for p in ANIMAL_PLURALS if word.endswith(p) and len(word) > len(p) + 2]
    return any(form in words or any(form[k:] in words for k in range(1, len(form) - 3)) for form in forms)


def _block_animal_names(doc, blocked: Blocked) -> None:  # noqa: ANN001
    """An animal's name: right after the animal ("konijn Snuffie") or after "heet"/"heten" soon after it,
    and the same name elsewhere in the post."""
    n = len(doc)
    names: set[str] = set()
    for i in range(n):
        if not doc[i].text[:1].islower() or not _animal(doc[i].lower_):
            continue
        k = i + 1
        if not (k < n and doc[k].text[:1].isupper()):
            k = next((j + 1 for j in range(i + 1, min(n, i + ANIMAL_REACH))
                      if doc[j].lower_ in NAMING_VERBS), 0)
            if not k or "\n\n" in doc.text[doc[i].idx:doc[k - 1].idx]:
                continue
        while k < n and (doc[k].text[:1].isupper() or (doc[k].lower_ in {"en", ","} and k + 1 < n
                                                       and doc[k + 1].text[:1].isupper())):
            blocked.tokens[k] = True
            if doc[k].text[:1].isupper():
                names.add(doc[k].text)
            k += 1
    for k in range(n):  # "Xing Ya at de hele dag bamboe": the animal further on in the post
        if doc[k].text in names:
            blocked.tokens[k] = True


def _among_characters(doc, start: int, matches: list) -> bool:  # noqa: ANN001
    """Is another character or title that is no first name named close by in the same sentence?"""
    at = doc[start].idx
    for other, _, entry in matches:
        if entry.group < 0 or entry.needs_context or other == start or abs(doc[other].idx - at) > CHARACTER_NEIGHBOURHOOD:
            continue
        low, high = sorted((at, doc[other].idx))
        between = doc.text[low:high]
        if LIST_BETWEEN.search(between) and not SENTENCE_END.search(between) and not re.search(r"[\n:;]", between):
            return True
    return False


def _among_brands(doc, start: int, matches: list) -> bool:  # noqa: ANN001
    """Is another shop or brand that is no first name named close by on the same line?"""
    at = doc[start].idx
    line_start, line_end = doc.text.rfind("\n", 0, at), doc.text.find("\n", at)
    line_end = line_end if line_end >= 0 else len(doc.text)
    return any(entry.group < 0 and not entry.needs_context and other != start
               and line_start < doc[other].idx < line_end and abs(doc[other].idx - at) <= BRAND_NEIGHBOURHOOD
               for other, _, entry in matches)


def public_or_street(doc, start: int, end: int, blocked: Blocked, lex: Lexicons) -> bool:  # noqa: ANN001
    """Is the person found at tokens [start, end) an author, a public figure or a street here?"""
    words = [doc[k].text for k in range(start, end)]
    k = end
    while k < len(doc) and k < end + 3 and doc[k].lower_ in STREET_INTERFIXES:
        k += 1
    if k > end and k < len(doc):
        words.append(doc[k].text)  # "Willem" before "de Zwijgerlaan"
    if any(STREET_SURE.match(w) or (STREET.match(w) and w not in lex.surnames) for w in words):
        return True  # "Michiel de Ruyterstraat", "Dr. Schaepmanstraat", "Prins Bernhardplein"
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].whitespace_ == " " \
            and len(words) < 4 and blocked.tokens[start - 1]:
        start -= 1  # "van Andy Griffiths" with "Andy" taken for a character: the name starts there
        words.insert(0, doc[start].text)
    line_start = doc.text.rfind("\n", 0, doc[start].idx) + 1
    context = doc.text[max(line_start, doc[start].idx - 80) : doc[start].idx]
    if PLACE_BEFORE.search(context):
        return True
    before = context.lower().rsplit(None, 1)[-1] if context.strip() else ""
    if before in {"van", "-", "–", "—", "("} and _after_blocked_title(doc, start, blocked):
        return _full_name(words)  # "Harry Potter en de Steen der Wijzen van J.K. Rowling", "Dolfje Weerwolfje - Paul van Loon"
    if not _full_name(words):
        return False
    if WORK_BEFORE.search(context) or WRITER_COLON.search(context):
        return True
    co_author = CO_AUTHOR.search(context)  # "*De Gruffalo* van Julia Donaldson en Axel Scheffler"
    return co_author is not None and WORK_BEFORE.search(context[:co_author.start()]) is not None


def _after_blocked_title(doc, start: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """Does a listed title end just before "van" at start - 1?"""
    k = start - 1
    while k >= 0 and (doc[k].is_space or doc[k].lower_ in {"van", "-", "–", "—", "("}):
        k -= 1
    return (k + 1) in blocked.ends


def _full_name(words: list[str]) -> bool:
    """A first name and a surname, or initials: "Max Velthuijs", "J.K. Rowling"; not "Sanne"."""
    parts = [w for w in words if w[:1].isalpha()]
    return len(parts) >= 2 or any(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words)
