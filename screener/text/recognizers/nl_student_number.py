"""Pupil numbers: the onderwijsnummer (9 digits, a variant of the elfproef, checked with
`stdnum.nl.onderwijsnummer`), and a school's own leerlingnummer: a number of 5-14 digits
after "leerlingnummer", "leerlingnr", "onderwijsnummer", "bsn", or any word ending in
"nummer"/"nr" ("Serienummer: 1234567").

A long bare number (7-14 digits, no context) is reported too, with a lower score: in a
post for the school website such a number is rarely harmless, and a pupil number must not
slip through. Set `text.bare_numbers = false` to report numbers only with context.

Not a pupil number: digits glued to letters (the account part of "NL65RABO8483726167"), or an
organisation's register number ("KvK-nummer: 41038542", "RSIN", "Brinnummer").
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum.nl import onderwijsnummer

from screener.text.recognizers.base import NlPatternRecognizer, after, before, organisation_number
from screener.text.recognizers.nl_bsn import GROUPED_9_DIGITS

NUMBER_BEFORE = re.compile(
    r"(?:\b(?:leerling|onderwijs|bsn|id|ll)\w*|\w*(?:nummer|nr|no)\.?|#)\s*[:.=]?\s*\(?$", re.IGNORECASE
)
NUMBER_AFTER = re.compile(r"^\s*\)?\s*\(?(?:bsn|\w*nummer|\w*nr)\b", re.IGNORECASE)
BARE_SCORE = 0.4
BARE_MIN_DIGITS = 7


def _onderwijsnummer(value: str) -> bool:
    digits = value.replace(".", "").replace(" ", "")
    return len(digits) == 9 and digits.startswith("10") and onderwijsnummer.is_valid(digits)


class NlStudentNumberRecognizer(NlPatternRecognizer):
    ENTITY = "A2-LEERLINGNUMMER"
    PATTERNS = [Pattern("number", r"(?<![\w.,/-])\d{5,14}(?![\w/-]|[.,]\d)", 0.85),
                Pattern("onderwijsnummer_grouped", GROUPED_9_DIGITS, 0.85)]
    CONTEXT = ["leerlingnummer", "onderwijsnummer", "leerling", "nummer", "bsn"]

    def __init__(self, bare_numbers: bool = True) -> None:
        self.bare_numbers = bare_numbers
        super().__init__()

    def validate_result(self, pattern_text: str) -> bool | None:
        if not pattern_text.isdigit():  # "1098.41.007": only an onderwijsnummer is written in groups
            return _onderwijsnummer(pattern_text) or False
        if len(pattern_text) == 9 and pattern_text.startswith("10") and onderwijsnummer.is_valid(pattern_text):
            return True
        return None  # no checksum for a school's own numbers: context decides, in keep()

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        value = text[result.start : result.end]
        if organisation_number(text, result):
            return False
        if not value.isdigit():
            return _onderwijsnummer(value)
        if len(value) == 9 and value.startswith("10") and onderwijsnummer.is_valid(value):
            return True
        if NUMBER_BEFORE.search(before(text, result, 30)) or NUMBER_AFTER.search(after(text, result, 20)):
            return True
        if self.bare_numbers and len(value) >= BARE_MIN_DIGITS:
            result.score = BARE_SCORE
            return True
        return False
