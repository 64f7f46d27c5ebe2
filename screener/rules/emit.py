"""Turning a policy rule's hit into a `Finding`, and masking names in the words a rule quotes."""

from __future__ import annotations

import re

from screener.config import Config
from screener.documents import Document
from screener.emit import at_span
from screener.findings import Finding, mask

_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z\u00C0-\u00DD][\w'\-]*")


def mask_names(text: str) -> str:
    """Mask capitalised words that are not at the start of a sentence: they may be names."""
    return _CAPITALISED.sub(lambda m: mask(m.group(0)), text)


def finding(doc: Document, config: Config, rule_id: str, start: int, end: int, message: str,
            excerpt: str, value: str | None = None) -> Finding | None:
    """A finding at doc.text[start:end], or None when the organisation switched the rule off."""
    return at_span(doc, config, rule_id, start, end, message, excerpt=excerpt,
                   value=value if value is not None else excerpt)
