"""Probe: a command typed wrong (a folder for a report, a missing option, a typo in a command, a
value out of range) is answered in Dutch, with exit code 2, as the rest of the screener speaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from trust_helpers import run

MISTAKES = {
    "a folder as the report file": (["check", "-o", ".", "post.md"],
                                    "Fout: Ongeldige waarde voor '--output' / '-o': Bestand '.' is een map, geen bestand."),
    "a missing option": (["baseline", "create", "post.md"], "Fout: Optie ontbreekt '--reason'."),
    "a typo in the command": (["chek", "post.md"], "Fout: Onbekende opdracht 'chek'. Bedoelt u 'check'?"),
    "an unknown option": (["check", "--bla", "post.md"], "Fout: Onbekende optie '--bla'."),
    "an unknown format": (["check", "--format", "xml", "post.md"],
                          "Fout: Ongeldige waarde voor '--format': 'xml' is niet een van"),
    "no jobs": (["scan", "--jobs", "0", "."], "Fout: Ongeldige waarde voor '--jobs' / '-j': 0 ligt niet in het bereik"),
    "a cache folder that is a file": (["scan", "--cache-dir", "post.md", "."],
                                      "Map 'post.md' is een bestand, geen map."),
}


@pytest.mark.parametrize("case", list(MISTAKES), ids=list(MISTAKES))
def test_a_command_typed_wrong_is_answered_in_dutch_with_exit_code_2(school: Path, case: str) -> None:
    (school / "post.md").write_text("Hallo.\n", encoding="utf-8")
    args, said = MISTAKES[case]
    result = run(*args)
    assert result.exit_code == 2
    assert said in result.output
    assert "Zie '" in result.output and "voor hulp." in result.output
    assert "Error" not in result.output and "Try '" not in result.output


def test_the_help_of_every_command_ends_in_dutch(school: Path) -> None:
    for command in (["check"], ["scan"], ["fix"], ["clean"], ["baseline", "create"], ["consent", "check"], ["serve"]):
        result = run(*command, "--help")
        assert result.exit_code == 0
        assert "Toon deze hulp en stop." in result.output and "Show this message" not in result.output
        assert "Gebruik: " in result.output and "Usage:" not in result.output


def test_install_hook_leaves_a_hook_of_the_users_own_untouched(school: Path) -> None:
    import os
    import subprocess

    subprocess.run(["git", "init", "-q", "."], check=True)
    own = school / ".git" / "hooks" / "pre-commit"
    own.write_text("#!/bin/sh\necho mijn eigen hook\n", encoding="utf-8")
    own.chmod(0o755)
    before = (own.read_bytes(), os.stat(own).st_mode, os.stat(own).st_mtime_ns)
    result = run("install-hook")
    assert result.exit_code == 2
    assert "bestaat al en is niet van de screener; gebruik --force" in result.output
    assert (own.read_bytes(), os.stat(own).st_mode, os.stat(own).st_mtime_ns) == before


@pytest.mark.parametrize("data, said", [(b"BSN 111222333 caf\xe9\n", "is geen UTF-8-tekst"),
                                        (b"BSN 111222333 \x00\x00\x00", "is een binair bestand")])
def test_a_draft_piped_in_that_cannot_be_read_is_an_error_naming_the_stdin_file(school: Path, data: bytes,
                                                                               said: str) -> None:
    from click.testing import CliRunner

    from screener.cli import main

    result = CliRunner().invoke(main, ["check", "-", "--stdin-filename", "concept.md"], input=data)
    assert result.exit_code == 3
    assert f"concept.md: error E-BESTAND concept.md: {said}" in result.output
    assert "Geen bevindingen" not in result.output and "111222333" not in result.output
