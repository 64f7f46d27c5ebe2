"""The page as a teacher uses it, in Debian's chromium: paste, check, fix with one click, clean a photo."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from serve_helpers import running_server

# One browser for the whole module: its tests run in one worker of `make test`.
pytestmark = pytest.mark.xdist_group("test_page_in_browser")

PUPIL_POST = ("Wat een feest vandaag! Sanne de Vries uit groep 5 won de voorleeswedstrijd van OBS De Regenboog.\n"
              "Ik ben zo trots op mijn klas.")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("serve-cwd")) as (url, _):
        yield url


def _wait(driver, condition, timeout: float = 60):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _by_css(css: str):
    from selenium.webdriver.common.by import By

    return By.CSS_SELECTOR, css


def _findings(driver) -> list[str]:
    return driver.execute_script(  # in one go: the list is re-drawn after every check
        "return Array.from(document.querySelectorAll('#bevindingen > li'), li => li.dataset.rule)")


def _open_as_teacher_on_own_account(driver, server: str) -> None:
    from selenium.webdriver.support.ui import Select

    driver.get(server + "/")
    Select(driver.find_element(*_by_css("#kanaal"))).select_by_value("persoonlijk")
    Select(driver.find_element(*_by_css("#rol"))).select_by_value("medewerker")


def test_a_pasted_post_shows_the_pupils_name_highlighted_and_the_disclaimer_fix_removes_d4(server, browser_factory):
    driver = browser_factory()
    _open_as_teacher_on_own_account(driver, server)
    driver.find_element(*_by_css("#tekst")).send_keys(PUPIL_POST)
    driver.find_element(*_by_css("#controleer")).click()
    _wait(driver, lambda d: d.find_elements(*_by_css("#gemarkeerd mark")))

    marks = driver.find_elements(*_by_css('#gemarkeerd mark[data-rule="A2-NAAM"]'))
    assert [m.text.rstrip("0123456789") for m in marks] == ["Sanne de Vries"]
    assert marks[0].is_displayed()
    assert "D4-DISCLAIMER" in _findings(driver)
    d4 = driver.find_element(*_by_css('#bevindingen li[data-rule="D4-DISCLAIMER"]'))
    assert "persoonlijke mening" in d4.text  # the catalog's words, as the CLI prints them

    d4.find_element(*_by_css("button.fix")).click()
    _wait(driver, lambda d: "D4-DISCLAIMER" not in _findings(d))
    assert "op persoonlijke titel" in driver.find_element(*_by_css("#tekst")).get_attribute("value")
    assert "op persoonlijke titel" in driver.find_element(*_by_css("#gemarkeerd")).text
    assert "A2-NAAM" in _findings(driver)  # the other finding is still there, not silently dropped


def test_replacing_the_name_by_a_neutral_phrase_uses_the_group_the_post_gives(server, browser_factory):
    driver = browser_factory()
    _open_as_teacher_on_own_account(driver, server)
    driver.find_element(*_by_css("#tekst")).send_keys("Sanne de Vries heeft de tekening van groep 5 gemaakt.")
    driver.find_element(*_by_css("#controleer")).click()
    name = _wait(driver, lambda d: d.find_elements(*_by_css('#bevindingen li[data-rule="A2-NAAM"]')))[0]
    name.find_element(*_by_css("button.fix")).click()
    _wait(driver, lambda d: "A2-NAAM" not in _findings(d))
    assert driver.find_element(*_by_css("#tekst")).get_attribute("value") == \
        "Een leerling uit groep 5 heeft de tekening van groep 5 gemaakt."


CALENDAR_EXPORT = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:20280314T141500-gr5@obsdeklimop.nl\r\n"
                   "DTSTART:20280314T141500\r\nSUMMARY:Rapportgesprek\r\nLOCATION:Lokaal 5\r\n"
                   "ATTENDEE;CN=\"Wendy Brouwer\":mailto:wendy.brouwer@kpnmail.nl\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_calendar_export_chosen_in_the_file_picker_shows_the_parent_it_invites_and_not_its_field_names(
        server, browser_factory, tmp_path):
    export = tmp_path / "gesprekken.ics"
    export.write_bytes(CALENDAR_EXPORT.encode())
    driver = browser_factory()
    driver.get(server + "/")
    picker = driver.find_element(*_by_css("#bestanden"))
    assert ".ics" in picker.get_attribute("accept").split(",")  # the picker offers what the screener reads
    assert ".vcf" in picker.get_attribute("accept").split(",")
    picker.send_keys(str(export))
    assert "gesprekken.ics" in driver.find_element(*_by_css("#gekozen")).text
    driver.find_element(*_by_css("#controleer")).click()
    _wait(driver, lambda d: "A2-NAAM" in _findings(d))
    names = driver.find_element(*_by_css('#bevindingen li[data-rule="A2-NAAM"]'))
    assert names.is_displayed()
    assert "Wendy Brouwer" not in names.text  # masked, as the CLI shows it
    assert "A2-EMAIL" in _findings(driver)
    assert all(word not in driver.find_element(*_by_css("#bevindingen")).text for word in ("LOCATION", "SUMMARY", "UID"))


def test_a_photo_gets_numbered_face_boxes_and_its_clean_copy_blurs_every_face_not_marked_as_named(
        server, browser_factory, shared):
    from PIL import Image, IptcImagePlugin

    from screener.images.faces import detect_faces
    from screener.images.metadata import read_metadata
    from screener.images.model_files import locate
    from screener.images.opening import open_photo

    photo = shared / "data/faces/group/obama_and_biden.jpg"
    driver = browser_factory()
    _open_as_teacher_on_own_account(driver, server)
    driver.find_element(*_by_css("#tekst")).send_keys("Bezoek aan de klas.")
    driver.find_element(*_by_css("#bestanden")).send_keys(str(photo))
    driver.find_element(*_by_css("#controleer")).click()
    boxes = _wait(driver, lambda d: d.find_elements(*_by_css(".photo .face")))
    assert [b.text for b in boxes] == [str(n) for n in range(1, len(boxes) + 1)]
    assert len(boxes) >= 2
    assert all("unknown" in b.get_attribute("class") or "no" in b.get_attribute("class").split() for b in boxes)
    assert all(b.is_displayed() for b in boxes)

    boxes[0].click()  # this face is the named person: it stays
    assert "keep" in boxes[0].get_attribute("class")
    driver.find_element(*_by_css(".photo .download")).click()
    deadline = time.monotonic() + 60
    while not list(driver.downloads.glob("*.schoon.jpg")) and time.monotonic() < deadline:
        time.sleep(0.2)
    copies = list(driver.downloads.glob("*.schoon.jpg"))
    assert [c.name for c in copies] == ["obama_and_biden.schoon.jpg"]

    original = open_photo(photo, max_megapixels=100)
    cleaned = open_photo(copies[0], max_megapixels=100)
    model = locate()
    before = detect_faces(original.image, original.size, model=model)
    after = detect_faces(cleaned.image, cleaned.size, model=model)
    assert len(before) == len(boxes)
    assert len(after) == 1 and _overlaps(after[0].box, before[0].box)  # only the marked face is still found
    with Image.open(copies[0]) as img:
        assert read_metadata(img) == []
        assert not img.getexif() and "xmp" not in img.info and IptcImagePlugin.getiptcinfo(img) is None
    assert not list(Path(photo.parent).glob("*.schoon.*"))  # the original's folder is untouched


def _overlaps(a, b) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height


def test_the_page_fits_a_phone_screen_without_sideways_scrolling(server, browser_factory):
    driver = browser_factory(width=390, height=844)
    driver.get(server + "/")
    width = driver.execute_script("return document.documentElement.scrollWidth")
    assert width <= driver.execute_script("return window.innerWidth")
    assert driver.find_element(*_by_css("#controleer")).is_displayed()


def test_naming_the_people_on_a_photo_turns_their_boxes_green_when_they_have_consent(tmp_path, browser_factory, shared):
    from images.image_helpers import MODEL, canvas

    school = tmp_path / "school"
    school.mkdir()
    (school / "toestemming.csv").write_text(
        "id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"
        "p-1;Sanne de Vries;leerling;5;ja;ja;ja;ja;;\np-2;Daan Bakker;leerling;5;ja;nee;ja;ja;;\n", encoding="utf-8")
    (school / "screener.toml").write_text(f'[images]\nmodel = "{MODEL}"\n[consent]\nlist = "toestemming.csv"\n',
                                          encoding="utf-8")
    photo = tmp_path / "klas.jpg"
    canvas((960, 560), [("obama", 220, (80, 120)), ("biden", 220, (620, 120))]).save(photo, quality=92)
    with running_server(school) as (url, _):
        from selenium.webdriver.support.ui import Select

        driver = browser_factory()
        driver.get(url + "/")
        Select(driver.find_element(*_by_css("#kanaal"))).select_by_value("website")
        driver.find_element(*_by_css("#tekst")).send_keys("Onze klas.")
        driver.find_element(*_by_css("#bestanden")).send_keys(str(photo))
        driver.find_element(*_by_css("#controleer")).click()
        _wait(driver, lambda d: d.find_elements(*_by_css(".photo .face")))
        assert _face_classes(driver) == ["unknown", "unknown"]  # nobody named yet

        driver.find_element(*_by_css(".photo .people-input")).send_keys("p-1, Daan Bakker")
        driver.find_element(*_by_css(".photo .recheck")).click()
        _wait(driver, lambda d: _face_classes(d) == ["ok keep", "ok keep"])  # named, with consent: green, and they stay
        legend = driver.find_element(*_by_css(".photo .legend"))
        assert legend.is_displayed()


def _face_classes(driver) -> list[str]:
    return driver.execute_script("return Array.from(document.querySelectorAll('.photo .face'), "
                                 "b => b.className.replace('face', '').trim())")
