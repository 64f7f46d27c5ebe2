"""E-mail address (RFC 5322 local part as people write it, a domain with a TLD).

Written without tldextract, so no public suffix list is ever downloaded.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from screener.text.recognizers.base import NlPatternRecognizer


class NlEmailRecognizer(NlPatternRecognizer):
    ENTITY = "A2-EMAIL"
    PATTERNS = [
        Pattern(
            "email",
            r"(?<![\w.+-])[\w.%+'-]*\w@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\b",
            0.9,
        )
    ]
    CONTEXT = ["mail", "e-mail", "email", "mailen", "mailadres", "e-mailadres"]
