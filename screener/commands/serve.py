"""`screener serve`: the page in the browser, for staff who never open a terminal (screener/serve)."""

from __future__ import annotations

import logging
import socket
import sys
import threading
import time
import webbrowser
from pathlib import Path

import click

from screener import config as config_module


def _socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        why = "is al in gebruik; kies een andere met --port" if exc.errno == 98 else f"gaat niet ({exc.strerror})"
        raise click.ClickException(f"poort {port} op {host} {why}") from None
    sock.listen(64)
    sock.set_inheritable(True)
    return sock


def _open_when_started(server, url: str) -> None:
    def wait_and_open() -> None:
        for _ in range(300):
            if server.started:
                webbrowser.open(url)
                return
            time.sleep(0.1)

    threading.Thread(target=wait_and_open, daemon=True).start()


def _log_to_stderr() -> None:
    """The server's own lines (never content: counts and times) on stderr; other libraries stay quiet."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s screener serve: %(message)s"))
    log = logging.getLogger("screener.serve")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


@click.command("serve", help="Start de controlepagina in de browser: plak een bericht of sleep een bestand en "
                             "foto's erin, en verbeter met één klik. Alles blijft in het geheugen van deze computer.")
@click.option("--host", default="127.0.0.1",
              help="Adres om op te luisteren (standaard: 127.0.0.1, alleen deze computer). Anders dan 127.0.0.1 (bijv. 0.0.0.0 op het intranet) is aanmelden "
                   "verplicht: een gedeeld geheim of de gebruiker van de reverse proxy (zie [serve] in de configuratie).")
@click.option("--port", type=click.IntRange(0, 65535), default=None,
              help="Poort (standaard: [serve] port, 8765; 0 kiest een vrije poort).")
@click.option("--no-browser", is_flag=True, help="Open de browser niet zelf.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Configuratiebestand (standaard: screener.toml of pyproject.toml in deze map of hoger).")
def serve(host: str, port: int | None, no_browser: bool, config_path: Path | None) -> None:
    import uvicorn

    from screener.serve.app import consent_summary, create_app
    from screener.serve.checking import warm_up
    from screener.serve.security import SetupError, guard_for

    try:
        cfg = config_module.load(config_path)
        guard = guard_for(host, cfg)
    except (config_module.ConfigError, SetupError) as exc:
        raise click.UsageError(str(exc)) from None
    _log_to_stderr()
    click.echo("screener serve: modellen laden ...", err=True)
    warm_up(cfg)
    sock = _socket(host, cfg["serve"]["port"] if port is None else port)
    bound = sock.getsockname()[1]
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown_host}:{bound}/"
    server = uvicorn.Server(uvicorn.Config(create_app(cfg, guard), log_level="warning", access_log=False,
                                           proxy_headers=False, server_header=False, lifespan="off",
                                           limit_concurrency=16))  # each request may hold its upload in memory
    click.echo(f"screener serve: de pagina staat op {url} ({consent_summary(cfg)}); stoppen met Ctrl-C", err=True)
    if not no_browser:
        _open_when_started(server, url)
    server.run(sockets=[sock])
