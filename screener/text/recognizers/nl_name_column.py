"""Names in a table column of names: the cells under "Naam", "Voornaam", "Achternaam", "Leerling",
"Ouder(s)", "Begeleider", "Gespeeld door", "Gezin" (a rota's families, by surname) in a Markdown or HTML table, a table typed with tabs or lined up with
spaces, or a CSV export ("leerlingnummer;achternaam;voornaam;geboortedatum"); each name of a cell that names
several ("Mark en Sabine", "Merel (1 juli) / Bram (2 juli)").

A handover list or a class list names its pupils one to a cell, without the sentence around a name
that the name stage reads ("de moeder van Xyla", "Xyla uit groep 5"); the column's header says it. A
cell counts when it is written as a name (capitalised words, particles between them: "Sem Veldkamp",
"Fatima el Idrissi", "Bo"; or typed in lower case, every word a name a list knows, an initial or a
particle: "j. de vries-lamberts"), not when it is an ordinary word that no first-name list knows ("Totaal",
"Geen") nor an abbreviation in capitals ("MR", "IB").
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from screener.text import lexicons, vocabulary
from screener.text.recognizers import table_column

ENTITY = "A2-NAAM"
SCORE = 0.7
# the people a column names: "Leerling", "Naam kind", "Naam ouder/verzorger", "Contactpersoon", "Parent/guardian"
PEOPLE = (r"leerling(?:en)?|kind(?:eren)?|ouders?|ouder\(s\)|verzorgers?|ouder ?/ ?verzorger|begeleiders?|"
          r"contactpersoon|contact|hulpouders?|deelnemers?|moeder|vader|student|pupil|child|parents?|guardian|"
          r"parent ?/ ?guardian")
NAME_HEADER = re.compile(rf"^(?:(?:voor|achter|roep|familie)?naam|namen|voornamen|(?:first|last|full) name|surname|name|"
                         rf"gezin|gezinnen|familie|families|"
                         rf"gespeeld door|speler|spelers|"
                         rf"(?:naam|name) (?:van (?:het |de )?)?(?:{PEOPLE})|(?:{PEOPLE})(?: ?naam| name)?)\s*:?$",
                         re.IGNORECASE)
# a column of families in a rota or a photographer's schedule ("Dinsdag | Jansen", "14.30  Hofman") holds surnames too
SURNAME_HEADER = re.compile(r"^(?:achternaam|familienaam|last name|surname|gezin|gezinnen|familie|families)\s*:?$",
                            re.IGNORECASE)
# what a table of people holds beside their names: "| Naam | Groep | Rol |", not "| Naam | Aantal | Staat |"
ABOUT_PEOPLE = re.compile(r"\b(?:groep|klas|class|group|rol|functie|tel|telefoon|mobiel|phone|e-?mail|geb|"
                          r"geboortedatum|leeftijd|adres|allergie|ouders?|verzorgers?|relatie|parent|bijzonderheden)\b",
                          re.IGNORECASE)
CELL_NAME = re.compile(r"(?:(?:[a-z]{1,3}|'t) )?[A-ZÀ-ÝĀ-Ž][\w'’-]*(?: (?:(?:[a-z]{1,3}|'t) )*[A-ZÀ-ÝĀ-Ž][\w'’-]*){0,3}")
MAX_CELL = 50


def _cells(text: str):  # noqa: ANN202 - a generator of (start, end)
    """Candidate cells: the cells of the lines `table_column.line_cells` reads as rows of a table, and
    short lines alone between blank lines (an HTML table's cells)."""
    pos = 0
    for line in text.split("\n"):
        cells = table_column.line_cells(line)
        if cells:
            for start, end in cells:
                yield pos + start, pos + end
        elif 0 < len(line) <= MAX_CELL and text.startswith("\n\n", max(0, pos - 2)):
            yield pos, pos + len(line)
        pos += len(line) + 1


# what parts the names of one cell: "Mark en Sabine", "Hanna, Jamila", "Ton & Ria" (not a slash: "Postcode/plaats:")
CELL_JOINERS = re.compile(r"\s*(?:,|&|\s/\s|\s(?:en|of)\s)\s*")
AFTER_NAME = re.compile(r"\s*\([^()\n]{1,30}\)\s*$")  # "Merel (1 juli)", "Bo (groep 3)": the name before it


def _entries(text: str):  # noqa: ANN202 - a generator of (start, end)
    """The names of each candidate cell, one at a time: a cell naming two parents ("Mark en Sabine") gives both."""
    for start, end in _cells(text):
        if text[start:end].rstrip().endswith(":"):
            yield start, end  # a form's label: "Naam en adres:"
            continue
        pos = start
        for joiner in CELL_JOINERS.finditer(text, start, end):
            yield _without_bracket(text, pos, joiner.start())
            pos = joiner.end()
        yield _without_bracket(text, pos, end)


def _without_bracket(text: str, start: int, end: int) -> tuple[int, int]:
    after = AFTER_NAME.search(text, start, end)
    return (start, after.start()) if after and after.start() > start else (start, end)


def _surname_column(text: str, at: int) -> bool:
    """Is the value in a column of surnames ("Achternaam"): there a surname that is also a word ("Haar",
    "Graaf", "Kuipers") is one."""
    return table_column.headed(text, at, SURNAME_HEADER)


def holds_people(text: str, at: int) -> bool:
    """Is the value's table one of people: another header says what people have ("Groep", "Telefoon",
    "Rol"), or its column holds a name no word is ("Sem Veldkamp", "Xyla")? Not an inventory whose "Naam"
    column holds "Bank", "Mat", "Touw"."""
    for column in table_column.columns(text, at):
        if any(ABOUT_PEOPLE.search(header) for header in column.headers):
            return True
        if any(CELL_NAME.fullmatch(cell) and (" " in cell or not vocabulary.is_dutch_word(cell))
               for cell in column.cells):
            return True
    return False


def outside_names(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole cell of a typed or exported table that holds no name: a cell of its
    header row ("First name,Last name,Class,Notes"), or a value under a header that names no people
    ("Leverancier": "Baert")? A header row is the first of a block of rows parted the same way, without
    digits."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    separator = None if line.startswith(" ") else table_column.separator_of(line)
    if separator is None or (start - line_start, end - line_start) not in table_column.split_row(line, separator):
        return False
    found = False
    for column in table_column.columns(text, start):
        found = True
        if NAME_HEADER.search(column.header) or any(ch.isdigit() for ch in "".join(column.headers)):
            return False
    if found:
        return True
    below = text[line_end + 1:text.find("\n", line_end + 1) if text.find("\n", line_end + 1) >= 0 else len(text)] \
        if line_end >= 0 else ""
    return table_column.separator_of(below) == separator and not any(ch.isdigit() for ch in line) \
        and len(table_column.split_row(below, separator)) == len(table_column.split_row(line, separator))


LOWER_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "el", "al", "'t", "v.", "d.", "vd", "v.d."}
INITIAL = re.compile(r"[a-z]\.")


def lower_case_name(value: str, lex) -> bool:  # noqa: ANN001 - lexicons.Lexicons
    """A name typed in lower case in a form's field: "j. de vries-lamberts", "fatima el idrissi"; every word an
    initial, a particle, or (each part of a double name) a first name or surname a list knows; not one word."""
    words = value.split()
    if len(words) < 2 or not value.islower():
        return False
    named = False
    for word in words:
        if word in LOWER_PARTICLES or INITIAL.fullmatch(word):
            continue
        parts = word.split("-")
        if not all(p.isalpha() and (p.title() in lex.first_names or p.title() in lex.surnames
                                    or p.title() in lex.interfix_surnames) for p in parts):
            return False
        named = True
    return named


class NlNameColumnRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], name="NlNameColumnRecognizer", supported_language="nl")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001 - presidio's signature
        if ENTITY not in entities:
            return []
        lex = None
        results = []
        for start, end in _entries(text):
            cell = text[start:end]
            value = cell.strip()
            if not value or len(value) > MAX_CELL or value.isupper():
                continue
            if not CELL_NAME.fullmatch(value):
                lex = lex or lexicons.load()
                if not lower_case_name(value, lex):
                    continue
            at = start + cell.find(value)
            if not table_column.headed(text, at, NAME_HEADER):
                continue
            if " " not in value and not _surname_column(text, at):
                lex = lex or lexicons.load()
                if vocabulary.is_dutch_word(value) and (
                        value not in lex.first_names and ((value not in lex.surnames
                                                           and value.lower() not in lex.ambiguous_first_names)
                                                          or not holds_people(text, at))):
                    continue  # "Totaal", "Geen": an ordinary word in the column; "Bakker", "Lieve" only among people
            results.append(RecognizerResult(
                entity_type=ENTITY, start=at, end=at + len(value), score=SCORE,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results
