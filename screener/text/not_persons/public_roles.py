"""A found person who is named in a public role or is a street (`public_or_street`).

A street ("Michiel de Ruyterstraat", "Prins Bernhardplein", a route's "via de Pothoofd en de Brink"), a saint, a park or a venue ("Laan van
Borgele", "Sint Maarten"), a character said to come out of a story ("Charlotte (uit het boek van E.B.
White)"), a town's office ("burgemeester Ron König"), or a published author by what the sentence says
plainly: a listed title before the full name ("Kruimeltje (Chris van Abkoude)", "*Dolfje Weerwolfje* van
X"), a book by its kind and quoted title ('het boek "Ik ben Neil Armstrong" van X'), the profession
("schrijfster X", not "Auteur: X" or "onze schrijver X"), what the person is known for in an apposition ("X, de
uitvinder van de Segway"; not "de bedenker van onze musical, X"), or a publisher, an ISBN or a book prize with
"het boek van X" / "geschreven door X"; songs, films and shows name their performer ("de liedjes van Juf
Roos"). A word of writing alone says nothing: pupils write, draw and sing too ("Een gedicht van Sem
Bakker (groep 7)", "geschreven door Fenna de Wit"), so those stay names; the known authors are in
`data/authors.txt`. A full name after "van" close to a listed author ("Gozert van Pieter Koolwijk"
beside "Polleke van Guus Kuijer"), or the second of two authors, is an author too. School context beside
the name keeps it a pupil's.
"""

from __future__ import annotations

import re

from screener.text.lexicons import Lexicons
from screener.text.not_persons.listed_phrases import Blocked, people
from screener.text.not_persons.school_context import PUPIL_WORK, pupil_beside, pupil_context, sentence_around, token_index


# a word of making a work, then "van" or "door": "het boek van X", "geschreven door X". Alone it says
# nothing: pupils write, draw and sing too ("Een gedicht van Sem Bakker (groep 7)"). Only with a sign of
# a published work in the sentence (PUBLISHED) is X the work's author.
WORK_BEFORE = re.compile(
    r"(?:\b(?:boek(?:je|en|jes)?|prentenboek(?:en)?|voorleesboek|verhaal|verhalen|verhaaltjes|gedicht(?:en)?|versjes?|"
    r"tekeningen|illustraties|plaatjes|roman|strip|werk|schilderij(?:en)?)\s+van|"
    r"\b(?:geschreven|bedacht|geïllustreerd|vertaald)\s+door|"
    r"[*_\"”’]\s*van)\s*$",
    re.IGNORECASE,
)
# songs, films and shows "van X" are a performer's, whose name is public: "de liedjes van Juf Roos",
# "een film van X", "gecomponeerd door X" (a pupil beside school context still stays a pupil)
MEDIA_BEFORE = re.compile(
    r"(?:\b(?:lied(?:je|jes|eren)?|nummers?|hits?|film|films|muziek|serie|album|cd|clip|musical|wijs)\s+van|"
    r"\b(?:gecomponeerd|geregisseerd|gezongen)\s+door)\s*$",
    re.IGNORECASE,
)
# the profession right before the name, without a colon: "schrijfster Carry Slee", "de illustrator X".
# Not "Auteur: Fenna de Wit" (a byline) and not "onze schrijver X" (the school's own).
MAKERS = ("schrijver", "schrijfster", "auteur", "illustrator", "illustratrice", "kinderboekenschrijver",
          "kinderboekenschrijfster", "kinderboekenauteur", "jeugdboekenschrijver", "jeugdboekenschrijfster", "dichter",
          "dichteres", "kinderdichter", "striptekenaar", "componist", "kunstenaar", "regisseur",
          # performers named for their performance: "door harpiste Lavinia Meijer"
          "harpist", "harpiste", "pianist", "pianiste", "violist", "violiste", "cellist", "celliste", "dirigent")  # not "schilder": a trade too
MAKER_BEFORE = re.compile(rf"(?<!onze )(?<!ons )(?<!jullie )(?<!mijn )\b(?:{'|'.join(MAKERS)})\s*$", re.IGNORECASE)
# a body of work: "uit de boeken van Piet Prins", "alle boeken van X" (a pupil's own work is one piece)
BODY_OF_WORK = re.compile(r"\b(?:de|alle|zijn|haar)\s+(?:boeken|prentenboeken|verhalen|liedjes|films|strips)\s+van\s*$",
                          re.IGNORECASE)
# a sign in the sentence that the work is published: a publisher, an ISBN, a prize for books
PUBLISHED = re.compile(
    r"\b(?:uitgeverij|uitgever|uitgegeven|verschenen\s+bij|isbn|bestseller|gouden\s+griffel|zilveren\s+griffel|"
    r"griffel|penseel|boekenweekgeschenk|kinderboekenweekgeschenk|prentenboek\s+van\s+het\s+jaar|bekroond|"
    r"in\s+de\s+boekhandel|vertaald\s+(?:door|uit))",
    re.IGNORECASE,
)
STORY_AFTER = re.compile(r"\s*[(,–-]\s*(?:de\s+\w+\s+)?uit\s+(?:het|de|een)\s+(?:\w+)?(?:boek|film|serie|verhaal|sprookje|"
                         r"strip|game|spel|musical|voorstelling|tekenfilm|liedje)\w*\b", re.IGNORECASE)
CUE_REACH = 40  # characters before a name that hold the cue of an author: "kinderboekenschrijfster "
STREET = re.compile(r"\w{2,}(?:straat|laan|plein|weg|singel|gracht|kade|dreef|plantsoen|allee|boulevard|steeg|"
                    r"straatje|pad|hof|park|dijk|kwartier|markt)$", re.IGNORECASE)
SAINTS = {"sint", "sinte", "st"}  # "Sint Lebuïnus", "St. Jozef": a saint's name (a church, a school, a scout group)
STREET_INTERFIXES = {"de", "van", "der", "den", "'t", "ter", "ten", "het"}
# a word that makes the name after it a street, park, venue or saint: "Laan van Borgele", "sportpark Zandweerd",
# "Sint Maarten", "landgoed De Haere"
# ("park" without "\b\w*" before it: any word that ends in "park" matches alike, and re no longer reads the
# rest of each word at every word's start)
PLACE_BEFORE = re.compile(r"(?:\b(?:laan|plein|hof|wijk|kasteel|landgoed|huize|camping|sint|sinte|st\.?)|park)"
                          r"\s+(?:van\s+(?:de\s+|der\s+|den\s+)?)?$", re.IGNORECASE)
# a word that makes the name after it a firm or a storm: "gesponsord door Fruitmasters", "storm Bram"
FIRM_OR_STORM_BEFORE = re.compile(r"\b(?:(?:gesponsord|gesponsorde|gesponserd|geleverd|gebakken)\s+door|hoofdsponsor|"
                                  r"storm|orkaan|tyfoon|cycloon)\s+$", re.IGNORECASE)
# a quoted title, then "van" (or "van" opens the name): what follows is its maker or performer
QUOTED_TITLE_VAN = re.compile(r"[\"”’]\s*(van\s*)?$")
# a book named by its kind and its quoted title, then "van": the full name after it is the author's
BOOK_TITLE_VAN = re.compile(r"\b(?:het|de|een)\s+(?:\w+)?(?:boek|roman|prentenboek|stripboek|leesboek|kinderboek)\s+"
                            r"[\"“„'‘*][^\"”’*\n]{2,60}[\"”’*]\s+van\s*$", re.IGNORECASE)
# "van Julia Donaldson en ": the author before this one, joined by "en" or a comma
CO_AUTHOR = re.compile(r"(?:[A-Z][\w.'’-]*\s+(?:(?:van|de|der|den|ter|ten|het|'t)\s+)*){1,3}(?:en|&|,)\s*$")
# "een echte schrijver bij groep 5 en 6: ": a published writer introduced before a colon. Not a byline
# ("Auteur: Fenna de Wit", "Schrijver van dit stuk: ..."): the writer must be called a real or known one
WRITER_COLON = re.compile(r"\b(?:echte|bekende|beroemde|professionele)\s+(?:kinderboeken)?(?:schrijver|schrijfster|"
                          r"auteur|illustrator|illustratrice|dichter|dichteres|tekenaar|kunstenaar|zanger|zangeres)\b"
                          r"[^.!?:]{0,40}:\s*$", re.IGNORECASE)
# what a full name is known for, in an apposition: "X, de uitvinder van de Segway", "de ontwerper van het circuit, X";
# not the school's own ("de bedenker van onze schoolmusical, X" is a parent or a child)
FOUNDERS = (r"(?:uitvinder|uitvindster|bedenker|bedenkster|ontwerper|ontwerpster|oprichter|oprichtster|grondlegger|"
            r"ontdekker|ontdekster|architect)\s+van\s+(?!onze\b|ons\b|jullie\b|mijn\b|de\s+school\b|het\s+schoolplein\b)")
ROLE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:de|het|een)[ \t]+(?:\w+[ \t]+)?" + FOUNDERS, re.IGNORECASE)
ROLE_BEFORE = re.compile(r"\b(?:de|het)[ \t]+(?:\w+[ \t]+)?" + FOUNDERS + r"[^,.;:!?\n]{1,50},[ \t]*$", re.IGNORECASE)
# a town's office right before the name: the person named in that role is public ("burgemeester Ron König",
# "de burgemeester van Deventer, Ron König", "wethouder Jansen"). Not ministers: news names them as persons
# (CoNLL's PER), and a school post that does names them in public_figures.txt.
OFFICE_BEFORE = re.compile(
    r"\b(?:burgemeester|loco-burgemeester|wethouder)"
    r"(?:\s+(?:van|voor)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,?\s*$",
    re.IGNORECASE,
)
# the office opening the name in a letter's salutation: "Geachte burgemeester König," (news names a mayor who
# acts as a person, CoNLL's PER: "burgemeester Foubert heeft beslist")
TOWN_OFFICES = {"burgemeester", "loco-burgemeester", "wethouder"}
ADDRESSED = re.compile(r"\b(?:geachte|beste|hooggeachte|lieve)\s*$", re.IGNORECASE)
STREET_SURE = re.compile(r"\w{2,}(?:straat|laan|plein|singel|gracht|kade|dreef|plantsoen|allee|boulevard|steeg)$",
                         re.IGNORECASE)


def _among_authors(doc, start: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """"Gozert van Pieter Koolwijk" in a reading list with "Polleke van Guus Kuijer", '"Zwart wit" van Frank Boeijen'
    after '"Ik hou van jou" van Guus Meeuwis': a full name after "van", close to a listed author or a listed singer
    after a quoted song named the same way, is a maker too."""
    at = doc[start].idx
    if not (start > 0 and doc[start - 1].lower_ == "van"):
        return False
    quoted = start >= 2 and doc[start - 2].text in CLOSING_QUOTES  # '"Zwart wit" van Frank Boeijen'
    return any(0 < abs(other - at) <= AUTHOR_REACH for other in blocked.authors + (blocked.performers if quoted else []))


CLOSING_QUOTES = {'"', "”", "’", "'"}


AUTHOR_REACH = 300  # characters: a reading list's few lines, or the same sentence


def _wrap(token) -> bool:  # noqa: ANN001
    """A whitespace token where a line wraps: one line break, or the spaces it became with the next line's indent
    (`analyzer.unwrapped`: "Karel de\n  Grotestraat" in a Markdown list item is read "Karel de   Grotestraat")."""
    return token.is_space and token.text.count("\n") <= 1


def _street_word_after(doc, end: int) -> int:  # noqa: ANN001
    """The token of a street's word ("Florislaan") right after the name ending at `end`, on its line or wrapped to
    the next, without a house number after it ("Sem Bakker Dorpsstraat 4" is a person and an address); else 0."""
    k = end
    if k < len(doc) and _wrap(doc[k]):
        k += 1
    if not (0 < k < len(doc)) or not STREET_SURE.match(doc[k].text) or "\n\n" in doc[k - 1].whitespace_:
        return 0
    return 0 if k + 1 < len(doc) and doc[k + 1].like_num else k


ROUTE_WORDS = {"via", "over"}  # what a route's list of streets follows: "via de Pothoofd en de Brink"
ROUTE_ITEMS = 4  # streets back to "via"


def _along_a_route(doc, start: int) -> bool:  # noqa: ANN001
    """"Terug via de Pothoofd en de Brink", "via de Snipperlingsdijk, de Brink en de Welle": a name joined by "en" or
    a comma to the streets after "via" or "over" in a route is a street too ("de" or "het" before each)."""
    k = start
    for _ in range(ROUTE_ITEMS):
        if doc[k].lower_ not in {"de", "het"} or k < 3 or doc[k - 1].lower_ not in {"en", ","}:
            return False
        k -= 2  # the item before the joiner: "de Brink", "de Snipperlingsdijk"
        while k > 0 and doc[k].text[:1].isupper() and doc[k - 1].text[:1].isupper():
            k -= 1  # "de Burgemeester Van Suchtelenstraat"
        if not doc[k].text[:1].isupper() or k < 2:
            return False
        k -= 1
        if doc[k].lower_ not in {"de", "het"}:
            return False
        if doc[k - 1].lower_ in ROUTE_WORDS:
            return True
    return False


def public_or_street(doc, start: int, end: int, blocked: Blocked, lex: Lexicons) -> bool:  # noqa: ANN001
    """Is the person found at tokens [start, end) an author, a public figure or a street here?"""
    words = [doc[k].text for k in range(start, end)]
    k = end
    while k < len(doc) and k < end + 3 and doc[k].lower_ in STREET_INTERFIXES:
        k += 1
    if k > end and k + 1 < len(doc) and _wrap(doc[k]):
        k += 1  # "Karel de\nGrootestraat": the street's name wrapped
    if k > end and k < len(doc):
        words.append(doc[k].text)  # "Willem" before "de Zwijgerlaan"
    elif _street_word_after(doc, end):
        words.append(doc[_street_word_after(doc, end)].text)  # "de Graaf Florislaan", "Karel de\nGrootestraat"
    if any(STREET_SURE.match(w) or (STREET.match(w) and w not in lex.surnames) for w in words):
        return True  # "Michiel de Ruyterstraat", "Dr. Schaepmanstraat", "Prins Bernhardplein"
    if _along_a_route(doc, start):
        return True  # "via de Snipperlingsdijk, de Brink en de Welle": the streets of a route
    if start > 0 and doc[start - 1].lower_.rstrip(".") in SAINTS and blocked.tokens[start - 1]:
        return True  # "Scouting Sint Lebuïnus": a saint, where "Sint" alone is taken for Sinterklaas
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].whitespace_ == " " \
            and len(words) < 4 and blocked.tokens[start - 1]:
        start -= 1  # "van Andy Griffiths" with "Andy" taken for a character: the name starts there
        words.insert(0, doc[start].text)
    line_start = doc.text.rfind("\n", 0, doc[start].idx) + 1
    context_start = max(line_start, doc[start].idx - 80)
    context = doc.text[context_start : doc[start].idx]
    if PLACE_BEFORE.search(context):
        return True  # "Laan van Borgele", "Sint Nicolaas", "landgoed Het Rode Koper"
    if FIRM_OR_STORM_BEFORE.search(context) and not pupil_beside(doc, start, end):
        return True  # "gesponsord door Fruitmasters", "code oranje vanwege storm Bram": a firm, a storm
    if _character_of_a_story(doc, end) and not pupil_beside(doc, start, end):
        return True  # "Charlotte (uit het boek van E.B. White)": a character, said so
    if (OFFICE_BEFORE.search(context) or (end - start >= 2 and doc[start].lower_ in TOWN_OFFICES
                                          and ADDRESSED.search(context))
            or (end - start >= 3 and doc[start].lower_ == "wethouder")) and not pupil_beside(doc, start, end):
        # ("wethouder Ellen Jansen (onderwijs)": a local paper names the alderman by office and full name; Belgian
        # news, CoNLL's, says "schepen")
        return True  # "de burgemeester van Deventer, Ron König", "Geachte burgemeester König": a public role
    name = words[: end - start]
    quoted_van = QUOTED_TITLE_VAN.search(context)
    if quoted_van and (quoted_van.group(1) or name[0].lower() == "van") and not pupil_beside(doc, start, end) \
            and not any(w in lex.first_names for w in name if w[:1].isupper()):
        return True  # 'zongen "Zeven dagen lang" van Bots': a song's band; not '"Herfst" van Sem'
    if not _full_name(name) or pupil_beside(doc, start, end):
        return False
    if _published_author(doc, start, end, blocked) or WRITER_COLON.search(context) or _among_authors(doc, start, blocked):
        return True
    if (ROLE_BEFORE.search(context) or ROLE_AFTER.match(doc.text, doc[end - 1].idx + len(doc[end - 1].text))) \
            and _of_the_past_or_famed(doc, start, end):
        return True  # "in 1998 bedacht door Dean Kamen, de uitvinder van de Segway", "genoemd naar de ontwerper van
        # het circuit, John Hugenholtz"; not "Sem Bakker, de uitvinder van de dopjesvanger" (a pupil's invention)
    if BOOK_TITLE_VAN.search(context) and not _pupils_work(doc, start, end):
        return True  # 'het boek "Ik ben Neil Armstrong" van Brad Meltzer': the book's author
    # "*De Gruffalo* van Julia Donaldson en Axel Scheffler": the second of two authors, when the first is one
    co_author = CO_AUTHOR.search(context)
    if co_author is None:
        return False
    first = token_index([t.idx for t in doc], context_start + co_author.start())
    first_name = " ".join(co_author.group(0).rstrip(" ,&").removesuffix(" en").split()).lower()
    return first_name in people() or _published_author(doc, first, end, blocked)


def _of_the_past_or_famed(doc, start: int, end: int) -> bool:  # noqa: ANN001
    """Does the sentence around the name place it in history or fame: a year before this century's twenties, "ooit",
    "vroeger", "beroemde", or a thing named after the person ("genoemd naar")?"""
    before, after = sentence_around(doc, start, end)
    return FAMED.search(before) is not None or FAMED.search(after) is not None


FAMED = re.compile(r"\b(?:1[0-9]{3}|20[01][0-9]|ooit|vroeger|beroemde?|wereldberoemde?|bekende|(?:ge|ver)noemd\s+naar)\b",
                   re.IGNORECASE)


def _character_of_a_story(doc, end: int) -> bool:  # noqa: ANN001
    """"Charlotte (uit het boek van E.B. White)", "Bolt, uit de film": a name said to come out of a story."""
    return STORY_AFTER.match(doc.text, doc[end - 1].idx + len(doc[end - 1].text)) is not None


def _published_author(doc, start: int, end: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """Does the sentence say plainly that the full name at [start, end) made a published work: a listed
    title before it ("Kruimeltje (Chris van Abkoude)", "*Dolfje Weerwolfje* van X"), the profession
    ("schrijfster X"), or a publisher, an ISBN or a book prize with "het boek van X" / "geschreven door X"?
    Never for a pupil: school context beside the name or a pupil's work in the sentence ("boekverslag")."""
    at = doc[start].idx
    near = doc.text[max(0, at - CUE_REACH):at]  # the cues end right before the name: cheap to look at first
    near = near[near.rfind("\n") + 1:]
    last = near.lower().rsplit(None, 1)[-1] if near.strip() else ""
    titled = last in {"van", "-", "–", "—", "("} and _after_blocked_title(doc, start, blocked)
    made = titled or MAKER_BEFORE.search(near) is not None or MEDIA_BEFORE.search(near) is not None \
        or BODY_OF_WORK.search(near) is not None
    if not made and WORK_BEFORE.search(near) is None:
        return False  # no cue at all: the common case for a name
    before, after = sentence_around(doc, start, end)
    if pupil_context(before, after) or PUPIL_WORK.search(before) or PUPIL_WORK.search(after):
        return False
    # "Harry Potter en de Steen der Wijzen van J.K. Rowling", "schrijfster Carry Slee", "de liedjes van Juf Roos"
    return made or (PUBLISHED.search(before) or PUBLISHED.search(after)) is not None


def _pupils_work(doc, start: int, end: int) -> bool:  # noqa: ANN001
    """School context beside the name, or a pupil's work in its sentence ("boekverslag", "schoolkrant")."""
    before, after = sentence_around(doc, start, end)
    return pupil_context(before, after) or PUPIL_WORK.search(before) is not None or PUPIL_WORK.search(after) is not None


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
