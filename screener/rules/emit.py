"""Turning a rule's hit into a `Finding`: position, configured severity, masked excerpt."""

from __future__ import annotations

import re

from screener import catalog
from screener.config import Config
from screener.documents import Document
from screener.findings import Finding, fingerprint, mask

_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z\u00C0-\u00DD][\w'\-]*")


def mask_names(text: str) -> str:
    """Mask capitalised words that are not at the start of a sentence: they may be names."""
    return _CAPITALISED.sub(lambda m: mask(m.group(0)), text)


def finding(doc: Document, config: Config, rule_id: str, start: int, end: int, message: str,
            excerpt: str, value: str | None = None) -> Finding | None:
    """A finding at doc.text[start:end], or None when the organisation switched the rule off."""
    severity = config.rule_severity(rule_id)
    if severity is None:
        return None
    rule = catalog.get(rule_id)
    line, col = doc.position(start)
    end_line, end_col = doc.position(max(start, end - 1))
    return Finding(
        rule=rule_id, severity=severity, path=doc.display_path, line=line, col=col,
        message=message, excerpt=excerpt, end_line=end_line, end_col=end_col + 1,
        fingerprint=fingerprint(rule_id, value if value is not None else excerpt, config.salt),
        protocol=rule.protocol, avg=rule.avg,
    )
