"""`screener clean FOTO --output KOPIE`: a copy of a photo without hidden personal data (EXIF, IPTC, XMP, PNG text)."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def _default_output(photo: Path) -> Path:
    return photo.with_name(f"{photo.stem}.schoon{photo.suffix}")


@click.command(name="clean", help="Schrijf een kopie van een foto zonder verborgen gegevens (EXIF, IPTC, XMP, "
                                  "PNG-tekst: GPS, plaats, maker, serienummer, bijschrift, "
                                  "miniatuur). Het origineel blijft ongewijzigd.")
@click.argument("photos", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="Pad van de kopie (bij één foto) of een map (bij meer). Standaard: FOTO.schoon.jpg ernaast.")
@click.option("--vervang", "in_place", is_flag=True, help="Vervang het origineel zelf (alleen als u dat zeker weet).")
def clean(photos: tuple[Path, ...], output: Path | None, in_place: bool) -> None:
    from screener.images.metadata import CleanError, clean_copy
    from screener.images.opening import ImageProblem, open_photo

    if in_place and output:
        raise click.UsageError("kies --output of --vervang, niet allebei")
    failed = 0
    for photo in photos:
        if in_place:
            target = photo.with_name(photo.name + ".schoon.tmp" + photo.suffix)
        elif output and (len(photos) > 1 or output.is_dir()):
            target = output / photo.name
        else:
            target = output or _default_output(photo)
        try:
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
        click.echo(f"{photo} -> {target}: verwijderd: {what}")
    sys.exit(1 if failed else 0)
