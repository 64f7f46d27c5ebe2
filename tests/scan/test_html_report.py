"""The HTML report, looked at in a real browser (Debian's chromium, headless, through chromedriver).

What is tested is what a person sees: which cards are on screen after filtering, how wide the
findings are on a phone, which number a face box carries and in what colour, where a photo is
shown, and that nothing is fetched or run that the report did not bring itself.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import photo_with_gps
from scan_helpers import photo
from screener.cli import main
from screener.findings import Box, Finding, Severity
from screener.pipeline import FileResult, RunResult
from screener.report import html

# One browser for the whole module: its tests run in one worker of `make test`.
pytestmark = pytest.mark.xdist_group("test_html_report")

GREEN, RED = html.CONSENT_COLOURS["toestemming"], html.CONSENT_COLOURS["geen-toestemming"]
HOSTILE = "Naam gevonden: 'S****' <img src=x onerror=\"window.__xss=1\"> \x1b[31m\u202eevil\x07"


def _face(rule: str, severity: Severity, image: Path, number: int, box: Box, message: str, **extra) -> Finding:
    return Finding(rule, severity, str(image), 0, 0, message, box=box,
                   extra={"face": number, "faces": 3, "referenced_at": "nieuws/schoolreis.md:3:1", **extra})


def _run(tmp_path: Path) -> tuple[RunResult, list[Finding], Path]:
    """A post showing a photo of three faces (one with consent), and two posts without photos."""
    image = photo(tmp_path / "fotos" / "schoolreis.jpg", size=(640, 480))
    faces = [
        _face("A5-GEZICHT", Severity.INFO, image, 1, Box(40, 60, 100, 120), "Gezicht 1 van 3: toestemming aanwezig."),
        _face("A5-NIET-BENOEMD", Severity.ERROR, image, 2, Box(300, 80, 90, 110), "Gezicht 2 van 3 is niet benoemd."),
        _face("A5-NIET-BENOEMD", Severity.ERROR, image, 3, Box(480, 300, 90, 110), "Gezicht 3 van 3 is niet benoemd."),
    ]
    text = [
        Finding("A2-NAAM", Severity.ERROR, "nieuws/schoolreis.md", 4, 12, HOSTILE, excerpt="S****",
                extra={"context": "Vandaag won S**** d* V**** de tekenwedstrijd."}),
        Finding("A2-TELEFOON", Severity.WARNING, "nieuws/ouderavond.md", 2, 5, "Telefoonnummer gevonden: '0*********'."),
        Finding("A2-EMAIL", Severity.WARNING, "nieuws/sport.md", 7, 1, "E-mailadres gevonden: 'j***@*****.nl'."),
    ]
    result = RunResult(files=[FileResult(str(image), faces), FileResult("nieuws/schoolreis.md", text[:1]),
                              FileResult("nieuws/ouderavond.md", text[1:2]), FileResult("nieuws/sport.md", text[2:])])
    listed = [f for f in result.findings if f.severity >= Severity.WARNING]  # as scan/check list them by default
    report = tmp_path / "rapport.html"
    report.write_text(html.render(result, listed, {"name": "screener", "version": "test"}), encoding="utf-8")
    return result, listed, report


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless chromium with a fresh profile, no network, no background services."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium ontbreekt (pip install -e '.[dev]')")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not chromium or not Path(driver_path).is_file():
        pytest.skip("chromium of chromedriver ontbreekt (Debian: apt-get install chromium chromium-driver); "
                    "de browsertests van het html-rapport zijn overgeslagen")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                     "--disable-quic", "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                     f"--user-data-dir={tmp_path_factory.mktemp('chromium-profiel')}", "--window-size=1200,900"):
        options.add_argument(argument)
    os.environ.setdefault("SE_AVOID_STATS", "true")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    yield driver
    driver.quit()


def _open(browser, report: Path, fragment: str = "", width: int = 1200):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 700})
    browser.get(report.as_uri() + fragment)
    browser.refresh()  # a new fragment on the same file does not reload by itself
    return browser


def _on_screen(browser, css: str) -> list:
    return [el for el in browser.find_elements("css selector", css) if el.is_displayed()]


def test_filtering_by_rule_leaves_no_empty_file_card_on_screen(browser, tmp_path):
    _, _, report = _run(tmp_path)

    page = _open(browser, report, "#rule=A2-NAAM")

    cards = _on_screen(page, "section.file")
    assert [c.get_attribute("data-path") for c in cards] == ["nieuws/schoolreis.md"]
    assert [li.get_attribute("data-rule") for li in _on_screen(page, "li[data-finding]")] == ["A2-NAAM"]
    assert page.find_element("id", "visible").text == "1"
    assert _on_screen(page, "figure.photo") == []  # its photo has no A2-NAAM finding

    page.find_element("id", "none").click()
    assert _on_screen(page, "section.file") == [] and page.find_element("id", "visible").text == "0"
    page.find_element("id", "all").click()
    assert len(_on_screen(page, "section.file")) == 3 and page.find_element("id", "visible").text == "5"


def test_at_phone_width_the_findings_are_as_wide_as_the_screen(browser, tmp_path):
    _, _, report = _run(tmp_path)

    page = _open(browser, report, width=390)

    assert page.execute_script("return document.documentElement.clientWidth") == 390
    items = _on_screen(page, "li[data-finding]")
    assert len(items) == 5
    assert all(li.size["width"] >= 280 for li in items), [li.size["width"] for li in items]
    assert page.execute_script("return document.documentElement.scrollWidth") <= 390  # nothing runs off the side
    thumb = page.find_element("css selector", ".thumb img")
    assert 280 <= thumb.size["width"] <= 390


def test_face_boxes_carry_the_number_of_their_finding_and_green_means_consent(browser, tmp_path):
    _, _, report = _run(tmp_path)

    page = _open(browser, report)

    boxes = {g.get_attribute("data-face"): g for g in _on_screen(page, "g[data-face]")}
    assert sorted(boxes) == ["1", "2", "3"]  # the consent box shows too, though info is not listed
    for number, group in boxes.items():
        label = group.find_element("css selector", "text")
        frame = group.find_element("css selector", "rect")
        assert label.text == number and label.is_displayed()
        # the number sits on the box's top-left corner, on screen
        assert abs(label.rect["x"] - frame.rect["x"]) < 10
        assert frame.rect["y"] - 20 <= label.rect["y"] <= frame.rect["y"] + 20
    assert boxes["1"].find_element("css selector", "rect").get_attribute("stroke") == GREEN
    assert boxes["2"].find_element("css selector", "rect").get_attribute("stroke") == RED
    second = page.find_element("css selector", 'li[data-face="2"]')
    assert second.find_element("css selector", ".box").text == "2" and "Gezicht 2 van 3" in second.text


def test_each_photo_is_shown_in_the_card_of_the_post_that_uses_it(browser, tmp_path):
    _, _, report = _run(tmp_path)

    page = _open(browser, report)

    post = page.find_element("css selector", 'section[data-path="nieuws/schoolreis.md"]')
    figure = post.find_element("css selector", "figure.photo")
    assert figure.is_displayed() and figure.get_attribute("data-photo").endswith("fotos/schoolreis.jpg")
    assert post.find_element("css selector", "q.context").text == "Vandaag won S**** d* V**** de tekenwedstrijd."
    assert len(_on_screen(page, "figure.photo")) == 1  # not a second time on its own


def test_everything_is_escaped_control_characters_too_and_nothing_is_fetched(browser, tmp_path):
    _, _, report = _run(tmp_path)
    source = report.read_text(encoding="utf-8")
    assert "\x1b" not in source and "\x07" not in source and "\u202e" not in source
    assert not re.search(r'(src|href)="(https?:)?//', source)
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', source).group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp

    page = _open(browser, report)

    item = page.find_element("css selector", 'li[data-rule="A2-NAAM"]')
    assert '<img src=x onerror="window.__xss=1">' in item.text  # shown as text, not run
    assert page.execute_script("return window.__xss === undefined")
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert page.execute_script("return document.getElementById('visible').textContent") == "5"  # the script ran


def test_scan_reports_a_photo_beside_its_post_with_the_sentence_masked_also_from_the_cache(media, tmp_path):
    photo_with_gps(media / "2023" / "sport" / "winnaar.jpg")
    post = media / "2023" / "sport" / "tekenwedstrijd.md"
    post.write_text(post.read_text(encoding="utf-8") + "\n![De winnaar](winnaar.jpg)\n", encoding="utf-8")

    for run in ("vers", "cache"):
        result = CliRunner().invoke(main, ["scan", "--no-progress", "--format", "html", "-o", f"{run}.html",
                                           "--cache-dir", "cache-scan", "media"])
        assert result.exit_code == 1, result.output
    assert "1 uit de cache" in result.stderr or "uit de cache" in result.stderr
    for run in ("vers", "cache"):
        page = Path(f"{run}.html").read_text(encoding="utf-8")
        card = re.search(r'<section class="file" data-path="media/2023/sport/tekenwedstrijd.md">(.*?)</section>',
                         page, re.S).group(1)
        assert 'data-photo="media/2023/sport/winnaar.jpg"' in card and 'data-rule="A2-FOTO-GPS"' in card
        assert re.search(r'<q class="context">Vandaag heeft S\*\*\*\* d\* V\*\*\*\* uit groep 5 de '
                         r'tekenwedstrijd gewonnen\.', card)
        assert "Sanne" not in page and "Marieke" not in page
    cached = b"".join(p.read_bytes() for p in Path("cache-scan").rglob("*") if p.is_file())
    assert b"Sanne" not in cached and b"S**** d* V****" in cached


def test_check_writes_the_same_report_and_without_thumbnails_on_request(media):
    result = CliRunner().invoke(main, ["check", "--format", "html", "-o", "check.html",
                                       "media/2023/sport/tekenwedstrijd.md"])
    assert result.exit_code == 1, result.output
    page = Path("check.html").read_text(encoding="utf-8")
    assert 'data-path="media/2023/sport/tekenwedstrijd.md"' in page and "S**** d* V****" in page

    without = CliRunner().invoke(main, ["scan", "--no-progress", "--format", "html", "--no-thumbnails", "-o",
                                        "zonder.html", "media"])
    assert without.exit_code == 1
    assert "data:image/jpeg" not in Path("zonder.html").read_text(encoding="utf-8")


def test_scan_leaves_its_own_earlier_report_out(media):
    for _ in range(2):  # the second scan finds the report of the first inside the folder
        inside = CliRunner().invoke(main, ["scan", "--no-progress", "--format", "html", "-o", "media/rapport.html",
                                           "media"])
    assert "3 bestanden" in inside.stderr
    assert 'data-path="media/rapport.html"' not in Path("media/rapport.html").read_text(encoding="utf-8")


def test_the_report_file_is_readable_by_its_owner_only(media):
    CliRunner().invoke(main, ["scan", "--no-progress", "--format", "html", "-o", "rapport.html", "media"])
    assert stat.S_IMODE(Path("rapport.html").stat().st_mode) == 0o600


def test_a_declared_photo_with_consent_shows_numbered_green_boxes_through_check(browser, tmp_path, monkeypatch):
    from images.image_helpers import FACES, MODEL, canvas

    if not FACES.is_dir() or not MODEL.is_file():
        pytest.skip("../shared/data/faces of ../shared/models ontbreekt: geen testfoto met gezichten")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    canvas((1200, 600), [("obama", 220, (100, 150)), ("lin", 220, (800, 150))]).save(tmp_path / "podium.jpg")
    (tmp_path / "toestemming.csv").write_text(
        "id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"
        "p-014;Sanne de Vries;leerling;5b;ja;nee;ja;ja;2020-01-01;2099-12-31\n"
        "p-015;Daan Bakker;leerling;5b;ja;nee;ja;ja;2020-01-01;2099-12-31\n", encoding="utf-8")
    (tmp_path / "screener.toml").write_text(f'[images]\nmodel = "{MODEL}"\n[consent]\nlist = "toestemming.csv"\n',
                                            encoding="utf-8")
    (tmp_path / "podium.md").write_text("---\nphotos:\n  - src: podium.jpg\n    personen: [p-014, p-015]\n---\n"
                                        "Het podium van groep 5. Bel 06-12345678 voor foto's.\n\n![Podium](podium.jpg)\n",
                                        encoding="utf-8")

    result = CliRunner().invoke(main, ["check", "--format", "html", "-o", "rapport.html", "podium.md", "podium.jpg"])
    assert result.exit_code == 1, result.output  # the phone number; the photo itself is fine

    page = _open(browser, tmp_path / "rapport.html")
    post = page.find_element("css selector", 'section[data-path="podium.md"]')
    boxes = [g for g in post.find_elements("css selector", "g[data-face]") if g.is_displayed()]
    assert [g.get_attribute("data-face") for g in boxes] == ["1", "2"]
    assert {g.find_element("css selector", "rect").get_attribute("stroke") for g in boxes} == {GREEN}
    assert len(_on_screen(page, "figure.photo")) == 1  # named on the command line too, shown once


def test_the_sentence_around_a_finding_is_cut_at_word_ends_and_never_shows_part_of_a_found_value():
    from screener.emit import masked_context

    text = ("Eerste zin. Vandaag speelden Sanne de Vries en Daan Bakker uit groep 5 samen het hele stuk van begin "
            "tot eind zonder ook maar een keer te haperen, wat een prestatie voor twee leerlingen. Laatste zin.")
    sanne = (text.index("Sanne"), text.index("Sanne") + len("Sanne de Vries"))
    daan = (text.index("Daan"), text.index("Daan") + len("Daan Bakker"))

    around_sanne = masked_context(text, *sanne, [sanne, daan])
    around_daan = masked_context(text, *daan, [sanne, daan])

    assert around_sanne.startswith("Vandaag speelden S**** d* V**** en D*** B***** uit groep 5")
    assert around_sanne.endswith("…") and len(around_sanne) <= 110
    assert "Sanne" not in around_sanne + around_daan and "Daan" not in around_sanne + around_daan
    assert "Eerste zin" not in around_sanne and "Laatste zin" not in around_daan
    words = set(text.replace(".", " ").replace(",", " ").split())
    for shown in (around_sanne, around_daan):
        assert all(w in words or "*" in w for w in shown.strip("…").replace(".", " ").replace(",", " ").split())
