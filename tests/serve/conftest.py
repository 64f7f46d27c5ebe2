"""A `screener serve` started as a user starts it (a subprocess on a free port), and a real browser."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(workdir: Path, *args: str, host: str = "127.0.0.1", env: dict | None = None):
    """`screener serve --no-browser` in `workdir`; yields (base URL, process). Stopped afterwards."""
    port = free_port(host)
    command = [sys.executable, "-m", "screener", "serve", "--no-browser", "--port", str(port), *args]
    if host != "127.0.0.1":
        command += ["--host", host]
    process = subprocess.Popen(command, cwd=workdir, env={**os.environ, **(env or {})},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://{host}:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise AssertionError(f"screener serve stopped: {process.stdout.read()}")
            try:
                urllib.request.urlopen(url + "/static/style.css", timeout=2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError("screener serve did not start within 120 s") from None
                time.sleep(0.3)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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
