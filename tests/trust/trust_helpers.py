"""Helpers for the trust tests: a school folder with a post that holds numbers, run as a user runs it."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from screener.cli import main

BSN = "111222333"
PHONE = "06-12345678"
IBAN = "NL91ABNA0417164300"
NUMBERS_POST = (f"Welkom aan onze nieuwe leerling. Haar BSN is {BSN}, zie de administratie.\n"
                f"Bel de moeder op {PHONE} of maak het geld over naar {IBAN}.\n")
KEY = "team-sleutel-0123456789abcdef"


def run(*args: str, env: dict | None = None):
    """The command as a user types it; stdout and stderr kept apart."""
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


def state(path: Path) -> tuple:
    """What a user would notice of a file: its bytes, its mode and its modification time."""
    info = os.stat(path)
    return path.read_bytes() if path.is_file() else None, info.st_mode, info.st_mtime_ns
