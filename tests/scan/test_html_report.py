"""The HTML report: thumbnails with face boxes coloured by consent, findings per file, a rule filter.

The filter is checked in a real headless browser (Debian's chromium), with the network closed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from scan_helpers import photo
from screener.cli import main
from screener.findings import Box, Finding, Severity
from screener.pipeline import FileResult, RunResult
from screener.report import html

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GREEN, RED = html.CONSENT_COLOURS["toestemming"], html.CONSENT_COLOURS["geen-toestemming"]


def _report(tmp_path: Path) -> tuple[str, Path]:
    image = photo(tmp_path / "fotos" / "schoolreis.jpg", size=(640, 480))
    findings = [
        Finding("A5-GEZICHT", Severity.INFO, str(image), 0, 0, "gezicht 1: toestemming voor website",
                box=Box(40, 60, 100, 120)),
        Finding("A5-NIET-BENOEMD", Severity.ERROR, str(image), 0, 0, "gezicht 2 is niet benoemd",
                box=Box(300, 80, 90, 110)),
        Finding("A2-NAAM", Severity.ERROR, "nieuws/schoolreis.md", 4, 12,
                "Naam gevonden: 'S**** d* V****' <script>alert(1)</script>", excerpt="S**** d* V****"),
    ]
    result = RunResult(files=[FileResult(str(image), findings[:2]), FileResult("nieuws/schoolreis.md", findings[2:])])
    return html.render(result, findings, {"name": "screener", "version": "test"}), image


def test_faces_are_boxed_in_the_consent_colour_on_a_small_thumbnail_and_everything_is_escaped(tmp_path: Path) -> None:
    page, _ = _report(tmp_path)
    rects = dict(re.findall(r'<rect data-finding data-rule="([^"]+)"[^>]*stroke="(#[0-9a-f]+)"', page))
    assert rects == {"A5-GEZICHT": GREEN, "A5-NIET-BENOEMD": RED}
    assert 'viewBox="0 0 640 480"' in page  # boxes in the photo's own pixels, over the thumbnail
    thumbs = re.findall(r'src="data:image/jpeg;base64,([^"]+)"', page)
    assert len(thumbs) == 1 and len(thumbs[0]) < 40_000
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "nieuws/schoolreis.md" in page and "4:12" in page
    assert "Deel het niet buiten de school" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # self-contained: nothing remote


def test_scan_writes_html_report_and_no_thumbnails_on_request(media: Path, tmp_path: Path) -> None:
    with_photos = CliRunner().invoke(main, ["scan", "--no-progress", "--format", "html", "-o", "rapport.html", "media"])
    assert with_photos.exit_code == 1, with_photos.output
    page = Path("rapport.html").read_text(encoding="utf-8")
    assert "media/2023/sport/tekenwedstrijd.md" in page and 'data-rule="A2-NAAM"' in page
    assert "S**** d* V****" in page and "Sanne" not in page

    for _ in range(2):  # the second scan finds the report of the first inside the folder
        inside = CliRunner().invoke(main, ["scan", "--no-progress", "--format", "html", "-o", "media/rapport.html",
                                           "media"])
    assert "3 bestanden" in inside.stderr
    assert "<h2>media/rapport.html" not in Path("media/rapport.html").read_text(encoding="utf-8")

    without = CliRunner().invoke(main, ["scan", "--no-progress", "--format", "html", "--no-thumbnails", "-o",
                                        "zonder.html", "media"])
    assert without.exit_code == 1
    assert "data:image/jpeg" not in Path("zonder.html").read_text(encoding="utf-8")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium ontbreekt (Debian: apt-get install chromium); de browsertest van het html-rapport is overgeslagen")


def _browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profiel"
    profile.mkdir(exist_ok=True)
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-extensions", "--proxy-server=127.0.0.1:9", f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=90)


def test_rule_filter_hides_other_rules_in_a_real_browser(tmp_path: Path) -> None:
    page, _ = _report(tmp_path)
    report = tmp_path / "rapport.html"
    report.write_text(page, encoding="utf-8")

    dom = _browser(tmp_path, "--virtual-time-budget=2000", "--dump-dom", f"{report.as_uri()}#rule=A2-NAAM").stdout
    assert "<html" in dom, "chromium gaf geen pagina terug"
    items = re.findall(r'<li data-finding="" data-rule="([^"]+)"[^>]*?( hidden="")?>', dom)
    assert sorted(items) == [("A2-NAAM", ""), ("A5-GEZICHT", ' hidden=""'), ("A5-NIET-BENOEMD", ' hidden=""')]
    assert '<span id="visible">1</span>' in dom

    unfiltered = _browser(tmp_path, "--virtual-time-budget=2000", "--dump-dom", report.as_uri()).stdout
    assert 'hidden=""' not in unfiltered and '<span id="visible">3</span>' in unfiltered

    shot = tmp_path / "rapport.png"
    _browser(tmp_path, "--window-size=1200,800", f"--screenshot={shot}", report.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000
