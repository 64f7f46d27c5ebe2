"""`path:line:col: severity rule-id message`, one line a finding, as ruff and compilers print."""

from __future__ import annotations

import click

from screener.findings import Finding, Severity
from screener.report.printable import printable

COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def line(finding: Finding, colour: bool = False) -> str:
    severity = finding.severity.label
    rule = finding.rule
    if colour:
        severity = click.style(severity, fg=COLOURS[finding.severity], bold=True)
        rule = click.style(rule, bold=True)
    return f"{printable(finding.location)}: {severity} {rule} {printable(finding.message)}"


def summary(findings: list[Finding], files: int, failed: int) -> str:
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    parts = [
        f"{counts[Severity.ERROR]} {'fout' if counts[Severity.ERROR] == 1 else 'fouten'}",
        f"{counts[Severity.WARNING]} {'waarschuwing' if counts[Severity.WARNING] == 1 else 'waarschuwingen'}",
        f"{counts[Severity.INFO]} info",
    ]
    text = f"{', '.join(parts)} in {files} {'bestand' if files == 1 else 'bestanden'}"
    if failed:
        text += f"; {failed} {'bestand kon' if failed == 1 else 'bestanden konden'} niet gescreend worden"
    return text + "."


def render(result, findings: list[Finding], meta: dict, colour: bool = False) -> str:
    lines = [line(f, colour) for f in findings]
    if not findings and not result.errors:
        lines.append(f"Geen bevindingen in {len(result.files)} "
                     f"{'bestand' if len(result.files) == 1 else 'bestanden'}.")
    else:
        lines.append(summary(findings, len(result.files), len(result.errors)))
    return "\n".join(lines) + "\n"
