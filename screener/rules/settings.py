"""The `[policy]` section of the configuration, read once per run into plain Python values."""

from __future__ import annotations

from dataclasses import dataclass

from screener.config import CHANNELS, Config, ConfigError
from screener.school_hours import SchoolHours, parse_school_hours


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
