"""`screener consent check LIJST` and `screener consent enroll`: the consent list and face references."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from screener import config as config_module
from screener.config import ConfigError
from screener.report.printable import printable


EXIT_FAILED = 3


def _config(path: Path | None, acted_on: Path | None = None) -> config_module.Config:
    """--config, else the configuration nearest above the file acted on (else the current folder's);
    an error in it is a configuration error (exit 2)."""
    try:
        if path is None and acted_on is not None:
            return config_module.Nearest()(acted_on)
        return config_module.load(path)
    except ConfigError as exc:
        raise click.UsageError(f"configuratiefout: {printable(str(exc))}") from None


@click.group(name="consent", help="De toestemmingslijst controleren en referenties voor gezichtsvergelijking maken.")
def consent() -> None:
    pass


@consent.command(name="check", help="Controleer een toestemmingslijst (CSV of YAML) op fouten.")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, readable=False))
@click.option("--strikt", "strict", is_flag=True, help="Ook waarschuwingen (bv. verlopen toestemming) geven exitcode 1.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Configuratiebestand (standaard: het dichtstbijzijnde screener.toml of pyproject.toml boven "
                   "de lijst).")
def check(file: Path, strict: bool, config_path: Path | None) -> None:
    from screener.consent import load, mode

    cfg = _config(config_path, file)
    try:
        matching = mode(cfg) == "matching"
    except ConfigError as exc:
        raise click.UsageError(f"configuratiefout: {printable(str(exc))}") from None
    try:
        people = load(file)
    except ConfigError as exc:  # the list itself cannot be read: it was not checked
        click.echo(f"screener: {printable(str(exc))}", err=True)
        sys.exit(EXIT_FAILED)
    for problem in people.problems:
        click.echo(printable(str(problem)))
    if matching:
        for person in people.people:
            if not person.photos:
                click.echo(f"{person.where}: fout: geen referentiefoto, terwijl gezichtsvergelijking aan staat "
                           "(consent.mode = matching)")
    errors = len(people.errors) + (sum(not p.photos for p in people.people) if matching else 0)
    warnings = len(people.problems) - len(people.errors)
    click.echo(f"{file}: {len(people.people)} personen, {errors} fouten, {warnings} waarschuwingen")
    if errors or (strict and warnings):
        sys.exit(1)


@consent.command(name="enroll", help="Maak referenties voor gezichtsvergelijking uit de foto's op de toestemmingslijst.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Configuratiebestand met [consent] list en mode = \"matching\".")
def enroll(config_path: Path | None) -> None:
    from screener.consent import consent_list, mode
    from screener.consent.cache import CacheError
    from screener.consent.embeddings import EmbeddingUnavailable
    from screener.consent.matching import enroll as make_references
    from screener.images.model_files import ModelMissing

    cfg = _config(config_path)
    try:
        if mode(cfg) != "matching":
            raise click.ClickException("gezichtsvergelijking staat uit; zet in de configuratie [consent] "
                                       "mode = \"matching\" als uw organisatie daartoe besloten heeft")
    except ConfigError as exc:
        raise click.UsageError(f"configuratiefout: {printable(str(exc))}") from None
    try:
        people = consent_list(cfg)
    except ConfigError as exc:  # the list cannot be read: nobody was enrolled
        click.echo(f"screener: {printable(str(exc))}", err=True)
        sys.exit(EXIT_FAILED)
    if people is None:
        raise click.ClickException("geen toestemmingslijst ingesteld (instelling consent.list)")
    if people.errors:
        for problem in people.errors:
            click.echo(printable(str(problem)), err=True)
        raise click.ClickException("de toestemmingslijst bevat fouten; los die eerst op (`screener consent check`)")
    try:
        result = make_references(cfg, people)
    except (CacheError, EmbeddingUnavailable, ModelMissing) as exc:
        raise click.ClickException(str(exc)) from None
    for problem in result.problems:
        click.echo(f"waarschuwing: {printable(str(problem))}", err=True)
    missing = [p.id for p in people.people if p.id not in result.enrolled]
    click.echo(f"{len(result.enrolled)} personen met referenties opgeslagen in {result.cache_file} (alleen voor u leesbaar)")
    if missing:
        click.echo(f"zonder referentie (hun gezicht wordt niet herkend): {', '.join(missing)}")
