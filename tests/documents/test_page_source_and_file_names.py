"""Text the page publishes but a visitor does not see, and names in file names, are screened."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import write


def test_a_name_and_bsn_in_an_html_comment_of_a_markdown_post_are_warnings_about_the_page_source(
        site: Path, screener) -> None:
    write(site / "p.md", "Een mooie dag.\n\n<!-- BSN 111222333 van Sanne de Vries -->\n")
    result = screener("check", "p.md")
    assert result.exit_code == 0, result.output
    assert "p.md:3:10: warning A2-BSN" in result.output
    assert "p.md:3:24: warning A2-NAAM" in result.output
    assert "broncode van de pagina" in result.output
    assert screener("check", "--fail-on", "warning", "p.md").exit_code == 1


def test_json_ld_and_script_strings_in_an_html_page_are_screened(site: Path, screener) -> None:
    write(site / "p.html", (
        "<html><body><p>Een mooie dag.</p>\n"
        '<script type="application/ld+json">{"@type": "Person", "name": "Sanne de Vries"}</script>\n'
        "<script>var leerling = 'Daan Bakker';</script>\n</body></html>\n"))
    result = screener("check", "p.html")
    assert "p.html:2:65: warning A2-NAAM" in result.output
    assert "p.html:3:25: warning A2-NAAM" in result.output
    assert "broncode van de pagina" in result.output


def test_a_script_block_in_markdown_is_screened(site: Path, screener) -> None:
    write(site / "p.md", 'Een mooie dag.\n\n<script type="application/ld+json">\n{"author": "Sanne de Vries"}\n</script>\n')
    result = screener("check", "p.md")
    assert "p.md:4:13: warning A2-NAAM" in result.output


def test_a_suppression_comment_is_not_screened_as_page_text(site: Path, screener) -> None:
    write(site / "p.md", "<!-- screener: negeer-bestand D4-DISCLAIMER reden: staat in het profiel -->\n"
                         "Een mooie dag op school.\n")
    assert screener("check", "p.md").exit_code == 0


@pytest.mark.parametrize("reference", ["![a](<fotos/Sanne de Vries.jpg>)", '<img src="fotos/Sanne_de_Vries.jpg">',
                                       "![a](fotos/Sanne-de-Vries-300x200.jpg)", "![a](fotos/sanne-de-vries.jpg)"])
def test_a_name_in_a_photos_file_name_is_flagged_at_the_reference(site: Path, screener, reference: str) -> None:
    write(site / "p.md", f"Een mooie dag.\n\n{reference}\n")
    result = screener("check", "p.md")
    assert "p.md:3:1: error A2-NAAM" in result.output
    assert "bestandsnaam van de foto" in result.output and "S**** d* V****" in result.output


def test_a_name_in_the_posts_file_name_is_flagged(site: Path, screener) -> None:
    write(site / "Sanne de Vries.md", "Een mooie dag.\n")
    result = screener("check", "Sanne de Vries.md")
    assert result.exit_code == 1
    assert "error A2-NAAM" in result.output and "bestandsnaam van het bericht" in result.output


@pytest.mark.parametrize("name", ["schoolreis-groep-6.jpg", "IMG_2034.jpg", "voorleeswedstrijd_2025.jpg",
                                  "podium.jpg", "DSC01234.JPG", "musical-generale-repetitie.jpg", "header-zomer.jpg",
                                  "kerstmarkt-op-het-plein.jpg", "logo-obs-de-regenboog.png", "daan.jpg",
                                  "fb-gevonden.jpg", "ouders-gezocht-overblijf.jpg", "groep-tulp-buiten.jpg"])
def test_ordinary_file_names_stay_quiet(site: Path, screener, name: str) -> None:
    write(site / "posts" / "2025-03-01-voorleeswedstrijd.md", f"Een mooie dag.\n\n![a](../fotos/{name})\n")
    result = screener("check", "posts/2025-03-01-voorleeswedstrijd.md")
    assert "A2-NAAM" not in result.output, result.output


def test_a_suppression_at_the_end_of_a_line_silences_that_line_only(site: Path, screener) -> None:
    write(site / "p.md", ("Sanne de Vries won de beker. <!-- screener: negeer A2-NAAM reden: ouders gaven toestemming -->\n"
                          "Daan Bakker werd tweede.\n"))
    result = screener("check", "p.md")
    assert "p.md:1:1: error A2-NAAM" not in result.output
    assert "p.md:2:1: error A2-NAAM" in result.output


def test_a_suppression_on_its_own_line_silences_the_next_line(site: Path, screener) -> None:
    write(site / "p.md", ("<!-- screener: negeer A2-NAAM reden: ouders gaven toestemming -->\n"
                          "Sanne de Vries won de beker.\nDaan Bakker werd tweede.\n"))
    result = screener("check", "p.md")
    assert "p.md:2:1: error A2-NAAM" not in result.output
    assert "p.md:3:1: error A2-NAAM" in result.output


def test_data_attributes_and_templates_are_page_source_and_inline_svg_text_is_page_text(site: Path, screener) -> None:
    write(site / "p.html", (
        "<p>Een mooie dag.</p>\n"
        '<div data-leerling="Sanne de Vries" data-src="x.jpg"></div>\n'
        "<template><p>Daan Bakker</p></template>\n"
        '<svg viewBox="0 0 10 10"><text x="1" y="1">Noor de Boer</text></svg>\n'))
    result = screener("check", "p.html")
    assert "p.html:2:21: warning A2-NAAM" in result.output
    assert "p.html:3:14: warning A2-NAAM" in result.output
    assert "p.html:4:44: error A2-NAAM" in result.output


def test_numbered_photo_names_are_not_addresses(site: Path, screener) -> None:
    write(site / "p.html", '<p>Een mooie dag.</p>\n<img src="/nieuws/2024/kerstmarkt-01.jpg" alt="Kraampje">\n'
                           '<img src="IMG_20240512_123456.jpg" alt="Plein">\n')
    result = screener("check", "p.html")
    assert "bestandsnaam" not in result.output, result.output


@pytest.mark.parametrize("name", ["d31-fb-gevonden.txt", "fb-gevonden.md", "jas-gevonden-bij-de-gym.md"])
def test_a_posts_lower_case_slug_of_ordinary_words_is_quiet(site: Path, screener, name: str) -> None:
    write(site / name, "Een mooie dag.\n")
    result = screener("check", name)
    assert result.exit_code == 0, result.output


def test_a_lower_case_slug_with_a_title_and_a_first_name_is_flagged(site: Path, screener) -> None:
    write(site / "afscheid-juf-anneke.md", "Een mooie dag.\n")
    result = screener("check", "afscheid-juf-anneke.md")
    assert result.exit_code == 1 and "bestandsnaam van het bericht: 'J** A*****'" in result.output


def test_file_names_are_only_checked_for_the_website_where_they_become_addresses(site: Path, screener) -> None:
    write(site / "facebook-sanne-de-vries.md", "---\nchannel: persoonlijk\n---\nEen mooie dag.\n")
    result = screener("check", "facebook-sanne-de-vries.md")
    assert "bestandsnaam" not in result.output, result.output
