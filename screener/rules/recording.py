"""A1 and A7: recordings made during lessons or school activities without recorded consent.

Text: a sentence that names a recording ("filmpje", "foto's", "gefilmd", "screenshot") together with
a lesson ("tijdens de rekenles", "in de klas") -> A1 for medewerkers and leerlingen, or with a school
activity ("schoolkamp", "musical", "sportdag", "online les" for an ouder) -> A7. Consent counts as
recorded when the front matter has `toestemming:`/`consent:` or the text says consent was given.
Photos: `recorded_in_school_hours` tells the image stage whether EXIF DateTimeOriginal falls in
the configured school hours.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from screener.config import Config
from screener.rules import lexicon
from screener.rules.analysis import Analysis
from screener.rules.settings import parse_school_hours

CONSENT_KEYS = ("toestemming", "consent")
_NO = {"", "nee", "no", "false", "geen", "onbekend", "nvt", "n.v.t."}
_CONSENT_TEXT = re.compile(r"\btoestemming\w*|\bakkoord (?:gegeven|gaven|gaf)\b|\bingestemd\b")
_NEGATION = re.compile(r"\b(?:zonder|geen|niet|nog niet|zonder dat)\b[^.!?\n]{0,25}$")
_VIEWING = re.compile(r"\b(?:keken|kijken|gekeken|zagen|zien|bekeken)\b")
_MAKING = re.compile(r"\b(?:maakte|maakten|gemaakt|gefilmd|opgenomen|geschoten|vastgelegd|filmde|nam)\b")
# A film a public maker made ("welke YouTuber het grappigste filmpje heeft gemaakt"): published, not made at school
_PUBLIC_MAKER = re.compile(r"\b(?:youtubers?|vloggers?|influencers?|tiktokkers?|streamers?|filmmakers?|regisseurs?)\b")
RECORDING_ROLES = {"medewerker", "leerling", "ouder"}  # the school account has its own consent process (A5)
LESSON_ROLES = {"medewerker", "leerling"}  # A1 names these; an ouder recording a lesson falls under A7


@dataclass(frozen=True)
class Recording:
    start: int
    end: int
    words: str  # the recording, as written
    during_lesson: bool


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    return (lexicon.regexes(list(lexicon.lines("recording.txt"))),
            lexicon.regexes(list(lexicon.lines("lessons.txt"))),
            lexicon.regexes(list(lexicon.lines("activities.txt"))))


def consent_recorded(analysis: Analysis) -> bool:
    for key in CONSENT_KEYS:
        value = analysis.doc.meta.get(key)
        if value not in (None, False) and str(value).strip().lower() not in _NO:
            return True
    for m in _CONSENT_TEXT.finditer(analysis.folded):
        before = analysis.folded[max(0, m.start() - 30):m.start()]
        if not _NEGATION.search(before):
            return True
    return False


def recordings(analysis: Analysis) -> list[Recording]:
    """At most one recording per sentence that places it in a lesson or school activity."""
    recording, lesson, activity = _patterns()
    found = []
    for sentence in analysis.sentences:
        span = (sentence.start, sentence.end)
        rec = recording.search(analysis.folded, *span)
        if not rec:
            continue
        text = analysis.folded[sentence.start:sentence.end]
        if _VIEWING.search(text) and not _MAKING.search(text):
            continue  # "we keken een filmpje in de klas": watched, not recorded
        if _PUBLIC_MAKER.search(text):
            continue  # "welke YouTuber het grappigste filmpje heeft gemaakt": someone else's published film
        in_lesson = bool(lesson.search(analysis.folded, *span))
        if in_lesson or activity.search(analysis.folded, *span):
            found.append(Recording(rec.start(), rec.end(), analysis.text[rec.start():rec.end()], in_lesson))
    return found


def recorded_in_school_hours(taken_at: dt.datetime, config: Config | None = None) -> bool:
    """True when a photo taken at `taken_at` (local time, as in EXIF DateTimeOriginal) falls within
    the school hours of [policy] school_hours (default "ma-vr 08:30-15:15")."""
    if config is None:
        from screener.config import DEFAULTS

        entries = DEFAULTS["policy"]["school_hours"]
    else:
        entries = config["policy"]["school_hours"]
    return _hours(tuple(entries)).contains(taken_at)


@functools.lru_cache(maxsize=8)
def _hours(entries: tuple[str, ...]):
    return parse_school_hours(list(entries))
