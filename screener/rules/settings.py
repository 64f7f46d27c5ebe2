"""The `[policy]` section of the configuration, read once per run into plain Python values."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from screener.config import CHANNELS, Config, ConfigError

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
        raise ConfigError(f"{where}: tijd {text!r} bestaat niet")
    return dt.time(hours, minutes)


def parse_school_hours(entries: list[str], where: str = "policy.school_hours") -> SchoolHours:
    """Parse entries like "ma-vr 08:30-15:15", "wo 08:30-12:30"; a later entry for a day replaces an earlier one."""
    periods: dict[int, tuple[tuple[dt.time, dt.time], ...]] = {}
    for entry in entries:
        m = _HOURS.match(entry.lower())
        if not m or m["first"] not in DAYS or (m["last"] and m["last"] not in DAYS):
            raise ConfigError(f"{where}: {entry!r} begrijp ik niet; schrijf bijvoorbeeld \"ma-vr 08:30-15:15\" "
                              "of \"wo 08:30-12:30\"")
        first = DAYS.index(m["first"])
        last = DAYS.index(m["last"]) if m["last"] else first
        start, end = _time(m["start"], where), _time(m["end"], where)
        if end <= start:
            raise ConfigError(f"{where}: {entry!r}: de eindtijd ligt niet na de begintijd")
        for day in range(first, last + 1):
            periods[day] = ((start, end),)  # a later entry for a day replaces an earlier one
    return SchoolHours(periods)


def _channels(values: list[str], key: str) -> frozenset[str]:
    unknown = [v for v in values if v not in CHANNELS]
    if unknown:
        raise ConfigError(f"policy.{key}: onbekend kanaal {unknown[0]!r}; kies uit: {', '.join(CHANNELS)}")
    return frozenset(values)


@dataclass(frozen=True)
class PolicySettings:
    organisation: str
    aliases: tuple[str, ...]
    schools: tuple[str, ...]
    disclaimer: str
    disclaimer_phrases: tuple[str, ...]
    functions: tuple[str, ...]
    references: tuple[str, ...]
    announcement_topics: tuple[str, ...]
    conduct_words: tuple[str, ...]
    conduct_allow: tuple[str, ...]
    work_channels: frozenset[str]
    announcement_channels: frozenset[str]
    school_hours: SchoolHours

    @property
    def disclaimer_text(self) -> str:
        return self.disclaimer.replace("{organisatie}", self.organisation)


def from_config(config: Config) -> PolicySettings:
    """The policy settings; raises ConfigError (Dutch, naming the key) for a wrong value."""
    org, policy = config["organisation"], config["policy"]
    return PolicySettings(
        organisation=org["name"],
        aliases=tuple(org["aliases"]),
        schools=tuple(org["schools"]),
        disclaimer=policy["disclaimer"],
        disclaimer_phrases=tuple(policy["disclaimer_phrases"]),
        functions=tuple(policy["functions"]),
        references=tuple(policy["references"]),
        announcement_topics=tuple(policy["announcement_topics"]),
        conduct_words=tuple(policy["conduct_words"]),
        conduct_allow=tuple(policy["conduct_allow"]),
        work_channels=_channels(policy["work_channels"], "work_channels"),
        announcement_channels=_channels(policy["announcement_channels"], "announcement_channels"),
        school_hours=parse_school_hours(policy["school_hours"]),
    )
