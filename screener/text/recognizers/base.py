"""What every Dutch pattern recognizer shares: language "nl", its rule id as entity, and
optionally a required context (a date is a date of birth only near "geboren")."""

from __future__ import annotations

from typing import ClassVar

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult


class NlPatternRecognizer(PatternRecognizer):
    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    # presidio's default flags include IGNORECASE; Dutch identifiers often depend on case
    REGEX_FLAGS: ClassVar[int] = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language="nl",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            global_regex_flags=self.REGEX_FLAGS,
        )

    def keep(self, text: str, result: RecognizerResult) -> bool:
        """Override to drop a match by what surrounds it in the text."""
        return True

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: ANN001 - presidio's signature
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if self.keep(text, r)]


def before(text: str, result: RecognizerResult, chars: int) -> str:
    return text[max(0, result.start - chars) : result.start]


def after(text: str, result: RecognizerResult, chars: int) -> str:
    return text[result.end : result.end + chars]
