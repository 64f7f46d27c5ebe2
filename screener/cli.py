"""The `screener` command: parses options and dispatches; the work happens in the modules."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# numpy's OpenBLAS starts a thread pool when numpy is imported (about 25 ms of every cold start).
# Nothing screener computes uses BLAS threads: OpenCV and dlib have their own. A user's setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import click

from screener import __version__, config as config_module
from screener.config import CHANNELS, ROLES, ConfigError
from screener.findings import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it (128 + SIGINT)
SEVERITIES = click.Choice(["error", "warning", "info"], case_sensitive=False)


def load_config(path: str | None) -> config_module.Config:
    try:
        return config_module.load(Path(path) if path else None)
    except ConfigError as exc:
        raise click.UsageError(f"configuratiefout: {exc}") from None


def config_option(f):
    return click.option("--config", "config_path", type=click.Path(dir_okay=False),
                        help="Configuratiebestand (standaard: screener.toml of pyproject.toml in deze map of hoger).")(f)


def post_options(f):
    f = click.option("--author-function", help="Functie van de schrijver, bv. 'leerkracht groep 5'.")(f)
    f = click.option("--author-role", type=click.Choice(ROLES, case_sensitive=False),
                     help="Rol van de schrijver (standaard: uit het bericht of de configuratie).")(f)
    f = click.option("--channel", type=click.Choice(CHANNELS, case_sensitive=False),
                     help="Kanaal waarop het bericht komt (standaard: uit het bericht of de configuratie).")(f)
    return f


def version_text() -> str:
    from screener import doctor

    return f"screener {__version__}\n{doctor.summary_line()}"


def _print_version(ctx: click.Context, _param, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(version_text())
        ctx.exit(0)


class _Screener(click.Group):
    """Ctrl-C ends a run with a Dutch line and exit code 130. click's own "Aborted!" exits with 1,
    which here means "findings"."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("\nscreener: onderbroken (Ctrl-C).", err=True)
            sys.exit(EXIT_INTERRUPTED)


@click.group(cls=_Screener, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", "-V", is_flag=True, expose_value=False, is_eager=True, callback=_print_version,
              help="Toon de versie en welke modellen draaien.")
def main() -> None:
    """Controleert berichten en foto's vóór publicatie op persoonsgegevens (AVG) en op het
    protocol sociale media van Lithora."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "html"]), default="text",
              show_default=True,
              help="Uitvoerformaat.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Schrijf het rapport naar dit bestand in plaats van naar het scherm.")
@click.option("--min-severity", type=SEVERITIES, help="Toon alleen bevindingen vanaf deze ernst.")
@click.option("--fail-on", type=SEVERITIES, help="Exitcode 1 vanaf deze ernst (standaard: error).")
@click.option("--no-colour", "--no-color", "no_colour", is_flag=True, help="Geen kleuren in de tekstuitvoer.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Baseline met geaccepteerde bevindingen (standaard: .screener-baseline.json als die er is).")
@click.option("--no-baseline", is_flag=True, help="Negeer de baseline.")
@post_options
@config_option
def check(files, fmt, output, min_severity, fail_on, no_colour, baseline_path, no_baseline, channel, author_role,
          author_function, config_path) -> None:
    """Controleer berichten (tekst, Markdown, HTML) en foto's.

    Exitcodes: 0 niets blokkerends, 1 blokkerende bevindingen, 2 verkeerd gebruik of
    configuratiefout, 3 een bestand kon niet gescreend worden.
    """
    from screener.commands.check import run_check

    cfg = load_config(config_path)
    code = run_check(list(files), cfg, fmt=fmt, output=output, min_severity=min_severity, fail_on=fail_on,
                     colour=not no_colour and output is None and sys.stdout.isatty(),
                     channel=channel, author_role=author_role, author_function=author_function,
                     baseline_path=baseline_path, use_baseline=not no_baseline)
    sys.exit(code)


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Leg uit waarom een regel bestaat en hoe je een bevinding oplost."""
    from screener import catalog

    rule = catalog.RULES.get(rule_id.upper())
    if rule is None:
        raise click.UsageError(f"onbekende regel '{rule_id}'; `screener rules` toont alle regels")
    click.echo(f"{rule.id}: {rule.title}\n")
    click.echo(f"Ernst (standaard): {rule.severity.label}")
    click.echo(f"Protocol: {', '.join(rule.protocol) or '-'}")
    click.echo(f"AVG: {rule.avg or '-'}\n")
    click.echo(f"Waarom: {rule.why}\n")
    click.echo(f"Oplossen: {rule.fix}")


@main.command("rules")
def list_rules() -> None:
    """Toon alle regels met hun standaardernst."""
    from screener import catalog

    for rule in catalog.RULES.values():
        click.echo(f"{rule.id:<28} {rule.severity.label:<8} {rule.title}")


@main.command()
@config_option
def doctor(config_path) -> None:
    """Toon wat er draait: Python, taalmodel, herkenners, gezichtsmodel, configuratie."""
    from screener import doctor as doctor_module

    cfg = load_config(config_path)
    report, ok = doctor_module.report(cfg)
    click.echo(report)
    sys.exit(EXIT_OK if ok else EXIT_FAILED)


def _register_commands() -> None:
    """Commands that live in their own modules (one module per command, as in pre-commit)."""
    from screener.commands import baseline, clean, consent, fix, install_hook, scan, serve

    for command in (consent.consent, clean.clean, fix.fix, scan.scan, baseline.baseline,
                    install_hook.install_hook, install_hook.hook_run):
        main.add_command(command)
    main.add_command(serve.serve)


_register_commands()
