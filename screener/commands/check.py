"""`screener check FILE...`: screen posts and photos, print a report, exit with a code."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from screener import __version__, doctor, pipeline
from screener.config import Config
from screener.report import FORMATS
from screener.report.printable import printable

EXIT_USAGE = 2


def report_meta(config: Config) -> dict:
    return {"name": "screener", "version": __version__, "text_model": doctor.text_model_name(config)}


def check_output(output: Path | None, inputs: list[Path]) -> None:
    """Before screening: a report path that may not be written (an input, a symbolic link, a folder)
    is refused at once (exit 2), not after minutes of screening, and nothing is written."""
    from screener.report.output import ReportError, check_target
    from screener.scan.walk import media_suffixes

    if output is None:
        return
    try:
        check_target(output, inputs, media_suffixes())
    except ReportError as exc:
        click.echo(f"screener: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def write_report(text: str, output: Path | None, inputs: list[Path]) -> None:
    """The report on the screen, or in `output`: private (0600), written at once, never over an input."""
    if output is None:
        click.echo(text, nl=False)
        return
    from screener.report.output import ReportError, write_report as write_file
    from screener.scan.walk import media_suffixes

    try:
        write_file(text, output, inputs, media_suffixes())
    except ReportError as exc:
        click.echo(f"screener: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def run_check(files: list[Path], config: Config, *, fmt: str, output: Path | None, min_severity: str | None,
              fail_on: str | None, colour: bool, channel: str | None, author_role: str | None,
              author_function: str | None, baseline_path: Path | None = None, use_baseline: bool = True,
              file_configs=None, stdin: pipeline.Stdin | None = None) -> int:
    """`config`: the run's own (baseline, report); `file_configs`: what each file is screened with
    (a Config, or a function giving the one nearest above a file; default `config`)."""
    from screener import baseline
    from screener.config import ConfigError

    check_output(output, files)
    try:
        accepted = baseline.for_run(config, baseline_path, use_baseline)
    except baseline.BaselineError as exc:
        raise click.UsageError(printable(str(exc))) from None
    overrides = pipeline.Overrides(channel=channel, author_role=author_role, author_function=author_function)
    try:
        result = pipeline.screen_paths(files, file_configs or config, overrides, stdin=stdin)
    except ConfigError as exc:
        raise click.UsageError(printable(f"configuratiefout: {exc}")) from None
    if accepted is not None:
        baseline.apply_to_run(result, accepted, config.fingerprint_key)
    findings = result.reported(min_severity, config)
    write_report(FORMATS[fmt](result, findings, report_meta(config), colour=colour), output, files)
    if fmt != "text" or output is not None:
        for failed in result.errors:  # a failed file is news even when the report goes elsewhere
            click.echo(f"screener: {printable(failed.error)}", err=True)
    return result.exit_code_by(fail_on, config)
