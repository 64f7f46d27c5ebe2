"""What the text stage hands to the pipeline: spans of the screened text, before positions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TextHit:
    start: int  # offset in Document.text
    end: int
    rule: str  # a rule id of screener.catalog.TEXT_RULES, e.g. "A2-NAAM"
    score: float  # 0..1, the recognizer's confidence
    recognizer: str = ""  # which recognizer found it, for `--explain` and debugging
