"""Standard input, colours, --exit-zero and `screener rules`, as a user (or an editor, or CI) runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import photo_with_gps, write

ROOT = Path(__file__).resolve().parents[2]

BSN_POST = "Welkom aan onze nieuwe leerling. Haar BSN is 111222333, zie de administratie.\n"


def test_a_draft_piped_in_is_screened_with_its_photo_beside_the_named_file_and_that_folders_settings(screener, site):
    write(site / "screener.toml", '[rules]\n"A2-FOTO-EIGENAAR" = "off"\n')
    photo_with_gps(site / "content" / "nieuws" / "uitje.jpg")
    draft = "# Schoolreis\n\nWat een mooie dag.\n\n![De bus](uitje.jpg)\n"

    result = screener("check", "-", "--stdin-filename", "website/content/nieuws/uitje.md", cwd=site.parent,
                      stdin=draft.encode())

    assert result.returncode == 1, result.out
    assert "website/content/nieuws/uitje.jpg: error A2-FOTO-GPS" in result.out
    assert "foto getoond in website/content/nieuws/uitje.md:5:1" in result.out
    assert "A2-FOTO-EIGENAAR" not in result.out  # the site's own setting, found from the named file's folder
    assert not (site / "content" / "nieuws" / "uitje.md").exists()  # nothing written where the name points


def test_a_piped_draft_without_a_name_is_read_as_markdown_and_reported_as_dash(screener, tmp_path):
    (tmp_path / ".git").mkdir()
    result = screener("check", "-", cwd=tmp_path, stdin=("---\ntitle: Nieuw\n---\n" + BSN_POST).encode())

    assert result.returncode == 1, result.out
    assert "-:4:46: error A2-BSN" in result.out
    assert "111222333" not in result.out


def test_the_suffix_of_the_stdin_filename_picks_the_reader(screener, tmp_path):
    (tmp_path / ".git").mkdir()
    html = "<html><body>\n<p>Haar BSN is <b>111222333</b>.</p>\n</body></html>\n"

    result = screener("check", "-", "--stdin-filename", "nieuws.html", cwd=tmp_path, stdin=html.encode())

    assert "nieuws.html:2:" in result.out and "A2-BSN" in result.out
    assert "<b>" not in result.out


def test_stdin_filename_without_dash_is_a_usage_error(screener, tmp_path):
    write(tmp_path / "post.txt", BSN_POST)
    result = screener("check", "--stdin-filename", "x.md", "post.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "--stdin-filename" in result.out


def _in_a_terminal(args: list[str], cwd, **env: str) -> str:
    """Run screener with its output on a pseudo-terminal, as in a shell window; what it printed."""
    import pty

    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environment.update(PYTHONPATH=str(ROOT), **env)
    main, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "screener", *args], cwd=cwd, env=environment, stdout=child,
                            stderr=child, stdin=subprocess.DEVNULL)
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the other end closed
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(main)
    return out.decode()


def test_a_terminal_shows_colours_and_no_color_turns_them_off(tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "post.txt", BSN_POST)

    coloured = _in_a_terminal(["check", "post.txt"], tmp_path)
    plain = _in_a_terminal(["check", "post.txt"], tmp_path, NO_COLOR="1")

    assert "\x1b[" in coloured and "A2-BSN" in coloured
    assert "A2-BSN" in plain and "\x1b[" not in plain


def test_force_color_colours_a_ci_log_unless_no_color_or_no_colour_says_otherwise(screener, tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "post.txt", BSN_POST)

    assert "\x1b[" in screener("check", "post.txt", cwd=tmp_path, FORCE_COLOR="1").out
    assert "\x1b[" not in screener("check", "post.txt", cwd=tmp_path, FORCE_COLOR="1", NO_COLOR="1").out
    assert "\x1b[" not in screener("check", "--no-colour", "post.txt", cwd=tmp_path, FORCE_COLOR="1").out
    assert "\x1b[" not in screener("check", "post.txt", cwd=tmp_path).out  # a pipe: no colours


def test_exit_zero_reports_the_findings_and_exits_0_but_an_unreadable_file_still_exits_3(screener, tmp_path):
    (tmp_path / ".git").mkdir()
    write(tmp_path / "post.txt", BSN_POST)
    (tmp_path / "kapot.md").write_bytes(b"caf\xe9 \xff\xfe")

    reported = screener("check", "--exit-zero", "post.txt", cwd=tmp_path)
    failed = screener("check", "--exit-zero", "post.txt", "kapot.md", cwd=tmp_path)

    assert reported.returncode == 0
    assert "post.txt:1:46: error A2-BSN" in reported.out
    assert failed.returncode == 3
    assert "kapot.md: is geen UTF-8-tekst" in failed.out


def test_rules_shows_the_organisations_severities_and_off_as_uit(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from screener.cli import main

    (tmp_path / ".git").mkdir()
    write(tmp_path / "screener.toml", '[rules]\n"A2-PLAATS" = "info"\n"A8-FATSOEN" = "off"\n')
    monkeypatch.chdir(tmp_path)

    result = CliRunner().invoke(main, ["rules"], catch_exceptions=False)

    rows = {line.split()[0]: line.split()[1:3] for line in result.output.splitlines() if line.startswith(("A", "C", "D", "E"))}
    assert rows["A2-PLAATS"] == ["info", "*"]
    assert rows["A8-FATSOEN"] == ["uit", "*"]
    assert rows["A2-BSN"][0] == "error"  # not configured: the default
    assert "screener.toml" in result.output
