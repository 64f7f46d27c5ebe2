"""The sentence around a name, and the school context in it that makes the name a pupil's.

School context right beside a name ("(groep 7)", ", groep 4", "leerling X", "(9 jaar)") makes it a
pupil's whatever the lists or the sentence say (several groups in brackets, "Händel (groep 7 en 8)", name who
performs or reads a work, no one pupil's group); a pupil's work in the sentence ("boekverslag",
"schoolkrant") makes the sentence's cues for an author count for nothing (`public_roles`). Also the
small text helpers the other modules of `screener.text.not_persons` share: a word, a sentence's end,
the token at a character.
"""

from __future__ import annotations

import bisect
import re


# school context right next to a name makes it a pupil's, whatever a list says: "Sem Bakker (groep 7)",
# "Daan Visser, groep 4", "Yara (9 jaar)", "leerling Lucas Smit", "groep 8: Sem Bakker"
PUPIL_AFTER = re.compile(
    r"^\s*[,(–—-]?\s*(?:(?:uit|van|in|zit\s+in|leerlinge?\s+(?:van|uit|in))\s+)?"
    r"(?:groep|gr\.?|klas|leerjaar|unit)\s*\d|^\s*[,(]\s*\d{1,2}(?:\s*jaar)?\s*[),]|^\s*[,(]\s*leerlinge?\b",
    re.IGNORECASE,
)
# ... and before it: "leerling Lucas", "groep 8: Sem", "een leerling van groep 6, Lego Jansen"
PUPIL_BEFORE = re.compile(r"(?:\bleerlinge?n?|\b(?:groep|klas)\s*\d\w*\s*[:\-–]?|"
                          r"\bleerlinge?\s+(?:van|uit|in)\s+(?:groep|klas)\s*\d\w*\s*,)\s*$", re.IGNORECASE)
# a pupil's work or paper in the sentence: then a title or a profession does not make a published author
# ("groep 4 leest Kruimeltje (Chris van Abkoude)" is about a class, not by it: only beside the name)
PUPIL_WORK = re.compile(
    r"\b(?:boekverslag\w*|boekbespreking\w*|spreekbeurt\w*|werkstuk\w*|opstel\w*|schoolkrant\w*|klassenkrant\w*|"
    r"groepskrant\w*|redactie)",
    re.IGNORECASE,
)
PUPIL_REACH = 40  # characters after a name that may tie it to a group
SENTENCE_REACH = 300  # characters either side of a name read as its sentence (a long line costs no more)
WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"[.!?]\s")
# before a word that opens its line: nothing, or a list's bullet, a heading's marks, a quote or an emoji
LINE_OPENING = re.compile(r"(?:[-*•#>\d.)\s\"'“‘«]|[^\w\s])*")


def token_index(starts: list[int], char: int) -> int:
    return bisect.bisect_right(starts, char) - 1


def sentence_around(doc, start: int, end: int) -> tuple[str, str]:  # noqa: ANN001
    """The sentence's text before token start and after token end - 1, on the same line."""
    text = doc.text
    at, stop = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    line_start = text.rfind("\n", max(0, at - SENTENCE_REACH), at) + 1
    line_end = text.find("\n", stop, stop + SENTENCE_REACH)
    before = SENTENCE_END.split(text[max(line_start, at - SENTENCE_REACH):at])[-1]
    after = SENTENCE_END.split(text[stop:line_end if line_end >= 0 else stop + SENTENCE_REACH])[0]
    return before, after


def pupil_beside(doc, start: int, end: int) -> bool:  # noqa: ANN001
    """Does school context right next to the name make it a pupil's ("Sem Bakker (groep 7)",
    "Daan Visser, groep 4", "leerling Lucas Smit", "groep 8: Sem Bakker")?"""
    return pupil_context(*sentence_around(doc, start, end))


# several groups after the name: who performs or reads the work, not the group of one pupil ("Händel (groep 7 en
# 8)", "Annie M.G. Schmidt (groep 3 t/m 5)")
GROUPS_AFTER = re.compile(r"^\s*\(\s*(?:groep|gr\.?|klas)\s*\d+\w?\s*(?:en|t/m|tot en met|-|–|,)\s*\d", re.IGNORECASE)


def pupil_context(before: str, after: str) -> bool:
    return (PUPIL_AFTER.match(after[:PUPIL_REACH]) is not None and GROUPS_AFTER.match(after[:PUPIL_REACH]) is None) \
        or PUPIL_BEFORE.search(before) is not None


def opens_sentence(doc, i: int) -> bool:  # noqa: ANN001
    """Does token i open its sentence: first on its line after a bullet or a heading's marks, or after ". ", "! ",
    "? ", ": "?"""
    text = doc.text
    at = doc[i].idx
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    if LINE_OPENING.fullmatch(before):
        return True
    stripped = before.rstrip()
    return len(stripped) < len(before) and stripped[-1:] in {".", "!", "?", ":"}
