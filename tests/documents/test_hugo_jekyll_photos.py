"""Photos referenced the way Hugo and Jekyll sites do are screened with their post, at the reference."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import photo_with_gps, write


def _photo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return photo_with_gps(path)


def test_a_figure_shortcode_photo_is_screened_and_its_caption_is_text(site: Path, screener) -> None:
    _photo(site / "static" / "img" / "plein.jpg")
    write(site / "content" / "nieuws" / "feest.md", (
        "---\ntitle: Feest\n---\nEen mooie dag.\n\n"
        '{{< figure src="/img/plein.jpg" caption="Daan Bakker op het plein" >}}\n'))
    result = screener("check", "content/nieuws/feest.md")
    assert result.exit_code == 1, result.output
    assert "static/img/plein.jpg: error A2-FOTO-GPS" in result.output
    assert "(foto getoond in content/nieuws/feest.md:6:17)" in result.output
    assert "content/nieuws/feest.md:6:42: error A2-NAAM" in result.output


@pytest.mark.parametrize("shortcode", [
    '{{% figure src="foto.jpg" title="Sportdag" %}}',
    '{{< img "foto.jpg" >}}',
    '{% include figure.html image="foto.jpg" caption="Sportdag" %}',
])
def test_other_shortcodes_and_liquid_includes_show_their_photo(site: Path, screener, shortcode: str) -> None:
    _photo(site / "posts" / "foto.jpg")
    write(site / "posts" / "p.md", f"Een mooie dag.\n\n{shortcode}\n")
    result = screener("check", "posts/p.md")
    assert "posts/foto.jpg: error A2-FOTO-GPS" in result.output
    assert "foto getoond in posts/p.md:3:" in result.output


def test_a_jekyll_baseurl_path_is_the_sites_photo(site: Path, screener) -> None:
    _photo(site / "assets" / "img" / "plein.jpg")
    write(site / "_posts" / "2025-03-01-sportdag.md", "Een mooie dag.\n\n![plein]({{ site.baseurl }}/assets/img/plein.jpg)\n")
    result = screener("check", "_posts/2025-03-01-sportdag.md")
    assert "assets/img/plein.jpg: error A2-FOTO-GPS" in result.output


def test_cover_image_and_page_resources_are_the_posts_photos(site: Path, screener) -> None:
    _photo(site / "content" / "p" / "cover.jpg")
    _photo(site / "content" / "p" / "fotos" / "een.jpg")
    write(site / "content" / "p" / "post.md", (
        "---\ntitle: Sportdag\ncover:\n  image: cover.jpg\n  alt: Het veld\n"
        "resources:\n  - src: fotos/*.jpg\n    title: Sanne de Vries bij de finish\n---\nEen mooie dag.\n"))
    result = screener("check", "content/p/post.md")
    assert "content/p/cover.jpg: error A2-FOTO-GPS" in result.output
    assert "(foto getoond in content/p/post.md:4:10)" in result.output
    assert "content/p/fotos/een.jpg: error A2-FOTO-GPS" in result.output
    assert "content/p/post.md:8:12: error A2-NAAM" in result.output  # the resource's title is text


def test_a_page_bundles_own_photos_are_screened_with_its_post(site: Path, screener) -> None:
    _photo(site / "content" / "nieuws" / "feest" / "klas.jpg")
    write(site / "content" / "nieuws" / "feest" / "index.md", "---\ntitle: Feest\n---\nEen mooie dag.\n")
    result = screener("check", "content/nieuws/feest/index.md")
    assert "content/nieuws/feest/klas.jpg: error A2-FOTO-GPS" in result.output
    assert "(foto getoond in content/nieuws/feest/index.md:1:1)" in result.output


def test_reference_style_angle_bracket_and_srcset_photos_are_screened(site: Path, screener) -> None:
    for name in ("ref.jpg", "met spaties.jpg", "klein.jpg", "groot.jpg", "bron.jpg"):
        _photo(site / "posts" / name)
    write(site / "posts" / "p.md", (
        "Een mooie dag.\n\n"
        "Kijk: ![podium][foto] en ![zaal](<met spaties.jpg> \"De zaal\")\n\n"
        '<img src="klein.jpg" srcset="klein.jpg 480w, groot.jpg 1080w" alt="plein">\n\n'
        '<picture>\n  <source srcset="bron.jpg">\n  <img src="klein.jpg" alt="x">\n</picture>\n\n'
        "[foto]: ref.jpg\n"))
    result = screener("check", "posts/p.md")
    assert "(foto getoond in posts/p.md:3:7)" in result.output
    assert "(foto getoond in posts/p.md:3:26)" in result.output
    assert "posts/groot.jpg: error A2-FOTO-GPS" in result.output
    assert "(foto getoond in posts/p.md:8:3)" in result.output  # <source srcset>
    assert result.output.count("A2-FOTO-GPS") == 5


def test_an_image_in_a_code_block_is_an_example_not_a_photo(site: Path, screener) -> None:
    write(site / "p.md", "Zo zet je een foto in een bericht:\n\n```markdown\n![uitleg](voorbeeld.jpg)\n```\n\n"
                         "En inline: `![x](ook-niet.jpg)`.\n")
    result = screener("check", "p.md")
    assert result.exit_code == 0, result.output
    assert "niet gevonden" not in result.output


def test_positions_stay_exact_around_markup(site: Path, screener) -> None:
    write(site / "p.md", (
        "---\ntitle: Sportdag\n---\n"
        "> - **Groep 6:** `code` en [de uitslag](https://example.org) van Daan Bakker\n\n"
        "| Klas | Winnaar |\n|---|---|\n| 6 | Noor de Boer |\n"))
    result = screener("check", "p.md")
    assert "p.md:4:66: error A2-NAAM" in result.output
    assert "p.md:8:7: error A2-NAAM" in result.output
