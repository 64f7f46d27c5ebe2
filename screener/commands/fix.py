"""`screener fix POST`: add the configured D4 wording ("op persoonlijke titel ...") to a post.

Writes a copy (`--output NEW`, default `<name>.verbeterd<suffix>` beside the post), or with
`--in-place` the post itself after copying its bytes to `POST.bak` (`POST.bak.1`, ... when that
exists: a backup is never overwritten), written into the same file so that hard links and the
file's mode and owner stay. The fixed post keeps the original's encoding (UTF-8,
UTF-8 or UTF-16/32 with a byte-order mark) and line endings (CRLF or LF).
Never touches a file without being asked, never replaces an existing file but the post itself.
Exit code 2, with a Dutch message, when there is nothing to fix or a file cannot be read or written; 3
when the post could not be checked (a damaged model file).
"""

from __future__ import annotations

import codecs
import os
import shutil
import stat
from pathlib import Path

import click

from screener import config as config_module
from screener.report.printable import printable


def _fail(message: str) -> None:
    click.echo(f"screener fix: {printable(message)}", err=True)
    raise SystemExit(2)


# longest first: UTF-32's little-endian mark begins with UTF-16's
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF8, "utf-8"))


def _as_original(text: str, original: bytes) -> bytes:
    """`text` (LF line endings, as the screener reads a post) in the original's encoding, byte-order
    mark and line endings."""
    bom, codec = next(((b, c) for b, c in _BOMS if original.startswith(b)), (b"", "utf-8"))
    decoded = original[len(bom):].decode(codec, errors="replace")
    if decoded.count("\r\n") * 2 > decoded.count("\n"):
        text = text.replace("\n", "\r\n")
    return bom + text.encode(codec)


def _read_only(path: Path) -> bool:
    """Marked read-only by its owner (no write bit): also honoured when running as root."""
    try:
        return not os.stat(path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    except OSError:
        return False


def _writable_or_fail(path: Path, what: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and _read_only(path):
        _fail(f"{path}: {what} is alleen-lezen; maak het schrijfbaar of kies --output")
    if _read_only(folder) or not os.access(folder, os.W_OK):
        _fail(f"{folder}: map is alleen-lezen; hier kan geen bestand bij")


def _free_backup_name(post_path: Path) -> Path:
    backup = post_path.with_name(post_path.name + ".bak")
    number = 0
    while os.path.lexists(backup):
        number += 1
        backup = post_path.with_name(f"{post_path.name}.bak.{number}")
    return backup


def _copy_new(source: Path, target: Path) -> None:
    """A byte-for-byte copy (mode and times too) at `target`, which must not exist yet, on disk
    before this returns."""
    with source.open("rb") as src, open(target, "xb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())
    shutil.copystat(source, target)


def _write_new(target: Path, data: bytes) -> None:
    """Write `data` to `target`, which must not exist yet (FileExistsError); no half file is left."""
    try:
        with open(target, "xb") as fh:
            fh.write(data)
    except FileExistsError:
        raise
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _rewrite(target: Path, data: bytes, backup: Path) -> None:
    """Write `data` into `target` itself: the same file (inode), so its other names (hard links) see
    the fixed post too and its mode, owner and links stay. The byte-exact backup is on disk first; a
    failed write puts the original back from it (or says where it is)."""
    fd = os.open(target, os.O_WRONLY)
    try:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            written = 0
            while written < len(data):
                written += os.write(fd, data[written:])
            os.ftruncate(fd, len(data))
            os.fsync(fd)
        except OSError:
            original = backup.read_bytes()
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, original)
            os.ftruncate(fd, len(original))
            raise
    finally:
        os.close(fd)


@click.command("fix")
@click.argument("post_path", metavar="BERICHT", type=click.Path(path_type=Path))
@click.option("--output", "-o", "output", type=click.Path(path_type=Path), default=None,
              help="Schrijf het verbeterde bericht naar dit bestand (standaard: BERICHT.verbeterd.md).")
@click.option("--in-place", is_flag=True, help="Verbeter het bericht zelf; het origineel blijft als BERICHT.bak.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
              help="Configuratiebestand (standaard: de dichtstbijzijnde screener.toml of pyproject.toml met "
                   "[tool.screener] in de map van het bericht of hoger, zoals bij check).")
@click.option("--channel", default=None, help="Kanaal, als het niet in het bericht staat.")
@click.option("--author-role", default=None, help="Rol van de schrijver, als die niet in het bericht staat.")
def fix(post_path: Path, output: Path | None, in_place: bool, config_path: Path | None,
        channel: str | None, author_role: str | None) -> None:
    """Voeg de mededeling 'op persoonlijke titel' (protocol D4) toe aan BERICHT."""
    # here, not above: every command of `screener` (a scan too) imports this module when it starts
    from screener import documents, post
    from screener.rules import check_policy, disclaimer
    from screener.rules.settings import from_config

    if output is not None and in_place:
        _fail("kies --output of --in-place, niet allebei")
    try:
        cfg = config_module.load(config_path) if config_path else config_module.Nearest()(post_path)
        doc = documents.load(post_path)
        context = post.resolve(doc.meta, cfg, channel=channel, author_role=author_role, where=str(post_path))
    except (config_module.ConfigError, documents.DocumentError) as exc:
        _fail(str(exc))
    except Exception as exc:  # a reader's bug: a message for this post, without quoting it
        _fail(f"{post_path}: kan het bericht niet lezen door een onverwachte fout in de screener "
              f"({type(exc).__name__}); er is niets veranderd")
    if doc.kind in ("pdf", "docx"):  # its text is read out of the file: writing it back would destroy the file
        _fail(f"{post_path}: een PDF- of Word-bestand verbetert de screener niet; voeg de mededeling zelf toe "
              "in het document (de tekst staat in `screener explain D4-DISCLAIMER`)")
    try:
        findings = check_policy(doc, context, cfg)
    except config_module.ConfigError as exc:  # e.g. a damaged A8 model: the post was not checked
        click.echo(f"screener fix: {printable(str(post_path))}: {printable(str(exc))}", err=True)
        raise SystemExit(3) from None
    if not any(f.rule == "D4-DISCLAIMER" for f in findings):
        _fail(f"{post_path}: niets te verbeteren: het bericht heeft geen mededeling 'op persoonlijke titel' "
              "nodig, of heeft die al")
    wording = from_config(cfg).disclaimer_text
    fixed = disclaimer.add_disclaimer(doc.source, doc.kind, wording)
    try:
        original = post_path.read_bytes()
        if in_place:
            _fix_in_place(post_path, original, fixed)
        else:
            _fix_to(output, post_path, original, fixed)
    except OSError as exc:
        _fail(f"{exc.filename or post_path}: kan niet schrijven ({exc.strerror}); er is niets veranderd aan {post_path}")


def _fix_in_place(post_path: Path, original: bytes, fixed: str) -> None:
    _writable_or_fail(post_path, "het bericht")
    backup = _free_backup_name(post_path)
    _copy_new(post_path, backup)
    try:
        _rewrite(post_path, _as_original(fixed, original), backup)  # a symbolic link stays a link
    except OSError as exc:
        _fail(f"{post_path}: kan het bericht niet schrijven ({exc.strerror}); het origineel staat ongewijzigd in "
              f"{backup}")
    click.echo(f"{printable(str(post_path))}: mededeling toegevoegd; het origineel staat in {printable(str(backup))}")


def _fix_to(output: Path | None, post_path: Path, original: bytes, fixed: str) -> None:
    target = output or post_path.with_name(f"{post_path.stem}.verbeterd{post_path.suffix}")
    if os.path.lexists(target) and target.resolve() == post_path.resolve():
        _fail("--output is het bericht zelf; gebruik --in-place om het bericht zelf te verbeteren")
    if os.path.lexists(target):
        _fail(f"{target} bestaat al; kies een andere naam met --output (een bestaand bestand wordt niet overschreven)")
    _writable_or_fail(target, "het doelbestand")
    try:
        _write_new(target, _as_original(fixed, original))
    except FileExistsError:
        _fail(f"{target} bestaat al; kies een andere naam met --output")
    click.echo(f"{printable(str(target))}: verbeterd bericht geschreven (mededeling toegevoegd); "
               f"{printable(str(post_path))} is niet veranderd")
