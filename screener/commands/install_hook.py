"""`screener install-hook`: a git pre-commit hook for a repository without the pre-commit framework.

The hook screens the staged posts and photos: the staged content, not what is in the work tree
(a file with unstaged changes is screened as it will be committed). A commit with blocking
findings is refused; `git commit --no-verify` skips the hook when a person decides so.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
import subprocess
import sys
from pathlib import Path

import click

from screener.commands.options import file_configs, files_config_option, load_config, use_colour

MARKER = "# screener-pre-commit-hook"


class GitError(Exception):
    """git is missing or this is not a repository; Dutch message."""


def _git(*args: str, cwd: Path | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("git is niet gevonden; installeer git") from None
    if done.returncode != 0:
        raise GitError(done.stderr.decode(errors="replace").strip() or f"git {' '.join(args)} faalde")
    return done.stdout


def repository_root(start: Path | None = None) -> Path:
    try:
        return Path(_git("rev-parse", "--show-toplevel", cwd=start).decode().strip())
    except GitError:
        raise GitError(f"{(start or Path.cwd())}: geen git-repository") from None


def hook_path(root: Path) -> Path:
    hooks = _git("rev-parse", "--git-path", "hooks", cwd=root).decode().strip()
    folder = Path(hooks) if Path(hooks).is_absolute() else root / hooks
    return folder / "pre-commit"


def hook_script(command: list[str]) -> str:
    runner = " ".join(shlex.quote(part) for part in command)
    return f"""#!/bin/sh
{MARKER}
# Installed by `screener install-hook`: screens the staged posts and photos before each commit.
# A commit with findings of severity 'error' is refused. Skip once with: git commit --no-verify
exec {runner} hook-run "$@"
"""


def install(root: Path, force: bool = False, command: list[str] | None = None) -> tuple[Path, Path | None]:
    """Write the hook. Returns (hook, backup of a foreign hook or None). Refuses a foreign hook unless forced."""
    hook = hook_path(root)
    backup = None
    if os.path.islink(hook):  # writing would change the file it points to (or make one there): never
        if not force:
            raise click.UsageError(f"{hook} is een snelkoppeling (naar {os.readlink(hook)}); gebruik --force om hem "
                                   "te vervangen (de snelkoppeling wordt bewaard als reservekopie)")
        backup = _free_backup_name(hook)
        hook.rename(backup)  # moves the link itself; what it points to is untouched
    elif hook.exists():
        current = hook.read_text(encoding="utf-8", errors="replace")
        if MARKER not in current:
            if not force:
                raise click.UsageError(f"{hook} bestaat al en is niet van de screener; gebruik --force om hem te "
                                       "vervangen (er wordt een reservekopie gemaakt)")
            backup = _free_backup_name(hook)
            hook.rename(backup)
    hook.parent.mkdir(parents=True, exist_ok=True)
    hook.write_text(hook_script(command or [sys.executable, "-m", "screener"]), encoding="utf-8")
    hook.chmod(0o755)
    return hook, backup


def _free_backup_name(hook: Path) -> Path:
    """pre-commit.backup-DATE-TIME, with a number when that exists: a backup is never overwritten."""
    backup = hook.with_name(f"pre-commit.backup-{dt.datetime.now():%Y%m%d-%H%M%S}")
    number = 0
    while os.path.lexists(backup):
        number += 1
        backup = hook.with_name(f"pre-commit.backup-{dt.datetime.now():%Y%m%d-%H%M%S}.{number}")
    return backup


# --- what the hook runs --------------------------------------------------------------------


def staged_files(root: Path) -> list[str]:
    out = _git("diff", "--cached", "--name-only", "--diff-filter=ACM", "-z", cwd=root)
    return [name for name in out.decode().split("\0") if name]


def _unstaged(root: Path) -> set[str]:
    out = _git("diff", "--name-only", "-z", cwd=root)
    return {name for name in out.decode().split("\0") if name}


def _screenable(name: str) -> bool:
    from screener import pipeline
    from screener.documents import DOCUMENT_SUFFIXES

    path = Path(name)
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES and suffix:
        return True
    try:
        return pipeline.is_image(path) or pipeline.is_video(path)
    except ImportError:
        return False


def screen_staged(root: Path, config, names: list[str] | None = None):
    """Screen the staged version of the given (default: all staged) posts and photos: a RunResult.
    `config`: a Config for every file, or a function giving the one nearest above a file. Raises
    ConfigError before screening when a file's configuration is wrong."""
    from screener import pipeline

    names = [n for n in (names if names is not None else staged_files(root)) if _screenable(n)]
    partial = _unstaged(root) & set(names)
    configs = {name: config(root / name) if callable(config) else config for name in names}

    def screen(path: Path, name: str):
        overrides = pipeline.Overrides()
        if name in partial:  # unstaged changes: screen what is in the index, with its photos in place
            result = pipeline.screen_one(path, name, configs[name], overrides,
                                         content=_git("show", f":{name}", cwd=root))
        else:
            result = pipeline.screen_one(path, name, configs[name], overrides)
        result.config = configs[name]
        return result

    # a photo committed with the post that shows it is screened with that post, as `check` does
    return pipeline.screen_posts_first([(root / name, name) for name in names], screen, rescreen=partial)


@click.command("install-hook")
@click.option("--force", is_flag=True, help="Vervang een bestaande pre-commit-hook (na een reservekopie).")
def install_hook(force: bool) -> None:
    """Installeer een git-pre-commit-hook die gestagede berichten en foto's screent.

    Voor repositories die het pre-commit-framework gebruiken: zie .pre-commit-hooks.yaml.
    """
    try:
        root = repository_root()
        hook, backup = install(root, force=force)
    except GitError as exc:
        raise click.UsageError(str(exc)) from None
    if backup:
        click.echo(f"Bestaande hook bewaard als {backup}.")
    click.echo(f"Hook geïnstalleerd: {hook}. Elke commit wordt nu gescreend; een commit met fouten wordt "
               "geweigerd. Eenmalig overslaan: git commit --no-verify")


@click.command("hook-run", hidden=True)
@click.argument("names", nargs=-1)
@files_config_option
def hook_run(names, config_path) -> None:
    """Wat de geïnstalleerde hook uitvoert: screen de gestagede bestanden."""
    from screener.commands.check import report_meta
    from screener.config import ConfigError
    from screener.report import text

    try:
        root = repository_root()
    except GitError as exc:
        raise click.UsageError(str(exc)) from None
    os.chdir(root)
    cfg = load_config(config_path)
    try:
        run = screen_staged(root, file_configs(config_path), list(names) or None)
    except ConfigError as exc:
        raise click.UsageError(f"configuratiefout: {exc}") from None
    if not run.files:
        sys.exit(0)
    findings = run.reported(None, cfg)
    click.echo(text.render(run, findings, report_meta(cfg), colour=use_colour(False)), nl=False)
    code = run.exit_code_by(None, cfg)
    if code:
        click.echo("screener: commit geweigerd. Pas het bericht aan, of sla de controle bewust over met "
                   "git commit --no-verify.", err=True)
    sys.exit(code)
