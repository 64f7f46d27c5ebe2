"""Making a `Finding` for a rule of the catalog, with the organisation's severity (None when switched off).

Every stage makes its findings here, so severity, articles and fingerprints are set one way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from screener import catalog
from screener.config import Config
from screener.findings import Box, Finding, fingerprint

if TYPE_CHECKING:
    from screener.documents import Document


def emit(config: Config, rule_id: str, path: str, message: str, *, line: int = 0, col: int = 0,
         end_line: int = 0, end_col: int = 0, box: Box | None = None, excerpt: str = "",
         value: str = "", extra: dict | None = None) -> Finding | None:
    """A finding for `rule_id`, or None when the configuration switched the rule off.

    `value` is what the fingerprint is made of (never shown); default: the message.
    """
    severity = config.rule_severity(rule_id)
    if severity is None:
        return None
    rule = catalog.get(rule_id)
    message = as_sentence(message)
    return Finding(rule=rule_id, severity=severity, path=path, line=line, col=col, message=message,
                   excerpt=excerpt, end_line=end_line, end_col=end_col, box=box,
                   fingerprint=fingerprint(rule_id, value or message, config.fingerprint_key),
                   protocol=rule.protocol, avg=rule.avg, extra=extra or {})


def as_sentence(message: str) -> str:
    """Every message reads as a sentence: a capital at the start, a full stop at the end."""
    if message[:1].islower():
        message = message[0].upper() + message[1:]
    if message and message.rstrip("'\")’”` ")[-1:] not in (".", "!", "?"):
        message += "."
    return message


def at_span(doc: "Document", config: Config, rule_id: str, start: int, end: int, message: str, *,
            excerpt: str, value: str, extra: dict | None = None) -> Finding | None:
    """A finding for the characters doc.text[start:end], at their line:col in the file."""
    line, col = doc.position(start)
    end_line, end_col = doc.position(max(start, end - 1))
    return emit(config, rule_id, doc.display_path, message, line=line, col=col, end_line=end_line,
                end_col=end_col + 1, excerpt=excerpt, value=value, extra=extra)
