"""A `screener serve` started as a user starts it: a subprocess on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
