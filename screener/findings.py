"""The one type every stage emits: a `Finding`, with its severity and a masked excerpt.

A report is itself shared (in a CI log, a mail to a colleague), so a finding never carries
the raw value it found: only `mask(value)` and, for baselines, a keyed hash (`fingerprint`).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"onbekende ernst {name!r} (kies uit error, warning, info)") from None

    @property
    def label(self) -> str:
        return self.name.lower()

    @property
    def dutch(self) -> str:
        return {Severity.INFO: "info", Severity.WARNING: "waarschuwing", Severity.ERROR: "fout"}[self]


@dataclass(frozen=True)
class Box:
    """A region in an image, in pixels of the image as displayed (EXIF orientation applied)."""

    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True)
class Finding:
    rule: str  # stable rule id, e.g. "A2-NAAM"; see screener.catalog
    severity: Severity
    path: str
    line: int  # 1-based; 0 when the finding concerns the whole file
    col: int  # 1-based, in characters (Unicode code points)
    message: str  # Dutch: what is wrong and what to change
    excerpt: str = ""  # masked, never the raw value
    end_line: int = 0
    end_col: int = 0
    box: Box | None = None  # for faces and other image regions
    fingerprint: str = ""  # HMAC of rule + value with the organisation's key; "" without a key
    protocol: tuple[str, ...] = ()  # protocol articles, e.g. ("A2", "D1")
    avg: str = ""  # AVG (GDPR) article, e.g. "art. 4 lid 1 AVG"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def location(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.col}"
        return self.path

    def to_dict(self) -> dict:
        """Plain JSON-ready data. Written out field by field: `dataclasses.asdict` deep-copies and
        took a tenth of a scan's serial time."""
        box = self.box
        return {"rule": self.rule, "severity": self.severity.label, "path": self.path, "line": self.line,
                "col": self.col, "message": self.message, "excerpt": self.excerpt, "end_line": self.end_line,
                "end_col": self.end_col,
                "box": None if box is None else {"x": box.x, "y": box.y, "width": box.width, "height": box.height},
                "fingerprint": self.fingerprint, "protocol": list(self.protocol), "avg": self.avg,
                "extra": dict(self.extra)}


# a word with the accents typed as marks of their own ("Anai\u0308s"): a mark never ends a word, so no letter after
# it shows
_WORD = re.compile(r"(?:\w|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])+", re.UNICODE)
_DIGIT = re.compile(r"\d")
# Characters a reader does not see but a pattern does: zero-width spaces and joiners, the soft
# hyphen, the word joiner, invisible operators, bidirectional marks, variation selectors, the BOM,
# Hangul fillers. One of them inside a name or a BSN ('111\u200b222333') would hide it from the text
# stage, which screens the text without them; a mask drops them.
INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e"
                       "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")


def mask(value: str) -> str:
    """A value as a report may show it: 'Jan de Vries' -> 'J** d* V****', '123456782' -> '*********'.

    A name keeps the first character of every word. A value with a digit in it (BSN, IBAN, phone,
    postcode, licence plate, pupil number) keeps nothing but its shape: every letter and digit is
    starred, punctuation and spacing stay ('**-********', '**** **'). Invisible characters
    (a zero-width space inside a name) are dropped first, so they never start a word, and a line
    break or run of spaces inside a value ("van\nBussink", wrapped) is one space. Accents typed as marks
    of their own ("Anai\u0308s") are joined to their letter first and starred with it: no mark and no letter
    after it shows.
    """
    value = unicodedata.normalize("NFC", re.sub(r"\s+", " ", INVISIBLE.sub("", value)))
    if _DIGIT.search(value):
        return _WORD.sub(lambda m: "*" * len(m.group(0)), value)
    return _WORD.sub(lambda m: m.group(0)[0] + "*" * (len(m.group(0)) - 1), value)


def fingerprint(rule: str, value: str, key) -> str:
    """A keyed hash (HMAC-SHA256, `fingerprint_key.Key`) of a finding's value: lets a value be
    recognised by whoever holds the key, and read by no one. "" without a key: a plain hash of a
    BSN or a phone number is reversed in seconds by trying every number."""
    if key is None:
        return ""
    normal = " ".join(value.lower().split())
    return key.digest(f"{rule}\x00{normal}")


def sort_key(finding: Finding) -> tuple:
    return (finding.path, finding.line, finding.col, finding.rule)
