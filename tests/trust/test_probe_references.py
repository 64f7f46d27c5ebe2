"""Probe: a photo a post points at outside the site (front matter, HTML, shortcodes, percent-encoding,
a symlink) is reported and never opened; a photo on another server, in a file: URL or embedded in
the post is never a silent pass."""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

import pytest
from trust_helpers import run

ROOT = Path(__file__).resolve().parents[2]
GPS_PHOTO = ROOT / "samples" / "fotos" / "bus.jpg"  # a photo with an EXIF GPS position


@pytest.fixture
def site(school: Path, monkeypatch) -> Path:
    """A site in its own repository, with a private photo beside it (outside the site)."""
    (school / "prive").mkdir()
    shutil.copy(GPS_PHOTO, school / "prive" / "kind.jpg")
    site = school / "site"
    (site / ".git").mkdir(parents=True)
    (site / "content").mkdir()
    monkeypatch.chdir(site)
    return site


OUTSIDE = {
    "front matter photos: src": "---\nphotos:\n  - src: ../../prive/kind.jpg\n---\nHallo.\n",
    "front matter images list": '---\nimages: ["../../prive/kind.jpg"]\n---\nHallo.\n',
    "front matter cover image": "---\ncover:\n  image: ../../prive/kind.jpg\n---\nHallo.\n",
    "an HTML img in Markdown": 'Hallo.\n\n<img src="../../prive/kind.jpg">\n',
    "a Hugo figure shortcode": 'Hallo.\n\n{{< figure src="../../prive/kind.jpg" >}}\n',
    "percent-encoded dots": "Hallo.\n\n![x](%2e%2e/%2e%2e/prive/kind.jpg)\n",
    "a Markdown image": "Hallo.\n\n![x](../../prive/kind.jpg)\n",
}


@pytest.mark.parametrize("case", list(OUTSIDE), ids=list(OUTSIDE))
def test_a_photo_outside_the_site_is_reported_and_never_opened(site: Path, case: str) -> None:
    (site / "content" / "post.md").write_text(OUTSIDE[case], encoding="utf-8")
    result = run("check", "--no-colour", "content/post.md")
    assert result.exit_code != 0, result.output
    assert "kind.jpg" in result.stdout and "Geen bevindingen" not in result.stdout
    assert "A2-FOTO-GPS" not in result.stdout  # the photo was not opened


def test_a_photo_reached_through_a_symlink_out_of_the_site_is_not_opened(site: Path) -> None:
    os.symlink(site.parent / "prive" / "kind.jpg", site / "content" / "kind.jpg")
    (site / "content" / "post.md").write_text("Hallo.\n\n![x](kind.jpg)\n", encoding="utf-8")
    result = run("check", "--no-colour", "content/post.md")
    assert result.exit_code != 0, result.output
    assert "A2-FOTO-GPS" not in result.stdout and "Geen bevindingen" not in result.stdout


def test_the_html_scan_report_holds_no_thumbnail_of_a_photo_outside_the_site(site: Path) -> None:
    (site / "content" / "post.md").write_text(OUTSIDE["an HTML img in Markdown"], encoding="utf-8")
    result = run("scan", "--no-progress", "--jobs", "1", "--format", "html", "-o", "../rapport.html", ".")
    assert result.exit_code != 0, result.output
    assert "data:image/jpeg;base64" not in (site.parent / "rapport.html").read_text(encoding="utf-8")


REMOTE = {
    "protocol-relative": "//cdn.example/kind.jpg",
    "upper-case scheme": "HTTPS://cdn.example/kind.jpg",
    "a file: URL": "file:///etc/kind.jpg",
    "an http URL": "http://cdn.example/kind.jpg",
}


@pytest.mark.parametrize("case", list(REMOTE), ids=list(REMOTE))
def test_a_photo_that_is_not_a_file_of_the_site_is_named_as_not_checked(site: Path, case: str) -> None:
    (site / "post.md").write_text(f"Hallo.\n\n![x]({REMOTE[case]})\n", encoding="utf-8")
    result = run("check", "--no-colour", "post.md")
    assert "Geen bevindingen" not in result.stdout
    assert f"post.md:3:1: warning E-NIET-GECONTROLEERD De foto '{REMOTE[case]}'" in result.stdout


def test_a_windows_drive_path_is_never_a_silent_pass(site: Path) -> None:
    (site / "post.md").write_text("Hallo.\n\n<img src=\"C:/Users/juf/kind.jpg\">\n", encoding="utf-8")
    result = run("check", "--no-colour", "post.md")
    assert "Geen bevindingen" not in result.stdout, result.output
    assert "C:/Users/juf/kind.jpg" in result.stdout


def test_an_embedded_photo_with_a_gps_position_is_screened_like_a_file(site: Path) -> None:
    data = base64.b64encode(GPS_PHOTO.read_bytes()).decode()
    (site / "post.md").write_text(f"Hallo.\n\n![x](data:image/jpeg;base64,{data})\n", encoding="utf-8")
    result = run("check", "--no-colour", "post.md")
    assert result.exit_code == 1, result.output
    assert "A2-FOTO-GPS" in result.stdout and data[:40] not in result.output


def test_scan_without_following_links_reports_a_file_link_out_of_the_site(site: Path) -> None:
    os.symlink(site.parent / "prive" / "kind.jpg", site / "content" / "kind.jpg")
    (site / "content" / "week.md").write_text("Hallo allemaal.\n", encoding="utf-8")
    result = run("scan", "--no-progress", "--jobs", "1", "--no-follow-links", ".")
    assert "A2-FOTO-GPS" not in result.stdout
    assert "content/kind.jpg: snelkoppeling niet gevolgd (--no-follow-links), dus niet gescreend" in result.output


def test_consent_check_refuses_a_reference_photo_outside_the_lists_folder(site: Path) -> None:
    (site / "toestemming.csv").write_text("naam,website,schoolaccount,foto\nSanne,ja,ja,../../../../etc/passwd\n",
                                          encoding="utf-8")
    result = run("consent", "check", "toestemming.csv")
    assert result.exit_code != 0
    assert "toestemming.csv" in result.output and "root:" not in result.output


def test_scan_names_a_pipe_and_a_link_to_a_device_instead_of_skipping_them_silently(site: Path) -> None:
    os.mkfifo(site / "content" / "pijp.md")
    os.symlink("/dev/zero", site / "content" / "nul.md")
    (site / "content" / "week.md").write_text("Hallo allemaal.\n", encoding="utf-8")
    result = run("scan", "--no-progress", "--jobs", "2", ".")  # returns: the pipe is never opened
    for name in ("content/pijp.md", "content/nul.md"):
        assert f"{name}: overgeslagen, geen gewoon bestand (maar een pijp, apparaat of socket)" in result.output
