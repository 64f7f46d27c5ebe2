"""A real browser for the page: Debian's chromium, headless, driven by Selenium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


@pytest.fixture
def browser_factory(tmp_path):
    """Headless Debian chromium, driven by Selenium, with a fresh profile and its own download folder."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip("Debian's chromium en chromedriver ontbreken (/usr/bin/chromium, /usr/bin/chromedriver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    drivers = []

    def start(width: int = 1280, height: int = 1000):
        downloads = tmp_path / "downloads"
        downloads.mkdir(exist_ok=True)
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run",
                     f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={width},{height}"):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                                  "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        driver.downloads = downloads
        drivers.append(driver)
        return driver

    yield start
    for driver in drivers:
        driver.quit()
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
