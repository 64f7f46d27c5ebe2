"""Bank account number (IBAN), Dutch or foreign, checked with `stdnum.iban` (ISO 13616 mod 97).

Written as NL91ABNA0417164300 or in groups of four: NL91 ABNA 0417 1643 00, also with dots, dashes or two spaces
between the groups (NL91.ABNA.0417.1643.00, NL91-ABNA-...) and in lower case.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum import iban

from screener.text.recognizers.base import NlPatternRecognizer


# between two characters: nothing, a space, a dot, a dash or two spaces
SEP = r"(?:[ .-]|  )?"


class NlIbanRecognizer(NlPatternRecognizer):
    ENTITY = "A2-IBAN"
    PATTERNS = [
        Pattern("iban_nl", r"\bNL" + SEP + r"\d{2}" + SEP + r"[A-Z]{4}(?:" + SEP + r"\d){10}\b", 0.5),
        Pattern("iban_other", r"\b[A-Z]{2}\d{2}(?:" + SEP + r"[A-Z0-9]){11,30}\b", 0.3),
    ]
    CONTEXT = ["iban", "rekeningnummer", "rekening", "bankrekening", "overmaken", "giro", "t.n.v."]

    def validate_result(self, pattern_text: str) -> bool:
        return iban.is_valid(pattern_text)
