"""`screener serve` on a warm server: the time from "Controleer" to the answer, and memory over many requests.

Run: .venv/bin/python -m bench.serve [--runs 9] [--requests 500]
Goals: a 300-word post with one 12 MP photo answered in under 0.5 s, printed as a ratio to the floor
(the same screening called directly in this process, no HTTP, measured in turns with the server); the server's memory (RSS) after 500
requests within 20% of after 50. The server is started as a user starts it, on 127.0.0.1 only; every
request goes there, and the whole run stops after MAX_SECONDS.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MAX_SECONDS = 600
SENTENCES = ("Vandaag vierden we in groep 5 het einde van het project over de ruimte. ",
             "Sanne de Vries liet de hele klas haar zelfgemaakte raket zien. ",
             "De kinderen hebben weken gewerkt aan planeten van papier-maché en een maquette van het zonnestelsel. ",
             "Op vrijdag zijn alle ouders welkom in de aula om de tentoonstelling te bekijken. ")


def post_300_words() -> str:
    words: list[str] = []
    i = 0
    while len(words) < 300:
        words.extend(SENTENCES[i % len(SENTENCES)].split())
        i += 1
    return " ".join(words[:300])


def photo_12mp() -> tuple[bytes, str]:
    """A 4000 x 3000 JPEG, in memory: with three faces when ../shared is there, else texture only."""
    from PIL import Image

    from bench.images import FACES_DIR, make_photo

    if FACES_DIR.is_dir():
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "foto.jpg"
            make_photo(path)
            return path.read_bytes(), "drie gezichten"
    noise = Image.effect_noise((400, 300), 60).convert("RGB").resize((4000, 3000))
    out = io.BytesIO()
    noise.save(out, format="JPEG", quality=90)
    return out.getvalue(), "zonder gezichten (../shared ontbreekt)"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("VmRSS niet gevonden")


def start_server(folder: Path) -> tuple[subprocess.Popen, str]:
    import socket
    import urllib.request

    (folder / "screener.toml").write_text("[serve]\nrequests_per_minute = 100000\n", encoding="utf-8")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "screener", "serve", "--no-browser", "--port", str(port)],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/static/style.css", timeout=2).close()
            return process, url
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("screener serve startte niet binnen 120 s")


def main() -> int:
    import httpx

    from screener.config import from_dict
    from screener.serve.checking import Request, Upload, check, warm_up

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()
    began = time.monotonic()
    text = post_300_words()
    photo, what = photo_12mp()

    config = from_dict({})
    warm_up(config)
    asked = Request(text=text, channel="website", photos=[Upload("foto.jpg", photo)])

    def direct() -> float:
        started = time.perf_counter()
        check(asked, config)
        return time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        process, url = start_server(Path(folder))
        try:
            with httpx.Client(base_url=url, timeout=60) as client:
                token = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/").text).group(1)
                headers = {"X-CSRF-Token": token, "Content-Type": "application/json"}

                def controleer(with_photo: bool) -> float:
                    started = time.perf_counter()  # as the page does: encode, send, wait, read the answer
                    photos = [{"name": "foto.jpg", "data": base64.b64encode(photo).decode()}] if with_photo else []
                    body = json.dumps({"text": text, "channel": "website", "photos": photos})
                    response = client.post("/api/controleer", content=body, headers=headers)
                    response.raise_for_status()
                    response.json()
                    return time.perf_counter() - started

                controleer(True), direct()
                served, floor = [], []
                for _ in range(args.runs):  # in turns, so both see the same load on the machine
                    served.append(controleer(True))
                    floor.append(direct())
                served_s, floor_s = statistics.median(served), statistics.median(floor)
                memory = {}
                for n in range(1, args.requests + 1):
                    if time.monotonic() - began > MAX_SECONDS:
                        print(f"gestopt na {MAX_SECONDS} s ({n - 1} aanvragen)")
                        break
                    controleer(n % 10 == 0)  # every tenth with the 12 MP photo
                    if n in (50, args.requests):
                        memory[n] = rss_mb(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=30)

    print(f"serve: 'Controleer' tot antwoord, 300 woorden + 12 MP-foto ({what}), warme server: "
          f"mediaan {served_s:.3f} s over {args.runs} keer (doel < 0,5 s: {'gehaald' if served_s < 0.5 else 'NIET gehaald'}); "
          f"{served_s / floor_s:.2f}x de ondergrens (dezelfde controle direct, zonder HTTP: {floor_s:.3f} s)")
    if 50 in memory and args.requests in memory:
        grow = memory[args.requests] / memory[50] - 1
        print(f"serve: geheugen van de server na 50 aanvragen {memory[50]:.0f} MB, na {args.requests}: "
              f"{memory[args.requests]:.0f} MB ({grow:+.0%}; doel binnen 20%: {'gehaald' if abs(grow) <= 0.2 else 'NIET gehaald'}); "
              "elke tiende aanvraag met de foto")
    return 0


if __name__ == "__main__":
    sys.exit(main())
