"""Where a draft was written and by whom, read from its shape when nobody said (no front matter, no
--channel, no --author-role). An export carries its platform in its first lines, as a reader sees it:

- a class app's timeline ("Klasbord – Groep 3b – Tijdlijn", "Parro · Groep 5", a Google Classroom stream, a class's
  channel in Microsoft Teams) is the
  school app: the channel the protocol (C1) names for practical notices, not social media;
- a social platform's header ("@ikcdezevenzeeen · TikTok", "CBS Het Baken @cbshetbaken.bsky.social") is a school
  account when the handle is one of the organisation's schools, else someone's own account whose writer
  nobody named: a pupil's TikTok is not a staff member's, so the C and D rules, which bind staff, do not apply
  (A8 binds everyone);
- a post's header in a thread ("CBS Het Baken @cbshetbaken · 8 apr.", as X, Threads and Bluesky show it) is a
  social platform's, also when no platform is named;
- a newsletter's masthead on the first line ("NIEUWSBRIEF IKC DE ZEVEN ZEEËN – extra editie", "Weekbrief groep 6 –
  CBS Het Baken", "Ouderbrief juni") is the newsletter: it goes out by mail, the channel the protocol (C1) names
  for practical notices. A sentence that names the newsletter ("De nieuwsbrief staat in Parro.") is no masthead.
  A subject line among the first lines ("Onderwerp: gym morgen") makes a mail of it too, also without its other
  header lines;
- on a public profile the answers "van de eigenaar" (Google's questions and answers, reviews) are the school's.

Without such a shape the configured channel stands.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from screener.rules import lexicon

OPENING_LINES = 3  # the lines of an export that name its platform
SCHOOL = "school"  # the writer is the school itself
SOMEONE = "iemand"  # someone on their own account, role not stated
_CLASS_APP = re.compile(r"(?<![\w])(?:klasbord|parro|classdojo|social schools|schoudercom|basisonline|digiduif|"
                        r"google classroom|microsoft teams)"
                        r"(?![\w])")
_PLATFORM = re.compile(r"(?<![\w])(?:tiktok|instagram|facebook|twitter|bluesky|mastodon|threads|linkedin|youtube|"
                       r"snapchat|pinterest)(?![\w])|\.bsky\.social")
# "Display name @handle · 3 mrt." / "Name (@handle) · 2u" / "@handle · 2u": the header of a post in a thread, on a line of its own
_POST_HEADER = re.compile(r"^[^\n@]{0,60}@[\w.]{3,40}\)?[ \t]+[\u00b7\u2022][ \t]+\S", re.M)
# the masthead: a newsletter's name within its first words, on a line that is no sentence
_NEWSLETTER = re.compile(r"\A\W*(?:[\w']+[^\w\n]{1,3}){0,4}?(?:nieuwsbrief|weekbrief|ouderbrief|maandbrief|infobrief|"
                         r"nieuwsflits|ouderinfo|weekbericht|ouderbericht)(?![\w])(?![^\n]*[.!?:]\s*\Z)")
_SUBJECT = re.compile(r"^(?:onderwerp|subject)[ \t]*:[ \t]*\S", re.M)
_HANDLE = re.compile(r"(?<![\w@])@([\w.]{3,40})")
_OWNER = re.compile(r"(?<![\w])(?:antwoord|reactie) van de eigenaar(?![\w])")


@dataclass(frozen=True)
class Shape:
    channel: str | None = None  # "schoolapp", "schoolaccount", "persoonlijk"; None: the shape says nothing
    writer: str | None = None  # SCHOOL, SOMEONE or None


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", lexicon.fold(text))


@functools.lru_cache(maxsize=8)
def _school_handles(organisation: str, schools: tuple[str, ...]) -> tuple[str, ...]:
    """What a school's handle holds: 'IKC De Zeven Zeeën' -> 'dezevenzeeen', 'zevenzeeen'; the organisation's name."""
    names = [_letters(organisation)]
    for school in schools:
        words = lexicon.fold(school).split()
        names += [_letters(" ".join(words[i:])) for i in range(1, len(words))]
    return tuple(n for n in names if len(n) >= 5)


def read(text: str, organisation: str, schools: tuple[str, ...]) -> Shape:
    """The platform and writer the draft's first lines show."""
    lines = [lexicon.fold(line) for line in text.splitlines() if line.strip()][:OPENING_LINES]
    opening = "\n".join(lines)
    if _CLASS_APP.search(opening):
        return Shape("schoolapp", SCHOOL)
    if _NEWSLETTER.match(lines[0] if lines else "") or _SUBJECT.search(opening):
        return Shape("nieuwsbrief")
    if _PLATFORM.search(opening) or _POST_HEADER.search(opening):
        handle = _HANDLE.search(opening)
        ours = _school_handles(organisation, schools)
        if handle and any(name in _letters(handle.group(1)) for name in ours):
            return Shape("schoolaccount", SCHOOL)
        if handle:
            return Shape("persoonlijk", SOMEONE)
    if _OWNER.search(lexicon.fold(text)):
        return Shape(None, SCHOOL)
    return Shape()
