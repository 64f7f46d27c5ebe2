"""Date of birth: a date near "geboren", "geboortedatum", "geb.", "jarig" or "verjaardag".

A date on its own ("op 12 maart gaan we naar het museum", "de kerstviering is op 17 december")
is an event, not a date of birth: the context is required, not only a bonus. Dates as 12-03-2016, 12/3/16, 2016-03-12,
12 maart 2016, 12 mrt.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

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
        return bool(BIRTH_BEFORE.search(before(text, result, 60)) or BIRTH_AFTER.search(after(text, result, 40)))
