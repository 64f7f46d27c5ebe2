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
