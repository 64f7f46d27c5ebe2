"""The writer's own signature: "Ilse Vermeulen, leerkracht groep 6 bij OBS De Regenboog (Lithora)".

Protocol C2 asks a medewerker who writes about the school to say who they are and what they do.
A name that opens a line and is followed by a job title ("leerkracht", "intern begeleider") is
the writer signing their own post, on purpose; so is a staff member's form of address with a
name as the post's last line ("Juf Lotte"). The pipeline keeps these in the report as info
instead of an error. A pupil's or parent's name has neither a school job title nor "juf" or
"meester", so it stays an error ("Sanne, groep 5", "Sanne, de dochter van juf Anouk").
"""

from __future__ import annotations

import re

from screener.rules.affiliation import _function_patterns, forms_of_address
from screener.rules.lexicon import fold

_AFTER_NAME = re.compile(r"[ \t]*(?:,|\(|–|—|-|\|)[ \t]*")
_LINE_OPENING = " \t*->"  # what may stand before the name on its line: indentation, a bullet, a quote mark


def titled(text: str, start: int, functions: tuple[str, ...] = ()) -> bool:
    """Does the name at `start` begin with a staff member's form of address ("juf", "meester")?"""
    titles = forms_of_address(functions)
    return titles is not None and titles.match(fold(text[start : start + 40])) is not None


def signs(text: str, start: int, end: int, functions: tuple[str, ...] = ()) -> bool:
    """Is text[start:end] the writer's own signature: a name that opens its line, followed by a
    school job title ("Ilse Vermeulen, leerkracht groep 6"), or "juf"/"meester" with a name as
    the whole last line of the text ("Juf Lotte")? `functions`: the organisation's own job titles
    (policy.functions), as for protocol C2."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(_LINE_OPENING):
        return False
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    if not rest.strip(" \t.,!") and not text[end:].strip() and titled(text, start, functions):
        return True
    separator = _AFTER_NAME.match(rest)
    if separator is None:
        return False
    jobs = _function_patterns(functions)[2]  # job titles as listed, not forms of address; compiled only here
    return jobs.match(fold(rest[separator.end():])) is not None
