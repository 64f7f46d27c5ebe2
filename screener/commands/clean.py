"""`screener clean FOTO --output KOPIE`: a copy of a photo without hidden personal data (EXIF, IPTC, XMP, PNG text)."""

from __future__ import annotations

import errno
import os
import shutil
import sys
import tempfile
from pathlib import Path

import click

from screener.report.printable import printable


EXIT_USAGE, EXIT_FAILED = 2, 3


def _keep_numbers(keep: str | None, photos) -> set[int] | None:
    if keep is None:
        return None
    if len(photos) != 1 or _is_dir(photos[0]):
        raise click.UsageError("--behoud geldt voor één foto: de nummers verschillen per foto")
    try:
        return {int(n) for n in keep.replace(" ", "").split(",") if n}
    except ValueError:
        raise click.UsageError(f"--behoud {keep!r}: geef gezichtsnummers, bijv. 1,3") from None


def _blurring(blur: bool, keep: str | None, channel: str | None, config_path: Path | None, photos):
    """For --vervaag: a function giving each photo its Blurring, with the configuration nearest above
    the photo (as `check` screens it), or the --config file for all."""
    if not blur:
        if keep or channel:
            raise click.UsageError("--behoud en --channel horen bij --vervaag")
        return None
    from screener import config as config_module
    from screener.commands.options import file_configs
    from screener.images.blur import Blurring
    from screener.post import resolve

    numbers = _keep_numbers(keep, photos)
    configs = file_configs(config_path)
    made: dict[int, Blurring] = {}

    def for_photo(photo: Path) -> Blurring:
        try:
            cfg = configs(photo) if callable(configs) else configs
            if id(cfg) not in made:
                if numbers is not None and cfg["consent"]["mode"] == "matching":
                    click.echo("--behoud telt niet bij [consent] mode = \"matching\": de toestemmingslijst bepaalt "
                               "welke gezichten blijven", err=True)
                made[id(cfg)] = Blurring(cfg, resolve({}, cfg, channel=channel), numbers)
        except config_module.ConfigError as exc:
            raise click.UsageError(f"configuratiefout: {exc}") from None
        return made[id(cfg)]

    return for_photo


def _is_dir(path: Path) -> bool:
    """A folder; False also where a folder on the way may not be searched (the photo is then unreadable)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _expand(paths: tuple[Path, ...]) -> tuple[list[Path], dict[Path, Path], list[Path]]:
    """Folders become the photos in them (not the clean copies made before), with their place inside;
    and the folders inside that could not be read (said, never skipped in silence)."""
    from screener.images import IMAGE_SUFFIXES

    out: list[Path] = []
    inside: dict[Path, Path] = {}
    unreadable: list[Path] = []
    for path in paths:
        if not _is_dir(path):
            out.append(path)
            continue
        found = []
        for folder, subfolders, files in os.walk(path, onerror=lambda exc: unreadable.append(Path(exc.filename))):
            subfolders.sort()
            found.extend(Path(folder) / name for name in files)
        for photo in sorted(p for p in found if p.suffix.lower() in IMAGE_SUFFIXES and ".schoon" not in p.suffixes
                            and p.is_file()):
            out.append(photo)
            inside[photo] = photo.relative_to(path)
    return out, inside, unreadable


def _default_output(photo: Path) -> Path:
    return photo.with_name(f"{photo.stem}.schoon{photo.suffix}")


@click.command(name="clean", help="Schrijf een kopie van een foto zonder verborgen gegevens (EXIF, IPTC, XMP, "
                                  "PNG-tekst: GPS, plaats, maker, serienummer, bijschrift, "
                                  "miniatuur). Het origineel blijft ongewijzigd.")
@click.argument("photos", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
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
    from screener.report.output import ReportError, refuse_link

    if in_place and output:
        raise click.UsageError("kies --output of --vervang, niet allebei")
    if output is not None and not _is_dir(output):
        try:
            refuse_link(output)  # a link to a file (or to nothing): nothing is written anywhere
        except ReportError as exc:
            click.echo(f"screener: {exc}", err=True)
            sys.exit(EXIT_USAGE)
    blurring = _blurring(blur, keep, channel, config_path, photos)
    inside: dict[Path, Path] = {}  # photo found in a folder -> its place in that folder
    codes = [0]
    if blurring:
        photos, inside, unreadable = _expand(photos)
        for photo in photos:  # a configuration error stops the run before any copy is written
            if not _is_dir(photo):
                blurring(photo)
        for folder in unreadable:
            codes.append(EXIT_FAILED)
            click.echo(f"{printable(str(folder))}: map niet leesbaar (geen leesrechten); de foto's erin zijn niet "
                       "schoongemaakt", err=True)
    for photo in photos:
        shown = printable(str(photo))
        if _is_dir(photo):
            codes.append(EXIT_USAGE)
            click.echo(f"{shown}: is een map; gebruik --vervaag om alle foto's in een map te verwerken", err=True)
            continue
        if in_place:
            target = photo
        elif output and (len(photos) > 1 or inside or _is_dir(output)):  # a folder given: a folder of copies
            target = output / inside.get(photo, Path(photo.name))
        else:
            target = output or _default_output(photo)
        if not in_place and os.path.lexists(target):  # a user's file, a link or an earlier copy: never overwritten
            codes.append(EXIT_USAGE)
            what = "is een snelkoppeling" if os.path.islink(target) else "bestaat al"
            click.echo(f"{printable(str(target))}: {what}; kies een andere naam met --output of verwijder het "
                       "bestand zelf (een bestaand bestand wordt niet overschreven)", err=True)
            continue
        try:
            removed = _write_copy(photo, target, in_place, blurring, clean_copy, open_photo)
        except (ImageProblem, CleanError) as exc:
            codes.append(EXIT_FAILED)
            click.echo(f"{shown}: {printable(str(exc))}; niet schoongemaakt", err=True)
            continue
        except OSError as exc:
            codes.append(EXIT_FAILED)
            click.echo(f"{printable(str(exc.filename or photo))}: kan niet gelezen of geschreven worden "
                       f"({exc.strerror}); {shown} is niet schoongemaakt", err=True)
            continue
        what = ", ".join(item.field for item in removed) or "niets gevonden"
        said = blurring(photo).said if blurring else ""
        click.echo(f"{shown} -> {printable(str(target))}: verwijderd: {what}{said}")
    sys.exit(max(codes))


def _write_copy(photo: Path, target: Path, in_place: bool, blurring, clean_copy, open_photo) -> list:
    """Write the clean copy in a private folder of its own beside `target`, then put it at `target`:
    without overwriting anything (a file that appeared meanwhile stays), or over the photo itself
    with --vervang. A failure leaves nothing behind but what was there."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(dir=folder, prefix=".screener-schoon-"))
    except OSError as exc:  # named by the folder the user gave, not by the private folder it would make
        raise OSError(exc.errno, exc.strerror, str(folder)) from None
    try:
        made = work / target.name
        if blurring:
            removed = blurring(photo).write(photo, made)
        else:
            open_photo(photo, max_megapixels=100)  # same checks as screening: bombs, HEIC, SVG, ...
            removed = clean_copy(photo, made)
        if in_place:
            os.replace(made, photo)
        else:
            try:
                os.link(made, target)  # fails when target exists: never over a file
            except FileExistsError:
                raise OSError(errno.EEXIST, "bestaat inmiddels al", str(target)) from None
            except OSError:  # a file system without hard links
                if os.path.lexists(target):
                    raise OSError(errno.EEXIST, "bestaat inmiddels al", str(target)) from None
                os.rename(made, target)
        return removed
    finally:
        shutil.rmtree(work, ignore_errors=True)
