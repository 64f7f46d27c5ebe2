"""Names in a table column of names: the cells under "Naam", "Voornaam", "Achternaam", "Leerling",
"Ouder(s)", "Begeleider" in a Markdown or HTML table, a table typed with tabs or lined up with spaces, or a
CSV export ("leerlingnummer;achternaam;voornaam;geboortedatum").

A handover list or a class list names its pupils one to a cell, without the sentence around a name
that the name stage reads ("de moeder van Xyla", "Xyla uit groep 5"); the column's header says it. A
cell counts when it is written as a name (capitalised words, particles between them: "Sem Veldkamp",
"Fatima el Idrissi", "Bo"), not when it is an ordinary word that no first-name list knows ("Totaal",
"Geen") nor an abbreviation in capitals ("MR", "IB").
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from screener.text import lexicons, vocabulary
from screener.text.recognizers import table_column

ENTITY = "A2-NAAM"
SCORE = 0.7
NAME_HEADER = re.compile(r"^(?:naam|namen|voornaam|voornamen|achternaam|roepnaam|leerling(?:en)?|kind(?:eren)?|"
                         r"ouders?|ouder\(s\)|verzorger(?:s)?|ouder/verzorger|begeleider(?:s)?|contactpersoon|"
                         r"name|first name|surname|last name)\s*:?$", re.IGNORECASE)
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
        for start, end in _cells(text):
            cell = text[start:end]
            value = cell.strip()
            if not value or len(value) > MAX_CELL or not CELL_NAME.fullmatch(value) or value.isupper():
                continue
            at = start + cell.find(value)
            if not table_column.headed(text, at, NAME_HEADER):
                continue
            if " " not in value:
                lex = lex or lexicons.load()
                if value not in lex.first_names and vocabulary.is_dutch_word(value):
                    continue  # "Totaal", "Geen": an ordinary word in the column
            results.append(RecognizerResult(
                entity_type=ENTITY, start=at, end=at + len(value), score=SCORE,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results
