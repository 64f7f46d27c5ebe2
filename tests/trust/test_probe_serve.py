"""Probe: `screener serve` given hostile uploads (a path and terminal escapes in the file name, a
broken Word file holding a BSN, an unreadable request) answers in Dutch, never quotes a broken
file, names an upload without its path or escapes, and logs no value even at debug level."""

from __future__ import annotations

import base64
import logging
import re
import warnings

import pytest

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2 for its test client; httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from screener import config as config_module
from screener.serve.app import create_app
from screener.serve.security import guard_for

NAME, BSN = "Sanne de Vries", "111222333"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.fixture
def client():
    config = config_module.from_dict({})
    with TestClient(create_app(config, guard_for("127.0.0.1", config)), base_url="http://127.0.0.1",
                    client=("127.0.0.1", 50000)) as c:
        token = re.search(r'name="csrf-token" content="([^"]+)"', c.get("/").text).group(1)
        c.headers["X-CSRF-Token"] = token
        yield c


def test_an_upload_named_with_a_path_and_escapes_comes_back_under_its_own_name_only(client) -> None:
    answer = client.post("/api/controleer", json={"file": {"name": "\x1b[2J../../etc/passwd.md",
                                                          "data": _b64(f"BSN {BSN}\n".encode())},
                                                 "channel": "website"})
    assert answer.status_code == 200
    assert answer.json()["name"] == "passwd.md"
    assert [f["rule"] for f in answer.json()["findings"]] == ["A2-BSN"]


@pytest.mark.parametrize("name, data", [("kapot.docx", b"PK\x03\x04" + f"{NAME} {BSN}".encode()),
                                        ("kapot.pdf", f"%PDF-1.4 {NAME} {BSN}".encode())])
def test_a_broken_upload_is_a_dutch_refusal_that_never_quotes_the_file(client, name: str, data: bytes) -> None:
    answer = client.post("/api/controleer", json={"file": {"name": name, "data": _b64(data)}, "channel": "website"})
    assert answer.status_code == 400
    assert answer.json()["fout"].startswith(f"{name}: is geen leesbaar")
    assert NAME not in answer.text and BSN not in answer.text


def test_a_session_logs_no_value_even_at_debug_level(client, caplog) -> None:
    with caplog.at_level(logging.DEBUG):
        answer = client.post("/api/controleer", json={"text": f"{NAME} uit groep 5 heeft BSN {BSN}.",
                                                     "channel": "website"})
        client.post("/api/controleer", content=f"{{kapot {NAME} {BSN}".encode(),
                    headers={"content-type": "application/json"})
    assert answer.status_code == 200 and len(answer.json()["findings"]) == 2
    assert NAME not in caplog.text and BSN not in caplog.text and "vries" not in caplog.text.lower()
