"""School hours (`[policy] school_hours`): when lessons and school activities take place.

Parsed when the configuration is loaded, so a wrong entry is a configuration error (exit 2) that
names the key, not a failure of every photo screened later.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from screener.config import ConfigError


class SchoolHoursError(ConfigError):
    """An entry that cannot be read; Dutch message naming the key and the entry."""


DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
_HOURS = re.compile(r"^\s*(?P<first>[a-z]{2})(?:\s*-\s*(?P<last>[a-z]{2}))?\s+"
                    r"(?P<start>\d{1,2}[:.]\d{2})\s*-\s*(?P<end>\d{1,2}[:.]\d{2})\s*$")


@dataclass(frozen=True)
class SchoolHours:
    """Per weekday (0 = Monday) the periods in which lessons and school activities take place."""

    periods: dict[int, tuple[tuple[dt.time, dt.time], ...]]

    def contains(self, moment: dt.datetime) -> bool:
        return any(start <= moment.time() <= end for start, end in self.periods.get(moment.weekday(), ()))


def _time(text: str, where: str) -> dt.time:
    hours, minutes = (int(part) for part in re.split(r"[:.]", text))
    if hours > 23 or minutes > 59:
        raise SchoolHoursError(f"{where}: tijd {text!r} bestaat niet")
    return dt.time(hours, minutes)


def parse_school_hours(entries: list[str], where: str = "policy.school_hours") -> SchoolHours:
    """Parse entries like "ma-vr 08:30-15:15", "wo 08:30-12:30"; a later entry for a day replaces an earlier one."""
    periods: dict[int, tuple[tuple[dt.time, dt.time], ...]] = {}
    for entry in entries:
        m = _HOURS.match(entry.lower())
        if not m or m["first"] not in DAYS or (m["last"] and m["last"] not in DAYS):
            raise SchoolHoursError(f"{where}: {entry!r} begrijp ik niet; schrijf bijvoorbeeld \"ma-vr 08:30-15:15\" "
                                   "of \"wo 08:30-12:30\"")
        first = DAYS.index(m["first"])
        last = DAYS.index(m["last"]) if m["last"] else first
        start, end = _time(m["start"], where), _time(m["end"], where)
        if end <= start:
            raise SchoolHoursError(f"{where}: {entry!r}: de eindtijd ligt niet na de begintijd")
        for day in range(first, last + 1):
            periods[day] = ((start, end),)  # a later entry for a day replaces an earlier one
    return SchoolHours(periods)
