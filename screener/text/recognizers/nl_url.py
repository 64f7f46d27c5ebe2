"""Web address: http(s)://..., www...., or a bare domain with a common top-level domain.

Written without tldextract (which downloads the public suffix list on first use): the bare
domain form accepts a fixed list of TLDs that Dutch school posts use.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from screener.text.recognizers.base import AnyWord, Either, NlPatternRecognizer

TLDS = "nl|com|org|net|eu|be|de|info|nu|io|edu|gov|app|online|school|frl|amsterdam|co|uk|fr|me|tv|ly|tk|site|club"
PATH = r"(?:/[^\s<>\"')\]]*[^\s<>\"')\].,;:!?])?/?"


class NlUrlRecognizer(NlPatternRecognizer):
    ENTITY = "A2-URL"
    PATTERNS = [
        Pattern("url_scheme", r"\bhttps?://[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]", 0.6),
        Pattern("url_www", r"(?<![\w./@])www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+" + PATH, 0.6),
        Pattern(
            "url_domain",
            r"(?<![\w./@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:" + TLDS + r")\b(?![.\w]*@)" + PATH,
            0.5,
        ),
    ]
    CONTEXT = ["website", "site", "link", "kijk", "www", "pagina"]
    # a scheme, "www." or a dot before a known TLD, looked for once in the text
    NEEDS = Either(AnyWord("://", "www."), regex.compile(r"\.(?:" + TLDS + r")\b", NlPatternRecognizer.REGEX_FLAGS))
