"""The scan's cache: a file that did not change is not screened again.

Two parts, both in the cache's own folder (0700, files 0600: the cache describes children's data):
- `ScanCache`, by content: key = sha256 of the configuration, the path as shown and the file's
  content (for a post also the photos it shows). Holds the findings as the reports show them,
  masked excerpts only, in one SQLite file.
- `StatIndex`, by path: size, times and inode of each file seen, and its key, so an unchanged file
  is answered without being read.

The folder a user names (`--cache-dir`, `[scan] cache_dir`; even "." or /tmp) is not the cache's:
the cache lives in a folder of its own inside it (`screener-cache/`), made by the screener and
marked with a CACHEDIR.TAG. A folder by that name without the mark is not used. The cache only
ever deletes its own files in its own folder, and changes the mode of nothing else.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import time
from pathlib import Path

from screener import __version__
from screener.findings import Box, Finding, Severity
from screener.user_cache import private_folder, user_cache_dir, write_private

FORMAT = 3  # 2: findings in one SQLite file, the index holds keys; 3: a finding is an array
OWN_FOLDER = "screener-cache"  # inside a folder the user names
MARK = "CACHEDIR.TAG"  # https://bford.info/cachedir/: backup tools skip the folder, and it says the folder is ours
MARK_TEXT = ("Signature: 8a477f597d28d172789f06886806bc55\n"
             "# De scancache van screener (https://bford.info/cachedir/). Mag weg: wordt opnieuw gemaakt.\n")


class CacheFolderError(Exception):
    """The cache cannot use this folder; Dutch message naming it. The scan goes on without a cache."""


def default_dir() -> Path:
    return user_cache_dir("scan")


def own_folder(given: Path | None) -> Path:
    """The cache's own folder: `screener-cache/` inside the folder the user named, or the user cache.
    Made (0700, marked) when missing; CacheFolderError when a folder by that name is not the screener's:
    a link, another user's (in /tmp, say), or one without the mark that holds files."""
    folder = default_dir() if given is None else given / OWN_FOLDER
    not_ours = CacheFolderError(f"{folder}: bestaat al en is niet door de screener gemaakt; de scan loopt zonder "
                                "cache. Kies een andere map met --cache-dir of [scan] cache_dir")
    if os.path.lexists(folder):
        info = os.lstat(folder)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            raise not_ours
        mark = folder / MARK
        if mark.is_file() and not mark.is_symlink():
            return folder
        if given is not None and any(folder.iterdir()):
            raise not_ours
    try:
        private_folder(folder)
        with open(folder / MARK, "x", encoding="utf-8") as fh:
            fh.write(MARK_TEXT)
        (folder / ".gitignore").write_text("# de scancache van screener hoort niet in git\n*\n", encoding="utf-8")
    except FileExistsError:
        pass
    except OSError as exc:
        raise CacheFolderError(f"{folder}: kan de cache niet maken ({exc.strerror}); de scan loopt zonder cache") from None
    return folder


def settings_hash(config_data: dict, overrides: dict, files: list[Path] = (), key_id: str = "") -> str:
    """What, besides the file, decides the findings: configuration, overrides, version, the files
    the configuration names (the consent list) and the fingerprint key's id."""
    relevant = {k: v for k, v in config_data.items() if k not in ("scan", "baseline")}
    blob = json.dumps({"config": relevant, "overrides": overrides, "version": __version__, "format": FORMAT,
                       "key": key_id},
                      sort_keys=True, default=str)
    digest = hashlib.sha256(blob.encode())
    for path in files:
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def file_hash(path: Path, extra: list[Path] = ()) -> str:
    """sha256 of the file, and of the photos a post shows: a changed photo changes the post's findings."""
    with path.open("rb") as fh:
        digest = hashlib.file_digest(fh, "sha256")
    for other in extra:
        digest.update(b"\x00" + str(other).encode() + b"\x00")
        try:
            with other.open("rb") as fh:
                digest.update(hashlib.file_digest(fh, "sha256").digest())
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()


def serialise(findings: list[Finding]) -> str:
    """Findings as the cache stores them: JSON text, one array per finding, its fields in `Finding`'s order
    (a warm scan reads every file's findings: arrays parse in two thirds of the time of objects with their keys).
    Done once, in the process that screened the file."""
    return json.dumps([[f.rule, f.severity.label, f.path, f.line, f.col, f.message, f.excerpt, f.end_line, f.end_col,
                        None if f.box is None else [f.box.x, f.box.y, f.box.width, f.box.height],
                        f.fingerprint, list(f.protocol), f.avg,
                        {k: v for k, v in f.extra.items() if isinstance(v, (int, float, str, bool))}]
                       for f in findings], ensure_ascii=False)


_SEVERITIES = {severity.label: severity for severity in Severity}


def deserialise(stored: str) -> list[Finding]:
    findings = []
    for rule, severity, path, line, col, message, excerpt, end_line, end_col, box, fingerprint, protocol, avg, extra \
            in json.loads(stored):
        findings.append(Finding(rule, _SEVERITIES[severity], path, line, col, message, excerpt, end_line, end_col,
                                Box(*box) if box else None, fingerprint, tuple(protocol), avg, extra))
    return findings


def signature(path: Path) -> list[int]:
    """What tells a changed file without reading it: size, modification and change time, inode."""
    info = path.stat()
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]


class StatIndex:
    """Path -> (signature, the post's photos with their signatures, the cache key of its findings).

    Lets an unchanged file be answered without reading it, as git's index does. A file whose
    signature changed is hashed again, and the content-hash cache decides.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.entries: dict = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def lookup(self, path: Path, shown: str) -> tuple[str, set[Path]] | None:
        """The cache key of the last scan's findings, and the photos the post shows, when the file
        (and those photos) did not change."""
        entry = self.entries.get(os.path.abspath(path))
        if not entry or entry.get("shown") != shown:
            return None
        try:
            if signature(path) != entry["sig"]:
                return None
            for photo, sig in entry["photos"]:
                if signature(Path(photo)) != sig:
                    return None
            return entry["key"], {Path(photo) for photo, _ in entry["photos"]}
        except (OSError, KeyError, TypeError, ValueError):
            return None

    def remember(self, path: Path, shown: str, sig: list[int], photos: list, key: str) -> None:
        self.entries[os.path.abspath(path)] = {"shown": shown, "sig": sig, "photos": photos, "key": key}

    def save(self) -> None:
        self.entries = {path: entry for path, entry in self.entries.items() if os.path.exists(path)}
        try:
            write_private(self.path, json.dumps(self.entries).encode())  # json.dumps: the C encoder
        except OSError:
            pass


class ScanCache:
    """Content key -> findings, in one SQLite file (`findings.sqlite`, mode 0600).

    One file, not one per entry: creating thousands of small files cost more than screening a photo.
    Worker processes only read; the scan's own process writes (`put`, `used`) and commits now and
    then, so an interrupted scan keeps what it screened. A damaged or locked cache is a miss: it only
    costs time.
    """

    FILE = "screener-findings.sqlite"
    COMMIT_EVERY = 2.0  # seconds between commits while a scan writes
    MARK_USED_EVERY = 3600  # seconds: an entry's last use is written again after this long

    def __init__(self, folder: Path, settings: str) -> None:
        self.folder = folder
        self.settings = settings
        self._db: sqlite3.Connection | None = None
        self._opened = False
        self._committed = time.monotonic()

    def __getstate__(self) -> dict:  # sent to worker processes without the open connection
        return {"folder": self.folder, "settings": self.settings}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["folder"], state["settings"])

    def index_path(self) -> Path:
        return self.folder / f"screener-index-{self.settings[:24]}.json"  # one index per configuration

    def index(self) -> StatIndex:
        return StatIndex(self.index_path())

    def key(self, content_hash: str, shown: str) -> str:
        return hashlib.sha256(f"{self.settings}\x00{shown}\x00{content_hash}".encode()).hexdigest()

    def open(self) -> sqlite3.Connection | None:
        """The database, opened (and made, the first time) once per process; None when it cannot be used."""
        if not self._opened:
            self._opened = True
            try:
                self._db = _open(self.folder / self.FILE)
            except (OSError, sqlite3.OperationalError):  # unwritable, locked by another scan for long: no cache
                self._db = None
            except sqlite3.DatabaseError:  # damaged (not a database, say): start again, it is only a cache
                try:
                    for suffix in ("", "-wal", "-shm"):
                        (self.folder / (self.FILE + suffix)).unlink(missing_ok=True)
                    self._db = _open(self.folder / self.FILE)
                except (OSError, sqlite3.Error):
                    self._db = None
        return self._db

    def find(self, key: str) -> list[Finding] | None:
        """The findings stored under `key`, or None. A damaged entry is a miss."""
        db = self.open()
        try:
            row = db and db.execute("SELECT findings FROM findings WHERE key = ?", (key,)).fetchone()
            return deserialise(row[0]) if row else None
        except (sqlite3.Error, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, stored: str) -> None:
        """Store the findings (as `serialise` gives them) under `key` (from `key()`: it holds the path
        as shown, because findings name it)."""
        self._write("INSERT OR REPLACE INTO findings (key, findings, used) VALUES (?, ?, ?)",
                    (key, stored, int(time.time())))

    def used(self, key: str) -> None:
        """An entry that answered a file is kept for another `scan.cache_days`. Marked at most once an hour:
        a scan again soon after writes nothing (an unchanged database needs no commit to disk)."""
        now = int(time.time())
        self._write("UPDATE findings SET used = ? WHERE key = ? AND used < ?", (now, key, now - self.MARK_USED_EVERY))

    def _write(self, sql: str, values: tuple) -> None:
        db = self.open()
        if db is None:
            return
        try:
            db.execute(sql, values)
            if time.monotonic() - self._committed > self.COMMIT_EVERY:
                self.commit()
        except sqlite3.Error:
            pass  # a cache that cannot be written only costs time

    def commit(self) -> None:
        if self._db is not None:
            try:
                self._db.commit()
            except sqlite3.Error:
                pass
        self._committed = time.monotonic()

    def close(self) -> None:
        self.commit()
        if self._db is not None:
            self._db.close()
        self._db, self._opened = None, False

    def prune(self, max_age_days: float, now: float | None = None) -> int:
        """Delete cached findings (and indexes of other settings) not used for `max_age_days`.

        Findings describe children's data: they are not kept longer than they are useful. Runs at
        most once a day. Returns the number of entries and files deleted.
        """
        now = time.time() if now is None else now
        marker = self.folder / "screener-pruned"
        try:
            if max_age_days <= 0 or now - marker.stat().st_mtime < 86_400:
                return 0
        except FileNotFoundError:
            pass
        except OSError:
            return 0
        limit = now - max_age_days * 86_400
        deleted = 0
        db = self.open()
        if db is not None:
            try:
                deleted += db.execute("DELETE FROM findings WHERE used < ?", (limit,)).rowcount
                self.commit()
            except sqlite3.Error:
                pass
        in_use = self.index_path()
        for path in self.folder.glob("screener-index-*.json"):  # other configurations' indexes
            if path == in_use or path.is_symlink():
                continue  # this configuration's index: in use now (its entries go when their files go)
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
                    deleted += 1
            except OSError:
                continue
        try:
            marker.touch(mode=0o600)
            os.utime(marker, (now, now))
        except OSError:
            pass
        return deleted


def _open(path: Path) -> sqlite3.Connection:
    """The cache database, created private (0600, its folder 0700; SQLite gives its -wal and -shm
    files the database's mode)."""
    private_folder(path.parent)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    db = sqlite3.connect(path, timeout=5)
    db.execute("PRAGMA journal_mode = WAL")  # readers (the workers) never wait for the writer
    db.execute("PRAGMA synchronous = NORMAL")  # a cache: a lost last commit after a power cut only costs time
    db.execute("CREATE TABLE IF NOT EXISTS findings (key TEXT PRIMARY KEY, findings TEXT NOT NULL,"
               " used INTEGER NOT NULL)")
    db.commit()
    return db
