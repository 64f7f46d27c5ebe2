"""Dutch telephone number, in the ways Dutch people write them: 06-12345678, 06 12 34 56 78,
(030) 123 4567, 030 - 123 45 67, +31 6 12345678, +31 (0)30 1234567, +31 (6) 1234 5678, 0031 6..., 088-...,
0800 1234.

Shape by regex, then the digits are checked: a national number (after +31/0031 becomes 0) has
10 digits, or 8 to 11 for 0800/0900/0906/0909 numbers; fewer than 9 is another number ("KvK
08123456"), more than 11 only what `phonenumbers` knows. One digit too many or too few is still
reported: a mistyped number is still somebody's number.
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import Pattern

from screener.text.recognizers.base import NlPatternRecognizer, organisation_number

# also an en or em dash ("06 – 19 28 37 46"; the analyzer reads every typed dash as "-") and two spaces or tabs
# ("06  12 34 56 78")
SEP = r"(?:\s?[-–—]\s?|[ \t]{2}|[\s.]|\s?/\s?)?"
GROUP_SEP = r"(?:\s?[-–—]\s?|[ \t]{2}|[\s.])?"  # SEP without the slash
PREFIX = r"(?:(?:\+|00)\s?31\s?(?:\(0\)\s?)?(?:-\s?)?|\(\+31\)\s?|(?:\+|00)\s?31\s?\(0?\d{1,3}\)\s?|\(0\d{1,4}\)\s?(?:-\s?)?|0)"
BODY = r"\d(?:" + SEP + r"\d){5,11}"
DATE = re.compile(r"\s*(0?[1-9]|[12]\d|3[01])([-/.])(0?[1-9]|1[0-2])\2((?:19|20)?\d{2})\s*")


DATE_FIRST = re.compile(r"\s*(0?[1-9]|[12]\d|3[01])([-/.])(0?[1-9]|1[0-2])\2(?:19|20)\d{2}(?!\d)")


def _looks_like_date(text: str) -> bool:
    """dd-mm-yyyy, d/m/yy, or a date and the hour of a chat timestamp ("03-02-2025 20" of
    "[03-02-2025 20:14:05]"): a date, which nobody writes as a phone number."""
    return DATE.fullmatch(text) is not None or DATE_FIRST.match(text) is not None


def _international(text: str) -> bool:
    """A number in international form ("+49 176 2841 9053", the digits of wa.me/31612345678) that
    `phonenumbers` knows as a valid number of its country."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))  # "+32 (0)470 12 34 56": the 0 is dialled at home only
    digits = digits[2:] if text.startswith("00") else digits
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits, None))
    except phonenumbers.NumberParseException:
        return False


class NlPhoneRecognizer(NlPatternRecognizer):
    ENTITY = "A2-TELEFOON"
    PATTERNS = [
        # also right after an abbreviation's dot: "tel.+31612345678", "mob.0612345678"
        Pattern("nl_phone", r"(?:(?<![\w+.,/-])|(?<=[a-z]{2}\.)|(?<=[^\d\s],))" + PREFIX + BODY + r"(?!\w|[.,]\d)", 0.5),
        # a mobile abroad as parents give it: "+49 176 2841 9053", "+32 470 12 34 56"
        # (no slash between its groups: "+251 91 123 4567 / 06 2910 5583" gives two numbers, not one)
        Pattern("foreign_phone", r"(?<![\w+])(?:\+|00)(?!31)[1-9]\d{0,2}(?:\s?\(0\))?" + GROUP_SEP + r"\d(?:" + GROUP_SEP
                + r"\d){6,12}(?!\w|[.,]\d)", 0.5),
        # the number in a WhatsApp link: "wa.me/31612345678"
        Pattern("whatsapp_link", r"(?<=\bwa\.me/)[1-9]\d{7,14}(?!\d)", 0.5),
    ]
    CONTEXT = ["tel", "telefoon", "telefoonnummer", "bel", "bellen", "mobiel", "whatsapp", "app", "nummer", "gsm"]

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        return not organisation_number(text, result)  # "Artikelnummer 0612345678", "KvK 0570..."

    def validate_result(self, pattern_text: str) -> bool:
        if not pattern_text.startswith(("+31", "0031")) and (
                not pattern_text.startswith(("0", "(")) or pattern_text.startswith("00")):  # "+32 470 ...", "0032470..."
            return _international(pattern_text)
        if _looks_like_date(pattern_text):
            return False  # "07-11-2023" in a meeting list, "02-02-2025" in a birth announcement
        digits = re.sub(r"\D", "", pattern_text.replace("(0)", ""))
        if digits.startswith("0031"):
            digits = "0" + digits[4:]
        elif digits.startswith("31") and pattern_text.lstrip(" (").startswith("+"):
            digits = "0" + digits[2:]  # "+31 6 ...", "(+31)6..."
        if digits.startswith("00") and pattern_text.lstrip(" (").startswith(("+31", "0031")):
            digits = digits[1:]  # "+31 0612345678": the 0 typed after the country code as well
        if not digits.startswith("0") or digits.startswith("00"):
            return False
        if digits[:4] in {"0800", "0900", "0906", "0909"}:
            return 8 <= len(digits) <= 11
        if 9 <= len(digits) <= 11:
            return True
        if len(digits) < 9:
            return False  # "KvK 08123456", "0570 1234": since 1995 no Dutch number has fewer than 10 digits
        try:
            return phonenumbers.is_possible_number(phonenumbers.parse(digits, "NL"))
        except phonenumbers.NumberParseException:
            return False
