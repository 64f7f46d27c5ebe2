"""Dutch telephone number, in the ways Dutch people write them: 06-12345678, 06 12 34 56 78,
(030) 123 4567, 030 - 123 45 67, +31 6 12345678, +31 (0)30 1234567, +31 (6) 1234 5678, 0031 6..., 088-...,
0800 1234.

Shape by regex, then the digits are checked: a national number (after +31/0031 becomes 0) has
10 digits, or 8 to 11 for 0800/0900/0906/0909 numbers; fewer than 9 is another number ("KvK
08123456"), more than 11 only what `phonenumbers` knows. One digit too many or too few is still
reported: a mistyped number is still somebody's number.

A number from abroad is read by `phonenumbers` for its own country: in international form ("+48 512 384 907",
"0049 172 9384415", "(+44) 7911 123456") the longest run of its groups on the line that the library knows as a
number of the country it dials (or, when no run is valid, one of a possible length: a number in a range not yet
given out is still somebody's); in a country's own form without a leading 0 ("512 384 907", "678 41 29 03") only
when the words around it or its column's header name that country ("in Polen", "(Spaans nummer)", "Telefoon
(PL)", see `abroad`) and the library knows it as a valid number there.
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import EntityRecognizer, Pattern

from screener.text.recognizers import abroad
from screener.text.recognizers.base import NlPatternRecognizer, organisation_number

# also an en or em dash ("06 – 19 28 37 46"; the analyzer reads every typed dash as "-") and two spaces or tabs
# ("06  12 34 56 78")
SEP = r"(?:\s?[-–—]\s?|[ \t]{2}|[\s.]|\s?/\s?)?"
GROUP_SEP = r"(?:\s?[-–—]\s?|[ \t]{2}|[\s.])?"  # SEP without the slash
LINE_SEP = r"(?:[ \t]?[-–—][ \t]?|[ \t]{1,2}|\.)?"  # GROUP_SEP within one line
AREA_SEP = r"(?:[ \t]?[-–—][ \t]?|[ \t]{1,2}|\.|\)[ \t]?)?"  # also after an area code in brackets: "+1 (415) 555-2671"
PREFIX = r"(?:(?:\+|00)\s?31\s?(?:\(0\)\s?)?(?:-\s?)?|\(\+31\)\s?|(?:\+|00)\s?31\s?\(0?\d{1,3}\)\s?|\(0\d{1,4}\)\s?(?:-\s?)?|0)"
BODY = r"\d(?:" + SEP + r"\d){5,11}"
DATE = re.compile(r"\s*(0?[1-9]|[12]\d|3[01])([-/.])(0?[1-9]|1[0-2])\2((?:19|20)?\d{2})\s*")


DATE_FIRST = re.compile(r"\s*(0?[1-9]|[12]\d|3[01])([-/.])(0?[1-9]|1[0-2])\2(?:19|20)\d{2}(?!\d)")


def _looks_like_date(text: str) -> bool:
    """dd-mm-yyyy, d/m/yy, or a date and the hour of a chat timestamp ("03-02-2025 20" of
    "[03-02-2025 20:14:05]"): a date, which nobody writes as a phone number."""
    return DATE.fullmatch(text) is not None or DATE_FIRST.match(text) is not None


def _international(text: str, possible: bool = False) -> bool:
    """A number in international form ("+49 176 2841 9053", the digits of wa.me/31612345678) that
    `phonenumbers` knows as a valid number of its country (with `possible`: of a length its country gives out)."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))  # "+32 (0)470 12 34 56": the 0 is dialled at home only
    digits = digits[2:] if text.lstrip("(").startswith("00") else digits
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return False
    if possible:
        return phonenumbers.is_possible_number_with_reason(number) == phonenumbers.ValidationResult.IS_POSSIBLE
    return phonenumbers.is_valid_number(number)


def _pattern(result) -> str:  # noqa: ANN001 - presidio's RecognizerResult
    return result.analysis_explanation.pattern_name if result.analysis_explanation is not None else ""


def _from_abroad(text: str) -> bool:
    """In international form, not Dutch: "+48 ...", "0049 ...", "(+44) ..."."""
    return text.startswith(("+", "00", "(+")) and not text.lstrip("(").startswith(("+31", "0031"))


GROUP_END = re.compile(r"\d(?=\D)")


def international_span(text: str) -> int:
    """How much of a run of digit groups in international form is the number: the whole run or the longest run of
    its first groups that `_international` knows as valid, else as possible ("+48 512 384 907 12" of a line that
    goes on with a count); 0 when none is."""
    ends = [len(text), *(m.end() for m in reversed(list(GROUP_END.finditer(text))))]
    for possible in (False, True):
        for end in ends:
            if len(re.sub(r"\D", "", text[:end])) < 8:
                break
            if _international(text[:end], possible):
                return end
    return 0


def national_abroad(text: str, start: int, end: int) -> bool:
    """Is text[start:end], a number in a country's own form, a valid number of a country named beside it?"""
    for region in abroad.regions_near(text, start, end):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text[start:end], region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


class NlPhoneRecognizer(NlPatternRecognizer):
    ENTITY = "A2-TELEFOON"
    PATTERNS = [
        # also right after an abbreviation's dot: "tel.+31612345678", "mob.0612345678"
        Pattern("nl_phone", r"(?:(?<![\w+.,/-])|(?<=[a-z]{2}\.)|(?<=[^\d\s],))" + PREFIX + BODY + r"(?!\w|[.,]\d)", 0.5),
        # a number abroad as parents give it: "+49 176 2841 9053", "+32 470 12 34 56", "(+44) 7911 123456", its groups
        # on one line (no slash between them: "+251 91 123 4567 / 06 2910 5583" gives two numbers, not one); how much
        # of the run is the number, `international_span` says
        Pattern("foreign_phone", r"(?:(?<![\w+(])(?:\+|00)|(?<![\w+])\(\+)(?!31)[1-9]\d{0,2}\)?(?:[ \t]?\(0\))?"
                + LINE_SEP + r"\(?\d(?:" + AREA_SEP + r"\d){6,13}(?!\w|[.,]\d)", 0.5),
        # a country's own form without a leading 0, beside that country's name: "in Polen 512 384 907"
        Pattern("national_abroad", r"(?<![\w+/.,-])[1-9]\d(?:" + LINE_SEP + r"\d){7,10}(?!\w|[.,]\d)", 0.5),
        # the number in a WhatsApp link: "wa.me/31612345678"
        Pattern("whatsapp_link", r"(?<=\bwa\.me/)[1-9]\d{7,14}(?!\d)", 0.5),
    ]
    CONTEXT = ["tel", "telefoon", "telefoonnummer", "bel", "bellen", "mobiel", "whatsapp", "app", "nummer", "gsm"]

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: ANN001 - presidio's signature
        results = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if _from_abroad(text[result.start:result.end]):
                result.end = result.start + international_span(text[result.start:result.end])
                if result.end == result.start:
                    continue
                result.score = self.MAX_SCORE  # as a validated number
            elif _pattern(result) == "national_abroad":
                if not national_abroad(text, result.start, result.end):
                    continue
                result.score = self.MAX_SCORE
            results.append(result)
        return EntityRecognizer.remove_duplicates(results)

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        return not organisation_number(text, result)  # "Artikelnummer 0612345678", "KvK 0570..."

    def validate_result(self, pattern_text: str) -> bool | None:
        if _from_abroad(pattern_text):
            return None  # from abroad: `analyze` reads it (see `international_span`)
        if pattern_text[:1] in "123456789":
            return None  # a country's own form: `analyze` asks `national_abroad`
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
