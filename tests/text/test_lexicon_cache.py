"""The name and place lists are built once and then read from the user's cache folder."""

from __future__ import annotations

import shutil

from screener.text import lexicons


def _fresh_load(monkeypatch, cache_home, data_dir=None):
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    if data_dir is not None:
        monkeypatch.setattr(lexicons, "OWN_DATA", data_dir)
    lexicons.load.cache_clear()
    try:
        return lexicons.load()
    finally:
        lexicons.load.cache_clear()


def test_second_start_reads_the_cache_and_gets_the_same_lists(monkeypatch, tmp_path):
    first = _fresh_load(monkeypatch, tmp_path)
    cached = list((tmp_path / "screener" / "lexicons").glob("*.pickle"))
    assert len(cached) == 1
    assert (cached[0].stat().st_mode & 0o777) == 0o600

    second = _fresh_load(monkeypatch, tmp_path)

    assert second == first
    assert "Sanne" in second.first_names


def test_an_edited_list_is_used_at_once_and_the_old_cache_is_removed(monkeypatch, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(lexicons.OWN_DATA, data)
    before = _fresh_load(monkeypatch, tmp_path / "cache", data)
    assert "kapelaan" not in before.titles

    with (data / "titles.txt").open("a", encoding="utf-8") as fh:
        fh.write("kapelaan\n")
    after = _fresh_load(monkeypatch, tmp_path / "cache", data)

    assert "kapelaan" in after.titles
    assert len(list((tmp_path / "cache" / "screener" / "lexicons").glob("*.pickle"))) == 1


def test_a_cache_that_cannot_be_written_or_read_is_no_error(monkeypatch, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert "Sanne" in _fresh_load(monkeypatch, blocked).first_names

    _fresh_load(monkeypatch, tmp_path / "ok")
    for path in (tmp_path / "ok" / "screener" / "lexicons").glob("*.pickle"):
        path.write_bytes(b"not a pickle")
    assert "Sanne" in _fresh_load(monkeypatch, tmp_path / "ok").first_names


def test_another_installations_cache_is_left_alone_so_two_checkouts_do_not_rebuild_each_others(monkeypatch, tmp_path):
    folder = tmp_path / "screener" / "lexicons"
    folder.mkdir(parents=True)
    other = folder / "0123456789ab-0123456789abcdef0123.pickle"
    other.write_bytes(b"the lists of another checkout")

    _fresh_load(monkeypatch, tmp_path)

    assert other.read_bytes() == b"the lists of another checkout"
    assert len(list(folder.glob("*.pickle"))) == 2
