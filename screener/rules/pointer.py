"""C1: a sentence that only points to Parro or the mail ("de paklijst voor het schoolkamp staat vanaf vandaag in
Parro") sends the readers to the channel the protocol asks for: it names the matter but passes nothing on. One that
also cancels or moves something ("De gymles gaat donderdag niet door, meer in Parro") is still a notice."""

from __future__ import annotations

import functools
import re

from screener.rules import lexicon
from screener.rules.analysis import Analysis, Segment

ELSEWHERE = "announcement_elsewhere.txt"


@functools.lru_cache(maxsize=1)
def _pointer() -> re.Pattern:
    return lexicon.regexes(lexicon.entries(ELSEWHERE))


def points_elsewhere(analysis: Analysis, sentence: Segment, changed: re.Pattern | None) -> bool:
    """The sentence says the matter's details are in Parro or the mail, and changes nothing itself (`changed`: the
    pattern of a lesson cancelled or moved, for a post that has such words)."""
    if not lexicon.needed(ELSEWHERE, analysis.folded):
        return False
    if not _pointer().search(analysis.folded, sentence.start, sentence.end):
        return False
    return not (changed and changed.search(analysis.folded, sentence.start, sentence.end))
