"""JSON report, schema `screener-report/1`: stable keys, masked values only."""

from __future__ import annotations

import json

from screener.findings import Finding
from screener.report.printable import json_safe

SCHEMA = "screener-report/1"


def render(result, findings: list[Finding], meta: dict, colour: bool = False) -> str:
    data = {
        "schema": SCHEMA,
        "tool": meta,
        "summary": {
            "files": len(result.files),
            "failed": len(result.errors),
            "findings": len(findings),
            "by_severity": {s: sum(1 for f in findings if f.severity.label == s) for s in ("error", "warning", "info")},
        },
        "files": [{"path": r.path, "error": r.error or None} for r in result.files],
        "findings": [_finding(f) for f in findings],
    }
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _finding(f: Finding) -> dict:
    out = {
        "path": f.path,
        "line": f.line,
        "col": f.col,
        "end_line": f.end_line or None,
        "end_col": f.end_col or None,
        "rule": f.rule,
        "severity": f.severity.label,
        "message": f.message,
        "excerpt": f.excerpt,
        "protocol": list(f.protocol),
        "avg": f.avg,
        "fingerprint": f.fingerprint or None,
    }
    if f.extra.get("plek"):  # where in a PDF or Word file: "pagina 2, regel 3", "alinea 12"
        out["plek"] = f.extra["plek"]
    if f.box:
        out["box"] = {"x": f.box.x, "y": f.box.y, "width": f.box.width, "height": f.box.height}
    return out
