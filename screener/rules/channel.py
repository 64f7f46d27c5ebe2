"""C1: practical announcements (lesuitval, huiswerk, gymspullen, schoolreis, ...) go through Parro
or mail. A sentence counts when it names such a matter, it or a neighbouring sentence announces or
reminds ("vergeet niet", "morgen", "neem ... mee", a weekday or date), and it does not report
afterwards ("gisteren", "geweest").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from screener.rules import lexicon
from screener.rules.analysis import Analysis


@dataclass(frozen=True)
class Announcement:
    start: int  # of the practical matter named, in Document.text
    end: int
    topic: str  # as written


@functools.lru_cache(maxsize=16)
def _patterns(extra: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    topics = lexicon.alternation([*lexicon.lines("announcements.txt"), *extra])
    cues = lexicon.regexes(list(lexicon.lines("announcement_cues.txt")))
    past = lexicon.regexes(list(lexicon.lines("announcement_past.txt")))
    return topics, cues, past


def announcements(analysis: Analysis, extra_topics: tuple[str, ...] = ()) -> list[Announcement]:
    """At most one announcement per sentence: the first practical matter it names."""
    topics, cues, past = _patterns(extra_topics)
    found = []
    sentences = analysis.sentences
    for i, sentence in enumerate(sentences):
        topic = topics.search(analysis.folded, sentence.start, sentence.end)
        if not topic or past.search(analysis.folded, sentence.start, sentence.end):
            continue
        # an announcement often takes two sentences: "Er is geen les in de middag." after "donderdag ..."
        nearby = sentences[max(0, i - 1):i + 2]
        if any(cues.search(analysis.folded, s.start, s.end) for s in nearby):
            found.append(Announcement(topic.start(), topic.end(), analysis.text[topic.start():topic.end()]))
    return found
