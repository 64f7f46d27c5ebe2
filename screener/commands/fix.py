"""`screener fix POST`: add the configured D4 wording ("op persoonlijke titel ...") to a post.

Writes a copy (`--output NEW`, default `<name>.verbeterd<suffix>` beside the post), or with
`--in-place` the post itself after saving it as `POST.bak`. Never touches a file without being
asked. Exit code 2, with a Dutch message, when there is nothing to fix or the post cannot be read.
"""

from __future__ import annotations

from pathlib import Path

import click

from screener import config as config_module
from screener import documents, post
from screener.rules import check_policy, disclaimer
from screener.rules.settings import from_config


def _fail(message: str) -> None:
    click.echo(f"screener fix: {message}", err=True)
    raise SystemExit(2)


def _write(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)


@click.command("fix")
@click.argument("post_path", metavar="BERICHT", type=click.Path(path_type=Path))
@click.option("--output", "-o", "output", type=click.Path(path_type=Path), default=None,
              help="Schrijf het verbeterde bericht naar dit bestand (standaard: BERICHT.verbeterd.md).")
@click.option("--in-place", is_flag=True, help="Verbeter het bericht zelf; het origineel blijft als BERICHT.bak.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
              help="Configuratiebestand (standaard: het dichtstbijzijnde screener.toml).")
@click.option("--channel", default=None, help="Kanaal, als het niet in het bericht staat.")
@click.option("--author-role", default=None, help="Rol van de schrijver, als die niet in het bericht staat.")
def fix(post_path: Path, output: Path | None, in_place: bool, config_path: Path | None,
        channel: str | None, author_role: str | None) -> None:
    """Voeg de mededeling 'op persoonlijke titel' (protocol D4) toe aan BERICHT."""
    if output is not None and in_place:
        _fail("kies --output of --in-place, niet allebei")
    try:
        cfg = config_module.load(config_path, start=post_path.resolve().parent)
        doc = documents.load(post_path)
        context = post.resolve(doc.meta, cfg, channel=channel, author_role=author_role, where=str(post_path))
    except (config_module.ConfigError, documents.DocumentError) as exc:
        _fail(str(exc))
    if doc.kind in ("pdf", "docx"):  # its text is read out of the file: writing it back would destroy the file
        _fail(f"{post_path}: een PDF- of Word-bestand verbetert de screener niet; voeg de mededeling zelf toe "
              "in het document (de tekst staat in `screener explain D4-DISCLAIMER`)")
    if not any(f.rule == "D4-DISCLAIMER" for f in check_policy(doc, context, cfg)):
        _fail(f"{post_path}: niets te verbeteren: het bericht heeft geen mededeling 'op persoonlijke titel' "
              "nodig, of heeft die al")
    wording = from_config(cfg).disclaimer_text
    fixed = disclaimer.add_disclaimer(doc.source, doc.kind, wording)
    if in_place:
        backup = post_path.with_name(post_path.name + ".bak")
        _write(backup, doc.source)
        _write(post_path, fixed)
        click.echo(f"{post_path}: mededeling toegevoegd; het origineel staat in {backup}")
        return
    target = output or post_path.with_name(f"{post_path.stem}.verbeterd{post_path.suffix}")
    if output is None and target.exists():
        _fail(f"{target} bestaat al; kies een andere naam met --output")
    if target.resolve() == post_path.resolve():
        _fail("--output is het bericht zelf; gebruik --in-place om het bericht zelf te verbeteren")
    _write(target, fixed)
    click.echo(f"{target}: verbeterd bericht geschreven (mededeling toegevoegd); {post_path} is niet veranderd")
