"""C1: practical announcements (lesuitval, huiswerk, gymspullen, schoolreis, ...) go through Parro
or mail. A sentence counts when it names such a matter, it or a neighbouring sentence announces or
reminds ("vergeet niet", "morgen", "neem ... mee", a weekday or date, a label like "Huiswerk:"),
and it does not report afterwards ("gisteren", "geweest") or tell about one's own family ("mijn
dochter moet morgen haar gymtas mee").

Practical matters come in two kinds: words that are about school by themselves ("huiswerk",
"gymles", "topotoets", "de kinderen zijn vrij"), and things children bring ("handdoek", "muts",
"knuffel mag mee"), which count only when the sentence or a neighbour speaks to a group, the
children or their parents, and not in a sentence about the weekend or a holiday.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from screener.rules import lexicon
from screener.rules.analysis import Analysis, Segment

# "Huiswerk: blz 23-25", "Groep 7 let op:", "Gr 4: gymkleren": a short label opening the sentence.
_LABEL = re.compile(r"\s*[\w .'\-]{1,25}:\s")


@dataclass(frozen=True)
class Announcement:
    start: int  # of the practical matter named, in Document.text
    end: int
    topic: str  # as written


@dataclass(frozen=True)
class _Patterns:
    topics: re.Pattern
    items: re.Pattern
    bring: re.Pattern
    audience: re.Pattern
    cues: re.Pattern
    past: re.Pattern
    family: re.Pattern
    off_school: re.Pattern


@functools.lru_cache(maxsize=16)
def _patterns(extra: tuple[str, ...]) -> _Patterns:
    words = lexicon.alternation([*lexicon.lines("announcements.txt"), *extra])
    phrases = lexicon.regexes(list(lexicon.lines("announcement_patterns.txt")))
    return _Patterns(
        topics=re.compile(words.pattern + "|" + phrases.pattern),
        items=lexicon.regexes(list(lexicon.lines("announcement_items.txt"))),
        bring=lexicon.regexes(list(lexicon.lines("announcement_bring.txt"))),
        audience=lexicon.regexes(list(lexicon.lines("announcement_audience.txt"))),
        cues=lexicon.regexes(list(lexicon.lines("announcement_cues.txt"))),
        past=lexicon.regexes(list(lexicon.lines("announcement_past.txt"))),
        family=lexicon.regexes(list(lexicon.lines("announcement_family.txt"))),
        off_school=lexicon.regexes(list(lexicon.lines("announcement_off_school.txt"))),
    )


def _cued(analysis: Analysis, patterns: _Patterns, sentence: Segment) -> bool:
    return bool(patterns.cues.search(analysis.folded, sentence.start, sentence.end)) or _labelled(analysis, patterns,
                                                                                                  sentence)


def _labelled(analysis: Analysis, patterns: _Patterns, sentence: Segment) -> bool:
    """The sentence opens with a label naming the matter or the group: "Huiswerk:", "Gr 4:"."""
    label = _LABEL.match(analysis.folded, sentence.start, sentence.end)
    if not label or analysis.text[sentence.start:sentence.end].rstrip().endswith("?"):  # "Huiswerk: ja of nee?"
        return False
    start = label.start() + len(label.group()) - len(label.group().lstrip())
    return any(p.match(analysis.folded, start, label.end()) for p in (patterns.topics, patterns.audience))


def announcements(analysis: Analysis, extra_topics: tuple[str, ...] = ()) -> list[Announcement]:
    """At most one announcement per sentence: the first practical matter it names."""
    patterns = _patterns(extra_topics)
    found = []
    sentences = analysis.sentences
    for i, sentence in enumerate(sentences):
        # an announcement often takes two sentences: "Er is geen les in de middag." after "donderdag ..."
        nearby = sentences[max(0, i - 1):i + 2]
        topic = patterns.topics.search(analysis.folded, sentence.start, sentence.end)
        if not topic:
            topic = patterns.items.search(analysis.folded, sentence.start, sentence.end) \
                or patterns.bring.search(analysis.folded, sentence.start, sentence.end)
            speaks_to_class = any(patterns.audience.search(analysis.folded, s.start, s.end) for s in nearby)
            if topic and (not speaks_to_class or patterns.off_school.search(analysis.folded, sentence.start,
                                                                              sentence.end)):
                topic = None
        if not topic or patterns.past.search(analysis.folded, sentence.start, sentence.end) \
                or patterns.family.search(analysis.folded, sentence.start, sentence.end):
            continue
        if _cued(analysis, patterns, sentence) or any(
                _cued(analysis, patterns, s) and not patterns.past.search(analysis.folded, s.start, s.end)
                for s in nearby if s is not sentence):
            found.append(Announcement(topic.start(), topic.end(), analysis.text[topic.start():topic.end()]))
    return found
