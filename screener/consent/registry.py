"""The consent list: who may appear in which channel, kept up to date by school staff.

Two formats, documented with examples in samples/toestemming.csv and samples/toestemming.yaml:

CSV (opens in Excel; `;` or `,` between columns, one person a row)::

    id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot;fotos
    p-014;Sanne de Vries|Sanne;leerling;5b;ja;nee;ja;ja;2025-08-01;2026-07-31;referentie/p-014.jpg

YAML::

    personen:
      - id: p-014
        namen: [Sanne de Vries, Sanne]
        rol: leerling
        groep: 5b
        toestemming: {website: ja, schoolaccount: nee, nieuwsbrief: ja, schoolapp: ja}
        geldig_van: 2025-08-01
        geldig_tot: 2026-07-31
        fotos: [referentie/p-014.jpg]

A channel without a column or key means: no consent. `load()` never stops at the first problem:
it returns every person it could read and a list of `Problem`s with the row they are on.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from screener.config import CHANNEL_ALIASES, CHANNELS, ConfigError, channel_label, normalise_role

PERSON_ROLES = ("leerling", "medewerker", "ouder")
YES = {"ja", "j", "yes", "y", "x", "1", "true", "waar", "toestemming"}
NO = {"nee", "n", "no", "0", "false", "onwaar", "", "-"}
LIST_SEPARATOR = "|"  # between several names or photos in one CSV cell

_FIELDS = {
    "id": ("id", "persoon", "nummer"),
    "namen": ("namen", "naam", "names", "name"),
    "rol": ("rol", "role"),
    "groep": ("groep", "klas", "group"),
    "geldig_van": ("geldig_van", "van", "valid_from"),
    "geldig_tot": ("geldig_tot", "tot", "valid_until"),
    "fotos": ("fotos", "foto's", "foto", "photos", "referentiefotos"),
    "toestemming": ("toestemming", "consent", "kanalen"),
    "opmerking": ("opmerking", "opmerkingen", "notes"),
}
_FIELD_OF = {alias: name for name, aliases in _FIELDS.items() for alias in aliases}


@dataclass(frozen=True)
class Problem:
    where: str  # "toestemming.csv:4" or "toestemming.yaml: persoon 3 (p-014)"
    message: str  # Dutch
    error: bool = True  # False: a warning (e.g. consent expired), the list itself is usable

    def __str__(self) -> str:
        label = "fout" if self.error else "waarschuwing"
        return f"{self.where}: {label}: {self.message}"


@dataclass(frozen=True)
class Person:
    id: str
    names: tuple[str, ...]
    role: str  # leerling | medewerker | ouder
    group: str = ""
    channels: frozenset[str] = frozenset()  # channels with written consent
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    photos: tuple[Path, ...] = ()  # reference photos, resolved against the list's folder
    where: str = ""

    def consent_for(self, channel: str, on: dt.date | None = None) -> bool:
        return not self.refusal(channel, on)

    def refusal(self, channel: str, on: dt.date | None = None) -> str:
        """Why this person may not appear in `channel` (Dutch), or '' when they may."""
        on = on or dt.date.today()
        if channel not in self.channels:
            return f"geen toestemming voor {channel_label(channel)}"
        if self.valid_from and on < self.valid_from:
            return f"toestemming geldt pas vanaf {self.valid_from.isoformat()}"
        if self.valid_until and on > self.valid_until:
            return f"toestemming is verlopen op {self.valid_until.isoformat()}"
        return ""

    @property
    def label(self) -> str:
        """How a report names this person: the id, never the name (reports are shared)."""
        return self.id


@dataclass
class ConsentList:
    path: Path
    people: list[Person] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    _indexed: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]

    def find(self, name_or_id: str) -> list[Person]:
        """Everyone known by this id or name (case and spacing ignored); several when a first name is shared.
        A dictionary look-up: a post with 150 names against a list of 100,000 people takes milliseconds."""
        key = normalise_name(name_or_id)
        by_id, by_name, _ = self._index()
        return list(by_id.get(key) or by_name.get(key, ()))

    def by_id(self, person_id: str) -> Person | None:
        return self._index()[2].get(person_id)

    def _index(self) -> tuple[dict[str, list[Person]], dict[str, list[Person]], dict[str, Person]]:
        """(normalised id -> people, normalised name -> people, id -> person), made again when the list grew."""
        if self._indexed is None or self._indexed[0] != len(self.people):
            by_norm_id: dict[str, list[Person]] = {}
            by_name: dict[str, list[Person]] = {}
            by_id: dict[str, Person] = {}
            for person in self.people:
                by_norm_id.setdefault(normalise_name(person.id), []).append(person)
                by_id.setdefault(person.id, person)
                for name in {normalise_name(n) for n in person.names}:
                    by_name.setdefault(name, []).append(person)
            self._indexed = (len(self.people), (by_norm_id, by_name, by_id))
        return self._indexed[1]


def normalise_name(value: str) -> str:
    return " ".join(value.replace("\u00a0", " ").split()).casefold()


def load(path: Path, today: dt.date | None = None) -> ConsentList:
    """Read a consent list. Raises ConfigError only when the file cannot be read at all."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(f"{path}: toestemmingslijst bestaat niet") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: toestemmingslijst is geen UTF-8-tekst; sla hem op als 'CSV UTF-8'") from None
    except OSError as exc:
        raise ConfigError(f"{path}: kan de toestemmingslijst niet lezen ({exc.strerror})") from None
    if path.suffix.lower() in (".yaml", ".yml"):
        records = _yaml_records(raw, path)
    elif path.suffix.lower() in (".csv", ".txt"):
        records = _csv_records(raw, path)
    else:
        raise ConfigError(f"{path}: onbekend formaat voor een toestemmingslijst; gebruik .csv of .yaml")
    result = ConsentList(path=path)
    seen: dict[str, str] = {}
    for where, record in records:
        person = _person(record, where, path.parent, result.problems, today or dt.date.today())
        if person is None:
            continue
        if person.id in seen:
            result.problems.append(Problem(person.where, f"id {person.id!r} komt dubbel voor (ook op {seen[person.id]})"))
            continue
        seen[person.id] = where
        result.people.append(person)
    return result


def _csv_records(raw: str, path: Path) -> list[tuple[str, dict]]:
    first = raw.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(raw), delimiter=delimiter)
    rows = list(reader)
    if not rows:
        raise ConfigError(f"{path}: toestemmingslijst is leeg")
    header = [h.strip().lower() for h in rows[0]]
    records = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        record: dict = {"toestemming": {}}
        for name, cell in zip(header, row):
            cell = cell.strip()
            field_name = _FIELD_OF.get(name)
            if field_name in ("namen", "fotos"):
                record[field_name] = [v.strip() for v in cell.split(LIST_SEPARATOR) if v.strip()]
            elif field_name:
                record[field_name] = cell
            elif name:
                record["toestemming"][name] = cell
        records.append((f"{path.name}:{number}", record))
    return records


def _yaml_records(raw: str, path: Path) -> list[tuple[str, dict]]:
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{at}: geen geldige YAML ({getattr(exc, 'problem', exc)})") from None
    if isinstance(data, dict):
        data = data.get("personen", data.get("people"))
    if not isinstance(data, list):
        raise ConfigError(f"{path}: verwacht een lijst 'personen:' met per persoon id, namen, rol en toestemming")
    records = []
    for number, item in enumerate(data, start=1):
        where = f"{path.name}: persoon {number}"
        if not isinstance(item, dict):
            records.append((where, {}))
            continue
        record: dict = {"toestemming": {}}
        for key, value in item.items():
            name = str(key).strip().lower()
            field_name = _FIELD_OF.get(name)
            if field_name == "toestemming":
                if isinstance(value, dict):
                    record["toestemming"].update({str(k).lower(): v for k, v in value.items()})
                elif isinstance(value, list):  # toestemming: [website, nieuwsbrief]
                    record["toestemming"].update({str(v).lower(): True for v in value})
                else:
                    record["toestemming"]["?"] = value
            elif field_name:
                record[field_name] = value
            else:
                record["toestemming"][name] = value
        records.append((where, record))
    return records


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split(LIST_SEPARATOR) if v.strip()]


def _date(value, where: str, key: str, problems: list[Problem]) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    problems.append(Problem(where, f"{key} {text!r} is geen datum; schrijf bv. 2025-08-01 of 01-08-2025"))
    return None


def _consent_value(value, where: str, channel: str, problems: list[Problem]) -> bool:
    if isinstance(value, bool):
        return value
    text = "" if value is None else str(value).strip().lower()
    if text in YES:
        return True
    if text not in NO:
        problems.append(Problem(where, f"toestemming voor {channel} is {value!r}; schrijf ja of nee (leeg = nee)"))
    return False


def _person(record: dict, where: str, base: Path, problems: list[Problem], today: dt.date) -> Person | None:
    person_id = str(record.get("id") or "").strip()
    if not person_id:
        problems.append(Problem(where, "id ontbreekt (bv. p-014); elke persoon heeft een eigen id"))
        return None
    where = f"{where} ({person_id})"
    names = _as_list(record.get("namen"))
    if not names:
        problems.append(Problem(where, "namen ontbreken: vul de namen in zoals die in berichten staan"))
    role = str(record.get("rol") or "").strip()
    try:
        role = normalise_role(role) if role else ""
    except ConfigError:
        pass
    if role not in PERSON_ROLES:
        problems.append(Problem(where, f"rol {record.get('rol')!r} is onbekend; kies uit {', '.join(PERSON_ROLES)}"))
    channels = set()
    for raw_channel, value in record.get("toestemming", {}).items():
        channel = CHANNEL_ALIASES.get(raw_channel, raw_channel)
        if channel not in CHANNELS:
            problems.append(Problem(where, f"onbekend kanaal {raw_channel!r}; kies uit {', '.join(CHANNELS)}"))
            continue
        if _consent_value(value, where, channel, problems):
            channels.add(channel)
    valid_from = _date(record.get("geldig_van"), where, "geldig_van", problems)
    valid_until = _date(record.get("geldig_tot"), where, "geldig_tot", problems)
    if valid_from and valid_until and valid_until < valid_from:
        problems.append(Problem(where, "geldig_tot ligt vóór geldig_van"))
    if valid_until and valid_until < today and channels:
        problems.append(Problem(where, f"toestemming is verlopen op {valid_until.isoformat()}; vraag opnieuw "
                                       "toestemming of zet de kanalen op nee", error=False))
    photos = []
    for photo in _as_list(record.get("fotos")):
        resolved = (base / photo) if not Path(photo).is_absolute() else Path(photo)
        if not _inside(resolved, base):
            problems.append(Problem(where, f"referentiefoto {photo!r} ligt buiten de map van de toestemmingslijst "
                                           f"({base}); zet de referentiefoto's in die map of een submap ervan"))
            continue
        if not resolved.is_file():
            problems.append(Problem(where, f"referentiefoto {photo!r} bestaat niet (gezocht in {base})"))
            continue
        photos.append(resolved)
    return Person(id=person_id, names=tuple(names), role=role, group=str(record.get("groep") or "").strip(),
                  channels=frozenset(channels), valid_from=valid_from, valid_until=valid_until,
                  photos=tuple(photos), where=where)


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path` (links followed) lies inside `folder`: a reference photo is never read from elsewhere."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
