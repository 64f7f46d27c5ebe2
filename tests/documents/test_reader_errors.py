"""A post the readers cannot follow fails that post only, with a Dutch message that never quotes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import write
from screener import documents, pipeline

BSN_POST = "Haar BSN is 111222333, zie de administratie.\n"


@pytest.mark.parametrize("page", [
    "<p>Hallo</p><![ Sanne de Vries 1",  # html.parser's AssertionError, with the page text in it
    "<p>Hallo</p>\n<picture><source srcset=\" \"><source srcset=\",,\"></picture><![foo\n",
])
def test_html_the_parser_chokes_on_is_one_files_error_and_never_quoted(site: Path, screener, page: str) -> None:
    write(site / "kapot.html", page)
    write(site / "ander.txt", BSN_POST)
    result = screener("check", "kapot.html", "ander.txt")
    assert result.exit_code in (1, 3), result.output
    assert "Traceback" not in result.output and "Sanne" not in result.output
    assert "ander.txt:1:13: error A2-BSN" in result.output


def test_an_unexpected_reader_error_becomes_a_document_error_without_the_post_text(site: Path, monkeypatch,
                                                                                  screener) -> None:
    def broken(path, shown, source, root=None):
        raise IndexError(f"list index out of range near {source!r}")

    monkeypatch.setitem(documents.READERS, ".md", broken)
    write(site / "kapot.md", "Sanne de Vries, BSN 111222333.\n")
    write(site / "ander.txt", BSN_POST)
    result = screener("check", "kapot.md", "ander.txt")
    assert result.exit_code == 3
    assert "kapot.md: kon het bericht niet lezen (interne fout IndexError)" in result.output
    assert "Sanne" not in result.output and "111222333" not in result.output
    assert "ander.txt:1:13: error A2-BSN" in result.output


def test_an_unexpected_error_while_screening_fails_that_file_and_the_run_goes_on(site: Path, monkeypatch,
                                                                                screener) -> None:
    screen_document = pipeline.screen_document

    def sometimes_broken(doc, config, post):
        if doc.display_path == "kapot.md":
            raise AssertionError(f"expected name token at {doc.text[:30]!r}")
        return screen_document(doc, config, post)

    monkeypatch.setattr(pipeline, "screen_document", sometimes_broken)
    write(site / "kapot.md", "Sanne de Vries, BSN 111222333.\n")
    write(site / "ander.txt", BSN_POST)
    result = screener("check", "kapot.md", "ander.txt")
    assert result.exit_code == 3
    assert "kapot.md: kon niet worden gescreend door een interne fout (AssertionError)" in result.output
    assert "Sanne" not in result.output and "111222333" not in result.output
    assert "ander.txt:1:13: error A2-BSN" in result.output


def test_deeply_nested_markup_is_read_or_refused_with_a_message(site: Path, screener) -> None:
    write(site / "diep.md", "> " * 3000 + "Hallo\n\n" + "[" * 5000 + "\n\n" + "<div>" * 3000 + "\n")
    write(site / "ander.txt", BSN_POST)
    result = screener("check", "diep.md", "ander.txt")
    assert "Traceback" not in result.output
    assert "ander.txt:1:13: error A2-BSN" in result.output
