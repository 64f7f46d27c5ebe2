"""Who writes, where: the post's channel and author, from front matter, CLI options or configuration.

Precedence: command-line option > the post's own front matter / <meta> > configured default.
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.config import Config, normalise_channel, normalise_role

# Front-matter keys (and HTML <meta name="..."> names) that say who writes where.
CHANNEL_KEYS = ("channel", "kanaal", "screener-channel")
ROLE_KEYS = ("author_role", "rol", "auteur_rol", "screener-author-role")
FUNCTION_KEYS = ("author_function", "functie", "auteur_functie", "screener-author-function")


@dataclass(frozen=True)
class PostContext:
    channel: str  # one of config.CHANNELS
    author_role: str  # one of config.ROLES
    author_function: str = ""  # e.g. "leerkracht groep 5"; empty when unknown

    @property
    def personal_account(self) -> bool:
        return self.channel == "persoonlijk"


def _first(meta: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def resolve(meta: dict, config: Config, *, channel: str | None = None, author_role: str | None = None,
            author_function: str | None = None, where: str = "") -> PostContext:
    """The post's context. Raises ConfigError (Dutch, naming `where`) for an unknown channel or role."""
    post = config["post"]
    chosen_channel = channel or _first(meta, CHANNEL_KEYS) or post["channel"]
    chosen_role = author_role or _first(meta, ROLE_KEYS) or post["author_role"]
    chosen_function = author_function or _first(meta, FUNCTION_KEYS) or post["author_function"]
    prefix = f"{where}: " if where else ""
    return PostContext(
        channel=normalise_channel(chosen_channel, prefix),
        author_role=normalise_role(chosen_role, prefix),
        author_function=chosen_function,
    )
