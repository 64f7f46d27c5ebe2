"""Writing a report to a file (`--output`): private, at once, and never over a file the user screened.

The HTML report holds children's photos and every report names where personal data is: the file
is written 0600 (only this user can read it), through a temporary file beside it, so a reader
never sees half a report and a failed write leaves the old one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from screener.report.printable import printable

# what every report format of the screener holds near its start: such a file may be written again
_OWN_MARKS = (b'"schema": "screener-report/', b'"name": "screener"', b'<meta name="generator" content="screener"')


class ReportError(Exception):
    """The report cannot be written; Dutch message naming the file."""


def refuse_link(path: Path, option: str = "--output") -> None:
    """A file the screener is to write (a report, a clean copy, a baseline, a key) that is a symbolic
    link is refused: writing would either replace the link or change the file it points to, somewhere
    the user did not name. Nothing is touched; the message names the link and where it points."""
    if not os.path.islink(path):
        return
    try:
        points_to = os.readlink(path)
    except OSError:
        points_to = "?"
    raise ReportError(f"{printable(str(path))}: is een snelkoppeling (naar {printable(points_to)}); de screener "
                      f"schrijft niet via een snelkoppeling. Geef bij {option} het echte bestand of een nieuwe naam")


def write_report(text: str, output: Path, inputs: list[Path], screened_suffixes: set[str]) -> None:
    """Write `text` to `output` (0600, atomic). Refuses to replace an input, or a file inside an input
    folder that the screener would screen, unless that file is an earlier screener report."""
    shown = printable(str(output))
    check_target(output, inputs, screened_suffixes)
    folder = output.parent if str(output.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{output.name}.", suffix=".tmp")  # mode 0600
    except OSError as exc:
        raise ReportError(f"{shown}: kan het rapport niet schrijven ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, output)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ReportError(f"{shown}: kan het rapport niet schrijven ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_target(output: Path, inputs: list[Path], screened_suffixes: set[str]) -> None:
    """ReportError when `output` may not be written: an input (or a file the screener would screen in
    an input folder), a symbolic link, a folder. Checked before screening and again before writing."""
    shown = printable(str(output))
    if _replaces_input(output, inputs, screened_suffixes):
        raise ReportError(f"{shown}: het rapport zou een gescreend bestand overschrijven; kies een ander "
                          "bestand voor --output")
    refuse_link(output)
    if output.is_dir():
        raise ReportError(f"{shown}: is een map; geef een bestandsnaam voor --output")
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"{shown}: de map {printable(str(folder))} bestaat niet; maak hem eerst of kies een ander "
                          "bestand voor --output")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportError(f"{shown}: kan het rapport niet schrijven (geen schrijfrechten in de map "
                          f"{printable(str(folder))})")


def _replaces_input(output: Path, inputs: list[Path], suffixes: set[str]) -> bool:
    try:
        target = output.resolve()
        if not output.exists() and not output.is_symlink():
            return False
        for given in inputs:
            given = given.resolve()
            if target == given:
                return True
            if given.is_dir() and target.is_relative_to(given) and target.suffix.lower() in suffixes:
                return not _own_report(target)
    except OSError:
        return False
    return False


def _own_report(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError:
        return False
    return any(mark in head for mark in _OWN_MARKS)
