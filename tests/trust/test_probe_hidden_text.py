"""Probe: a name or a BSN written so that a careless reader or a hostile author hides it from a
pattern (odd encodings, invisible characters, entities, markup that splits it, text the page holds
but does not show) is still reported at its line by `screener check`, or the file is an error
(exit 3). Never "Geen bevindingen" for a post that still publishes the value."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

import pytest
from trust_helpers import run

NAME = "Sanne de Vries"
BSN = "111222333"
ZW = "\u200b"


def _check(school: Path, name: str, data: bytes):
    (school / name).write_bytes(data)
    return run("check", "--no-colour", name)


# (file name, bytes, the finding a user must see: "rule at line:col" as the report prints it)
FOUND = {
    "utf-16 with BOM": ("utf16.md", ("\ufeff" + f"Hallo.\n{NAME} heeft BSN {BSN}.\n").encode("utf-16-le"),
                        "utf16.md:2:26: error A2-BSN"),
    "utf-32": ("utf32.md", f"Hallo.\n{NAME} heeft BSN {BSN}.\n".encode("utf-32"), "utf32.md:2:26: error A2-BSN"),
    "utf-8 BOM": ("bom.md", ("\ufeff" + f"BSN {BSN}\n").encode(), "bom.md:1:5: error A2-BSN"),
    "old Mac line ends": ("cr.md", f"Hallo.\r{NAME} heeft BSN {BSN}.\r".encode(), "cr.md:2:26: error A2-BSN"),
    "a line of 1.2 million characters": ("lang.md", ("a " * 600_000 + f"BSN {BSN}\n").encode(),
                                         "lang.md:1:1200005: error A2-BSN"),
    "5000 nested divs": ("diep.html", ("<div>" * 5000 + f"<p>BSN {BSN}</p>" + "</div>" * 5000).encode(),
                         "diep.html:1:25008: error A2-BSN"),
    "2000 nested quotes": ("diep.md", ("> " * 2000 + f"BSN {BSN}\n").encode(), "diep.md:1:4005: error A2-BSN"),
    "TOML front matter": ("toml.md", f'+++\nchannel = "website"\n+++\nBSN {BSN}\n'.encode(),
                          "toml.md:4:5: error A2-BSN"),
    "JSON front matter": ("json.md", ('{\n "channel": "website"\n}\n' + f"BSN {BSN}\n").encode(),
                          "json.md:4:5: error A2-BSN"),
    "a BSN in the front matter title": ("titel.md", f"---\ntitle: BSN {BSN}\n---\nHallo.\n".encode(),
                                        "titel.md:2:12: error A2-BSN"),
    "a YAML anchor repeating a name": ("anker.md", f"---\na: &x BSN {BSN}\nb: *x\n---\nHallo.\n".encode(),
                                       "anker.md:2:11: error A2-BSN"),
    "zero-width spaces inside a BSN": ("zw.md", f"BSN 111{ZW}222{ZW}333\n".encode(), "zw.md:1:5: error A2-BSN"),
    "soft hyphens inside a BSN": ("shy.md", "BSN 111\u00ad222\u00ad333\n".encode(), "shy.md:1:5: error A2-BSN"),
    "a word joiner inside a BSN": ("wj.md", "BSN 1112\u206022333\n".encode(), "wj.md:1:5: error A2-BSN"),
    "zero-width spaces inside a name": ("zwnaam.md", f"S{ZW}anne de V{ZW}ries uit groep 5 is jarig.\n".encode(),
                                        "zwnaam.md:1:1: error A2-NAAM"),
    "full-width digits": ("breed.md", "BSN １１１２２２３３３\n".encode(), "breed.md:1:5: error A2-BSN"),
    "a decimal entity": ("entiteit.html", b"<p>BSN &#49;11222333</p>\n", "entiteit.html:1:8: error A2-BSN"),
    "a hex entity in Markdown": ("entiteit.md", b"BSN &#x31;11222333\n", "entiteit.md:1:5: error A2-BSN"),
    "<wbr> inside a BSN": ("wbr.html", b"<p>BSN 111<wbr>222<wbr>333</p>\n", "wbr.html:1:8: error A2-BSN"),
    "spans splitting a BSN": ("span.html", b"<p>BSN <span>111</span><span>222333</span></p>\n",
                              "span.html:1:14: error A2-BSN"),
    "<noscript>": ("noscript.html", f"<noscript>BSN {BSN}</noscript>\n".encode(), "noscript.html:1:15: error A2-BSN"),
    "<textarea>": ("veld.html", f"<textarea>BSN {BSN}</textarea>\n".encode(), "veld.html:1:15: error A2-BSN"),
    "a meta description": ("meta.html", f'<meta name="description" content="BSN {BSN}">\n'.encode(),
                           "meta.html:1:39: error A2-BSN"),
    "SVG text": ("logo.svg", f'<svg xmlns="http://www.w3.org/2000/svg"><text>BSN {BSN}</text></svg>\n'.encode(),
                 "logo.svg:1:51: error A2-BSN"),
    "a link reference title": ("ref.md", f'Hallo [x].\n\n[x]: https://example.org "BSN {BSN}"\n'.encode(),
                               "ref.md:3:31: error A2-BSN"),
    "a link's query string": ("link.md", f"Zie [foto](https://example.org/?bsn={BSN}).\n".encode(),
                              "link.md:1:37: error A2-BSN"),
    "a fenced code block": ("code.md", f"```\nBSN {BSN}\n```\n".encode(), "code.md:2:5: error A2-BSN"),
    "a table cell": ("tabel.md", f"| naam | bsn |\n|---|---|\n| x | {BSN} |\n".encode(), "tabel.md:3:7: error A2-BSN"),
    "a footnote": ("noot.md", f"Hallo[^1].\n\n[^1]: BSN {BSN}\n".encode(), "noot.md:3:11: error A2-BSN"),
    "a setext heading": ("kop.md", f"BSN {BSN}\n===\n".encode(), "kop.md:1:5: error A2-BSN"),
    "a file without extension": ("LEESMIJ", f"BSN {BSN}\n".encode(), "LEESMIJ:1:5: error A2-BSN"),
    "an upper-case extension": ("GROOT.MD", f"BSN {BSN}\n".encode(), "GROOT.MD:1:5: error A2-BSN"),
    "a .htm page": ("oud.htm", f"<p>BSN {BSN}</p>\n".encode(), "oud.htm:1:8: error A2-BSN"),
}


@pytest.mark.parametrize("case", list(FOUND), ids=list(FOUND))
def test_a_bsn_or_name_written_oddly_is_still_reported_at_its_place(school: Path, case: str) -> None:
    name, data, finding = FOUND[case]
    result = _check(school, name, data)
    assert result.exit_code == 1, result.output
    assert finding in result.stdout
    assert BSN not in result.output and NAME not in result.output


def test_a_front_matter_never_closed_fails_the_post_naming_its_line(school: Path) -> None:
    result = _check(school, "open.md", f"---\ntitle: x\nBSN {BSN}\n".encode())
    assert result.exit_code == 3, result.output
    assert "open.md: error E-BESTAND open.md:1: de front matter wordt niet afgesloten" in result.stdout
    assert BSN not in result.output


def test_a_name_split_by_a_zero_width_space_is_masked_without_giving_a_letter_away(school: Path) -> None:
    result = _check(school, "zw.md", f"Vandaag is S{ZW}anne de V{ZW}ries uit groep 5 jarig.\n".encode())
    assert "'S**** d* V****'" in result.stdout
    assert "V" + ZW + "r" not in result.output and ZW not in result.output


def test_a_name_typed_with_separate_accent_marks_is_masked_without_giving_a_letter_away(school: Path) -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Vandaag is Anaïs Şahin uit groep 5 jarig.\n")  # 'i' + U+0308, 'S' + U+0327
    result = _check(school, "nfd.md", text.encode())
    assert "'A**** Ş****'" in result.stdout, result.output
    assert "\u0308" not in result.output and "\u0327" not in result.output and "s " not in result.stdout.split("'")[1]


def test_a_zero_width_bsn_is_refused_by_the_installed_hook_in_a_real_commit(school: Path) -> None:
    subprocess.run(["git", "init", "-q", "."], check=True)
    subprocess.run(["git", "config", "user.email", "juf@school.nl"], check=True)
    subprocess.run(["git", "config", "user.name", "Juf"], check=True)
    hook = run("install-hook")
    assert hook.exit_code == 0, hook.output
    (school / "welkom.md").write_text(f"Welkom! BSN 111{ZW}222{ZW}333.\n", encoding="utf-8")
    subprocess.run(["git", "add", "welkom.md"], check=True)
    commit = subprocess.run(["git", "commit", "-qm", "welkom"], capture_output=True, text=True)
    assert commit.returncode != 0
    assert "welkom.md:1:13: error A2-BSN" in commit.stdout + commit.stderr
    assert subprocess.run(["git", "log", "--oneline"], capture_output=True, text=True).stdout == ""


# Markup whose text a page publishes (in its source or to a script) but the readers skip today.
HIDDEN = {
    "a Markdown HTML comment": ("opmerking.md", f"Hallo.\n<!-- BSN {BSN} -->\n".encode(), "opmerking.md:2:10"),
    "<iframe srcdoc>": ("iframe.html", f'<iframe srcdoc="&lt;p&gt;BSN {BSN}&lt;/p&gt;"></iframe>\n'.encode(),
                        "iframe.html:1:"),
    "a data-* attribute": ("data.html", f'<div data-leerling="BSN {BSN}">x</div>\n'.encode(), "data.html:1:25"),
    "<template>": ("template.html", f"<template><p>BSN {BSN}</p></template>\n".encode(), "template.html:1:18"),
    "CDATA": ("cdata.html", f"<![CDATA[BSN {BSN}]]>\n".encode(), "cdata.html:1:14"),
    "a processing instruction": ("php.html", f"<?php echo 'BSN {BSN}'; ?>\n".encode(), "php.html:1:17"),
    "a CSS comment": ("stijl.html", f"<style>/* BSN {BSN} */</style><p>Hallo</p>\n".encode(), "stijl.html:1:15"),
    "a script string": ("js.html", f"<script>var bsn = '{BSN}';</script>\n".encode(), "js.html:1:20"),
    "emphasis splitting a BSN": ("nadruk.md", b"BSN 111**222**333\n", "nadruk.md:1:5"),
    "SVG foreignObject": ("fo.svg", ('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p '
                                     f'xmlns="http://www.w3.org/1999/xhtml">BSN {BSN}</p></foreignObject></svg>\n'
                                     ).encode(), "fo.svg:"),
}


@pytest.mark.parametrize("case", list(HIDDEN), ids=list(HIDDEN))
def test_text_the_page_holds_but_does_not_show_is_reported_or_refused(school: Path, case: str) -> None:
    name, data, where = HIDDEN[case]
    result = _check(school, name, data)
    assert "Geen bevindingen" not in result.stdout, result.output
    # the BSN at its place (a warning is enough for what the page does not show), or the file refused
    assert any(line.startswith(where) and ("A2-BSN" in line or ": error E-" in line)
               for line in result.stdout.splitlines()), result.output
    assert BSN not in result.output


def test_a_toml_front_matter_that_cannot_be_read_is_an_error_naming_the_file(school: Path) -> None:
    result = _check(school, "kapot.md", b'+++\nchannel = "schoolaccount\n+++\nHallo.\n')
    assert result.exit_code == 3, result.output
    assert "kapot.md:2" in result.stdout and "Geen bevindingen" not in result.stdout


def test_an_embedded_svg_with_a_bsn_is_screened_like_a_file(school: Path) -> None:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><text>BSN {BSN}</text></svg>'.encode()
    result = _check(school, "logo.md", b"Hallo.\n\n![x](data:image/svg+xml;base64," + base64.b64encode(svg) + b")\n")
    assert result.exit_code in (1, 3), result.output
    assert "logo.md:3" in result.stdout and "Geen bevindingen" not in result.stdout


def test_an_embedded_photo_that_is_no_base64_is_an_error_not_a_pass(school: Path) -> None:
    result = _check(school, "stuk.md", b"Hallo.\n\n![x](data:image/jpeg;base64,!!!geen-base64)\n")
    assert result.exit_code == 3, result.output
    assert "stuk.md:3" in result.stdout
