"""C1 in words no list names. The protocol's examples (lesuitval, huiswerk, gymspullen, schoolreis) share what
makes them practical: they ask the readers, parents or a class, to do something for one of the next days, or
tell them that their children's school day changes. A sentence that does so is a notice whatever matter it
names ("Neem morgen allemaal een leeg jampotje mee", "Donderdag tussen 14.15 en 14.45 uur kunt u het komen
halen", "de boswandeling van groep 7 gaat vanmiddag niet door"):

- an ask (data/notice_asks.txt) in a post that speaks to its readers ("u", "jullie", "allemaal", a class), or a
  change to the school day of a class or the children named beside it; an ask they may take or leave ("kom
  gerust eens kijken") is an invitation, and a sentence that sends them to Parro or mail ("Via Parro kunt u
  zich inschrijven") uses the right channel;
- and a near moment in the sentence or the one beside it: "morgen", a weekday, a clock time, a date.

What is not for the readers' next days stays quiet however it asks (data/notice_not_for_readers.txt): a sale
("Neem zelf hulp mee"), a vacancy ("Reageren kan tot 10 januari"), an invitation to a public event ("iedereen
uit de wijk is welkom"). channel.py decides the rest as for any notice: a report afterwards, a sentence about
one's own family or the weekend, an information page, a question.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from screener.rules import lexicon
from screener.rules.analysis import Analysis, Segment

ASKS = "notice_asks.txt"
CHANGE = "change:"
INVITATION = "invitation:"
CLAUSE = "@:"  # the pattern after it begins a clause: the sentence's start, or after a comma, colon, "en" or an emoji
_CLAUSE_BEFORE = re.compile(r"(?:\A|[,:;!?.\u2026]|[^\w\s\-'\"\u201c\u201d\u2018\u2019/()]|(?<![\w])en)\s*\Z")
RIGHT_CHANNEL = "channel:"
HOURS = "hours:"  # the hours of the school day change: it ends, starts or goes home at another time
NEEDS_READERS = "readers:"  # an ask that names no reader: it counts in a post that speaks to its readers
# a question that asks politely is a request or a reminder: "Zou u vrijdag uw kind een lunchpakket mee willen
# geven?", "Denken jullie aan ...?", "Neem je morgen ... mee?" (channel.py reads it where a question opens)
POLITE_REQUEST = (r"(?:wilt|wil|willen|kunt|kun|kunnen|zou|zouden|mag|mogen|denk|denkt|denken|vergeet|vergeten|neem|"
                  r"neemt|nemen|geef|geeft|geven|breng|brengt|brengen) "
                  r"(?:u|je|jij|jullie|iedereen|allemaal|alle kinderen|ieder kind|elk kind)(?![\w])")
_POLITE = re.compile(r"(?<![\w])" + POLITE_REQUEST)
WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond)?"
MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
# a moment near the day of writing: the near words of announcement_near.txt, a weekday, a clock time, a date
_HOUR = r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|\d{1,2})(?![\w.:])"
_CLOCK = rf"\d{{1,2}}[.:]\d{{2}}(?: uur)?|\d{{1,2}} uur|(?:half|kwart over|kwart voor) {_HOUR}"
_DATE = rf"\d{{1,2}}(?:e|ste|de)? {MONTH}"  # "7/8" is as often a class as a date
# the readers of the post: "u", "jullie", "allemaal", parents, a class or the children
_READERS = re.compile(r"(?<![\w])(?:u|uw|jullie|je|jij|allemaal|iedereen|ouders|(?:groep|gr\.?) ?\d+\w?|klas|"
                      r"kinderen|leerlingen|kleuters)(?![\w])")
# the school or its lessons as the ones whose day changes: "stoppen we", "is de school ... uit", "eindigen de lessen"
_SCHOOL = re.compile(r"(?<![\w])(?:we|wij|school|de lessen|alle lessen|ikc)(?![\w])")
_CLASS = re.compile(r"(?<![\w])(?:(?:groep|gr\.?) ?\d+\w?|groepen|klas|klassen|kinderen|leerlingen|kleuters)(?![\w])")


@dataclass(frozen=True)
class _Patterns:
    asks: re.Pattern
    imperatives: re.Pattern  # an ask only where it opens a clause: "Neem morgen ... mee", not "ze neemt ... mee"
    unaddressed: re.Pattern  # an ask that names no reader: "Dat kan nog tot zondag"
    changes: re.Pattern
    moment: re.Pattern
    not_for_readers: re.Pattern
    invitation: re.Pattern  # the readers may take or leave it: "kom gerust eens kijken"
    right_channel: re.Pattern  # the sentence sends the readers to Parro or mail
    hours: re.Pattern  # the school day ends or starts at a time: "zijn de kinderen om half 1 uit"
    clock: re.Pattern
    day: re.Pattern  # a day: "morgen", a weekday, a date (a clock time alone is every day's)


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    near = list(lexicon.lines("announcement_near.txt"))
    return _Patterns(
        asks=lexicon.regexes([a for a in lexicon.entries(ASKS) if not a.startswith(CLAUSE)]),
        imperatives=lexicon.regexes([a[len(CLAUSE):] for a in lexicon.entries(ASKS) if a.startswith(CLAUSE)]),
        unaddressed=lexicon.regexes(lexicon.entries(ASKS, NEEDS_READERS)),
        changes=lexicon.regexes(lexicon.entries(ASKS, CHANGE)),
        moment=lexicon.regexes([*near, WEEKDAY, _CLOCK, _DATE]),
        not_for_readers=lexicon.regexes(list(lexicon.lines("notice_not_for_readers.txt"))),
        invitation=lexicon.regexes(lexicon.entries(ASKS, INVITATION)),
        right_channel=lexicon.regexes(lexicon.entries(ASKS, RIGHT_CHANNEL)),
        hours=lexicon.regexes(lexicon.entries(ASKS, HOURS)),
        clock=lexicon.regexes([_CLOCK]),
        day=lexicon.regexes([*near, WEEKDAY, _DATE]),
    )


def for_readers(analysis: Analysis) -> bool:
    """The post's asks are for its readers: it is no sale, vacancy or invitation to a public event."""
    return not _patterns().not_for_readers.search(analysis.folded)


def ask_or_change(analysis: Analysis, sentences: list[Segment], i: int) -> re.Match | None:
    """The words of sentence i that pass a notice on in words no list names: an ask to the readers or a change
    to a class's school day, with a near moment in it or beside it; None otherwise."""
    patterns = _patterns()
    sentence = sentences[i]
    folded = analysis.folded
    nearby = sentences[max(0, i - 1):i + 2]
    text = folded[sentence.start:sentence.end]
    # a question asks nothing, but a polite one with its own day does ("Zou u vrijdag ... mee willen geven?")
    if "?" in text and not (_POLITE.search(text) and patterns.moment.search(text)) \
            or not any(patterns.moment.search(folded, s.start, s.end) for s in nearby) \
            or patterns.right_channel.search(folded, sentence.start, sentence.end):
        return None
    change = patterns.changes.search(folded, sentence.start, sentence.end) or changed_hours(analysis, sentences, i)
    if change and any(_CLASS.search(folded, s.start, s.end) or _SCHOOL.search(folded, s.start, s.end) for s in nearby):
        return change
    ask = patterns.asks.search(folded, sentence.start, sentence.end) \
        or next((m for m in patterns.imperatives.finditer(folded, sentence.start, sentence.end)
                 if _CLAUSE_BEFORE.search(folded[sentence.start:m.start()])), None)
    if not ask and _READERS.search(folded):
        ask = patterns.unaddressed.search(folded, sentence.start, sentence.end)
    # "Wilt u meedenken over het schoolplein? ... u bent van harte welkom": an invitation beside it makes it one
    if ask and not any(patterns.invitation.search(folded, s.start, s.end) for s in nearby):
        return ask
    return None


_USUAL = re.compile(r"(?<![\w])(?:gewoon|zoals altijd|zoals gewoonlijk|normale? (?:tijd|tijden|schooltijden))(?![\w])")


def changed_hours(analysis: Analysis, sentences: list[Segment], i: int) -> re.Match | None:
    """The school day of sentence i ends or starts at another time on a given day, however it is worded: "we stoppen
    morgen om 12.00", "de kinderen zijn donderdag om half 1 uit", "gaan vrijdag om 12 uur naar huis"; the words that
    say so, or None. It takes a clock time in the sentence and a day in it or beside it: "de school is om 14.15 uur
    uit" is every day's, and "morgen gewoon weer school, om 8.25 gaan de deuren open" the usual hours."""
    patterns = _patterns()
    sentence = sentences[i]
    hours = patterns.hours.search(analysis.folded, sentence.start, sentence.end)
    if not hours or not patterns.clock.search(analysis.folded, sentence.start, sentence.end) \
            or _USUAL.search(analysis.folded, sentence.start, sentence.end):
        return None
    nearby = sentences[max(0, i - 1):i + 2]
    return hours if any(patterns.day.search(analysis.folded, s.start, s.end) for s in nearby) else None


_DEADLINE = re.compile(r"(?:tot|voor|uiterlijk|vóór) (?:a\.s\. |aanstaande |komende )?\Z")


def deadline(analysis: Analysis, start: int) -> bool:
    """The weekend word at `start` is a deadline ("Dat kan nog tot zondag 20.00 uur"), not a weekend plan."""
    return bool(_DEADLINE.search(analysis.folded[max(0, start - 20):start]))
