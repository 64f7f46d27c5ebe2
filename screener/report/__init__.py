"""Reports out: text for a terminal, JSON with a versioned schema, SARIF 2.1.0 for code scanning,
and an HTML page a person would rather look at.

No report ever holds a raw value: findings carry masked excerpts only.
"""

from __future__ import annotations

from screener.report import html, json_report, sarif, text

FORMATS = {"text": text.render, "json": json_report.render, "sarif": sarif.render, "html": html.render}
