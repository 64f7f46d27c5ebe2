"""Documents: every piece of screened text maps back to its line and column in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener import documents
from screener.documents import DocumentError

from helpers import write


def position_of(doc, needle: str, nth: int = 0) -> tuple[int, int]:
    index = -1
    for _ in range(nth + 1):
        index = doc.text.index(needle, index + 1)
    return doc.position(index)


def test_markdown_text_alt_text_and_front_matter_map_to_their_lines(tmp_path: Path) -> None:
    post = write(tmp_path / "post.md", (
        "---\n"
        'title: "Sanne wint"\n'
        "layout: post\n"
        "---\n"
        "# Feest\n"
        "\n"
        "Vandaag won **Daan Bakker** de beker. ![Noor op het podium](foto/noor.jpg \"Noor en Lotte\")\n"
    ))
    doc = documents.load(post)
    assert position_of(doc, "Sanne") == (2, 9)
    assert position_of(doc, "Daan Bakker") == (7, 15)
    assert position_of(doc, "Noor op het podium") == (7, 41)
    assert position_of(doc, "Lotte") == (7, 84)
    assert doc.meta["title"] == "Sanne wint"
    assert [ref.src for ref in doc.images] == ["foto/noor.jpg"]
    assert doc.images[0].path == tmp_path / "foto" / "noor.jpg"


def test_markup_is_not_screened_as_text(tmp_path: Path) -> None:
    doc = documents.load(write(tmp_path / "p.md", (
        "---\nlayout: Utrecht\nimage: Daan.jpg\n---\n"
        "<!-- Kees -->\n**vet** [link](https://example.org/x) <img src=\"Piet.png\" alt=\"Lotte\">\n"
    )))
    for markup in ("Utrecht", "Daan", "Piet", "**", "<img", "]("):
        assert markup not in doc.text
    assert "Lotte" in doc.text and "https://example.org/x" in doc.text
    assert doc.comments[0].text == "Kees" and doc.comments[0].line == 5
    # the comment is in the page source: screened, as hidden text
    kees = doc.text.index("Kees")
    assert doc.is_hidden(kees) and not doc.is_hidden(doc.text.index("Lotte"))


def test_html_text_attributes_and_entities(tmp_path: Path) -> None:
    doc = documents.load(write(tmp_path / "p.html", (
        "<html><head><title>Ren&eacute;e</title></head>\n"
        "<body><p>Gisteren ging <b>Daan</b> Jansen mee.</p>\n"
        "<script>var naam = 'Piet';</script>\n"
        "<img src=\"a.jpg\" alt=\"Sanne op het plein\"></body></html>\n"
    )))
    assert "Renée" in doc.text
    assert "Daan Jansen" in doc.text
    assert doc.is_hidden(doc.text.index("Piet"))  # a script's string is in the page source
    assert "var naam" not in doc.text
    assert position_of(doc, "Daan") == (2, 27)
    assert position_of(doc, "Sanne") == (4, 23)
    assert position_of(doc, "Renée") == (1, 20)
    assert doc.images[0].src == "a.jpg" and doc.images[0].alt == "Sanne op het plein"


@pytest.mark.parametrize("content, message", [
    (b"caf\xe9 met Sanne", "geen UTF-8"),
    (b"%PDF-1.7 binary", "PDF"),
    (b"abc\x00\x01\x02", "binair"),
])
def test_unreadable_files_get_a_dutch_message_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bericht.md"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        documents.load(path, "bericht.md")
    assert str(caught.value).startswith("bericht.md: ")
    assert message in str(caught.value)


@pytest.mark.parametrize("name", ["_index.md", "leeg.html", "leeg.txt"])
@pytest.mark.parametrize("content", [b"", b"   \n\n"])
def test_an_empty_post_is_an_empty_document_not_an_error(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert documents.load(path, name).text.strip() == ""


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="weg.md: bestand bestaat niet"):
        documents.load(tmp_path / "weg.md", "weg.md")


def test_windows_line_endings_keep_columns(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes("Eerste regel\r\nHier staat Sanne.\r\n".encode())
    doc = documents.load(path)
    assert position_of(doc, "Sanne") == (2, 12)


def test_site_absolute_photo_paths_are_found_in_the_sites_static_folder(tmp_path: Path) -> None:
    site = tmp_path / "website"
    (site / ".git").mkdir(parents=True)
    for photo in ("static/img/optreden.jpg", "static/img/mijn foto.jpg", "logo.png"):
        (site / photo).parent.mkdir(parents=True, exist_ok=True)
        (site / photo).write_bytes(b"jpeg")
    post = write(site / "content" / "nieuws" / "optreden.md", (
        "![a](/img/optreden.jpg) ![b](/img/mijn%20foto.jpg) ![c](/logo.png) ![d](//cdn.example.org/x.jpg)\n"
        "![e](/img/weg.jpg)\n"))
    found = [ref.path for ref in documents.load(post).images]
    assert found[:3] == [site / "static/img/optreden.jpg", site / "static/img/mijn foto.jpg", site / "logo.png"]
    assert found[3] is None  # a photo on another server: not ours to fetch
    assert not found[4].exists()  # missing: the report names it
