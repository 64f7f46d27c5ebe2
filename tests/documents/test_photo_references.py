"""Every photo a post shows is screened, or the report says why it was not: embedded, remote, outside the site."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from helpers import photo_with_gps, write


def _data_url(tmp_path: Path) -> str:
    photo = photo_with_gps(tmp_path / "ingebed.jpg")
    data = base64.b64encode(photo.read_bytes()).decode()
    photo.unlink()
    return f"data:image/jpeg;base64,{data}"


def test_an_embedded_markdown_photo_is_screened_at_its_line(site: Path, screener, tmp_path: Path) -> None:
    write(site / "post.md", f"# Sportdag\n\nEen mooie dag.\n\n![plein]({_data_url(tmp_path)})\n")
    result = screener("check", "post.md")
    assert result.exit_code == 1, result.output
    assert "post.md:5:1: error A2-FOTO-GPS Ingebedde foto" in result.output
    assert "base64" not in result.output


def test_an_embedded_html_photo_is_screened_at_its_tag(site: Path, screener, tmp_path: Path) -> None:
    write(site / "post.html", f'<p>Een mooie dag.</p>\n<p><img alt="plein" src="{_data_url(tmp_path)}"></p>\n')
    result = screener("check", "post.html")
    assert result.exit_code == 1, result.output
    assert "post.html:2:4: error A2-FOTO-GPS Ingebedde foto" in result.output


def test_a_broken_embedded_photo_is_an_error_not_a_pass(site: Path, screener) -> None:
    write(site / "post.md", "Een mooie dag.\n\n![x](data:image/jpeg;base64,bm9nIGdlZW4gZm90bw==)\n")
    result = screener("check", "post.md")
    assert result.exit_code == 3, result.output
    assert "E-AFBEELDING" in result.output


def test_a_remote_photo_is_reported_as_not_checked(site: Path, screener) -> None:
    write(site / "post.md", "Een mooie dag.\n\n![a](https://cdn.example.org/klas.jpg) <img src=\"//cdn.example.org/b.jpg\">\n")
    result = screener("check", "post.md")
    assert result.exit_code == 0, result.output
    assert "post.md:3:1: warning E-NIET-GECONTROLEERD" in result.output
    assert "post.md:3:40: warning E-NIET-GECONTROLEERD" in result.output
    assert "de screener haalt geen foto's van internet" in result.output


def test_a_photo_outside_the_repository_is_reported_and_not_opened(site: Path, screener, tmp_path: Path) -> None:
    photo_with_gps((tmp_path / "private").mkdir() or tmp_path / "private" / "kind.jpg")
    write(site / "content" / "post.md", "Een mooie dag.\n\n![a](../../private/kind.jpg)\n![b](../../../../../../../etc/passwd)\n")
    result = screener("check", "content/post.md")
    assert result.exit_code == 1, result.output
    assert "content/post.md:3:1: error E-BESTAND" in result.output and "ligt buiten de site" in result.output
    assert "content/post.md:4:1: error E-BESTAND" in result.output
    assert "A2-FOTO-GPS" not in result.output  # never opened


def test_a_link_inside_the_site_to_a_photo_outside_it_is_not_followed(site: Path, screener, tmp_path: Path) -> None:
    outside = photo_with_gps(tmp_path / "buiten.jpg")
    os.symlink(outside, site / "foto.jpg")
    write(site / "post.md", "Een mooie dag.\n\n![a](foto.jpg)\n")
    result = screener("check", "post.md")
    assert "post.md:3:1: error E-BESTAND" in result.output
    assert "A2-FOTO-GPS" not in result.output


def test_a_site_absolute_photo_is_not_searched_above_the_site(site: Path, screener, tmp_path: Path) -> None:
    photo_with_gps((tmp_path / "static" / "img").mkdir(parents=True) or tmp_path / "static" / "img" / "x.jpg")
    write(site / "content" / "post.md", "Een mooie dag.\n\n![a](/img/x.jpg)\n")
    result = screener("check", "content/post.md")
    assert "A2-FOTO-GPS" not in result.output
    assert "content/post.md:3:1: warning E-BESTAND" in result.output  # not found in the site


def test_without_git_the_folder_the_screener_runs_in_is_the_site(tmp_path: Path, monkeypatch, screener) -> None:
    work = tmp_path / "werk"
    photo_with_gps((work / "fotos").mkdir(parents=True) or work / "fotos" / "plein.jpg")
    photo_with_gps((tmp_path / "geheim").mkdir() or tmp_path / "geheim" / "kind.jpg")
    write(work / "posts" / "p.md", "Een mooie dag.\n\n![a](../fotos/plein.jpg)\n![b](../../geheim/kind.jpg)\n")
    monkeypatch.chdir(work)
    result = screener("check", "posts/p.md")
    assert "fotos/plein.jpg: error A2-FOTO-GPS" in result.output  # inside the folder: screened
    assert "posts/p.md:4:1: error E-BESTAND" in result.output  # above it: not opened
    assert result.output.count("A2-FOTO-GPS") == 1


def test_a_post_named_from_elsewhere_without_git_keeps_to_its_own_folder(tmp_path: Path, monkeypatch,
                                                                         screener) -> None:
    photo_with_gps(tmp_path / "kind.jpg")
    post = write(tmp_path / "ergens" / "p.md", "Een mooie dag.\n\n![b](../kind.jpg)\n")
    (tmp_path / "elders").mkdir()
    monkeypatch.chdir(tmp_path / "elders")
    result = screener("check", str(post))
    assert "p.md:3:1: error E-BESTAND" in result.output
    assert "A2-FOTO-GPS" not in result.output


def test_a_resource_pattern_that_leaves_the_bundle_is_not_searched(site: Path, screener, tmp_path: Path) -> None:
    photo_with_gps(tmp_path / "buiten.jpg")
    write(site / "content" / "p" / "index.md", '---\nresources:\n  - src: "../../../**/*.jpg"\n---\nEen mooie dag.\n')
    result = screener("check", "content/p/index.md")
    assert "content/p/index.md:3:11: error E-BESTAND" in result.output
    assert "A2-FOTO-GPS" not in result.output and "buiten.jpg" not in result.output


def test_a_symlink_loop_named_on_the_command_line_fails_alone(site: Path, screener) -> None:
    os.symlink("lus2.jpg", site / "lus1.jpg")
    os.symlink("lus1.jpg", site / "lus2.jpg")
    write(site / "post.txt", "Haar BSN is 111222333.\n")
    result = screener("check", "lus1.jpg", "post.txt")
    assert result.exit_code == 3
    assert "post.txt:1:13: error A2-BSN" in result.output
    assert "Traceback" not in result.output
