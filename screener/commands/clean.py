"""`screener clean FOTO --output KOPIE`: a copy of a photo without hidden personal data (EXIF, IPTC, XMP, PNG text)."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def _blurring(blur: bool, keep: str | None, channel: str | None, config_path: Path | None, photos):
    if not blur:
        if keep or channel:
            raise click.UsageError("--behoud en --channel horen bij --vervaag")
        return None
    from screener import config as config_module
    from screener.images.blur import Blurring
    from screener.post import resolve

    numbers = None
    if keep is not None:
        if len(photos) != 1 or photos[0].is_dir():
            raise click.UsageError("--behoud geldt voor één foto: de nummers verschillen per foto")
        try:
            numbers = {int(n) for n in keep.replace(" ", "").split(",") if n}
        except ValueError:
            raise click.UsageError(f"--behoud {keep!r}: geef gezichtsnummers, bijv. 1,3") from None
    try:
        cfg = config_module.load(config_path)
        post = resolve({}, cfg, channel=channel)
    except config_module.ConfigError as exc:
        raise click.UsageError(f"configuratiefout: {exc}") from None
    if numbers is not None and cfg["consent"]["mode"] == "matching":
        click.echo("--behoud telt niet bij [consent] mode = \"matching\": de toestemmingslijst bepaalt welke "
                   "gezichten blijven", err=True)
    return Blurring(cfg, post, numbers)


def _expand(paths: tuple[Path, ...]) -> tuple[list[Path], dict[Path, Path]]:
    """Folders become the photos in them (not the clean copies made before), with their place inside."""
    from screener.images import IMAGE_SUFFIXES

    out: list[Path] = []
    inside: dict[Path, Path] = {}
    for path in paths:
        if not path.is_dir():
            out.append(path)
            continue
        for found in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                            and ".schoon" not in p.suffixes):
            out.append(found)
            inside[found] = found.relative_to(path)
    return out, inside


def _default_output(photo: Path) -> Path:
    return photo.with_name(f"{photo.stem}.schoon{photo.suffix}")


@click.command(name="clean", help="Schrijf een kopie van een foto zonder verborgen gegevens (EXIF, IPTC, XMP, "
                                  "PNG-tekst: GPS, plaats, maker, serienummer, bijschrift, "
                                  "miniatuur). Het origineel blijft ongewijzigd.")
@click.argument("photos", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="Pad van de kopie (bij één foto) of een map (bij meer). Standaard: FOTO.schoon.jpg ernaast.")
@click.option("--vervang", "in_place", is_flag=True, help="Vervang het origineel zelf (alleen als u dat zeker weet).")
@click.option("--vervaag", "blur", is_flag=True,
              help="Maak ook de gezichten zonder toestemming onherkenbaar (toestemmingslijst en -modus uit de "
                   "configuratie, zoals bij check). Werkt ook op een map.")
@click.option("--behoud", "keep", default=None, metavar="NUMMERS",
              help="Met --vervaag, bij één foto: de nummers van de gezichten die blijven (bijv. 1,3: de benoemde "
                   "personen met toestemming); de andere worden vervaagd.")
@click.option("--channel", default=None, help="Kanaal voor de toestemming (standaard: uit de configuratie).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Configuratiebestand (standaard: screener.toml of pyproject.toml in deze map of hoger).")
def clean(photos: tuple[Path, ...], output: Path | None, in_place: bool, blur: bool, keep: str | None,
          channel: str | None, config_path: Path | None) -> None:
    from screener.images.metadata import CleanError, clean_copy
    from screener.images.opening import ImageProblem, open_photo

    if in_place and output:
        raise click.UsageError("kies --output of --vervang, niet allebei")
    blurring = _blurring(blur, keep, channel, config_path, photos)
    inside: dict[Path, Path] = {}  # photo found in a folder -> its place in that folder
    if blurring:
        photos, inside = _expand(photos)
    failed = 0
    for photo in photos:
        if photo.is_dir():
            failed += 1
            click.echo(f"{photo}: is een map; gebruik --vervaag om alle foto's in een map te verwerken", err=True)
            continue
        if in_place:
            target = photo.with_name(photo.name + ".schoon.tmp" + photo.suffix)
        elif output and (len(photos) > 1 or output.is_dir()):
            target = output / inside.get(photo, Path(photo.name))
        else:
            target = output or _default_output(photo)
        if target.exists() or target.is_symlink():  # a file of the user's, or an earlier copy: never overwritten
            failed += 1
            click.echo(f"{target}: bestaat al; kies een andere naam met --output of verwijder het bestand zelf "
                       "(een bestaand bestand wordt niet overschreven)", err=True)
            continue
        try:
            if blurring:
                removed = blurring.write(photo, target)
            else:
                open_photo(photo, max_megapixels=100)  # same checks as screening: bombs, HEIC, SVG, ...
                removed = clean_copy(photo, target)
            if in_place:
                target.replace(photo)
                target = photo
        except (ImageProblem, CleanError, OSError) as exc:
            failed += 1
            click.echo(f"{photo}: {exc}", err=True)
            continue
        what = ", ".join(item.field for item in removed) or "niets gevonden"
        click.echo(f"{photo} -> {target}: verwijderd: {what}{blurring.said if blurring else ''}")
    sys.exit(1 if failed else 0)
