"""Street address with a house number ("Kerkstraat 12a", "Prof. Lorentzlaan 3", "Dorpsstr. 4", "Dorpsstraat nr. 12")
or a post office box ("Postbus 123").

A street is recognised by its Dutch suffix (straat, laan, weg, plein, gracht, brug, ...; across the border straße,
gasse, platz), also in the abbreviations of the BAG and of address labels (str, ln, wg, pln, ...), typed in lower
case where a sentence puts an address ("we wonen op de merelstraat 7"), by its type first ("Laan van Borgele 40",
"Hof van Colmschate 3"), or, after a form's label "Adres:" or "Woonadres:", by its place before a house number
("Adres: Brink 12 A2"). An address abroad has its number first ("14B Kowhai Crescent", "12 rue Victor Hugo").
A count after a name is no house number ("De Vlinderhof 50 jaar").
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from screener.text import vocabulary
from screener.text.recognizers.base import Either, NlPatternRecognizer, after, before, casefolded

SUFFIXES = (
    "straat|str|laan|ln|weg|wg|plein|pln|plantsoen|plnts|gracht|gr|kade|singel|sngl|dijk|dyk|dreef|drf|"
    "hof|hf|markt|mrkt|pad|pd|park|prk|steeg|stg|baan|bolwerk|dam|pier|wal|erf|veld|allee|boulevard|"
    "oord|zijde|kamp|akker|haven|burcht|berg|hoeve|hout|kwartier|passage|promenade|rade|vaart|"
    "wetering|weide|wijk|dries|donk|polder|stede|straatje|steegje|brink|horst|tuin|tuinen|hoven|erven|pleintje|"
    # a bridge or a gate a street is named after ("Leeuwenbrug", "Noorderpoort"), and a street across the border
    # ("Hauptstraße 5", "Bahnhofstrasse", "Mühlengasse", "Marktplatz")
    "brug|poort|heuvel|waard|gaarde|straße|strasse|gasse|platz"
)
# "12a", "12 A", "12 A2" (a letter and a digit after a space), "14-B", "12-2", "12-3hg", "12/3", "12-bis", "12 hs",
# "12-II", "12 zw" (zwart: the number without a house), "12 bv" (bovenwoning); "t/o 14", "bij 14" (a houseboat's
# place, across from or at a number); "nr. 12" ("Dorpsstraat nr. 12")
HOUSE_NUMBER = (r"(?:(?:t/o|tegenover|bij|nr\.?|no\.?|nummer) )?\d{1,4}(?:(?: ?[a-zA-Z](?: ?\d{1,2})?)(?![\w/])|bis\b|-[a-zA-Z]\d{0,2}(?![\w])"
                r"|-\d{1,3}(?: ?(?:hg|hoog))?|/\d{1,3}(?![\d/])"
                r"|(?:\s?-\s?|\s)(?:hs|bis|huis|boven|beneden|bg|bv|bov|rd|zw|ws|\d?hg|I{1,3}|IV)\b)?")
LOWER_SUFFIXES = "straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|steeg|pad|brug"  # the unmistakable ones
STREET_WORD = r"\p{Lu}[\p{L}'-]*?(?:" + SUFFIXES + r")\.?"
PREFIX_WORD = r"(?:\p{Lu}[\p{L}.]* (?:(?:van|de|der|den|het|'t|ter|ten|v\.|d\.) ){0,2})"


class _StreetBeforeNumber:
    """NEEDS of the address patterns: a street's suffix (and maybe a dot) just before a space and a digit,
    or "postbus". Looked for from each space before a digit, backwards: the pattern itself tries its
    capitalised words at every position of the text."""

    SPACE_DIGIT = regex.compile(r"[ \t]\d")
    ENDINGS = tuple(SUFFIXES.split("|"))
    # "Kerkstraat t/o 14", "Kerkstraat  12", "Dorpsstraat nr. 12"
    BEFORE_NUMBER = regex.compile(r"(?:[ \t]+(?:t/o|tegenover|bij|nr\.?|no\.?|nummer))?[ \t]*$")

    def search(self, text: str) -> object | None:
        if "postbus" in casefolded(text):
            return True
        for match in self.SPACE_DIGIT.finditer(text):
            street = text[max(0, match.start() - 30):match.start()]
            if street.endswith((" ", "\t", "o", "j", "r", ".")):
                street = street[:self.BEFORE_NUMBER.search(street).start()]
            if street.removesuffix(".").endswith(self.ENDINGS):
                return match
        return None


STREET_BEFORE_NUMBER = _StreetBeforeNumber()


class _LowerStreetBeforeNumber:
    """NEEDS of the lower-case street ("we wonen op de merelstraat 7"): looked for from each space before a digit,
    backwards, in the few characters before it; the pattern's look-behind is costly at every position of a text."""

    STREET = regex.compile(r"(?i:\b(?:op|aan|naar|adres:?|woont|wonen))[ \t](?:de[ \t]|het[ \t])?\p{Ll}[\p{Ll}'-]{2,}"
                           r"(?:" + LOWER_SUFFIXES + r")$")

    def search(self, text: str) -> object | None:
        for match in _StreetBeforeNumber.SPACE_DIGIT.finditer(text):
            if text[match.start() - 1:match.start()].islower() and self.STREET.search(text, max(0, match.start() - 40),
                                                                                        match.start()):
                return match
        return None
ADDRESS_LABEL = regex.compile(r"(?i)\b(?:woon|huis|thuis)?adres(?: \p{Ll}+)?[ \t]*:")

# an address abroad, written the way its country does, the number first: "14B Kowhai Crescent", "221 Maple Avenue",
# "Flat 3, 12 Kings Road", "12 rue Victor Hugo", "3, avenue des Tilleuls"
ENGLISH_STREET_TYPES = ("Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Crescent|Cres|Close|Court|Place|Way|Terrace|"
                        "Boulevard|Blvd|Grove|Gardens|Square|Parkway|Highway|Row|Mews|Walk|Parade|Circle")
FRENCH_STREET_TYPES = "rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route|chaussée|drève"
NUMBER_FIRST = (r"(?<![\p{L}\d.,/:-])\d{1,5}(?:[A-Za-z]|-\d{1,4}| ?(?:bis|ter))?,?[ \t]"
                r"(?:(?:\p{Lu}[\p{L}'’-]*[ \t]){1,3}(?:" + ENGLISH_STREET_TYPES + r")\.?"
                r"|(?i:" + FRENCH_STREET_TYPES + r")[ \t](?:(?:de la|de l'|du|des|de|d'|la|le)[ \t]?)?"
                r"\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}\d])"
                # where an address ends: before a comma, the line's end or the town ("12 Kings Road in Brighton");
                # not a title in a sentence ("in 12 Main Street (een toneelstuk)")
                r"(?=[ \t]*(?:[,;\n]|$|(?:in|te)\b))")
TYPE_FIRST = r"(?<![\p{L}\d])(?:Laan|Weg|Hof|Plein|Kade|Dijk|Straat|Singel|Park)[ \t](?:van|naar|der|over|langs|om|op|ten|ter)[ \t]"
TYPE_FIRST_NEEDS = regex.compile(TYPE_FIRST)
# what NUMBER_FIRST cannot match without: an English street's type as a word, or a French one after a number (two
# searches: either is quick, one of alternatives is not)
STREET_TYPE_AFTER_NUMBER = Either(regex.compile(r"\b(?:" + ENGLISH_STREET_TYPES + r")\b"),
                                  regex.compile(r"\d,?[ \t](?i:" + FRENCH_STREET_TYPES + r")[ \t]"))


class NlAddressRecognizer(NlPatternRecognizer):
    ENTITY = "A2-ADRES"
    PATTERNS = [
        Pattern("street_number", r"(?<![\p{L}\d])" + PREFIX_WORD + r"{0,3}" + STREET_WORD + r"(?: {1,2}|\t)" + HOUSE_NUMBER + r"(?![\d\p{L}])", 0.6),
        Pattern("postbus", r"(?i:\bpostbus) \d{1,5}", 0.7),
        # a form's or list's address after its label, whatever the street is called: "Adres: Brink 12 A2",
        # "Woonadres kind: Het Laar 5"
        Pattern("labelled", r"(?<=\b(?i:(?:woon|huis|thuis)?adres)(?: \p{Ll}+)?[ \t]*:[ \t]*)\p{Lu}[\p{L}'.-]*"
                r"(?: (?:\p{Lu}[\p{L}'.-]*|van|de|der|den|het|'t|ter|ten)){0,3} " + HOUSE_NUMBER + r"(?![\d\p{L}])", 0.6),
        Pattern("number_first", NUMBER_FIRST, 0.6),
        # a street whose type comes first: "Laan van Borgele 40", "Hof van Colmschate 3", "Weg naar Laren 12"
        Pattern("type_first", TYPE_FIRST + r"(?:(?:van|de|der|den|het|'t|ter|ten)[ \t])*\p{Lu}[\p{L}'-]*"
                r"(?:[ \t](?:\p{Lu}[\p{L}'-]*|van|de|der|den|het|'t|ter|ten)){0,3}[ \t]" + HOUSE_NUMBER
                + r"(?![\d\p{L}])", 0.6),
        # a street typed in lower case in a chat, where a sentence puts an address: "we wonen op de merelstraat 7"
        Pattern("street_lower", r"(?<=\b(?i:op|aan|naar|adres:?|woont|wonen)[ \t](?:de[ \t]|het[ \t])?)\p{Ll}[\p{Ll}'-]{2,}"
                r"(?:" + LOWER_SUFFIXES + r")[ \t]" + HOUSE_NUMBER + r"(?![\d\p{L}])", 0.6),
    ]
    CONTEXT = ["adres", "woont", "wonen", "straat", "postcode", "bezoekadres", "postadres"]
    REGEX_FLAGS = regex.MULTILINE
    NEEDS = Either(Either(STREET_BEFORE_NUMBER, ADDRESS_LABEL), Either(STREET_TYPE_AFTER_NUMBER, TYPE_FIRST_NEEDS))
    PATTERN_NEEDS = {"street_number": STREET_BEFORE_NUMBER, "postbus": STREET_BEFORE_NUMBER, "labelled": ADDRESS_LABEL,
                     "number_first": STREET_TYPE_AFTER_NUMBER, "street_lower": _LowerStreetBeforeNumber(),
                     "type_first": TYPE_FIRST_NEEDS}

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        """Not an event and its year or day: "Kerstmarkt 2025", "Zomerkamp 12/7" (an ordinary word, then a year
        or a day and month); not a count after a name ("De Vlinderhof 50 jaar", "Zonnehof 12 kinderen"); not a
        group's or a list's number before a title ("groep 8 Sesame Street", "top 3 Best Way")."""
        words = text[result.start:result.end].split()
        if len(words) >= 2 and EVENT_DATE.fullmatch(words[-1]) and vocabulary.is_lower_case_word(words[-2].lower()):
            return False
        if COUNT_AFTER.match(after(text, result, 20)):
            return False
        pattern = result.analysis_explanation.pattern_name if result.analysis_explanation is not None else ""
        return not (pattern == "number_first" and NUMBERED_BEFORE.search(before(text, result, 20)))


# what a number counts when it is no house number: "50 jaar", "12 kinderen", "3 keer", "25%"
COUNT_AFTER = regex.compile(r"^[ \t]*(?:%|(?:jaar|jarig|jaren|keer|maal|kinderen|leerlingen|ouders|leden|mensen|"
                            r"deelnemers|procent|euro|minuten|uur|dagen|weken|maanden|meter|km|kilometer)\b)",
                            regex.IGNORECASE)
NUMBERED_BEFORE = regex.compile(r"\b(?:groep|klas|top|nr|nummer|hoofdstuk|les|week|dag|pagina|blz|level|seizoen|"
                                r"deel|aflevering|stap|opdracht)\.?[ \t]*$", regex.IGNORECASE)


EVENT_DATE = regex.compile(r"(?:199\d|20[0-3]\d)|\d{1,2}/\d{1,2}")  # "Kerstmarkt 2025", "Zomerkamp 12/7"
