"""A post cannot hide findings with terminal escapes, and a report written to a file is private,
written at once, and never replaces a file the user screened."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from trust_helpers import NUMBERS_POST, run, state

ESCAPES = "\x1b[2J\x1b]0;alles goed\x07\r"  # clear screen, set the window title, back to the line's start
BIDI = "\u202e"  # right-to-left override: reverses what follows on screen


def _hostile_post(school: Path) -> Path:
    post = school / f"nieuws{ESCAPES}{BIDI}.md"
    post.write_text(NUMBERS_POST + "\n![groep](foto\x1b[2J\x1b]0;x\x07.jpg)\n", encoding="utf-8")
    return post


def test_escapes_in_a_file_name_and_an_image_src_are_shown_not_obeyed(school: Path) -> None:
    _hostile_post(school)
    for command in (["check", "--no-colour", str(next(school.glob("nieuws*")).name)],
                    ["scan", "--no-progress", "--no-cache", "--no-colour", "."]):
        result = run(*command)
        assert result.exit_code == 1, result.output
        for stream in (result.stdout, result.stderr):
            assert "\x1b" not in stream and "\x07" not in stream and "\r" not in stream and BIDI not in stream
        assert "A2-BSN" in result.stdout
        assert "nieuws\\x1b[2J\\x1b]0;alles goed\\x07\\x0d\\u202e.md:1:" in result.stdout
        assert "'foto\\x1b[2J\\x1b]0;x\\x07.jpg' is niet gevonden" in result.stdout  # named visibly


def test_a_file_that_cannot_be_screened_is_named_without_its_escapes_on_stderr(school: Path) -> None:
    bad = school / f"kapot{ESCAPES}.md"
    bad.write_bytes(b"\xff\xfe\x00\xd8 geen tekst \xff")
    result = run("check", "--format", "json", bad.name)
    assert result.exit_code == 3
    assert "\x1b" not in result.stderr and "kapot\\x1b" in result.stderr


def test_json_and_sarif_carry_no_raw_control_character_but_the_same_path(school: Path) -> None:
    post = _hostile_post(school)
    (school / f"c1\u009b2J{BIDI}.txt").write_text(NUMBERS_POST, encoding="utf-8")
    for fmt in ("json", "sarif"):
        result = run("scan", "--no-progress", "--no-cache", "--format", fmt, ".")
        raw = result.stdout
        assert not any(ch in raw for ch in ("\x1b", "\x07", "\r", "\u009b", BIDI)), fmt
        data = json.loads(raw)
        if fmt == "json":
            paths = {f["path"] for f in data["files"]}
        else:
            paths = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in data["runs"][0]["results"]}
        assert {post.name, f"c1\u009b2J{BIDI}.txt"} <= paths  # a program still reads the true names


def test_a_report_written_with_output_is_readable_by_its_owner_only(school: Path) -> None:
    (school / "post.txt").write_text(NUMBERS_POST, encoding="utf-8")
    for fmt, name in (("json", "rapport.json"), ("sarif", "rapport.sarif"), ("text", "rapport.log")):
        result = run("check", "--format", fmt, "-o", name, "post.txt")
        assert result.exit_code == 1, result.output
        assert stat.S_IMODE((school / name).stat().st_mode) == 0o600
    result = run("scan", "--no-progress", "--no-cache", "--format", "html", "-o", "rapport.html", "post.txt")
    assert result.exit_code == 1, result.output
    assert stat.S_IMODE((school / "rapport.html").stat().st_mode) == 0o600
    assert not list(school.glob(".rapport*.tmp"))  # no temporary file left behind


def test_a_report_never_replaces_a_post_in_the_scanned_folder_but_may_replace_its_own(school: Path) -> None:
    (school / "media").mkdir()
    post = school / "media" / "kerst.txt"
    post.write_text(NUMBERS_POST, encoding="utf-8")
    before = state(post)
    refused = run("scan", "--no-progress", "--no-cache", "-o", "media/kerst.txt", "media")
    assert refused.exit_code == 2
    assert "zou een gescreend bestand overschrijven" in refused.stderr
    assert state(post) == before

    for _ in range(2):  # the report of last week is replaced, and is not screened as a post itself
        again = run("scan", "--no-progress", "--no-cache", "--format", "json", "-o", "media/rapport.json", "media")
        assert again.exit_code == 1, again.output
    report = json.loads((school / "media" / "rapport.json").read_text(encoding="utf-8"))
    assert [f["path"] for f in report["files"]] == ["media/kerst.txt"]
