"""Making a `Finding` for one of our rules, with the organisation's severity (None when switched off)."""

from __future__ import annotations

from screener import catalog
from screener.config import Config
from screener.findings import Box, Finding, fingerprint


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
    return Finding(rule=rule_id, severity=severity, path=path, line=line, col=col, message=message,
                   excerpt=excerpt, end_line=end_line, end_col=end_col, box=box,
                   fingerprint=fingerprint(rule_id, value or message, config.salt),
                   protocol=rule.protocol, avg=rule.avg, extra=extra or {})
