"""Configuration in one place: `screener.toml`, or `[tool.screener]` in `pyproject.toml`.

The schema is `DEFAULTS`: every key a user may set, with its default. The type of a default is
the type a user's value must have. Unknown keys, wrong types and unknown values are errors that
name the key, like pre-commit's and ruff's configuration checks.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from screener import catalog
from screener.findings import Severity

CHANNELS = ("website", "schoolaccount", "persoonlijk", "nieuwsbrief", "schoolapp")
# how a message names a channel: "geen toestemming voor de website"
CHANNEL_LABELS = {"website": "de website", "schoolaccount": "het sociale-media-account van de school",
                  "persoonlijk": "een persoonlijk account", "nieuwsbrief": "de nieuwsbrief", "schoolapp": "de schoolapp"}


def channel_label(channel: str) -> str:
    return CHANNEL_LABELS.get(channel, f"kanaal {channel}")
CHANNEL_ALIASES = {
    "site": "website",
    "schoolwebsite": "website",
    "school-account": "schoolaccount",
    "school": "schoolaccount",
    "sociale-media": "schoolaccount",
    "social": "schoolaccount",
    "prive": "persoonlijk",
    "privé": "persoonlijk",
    "privéaccount": "persoonlijk",
    "priveaccount": "persoonlijk",
    "personal": "persoonlijk",
    "persoonlijk-account": "persoonlijk",
    "newsletter": "nieuwsbrief",
    "app": "schoolapp",
    "parro": "schoolapp",
}
ROLES = ("medewerker", "leerling", "ouder", "schoolaccount")
ROLE_ALIASES = {"employee": "medewerker", "leerkracht": "medewerker", "docent": "medewerker",
                "pupil": "leerling", "parent": "ouder", "verzorger": "ouder", "school": "schoolaccount"}

CONFIG_FILE = "screener.toml"

DEFAULTS: dict = {
    "organisation": {
        "name": "Lithora",
        "aliases": [],  # other ways the organisation is named, e.g. "Stichting Lithora"
        "schools": [],  # school names, e.g. "OBS De Regenboog"
        "public": [],  # the organisation's own public data: address, phone, e-mail; never flagged
        "domains": [],  # the organisation's web and e-mail domains; never flagged
    },
    "allow": {
        "values": [],  # exact values never flagged (compared case-insensitively)
        "names": [],  # names never flagged, e.g. an author in a reading post
    },
    "deny": {
        "names": [],  # names always flagged, whatever the model says
    },
    "post": {  # defaults for the post itself; front matter and CLI options override them
        "channel": "website",
        "author_role": "",  # empty: by channel (screener.post.default_role)
        "author_function": "",
    },
    "text": {
        "model": "auto",  # auto | nl_core_news_sm | lexicon
        "bare_numbers": True,  # report long bare numbers (7-14 digits) as possible pupil numbers
        "unknown_names": True,  # report capitalised mid-sentence words no list knows as possible names
    },
    "report": {
        "min_severity": "warning",  # findings below this are not shown
        "fail_on": "error",  # findings at or above this make the exit code 1
    },
    "images": {  # photos: faces and metadata (screener.images)
        "faces": True,  # look for faces; off only where photos never show people
        "model": "",  # YuNet model file; empty: models/ beside the package, or the user cache
        "min_face_percent": 1.0,  # smallest face to find, as % of the photo's longer side (never below 16 px)
        "score_threshold": 0.4,  # YuNet confidence from which a detection is looked at (below 0.85: a second look)
        "max_megapixels": 100,  # larger images are refused (decompression bombs)
        # what has no reader (HEIC, an SVG's or PDF's image on the internet, a scanned page without text):
        # "warning" (reported, not refused) | "error" (the file is refused as not screened, exit 3)
        "unreadable": "warning",
    },
    "consent": {  # the consent list and how photos are cross-checked (screener.consent)
        "list": "",  # CSV or YAML consent list; relative to this file; empty: no list
        "mode": "declared",  # declared (the post names who is in a photo) | matching (face matching, opt-in)
        "match_threshold": 0.6,  # largest face-embedding distance that counts as the same person
        "cache": "",  # folder for reference embeddings; empty: $XDG_CACHE_HOME/screener or ~/.cache/screener
    },
    "rules": {},  # RULE-ID = "error" | "warning" | "info" | "off"
    "policy": {  # protocol rules beyond personal data (screener/rules)
        # D4: the wording `screener fix` adds; {organisatie} becomes the organisation's name
        "disclaimer": "Dit bericht schrijf ik op persoonlijke titel: de standpunten en meningen hierin zijn "
                      "mijn eigen mening en staan los van de officiële standpunten van {organisatie}.",
        "disclaimer_phrases": [],  # D4: more regular expressions that count as such a statement
        "functions": [],  # C2: more job titles, e.g. "leescoach"
        "references": [],  # C2/D3/D4: more regular expressions for "our school", e.g. "ons kindcentrum"
        "announcement_topics": [],  # C1: more practical matters, e.g. "schoolfruit"
        "conduct_words": [],  # A8: more words to report
        "conduct_allow": [],  # A8: words from the built-in list never to report
        "work_channels": ["website", "schoolaccount", "nieuwsbrief"],  # C2 applies here; D3/D4 on persoonlijk
        "announcement_channels": ["website", "schoolaccount", "persoonlijk"],  # C1 applies here
        "school_hours": ["ma-vr 08:30-15:15"],  # A1/A7 for photos: e.g. ["ma-vr 08:30-15:15", "wo 08:30-12:30"]
    },
    "scan": {  # `screener scan DIR`: a whole media folder (screener/scan)
        "jobs": 0,  # worker processes; 0: the number of cores
        "cache_dir": "",  # empty: $XDG_CACHE_HOME/screener/scan or ~/.cache/screener/scan
        "follow_links": False,  # follow symbolic links to folders (loops are detected)
        # gitignore-style patterns of what not to scan, relative to this file's folder (files git ignores
        # are never scanned): a theme's example site is not the school's content
        "exclude": ["themes/*/exampleSite/"],
        "cache_days": 30,  # cached findings not used for this many days are deleted; 0: keep them
    },
    "serve": {  # `screener serve`: the page in the browser (screener/serve)
        "port": 8765,
        "secret_file": "",  # file holding the shared secret for --host (or $SCREENER_SERVE_SECRET); relative to this file
        "user_header": "",  # header with the user the reverse proxy authenticated, e.g. "X-Remote-User"
        "trusted_proxies": ["127.0.0.1", "::1"],  # only from these addresses are user_header and X-Forwarded-Proto believed
        "max_upload_mb": 40,  # the most one request may send (a post and its photos)
        "requests_per_minute": 60,  # per user or address; more gets a polite refusal
    },
    "baseline": {  # accepted findings in old material (screener/baseline.py)
        "file": "",  # empty: .screener-baseline.json beside this file (or in the repository root)
    },
}

TEXT_MODELS = ("auto", "nl_core_news_sm", "lexicon")
REGEX_SETTINGS = (("policy", "references"), ("policy", "disclaimer_phrases"))  # lists of regular expressions
CHANNEL_LISTS = (("policy", "work_channels"), ("policy", "announcement_channels"))
CONSENT_MODES = ("declared", "matching")
UNREADABLE = ("warning", "error")


class ConfigError(Exception):
    """A configuration problem; its message is Dutch and names the file and key."""


@dataclass
class Config:
    data: dict
    source: Path | None = None  # the file it came from, None for defaults
    overrides: dict = field(default_factory=dict)

    def __getitem__(self, section: str) -> dict:
        return self.data[section]

    @property
    def base_dir(self) -> Path:
        """Relative paths in the configuration are relative to the file's folder."""
        return self.source.parent if self.source else Path.cwd()

    def rule_severity(self, rule_id: str) -> Severity | None:
        """The severity of a rule for this organisation, or None when it is switched off."""
        setting = self.data["rules"].get(rule_id)
        if setting is None and rule_id == "E-NIET-GECONTROLEERD":
            return Severity.parse(self.data["images"]["unreadable"])
        if setting is None:
            return catalog.RULES[rule_id].severity
        if setting == "off":
            return None
        return Severity.parse(setting)

    @functools.cached_property
    def fingerprint_key(self):
        """The organisation's secret key for fingerprints (`screener.fingerprint_key`), or None.

        Never part of the configuration file: that one is committed, the key must not be."""
        from screener import fingerprint_key

        try:
            return fingerprint_key.load()
        except fingerprint_key.FingerprintKeyError as exc:
            raise ConfigError(str(exc)) from None


def normalise_channel(value: str, where: str = "") -> str:
    key = value.strip().lower()
    key = CHANNEL_ALIASES.get(key, key)
    if key not in CHANNELS:
        raise ConfigError(f"{where}onbekend kanaal {value!r}; kies uit: {', '.join(CHANNELS)}")
    return key


def normalise_role(value: str, where: str = "") -> str:
    key = value.strip().lower()
    key = ROLE_ALIASES.get(key, key)
    if key not in ROLES:
        raise ConfigError(f"{where}onbekende rol {value!r}; kies uit: {', '.join(ROLES)}")
    return key


def _check(user: dict, schema: dict, where: str, path: str) -> dict:
    merged = copy.deepcopy(schema)
    for key, value in user.items():
        dotted = f"{path}.{key}" if path else key
        if path == "rules":
            if key not in catalog.RULES:
                raise ConfigError(f"{where}: onbekende regel '{key}' in [rules]; zie `screener rules` voor de lijst")
            if value not in ("error", "warning", "info", "off"):
                raise ConfigError(f"{where}: [rules] {key} = {value!r}; kies uit error, warning, info, off")
            merged[key] = value
            continue
        if dotted == "report.salt":
            raise ConfigError(f"{where}: 'report.salt' bestaat niet meer: een zout in de configuratie is niet geheim "
                              "en liet waarden terugrekenen. Verwijder de regel; vingerafdrukken gebruiken nu een "
                              "geheime sleutel buiten de repository (`screener key create`, of SCREENER_KEY in CI)")
        if key not in schema:
            known = ", ".join(sorted(schema)) or "(geen)"
            raise ConfigError(f"{where}: onbekende instelling '{dotted}'; bekend zijn: {known}")
        default = schema[key]
        if isinstance(default, dict):
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: '{dotted}' moet een tabel [{dotted}] zijn")
            merged[key] = _check(value, default, where, dotted)
        elif isinstance(default, list):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: '{dotted}' moet een lijst met teksten zijn")
            merged[key] = value
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: '{dotted}' moet true of false zijn")
            merged[key] = value
        elif isinstance(default, (int, float)) and not isinstance(default, bool):
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise ConfigError(f"{where}: '{dotted}' moet een getal zijn")
            merged[key] = value
        else:
            if not isinstance(value, str):
                raise ConfigError(f"{where}: '{dotted}' moet een tekst zijn")
            merged[key] = value
    return merged


def _validate_values(data: dict, where: str) -> None:
    data["post"]["channel"] = normalise_channel(data["post"]["channel"], f"{where}: post.channel: ")
    if data["post"]["author_role"].strip():
        data["post"]["author_role"] = normalise_role(data["post"]["author_role"], f"{where}: post.author_role: ")
    for key in ("min_severity", "fail_on"):
        try:
            Severity.parse(data["report"][key])
        except ValueError as exc:
            raise ConfigError(f"{where}: report.{key}: {exc}") from None
    if data["consent"]["mode"].strip().lower() not in CONSENT_MODES:
        raise ConfigError(f"{where}: consent.mode = {data['consent']['mode']!r}; kies uit {', '.join(CONSENT_MODES)}")
    if data["images"]["unreadable"] not in UNREADABLE:
        raise ConfigError(f"{where}: images.unreadable = {data['images']['unreadable']!r}; kies uit {', '.join(UNREADABLE)}")
    if data["text"]["model"] not in TEXT_MODELS:
        raise ConfigError(f"{where}: text.model = {data['text']['model']!r}; kies uit {', '.join(TEXT_MODELS)}")
    if data["text"]["model"] == "nl_core_news_sm" and importlib.util.find_spec("nl_core_news_sm") is None:
        raise ConfigError(f"{where}: text.model = \"nl_core_news_sm\", maar dat taalmodel is niet geïnstalleerd op "
                          "deze computer; installeer het, of zet text.model = \"auto\" (het taalmodel waar het "
                          "er is, anders de Nederlandse namen- en plaatsenlijsten)")
    for section, key in REGEX_SETTINGS:
        for pattern in data[section][key]:
            try:
                re.compile(pattern)
            except (re.error, RecursionError, OverflowError) as exc:
                reason = getattr(exc, "msg", None) or "te ingewikkeld"
                raise ConfigError(f"{where}: {section}.{key}: {pattern!r} is geen geldige reguliere expressie "
                                  f"({reason})") from None
    for section, key in CHANNEL_LISTS:
        for channel in data[section][key]:
            if channel not in CHANNELS:
                raise ConfigError(f"{where}: {section}.{key}: onbekend kanaal {channel!r}; kies uit: {', '.join(CHANNELS)}")
    from screener.school_hours import parse_school_hours  # small: no rules are loaded for it

    parse_school_hours(data["policy"]["school_hours"], f"{where}: policy.school_hours")
    for section, key in (("scan", "jobs"), ("scan", "cache_days"), ("images", "max_megapixels")):
        if data[section][key] < 0:
            raise ConfigError(f"{where}: {section}.{key} = {data[section][key]!r}; dat mag niet negatief zijn")


def from_dict(user: dict, source: Path | None = None) -> Config:
    where = str(source) if source else "configuratie"
    data = _check(user, DEFAULTS, where, "")
    _validate_values(data, where)
    return Config(data=data, source=source)


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: geen geldige TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: is geen UTF-8-tekst (onleesbaar teken op positie {exc.start}); sla het bestand "
                          "op als UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: kan het bestand niet lezen ({exc.strerror})") from None


def find_config(start: Path) -> Path | None:
    """The nearest screener.toml, or pyproject.toml with [tool.screener], from start upwards."""
    for folder in [start, *start.parents]:
        candidate = folder / CONFIG_FILE
        if _is_file(candidate):
            return candidate
        pyproject = folder / "pyproject.toml"
        if _is_file(pyproject):
            try:
                if "screener" in _read_toml(pyproject).get("tool", {}):
                    return pyproject
            except ConfigError:
                pass
        if _exists(folder / ".git"):
            break
    return None


def _is_file(path: Path) -> bool:
    """A folder without search permission hides what is in it: no configuration there (its files
    cannot be read either, and are reported as such when screened)."""
    try:
        return path.is_file()
    except OSError:
        return False


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


class Nearest:
    """The configuration nearest above each file, as ruff finds it: the same post gets the same
    settings from any current folder. Each configuration file is read once per run."""

    def __init__(self) -> None:
        self._by_folder: dict[Path, Path | None] = {}
        self._by_file: dict[Path | None, Config] = {}

    def __call__(self, path: Path) -> Config:
        folder = Path.cwd() / path
        try:
            is_folder = folder.is_dir()
        except OSError:  # inside a folder without search permission: its files are reported as unreadable
            is_folder = False
        if not is_folder:
            folder = folder.parent
        if folder not in self._by_folder:
            self._by_folder[folder] = find_config(folder.resolve())
        source = self._by_folder[folder]
        if source not in self._by_file:
            self._by_file[source] = load(source) if source else from_dict({})
        return self._by_file[source]


def load(path: Path | None = None, start: Path | None = None) -> Config:
    """Load the configuration from `path`, or the nearest one from `start` (default: cwd)."""
    if path is None:
        path = find_config((start or Path.cwd()).resolve())
        if path is None:
            config = from_dict({})
            config.fingerprint_key  # see below
            return config
    elif not path.is_file():
        raise ConfigError(f"{path}: configuratiebestand bestaat niet")
    raw = _read_toml(path)
    if path.name == "pyproject.toml":
        raw = raw.get("tool", {}).get("screener", {})
    config = from_dict(raw, source=path.resolve())
    config.fingerprint_key  # a key that cannot be read is a configuration error now, not a failed file later
    return config
