"""The regexes of spaCy and of the protocol rules are kept between runs (screener.regex_cache): a
second `screener check` reads them, reports the same, and the cache holds nothing of the post."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

from screener import regex_cache

POST = (
    "Beste ouders,\n\n"
    "Vandaag was Sanne Jansen uit groep 5 jarig. Morgen vervalt de gymles van groep 3, neem je gymtas niet mee.\n"
    "Ik werk als leerkracht bij OBS De Regenboog.\n"
)


def _cache_files(cache_home: Path) -> list[Path]:
    return list((cache_home / "screener" / "regexes").glob("*.marshal"))


def test_a_second_check_reads_the_kept_regexes_and_reports_the_same(screener, site, tmp_path):
    post = site / "content" / "nieuws" / "bericht.md"
    post.write_text(POST, encoding="utf-8")
    cache_home = tmp_path / "cache"

    first = screener("check", "content/nieuws/bericht.md", cwd=site, XDG_CACHE_HOME=str(cache_home))
    [kept] = _cache_files(cache_home)
    after_first = marshal.loads(kept.read_bytes())
    second = screener("check", "content/nieuws/bericht.md", cwd=site, XDG_CACHE_HOME=str(cache_home))
    after_second = marshal.loads(kept.read_bytes())

    assert first.returncode == second.returncode == 1
    assert "A2-NAAM" in first.out and "C1-KANAAL" in first.out
    assert second.out == first.out
    assert len(after_first) > 100
    # all came from the cache but one: Python's tokenize builds a regex from a set, different in every run
    assert len(after_second) - len(after_first) <= 1
    assert (kept.stat().st_mode & 0o777) == 0o600


def test_the_kept_regexes_hold_no_word_of_the_post(screener, site, tmp_path):
    post = site / "content" / "nieuws" / "bericht.md"
    post.write_text(POST.replace("Sanne Jansen", "Xandrijn Quelderbos"), encoding="utf-8")
    cache_home = tmp_path / "cache"

    done = screener("check", "content/nieuws/bericht.md", cwd=site, XDG_CACHE_HOME=str(cache_home))

    assert "A2-NAAM" in done.out
    [kept] = _cache_files(cache_home)
    data = kept.read_bytes()
    assert b"Xandrijn" not in data and b"Quelderbos" not in data
    assert "Xandrijn".encode("utf-16-le") not in data


def test_a_kept_pattern_matches_as_one_compiled_the_normal_way(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    source = r"(?<![\w])(?P<w>gym(?:les|tas)(?:sen|en|s)?)\s+(?i:MORGEN)(?![\w])"
    text = "Neem de gymtas morgen mee; gymlessen Morgen? gymles morgenochtend"
    plain = re.compile(source)
    monkeypatch.setattr(regex_cache, "_entries", None)
    for _ in range(2):  # made and kept, then read back from the cache file
        re.purge()
        with regex_cache.kept():
            kept = re.compile(source)
        regex_cache.save()
        monkeypatch.setattr(regex_cache, "_entries", None)

    assert [m.span("w") for m in kept.finditer(text)] == [m.span("w") for m in plain.finditer(text)] == [(8, 14), (27, 36)]
    assert (kept.pattern, kept.flags, kept.groupindex) == (plain.pattern, plain.flags, plain.groupindex)


def test_a_regex_compiled_outside_the_kept_blocks_is_not_kept(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_entries", None)
    re.purge()
    re.compile(r"Xandrijn\s+Quelderbos")
    with regex_cache.kept():
        re.compile(r"gymtas\s+mee")
    regex_cache.save()

    [kept] = _cache_files(tmp_path)
    assert b"gymtas" in kept.read_bytes()
    assert b"Xandrijn" not in kept.read_bytes()


def test_a_damaged_cache_file_is_no_error(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_entries", None)
    with regex_cache.kept():
        re.compile(r"schoolreis\s+\d+")
    regex_cache.save()
    [kept] = _cache_files(tmp_path)
    kept.write_bytes(b"\x00 not marshal")
    monkeypatch.setattr(regex_cache, "_entries", None)
    re.purge()

    with regex_cache.kept():
        pattern = re.compile(r"schoolreis\s+\d+")

    assert pattern.search("de schoolreis 12 juni").group() == "schoolreis 12"
