"""Who may use the page, and how much: sessions, login, CSRF tokens, rate limits, the upload size.

On 127.0.0.1 (the default) the page is the user's own: every visitor gets a session without logging in.
With `--host` it needs one of two configured ways in:

- a shared secret (`[serve] secret_file`, or $SCREENER_SERVE_SECRET), typed once on the login page;
- the user a reverse proxy authenticated (`[serve] user_header`), believed only from an address in
  `[serve] trusted_proxies`.

Every POST carries the session's CSRF token in a header and, when the browser sends one, an Origin
of this very server. Sessions live in memory only and end with the server (or after 12 hours).
"""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from screener.config import Config

SECRET_ENV = "SCREENER_SERVE_SECRET"
SESSION_COOKIE = "screener_sessie"
SESSION_SECONDS = 12 * 3600
CSRF_HEADER = "x-csrf-token"
MIN_SECRET_CHARS = 12
MAX_SESSIONS = 10_000  # a flood of visitors without cookies cannot grow memory past this
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


class SetupError(Exception):
    """The server cannot start safely as asked; Dutch message."""


@dataclass
class Session:
    csrf: str
    user: str
    expires: float


@dataclass
class Guard:
    open_access: bool  # 127.0.0.1: no login
    secret: str = ""
    user_header: str = ""
    trusted_proxies: frozenset[str] = frozenset()
    max_body: int = 40 * 1024 * 1024
    per_minute: int = 60
    sessions: dict[str, Session] = field(default_factory=dict)
    _hits: dict[str, deque] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- sessions ---------------------------------------------------------------------------

    def new_session(self, user: str) -> tuple[str, Session]:
        token = secrets.token_urlsafe(32)
        session = Session(csrf=secrets.token_urlsafe(32), user=user, expires=time.time() + SESSION_SECONDS)
        with self._lock:
            now = time.time()
            for key in [k for k, s in self.sessions.items() if s.expires < now]:
                del self.sessions[key]
            while len(self.sessions) >= MAX_SESSIONS:
                del self.sessions[min(self.sessions, key=lambda k: self.sessions[k].expires)]
            self.sessions[token] = session
        return token, session

    def session(self, token: str | None) -> Session | None:
        if not token:
            return None
        session = self.sessions.get(token)
        if session is None or session.expires < time.time():
            return None
        return session

    def end(self, token: str | None) -> None:
        self.sessions.pop(token or "", None)

    # --- who is there ---------------------------------------------------------------------------

    def trusted_peer(self, peer: str | None) -> bool:
        return bool(peer) and peer in self.trusted_proxies

    def proxy_user(self, peer: str | None, headers) -> str:
        """The user the reverse proxy vouches for, or ""; a header from anyone else is ignored."""
        if not self.user_header or not self.trusted_peer(peer):
            return ""
        return headers.get(self.user_header, "").strip()[:200]

    def secret_matches(self, typed: str) -> bool:
        return bool(self.secret) and hmac.compare_digest(typed.encode(), self.secret.encode())

    @staticmethod
    def csrf_matches(session: Session, sent: str | None) -> bool:
        return bool(sent) and hmac.compare_digest(sent.encode(), session.csrf.encode())

    # --- how much ---------------------------------------------------------------------------

    def allow(self, key: str) -> bool:
        """False once `key` made more than `per_minute` requests in the last minute."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] < now - 60:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return False
            hits.append(now)
            if len(self._hits) > 10_000:  # forget idle clients; a flood of addresses cannot grow this
                for other in [k for k, v in self._hits.items() if not v or v[-1] < now - 60]:
                    del self._hits[other]
            return True


def is_loopback(host: str) -> bool:
    """Only the default names count: any other address, even 127.0.0.2, asks for a login."""
    return host in ("127.0.0.1", "localhost", "::1")


def _read_secret(config: Config) -> str:
    if os.environ.get(SECRET_ENV):
        return os.environ[SECRET_ENV].strip()
    name = config["serve"]["secret_file"]
    if not name:
        return ""
    path = Path(name) if Path(name).is_absolute() else config.base_dir / name
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise SetupError(f"serve.secret_file: {path} kan niet worden gelezen ({exc.strerror})") from None


def guard_for(host: str, config: Config) -> Guard:
    """The guard for a server on `host`; SetupError when --host has no way to log in."""
    serve = config["serve"]
    guard = Guard(open_access=is_loopback(host), user_header=serve["user_header"].strip(),
                  trusted_proxies=frozenset(serve["trusted_proxies"]),
                  max_body=int(serve["max_upload_mb"] * 1024 * 1024), per_minute=int(serve["requests_per_minute"]))
    if guard.open_access:
        return guard
    guard.secret = _read_secret(config)
    if guard.secret and len(guard.secret) < MIN_SECRET_CHARS:
        raise SetupError(f"het gedeelde geheim is te kort (minder dan {MIN_SECRET_CHARS} tekens); kies een langer geheim")
    if not guard.secret and not guard.user_header:
        raise SetupError(f"met --host is aanmelden verplicht: stel een gedeeld geheim in ({SECRET_ENV} of "
                         "[serve] secret_file) of de gebruikerskop van uw reverse proxy ([serve] user_header)")
    return guard
