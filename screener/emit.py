"""Making a `Finding` for a rule of the catalog, with the organisation's severity (None when switched off).

Every stage makes its findings here, so severity, articles and fingerprints are set one way.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from screener import catalog
from screener.config import Config
from screener.findings import Box, Finding, fingerprint, mask

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
            excerpt: str, value: str, extra: dict | None = None,
            hidden: Sequence[tuple[int, int]] = ()) -> Finding | None:
    """A finding for the characters doc.text[start:end], at their line:col in the file.

    `hidden`: every span of the text that holds a found value. When given, `extra["context"]` is the
    sentence around the finding with each of them masked (the html report shows it).
    """
    line, col = doc.position(start)
    end_line, end_col = doc.position(max(start, end - 1))
    if hidden:
        extra = {**(extra or {}), "context": masked_context(doc.text, start, end, [*hidden, (start, end)])}
    return emit(config, rule_id, doc.display_path, message, line=line, col=col, end_line=end_line,
                end_col=end_col + 1, excerpt=excerpt, value=value, extra=extra)


CONTEXT_CHARS = 100  # at most this much of the sentence around a finding
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def masked_context(text: str, start: int, end: int, hidden: Sequence[tuple[int, int]]) -> str:
    """The sentence around text[start:end], cut at word ends to about CONTEXT_CHARS, with every span in
    `hidden` masked (and never cut: a window edge inside a found value moves to include all of it)."""
    lo = max(0, start - CONTEXT_CHARS)  # no need to look further: the window is at most that wide
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    left = ends[-1] if ends else lo
    after = _SENTENCE_END.search(text, end, end + CONTEXT_CHARS)
    right = after.start() + 1 if after else min(len(text), end + CONTEXT_CHARS)
    whole_left, whole_right = bool(ends) or lo == 0, after is not None or right == len(text)
    room = max(0, CONTEXT_CHARS - (end - start))
    w0 = max(left, start - room // 2)
    w1 = min(right, max(end, w0 + CONTEXT_CHARS))
    w0 = max(left, min(w0, w1 - CONTEXT_CHARS, start))
    if w0 > left:  # whole words only
        w0 = min(start, next((i + 1 for i in range(w0, start) if text[i].isspace()), start))
    if w1 < right:
        w1 = max(end, next((i for i in range(w1, end, -1) if text[i - 1].isspace()), end))
    spans = sorted((max(0, a), min(len(text), b)) for a, b in hidden if a < b)
    for a, b in spans:  # a found value across an edge: keep it whole, masked
        if a < w0 < b:
            w0 = a
        if a < w1 < b:
            w1 = b
    out, at = [], w0
    for a, b in spans:
        if b <= at or a >= w1:
            continue
        out.append(text[at:max(at, a)])
        out.append(mask(text[max(at, a):b]))
        at = b
    out.append(text[at:w1])
    shown = " ".join("".join(out).split())
    return ("…" if w0 > left or not whole_left else "") + shown + ("…" if w1 < right or not whole_right else "")
