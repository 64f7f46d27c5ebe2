"""The private store of reference embeddings made by `screener consent enroll`.

Face embeddings are biometric data (art. 9 AVG): they stay on this machine, in a file only its
owner can read (mode 0600, folder 0700), outside any git work tree (so they can never be
committed), and never appear in a report.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from screener.config import Config
from screener.user_cache import user_cache_dir, write_private

FORMAT_VERSION = 1


class CacheError(Exception):
    """The embedding store cannot be used; Dutch message."""


def default_dir() -> Path:
    return user_cache_dir()


def cache_dir(config: Config) -> Path:
    configured = config["consent"]["cache"]
    if not configured:
        return default_dir()
    path = Path(configured).expanduser()
    return path if path.is_absolute() else config.base_dir / path


def git_work_tree(path: Path) -> Path | None:
    """The git work tree that `path` (or the nearest existing parent) lies in, if any."""
    path = path.resolve()
    for folder in [path, *path.parents]:
        if (folder / ".git").exists():
            return folder
    return None


def cache_file(config: Config, list_path: Path) -> Path:
    folder = cache_dir(config)
    tree = git_work_tree(folder)
    if tree is not None:
        raise CacheError(f"de map voor gezichtsgegevens ({folder}) ligt in een git-repository ({tree}); "
                         "kies een map daarbuiten (instelling consent.cache), zodat ze nooit gecommit worden")
    key = hashlib.sha256(str(list_path.resolve()).encode()).hexdigest()[:16]
    return folder / f"gezichten-{key}.json"


def save(path: Path, list_path: Path, people: dict[str, list[list[float]]]) -> None:
    payload = {"version": FORMAT_VERSION, "list": str(list_path.resolve()), "people": people}
    write_private(path, json.dumps(payload).encode())


def load(path: Path) -> dict[str, list[list[float]]]:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CacheError("er zijn nog geen referenties voor gezichtsvergelijking; voer eerst "
                         "`screener consent enroll` uit") from None
    except (OSError, ValueError) as exc:
        raise CacheError(f"de referenties voor gezichtsvergelijking zijn onleesbaar ({exc}); voer "
                         "`screener consent enroll` opnieuw uit") from None
    if payload.get("version") != FORMAT_VERSION:
        raise CacheError("de referenties zijn van een andere versie; voer `screener consent enroll` opnieuw uit")
    return payload["people"]
