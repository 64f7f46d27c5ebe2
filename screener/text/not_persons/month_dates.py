"""A month written with a capital after a day's number is a date, not a person: "15 Sep 2025", "3 Jan 2026",
"1 Okt.", "12 March 2025" (exports and calendars in other locales write months so). "Jan" and "Mei" are also
first names, so those two need a year or a clock time after them: "groep 3 Jan" and "om 10 Mei-Ling" stay persons.
"""

from __future__ import annotations

import re

# Dutch and English months, whole or shortened as calendars shorten them
MONTHS = {
    "jan", "januari", "january", "feb", "febr", "februari", "february", "mrt", "mar", "maart", "march", "apr",
    "april", "mei", "may", "jun", "juni", "june", "jul", "juli", "july", "aug", "augustus", "august", "sep", "sept",
    "september", "okt", "oct", "oktober", "october", "nov", "november", "dec", "december",
}
ALSO_FIRST_NAMES = {"jan", "mei", "may", "juni", "june"}
DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:e|ste|de|st|nd|rd|th)?")
YEAR_OR_TIME = re.compile(r"(?:19|20)\d\d|\d{1,2}[.:]\d\d")


def block_month_dates(doc, blocked) -> None:  # noqa: ANN001
    """Block a capitalised month after a day's number (see the module's docstring)."""
    for i in range(1, len(doc)):
        token = doc[i]
        if not token.text[:1].isupper() or token.lower_ not in MONTHS or not DAY.fullmatch(doc[i - 1].text):
            continue
        after = i + 1
        if after < len(doc) and doc[after].text == ".":
            after += 1  # "3 Jan. 2026"
        if token.lower_ in ALSO_FIRST_NAMES and not (after < len(doc) and YEAR_OR_TIME.fullmatch(doc[after].text)):
            continue
        blocked.tokens[i] = True
