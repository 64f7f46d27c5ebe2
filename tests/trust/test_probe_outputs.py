"""Probe: nothing the screener writes gives a planted value back (raw, or as an unkeyed hash), in
any format, on screen or in a file, in the scan cache, a baseline or a log; and nothing it writes
carries a terminal escape from a file name, an image src or front matter."""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from trust_helpers import KEY, run

from screener.cli import main

NAME, BSN, IBAN, PHONE, MAIL = "Sanne de Vries", "111222333", "NL91ABNA0417164300", "06-12345678", "sanne.devries@gmail.com"
VALUES = [NAME, "Vries", BSN, IBAN, PHONE, "0612345678", MAIL, "devries"]
POST = (f"---\nchannel: schoolaccount\n---\n{NAME} uit groep 5 heeft BSN {BSN}.\n"
        f"Bel {PHONE} of mail {MAIL}; IBAN {IBAN}.\n")
CONTROL = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]")


def _unkeyed_hashes() -> set[str]:
    hashes = set()
    for value in VALUES:
        for form in {value, value.lower(), " ".join(value.lower().split())}:
            for algorithm in (hashlib.sha256, hashlib.sha1, hashlib.md5):
                digest = algorithm(form.encode()).hexdigest()
                hashes.update({digest, digest[:32], digest[:16]})
    return hashes


HASHES = _unkeyed_hashes()


def _gives_back(data: bytes | str) -> list[str]:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return [v for v in VALUES if v in text] + [h for h in HASHES if h in text]


def _site(school: Path) -> None:
    (school / "post.md").write_text(POST, encoding="utf-8")
    (school / "pagina.html").write_text(f"<p>{NAME} heeft BSN {BSN}</p>\n", encoding="utf-8")
    for n in range(12):  # enough files for two worker processes
        (school / f"week-{n:02d}.md").write_text(f"Weekbrief {n}: groep 5 ging naar het bos.\n", encoding="utf-8")


@pytest.mark.parametrize("keyed", [False, True], ids=["without a key", "with the team's key"])
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "html"])
def test_no_report_of_check_or_scan_gives_a_planted_value_back(school: Path, fmt: str, keyed: bool) -> None:
    _site(school)
    env = {"SCREENER_KEY": KEY} if keyed else None
    for command in (["check", "post.md", "pagina.html"], ["scan", "--no-progress", "--jobs", "2", "."]):
        result = run(*command, "--format", fmt, env=env)
        assert result.exit_code == 1, result.output
        assert _gives_back(result.stdout) == [] and _gives_back(result.stderr) == []
        written = school.parent / f"rapport-{command[0]}.{fmt}"
        assert run(*command, "--format", fmt, "-o", str(written), env=env).exit_code == 1
        assert _gives_back(written.read_bytes()) == []


def test_the_scan_cache_and_the_baseline_hold_no_planted_value(school: Path) -> None:
    _site(school)
    env = {"SCREENER_KEY": KEY}
    assert run("scan", "--no-progress", "--jobs", "2", ".", env=env).exit_code == 1
    assert run("baseline", "create", "--reason", "oud materiaal", "--expires", "2099-12-31", ".",
               env=env).exit_code == 0
    assert _gives_back((school / ".screener-baseline.json").read_bytes()) == []
    databases = list((school / "cache-home").rglob("*.sqlite"))
    assert databases
    for database in databases:
        assert _gives_back(database.read_bytes()) == []
        with sqlite3.connect(database) as db:
            for (table,) in db.execute("select name from sqlite_master where type = 'table'"):
                assert all(_gives_back(repr(row)) == [] for row in db.execute(f"select * from {table}"))


def test_check_from_standard_input_gives_no_value_back(school: Path) -> None:
    result = CliRunner().invoke(main, ["check", "-", "--stdin-filename", "post.md", "--format", "json"], input=POST)
    assert result.exit_code == 1, result.output
    assert '"A2-BSN"' in result.stdout and _gives_back(result.output) == []


def test_the_text_stage_logs_no_value_even_when_the_log_level_is_debug(school: Path, caplog) -> None:
    (school / "post.md").write_text(POST, encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        assert run("check", "post.md").exit_code == 1
    assert _gives_back(caplog.text) == []


def test_a_configuration_error_does_not_quote_the_file(school: Path) -> None:
    (school / "screener.toml").write_text(f'[organisation]\nname = "{NAME} {BSN}\n', encoding="utf-8")
    (school / "post.md").write_text("Hallo.\n", encoding="utf-8")
    result = run("check", "post.md")
    assert result.exit_code == 2
    assert "screener.toml" in result.output and _gives_back(result.output) == []


def test_a_baseline_that_is_no_baseline_is_refused_without_quoting_it(school: Path) -> None:
    (school / "post.md").write_text("Hallo.\n", encoding="utf-8")
    (school / "oud.json").write_text(f'{{"schema": "{NAME}", "entries": [{{"rule": "{BSN}"}}]}}', encoding="utf-8")
    result = run("check", "--baseline", "oud.json", "post.md")
    assert result.exit_code == 2
    assert "oud.json" in result.output and _gives_back(result.output) == []


HOSTILE_NAMES = {
    "clear screen and window title": "a\x1b[2Jb\x1b]0;weg\x07.md",
    "a new line that fakes a clean line": "x\nnep.md:1:1: ok.md",
    "a line separator": "z\u2028w.md",
    "a right-to-left override": "foto\u202egpj.md",
}


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "html"])
@pytest.mark.parametrize("case", list(HOSTILE_NAMES), ids=list(HOSTILE_NAMES))
def test_control_characters_in_a_file_name_never_reach_any_output_raw(school: Path, case: str, fmt: str) -> None:
    name = HOSTILE_NAMES[case]
    (school / name).write_text(f"BSN {BSN}\n\n![x](f\x1b[31mo\x07.jpg)\n", encoding="utf-8")
    # YAML's own escapes (\e, \a): a raw control character makes the front matter unreadable (exit 3)
    (school / "kop.md").write_text(f'---\ntitle: "\\e[2J"\nauthor: "\\e]0;x\\a"\n---\nHallo {NAME}.\n',
                                   encoding="utf-8")
    for command in (["check", name, "kop.md"], ["scan", "--no-progress", "--jobs", "1", "."]):
        result = run(*command, "--format", fmt, "--no-colour")
        assert result.exit_code == 1, result.output
        assert "A2-BSN" in result.stdout
        assert CONTROL.findall(result.stdout_bytes.replace(b"\n", b"")) == []
        assert CONTROL.findall(result.stderr_bytes.replace(b"\n", b"")) == []
        if fmt == "text":  # one finding per line: a new line in a name cannot fake a line of its own
            assert all(re.match(r"^(\S.*:\d+:\d+: |\S.*: |\d+ fout|screener: )", line)
                       for line in result.stdout.splitlines()), result.stdout


def test_the_hook_prints_no_escape_of_a_hostile_file_name_in_a_real_commit(school: Path) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q", "."], check=True)
    subprocess.run(["git", "config", "user.email", "juf@school.nl"], check=True)
    subprocess.run(["git", "config", "user.name", "Juf"], check=True)
    assert run("install-hook").exit_code == 0
    name = HOSTILE_NAMES["clear screen and window title"]
    (school / name).write_text(f"BSN {BSN}\n", encoding="utf-8")
    subprocess.run(["git", "add", name], check=True)
    commit = subprocess.run(["git", "commit", "-qm", "x"], capture_output=True)
    assert commit.returncode != 0
    assert b"A2-BSN" in commit.stdout + commit.stderr
    assert CONTROL.findall((commit.stdout + commit.stderr).replace(b"\n", b"")) == []
    assert BSN.encode() not in commit.stdout + commit.stderr
