"""Inline suppressions: an HTML comment in the post that silences a finding, with a reason.

    Sanne won. <!-- screener: negeer A2-NAAM reden: ouders gaven schriftelijk toestemming -->
        at the end of a line: silences A2-NAAM on that line only;
    <!-- screener: negeer A2-NAAM reden: ouders gaven schriftelijk toestemming -->
        on a line of its own: silences A2-NAAM on the comment's line(s) and the next line with text;
    <!-- screener: negeer-bestand D4-DISCLAIMER reden: mededeling staat in mijn profiel -->
        silences D4-DISCLAIMER in the whole file.

Several rule ids may be given ("A2-NAAM, A2-PLAATS"); "reden:" is optional, the reason is the text
after the ids. A suppression without a reason, with an unknown rule id, or whose reason contains
personal data does not silence anything and is itself reported (E-ONDERDRUKKING).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from screener import catalog
from screener.config import Config
from screener.documents import Document
from screener.emit import emit
from screener.findings import Finding, mask

_DIRECTIVE = re.compile(r"^\s*screener\s*:\s*(?P<verb>negeer[-\s]bestand|negeer|ignore[-\s]file|ignore)\b(?P<rest>.*)$",
                        re.I | re.S)
_RULE_ID = re.compile(r"\s*,?\s*(?P<id>[A-Za-z]\d?-[A-Za-z\u00C0-\u017F]+)(?=[\s,]|$)")
_REASON_LABEL = re.compile(r"^\s*[,:;\-\u2013]*\s*(?:reden|omdat|because|reason)?\s*[:\-\u2013]?\s*", re.I)
UNSUPPRESSIBLE = {"E-ONDERDRUKKING", "E-BESTAND"}
MIN_REASON_LETTERS = 4


@dataclass(frozen=True)
class Suppression:
    rules: tuple[str, ...]  # as written, upper-cased
    reason: str
    line: int  # of the comment
    col: int
    lines: frozenset[int]  # lines it covers; empty for the whole file
    whole_file: bool


def parse_suppressions(doc: Document) -> list[Suppression]:
    """The suppressions written in the post's HTML comments (other comments are ignored)."""
    found = []
    for comment in doc.comments:
        m = _DIRECTIVE.match(comment.text)
        if not m:
            continue
        rest, rules = m["rest"], []
        while (rule := _RULE_ID.match(rest)) is not None:
            rules.append(rule["id"].upper())
            rest = rest[rule.end():]
        reason = _REASON_LABEL.sub("", rest, count=1).strip()
        whole_file = "bestand" in m["verb"].lower() or "file" in m["verb"].lower()
        lines = frozenset() if whole_file else _covered_lines(doc, comment.line, comment.col, comment.end_line)
        found.append(Suppression(tuple(rules), reason, comment.line, comment.col, lines, whole_file))
    return found


def _covered_lines(doc: Document, first: int, col: int, last: int) -> frozenset[int]:
    """At the end of a line of text: that line only. On a line of its own: its own lines and the next
    line with text (that is not itself only a comment)."""
    covered = set(range(first, last + 1))
    source_lines = doc.source.split("\n")
    if source_lines[first - 1][:col - 1].strip():
        return frozenset(covered)
    for number in range(last + 1, len(source_lines) + 1):
        text = re.sub(r"<!--.*?-->", "", source_lines[number - 1]).strip()
        if text:
            covered.add(number)
            break
    return frozenset(covered)


def _problem(suppression: Suppression, contains_personal_data: Callable[[str], bool]) -> str | None:
    """Why a suppression is not valid (Dutch), or None."""
    example = "<!-- screener: negeer A2-NAAM reden: ouders gaven schriftelijk toestemming -->"
    if not suppression.rules:
        return f"Onderdrukking zonder regel: noem de regel die je wilt negeren, bijvoorbeeld {example}."
    unknown = [r for r in suppression.rules if r not in catalog.RULES]
    if unknown:
        return (f"Onderdrukking van onbekende regel {unknown[0]}: gebruik een regel uit `screener rules`, "
                f"bijvoorbeeld {example}.")
    if any(r in UNSUPPRESSIBLE for r in suppression.rules):
        return "Deze melding kan niet onderdrukt worden; los het probleem zelf op."
    if sum(ch.isalpha() for ch in suppression.reason) < MIN_REASON_LETTERS:
        return (f"Onderdrukking van {', '.join(suppression.rules)} zonder reden: schrijf erachter waarom het "
                f"mag, zonder persoonsgegevens, bijvoorbeeld {example}. De melding blijft staan.")
    if contains_personal_data(suppression.reason):
        return (f"De reden van de onderdrukking van {', '.join(suppression.rules)} bevat zelf persoonsgegevens "
                "(zoals een naam): schrijf de reden zonder namen of andere gegevens, bijvoorbeeld "
                "'ouders gaven schriftelijk toestemming'. De melding blijft staan.")
    return None


def apply_suppressions(doc: Document, findings: list[Finding], suppressions: list[Suppression],
                       contains_personal_data: Callable[[str], bool], config: Config) -> list[Finding]:
    """The findings left after the valid suppressions, plus an E-ONDERDRUKKING for each invalid one."""
    valid, problems = [], []
    for suppression in suppressions:
        problem = _problem(suppression, contains_personal_data)
        if problem is None:
            valid.append(suppression)
            continue
        finding = emit(config, "E-ONDERDRUKKING", doc.display_path, problem, line=suppression.line,
                       col=suppression.col, excerpt=mask(suppression.reason)[:80])
        if finding:
            problems.append(finding)

    def silenced(finding: Finding) -> bool:
        if finding.rule in UNSUPPRESSIBLE:
            return False
        return any(finding.rule in s.rules and (s.whole_file or finding.line in s.lines) for s in valid)

    return [f for f in findings if not silenced(f)] + problems
