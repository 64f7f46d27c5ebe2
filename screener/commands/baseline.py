"""`screener baseline create|update|prune`: accepted findings in old material, with a reason and an expiry."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from screener.commands.options import config_option, file_configs, load_config
from screener.report.printable import printable


def _date(_ctx, _param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is geen datum; schrijf bv. 2026-12-31") from None
    if day < dt.date.today():
        raise click.BadParameter(f"{value} ligt in het verleden")
    return day


def _screen(paths: list[Path], config, config_path) -> tuple[list, set[str], list]:
    """(findings, shown paths that were screened, failed files). Each file is screened as `check` and
    `scan` screen it: with --config, else the configuration nearest above it, so that the baseline
    holds exactly the findings they report."""
    from screener.config import ConfigError
    from screener.scan import scan

    try:
        result = scan(paths, file_configs(config_path) if config_path is None else config)
    except ConfigError as exc:
        raise click.UsageError(f"configuratiefout: {printable(str(exc))}") from None
    findings = [f for r in result.files if not r.error for f in r.findings if not f.rule.startswith("E-")]
    return findings, {r.path for r in result.files if not r.error}, result.errors


def _reason_is_clean(reason: str, config) -> None:
    try:
        from screener.pipeline import contains_personal_data

        if contains_personal_data(reason, config):
            raise click.UsageError("de reden lijkt persoonsgegevens te bevatten; de baseline wordt gedeeld, "
                                   "beschrijf de reden zonder namen of nummers")
    except ImportError:
        pass


def _open(baseline_path: Path | None, config, missing_ok: bool):
    """The baseline to change, checked before screening (it is written at the end): not a link, in a
    folder that exists."""
    from screener import baseline
    from screener.report.output import ReportError, refuse_link

    path = baseline_path or baseline.default_path(config)
    try:
        refuse_link(path, "--baseline")
        if not path.parent.is_dir():
            raise click.UsageError(f"{printable(str(path))}: de map {printable(str(path.parent))} bestaat niet; maak "
                                   "hem eerst of kies een ander bestand met --baseline")
        return baseline.load(path, missing_ok=missing_ok)
    except ReportError as exc:
        raise click.UsageError(str(exc)) from None
    except baseline.BaselineError as exc:
        raise click.UsageError(printable(str(exc))) from None


def _team_key(base, config, make: bool):
    """The key the baseline's fingerprints are made with: the configured one, or (`make`, for a new
    baseline) a new one in the user's configuration folder. Sets it on `config` for the screening."""
    from screener import baseline, fingerprint_key

    key = config.fingerprint_key
    if key is None and make:
        try:
            key = fingerprint_key.create()
        except fingerprint_key.FingerprintKeyError as exc:
            raise click.UsageError(printable(str(exc))) from None
        click.echo(f"screener: nieuwe geheime sleutel gemaakt in {key.source}. Geef dit bestand aan wie de baseline "
                   f"ook gebruikt (kopieer het naar dezelfde plek) en zet hem in CI als {fingerprint_key.ENV}; "
                   "zet hem nooit in de repository.", err=True)
        config.fingerprint_key = key
    if key is None:
        raise click.UsageError(f"er is geen geheime sleutel voor vingerafdrukken op deze computer; maak er een met "
                               f"`screener key create` of zet {fingerprint_key.ENV}")
    try:
        base.use_key(key)
    except baseline.BaselineError as exc:
        raise click.UsageError(printable(str(exc))) from None
    return key


def _save(base) -> None:
    from screener import baseline

    try:
        base.save()
    except baseline.BaselineError as exc:
        raise click.UsageError(printable(str(exc))) from None


def _report_failures(failed) -> None:
    for r in failed:
        click.echo(f"screener: {printable(r.error)}", err=True)


reason_option = click.option("--reason", required=True, metavar="REDEN", help="Waarom deze bevindingen geaccepteerd zijn (zonder namen).")
expires_option = click.option("--expires", required=True, metavar="DATUM", callback=_date,
                              help="Tot en met welke datum de acceptatie geldt, bv. 2026-12-31.")
baseline_option = click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False, path_type=Path),
                               help="Baselinebestand (standaard: .screener-baseline.json in de hoofdmap).")
paths_argument = click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, readable=False, path_type=Path))


@click.group("baseline")
def baseline() -> None:
    """Leg bekende, geaccepteerde bevindingen in oud materiaal vast (met reden en einddatum).

    De baseline bewaart per bevinding de regel, het bestand en een vingerafdruk die alleen met de geheime
    sleutel van jullie team te maken is (`screener key`), nooit de waarde zelf.
    """


@baseline.command("create")
@paths_argument
@reason_option
@expires_option
@baseline_option
@config_option
def create(paths, reason, expires, baseline_path, config_path) -> None:
    """Maak een baseline met alle huidige bevindingen in PADEN."""
    cfg = load_config(config_path)
    _reason_is_clean(reason, cfg)
    base = _open(baseline_path, cfg, missing_ok=True)
    if base.path.exists():
        raise click.UsageError(f"{base.path} bestaat al; gebruik `screener baseline update` om aan te vullen")
    key = _team_key(base, cfg, make=True)
    findings, _, failed = _screen(list(paths), cfg, config_path)
    added = base.add(findings, key, reason, expires)
    _save(base)
    _report_failures(failed)
    click.echo(f"{base.path}: {added} {'bevinding' if added == 1 else 'bevindingen'} geaccepteerd tot en met "
               f"{expires.isoformat()}.")
    sys.exit(3 if failed else 0)


@baseline.command("update")
@paths_argument
@reason_option
@expires_option
@baseline_option
@config_option
def update(paths, reason, expires, baseline_path, config_path) -> None:
    """Voeg de huidige bevindingen in PADEN toe (bestaande krijgen de nieuwe reden en einddatum)."""
    cfg = load_config(config_path)
    _reason_is_clean(reason, cfg)
    base = _open(baseline_path, cfg, missing_ok=True)
    key = _team_key(base, cfg, make=not base.entries)
    findings, _, failed = _screen(list(paths), cfg, config_path)
    before = len(base.entries)
    base.add(findings, key, reason, expires)
    _save(base)
    _report_failures(failed)
    click.echo(f"{base.path}: {len(base.entries) - before} nieuw, {len(base.entries)} in totaal.")
    sys.exit(3 if failed else 0)


@baseline.command("prune")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, readable=False, path_type=Path))
@baseline_option
@config_option
def prune(paths, baseline_path, config_path) -> None:
    """Verwijder verlopen regels, en regels voor bevindingen die in PADEN niet meer voorkomen."""
    cfg = load_config(config_path)
    base = _open(baseline_path, cfg, missing_ok=False)
    key = _team_key(base, cfg, make=False)
    findings, scanned, failed = _screen(list(paths), cfg, config_path) if paths else ([], set(), [])
    removed = base.prune(findings, key, scanned)
    _save(base)
    _report_failures(failed)
    click.echo(f"{base.path}: {removed} verwijderd, {len(base.entries)} over.")
    sys.exit(3 if failed else 0)
