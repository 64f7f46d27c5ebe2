"""click's own words in Dutch: its help line, usage errors and path checks reach the users (school
staff) as they type a command wrong. click marks them for gettext; the screener answers them from
this table, whatever the machine's language, and leaves every other text as it is.

The placeholders in a help page (`[OPTIONS]`, `COMMAND [ARGS]...`, `TEXT`, `FILES...`) are not
marked for gettext: `translate_help` gives every command of the tree Dutch ones."""

from __future__ import annotations

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.types

DUTCH = {
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon de versie en stop.",
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Try '{command} {option}' for help.": "Zie '{command} {option}' voor hulp.",
    "Error: {message}": "Fout: {message}",
    "Aborted!": "Afgebroken.",
    "Missing argument": "Argument ontbreekt",
    "Missing option": "Optie ontbreekt",
    "Missing parameter": "Waarde ontbreekt",
    "Missing command.": "Geef een opdracht.",
    "Missing {param_type}": "{param_type} ontbreekt",
    "Missing parameter: {param_name}": "Waarde ontbreekt: {param_name}",
    "No such command {name!r}.": "Onbekende opdracht {name!r}.",
    "No such option {name!r}.": "Onbekende optie {name!r}.",
    "Option {name!r} does not take a value.": "Optie {name!r} krijgt geen waarde.",
    "Option {name!r} requires an argument.": "Optie {name!r} heeft een waarde nodig.",
    "Option {name!r} requires {nargs} arguments.": "Optie {name!r} heeft {nargs} waarden nodig.",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Got unexpected extra argument ({args})": "Onverwacht extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten ({args})",
    "Did you mean {possibility}?": "Bedoelt u {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bedoelt u een van: {possibilities}?)",
    "{value!r} is not {choice}.": "{value!r} is niet {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is niet een van {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig getal.",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "file": "bestand",  # click writes these with a capital: 'Bestand 'x.md' bestaat niet.'
    "directory": "map",
    "path": "pad",
    "{name} {filename!r} does not exist.": "{name} {filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{name} {filename!r} is een bestand, geen map.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} is een map, geen bestand.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} is niet schrijfbaar.",
    "Could not open file {filename!r}: {message}": "Kan bestand {filename!r} niet openen: {message}",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
}


def _gettext(message: str) -> str:
    return DUTCH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Answer click's gettext calls from DUTCH (click looks `_` and `ngettext` up when it speaks)."""
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.types):
        if hasattr(module, "_"):
            module._ = _gettext
        if hasattr(module, "ngettext"):
            module.ngettext = _ngettext


OPTIONS_METAVAR = "[OPTIES]"
SUBCOMMAND_METAVAR = "OPDRACHT [ARGUMENTEN]..."
# an option's value by its type (click would say TEXT, INTEGER, INTEGER RANGE, FLOAT); a path is
# already Dutch (BESTAND, MAP, PAD: click names it with the words above) and a choice lists its values
TYPE_METAVARS = {"text": "TEKST", "integer": "GETAL", "integer range": "GETAL", "float": "GETAL",
                 "float range": "GETAL", "boolean": "JA/NEE"}
# an argument by its name (click would say its name in capitals: FILES, ROOTS, PHOTOS, ...)
ARGUMENT_METAVARS = {"files": "BESTANDEN", "file": "BESTAND", "roots": "MAPPEN", "photos": "FOTO'S",
                     "paths": "PADEN", "path": "PAD", "rule_id": "REGEL", "names": "BESTANDEN"}


def translate_help(command: click.Command) -> None:
    """Dutch placeholders in the help of `command` and every command below it. An argument this
    module has no word for keeps its own metavar (tests/cli/test_dutch_help.py lists what is English)."""
    if command.options_metavar == "[OPTIONS]":
        command.options_metavar = OPTIONS_METAVAR
    for param in command.params:
        if param.metavar is not None:
            continue
        if isinstance(param, click.Argument) and param.name in ARGUMENT_METAVARS:
            word = ARGUMENT_METAVARS[param.name]
            if not param.required:
                word = f"[{word}]"
            param.metavar = word + ("..." if param.nargs != 1 else "")
        elif isinstance(param, click.Option) and not param.is_flag and param.type.name in TYPE_METAVARS:
            param.metavar = TYPE_METAVARS[param.type.name]
        elif isinstance(param, click.Option) and isinstance(param.type, click.Path):
            param.metavar = _gettext(param.type.name).upper()  # named in English if made before install()
    if isinstance(command, click.Group):
        if command.subcommand_metavar.startswith("COMMAND"):
            command.subcommand_metavar = SUBCOMMAND_METAVAR
        for sub in command.commands.values():
            translate_help(sub)
