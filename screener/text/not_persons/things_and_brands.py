"""A name-like word that names a thing or a brand by how the text uses it: the maker of a product
("havermelk van Oatly", "de tenues (Nike, rood-wit)"), a brand joined to a thing ("Nike-schoenen"),
a brand among other brands on its line ("van Nike, van Adidas"), the first half of a compound
("de Ollie-bal"), or a cell under a table column of songs, teams or dishes ("| Lied |"), or a performer under a playlist's "| artiest |"."""

from __future__ import annotations

import re

from screener.text import vocabulary
from screener.text.not_persons.school_context import WORD, pupil_beside


BRAND_NEIGHBOURHOOD = 80  # characters: "van Nike, van Adidas": a brand among brands
SENTENCE_END = re.compile(r"[.!?:](?=\s)")  # between two words: another sentence, or a sender's message
# a table column that holds things, not people: the header above the cell says what kind of thing
THING_HEADER = re.compile(
    r"^(?:lied(?:je)?s?|liederen|nummers?|titels?|boek(?:en)?|films?|voorstelling(?:en)?|teams?|teamnaam|groepsnaam|"
    r"product(?:en)?|artikel(?:en)?|merk(?:en)?|winkels?|sponsors?|menu|gerecht(?:en)?|drinken|eten|wat|"
    r"onderdeel|onderdelen|activiteit(?:en)?|spel(?:len)?|thema'?s?|materialen|materiaal|voorwerp(?:en)?|methode)\s*:?$",
    re.IGNORECASE,
)
# a column of a playlist or a concert's programme that names who performs the song
PERFORMER_HEADER = re.compile(r"^(?:artiest(?:en)?|artist(?:s)?|zanger(?:es)?|zangers|band|uitvoering|uitvoerende|"
                              r"componist(?:en)?|door)\s*:?$", re.IGNORECASE)
# things a brand makes, as the last part of the word before "van <brand>": "havermelk van Oatly", "vulpen van Stabilo"
PRODUCT_HEADS = ("melk", "kaas", "koek", "koeken", "koekjes", "pepernoten", "kruidnoten", "chocolade", "chocola", "sap",
                 "limonade", "ranja", "yoghurt", "vla", "pindakaas", "hagelslag", "beschuit", "chips", "repen", "snoep",
                 "drinken", "frisdrank", "thee", "koffie", "pen", "pennen", "vulpen", "potloden", "stiften", "markers",
                 "lijm", "verf", "plakband", "tape", "boter", "olie", "friet", "frietjes", "muesli", "cruesli", "saus",
                 "appelmoes", "bladerdeeg", "puffer", "pleisters", "sneakers", "schoenen", "tenues", "outfit", "schaatsen",
                 "bus", "busje", "bussen", "touringcar", "pak", "mix",  # "de bus van Hoftijzer": the bus company's
                 # what a shop or a web shop sells or hands out: "een cadeaubon van Bol of Fonq", "de schmink van X"
                 "bon", "bonnen", "cadeaukaart", "kortingscode", "schmink", "set", "make-up")


PRODUCT_JOINS = {"van", "(", ",", "en", "of"}  # what stands right before a maker: "melk van Alpro", "(Nijdam, Zandstra)"


def product_of(doc, i: int) -> bool:  # noqa: ANN001
    """Is the word at i the maker of the thing before it: "havermelk van Oatly", "een vulpen van Stabilo",
    "de tenues (Nike, rood-wit)", "zijn puffer (Ventolin)"? A child owns a bag or a coat, not oat milk."""
    if i < 2 or doc[i - 1].lower_ not in PRODUCT_JOINS:
        return False  # the quick way out: no "van", "(" or list before the word
    k = i - 1
    while k >= 2 and doc[k].lower_ in {",", "en", "of"} and doc[k - 1].text[:1].isupper():
        k -= 2  # "(Nijdam, Zandstra)": the makers in a list
    if k >= 1 and doc[k].lower_ in {"van", "("} and doc[k - 1].text[1:].islower() and doc[k - 1].text[:1].isalpha() \
            and doc[k - 1].lower_.endswith(PRODUCT_HEADS):
        head = next(h for h in PRODUCT_HEADS if doc[k - 1].lower_.endswith(h))
        return doc[k - 1].lower_ == head or len(doc[k - 1].text) - len(head) >= 3  # "sojamelk"; not "open"
    return False


HTML_CELL_MAX = 80  # characters: an HTML table's cell, one to a line as the documents stage hands it over


def names_a_thing(doc, start: int, end: int) -> bool:  # noqa: ANN001
    """Is the name-like span at tokens [start, end) the name of a thing by how the text uses it: the first
    half of a compound ("de Ollie-bal", "een Lotus-koekje", "de Bas-app": Dutch joins a brand or character
    to a thing, never a child: that is "de tas van Bas"), or a cell of a table column that holds songs,
    teams, products or dishes ("| Lied |" above "| Berend Botje |", "| Team |" above "| De Snelle Jelles |")?"""
    text = doc.text
    at = doc[end - 1].idx + len(doc[end - 1].text)
    if text[at:at + 1] == "-" and text[at + 1:at + 2].islower():
        word = WORD.match(text, at + 1)
        if word and len(word.group()) >= 3 and (vocabulary.is_lower_case_word(word.group())
                                                or vocabulary.is_lower_case_word(doc[end - 1].lower_)
                                                or _verb_compound(word.group())):  # "de Wilhelmus-knutselles"
            # "Zwart-witfoto": an ordinary word joined to a lower-case tail
            return True
    at = doc[start].idx
    line_start = text.rfind("\n", 0, at) + 1
    if text.startswith(" ", line_start):  # a Markdown row opens with its blanked bar; its cells stand 3 spaces apart
        line_end = text.find("\n", at)
        table = text.find("   ", line_start, len(text) if line_end < 0 else line_end) >= 0
    else:  # an HTML cell: a short line between blank lines
        table = at - line_start <= HTML_CELL_MAX and text.startswith("\n\n", max(0, line_start - 2)) \
            and text.find("\n", at, line_start + HTML_CELL_MAX + 1) >= 0 and text.startswith("\n\n", text.find("\n", at))
    if not table:
        return False  # the quick way out: no table row (a Markdown row opens with its blanked bar, an HTML cell is a
        # short line between blank lines)
    from screener.text.recognizers import table_column  # here: the recognizers import this stage

    if table_column.headed(text, doc[start].idx, THING_HEADER):
        return True
    # "| Dikke Freddy |" under "| artiest |": a playlist's performer, public by the song; "| Sem (groep 4) |" a pupil
    return table_column.headed(text, doc[start].idx, PERFORMER_HEADER) and not pupil_beside(doc, start, end)


def _verb_compound(word: str) -> bool:
    """"knutselles", "speelmiddag": a verb's stem and a listed word, as Dutch joins them (knutselen + les)."""
    return len(word) >= 7 and any(
        vocabulary.is_lower_case_word(word[split:]) and vocabulary.is_lower_case_word(word[:split] + "en")
        for split in range(3, len(word) - 2))


def product_compound(text: str, doc, end: int) -> bool:  # noqa: ANN001
    """"Nike-schoenen", "Calvé-pindakaas", "Lego-blokjes": a brand joined to a thing by a hyphen."""
    at = doc[end - 1].idx + len(doc[end - 1].text)
    return text[at:at + 1] == "-" and text[at + 1:at + 2].islower()


def among_brands(doc, start: int, matches: list) -> bool:  # noqa: ANN001
    """Is another shop or brand that is no first name named close by in the same sentence of the line? A
    sentence or a chat sender's label ends between them: "Dirk Mulder: ik bak een kerststol", "Haha top Dirk! Wie
    doet de chocomel?" name a person, "bij Dirk, Lidl of de Jumbo" shops."""
    at = doc[start].idx
    line_start, line_end = doc.text.rfind("\n", 0, at), doc.text.find("\n", at)
    line_end = line_end if line_end >= 0 else len(doc.text)
    return any(entry.group < 0 and not entry.needs_context and other != start
               and line_start < doc[other].idx < line_end and abs(doc[other].idx - at) <= BRAND_NEIGHBOURHOOD
               and not SENTENCE_END.search(doc.text, min(at, doc[other].idx), max(at, doc[other].idx))
               for other, _, entry in matches)
