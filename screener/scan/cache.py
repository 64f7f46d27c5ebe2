"""A content-hash cache: a file whose bytes did not change is not screened again.

Key: the file's path as shown, sha256 of its content (for a post also of the photos it shows), the screener's
version and a hash of the effective configuration. Stored: the findings as the reports show them,
masked excerpts only. Folders 0700, files 0600: the cache describes children's data.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from screener import __version__
from screener.findings import Box, Finding, Severity
from screener.user_cache import user_cache_dir

FORMAT = 1


def default_dir() -> Path:
    return user_cache_dir("scan")


def settings_hash(config_data: dict, overrides: dict, files: list[Path] = ()) -> str:
    """What, besides the file, decides the findings: configuration, overrides, version, and the
    files the configuration names (the consent list)."""
    relevant = {k: v for k, v in config_data.items() if k not in ("scan", "baseline")}
    blob = json.dumps({"config": relevant, "overrides": overrides, "version": __version__, "format": FORMAT},
                      sort_keys=True, default=str)
    digest = hashlib.sha256(blob.encode())
    for path in files:
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def file_hash(path: Path, extra: list[Path] = ()) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    for other in extra:  # a post's photos: a changed photo changes the post's findings
        digest.update(b"\x00" + str(other).encode() + b"\x00")
        try:
            with other.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def serialise(findings: list[Finding]) -> list[dict]:
    """Findings as the cache stores them. Done once, in the process that screened the file."""
    stored = []
    for f in findings:
        data = f.to_dict()
        data["extra"] = {k: v for k, v in f.extra.items() if isinstance(v, (int, float, str, bool))}
        stored.append(data)
    return stored


def deserialise(stored: list[dict]) -> list[Finding]:
    return [_from_dict(item) for item in stored]


def _from_dict(data: dict) -> Finding:
    box = Box(**data["box"]) if data.get("box") else None
    return Finding(rule=data["rule"], severity=Severity.parse(data["severity"]), path=data["path"], line=data["line"],
                   col=data["col"], message=data["message"], excerpt=data.get("excerpt", ""),
                   end_line=data.get("end_line", 0), end_col=data.get("end_col", 0), box=box,
                   fingerprint=data.get("fingerprint", ""), protocol=tuple(data.get("protocol", ())),
                   avg=data.get("avg", ""), extra=data.get("extra", {}))


def signature(path: Path) -> list[int]:
    """What tells a changed file without reading it: size, modification and change time, inode."""
    info = path.stat()
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


class StatIndex:
    """Path -> (signature, the post's photos with their signatures, the findings).

    Lets an unchanged file be answered without reading it, as git's index does. A file whose
    signature changed is hashed again, and the content-hash cache decides.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.entries: dict = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def lookup(self, path: Path, shown: str) -> tuple[list[Finding], set[Path]] | None:
        """The findings of the last scan, and the photos the post shows, when the file (and those
        photos) did not change."""
        entry = self.entries.get(os.path.abspath(path))
        if not entry or entry.get("shown") != shown:
            return None
        try:
            if signature(path) != entry["sig"]:
                return None
            for photo, sig in entry["photos"]:
                if signature(Path(photo)) != sig:
                    return None
            return deserialise(entry["findings"]), {Path(photo) for photo, _ in entry["photos"]}
        except (OSError, KeyError, TypeError, ValueError):
            return None

    def remember(self, path: Path, shown: str, sig: list[int], photos: list, stored: list[dict]) -> None:
        """`stored`: the findings as `serialise` gives them."""
        self.entries[os.path.abspath(path)] = {"shown": shown, "sig": sig, "photos": photos, "findings": stored}

    def save(self) -> None:
        self.entries = {path: entry for path, entry in self.entries.items() if os.path.exists(path)}
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(self.entries))  # json.dumps uses the C encoder, json.dump does not
            os.replace(tmp, self.path)
        except OSError:
            pass


class ScanCache:
    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.settings = settings
        self.hits = 0
        self.misses = 0
        self._made: set[Path] = set()  # folders this process made (or found) already

    def index_path(self) -> Path:
        return self.folder / f"index-{self.settings[:24]}.json"  # one index per configuration

    def index(self) -> StatIndex:
        return StatIndex(self.index_path())

    def _entry(self, content_hash: str, shown: str) -> Path:
        key = hashlib.sha256(f"{self.settings}\x00{shown}\x00{content_hash}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, content_hash: str, shown: str) -> tuple[list[dict], list[Finding]] | None:
        """The stored findings (as `serialise` gives them) and the findings, or None. A damaged entry is a miss."""
        entry = self._entry(content_hash, shown)
        try:
            stored = json.loads(entry.read_text(encoding="utf-8"))["findings"]
            found = deserialise(stored)
            os.utime(entry)  # used: kept for another `scan.cache_days`
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return stored, found

    def prune(self, max_age_days: float, now: float | None = None) -> int:
        """Delete cached findings (and indexes of other settings) not used for `max_age_days`.

        Findings describe children's data: they are not kept longer than they are useful. Runs at
        most once a day. Returns the number of files deleted.
        """
        now = time.time() if now is None else now
        marker = self.folder / ".pruned"
        try:
            if max_age_days <= 0 or now - marker.stat().st_mtime < 86_400:
                return 0
        except FileNotFoundError:
            pass
        except OSError:
            return 0
        limit = now - max_age_days * 86_400
        deleted = 0
        in_use = self.index_path()
        for path in [*self.folder.glob("??/*.json"), *self.folder.glob("index-*.json")]:
            if path == in_use:
                continue  # this configuration's index: in use now (its entries go when their files go)
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
                    deleted += 1
            except OSError:
                continue
        try:
            marker.touch()
            os.utime(marker, (now, now))
        except OSError:
            pass
        return deleted

    def put(self, content_hash: str, shown: str, stored: list[dict]) -> None:
        """Store the findings (as `serialise` gives them) of the file shown as `shown` (the key holds
        the path: findings name it)."""
        entry = self._entry(content_hash, shown)
        try:
            if entry.parent not in self._made:
                entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                os.chmod(self.folder, 0o700)
                self._made.add(entry.parent)
            payload = json.dumps({"findings": stored}, ensure_ascii=False)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")  # mkstemp: mode 0600
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
            os.replace(tmp, entry)
        except OSError:
            pass  # a cache that cannot be written only costs time

