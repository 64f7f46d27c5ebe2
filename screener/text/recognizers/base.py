"""What every Dutch pattern recognizer shares: language "nl", its rule id as entity, and
optionally a required context (a date is a date of birth only near "geboren")."""

from __future__ import annotations

import copy
from typing import ClassVar

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult


class NlPatternRecognizer(PatternRecognizer):
    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    # a cheap search that must find something in the text before the patterns run at all
    NEEDS: ClassVar[regex.Pattern | AnyWord | None] = None
    # per pattern (by name), the same: a pattern whose search finds nothing is not run
    PATTERN_NEEDS: ClassVar[dict[str, regex.Pattern]] = {}
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
        if self.NEEDS is not None and self.NEEDS.search(text) is None:
            return []
        runs = self._with_patterns_needed(text) if self.PATTERN_NEEDS else self
        if runs is None:
            return []
        results = PatternRecognizer.analyze(runs, text, entities, nlp_artifacts, regex_flags)
        return [r for r in results if self.keep(text, r)]

    def _with_patterns_needed(self, text: str) -> NlPatternRecognizer | None:
        """This recognizer with only the patterns whose PATTERN_NEEDS the text meets (None: no pattern
        left). A shallow copy per set of patterns, kept: the recognizer itself is never changed."""
        met: dict[int, bool] = {}  # a search shared by several patterns runs once

        def needed(name: str) -> bool:
            need = self.PATTERN_NEEDS.get(name)
            if need is None:
                return True
            if id(need) not in met:
                met[id(need)] = need.search(text) is not None
            return met[id(need)]

        names = tuple(p.name for p in self.patterns if needed(p.name))
        if len(names) == len(self.patterns):
            return self
        if not names:
            return None
        subsets = self.__dict__.setdefault("_subsets", {})
        subset = subsets.get(names)
        if subset is None:
            subset = copy.copy(self)
            subset.patterns = [p for p in self.patterns if p.name in names]
            subsets[names] = subset
        return subset


class AnyWord:
    """A NEEDS of plain words: found when one of them stands anywhere in the text, in any case, and
    then (if given) when `then` finds something too. One casefold and a substring test per word, where
    a regex of alternatives is tried at every position of the text. (Full case folding finds at least
    what IGNORECASE matches: "ſ" folds to "s".)"""

    def __init__(self, *words: str, then: regex.Pattern | None = None) -> None:
        self.words = tuple(word.casefold() for word in words)
        self.then = then

    def search(self, text: str) -> object | None:
        folded = casefolded(text)
        if not any(word in folded for word in self.words):
            return None
        return self.then.search(text) if self.then is not None else True


_LAST_FOLDED: tuple[str, str] = ("", "")  # the text last case-folded, and its fold


def casefolded(text: str) -> str:
    """`text.casefold()`, made once for the text that the recognizers read in turn (a chunk of drafts of
    20,000 characters: folding it for each recognizer that looks for words cost as much as their search)."""
    global _LAST_FOLDED
    last = _LAST_FOLDED  # one tuple, replaced whole: a thread never reads another text's fold
    if last[0] is not text:
        last = _LAST_FOLDED = (text, text.casefold())
    return last[1]


class Either:
    """A NEEDS met when either of two is."""

    def __init__(self, first: regex.Pattern | AnyWord, second: regex.Pattern | AnyWord) -> None:
        self.first, self.second = first, second

    def search(self, text: str) -> object | None:
        return self.first.search(text) or self.second.search(text)


# numbers of an organisation in a public register, not of a person: "KvK-nummer: 41038542",
# "KvK-nummer Stichting Lithora: 41261337", "RSIN: 816543210" (an RSIN passes the same elfproef as a BSN), "btw-nummer", "Brinnummer"
ORGANISATION_NUMBER_BEFORE = regex.compile(
    # "brin" and "vat" only as themselves or before "nummer", "-nr", "code": not the surname "Brink", not "vatten"
    r"\b(?:(?:kvk|kamer van koophandel|rsin|btw|vestigings|fiscaal|anbi|handelsregister)[\w-]*"
    r"|(?:brin|vat)(?:-?(?:nummer|nr|no|code|id)\b|\b))"
    r"(?:\s*(?:nummer|nr\.?|no\.?))?"
    r"(?:\s+(?-i:[A-Z][\w.&'-]*|van|de|der|het|en)){0,4}"  # "KvK-nummer Stichting Lithora: 41261337"
    r"\s*[:.=]?\s*\(?$",
    regex.IGNORECASE,
)


# numbers of a thing, not of a person: "Artikelnummer 0612345678", "Bestelnummer 06-1234-5678", "Kenmerk: 123456782",
# "klantnummer 100234987" (a shop's number for its customer, no BSN)
REFERENCE_NUMBER_BEFORE = regex.compile(
    r"\b(?:artikel|bestel|order|factuur|betalings|transactie|referentie|pakket|zending|track|ean|isbn|klant|debiteur|"
    r"contract|polis|offerte|reserverings|boekings|ticket)"
    r"[\w-]*(?:\s*(?:nummer|nr\.?|no\.?|code))?\s*[:.=]?\s*\(?$|\b(?:betalings)?kenmerk\s*[:.=]?\s*$",
    regex.IGNORECASE,
)


def organisation_number(text: str, result: RecognizerResult) -> bool:
    """Does a register label of an organisation ("KvK-nummer:", "RSIN") or of an order, article or payment
    ("Artikelnummer", "Kenmerk:") stand just before the number?"""
    window = before(text, result, 40)
    return ORGANISATION_NUMBER_BEFORE.search(window) is not None or REFERENCE_NUMBER_BEFORE.search(window) is not None


def before(text: str, result: RecognizerResult, chars: int) -> str:
    """Up to `chars` characters before the match, within its own draft: short drafts are screened
    joined by a separator holding NUL (analyzer.SEPARATOR), and one draft's words say nothing about
    another's."""
    window = text[max(0, result.start - chars) : result.start]
    return window[window.rfind("\x00") + 1 :]


def after(text: str, result: RecognizerResult, chars: int) -> str:
    """Up to `chars` characters after the match, within its own draft (see `before`)."""
    return text[result.end : result.end + chars].split("\x00", 1)[0]
