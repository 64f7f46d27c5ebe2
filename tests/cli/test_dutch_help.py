"""Every `--help` reads in Dutch: click's own placeholders and words ([OPTIONS], FILE..., Usage:) never reach a user."""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from screener.cli import main

# click's English vocabulary in a help page: its section titles, usage placeholders, type names and
# the metavars it makes from argument names (the screener's arguments are files, roots, photos, ...)
ENGLISH = re.compile(r"\b(Usage|Options|Commands|Arguments|Positional|OPTIONS|COMMAND|ARGS|TEXT|INTEGER|RANGE|FLOAT|"
                     r"BOOLEAN|UUID|PATH|PATHS|FILE|FILES|FILENAME|DIRECTORY|ROOTS|PHOTOS|NAMES|RULE_ID|"
                     r"Show this message|default:|required|env var|deprecated)\b")


def _commands(command: click.Command, path: tuple[str, ...] = ()):
    yield path
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from _commands(sub, (*path, name))


COMMANDS = list(_commands(main))


def test_the_command_tree_has_every_subcommand_a_user_can_type() -> None:
    typed = {" ".join(path) for path in COMMANDS}
    assert {"check", "scan", "clean", "fix", "baseline create", "key create", "consent check", "doctor"} <= typed


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "screener")
def test_the_help_of_every_command_has_no_english_word_of_click(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"], prog_name="screener")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Gebruik: {' '.join(('screener', *path))} [OPTIES]")
    assert "Opties:" in result.output
    assert ENGLISH.findall(result.output) == [], result.output


def test_the_help_names_what_a_command_takes_in_dutch_placeholders() -> None:
    top = CliRunner().invoke(main, ["--help"], prog_name="screener").output
    assert "Gebruik: screener [OPTIES] OPDRACHT [ARGUMENTEN]..." in top and "Opdrachten:" in top
    check = CliRunner().invoke(main, ["check", "--help"], prog_name="screener").output
    assert "Gebruik: screener check [OPTIES] BESTANDEN..." in check
    assert "--author-function TEKST" in check and "-o, --output BESTAND" in check
    scan = CliRunner().invoke(main, ["scan", "--help"], prog_name="screener").output
    assert "MAPPEN..." in scan and "--jobs GETAL" in scan
    prune = CliRunner().invoke(main, ["baseline", "prune", "--help"], prog_name="screener").output
    assert "[PADEN]..." in prune
