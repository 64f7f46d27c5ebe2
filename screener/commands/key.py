"""`screener key create|show`: the organisation's secret key for fingerprints (see screener.fingerprint_key)."""

from __future__ import annotations

import click

from screener.report.printable import printable


@click.group("key")
def key() -> None:
    """Beheer de geheime sleutel voor vingerafdrukken (baselines, JSON en SARIF).

    Met de sleutel herkent de screener een bevinding opnieuw zonder de waarde te bewaren; zonder
    sleutel is een vingerafdruk van een BSN of telefoonnummer terug te rekenen, dus maakt de
    screener er dan geen. Het team deelt één sleutel: kopieer het bestand, of zet SCREENER_KEY in CI.
    Zet de sleutel nooit in de repository.
    """


@key.command("create")
def create() -> None:
    """Maak een nieuwe sleutel in je configuratiemap (alleen door jou leesbaar)."""
    from screener import fingerprint_key

    try:
        made = fingerprint_key.create()
    except fingerprint_key.FingerprintKeyError as exc:
        raise click.UsageError(printable(str(exc))) from None
    click.echo(f"Sleutel gemaakt: {made.source} (id {made.id}). Kopieer dit bestand naar dezelfde plek bij wie "
               f"dezelfde baseline gebruikt, of zet de inhoud als geheime variabele {fingerprint_key.ENV} in CI.")


@key.command("show")
def show() -> None:
    """Toon waar de sleutel vandaan komt en zijn id (nooit de sleutel zelf)."""
    from screener import fingerprint_key

    try:
        found = fingerprint_key.load()
    except fingerprint_key.FingerprintKeyError as exc:
        raise click.UsageError(printable(str(exc))) from None
    if found is None:
        click.echo(f"Geen sleutel: niet in {fingerprint_key.ENV} en niet in {fingerprint_key.key_file()}. "
                   "Rapporten hebben dan geen vingerafdrukken; maak er een met `screener key create`.")
        return
    click.echo(f"Sleutel uit {found.source} (id {found.id}).")
