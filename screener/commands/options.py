"""Options that several commands share, and what they mean: configuration, the post, colour, exit codes.

A module of its own, so that `cli.py` imports the commands and the commands import their options
(and not `cli.py`, which would be a cycle).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable

import click

from screener import config as config_module
from screener.config import CHANNELS, ROLES, ConfigError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
SEVERITIES = click.Choice(["error", "warning", "info"], case_sensitive=False)


def load_config(path: str | Path | None) -> config_module.Config:
    """The configuration from --config, else the nearest one above the current folder."""
    try:
        return config_module.load(Path(path) if path else None)
    except ConfigError as exc:
        raise click.UsageError(f"configuratiefout: {exc}") from None


def config_for(path: str | Path | None, acted_on: Path | None) -> config_module.Config:
    """The configuration for a command that acts on one file or folder (`acted_on`): --config, else the
    one nearest above it, as `check` screens that file; without `acted_on`, the current folder's."""
    if path or acted_on is None:
        return load_config(path)
    try:
        return config_module.Nearest()(acted_on)
    except ConfigError as exc:
        raise click.UsageError(f"configuratiefout: {exc}") from None


def file_configs(path: str | Path | None) -> config_module.Config | Callable[[Path], config_module.Config]:
    """What each screened file is screened with: the --config file for all of them, else the
    configuration nearest above each file (`config.Nearest`)."""
    return load_config(path) if path else config_module.Nearest()


def config_option(f):
    return click.option("--config", "config_path", type=click.Path(dir_okay=False),
                        help="Configuratiebestand (standaard: screener.toml of pyproject.toml in deze map of hoger).")(f)


def files_config_option(f):
    """--config for commands that screen files: without it, each file has the configuration above it."""
    return click.option("--config", "config_path", type=click.Path(dir_okay=False),
                        help="Configuratiebestand voor alle bestanden (standaard: per bestand de dichtstbijzijnde "
                             "screener.toml of pyproject.toml met [tool.screener] in de map van het bestand of "
                             "hoger).")(f)


def post_options(f):
    f = click.option("--author-function", help="Functie van de schrijver, bv. 'leerkracht groep 5'.")(f)
    f = click.option("--author-role", type=click.Choice(ROLES, case_sensitive=False),
                     help="Rol van de schrijver (standaard: uit het bericht of de configuratie).")(f)
    f = click.option("--channel", type=click.Choice(CHANNELS, case_sensitive=False),
                     help="Kanaal waarop het bericht komt (standaard: uit het bericht of de configuratie).")(f)
    return f


def colour_option(f):
    return click.option("--no-colour", "--no-color", "no_colour", is_flag=True,
                        help="Geen kleuren in de tekstuitvoer (ook met de omgevingsvariabele NO_COLOR).")(f)


def exit_zero_option(f):
    return click.option("--exit-zero", is_flag=True,
                        help="Exitcode 0, ook met blokkerende bevindingen (rapporteren zonder te weigeren). "
                             "Een bestand dat niet gescreend kon worden geeft nog steeds exitcode 3.")(f)


def forced_colour() -> bool:
    """FORCE_COLOR asks for colours where the output is not a terminal (a CI log that shows them);
    NO_COLOR (https://no-color.org) wins."""
    return bool(os.environ.get("FORCE_COLOR")) and not os.environ.get("NO_COLOR")


def use_colour(no_colour: bool, output: Path | None = None) -> bool:
    """Colour on a terminal or with FORCE_COLOR; never with --no-colour, NO_COLOR or into a file."""
    if no_colour or os.environ.get("NO_COLOR") or output is not None:
        return False
    return forced_colour() or sys.stdout.isatty()


def final_exit_code(code: int, exit_zero: bool) -> int:
    """--exit-zero turns "findings" (1) into 0; a file not screened (3) stays 3: it was not checked."""
    return EXIT_OK if exit_zero and code == EXIT_FINDINGS else code
