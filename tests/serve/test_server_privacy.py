"""`screener serve` as started from the command line: the login with --host, and nothing left on disk."""

from __future__ import annotations

import base64
import os
import re
import secrets
import string
from pathlib import Path
from stat import S_ISREG

import httpx
import pytest
from serve_helpers import ROOT, running_server

SECRET = "een-lang-gedeeld-geheim-42"
# A name no file on this machine holds: new for every run, so a second run of this suite at the same
# time (another checkout, another user) cannot leave a file in /tmp that holds it.
MARKER = "Zorrowitz Q" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(9))


def test_a_server_started_with_host_refuses_every_request_without_login_and_serves_only_the_login(tmp_path):
    with running_server(tmp_path, host="127.0.0.2", env={"SCREENER_SERVE_SECRET": SECRET}) as (url, _):
        with httpx.Client(base_url=url, follow_redirects=False) as anonymous:
            page = anonymous.get("/")
            assert page.status_code == 303 and page.headers["location"] == "/aanmelden"
            assert "textarea" not in page.text
            for path in ("/static/app.js", "/nergens"):
                assert anonymous.get(path).status_code == 303
            refused = anonymous.post("/api/controleer", json={"text": f"{MARKER} uit groep 5"})
            assert refused.status_code == 401 and MARKER not in refused.text and "findings" not in refused.text
            assert anonymous.post("/api/schone-kopie", json={}).status_code == 401
            login = anonymous.get("/aanmelden")
            assert login.status_code == 200 and 'name="geheim"' in login.text and "textarea" not in login.text
            wrong = anonymous.post("/aanmelden", data={"geheim": "raden"})
            assert wrong.status_code == 401 and "screener_sessie" not in wrong.headers.get("set-cookie", "")

        with httpx.Client(base_url=url, follow_redirects=False) as staff:
            assert staff.post("/aanmelden", data={"geheim": SECRET}).status_code == 303
            page = staff.get("/")
            assert page.status_code == 200 and 'id="tekst"' in page.text
            token = re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)
            assert staff.post("/api/controleer", json={"text": "Hallo"}).status_code == 403  # no CSRF token
            answer = staff.post("/api/controleer", json={"text": f"{MARKER} uit groep 5 won."},
                                headers={"X-CSRF-Token": token})
            assert answer.status_code == 200 and "A2-NAAM" in {f["rule"] for f in answer.json()["findings"]}


def test_a_server_with_host_and_no_way_to_log_in_does_not_start(tmp_path):
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "SCREENER_SERVE_SECRET"}
    result = subprocess.run([sys.executable, "-m", "screener", "serve", "--no-browser", "--host", "127.0.0.2",
                             "--port", "0"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "aanmelden verplicht" in result.stderr


def _snapshot(*folders: Path) -> dict[str, tuple[int, int, bool]]:
    files = {}
    for folder in folders:
        for dirpath, _, names in os.walk(folder):
            for name in names:
                path = os.path.join(dirpath, name)
                try:
                    stat = os.stat(path)
                except OSError:
                    continue
                files[path] = (stat.st_size, stat.st_mtime_ns, S_ISREG(stat.st_mode))
    return files


def _new_files_holding(before: dict, after: dict, needles: list[bytes]) -> list[str]:
    holding = []
    for path in set(after) - set(before):
        if not after[path][2]:  # a pipe another program made in /tmp meanwhile: reading it would block
            continue
        try:
            data = Path(path).read_bytes()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            holding.append(path)
    return holding


def _unique_photo(source: Path) -> bytes:
    """The shared photo with a random strip: bytes no other program on this machine has a copy of."""
    import io

    from PIL import Image

    with Image.open(source) as img:
        img = img.convert("RGB")
    img.paste(Image.effect_noise((img.width, 40), 80).convert("RGB"), (0, 0))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=90)
    return out.getvalue()


def test_nothing_pasted_or_uploaded_in_a_session_is_left_on_disk(tmp_path, shared):
    photo = _unique_photo(shared / "data/faces/group/obama_and_biden.jpg")
    home, private_tmp, cwd = tmp_path / "home", tmp_path / "tmp", tmp_path / "cwd"
    for folder in (home, private_tmp, cwd):
        folder.mkdir()
    cache = Path(os.environ["XDG_CACHE_HOME"])
    env = {"HOME": str(home), "TMPDIR": str(private_tmp)}
    post = f"{MARKER} uit groep 5 staat op de foto. Groeten van juf Anouk.\n" + "Een mooie dag. " * 200
    with running_server(cwd, env=env) as (url, process):
        watched = (home, private_tmp, cwd, cache, ROOT)
        before, system_before = _snapshot(*watched), _snapshot(Path("/tmp"), Path("/dev/shm"))
        with httpx.Client(base_url=url, timeout=120) as client:
            token = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/").text).group(1)
            headers = {"X-CSRF-Token": token}
            encoded = base64.b64encode(photo).decode()
            file = {"name": "nieuwsbrief.md", "data": base64.b64encode(post.encode()).decode()}
            for body in ({"text": post, "photos": [{"name": "klas.jpg", "data": encoded}]},
                         {"text": "", "file": file, "channel": "persoonlijk"},
                         {"text": "", "file": {"name": "kapot.jpg.md", "data": base64.b64encode(photo[:5000]).decode()}}):
                assert client.post("/api/controleer", json=body, headers=headers).status_code in (200, 400)
            clean = client.post("/api/schone-kopie", headers=headers,
                                json={"photo": {"name": "klas.jpg", "data": encoded}, "keep": [1]})
            assert clean.status_code == 200 and clean.content[:3] == b"\xff\xd8\xff"
        after, system_after = _snapshot(*watched), _snapshot(Path("/tmp"), Path("/dev/shm"))
    process_output = process.stdout.read()
    changed = sorted(path for path in set(before) | set(after) if before.get(path) != after.get(path))
    # (the repository's .git is left out: other work trees of the same repository may commit meanwhile)
    assert [p for p in changed if "/.pytest_cache/" not in p and "__pycache__" not in p
            and not p.startswith(str(ROOT / ".git"))] == []
    # /tmp is shared with other programs on this machine: no new file there holds the post or the photo
    picture = photo[len(photo) // 2:len(photo) // 2 + 64]  # picture data, not a header other JPEGs share
    assert _new_files_holding(system_before, system_after, [MARKER.encode(), picture]) == []
    assert MARKER not in process_output  # the server's log holds no content
    assert "controle:" in process_output  # ... but it did log the checks
