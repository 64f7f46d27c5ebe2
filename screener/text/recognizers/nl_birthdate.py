"""Date of birth: a date near "geboren", "geboortedatum", "geb.", "jarig" or "verjaardag", as a
form's value ("Geboortedatum" in one table cell, the date in the next), after a birth asterisk
("Zuzanna Nowak * 12/03/2016"), in a class list after a pupil's group ("Lotte (groep 4) – 09-10-2016"), or
in a list line after a name when the date lies years back ("- Bilal (11-8-2014): notenallergie").
A date followed by a time ("[12-03-2025 10:22:11]", a chat timestamp) or by a footnote asterisk
("12/03/2025*") is never one.

A date on its own ("op 12 maart gaan we naar het museum", "de kerstviering is op 17 december")
is an event, not a date of birth: the context is required, not only a bonus. Dates as 12-03-2016, 12/3/16, 2016-03-12,
12 maart 2016, 12 mrt.
"""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import Pattern

from screener.text import vocabulary
from screener.text.recognizers.base import NlPatternRecognizer, after, before

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
BIRTH_BEFORE = re.compile(
    r"(?:geboren|geboortedatum|geb\.|geb:|geboortedag|verjaardag|jarig|werd op|levenslicht|ter wereld)"
    r"[^.!?\n]{0,25}$",
    re.IGNORECASE,
)
# a form's label, on the same line or in the table cell before: "Geboortedatum\n\n2019-06-15", "Geb.: 4/9/2017"
BIRTH_LABEL = re.compile(r"\b(?:geboren|geboortedatum|geb\.?|geboortedag)\s*(?:op\s*)?[:\-–]?\s*$", re.IGNORECASE)
BIRTH_STAR = re.compile(r"(?:^|[\s(])\*\s*$")
AFTER_GROUP = re.compile(r"\((?:groep|gr\.?|klas)\s*\d\w{0,2}\)\s*[-–—:,]?\s*$", re.IGNORECASE)
NOT_BIRTH_AFTER = re.compile(r"^(?:\*|,?\s*\d{1,2}[:.]\d{2}\b)")
# a list line that opens with a name and gives a date after it: "- Bilal (11-8-2014): notenallergie", "Lotte – 09-10-2016"
NAME_IN_LIST = re.compile(r"^[ \t]*(?:[-*•–][ \t]*)?[A-Z][\w'’-]+(?:[ \t]+(?:[a-z']{1,3}[ \t]+)*[A-Z][\w'’-]+){0,2}"
                          r"[ \t]*(?:\([ \t]*|[-–—:][ \t]*)$")
CHILD_YEARS = 2  # a date in such a list is a date of birth when it lies this many years back or more: no event
BIRTH_AFTER = re.compile(r"^[^.!?\n]{0,30}\b(?:jarig|geboren|verjaardag|ter wereld)\b", re.IGNORECASE)


class NlBirthDateRecognizer(NlPatternRecognizer):
    ENTITY = "A2-GEBOORTEDATUM"
    PATTERNS = [
        Pattern("date_numeric", r"(?<![\d-])(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)?\d{2}(?![\d-])", 0.6),
        Pattern("date_iso", r"(?<!\d)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)", 0.6),
        Pattern("date_words", r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?:e)? (?:" + MONTHS + r")\.?(?: (?:19|20)\d{2})?(?![\w])", 0.6),
    ]
    CONTEXT = ["geboren", "geboortedatum", "jarig", "verjaardag", "geb"]

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        ahead, behind = after(text, result, 40), before(text, result, 60)
        if NOT_BIRTH_AFTER.match(ahead):
            return False  # a chat timestamp or an event's time; a footnote mark
        line = behind.rsplit("\n", 1)[-1]
        return bool(BIRTH_BEFORE.search(behind) or BIRTH_LABEL.search(behind) or BIRTH_STAR.search(line)
                    or AFTER_GROUP.search(line) or BIRTH_AFTER.search(ahead)
                    or (_after_name_in_list(line) and _years_ago(text[result.start:result.end]) >= CHILD_YEARS))


def _after_name_in_list(line: str) -> bool:
    """Does the line open with a name (no ordinary word: "Opening: 12-03-2015" is an event) before the date?"""
    match = NAME_IN_LIST.match(line)
    if match is None:
        return False
    first = re.search(r"[A-Z][\w'’-]+", line).group()
    return not vocabulary.is_lower_case_word(first)


def _years_ago(date: str) -> int:
    """How many years before this year a date with a four-digit year lies (-1 without one)."""
    year = re.search(r"(?:19|20)\d{2}", date)
    return datetime.date.today().year - int(year.group()) if year else -1
