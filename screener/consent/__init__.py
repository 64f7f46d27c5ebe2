"""The consent list and the cross-checks against it: names in the text, people in photos.

Light to import: dlib and OpenCV are only loaded when face matching actually runs.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from screener.config import CONSENT_MODES, Config, ConfigError, channel_label
from screener.consent.registry import ConsentList, Person, Problem, load, normalise_name
from screener.documents import Document
from screener.findings import Finding, mask
from screener.emit import emit
from screener.post import PostContext

MODES = CONSENT_MODES

__all__ = ["ConsentList", "Person", "Problem", "MODES", "configured", "cross_check_names", "consent_list", "list_path", "mode",
           "load", "normalise_name"]


def mode(config: Config) -> str:
    value = config["consent"]["mode"].strip().lower()
    if value not in MODES:
        raise ConfigError(f"consent.mode = {value!r}; kies uit {', '.join(MODES)}")
    return value


def list_path(config: Config) -> Path | None:
    configured = config["consent"]["list"]
    if not configured:
        return None
    path = Path(configured).expanduser()
    return path if path.is_absolute() else config.base_dir / path


@functools.lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int, today: dt.date) -> ConsentList:
    return load(Path(path), today)


def consent_list(config: Config) -> ConsentList | None:
    """The configured consent list (read once per change of the file), or None when none is configured.

    Raises ConfigError (Dutch) when it is configured but cannot be read.
    """
    path = list_path(config)
    if path is None:
        return None
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise ConfigError(f"{path}: toestemmingslijst bestaat niet (instelling consent.list)") from None
    return _load_cached(str(path.resolve()), mtime, dt.date.today())


def cross_check_names(doc: Document, spans: list[tuple[int, int, str]], post: PostContext,
                      config: Config) -> tuple[list[Finding], set[tuple[int, int]]]:
    """Cross-check the person names the text stage found against the consent list.

    Returns the findings (someone on the list named without consent for the post's channel: error)
    and the (start, end) spans whose person HAS consent for this channel. A name shared by several
    people on the list counts as consented only when all of them have consent.
    """
    try:
        people = consent_list(config)
    except ConfigError:
        return [], set()  # the pipeline reports an unreadable list once, via screen_image / consent check
    if people is None:
        return [], set()
    findings: list[Finding] = []
    consented: set[tuple[int, int]] = set()
    for start, end, text in spans:
        matches = people.find(text)
        if not matches:
            continue
        refused = [(p, p.refusal(post.channel)) for p in matches if p.refusal(post.channel)]
        if not refused:
            consented.add((start, end))
            continue
        line, col = doc.position(start)
        end_line, end_col = doc.position(max(start, end - 1))
        who = ", ".join(f"{p.label} ({p.role or 'rol onbekend'}): {why}" for p, why in refused)
        finding = emit(config, "A5-NAAM-ZONDER-TOESTEMMING", doc.display_path,
                       f"'{mask(text)}' staat op de toestemmingslijst, maar mag niet genoemd worden in een bericht "
                       f"voor {channel_label(post.channel)}: {who}. Laat de naam weg of vraag eerst toestemming",
                       line=line, col=col, end_line=end_line, end_col=end_col + 1, excerpt=mask(text),
                       value=text, extra={"people": [p.id for p, _ in refused]})
        if finding:
            findings.append(finding)
    return findings, consented


def configured(config: Config) -> bool:
    """Whether the organisation configured a consent list (it may still be unreadable)."""
    return list_path(config) is not None
