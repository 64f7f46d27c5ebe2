"""A postcode abroad: Polish "20-024", Portuguese "1250-096", five digits (Germany, France, Spain, Italy, Turkey,
Morocco, Ukraine), four (Belgium, Austria, Switzerland, Denmark) and the British "BS6 7BS", "SW1A 1AA"; also after a
country's letter ("D-48145", "B-2060").

Such digits are a date, an amount, a year, a score or part of a phone number as often, so a postcode only where an
address puts it: after a house number (and flat) and a comma on its line ("ul. Lipowa 14/3, 20-024 Lublin",
"14, rue des Tilleuls, 69004 Lyon"), at the start of the line under an address ("Kapelstraat 112 bus 3" /
"2060 Antwerpen"), after a postcode's label ("kod pocztowy", "PLZ", "code postal", "CP") or in a column headed by
one. Except after a label, a town follows it. The British form, unmistakable, needs only the town or the address
lines above it.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from screener.text.recognizers import table_column
from screener.text.recognizers.base import NlPatternRecognizer, after, before

DIGITS = r"(?<![\w+€$£,.:/-]|\d[ \t])(?:(?-i:[A-Z]{1,2})-)?(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{5}|[1-9]\d{3})(?![\w-]|[.,:]\d)"
BRITISH = r"(?<![\w-])(?-i:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})(?![\w-])"
LABEL = (r"(?:kod(?:[ \t]pocztowy)?|plz|postleitzahl|code[ \t]postal|c\.?p\.?|c[oó]digo[ \t]postal|posta[ \t]kodu|"
         r"indeks|postcode|postal[ \t]code|post[ \t]code|zip(?:[ \t]?code)?|postnummer|cap)")
LABEL_BEFORE = regex.compile(r"\b" + LABEL + r"\b[ \t]*[:.]?[ \t]*$", regex.IGNORECASE)
LABEL_HEADER = regex.compile(r"\b" + LABEL + r"\b", regex.IGNORECASE)
# an address's house number (and flat) and a comma or semicolon, before the postcode on its line
NUMBER_BEFORE = regex.compile(r"\d{1,4}[^\n;]{0,30}[,;][ \t]*$")  # also "14, rue des Tilleuls, "
# the line above ends with a house number and flat: "Kapelstraat 112 bus 3", "ul. Długa 5/2"
# (a street's word, then the number: not a table row's date "12-03-2017" or count ";30")
NUMBER_LINE_ABOVE = regex.compile(r"\p{L}{2,}\.?[ \t]+(?:No[.:]?[ \t]?)?\d{1,4}[A-Za-z]?"
                                  r"(?:[ \t]?(?:/|bus|bte|m\.?|apt\.?|kv\.?)[ \t]?\d{1,4}[A-Za-z]?)?,?[ \t]*$")
# "7412 AR", "7415  KP", "7415-KP": a Dutch postcode, `nl_postcode`'s
DUTCH_LETTERS_AFTER = regex.compile(r"^(?:[ \t]{0,3}|[ \t]?-[ \t]?)[A-Za-z]{2}\b")
TOWN_AFTER = regex.compile(r"^[ \t;,]+(?:\p{Lu}\p{Ll}|\p{Lu}{3,}\b)")
TABLE_MARKS = ("\t", ";", "|", "  ")
ADDRESS_LINES = 3  # lines above a British postcode that may hold its address


class IntlPostcodeRecognizer(NlPatternRecognizer):
    ENTITY = "A2-POSTCODE"
    PATTERNS = [Pattern("postcode_abroad", DIGITS, 0.6), Pattern("postcode_british", BRITISH, 0.6)]
    CONTEXT = ["postcode", "adres", "address", "adresse", "woont", "wonen"]
    REGEX_FLAGS = regex.MULTILINE | regex.IGNORECASE
    # a postcode's shape before a town, or a label: most drafts have only years and times
    NEEDS = regex.compile(r"\d{2}-\d{3}(?!\d)|\d{4,5}[ \t;,]+\p{Lu}|\d[A-Z]{2}\b|(?i:kod|plz|postleitzahl|postal|zip|"
                          r"postcode|posta|indeks|\bc\.?p\b|\bcap\b)")

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        if DUTCH_LETTERS_AFTER.match(after(text, result, 4)):
            return False
        line_start = text.rfind("\n", 0, result.start) + 1
        on_line = text[line_start:result.start]
        if LABEL_BEFORE.search(on_line):
            return True
        town = TOWN_AFTER.match(after(text, result, 30)) is not None
        pattern = result.analysis_explanation.pattern_name if result.analysis_explanation is not None else ""
        if pattern == "postcode_british":
            if town or _address_above(text, line_start, ADDRESS_LINES):
                return True
        elif town and (NUMBER_BEFORE.search(on_line[-60:]) if on_line.strip() else _address_above(text, line_start, 1)):
            return True
        # a column headed by a postcode's label: only in a table's row (looked for last: it reads the table)
        line = text[line_start:text.find("\n", result.end) % (len(text) + 1)]
        return any(mark in line for mark in TABLE_MARKS) and table_column.headed(text, result.start, LABEL_HEADER)


def _address_above(text: str, line_start: int, lines: int) -> bool:
    """Does one of the `lines` lines above end with a house number ("Kapelstraat 112 bus 3", "Flat 4, 27 Cranbrook
    Road" counts for a British postcode's three lines)?"""
    end = line_start - 1
    for _ in range(lines):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if NUMBER_LINE_ABOVE.search(line) or (lines > 1 and regex.search(r"\b\d{1,4}[A-Za-z]?\b", line)):
            return True
        end = start - 1
    return False
