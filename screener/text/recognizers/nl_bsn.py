"""Burgerservicenummer (BSN): 9 digits passing the elfproef.

Specification: Wet algemene bepalingen burgerservicenummer; checksum ("elfproef") checked with
`stdnum.nl.bsn`. Written as 123456782, 1234.56.782 or 123 456 782.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.nl import bsn

from screener.text.recognizers.base import NlPatternRecognizer


class NlBsnRecognizer(NlPatternRecognizer):
    ENTITY = "A2-BSN"
    PATTERNS = [
        Pattern("bsn_9_digits", r"(?<![\d.,-])\d{9}(?![\d.,]\d)", 0.4),
        Pattern("bsn_grouped", r"(?<![\d.,-])\d{4}\.\d{2}\.\d{3}(?![\d.,]\d)|(?<![\d.,-])\d{3} \d{3} \d{3}(?![\d.,]\d| \d)", 0.4),
    ]
    CONTEXT = ["bsn", "burgerservicenummer", "sofinummer", "sofi", "burgerservice"]

    def validate_result(self, pattern_text: str) -> bool:
        return bsn.is_valid(pattern_text.replace(".", "").replace(" ", ""))
