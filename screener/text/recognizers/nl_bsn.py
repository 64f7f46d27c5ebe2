"""Burgerservicenummer (BSN): 9 digits passing the elfproef.

Specification: Wet algemene bepalingen burgerservicenummer; checksum ("elfproef") checked with
`stdnum.nl.bsn`. Written as 123456782 or in groups with dots, spaces or hyphens (1234.56.782, 123.456.782,
123 456 782, 123-456-782, 12 34 56 782, 123  456  782): any grouping of the nine digits, the checksum decides. An RSIN (the
same checksum, an organisation's number) is no BSN: "RSIN: 816543210". Nine digits after a country code are a phone number abroad: "+48 512 384 927".
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum.nl import bsn

from screener.text.recognizers.base import NlPatternRecognizer, organisation_number


# nine digits in two to four groups separated by one dot, space or hyphen ("420-729-525") or two spaces, not part of
# a longer number
GROUPED_9_DIGITS = (r"(?<![\d.,-])(?=(?:\d(?:[. -]|  )?){8}\d(?!\d|[.,-]\d| {1,2}\d))\d{1,4}(?:(?:[. -]|  )\d{1,4}){1,3}"
                    r"(?!\d|[.,-]\d| {1,2}\d)")
# a country code right before the digits: "+48 512 384 927", "0048 512384927"
COUNTRY_CODE_BEFORE = re.compile(r"(?:\+|\b00)[1-9]\d{0,2}[ \t.-]?$")


class NlBsnRecognizer(NlPatternRecognizer):
    ENTITY = "A2-BSN"
    PATTERNS = [
        Pattern("bsn_9_digits", r"(?<![\d.,-])\d{9}(?!\d|[.,]\d)", 0.4),
        Pattern("bsn_grouped", GROUPED_9_DIGITS, 0.4),
    ]
    CONTEXT = ["bsn", "burgerservicenummer", "sofinummer", "sofi", "burgerservice"]

    def validate_result(self, pattern_text: str) -> bool:
        digits = pattern_text.replace(".", "").replace(" ", "").replace("-", "")
        return len(digits) == 9 and bsn.is_valid(digits)

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        if COUNTRY_CODE_BEFORE.search(text, max(0, result.start - 6), result.start):
            return False  # a mobile abroad, found as a phone number
        return not organisation_number(text, result)
