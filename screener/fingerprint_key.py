"""The organisation's secret key for fingerprints: kept outside every repository and report.

A fingerprint lets a baseline or code scanning recognise the same finding again. Made from the
value alone (even salted with a public name) it gives the value back: a BSN has only 10^9
candidates. So a fingerprint is an HMAC-SHA256 with this key, and without a key there is none.

Where the key comes from, first match wins:
1. the environment variable `SCREENER_KEY` (for CI: a secret of the pipeline);
2. the key file in the user's configuration folder (`screener key create` makes it, 0600;
   `screener baseline create` makes it when there is none). A team shares the key by copying it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV = "SCREENER_KEY"
FILE_NAME = "sleutel"
MIN_LENGTH = 16  # characters: a shorter key could be guessed


class FingerprintKeyError(Exception):
    """A key that cannot be read or made; Dutch message naming the file or variable."""


@dataclass(frozen=True)
class Key:
    secret: bytes
    source: str  # Dutch: where it came from, for messages ("SCREENER_KEY", or the file)

    @property
    def id(self) -> str:
        """A short name for the key, stored in a baseline: tells two keys apart, reveals neither."""
        return hmac.new(self.secret, b"screener-key-id", hashlib.sha256).hexdigest()[:12]

    def digest(self, text: str) -> str:
        return hmac.new(self.secret, text.encode(), hashlib.sha256).hexdigest()[:32]


def key_file() -> Path:
    return platformdirs.user_config_path("screener") / FILE_NAME


def load() -> Key | None:
    """The organisation's key, or None when there is none on this machine."""
    value = os.environ.get(ENV, "").strip()
    if value:
        if len(value) < MIN_LENGTH:
            raise FingerprintKeyError(f"{ENV} is te kort ({len(value)} tekens); gebruik een sleutel van minstens "
                            f"{MIN_LENGTH} tekens, bv. uit `screener key create`")
        return Key(value.encode(), ENV)
    path = key_file()
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "geen tekst"
        raise FingerprintKeyError(f"{path}: kan de sleutel niet lezen ({reason})") from None
    if len(text) < MIN_LENGTH:
        raise FingerprintKeyError(f"{path}: de sleutel is te kort of leeg; maak een nieuwe met `screener key create`")
    return Key(text.encode(), str(path))


def create() -> Key:
    """A new random key in the key file (0600, its folder 0700). Never replaces an existing one."""
    path = key_file()
    text = secrets.token_hex(32)
    if os.path.islink(path):  # O_EXCL refuses it too, but "there is a key already" would be untrue
        raise FingerprintKeyError(f"{path}: is een snelkoppeling; de screener maakt de sleutel niet via een "
                                  "snelkoppeling. Verwijder de snelkoppeling of zet de sleutel in "
                                  f"{ENV}")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise FingerprintKeyError(f"{path}: er is al een sleutel; die blijft staan (een nieuwe zou elke baseline "
                        "van het team ongeldig maken)") from None
    except OSError as exc:
        raise FingerprintKeyError(f"{path}: kan de sleutel niet maken ({exc.strerror})") from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
    return Key(text.encode(), str(path))
