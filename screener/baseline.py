"""A baseline: findings in old material that the school knowingly accepts, each with a reason and an expiry.

The file (`.screener-baseline.json`) holds per finding the rule, the path and a keyed hash of the
value (`Finding.fingerprint`, HMAC with the organisation's secret key), never the value itself, and
the key's id: a baseline works for everyone who has the same key (a team copies it) and says so
clearly to anyone with another key or none. An entry suppresses the same finding until its expiry
date; after that the finding is reported again, with a note that its acceptance expired.

Baselines of schema 1 hold hashes salted with the organisation's public name, which give a BSN
back in seconds: they are refused with a message to make the baseline again.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import tempfile
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from screener import fingerprint_key
from screener.findings import Finding, fingerprint
from screener.fingerprint_key import Key

FILE_NAME = ".screener-baseline.json"
SCHEMA = "screener-baseline/2"
UNKEYED_SCHEMA = "screener-baseline/1"  # salted with a public name: reversible


class BaselineError(Exception):
    """A baseline file that cannot be read or written; Dutch message naming the file."""


@dataclass(frozen=True)
class Entry:
    rule: str
    path: str  # relative to the baseline file's folder, with forward slashes
    fingerprint: str
    reason: str
    expires: str  # ISO date: the last day this entry suppresses the finding
    added: str  # ISO date

    def expired(self, today: dt.date) -> bool:
        return dt.date.fromisoformat(self.expires) < today

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.rule, self.path, self.fingerprint)


def finding_fingerprint(finding: Finding, key: Key) -> str:
    """The finding's own fingerprint, or one made from what it shows (photos: the face's box)."""
    if finding.fingerprint:
        return finding.fingerprint
    box = f"{finding.box.x},{finding.box.y},{finding.box.width},{finding.box.height}" if finding.box else ""
    return fingerprint(finding.rule, f"{finding.line}:{finding.col}:{box}:{finding.excerpt}:{finding.message}", key)


@dataclass
class Baseline:
    path: Path
    entries: list[Entry]
    key_id: str = ""  # the id of the key its fingerprints were made with ("" for a new, empty baseline)

    def check_key(self, key: Key | None) -> None:
        """BaselineError (Dutch) unless `key` is the key this baseline was made with."""
        if not self.key_id:
            return
        if key is None:
            raise BaselineError(
                f"{self.path}: deze baseline is gemaakt met de geheime sleutel van jullie team, en die ontbreekt "
                f"op deze computer. Kopieer het sleutelbestand van een collega naar {fingerprint_key.key_file()} "
                f"(of zet de omgevingsvariabele {fingerprint_key.ENV}, in CI)")
        if key.id != self.key_id:
            raise BaselineError(
                f"{self.path}: deze baseline is gemaakt met een andere geheime sleutel dan die in {key.source}; "
                "gebruik de sleutel van het team dat hem maakte, of maak de baseline opnieuw")

    def use_key(self, key: Key) -> None:
        self.check_key(key)
        self.key_id = key.id

    @functools.cached_property
    def folder(self) -> Path:
        return self.path.resolve().parent

    def relative(self, shown: str) -> str:
        """A finding's path as stored: relative to the baseline's folder when it lies below it."""
        return _relative(shown, self.folder, os.getcwd())

    def key_of(self, finding: Finding, key: Key) -> tuple[str, str, str]:
        return (finding.rule, self.relative(finding.path), finding_fingerprint(finding, key))

    def apply(self, findings: list[Finding], key: Key, today: dt.date | None = None) -> tuple[list[Finding], int]:
        """(findings still to report, number suppressed). Expired entries suppress nothing and say so."""
        today = today or dt.date.today()
        by_key = {e.key: e for e in self.entries}
        kept, suppressed = [], 0
        for f in findings:
            entry = by_key.get(self.key_of(f, key))
            if entry is None:
                kept.append(f)
            elif entry.expired(today):
                kept.append(replace(f, message=f"{f.message} (De baseline accepteerde deze bevinding tot "
                                                f"{entry.expires}: '{entry.reason}'; die acceptatie is verlopen.)"))
            else:
                suppressed += 1
        return kept, suppressed

    def add(self, findings: list[Finding], key: Key, reason: str, expires: dt.date,
            today: dt.date | None = None) -> int:
        """Accept these findings; an existing entry gets the new reason and expiry. Returns how many are new."""
        today = today or dt.date.today()
        by_key = {e.key: e for e in self.entries}
        new = 0
        for f in findings:
            rule, path, print_ = self.key_of(f, key)
            if (rule, path, print_) not in by_key:
                new += 1
            by_key[(rule, path, print_)] = Entry(rule=rule, path=path, fingerprint=print_, reason=reason,
                                                 expires=expires.isoformat(), added=today.isoformat())
        self.entries = sorted(by_key.values(), key=lambda e: e.key)
        return new

    def prune(self, findings: list[Finding] | None, key: Key, scanned: set[str] | None = None,
              today: dt.date | None = None) -> int:
        """Drop expired entries, and entries for scanned files whose finding no longer occurs."""
        today = today or dt.date.today()
        current = {self.key_of(f, key) for f in findings or []}
        scanned_paths = {self.relative(p) for p in scanned or set()}
        before = len(self.entries)
        self.entries = [e for e in self.entries if not e.expired(today)
                        and not (e.path in scanned_paths and e.key not in current)]
        return before - len(self.entries)

    def save(self) -> None:
        data = {"schema": SCHEMA, "key_id": self.key_id, "entries": [asdict(e) for e in self.entries]}
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        if os.path.islink(self.path):  # replacing it would drop the link, writing through it change elsewhere
            raise BaselineError(f"{self.path}: is een snelkoppeling; de screener schrijft de baseline niet via een "
                                "snelkoppeling. Geef met --baseline het echte bestand")
        tmp = None
        try:  # a temporary file of its own (never a user's BASELINE.tmp), moved over the baseline at once
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
            os.chmod(fd, 0o644)  # shared in the repository: it holds no values, only keyed fingerprints
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, self.path)
        except OSError as exc:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            raise BaselineError(f"{self.path}: kan de baseline niet schrijven ({exc.strerror})") from None


@functools.lru_cache(maxsize=4096)
def _relative(shown: str, folder: Path, cwd: str) -> str:
    candidate = Path(shown)
    try:
        return (Path(cwd) / candidate).resolve().relative_to(folder).as_posix()
    except ValueError:
        return candidate.as_posix()


def apply_to_run(run, baseline: Baseline, key: Key | None) -> int:
    """Drop the accepted findings from every file of a `pipeline.RunResult`; returns how many."""
    if not baseline.entries:
        return 0
    accepted = 0
    for file_result in run.files:
        file_result.findings, suppressed = baseline.apply(file_result.findings, key)
        accepted += suppressed
    return accepted


def load(path: Path, missing_ok: bool = False) -> Baseline:
    if not path.exists():
        if missing_ok:
            return Baseline(path=path, entries=[])
        raise BaselineError(f"{path}: baseline bestaat niet; maak hem met `screener baseline create`")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("geen JSON-object")
        if data.get("schema") == UNKEYED_SCHEMA:
            raise BaselineError(
                f"{path}: deze baseline is gemaakt door een oudere screener, met hashes die zonder geheime sleutel "
                "terug te rekenen zijn naar de waarden (zoals een BSN). Verwijder het bestand (ook uit de "
                "geschiedenis van de repository als het daar gedeeld is) en maak de baseline opnieuw met "
                "`screener baseline create`")
        if data.get("schema") != SCHEMA:
            raise BaselineError(f"{path}: geen screener-baseline (onbekend schema)")  # its text is never quoted
        entries = [Entry(**item) for item in data["entries"]]
        key_id = str(data.get("key_id") or "")
        if entries and not key_id:
            raise ValueError("key_id ontbreekt")
        for e in entries:
            dt.date.fromisoformat(e.expires)
    except OSError as exc:
        raise BaselineError(f"{path}: kan de baseline niet lezen ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{path}: baseline is beschadigd (geen JSON; regel {exc.lineno}, kolom {exc.colno})") \
            from None
    except (ValueError, KeyError, TypeError):  # their messages quote the file ('Invalid isoformat string: ...')
        raise BaselineError(f"{path}: baseline is beschadigd (een vermelding mist een veld of heeft een verkeerde "
                            "waarde); maak hem opnieuw met `screener baseline create`") from None
    return Baseline(path=path, entries=entries, key_id=key_id)


def default_path(config) -> Path:
    """`baseline.file`, else beside the configuration file, else in the repository root, else here."""
    configured = config["baseline"]["file"]
    if configured:
        path = Path(configured).expanduser()
        return path if path.is_absolute() else config.base_dir / path
    if config.source is not None:
        return config.source.parent / FILE_NAME
    here = Path.cwd()
    for folder in [here, *here.parents]:
        if (folder / ".git").exists():
            return folder / FILE_NAME
    return here / FILE_NAME


def for_run(config, path: Path | None, enabled: bool = True) -> Baseline | None:
    """The baseline a check or scan honours: the given file, else the default one when it exists.

    None when disabled. Raises BaselineError (Dutch) for a file that cannot be read.
    """
    if not enabled:
        return None
    baseline = load(path or default_path(config), missing_ok=path is None)
    baseline.check_key(config.fingerprint_key)
    return baseline
