"""The `screener` command: parses options and dispatches; the work happens in the modules."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# numpy's OpenBLAS starts a thread pool when numpy is imported (about 25 ms of every cold start).
# Nothing screener computes uses BLAS threads: OpenCV and dlib have their own. A user's setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import click

from screener.commands import dutch_click

dutch_click.install()  # before any option is made: click names a path's kind when the option is made

from screener import __version__  # noqa: E402
from screener.commands.options import (EXIT_FAILED, EXIT_OK, SEVERITIES, colour_option, config_option,
                                       config_for, exit_zero_option, file_configs, files_config_option, final_exit_code,
                                       forced_colour, load_config, post_options, use_colour)

EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it (128 + SIGINT)


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
@click.pass_context
def main(ctx: click.Context) -> None:
    """Controleert berichten en foto's vóór publicatie op persoonsgegevens (AVG) en op het
    protocol sociale media van Lithora."""
    if forced_colour():  # click keeps the colours in a pipe too
        ctx.color = True


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True, readable=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "html"]), default="text",
              show_default=True,
              help="Uitvoerformaat.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Schrijf het rapport naar dit bestand in plaats van naar het scherm.")
@click.option("--min-severity", type=SEVERITIES, help="Toon alleen bevindingen vanaf deze ernst.")
@click.option("--fail-on", type=SEVERITIES, help="Exitcode 1 vanaf deze ernst (standaard: error).")
@exit_zero_option
@colour_option
@click.option("--stdin-filename", type=click.Path(path_type=Path),
              help="Met '-' (lezen van standaardinvoer): het bestand dat de tekst is. De extensie kiest de lezer "
                   "(.md, .html, .txt, .pdf, .docx, .ics, .vcf), de map de configuratie en de foto's met een relatief pad.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Baseline met geaccepteerde bevindingen (standaard: .screener-baseline.json als die er is).")
@click.option("--no-baseline", is_flag=True, help="Negeer de baseline.")
@post_options
@files_config_option
def check(files, fmt, output, min_severity, fail_on, exit_zero, no_colour, stdin_filename, baseline_path, no_baseline,
          channel, author_role, author_function, config_path) -> None:
    """Controleer berichten (tekst, Markdown, HTML, PDF, Word, agenda- en contactexports), foto's en logo's
    (SVG). Met '-' als bestand: lees het bericht van de standaardinvoer (geef met --stdin-filename aan
    welk bestand het is).

    Exitcodes: 0 niets blokkerends, 1 blokkerende bevindingen, 2 verkeerd gebruik of
    configuratiefout, 3 een bestand kon niet gescreend worden.
    """
    from screener import pipeline
    from screener.commands.check import run_check

    files = list(files)
    if files.count(pipeline.STDIN) > 1:
        raise click.UsageError("'-' (standaardinvoer) kan maar één keer gelezen worden")
    if stdin_filename is not None and pipeline.STDIN not in files:
        raise click.UsageError("--stdin-filename hoort bij '-' (het bericht van de standaardinvoer)")
    stdin = None
    if pipeline.STDIN in files:
        stdin = pipeline.Stdin(sys.stdin.buffer.read(), stdin_filename)  # click 8.5 deprecates get_binary_stream
    cfg = load_config(config_path)
    code = run_check(files, cfg, fmt=fmt, output=output, min_severity=min_severity, fail_on=fail_on,
                     colour=use_colour(no_colour, output), channel=channel, author_role=author_role,
                     author_function=author_function, baseline_path=baseline_path, use_baseline=not no_baseline,
                     file_configs=file_configs(config_path), stdin=stdin)
    sys.exit(final_exit_code(code, exit_zero))


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
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@config_option
def list_rules(path, config_path) -> None:
    """Toon alle regels met hun ernst zoals de configuratie die instelt ("uit": uitgezet). Met PAD (een
    bericht of map): de configuratie die daarvoor geldt, zoals check die vindt."""
    from screener import catalog

    cfg = config_for(config_path, path)
    configured = cfg["rules"]
    if configured:
        click.echo(f"Ernst volgens {cfg.source}; * = anders dan de standaard.\n")
    for rule in catalog.RULES.values():
        severity = cfg.rule_severity(rule.id)
        label = severity.label if severity is not None else "uit"
        mark = "*" if rule.id in configured and configured[rule.id] != rule.severity.label else " "
        click.echo(f"{rule.id:<28} {label:<8}{mark} {rule.title}")


@main.command()
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@config_option
def doctor(path, config_path) -> None:
    """Toon wat er draait: Python, taalmodel, herkenners, gezichtsmodel, configuratie. Met PAD (een bericht
    of map): met de configuratie die daarvoor geldt, zoals check die vindt."""
    from screener import doctor as doctor_module

    cfg = config_for(config_path, path)
    report, ok = doctor_module.report(cfg)
    click.echo(report)
    sys.exit(EXIT_OK if ok else EXIT_FAILED)


def _register_commands() -> None:
    """Commands that live in their own modules (one module per command, as in pre-commit)."""
    from screener.commands import baseline, clean, consent, fix, install_hook, key, scan, serve

    for command in (consent.consent, clean.clean, fix.fix, scan.scan, baseline.baseline, key.key,
                    install_hook.install_hook, install_hook.hook_run, serve.serve):
        main.add_command(command)
    dutch_click.translate_help(main)


_register_commands()
