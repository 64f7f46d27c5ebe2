"""Initials that stand for people in minutes: "Aanwezig: JdV, M.B., KvdH (notulist), PB", "Afwezig met
kennisgeving: S.T.", "actie: PB".

Minutes name the people at a meeting by their initials, and the initials are as much a name as the
name itself to everyone who knows the school. The attendee lines ("Aanwezig:", "Afwezig:",
"Verhinderd:", "Notulist:", "Voorzitter:") and action lines ("actie: PB", "actiehouder: TK") say
which initials stand for people; those initials are then found wherever they stand in the same draft
("M.B. vraagt naar de post ICT", "| flyer | TK | 10 april |"). An attendee named in full stands for
the initials of that name too: "Aanwezig: Gert-Jan Hulshof, Esra Güneş" makes "GJH" and "EG" in the
action list those two ("| GJH | jaarverslag |", "Actiepunt: EG."). Initials are two or three capitals,
with dots or not, with a particle's small letters between them (JdV, KvdH, L.v.D., EvB, S. de W.).
Bodies that look the same are no people: CvB, RvT, MR, GMR, OR, IB, ICT, TSO, BSO.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

ENTITY = "A2-NAAM"
SCORE = 0.7
PARTICLE = r"(?:v|d|vd|vdr|van|de|der|den|ter|te|t|'t|el)\.?"
INITIALS = re.compile(rf"[A-Z]\.?(?: ?{PARTICLE})*(?: ?[A-Z]\.?){{1,2}}")
# a label of who was there or who does what: "Aanwezig: ...", "Afwezig met kennisgeving: ...", "actie: PB"; at the
# start of a line, or capitalised after a wrapped line ("... (namens het team) Afwezig: EvB")
PEOPLE_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:aanwezig(?:en)?|afwezig(?:en)?|afwezig met kennisgeving|met kennisgeving afwezig|"
    r"verhinderd|afgemeld|afmeldingen|notulist|voorzitter|secretaris|deelnemers|genodigden|gasten?|"
    r"present|absent|apologies|actie(?:houder|s)?|wie)\b[^:\n]{0,20}:[ \t]*")
ITEM_SEPARATOR = re.compile(r"\s*(?:[,;/]|\ben\b|&|\+)\s*")
ROLE_IN_BRACKETS = re.compile(r"\s*\([^)]*\)")
# bodies and abbreviations that are shaped like initials
NOT_PEOPLE = {"CvB", "RvT", "RvB", "RvC", "MR", "GMR", "OR", "OC", "IB", "ICT", "TSO", "BSO", "NSO", "KDV", "PSZ", "OK",
              "NB", "PS", "AVG", "HR", "PO", "VO", "SO", "BHV", "OPP", "IKC", "OBS", "CBS", "KBS", "RK", "PR", "PC",
              "TV", "CJG", "GGD", "SWV", "VVE", "NT", "UK", "EU", "NL", "BV", "NV", "KvK", "WC", "AED", "ID", "IQ"}

# of those, the ones that name no body or role of a school's minutes: the initials of an attendee named in full
# ("Aanwezig: Nadia Tahiri" makes "NT zoekt het uit" hers; a lone "NT" stays an abbreviation; NT2 is never matched)
NOT_BODIES = {"NT", "UK", "EU", "TV", "ID", "IQ", "WC"}


def _people_lists(draft: str) -> list[str]:
    """What follows each attendee or action label of a draft, up to the next label or the line's end."""
    labels = [m for m in PEOPLE_LABEL.finditer(draft)
              if m.group()[0].isupper() or not draft[draft.rfind("\n", 0, m.start()) + 1 : m.start()].strip(" \t*•-")]
    lists = []
    for label, following in zip(labels, labels[1:] + [None]):
        line_end = draft.find("\n", label.end())
        end = len(draft) if line_end < 0 else line_end
        while line_end >= 0 and draft[label.end():end].rstrip().endswith(","):  # "Tromp,\nSaskia, ...": one list
            line_end = draft.find("\n", end + 1)
            end = len(draft) if line_end < 0 else line_end
        if following is not None and following.start() < end:
            end = following.start()
        lists.append(draft[label.end() : end])
    return lists


# a full name on an attendee line: capitalised words (a hyphenated first name too), particles between them
FULL_NAME = re.compile(r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)*(?: (?:(?:van|de|der|den|ter|ten|te|el|'t) )*"
                       r"[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)*)+")
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "el", "'t"}


def _initials_of(name: str) -> set[str]:
    """The ways a full name is written as initials: "Gert-Jan Hulshof" GJH and GH, "Sharon van Wijk" SW and
    SvW; empty for a word that is no name of two words or more in capitals ("juf Liesbeth", "namens het team")."""
    words = name.split()
    if len(words) < 2 or not all(w[0].isupper() or w in PARTICLES for w in words) or words[-1] in PARTICLES:
        return set()
    capitals = ["".join(part[0] for part in w.split("-")) for w in words if w not in PARTICLES]
    particles = "".join(w[0] for w in words if w in PARTICLES)
    found = {"".join(capitals), capitals[0][0] + "".join(capitals[1:])}
    if particles:
        found.add(capitals[0][0] + particles + "".join(capitals[1:]))
    return {f for f in found if 2 <= len(f) <= 4 and (f.rstrip(".") not in NOT_PEOPLE or f in NOT_BODIES)}


def _people_initials(draft: str) -> set[str]:
    """The initials the attendee and action lines of a draft name, and those of the full names on them."""
    found = set()
    for people in _people_lists(draft):
        for item in ITEM_SEPARATOR.split(ROLE_IN_BRACKETS.sub("", people)):
            words = item.split(" – ")[0].split(" - ")[0].strip().rstrip(":").strip()
            full = FULL_NAME.fullmatch(words.strip("*_ "))
            if full is not None:
                found |= _initials_of(full.group())  # "Gert-Jan Hulshof (voorzitter)": GJH, GH
            head = INITIALS.match(words)
            if head is None:
                continue
            rest = words[head.end():]
            value = head.group().strip()
            if (not rest or not rest[0].isalnum()) and len(value) > 1 and value.rstrip(".") not in NOT_PEOPLE:
                found.add(value)  # "PB", "L.v.D.", or "PB – offerte opvragen": the initials open the item
    return found


class NlInitialsInMinutesRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], name="NlInitialsInMinutesRecognizer", supported_language="nl")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001 - presidio's signature
        if ENTITY not in entities or ":" not in text:
            return []
        results, offset = [], 0
        for draft in text.split("\x00"):  # short drafts are screened joined (analyzer.SEPARATOR)
            initials = _people_initials(draft)
            for value in sorted(initials, key=len, reverse=True):
                for match in re.finditer(rf"(?<![\w.]){re.escape(value)}(?![\w])", draft):
                    start = offset + match.start()
                    if any(r.start < start + len(value) and start < r.end for r in results):
                        continue
                    results.append(RecognizerResult(
                        entity_type=ENTITY, start=start, end=start + len(value), score=SCORE,
                        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
            offset += len(draft) + 1
        return results
