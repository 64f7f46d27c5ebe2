"""Street address with a house number ("Kerkstraat 12a", "Prof. Lorentzlaan 3", "Dorpsstr. 4")
or a post office box ("Postbus 123").

A street is recognised by its Dutch suffix (straat, laan, weg, plein, gracht, ...), also in the
abbreviations of the BAG and of address labels (str, ln, wg, pln, ...), or, after a form's label
"Adres:" or "Woonadres:", by its place before a house number ("Adres: Brink 12 A2").
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from screener.text import vocabulary
from screener.text.recognizers.base import Either, NlPatternRecognizer, casefolded

SUFFIXES = (
    "straat|str|laan|ln|weg|wg|plein|pln|plantsoen|plnts|gracht|gr|kade|singel|sngl|dijk|dyk|dreef|drf|"
    "hof|hf|markt|mrkt|pad|pd|park|prk|steeg|stg|baan|bolwerk|dam|pier|wal|erf|veld|allee|boulevard|"
    "oord|zijde|kamp|akker|haven|burcht|berg|hoeve|hout|kwartier|passage|promenade|rade|vaart|"
    "wetering|weide|wijk|dries|donk|polder|stede|straatje|steegje|brink|horst|tuin|tuinen|hoven|erven|pleintje"
)
# "12a", "12 A", "12 A2" (a letter and a digit after a space), "14-B", "12-2", "12-3hg", "12/3", "12-bis", "12 hs",
# "12-II", "12 zw" (zwart: the number without a house), "12 bv" (bovenwoning); "t/o 14", "bij 14" (a houseboat's
# place, across from or at a number)
HOUSE_NUMBER = (r"(?:(?:t/o|tegenover|bij) )?\d{1,4}(?:(?: ?[a-zA-Z](?: ?\d{1,2})?)(?![\w/])|bis\b|-[a-zA-Z]\d{0,2}(?![\w])"
                r"|-\d{1,3}(?: ?(?:hg|hoog))?|/\d{1,3}(?![\d/])"
                r"|(?:\s?-\s?|\s)(?:hs|bis|huis|boven|beneden|bg|bv|bov|rd|zw|ws|\d?hg|I{1,3}|IV)\b)?")
STREET_WORD = r"\p{Lu}[\p{L}'-]*?(?:" + SUFFIXES + r")\.?"
PREFIX_WORD = r"(?:\p{Lu}[\p{L}.]* (?:(?:van|de|der|den|het|'t|ter|ten|v\.|d\.) ){0,2})"


class _StreetBeforeNumber:
    """NEEDS of the address patterns: a street's suffix (and maybe a dot) just before a space and a digit,
    or "postbus". Looked for from each space before a digit, backwards: the pattern itself tries its
    capitalised words at every position of the text."""

    SPACE_DIGIT = regex.compile(r"[ \t]\d")
    ENDINGS = tuple(SUFFIXES.split("|"))
    BEFORE_NUMBER = regex.compile(r"(?:[ \t]+(?:t/o|tegenover|bij))?[ \t]*$")  # "Kerkstraat t/o 14", "Kerkstraat  12"

    def search(self, text: str) -> object | None:
        if "postbus" in casefolded(text):
            return True
        for match in self.SPACE_DIGIT.finditer(text):
            street = text[max(0, match.start() - 30):match.start()]
            if street.endswith((" ", "\t", "o", "j", "r")):
                street = street[:self.BEFORE_NUMBER.search(street).start()]
            if street.removesuffix(".").endswith(self.ENDINGS):
                return match
        return None


STREET_BEFORE_NUMBER = _StreetBeforeNumber()
ADDRESS_LABEL = regex.compile(r"(?i)\b(?:woon|huis|thuis)?adres(?: \p{Ll}+)?[ \t]*:")


class NlAddressRecognizer(NlPatternRecognizer):
    ENTITY = "A2-ADRES"
    PATTERNS = [
        Pattern("street_number", r"(?<![\p{L}\d])" + PREFIX_WORD + r"{0,3}" + STREET_WORD + r"(?: {1,2}|\t)" + HOUSE_NUMBER + r"(?![\d\p{L}])", 0.6),
        Pattern("postbus", r"(?i:\bpostbus) \d{1,5}", 0.7),
        # a form's or list's address after its label, whatever the street is called: "Adres: Brink 12 A2",
        # "Woonadres kind: Het Laar 5"
        Pattern("labelled", r"(?<=\b(?i:(?:woon|huis|thuis)?adres)(?: \p{Ll}+)?[ \t]*:[ \t]*)\p{Lu}[\p{L}'.-]*"
                r"(?: (?:\p{Lu}[\p{L}'.-]*|van|de|der|den|het|'t|ter|ten)){0,3} " + HOUSE_NUMBER + r"(?![\d\p{L}])", 0.6),
    ]
    CONTEXT = ["adres", "woont", "wonen", "straat", "postcode", "bezoekadres", "postadres"]
    REGEX_FLAGS = regex.MULTILINE
    NEEDS = Either(STREET_BEFORE_NUMBER, ADDRESS_LABEL)
    PATTERN_NEEDS = {"street_number": STREET_BEFORE_NUMBER, "postbus": STREET_BEFORE_NUMBER, "labelled": ADDRESS_LABEL}

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        """Not an event and its year or day: "Kerstmarkt 2025", "Zomerkamp 12/7" (an ordinary word, then a year
        or a day and month)."""
        words = text[result.start:result.end].split()
        if len(words) >= 2 and EVENT_DATE.fullmatch(words[-1]) and vocabulary.is_lower_case_word(words[-2].lower()):
            return False
        return True


EVENT_DATE = regex.compile(r"(?:199\d|20[0-3]\d)|\d{1,2}/\d{1,2}")  # "Kerstmarkt 2025", "Zomerkamp 12/7"
