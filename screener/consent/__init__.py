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

__all__ = ["ConsentList", "Person", "Problem", "MODES", "configured", "cross_check_names", "consent_list",
           "list_named_in_post", "list_path", "mode", "load", "normalise_name"]

# front-matter keys under which a writer may try to name a consent list of the post's own
POST_LIST_KEYS = ("toestemming", "toestemmingslijst", "consent", "consent_list")
LIST_SUFFIXES = (".csv", ".yaml", ".yml")


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
    except FileNotFoundError:
        raise ConfigError(f"{path}: toestemmingslijst bestaat niet (instelling consent.list)") from None
    except OSError as exc:  # e.g. a folder on the way without search permission
        raise ConfigError(f"{path}: kan de toestemmingslijst niet lezen ({exc.strerror}; instelling consent.list)") \
            from None
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
    except ConfigError as exc:  # names that could not be looked up: the post is not checked (exit 3)
        if not spans:
            return [], set()
        finding = emit(config, "E-TOESTEMMINGSLIJST", doc.display_path,
                       f"De namen in {doc.display_path} konden niet met de toestemmingslijst vergeleken worden, "
                       f"dus het bericht is niet gecontroleerd: {exc}", value="consent-list")
        return [finding] if finding else [], set()
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


def _named_list(value) -> str | None:
    """The file a front-matter value names as a consent list: `toestemming: lijst.csv` or
    `consent: {list: lijst.csv}`; None for `toestemming: ja` and the like."""
    if isinstance(value, dict):
        value = value.get("list", value.get("lijst"))
    if isinstance(value, str) and value.strip().lower().endswith(LIST_SUFFIXES):
        return value.strip()
    return None


def list_named_in_post(doc: Document, config: Config) -> list[Finding]:
    """A post whose front matter names a consent list of its own: the screener never takes a list from
    a post (a post could name one that approves it), so its names and photos were checked against the
    organisation's list only, or against none. The post is not passed as checked (E-TOESTEMMINGSLIJST,
    exit 3), unless it names the configured list itself. The value is not quoted: a file name can hold
    a name."""
    configured_path = list_path(config)
    found = []
    for key in POST_LIST_KEYS:
        named = _named_list(doc.meta.get(key))
        if named is None:
            continue
        path = Path(named).expanduser()
        path = path if path.is_absolute() else doc.path.parent / path
        try:
            if configured_path is not None and path.resolve() == configured_path.resolve():
                continue
        except OSError:
            pass
        exists = "bestaat niet" if not path.is_file() else "wordt niet gebruikt"
        where = "[consent] list in de configuratie" if configured_path else "geen: [consent] list is niet ingesteld"
        finding = emit(config, "E-TOESTEMMINGSLIJST", doc.display_path,
                       f"De kop van {doc.display_path} noemt een eigen toestemmingslijst ('{key}:'); "
                       f"die {exists}. De screener gebruikt alleen de toestemmingslijst van de organisatie "
                       f"({where}), dus de toestemming die dit bericht bedoelt is niet gecontroleerd. Haal '{key}:' "
                       "weg en zet de personen in de lijst van de organisatie", value=f"post-list-{key}")
        if finding:
            found.append(finding)
    return found
