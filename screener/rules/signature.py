"""The writer's own signature: "Ilse Vermeulen, leerkracht groep 6 bij OBS De Regenboog (Lithora)".

Protocol C2 asks a medewerker who writes about the school to say who they are and what they do.
A name that opens a line and is followed by a job title ("leerkracht", "intern begeleider") is
the writer signing their own post, on purpose; the pipeline keeps it in the report as info
instead of an error. A pupil's or parent's name is never followed by a school job title, so it
stays an error ("Sanne, groep 5" or "Sanne, de dochter van juf Anouk" are no signature).
"""

from __future__ import annotations

import re

from screener.rules.affiliation import _function_patterns
from screener.rules.lexicon import fold

_AFTER_NAME = re.compile(r"[ \t]*(?:,|\(|–|—|-|\|)[ \t]*")
_LINE_OPENING = " \t*->"  # what may stand before the name on its line: indentation, a bullet, a quote mark


def signs_with_job(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a name that opens its line and is followed by the writer's job title?"""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(_LINE_OPENING):
        return False
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    separator = _AFTER_NAME.match(rest)
    if separator is None:
        return False
    jobs = _function_patterns(())[2]  # job titles as listed, not forms of address such as "juf"
    return jobs.match(fold(rest[separator.end():])) is not None
