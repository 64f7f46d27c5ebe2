"""SARIF 2.1.0, as GitHub code scanning loads it: 1-based lines and columns, no raw values."""

from __future__ import annotations

import json
from pathlib import Path

from screener import __version__, catalog
from screener.findings import Finding, Severity
from screener.report.printable import json_safe

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_uri()
    return p.as_posix()


def _rule(rule: catalog.Rule) -> dict:
    articles = ", ".join(rule.protocol) or "-"
    return {
        "id": rule.id,
        "name": rule.id.replace("-", ""),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.why},
        "help": {"text": f"{rule.fix} (protocol: {articles}; {rule.avg or 'geen AVG-artikel'})"},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"protocol": list(rule.protocol), "avg": rule.avg},
    }


def _result(f: Finding, index: dict[str, int]) -> dict:
    location: dict = {"artifactLocation": {"uri": _uri(f.path)}}
    if f.line:
        region = {"startLine": f.line, "startColumn": max(1, f.col)}
        if f.end_line:
            region["endLine"] = f.end_line
            region["endColumn"] = max(1, f.end_col)
        location["region"] = region
    result = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": location}],
        "properties": {"protocol": list(f.protocol), "avg": f.avg},
    }
    if f.fingerprint:
        result["partialFingerprints"] = {"screenerValue/v1": f.fingerprint}
    if f.box:
        result["properties"]["box"] = {"x": f.box.x, "y": f.box.y, "width": f.box.width, "height": f.box.height}
    return result


def render(result, findings: list[Finding], meta: dict, colour: bool = False) -> str:
    rules = list(catalog.RULES.values())
    index = {r.id: i for i, r in enumerate(rules)}
    notifications = [
        {"level": "error", "message": {"text": r.error},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}]}
        for r in result.errors
    ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "screener",
                "version": __version__,
                "language": "nl-NL",
                "rules": [_rule(r) for r in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not result.errors,
                             "toolExecutionNotifications": notifications}],
            "results": [_result(f, index) for f in findings],
        }],
    }
    return json_safe(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"
