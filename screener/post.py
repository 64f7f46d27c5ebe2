"""Who writes, where: the post's channel and author, from front matter, CLI options or configuration.

Precedence: command-line option > the post's own front matter / <meta> > configured default >
the channel's default role (`default_role`): on the school's own channels (website, school account,
newsletter, school app) the school itself speaks, on a personal account a staff member.
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.config import Config, ConfigError, normalise_channel, normalise_role

# Front-matter keys (and HTML <meta name="..."> names) that say who writes where.
CHANNEL_KEYS = ("channel", "kanaal", "screener-channel")
ROLE_KEYS = ("author_role", "rol", "auteur_rol", "screener-author-role")
FUNCTION_KEYS = ("author_function", "functie", "auteur_functie", "screener-author-function")
# Who writes when nobody says: a post on the school's own channel is the school speaking (its
# communication staff or website maintainer, in the school's name); on a personal account, a staff
# member (the protocol's C and D rules are written for them).
SCHOOL_VOICE = "schoolaccount"
PERSONAL_VOICE = "medewerker"


@dataclass(frozen=True)
class PostContext:
    channel: str  # one of config.CHANNELS
    author_role: str  # one of config.ROLES
    author_function: str = ""  # e.g. "leerkracht groep 5"; empty when unknown
    role_stated: bool = True  # False when the role is the channel's default (nobody said who writes)
    channel_stated: bool = True  # False when the channel is the configured default (nobody said where)

    @property
    def personal_account(self) -> bool:
        return self.channel == "persoonlijk"


def _first(meta: dict, keys: tuple[str, ...], prefix: str = "") -> str | None:
    """The first of `keys` the post gives. A value that is not a text (`kanaal: [website]`, `kanaal: 5`)
    is an error: falling back to the default channel would screen the post for the wrong audience."""
    for key in keys:
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ConfigError(f"{prefix}'{key}' moet één tekst zijn, zoals '{key}: website'; de screener "
                              "screent het bericht niet met een kanaal of rol die het niet kan lezen")
        if value.strip():
            return value.strip()
    return None


def default_role(channel: str) -> str:
    """The role of a post whose writer nobody named: the school on its own channels, else a medewerker."""
    return PERSONAL_VOICE if channel == "persoonlijk" else SCHOOL_VOICE


def resolve(meta: dict, config: Config, *, channel: str | None = None, author_role: str | None = None,
            author_function: str | None = None, where: str = "") -> PostContext:
    """The post's context. Raises ConfigError (Dutch, naming `where`) for an unknown channel or role."""
    post = config["post"]
    prefix = f"{where}: " if where else ""
    stated_channel = channel or _first(meta, CHANNEL_KEYS, prefix)
    chosen_channel = stated_channel or post["channel"]
    chosen_role = author_role or _first(meta, ROLE_KEYS, prefix) or post["author_role"]
    chosen_function = author_function or _first(meta, FUNCTION_KEYS, prefix) or post["author_function"]
    chosen_channel = normalise_channel(chosen_channel, prefix)
    return PostContext(
        channel=chosen_channel,
        author_role=normalise_role(chosen_role, prefix) if chosen_role else default_role(chosen_channel),
        author_function=chosen_function,
        role_stated=bool(chosen_role),
        channel_stated=bool(stated_channel),
    )
