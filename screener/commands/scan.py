"""`screener scan DIR...`: screen a whole media folder (posts, photos, videos) with a cache and a report."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from screener.commands.options import (SEVERITIES, colour_option, exit_zero_option, file_configs,
                                       files_config_option, final_exit_code, load_config, post_options, use_colour)
from screener.report.printable import printable

FORMATS = ["text", "json", "sarif", "html"]


def render(fmt: str, result, findings, meta: dict, *, colour: bool, thumbnails: bool,
           sources: dict[str, Path]) -> str:
    if fmt == "html":
        from screener.report import html

        return html.render(result, findings, meta, thumbnails=thumbnails, sources=sources)
    from screener.report import FORMATS as REPORTS

    return REPORTS[fmt](result, findings, meta, colour=colour)


def _sources(roots: list[Path], config, **links: bool) -> dict[str, Path]:
    from screener.scan import media_files

    return {shown: path for root in roots for path, shown in media_files(root, config, **links).files}


def run_scan(roots: list[Path], config, *, fmt: str = "text", output: Path | None = None,
             min_severity: str | None = None, fail_on: str | None = None, colour: bool = False,
             jobs: int | None = None, cache_dir: Path | None = None, use_cache: bool = True,
             follow_links: bool | None = None, thumbnails: bool = True, baseline_path: Path | None = None,
             use_baseline: bool = True, overrides=None, progress_bar: bool = False, file_configs=None) -> int:
    """`config`: the run's own (baseline, report, cache); `file_configs`: what each file is screened with
    (a Config, or a function giving the one nearest above it; default `config`)."""
    from screener import baseline as baseline_module, pipeline
    from screener.commands.check import check_output, report_meta, write_report
    from screener.config import ConfigError
    from screener.scan import scan

    check_output(output, roots)
    follow = config["scan"]["follow_links"] if follow_links is None else follow_links
    links = {"follow_links": follow, "follow_file_links": follow_links is not False}  # --no-follow-links: no link
    jobs = jobs or config["scan"]["jobs"] or None
    cache_dir = cache_dir or (Path(config["scan"]["cache_dir"]).expanduser() if config["scan"]["cache_dir"] else None)

    try:
        baseline = baseline_module.for_run(config, baseline_path, use_baseline)
    except baseline_module.BaselineError as exc:
        raise click.UsageError(printable(str(exc))) from None

    bar = None

    def on_start(total: int) -> None:
        nonlocal bar
        if progress_bar and total:
            bar = click.progressbar(length=total, label="Scannen", file=sys.stderr, show_pos=True, show_eta=True)
            bar.__enter__()

    def progress(_shown: str) -> None:
        if bar is not None:
            bar.update(1)

    try:
        result = scan(roots, file_configs or config, overrides=overrides or pipeline.Overrides(), jobs=jobs,
                      cache_dir=cache_dir, use_cache=use_cache, **links, progress=progress, on_start=on_start,
                      exclude={output.resolve()} if output is not None else frozenset())
    except ConfigError as exc:  # the configuration above one of the files
        raise click.UsageError(f"configuratiefout: {exc}") from None
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    accepted = baseline_module.apply_to_run(result, baseline, config.fingerprint_key) if baseline is not None else 0

    findings = result.reported(min_severity, config)
    text = render(fmt, result, findings, report_meta(config), colour=colour, thumbnails=thumbnails,
                  sources=_sources(roots, config, **links) if fmt == "html" else {})
    write_report(text, output, roots)
    for notice in result.notices:
        click.echo(f"screener: {printable(notice)}", err=True)
    if fmt != "text" or output is not None:
        for failed in result.errors:
            click.echo(f"screener: {printable(failed.error)}", err=True)
    details = [f"{result.cached} uit de cache", f"{result.screened} nieuw gescreend"]
    if accepted:
        details.append(f"{accepted} geaccepteerd via de baseline")
    count = len(result.files)
    click.echo(f"screener: {count} {'bestand' if count == 1 else 'bestanden'} ({', '.join(details)}).", err=True)
    return result.exit_code_by(fail_on, config)


@click.command("scan")
@click.argument("roots", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Uitvoerformaat; html is een rapport met verkleinde foto's om te bekijken.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Schrijf het rapport naar dit bestand in plaats van naar het scherm.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Aantal processen (standaard: aantal processorkernen).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Map voor de cache (standaard: $XDG_CACHE_HOME/screener/scan).")
@click.option("--no-cache", is_flag=True, help="Screen alles opnieuw, ook ongewijzigde bestanden.")
@click.option("--follow-links/--no-follow-links", default=None,
              help="Volg snelkoppelingen naar mappen (standaard: niet); --no-follow-links volgt ook "
                   "snelkoppelingen naar bestanden niet (en meldt ze).")
@click.option("--no-thumbnails", is_flag=True, help="Geen verkleinde foto's in het html-rapport.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Baselinebestand met geaccepteerde bevindingen (standaard: .screener-baseline.json als die er is).")
@click.option("--no-baseline", is_flag=True, help="Negeer de baseline: toon alle bevindingen.")
@click.option("--min-severity", type=SEVERITIES, help="Toon alleen bevindingen vanaf deze ernst.")
@click.option("--fail-on", type=SEVERITIES, help="Exitcode 1 vanaf deze ernst (standaard: error).")
@exit_zero_option
@colour_option
@click.option("--no-progress", is_flag=True, help="Geen voortgangsbalk.")
@post_options
@files_config_option
def scan(roots, fmt, output, jobs, cache_dir, no_cache, follow_links, no_thumbnails, baseline_path, no_baseline,
         min_severity, fail_on, exit_zero, no_colour, no_progress, channel, author_role, author_function,
         config_path) -> None:
    """Scan een hele map met berichten, foto's en video's.

    Ongewijzigde bestanden komen uit de cache. Exitcodes: 0 niets blokkerends, 1 blokkerende
    bevindingen, 2 verkeerd gebruik of configuratiefout, 3 een bestand of map kon niet gescreend worden.
    """
    from screener import pipeline

    cfg = load_config(config_path)
    code = run_scan(list(roots), cfg, fmt=fmt, output=output, min_severity=min_severity, fail_on=fail_on,
                    colour=use_colour(no_colour, output), jobs=jobs, cache_dir=cache_dir,
                    use_cache=not no_cache, follow_links=follow_links, thumbnails=not no_thumbnails,
                    baseline_path=baseline_path, use_baseline=not no_baseline,
                    overrides=pipeline.Overrides(channel=channel, author_role=author_role,
                                                 author_function=author_function),
                    progress_bar=not no_progress and sys.stderr.isatty(), file_configs=file_configs(config_path))
    sys.exit(final_exit_code(code, exit_zero))
