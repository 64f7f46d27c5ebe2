"""`screener fix` keeps the post's bytes in the backup, its encoding and line endings in the fixed
post, never overwrites a backup or another file, and says in Dutch when it cannot write."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest
from trust_helpers import run, state

OPINION = ("---\nchannel: persoonlijk\nauthor_role: medewerker\n---\n"
           "Lithora bezuinigt op muziek.\n\nDat vind ik jammer voor de kinderen.\n")
WORDING = "op persoonlijke titel"


def _post(school: Path, data: bytes, name: str = "bericht.md") -> Path:
    path = school / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8),
                                           ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_in_place_keeps_the_original_bytes_the_encoding_and_crlf_line_endings(school: Path, encoding, bom) -> None:
    original = bom + OPINION.replace("\n", "\r\n").encode(encoding)
    post = _post(school, original)
    result = run("fix", "--in-place", "bericht.md")
    assert result.exit_code == 0, result.output
    assert (school / "bericht.md.bak").read_bytes() == original
    fixed = post.read_bytes()
    assert fixed.startswith(bom) and fixed != original
    text = fixed[len(bom):].decode(encoding)
    assert WORDING in text
    assert text.count("\r\n") == text.count("\n") and "\r\n\r\n" in text  # every line ends in CRLF
    assert text.startswith(OPINION.split("\n")[0] + "\r\n")
    assert run("check", "bericht.md").exit_code == 0  # the fixed post is read and passes


def test_an_existing_backup_is_never_overwritten(school: Path) -> None:
    post = _post(school, OPINION.encode())
    older = _post(school, b"de backup van vorige week\n", "bericht.md.bak")
    before = state(older)
    result = run("fix", "--in-place", "bericht.md")
    assert result.exit_code == 0, result.output
    assert state(older) == before
    assert (school / "bericht.md.bak.1").read_bytes() == OPINION.encode()
    assert "bericht.md.bak.1" in result.output
    assert WORDING in post.read_text(encoding="utf-8")


def test_a_read_only_post_is_refused_in_dutch_and_left_as_it_was(school: Path) -> None:
    post = _post(school, OPINION.encode())
    os.chmod(post, 0o444)
    before = state(post)
    result = run("fix", "--in-place", "bericht.md")
    assert result.exit_code == 2
    assert "alleen-lezen" in result.stderr and "Traceback" not in result.output
    assert state(post) == before
    assert not (school / "bericht.md.bak").exists()


def test_a_read_only_folder_is_refused_in_dutch_for_in_place_and_output(school: Path) -> None:
    folder = school / "posts"
    folder.mkdir()
    post = _post(folder, OPINION.encode())
    before = state(post)
    os.chmod(folder, 0o555)
    try:
        for args in (["--in-place"], []):
            result = run("fix", *args, "posts/bericht.md")
            assert result.exit_code == 2, result.output
            assert "alleen-lezen" in result.stderr and "Traceback" not in result.output
        assert sorted(p.name for p in folder.iterdir()) == ["bericht.md"]
    finally:
        os.chmod(folder, 0o755)
    assert state(post) == before


def test_output_keeps_crlf_and_never_overwrites_an_existing_file(school: Path) -> None:
    original = OPINION.replace("\n", "\r\n").encode()
    post = _post(school, original)
    other = _post(school, b"iets anders\n", "ander.md")
    before = state(other)
    refused = run("fix", "-o", "ander.md", "bericht.md")
    assert refused.exit_code == 2 and "bestaat al" in refused.stderr
    assert state(other) == before
    made = run("fix", "-o", "nieuw.md", "bericht.md")
    assert made.exit_code == 0, made.output
    fixed = (school / "nieuw.md").read_bytes().decode()
    assert WORDING in fixed and fixed.count("\r\n") == fixed.count("\n")
    assert post.read_bytes() == original
    assert stat.S_IMODE((school / "nieuw.md").stat().st_mode) & 0o600 == 0o600


def test_a_post_that_trips_the_reader_is_a_dutch_message_without_its_text(school: Path) -> None:
    post = _post(school, b"<p>Hallo</p> <![ Sanne de Vries 1\n", "bericht.html")
    before = state(post)
    result = run("fix", "--in-place", "bericht.html")
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "Sanne" not in result.output
    assert state(post) == before


def test_in_place_keeps_the_file_itself_so_its_hard_links_see_the_fix_and_mode_and_owner_stay(school: Path) -> None:
    post = _post(school, OPINION.encode())
    (school / "archief").mkdir()
    os.link(post, school / "archief" / "bericht.md")  # the same post under a second name
    os.chmod(post, 0o640)
    if os.geteuid() == 0:
        os.chown(post, 65534, 65534)  # a teacher's file, fixed by the administrator
    before = os.stat(post)

    result = run("fix", "--in-place", "bericht.md")

    assert result.exit_code == 0, result.output
    after = os.stat(post)
    assert (after.st_ino, after.st_nlink, after.st_uid, after.st_gid) == (
        before.st_ino, 2, before.st_uid, before.st_gid)
    assert stat.S_IMODE(after.st_mode) == 0o640
    assert WORDING in (school / "archief" / "bericht.md").read_text(encoding="utf-8")
    assert (school / "bericht.md.bak").read_bytes() == OPINION.encode()
    assert os.stat(school / "bericht.md.bak").st_nlink == 1  # the backup is a copy, not another name


def test_in_place_through_a_symbolic_link_fixes_the_post_and_the_link_stays(school: Path) -> None:
    post = _post(school, OPINION.encode())
    os.symlink("bericht.md", school / "snelkoppeling.md")
    result = run("fix", "--in-place", "snelkoppeling.md")
    assert result.exit_code == 0, result.output
    assert os.path.islink(school / "snelkoppeling.md")
    assert WORDING in post.read_text(encoding="utf-8")


def test_a_failed_in_place_write_puts_the_original_back_and_names_the_backup(school: Path, monkeypatch) -> None:
    import errno

    from screener.commands import fix as fix_module

    post = _post(school, OPINION.encode())
    real_ftruncate, calls = os.ftruncate, []

    def disk_full_once(fd: int, length: int) -> None:
        calls.append(length)
        if len(calls) == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_ftruncate(fd, length)

    monkeypatch.setattr(fix_module.os, "ftruncate", disk_full_once)
    result = run("fix", "--in-place", "bericht.md")

    assert result.exit_code == 2, result.output
    assert "bericht.md: kan het bericht niet schrijven" in result.output and "bericht.md.bak" in result.output
    assert post.read_bytes() == OPINION.encode()  # the original is back, not half a fixed post
    assert (school / "bericht.md.bak").read_bytes() == OPINION.encode()
