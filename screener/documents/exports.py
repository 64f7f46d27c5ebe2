"""Calendar and contact exports: iCalendar (.ics, RFC 5545) and vCard (.vcf, RFC 6350, also 2.1 and 3.0),
as a file of their own or pasted into a plain-text post.

Read by the content-line grammar (`NAME;PARAM=value;...:value`, folded lines unfolded), so that what
people wrote or are named by is screened, each piece at its own line and column in the file, and what
a program wrote is not:
- **Screened**: the texts (SUMMARY, DESCRIPTION, LOCATION, COMMENT, a vCard's NOTE ...), the people
  (ORGANIZER and ATTENDEE with their `CN=` name and `mailto:` address, a vCard's FN, N, TEL, EMAIL,
  ADR, BDAY ...), every property this reader does not know, and a photo in a vCard (PHOTO, in base64:
  screened as a photo in the post; on a web address: reported, never fetched).
- **Left out**: property names and parameters (ROLE=, PARTSTAT=, TYPE= ...), event and card ids (UID:
  `20270209T150000-gr7-01@school.nl` is shaped like an address but is no one's), time stamps, time
  zones, recurrence rules and status values.
Each property becomes a line of the screened text under a Dutch label ("Deelnemer: Marloes Hendriks
<m.hendriks@...>", "Geboortedatum: 1988-05-19"), so the recognizers read it as the form it is; escapes
(`\\,`, `\\n`) are read as the characters they stand for. The organiser's line, and the calendar's own
name, are the export's sender (`Document.senders`): a staff member's own invitation from a work address
is info, as an e-mail's `Van:` line is (see the pipeline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from screener.documents.model import Document, DocumentError, ImageRef, Sender, TextBuilder

CALENDAR_SUFFIXES = {".ics", ".ical"}
CARD_SUFFIXES = {".vcf", ".vcard"}
SUFFIXES = CALENDAR_SUFFIXES | CARD_SUFFIXES

# where an export starts in a text, and the component that closes it
BEGIN = re.compile(r"^[ \t]*BEGIN:(VCALENDAR|VCARD|VEVENT|VTODO|VJOURNAL)[ \t]*$", re.IGNORECASE | re.MULTILINE)
# properties a program writes: ids, times, rules, states (never a person's words)
MACHINE = frozenset("""
    BEGIN END VERSION PRODID CALSCALE METHOD UID DTSTAMP DTSTART DTEND DUE DURATION CREATED LAST-MODIFIED
    SEQUENCE STATUS TRANSP CLASS PRIORITY RRULE RDATE EXDATE EXRULE RECURRENCE-ID TZID TZNAME TZOFFSETFROM
    TZOFFSETTO TZURL TRIGGER ACTION REPEAT GEO FREEBUSY COMPLETED PERCENT-COMPLETE REQUEST-STATUS
    KIND REV SORT-STRING CLIENTPIDMAP KEY TZ LANG GENDER MAILER SOURCE NAME PROFILE XML
    X-WR-TIMEZONE X-WR-RELCALID X-LIC-LOCATION X-PUBLISHED-TTL X-ABUID X-ABSHOWAS X-ABLABEL X-ANDROID-CUSTOM
""".split())
MACHINE_PREFIXES = ("X-MICROSOFT-", "X-MS-", "X-GOOGLE-", "X-APPLE-", "X-MOZ-", "X-EVOLUTION-", "X-OUTLOOK-",
                    "X-ALT-DESC-FMT")
LABELS = {
    # iCalendar
    "SUMMARY": "Onderwerp", "DESCRIPTION": "Beschrijving", "LOCATION": "Locatie", "COMMENT": "Opmerking",
    "CONTACT": "Contact", "CATEGORIES": "Categorie", "RESOURCES": "Middelen", "X-WR-CALNAME": "Agenda",
    "X-WR-CALDESC": "Beschrijving", "X-ALT-DESC": "Beschrijving", "ATTENDEE": "Deelnemer",
    "ORGANIZER": "Organisator", "URL": "Website", "ATTACH": "Bijlage", "RELATED-TO": "Hoort bij",
    # vCard
    "FN": "Naam", "N": "Naam", "NICKNAME": "Roepnaam", "ORG": "Organisatie", "TITLE": "Functie", "ROLE": "Rol",
    "TEL": "Telefoon", "EMAIL": "E-mail", "ADR": "Adres", "LABEL": "Adres", "NOTE": "Notitie",
    "BDAY": "Geboortedatum", "ANNIVERSARY": "Trouwdag", "IMPP": "Chat", "X-SOCIALPROFILE": "Profiel",
    "RELATED": "Relatie", "MEMBER": "Lid", "CALURI": "Agenda", "FBURL": "Agenda", "CALADRURI": "Agenda",
}
# a vCard of an organisation (RFC 6350 KIND:org, Apple's X-ABShowAs:COMPANY): its name is the organisation's
# and its number its general one (a mobile stays a person's: the phone recognizer's rule)
ORGANISATION_LABELS = {**LABELS, "FN": "Organisatie", "N": "Organisatie", "TEL": "Algemeen nummer"}
PEOPLE = {"ATTENDEE", "ORGANIZER"}  # a name in CN= and an address in the value
SENDERS = {"ORGANIZER"}
STRUCTURED = {"N", "ADR", "ORG"}  # components parted by ";"
PICTURES = {"PHOTO", "LOGO", "ATTACH"}  # ATTACH only in base64: a link to a file is text
URI_PREFIX = re.compile(r"(?:mailto|tel|sip|xmpp|skype|im|urn:uuid|cid):", re.IGNORECASE)
ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", "\\": "\\"}
TAG = re.compile(r"<[^>]*>")


@dataclass
class _Line:
    """One content line, unfolded: its characters and where each stands in the source."""

    chars: str
    at: list[int]


@dataclass
class _Property:
    name: str
    params: list[tuple[str, str, int]]  # (NAME, value, index of the value in the line); "TYPE" for a bare 2.1 one
    value: str
    value_at: int
    line: _Line


def in_file(path: Path, shown: str, source: str, root: Path | None = None) -> Document:
    """An .ics or .vcf file. Raises DocumentError naming the file when it holds no export."""
    if source.strip() and BEGIN.search(source) is None:
        kind = "agenda-export (iCalendar)" if path.suffix.lower() in CALENDAR_SUFFIXES else "contactkaart (vCard)"
        first = "BEGIN:VCALENDAR" if path.suffix.lower() in CALENDAR_SUFFIXES else "BEGIN:VCARD"
        raise DocumentError(f"{shown}: is geen leesbare {kind}: de regel {first} ontbreekt, dus het bestand is niet "
                            "gecontroleerd. Exporteer het opnieuw uit de agenda of het adresboek, of sla de tekst op "
                            "als .txt")
    return in_text(path, shown, source)


def in_text(path: Path, shown: str, source: str) -> Document:
    """A plain-text post, with every export pasted into it read as one (the rest as written)."""
    builder = TextBuilder()
    senders: list[Sender] = []
    images: list[ImageRef] = []
    at = 0
    for start, end in _blocks(source):
        builder.add(source[at:start], at)
        _render(source, start, end, builder, senders, images)
        at = end
    builder.add(source[at:], at)
    text, offsets = builder.build()
    return Document(path=path, display_path=shown, kind="text", source=source, text=text, offsets=offsets,
                    images=images, senders=senders)


def has_export(source: str) -> bool:
    return BEGIN.search(source) is not None


def _blocks(source: str) -> list[tuple[int, int]]:
    """(start, end) of each export in the text: from a BEGIN line to the END of the same component
    (or the text's end, when it was cut off)."""
    blocks = []
    at = 0
    while True:
        begin = BEGIN.search(source, at)
        if begin is None:
            return blocks
        close = re.compile(rf"^[ \t]*END:{begin.group(1)}[ \t]*$", re.IGNORECASE | re.MULTILINE).search(source, begin.end())
        end = close.end() if close else len(source)
        blocks.append((begin.start(), end))
        at = end


def _lines(source: str, start: int, end: int) -> list[_Line]:
    """The content lines between start and end: a line that opens with a space or tab goes on the line
    before it (folding); a quoted-printable value that ends in "=" goes on on the next line (vCard 2.1)."""
    lines: list[_Line] = []
    offset = start
    for raw in source[start:end].split("\n"):
        if lines and raw[:1] in (" ", "\t"):
            lines[-1].chars += raw[1:]
            lines[-1].at.extend(range(offset + 1, offset + len(raw)))
        elif lines and lines[-1].chars.endswith("=") and "QUOTED-PRINTABLE" in lines[-1].chars.split(":", 1)[0].upper():
            lines[-1].chars = lines[-1].chars[:-1] + raw
            lines[-1].at = lines[-1].at[:-1] + list(range(offset, offset + len(raw)))
        elif raw.strip():
            lines.append(_Line(raw, list(range(offset, offset + len(raw)))))
        offset += len(raw) + 1
    return lines


def _parse(line: _Line) -> _Property | None:
    """NAME;PARAM=value;PARAM="quoted":value, or None for a line that is no content line."""
    text = line.chars
    quoted = False
    cuts = []
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in ";:":
            cuts.append(i)
            if ch == ":":
                break
    if not cuts or text[cuts[-1]] != ":":
        return None
    name = text[: cuts[0]].strip()
    if not re.fullmatch(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?", name):
        return None
    name = name.rsplit(".", 1)[-1].upper()  # "item1.EMAIL" (Apple's groups)
    params = []
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a + 1 : b]
        key, eq, value = piece.partition("=")
        at = a + 1 + len(key) + len(eq)
        if not eq:
            key, value, at = "TYPE", piece, a + 1  # vCard 2.1: "TEL;CELL:"
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value, at = value[1:-1], at + 1
        params.append((key.strip().upper(), value, at))
    return _Property(name, params, text[cuts[-1] + 1 :], cuts[-1] + 1, line)


def _param(prop: _Property, name: str) -> str:
    return next((value for key, value, _ in prop.params if key == name), "")


def _render(source: str, start: int, end: int, builder: TextBuilder, senders: list[Sender],
            images: list[ImageRef]) -> None:
    """The export between start and end as labelled lines of the screened text (see the docstring)."""
    organiser: tuple[str, str] | None = None  # the first organiser's (name, address)
    calendar_names: list[tuple[int, int]] = []
    lines = [(line, _parse(line)) for line in _lines(source, start, end)]
    labels = ORGANISATION_LABELS if any(p is not None and _organisation_card(p) for _, p in lines) else LABELS
    for line, prop in lines:
        if prop is None:
            builder.separate(line.at[0])
            _verbatim(builder, line, 0, len(line.chars))  # no content line: screened as it is written
            continue
        if prop.name in MACHINE or prop.name.startswith(MACHINE_PREFIXES):
            continue
        if prop.name == "SOUND":
            continue  # a recording of how a name sounds: nothing the screener can read
        if prop.name in PICTURES and (_param(prop, "ENCODING").upper() in ("B", "BASE64") or (
                prop.name != "ATTACH" and prop.value.lower().startswith(("data:", "http:", "https:")))):
            _picture(prop, builder, images, source)
            continue
        builder.separate(line.at[0])
        label_at = line.at[0]
        builder.add(labels.get(prop.name, "Veld") + ": ", label_at, verbatim=False)
        first = builder.length
        if prop.name in PEOPLE:
            _person(prop, builder)
        else:
            _value(prop, builder)
        if prop.name in SENDERS:
            name = _param(prop, "CN")
            address = URI_PREFIX.sub("", prop.value, count=1).strip()
            senders.append(Sender(first, builder.length, name, address))
            organiser = organiser or (name, address)
        elif prop.name == "X-WR-CALNAME":
            calendar_names.append((first, builder.length))
    if organiser is not None:  # the calendar's own name names its owner: "Oudergesprekken groep 7 (juf Anouk)"
        senders.extend(Sender(a, b, organiser[0], organiser[1]) for a, b in calendar_names)


def _organisation_card(prop: _Property) -> bool:
    value = prop.value.strip().lower()
    return (prop.name == "KIND" and value in ("org", "group", "location")) or (
        prop.name == "X-ABSHOWAS" and value == "company")


def _person(prop: _Property, builder: TextBuilder) -> None:
    """"Marloes Hendriks <marloes@...>": the CN= name, then the address (and any other address a
    parameter gives: SENT-BY, DELEGATED-TO)."""
    for key, value, at in prop.params:
        if key == "CN" and value.strip():
            _verbatim(builder, prop.line, at, at + len(value))
    addresses = [(prop.value, prop.value_at)] + [(v, a) for k, v, a in prop.params if k != "CN" and
                                                 v.lower().startswith("mailto:")]
    for value, at in addresses:
        scheme = URI_PREFIX.match(value)
        skip = scheme.end() if scheme else 0
        if value[skip:].strip():
            builder.add(" <", prop.line.at[at], verbatim=False)
            _verbatim(builder, prop.line, at + skip, at + len(value))
            builder.add(">", prop.line.at[at + len(value) - 1], verbatim=False)


def _value(prop: _Property, builder: TextBuilder) -> None:
    """A property's value: text with its escapes read, components of N, ADR and ORG parted by commas,
    a quoted-printable value decoded, the HTML of X-ALT-DESC without its tags."""
    line, at, value = prop.line, prop.value_at, prop.value
    if _param(prop, "ENCODING").upper() == "QUOTED-PRINTABLE":
        import quopri  # vCard 2.1 only: not loaded for every post

        charset = _param(prop, "CHARSET") or "utf-8"
        try:
            decoded = quopri.decodestring(value.encode("latin-1", "replace")).decode(charset, "replace")
        except LookupError:
            decoded = quopri.decodestring(value.encode("latin-1", "replace")).decode("utf-8", "replace")
        builder.add(decoded, line.at[at] if at < len(line.at) else line.at[-1], verbatim=False)
        return
    scheme = URI_PREFIX.match(value) if prop.name in ("TEL", "EMAIL", "IMPP", "URL") else None
    if scheme:
        at += scheme.end()
    if prop.name == "X-ALT-DESC":
        pieces, position = [], at
        for tag in TAG.finditer(line.chars, at):
            pieces.append((position, tag.start()))
            position = tag.end()
        pieces.append((position, len(line.chars)))
        for a, b in pieces:
            _text(builder, line, a, b)
            builder.add(" ", line.at[min(b, len(line.at) - 1)], verbatim=False)
        return
    _text(builder, line, at, len(line.chars), structured=prop.name in STRUCTURED)


def _text(builder: TextBuilder, line: _Line, start: int, end: int, structured: bool = False) -> None:
    """line.chars[start:end] with its escapes read; a structured value's components ("N:Ramdin;Priya;;;")
    parted by commas, its empty ones left out."""
    wrote = False
    for a, b in _components(line.chars, start, end) if structured else [(start, end)]:
        if not line.chars[a:b].strip():
            continue
        if wrote:
            builder.add(", ", line.at[a], verbatim=False)
        piece = i = a
        while i < b:
            if line.chars[i] == "\\" and i + 1 < b:
                _verbatim(builder, line, piece, i)
                builder.add(ESCAPES.get(line.chars[i + 1], line.chars[i + 1]), line.at[i], verbatim=False)
                piece = i = i + 2
                continue
            i += 1
        _verbatim(builder, line, piece, b)
        wrote = True


def _components(chars: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each component between start and end: parted by a ";" that is not escaped."""
    parts, piece, i = [], start, start
    while i < end:
        if chars[i] == "\\":
            i += 2
            continue
        if chars[i] == ";":
            parts.append((piece, i))
            piece = i + 1
        i += 1
    return parts + [(piece, end)]


def _verbatim(builder: TextBuilder, line: _Line, start: int, end: int) -> None:
    """line.chars[start:end] as written: each run that stands together in the source is one piece."""
    run = start
    for i in range(start + 1, end + 1):
        if i == end or line.at[i] != line.at[i - 1] + 1:
            builder.add(line.chars[run:i], line.at[run])
            run = i


def _picture(prop: _Property, builder: TextBuilder, images: list[ImageRef], source: str) -> None:
    """A photo in the export: in base64 screened in memory; on a web address reported, never fetched."""
    import base64
    import binascii

    at = prop.line.at[0]
    line = source.count("\n", 0, at) + 1
    col = at - (source.rfind("\n", 0, at) + 1) + 1
    value = prop.value.strip()
    if value.lower().startswith(("http:", "https:")):
        images.append(ImageRef(src=value, path=None, line=line, col=col, kind="remote"))
        return
    if value.lower().startswith("data:"):
        value = value.split(",", 1)[-1]
    try:
        data = base64.b64decode(re.sub(r"\s", "", value), validate=True)
    except (binascii.Error, ValueError):
        data = b""  # the photo stage says it could not read it
    images.append(ImageRef(src=f"{prop.name} in de export", path=None, line=line, col=col, kind="embedded",
                           data=data))
