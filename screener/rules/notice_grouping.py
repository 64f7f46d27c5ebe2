"""C1, one notice, one warning: the sentences of a paragraph (a list's lines included), and a title line over it,
pass on one notice, reported at the first sentence that names it; a paragraph right after it that only adds what
to bring goes on with it; a paragraph without a title that passes on two matters gets a warning for each
(channel.py finds the announcements, this module groups them)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from screener.rules.analysis import Analysis

TITLE_WORDS = 10  # a line this short, without a full stop, standing over a paragraph, is its title


@dataclass(frozen=True)
class Announcement:
    start: int  # of the practical matter named, in Document.text
    end: int
    topic: str  # as written
    detail: bool = False  # a thing to bring or a time, no practical matter of its own ("een lunchpakket mee")


def _notices(analysis: Analysis) -> list[int]:
    """The start of the notice each paragraph belongs to: a paragraph, and a title line over it ("Huiswerk
    groep 8, week 47" above its lines) with the paragraph under it."""
    starts, notice, title_above = [], 0, False
    for para in analysis.paragraphs:
        if not title_above:
            notice = para.start
        starts.append(notice)
        text = analysis.text[para.start:para.end].strip()
        title_above = "\n" not in text and len(analysis.tokens(para)) <= TITLE_WORDS \
            and not text.endswith((".", "!", "?"))
    return starts


def one_per_notice(analysis: Analysis, found: list[Announcement]) -> list[Announcement]:
    """The sentences of one paragraph (a list included), and a title over it, pass on one notice: the
    first sentence that names it stands for it ("De volgende zwemles is donderdag. Vergeet de badmuts
    niet!"), and the title only when the lines under it name nothing themselves ("# Huiswerk groep 8").
    A paragraph right after a notice that only adds details to it (what to bring: a list under "Op
    dinsdag gaan we op schoolreis.") goes on with that notice; one that names a matter of its own is
    the next notice."""
    notices = _notices(analysis)
    starts = [p.start for p in analysis.paragraphs]
    kept: dict[int, list[tuple[bool, Announcement]]] = {}  # per notice: (named in its title, announcement)
    last_paragraph = -2
    for announcement in found:
        i = max(0, bisect.bisect_right(starts, announcement.start) - 1)
        notice = notices[i]
        if announcement.detail and kept and i == last_paragraph + 1 and notice not in kept:
            notice = next(reversed(kept))  # the details of the notice just before
        in_title = i + 1 < len(notices) and notices[i + 1] == notices[i]
        # under a title ("# Huiswerk groep 8, week 47") the lines are that one notice, whatever each names
        titled = in_title or notice != starts[i]
        matters = kept.setdefault(notice, [])
        if not matters:
            matters.append((in_title, announcement))
        elif matters[0][0] and not in_title and len(matters) == 1:
            matters[0] = (in_title, announcement)  # the title stands for the notice only when its lines name nothing
        elif not (titled or any(announcement.detail or same_matter(a.topic, announcement.topic) for _, a in matters)):
            matters.append((in_title, announcement))  # "Morgen geen gym. Het huiswerk moet maandag af.": two matters
        last_paragraph = i
    return [announcement for matters in kept.values() for _, announcement in matters]


# how children are brought and picked up, however it is named: "het hek gaat pas om 14.15 uur open" and "u haalt
# uw kind voortaan op bij de zij-ingang" are one change
_PICK_UP = re.compile(r"(?<![\w])(?:hek|hekken|poort|deur|deuren|ingang|zij-ingang|schooldeur|haalt|halen|haal|"
                      r"ophalen|brengt|brengen|breng)(?![\w])")


def same_matter(one: str, other: str) -> bool:
    """"gym", "gymles" and "gymspullen" name one matter; "gym" and "huiswerk" two; the gate's opening time and the
    place where children are picked up one."""
    a, b = one.lower(), other.lower()
    return a.startswith(b) or b.startswith(a) or bool(_PICK_UP.match(a) and _PICK_UP.match(b))
