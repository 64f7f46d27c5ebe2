"""One file that makes the screener fail is that file's Dutch message (exit 3): the run goes on,
with or without the cache, in one process or two, and the message never quotes the document."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from trust_helpers import run

from screener import documents

SECRET = "Sanne de Vries"
HOSTILE = {  # posts that made a reader raise something other than its own error type
    "datum.md": "---\ndate: 2025-02-30\n---\nHallo.\n",
    "uur.md": "---\ntijd: 2025-01-01 25:00:00\n---\nHallo.\n",
    "sleutels.md": "---\nnull: 1\ntrue: 2\n1: 3\n---\nHallo.\n",
    "int.md": "---\nwaarde: !!int abc\n---\nHallo.\n",
    "srcset.html": '<picture><source srcset=" "></picture>\n',
    "cdata.html": f"<p>Hallo</p> <![ {SECRET} 1\n",
}


def _crash_on(monkeypatch, name: str) -> None:
    """Reading `name` raises as an unexpected bug would, with the document's text in the message."""
    real = documents.load

    def load(path, *args, **kwargs):
        if Path(path).name == name:
            raise AssertionError(f"expected name token at '<![ {SECRET} 1'")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(documents, "load", load)


def _posts(school: Path, count: int = 3) -> None:
    for n in range(count):
        (school / f"week-{n:02d}.md").write_text(f"Weekbrief {n}: de kinderen van groep 5 gingen naar het bos.\n",
                                                 encoding="utf-8")


def test_check_reports_an_unexpected_error_for_that_file_and_the_other_files(school: Path, monkeypatch) -> None:
    _posts(school, 2)
    (school / "kapot.md").write_text(f"Hallo {SECRET}.\n", encoding="utf-8")
    _crash_on(monkeypatch, "kapot.md")
    result = run("check", "week-00.md", "kapot.md", "week-01.md")
    assert result.exit_code == 3
    assert "kapot.md: error E-BESTAND" in result.stdout and "AssertionError" in result.stdout
    assert "3 bestanden; 1 bestand kon niet gescreend worden" in result.stdout
    assert SECRET not in result.output and "<![" not in result.output


@pytest.mark.parametrize("cache", [True, False])
def test_scan_goes_on_after_an_unexpected_error_with_and_without_cache(school: Path, monkeypatch, cache) -> None:
    _posts(school, 3)
    (school / "kapot.md").write_text(f"Hallo {SECRET}.\n", encoding="utf-8")
    _crash_on(monkeypatch, "kapot.md")
    result = run("scan", "--no-progress", "--jobs", "1", *([] if cache else ["--no-cache"]), ".")
    assert result.exit_code == 3, result.output
    assert "kapot.md: error E-BESTAND" in result.stdout
    assert "4 bestanden" in result.stdout and SECRET not in result.output


def test_a_missing_file_and_a_folder_given_to_check_are_messages_and_the_rest_is_reported(school: Path) -> None:
    _posts(school, 1)
    (school / "map").mkdir()
    result = run("check", "weg.md", "map", "week-00.md")
    assert result.exit_code == 3
    assert "weg.md: bestand bestaat niet" in result.stdout
    assert "map: is een map" in result.stdout
    assert "3 bestanden; 2 bestanden konden niet gescreend worden" in result.stdout


def test_a_scan_with_two_processes_and_its_cache_survives_every_hostile_post(school: Path) -> None:
    _posts(school, 16)  # enough files for two worker processes
    for name, text in HOSTILE.items():
        (school / name).write_text(text, encoding="utf-8")
    for attempt in ("cold", "warm"):
        done = subprocess.run([sys.executable, "-m", "screener", "scan", "--no-progress", "--jobs", "2",
                               "--cache-dir", str(school / "cache"), "."],
                              capture_output=True, text=True, timeout=300, cwd=school,
                              env={**os.environ, "XDG_CACHE_HOME": str(school / "cache-home")})
        assert done.returncode in (0, 3), done.stderr
        assert "Traceback" not in done.stderr and SECRET not in done.stdout + done.stderr
        assert f"in {16 + len(HOSTILE)} bestanden" in done.stdout  # every file reported, also from the cache
        assert not any(line.startswith("week-") for line in done.stdout.splitlines())  # the ordinary posts pass


def test_a_file_without_read_permission_is_a_dutch_message_and_the_rest_is_reported(school: Path,
                                                                                    monkeypatch) -> None:
    _posts(school, 1)
    (school / "geheim.md").write_text(f"Hallo {SECRET}.\n", encoding="utf-8")
    os.chmod(school / "geheim.md", 0)
    if os.access(school / "geheim.md", os.R_OK):  # root reads it anyway: refuse it as the system would
        real = Path.read_bytes

        def read_bytes(self):
            if self.name == "geheim.md":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run("check", "geheim.md", "week-00.md")
    assert result.exit_code == 3
    assert "geheim.md: error E-BESTAND" in result.stdout and "toestemming" in result.stdout
    assert "2 bestanden; 1 bestand kon niet gescreend worden" in result.stdout
