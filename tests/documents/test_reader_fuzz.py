"""Bounded fuzz test of the document readers: whatever the post holds, the readers raise only
DocumentError, and every character of the screened text and every photo reference lies in the file."""

from __future__ import annotations

import bisect
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis ontbreekt (pip install -e '.[dev]')")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from screener import documents  # noqa: E402
from screener.documents import DocumentError  # noqa: E402
from screener.documents.reading import decode_text  # noqa: E402

FRAGMENTS = [
    "a", "Sanne de Vries", " ", "\n", "\n\n", "\t", "\r\n", "[", "]", "(", ")", "!", "<", ">", "-", "*", "_", "`", "~",
    "#", "|", ":", '"', "'", "=", "/", "{", "}", "%", "&", ";", "\\", "é", "\u00a0", "\x00",
    "![a](b.jpg)", "![a][r]", "[r]: c.jpg", "<b.jpg>", "![x](<d e.jpg> \"t\")", "[l](https://x.nl)", "<https://x.nl>",
    "<!--", "-->", "<!-- screener: negeer A2-NAAM reden: mag -->", "<img src=", "<img src=\"f.jpg\" alt=\"Noor\">",
    " srcset=\"", "a.jpg 1x, b.jpg 2x", "<picture><source srcset=\"", "<source srcset=\" \">", "<script>", "</script>",
    "<script type=\"application/ld+json\">{\"name\": \"Daan\"}", "<![", "<![CDATA[", "<?x", "</", "&amp;", "&#x41;",
    "&#99999999;", "&eacute", "{{<", ">}}", "{{%", "%}}", "{{< figure src=\"g.jpg\" caption=\"Noor\" >}}", "{%", "%}",
    "{{ site.baseurl }}", "{{ \"/h.jpg\" | relative_url }}", "```", "~~~", "    code", "> ", "- ", "1. ", "---", "===",
    "| a | b |\n|---|---|\n", "data:image/png;base64,iVBOR", "data:,x", "../../../etc/passwd", "/img/x.jpg", "//cdn/x.jpg",
    "`code`", "``", "**b**", "_i_", "<div>", "</div>", "<p>", "<style>", "<svg>", "<template>", "<a href=\"k.png\">",
    "<meta property=\"og:image\" content=\"m.jpg\">",
]
FRONT = ["title: ", "channel: ", "photos:\n  - src: a.jpg\n    personen: [", "]", "cover:\n  image: ", "resources:\n  - src: ",
         "date: 2025-02-30", "null: x", "!!int a", "&a ", "*a", "[", "{", "'", '"', "\n", "  ", "- ", "Sanne", "x.jpg",
         "|\n  ", "? ", ": ", "#", "\t", "+++", "= \"", "<<: "]

texts = st.lists(st.sampled_from(FRAGMENTS), max_size=120).map("".join) | st.text(max_size=200)
front_matters = st.tuples(st.sampled_from(["---\n", "+++\n"]), st.lists(st.sampled_from(FRONT), max_size=40).map("".join),
                          st.sampled_from(["\n---\n", "\n+++\n", "\n...\n", ""]), texts).map("".join)
suffixes = st.sampled_from([".md", ".html", ".txt"])


def _check(tmp: Path, suffix: str, raw: str) -> None:
    shown = f"bericht{suffix}"
    try:
        source = decode_text(raw.encode("utf-8", "surrogatepass"), shown)
        doc = documents.from_text(tmp / shown, shown, source, root=tmp)
    except DocumentError as exc:
        assert str(exc).startswith(shown)
        return
    except UnicodeEncodeError:
        return
    lines = source.split("\n")

    def inside(line: int, col: int) -> bool:
        return 1 <= line <= len(lines) and 1 <= col <= len(lines[line - 1]) + 1

    for index in range(len(doc.text)):
        assert inside(*doc.position(index)), (index, doc.position(index))
    for ref in doc.images:
        assert inside(ref.line, ref.col), ref
    for comment in doc.comments:
        assert inside(comment.line, comment.col) and comment.line <= comment.end_line <= len(lines)
    for start, end in doc.hidden:
        assert 0 <= start <= end <= len(doc.text)
    if doc.kind == "markdown":  # blanked in place (or removed inside a word): every line break stays where it is
        breaks = [i for i, ch in enumerate(doc.text) if ch == "\n"]
        assert [doc.offsets.to_source(i) for i in breaks] == [i for i, ch in enumerate(source) if ch == "\n"]
        offsets = doc.offsets
        for index, ch in enumerate(doc.text):  # a kept character is the one at its place, or a blank
            piece = bisect.bisect_right(offsets.starts, index) - 1
            if piece >= 0 and offsets.verbatim[piece]:
                assert ch in (source[offsets.to_source(index)], " ")
    else:  # every verbatim character is the character at its place in the file
        offsets = doc.offsets
        for index, ch in enumerate(doc.text):
            piece = bisect.bisect_right(offsets.starts, index) - 1
            if piece >= 0 and offsets.verbatim[piece]:
                assert source[offsets.to_source(index)] == ch


FUZZ = settings(max_examples=1500, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FUZZ
@given(suffix=suffixes, raw=texts)
def test_random_posts_raise_only_document_errors_and_stay_inside_the_file(tmp_path: Path, suffix: str, raw: str) -> None:
    _check(tmp_path, suffix, raw)


@FUZZ
@given(raw=front_matters)
def test_random_front_matter_raises_only_document_errors_and_stays_inside_the_file(tmp_path: Path, raw: str) -> None:
    _check(tmp_path, ".md", raw)
