"""Dutch postcode: four digits (not starting with 0) and two capital letters, e.g. 1234 AB or
1234AB (also 1234ab). Letter pairs SA, SD and SS are never issued; "1250 mg" is a dose."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from screener.text.recognizers.base import NlPatternRecognizer

UNITS = {"mg", "ml", "kg", "km", "cm", "mm", "dl", "cl", "gr", "kb", "mb", "gb", "tb", "uf", "pk", "kw", "ha", "st"}


class NlPostcodeRecognizer(NlPatternRecognizer):
    ENTITY = "A2-POSTCODE"
    PATTERNS = [
        Pattern("postcode_capitals", r"(?<![\w-])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\w-])", 0.6),
        Pattern("postcode_lower_joined", r"(?<![\w-])[1-9]\d{3}(?!sa|sd|ss)[a-z]{2}(?![\w-])", 0.5),
    ]
    CONTEXT = ["postcode", "adres", "woont", "wonen", "straat"]
    REGEX_FLAGS = regex.MULTILINE

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text[-2:].lower() in UNITS
