"""A name in a column of names: a list typed in two columns ("wie   trekt", a Sinterklaas draw), a rota
or a table whose column holds persons, one or a few to a cell ("Hanna, Jamila, Ton"), whatever its header
says or without one.

Such a column gives its names without the sentence around them that the name rules read, so a first
name that is also a word ("Storm", "Cor"), one typed in lower case ("faas") or a double name whose
first half is a word ("Lieve-Mae") is not found on its own. When at least half the entries of a column,
and two or more, are persons found, an entry written as a name is a person too: every word of it a
first name or surname the lists know (a hyphenated double name as two of them, an initial and a
particle between them: "Zoë K.", "Sep de Wilde"), at least one a first name. A column of things or days
("Bank", "Mat", "maandag") has no persons found and is left alone; a header row ("wie  trekt", "Student
Parent  Phone": a first row naming no one found) is no name. A list whose lines each hold one entry after the
same kind of mark ("✅ Tess", "✅ jayden", "❌ Mirthe (komt volgende week)") is such a column too. The rows are read as `table_column.line_cells` cuts them (tabs, bars, semicolons, a CSV export's
commas, a Markdown table's blanked bars, spaces lining columns up).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from screener.text import vocabulary
from screener.text.name_words import NameWords
from screener.text.tokens import Tokens, title_case

PERSON = "PERSON"
SCORE = 0.6
MIN_ROWS = 3
MAX_ROWS = 60
# the entries of a cell: "Hanna, Jamila, Ton", "Merel / Bram"; a bracket stays with its entry ("Nguyen (Bao, gr. 1)")
ITEM = re.compile(r"(?:[^,/&+(]|\([^)\n]*\)?)+")
BRACKET = re.compile(r"\(([^)\n]*)\)")  # "Nguyen (Bao, gr. 1)": the child's name in the family's bracket
AND = re.compile(r"\s+(?:en|of)\s+")
ROLE = re.compile(r"\s*\([^)]*\)\s*$")  # "Merel (1 juli)", "Bo (groep 3)"
INITIAL = re.compile(r"[A-ZÀ-ÝĀ-Ž]\.")
# a line of a list: its mark (a bullet, a number, a check mark or another sign) and its entry
# a list entry's label and value: "Wendy: Noor", "Kapitein Haak: Thijs", "Tinkelbel: Fleur en Yasmina (om de beurt)"
LABEL = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+){0,3}")
VALUE_WORDS = 8  # at most this many words after the colon, none with a sentence mark: a name, not a message
SENTENCE_MARK = re.compile(r"[!?.:]")
LIST_ITEM = re.compile(r"^([ \t]*(?:[-*•·▪–]|\d{1,2}[.)]|[^\w\s]{1,3}))[ \t]+(\S(?:[^\n]*\S)?)[ \t]*$")


class ColumnRules(NameWords):
    def _extend_columns(self, spacy_doc: Doc, doc: Tokens, found: list[Span], taken: list[bool],
                        scores: dict) -> list[Span]:
        """The other entries, written as names, of a column whose entries are mostly persons found."""
        persons = sorted((doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1].text))
                         for s in found if s.label_ == PERSON)
        if len(persons) < 2:
            return found
        text = doc.text
        blocks, seen = [], set()
        for start, _ in persons:
            line_start = text.rfind("\n", 0, start) + 1
            if line_start in seen:
                continue
            seen.add(line_start)
            block = _block(text, line_start)
            if block:
                seen.update(row_start for row_start, _ in block)
                blocks.append(block)
        if not blocks:
            return found
        covered = [False] * len(doc)
        for span in found:
            covered[span.start:span.end] = [True] * (span.end - span.start)
        places = {(doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1].text)): s for s in found if s.label_ != PERSON}
        starts = [t.idx for t in doc]
        added = []
        for block in blocks:
            head_start, head_cells = block[0]
            if not any(a < e and s < b for s, e in persons
                       for a, b in ((head_start + c, head_start + d) for c, d in head_cells)) \
                    and not _row_above(text, head_start) \
                    and not any(text[a:b] in self.lex.first_names and self._written_as_name(text[a:b])
                                for cell in head_cells for a, b in _entries(text, head_start, cell)):
                block = block[1:]  # "Student  Parent  Phone": a header row names no one; not a row under another,
                # nor a first row that gives a listed first name ("ma  Beer  oorontsteking" above "di  Sep  koorts")
            rows_named = [any(a < e and s < b for s, e in persons for a, b in
                              ((row_start + c, row_start + d) for c, d in cells)) for row_start, cells in block]
            for column in range(len(block[0][1])):
                rows = [(k, entry) for k, (row_start, cells) in enumerate(block)
                        for entry in _entries(text, row_start, cells[column])]
                entries = [entry for _, entry in rows]
                named = [any(a < e and s < b for s, e in persons) for a, b in entries]
                # a row that names a person elsewhere supports its entry here: a first-name column beside a column
                # of surnames ("Lieve;Kuipers" under "Milan;Bakker")
                supported = sum(1 for (k, _), is_named in zip(rows, named) if is_named or rows_named[k])
                if sum(named) < 2 or 2 * supported < len(entries):
                    continue
                # the names in a bracket after an entry ("Nguyen (Bao, gr. 1)", "Koç (Defne en Emir)") are entries too,
                # though they do not count for what the column holds ("Youssef (vader)")
                inner = [(k, entry) for k, (_, b) in rows
                         for entry in _bracket_entries(text, b, block[k][0] + block[k][1][column][1])]
                rows, named = rows + inner, named + [False] * len(inner)
                for (k, (a, b)), is_named in zip(rows, named):
                    place = places.pop((a, b), None)
                    if place is not None and not is_named and (self._surname_written(text[a:b])
                                                               or self._first_name(text[a:b])):
                        # "Wijnbergen" among families: a surname that is also a village's name; "Sofia" among
                        # children: a first name that is also a city's
                        found = [s for s in found if s is not place]
                        added.append(Span(spacy_doc, place.start, place.end, label=PERSON))
                        rows_named[k] = True
                        scores[(a, b)] = SCORE
                        continue
                    if is_named or not (self._written_as_name(text[a:b])
                                        or (rows_named[k] and self._surname_written(text[a:b]))):
                        continue
                    first, last = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
                    if first >= last or starts[first] != a or any(covered[first:last]) or any(taken[first:last]):
                        continue
                    added.append(Span(spacy_doc, first, last, label=PERSON))
                    rows_named[k] = True
                    covered[first:last] = [True] * (last - first)
                    scores[(a, b)] = SCORE
        return sorted(found + added, key=lambda s: s.start) if added else found

    def _surname_written(self, entry: str) -> bool:
        """"Haar", "de Graaf", "Visser-Haar": a surname a list knows, written with its capital, in the row of a
        person's first name."""
        words = entry.split()
        if not words or len(words) > 3 or not title_case(words[-1]):
            return False
        return all(word.lower() in self.interfix_starts or all(self._known_surname(p) for p in word.split("-"))
                   for word in words[:-1]) and all(self._known_surname(p) for p in words[-1].split("-"))

    def _written_as_name(self, entry: str) -> bool:
        """"Storm", "faas", "Lieve-Mae", "Zoë K.", "Sep de Wilde", "Cor": each word a first name or surname a
        list knows, or a capitalised word that is no Dutch word; one of them no surname only."""
        words = entry.split()
        if not words or len(words) > 4:
            return False
        first_name = False
        for k, word in enumerate(words):
            if k and (word.lower() in self.interfix_starts or INITIAL.fullmatch(word)):
                continue
            if not (title_case(word) or word.islower()):
                return False
            parts = [part.title() for part in word.split("-")]
            if not all(parts) or not all(part.isalpha() for part in parts):
                return False
            unknown_allowed = title_case(word)  # "Cor"; a word in lower case only as a listed name ("faas")
            # a first name that is also a word ("Hoop", "Lieve", "storm"): among names, a name
            firsts = [self._first_name(part) or part.lower() in self.lex.ambiguous_first_names
                      or (unknown_allowed and part.lower() not in self.lex.not_names
                          and part not in self.lex.places and not vocabulary.is_dutch_word(part))
                      for part in parts]
            if len(parts) > 1 and any(firsts):
                first_name = True  # "Lieve-Mae": a double name, one half a word
                continue
            if not (firsts[0] or self._known_surname(parts[0])) or (
                    parts[0].lower() in self.lex.not_names and parts[0].lower() not in self.lex.ambiguous_first_names):
                return False
            first_name = first_name or firsts[0]
        return first_name


def _block(text: str, line_start: int) -> list[tuple[int, list[tuple[int, int]]]]:
    """The rows around the line at `line_start` that are cut into as many cells as it (two or more), as
    (row start, cells); empty when fewer than MIN_ROWS."""
    from screener.text.recognizers import table_column  # here: the recognizers import this stage

    def row(start: int) -> tuple[int, list[tuple[int, int]]] | None:
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)]
        if "\x00" in line:
            return None
        cells = table_column.line_cells(line)
        if len(cells) < 2:
            item = LIST_ITEM.match(line)  # "✅ jayden", "- Mirthe (komt volgende week)": a list's mark and entry
            # "Wendy: Noor", also with its list mark blanked by the Markdown reader: a label and its value
            cells = [item.span(1), *_label_and_value(line, item.span(2))] if item else \
                _label_and_value(line, (len(line) - len(line.lstrip()), len(line.rstrip())))
        return (start, cells) if len(cells) >= 2 else None

    here = row(line_start)
    if here is None:
        return []
    rows = [here]
    start = line_start
    while start > 0 and len(rows) < MAX_ROWS:  # upwards
        start = text.rfind("\n", 0, start - 1) + 1
        above = row(start)
        if above is None or len(above[1]) != len(here[1]):
            break
        rows.insert(0, above)
    end = text.find("\n", line_start)
    while end >= 0 and len(rows) < MAX_ROWS:  # downwards
        below = row(end + 1)
        if below is None or len(below[1]) != len(here[1]):
            break
        rows.append(below)
        end = text.find("\n", end + 1)
    return rows if len(rows) >= MIN_ROWS else []


def _label_and_value(line: str, entry: tuple[int, int]) -> list[tuple[int, int]]:
    """A list entry as its cells: "Wendy: Noor" (a cast list's role and child, a rota's job and helper) as two, the
    label and the value after its colon; any other entry as one."""
    a, b = entry
    colon = line.find(": ", a, b) if a < b else -1
    words = line[colon + 2:b].split() if colon > a else []
    if not 0 < len(words) <= VALUE_WORDS or SENTENCE_MARK.search(line, colon + 2, b) \
            or not LABEL.fullmatch(line, a, colon):
        return [entry]  # not "19:04 - Kerem: Hoi, dit is de vader van ...": a chat's sender and message
    value = colon + 2
    while value < b and line[value] in " \t":
        value += 1
    return [(a, colon), (value, b)]


def _entries(text: str, row_start: int, cell: tuple[int, int]) -> list[tuple[int, int]]:
    """The entries of a cell as offsets in the text, without a bracket after a name ("Merel (1 juli)")."""
    a, b = row_start + cell[0], row_start + cell[1]
    entries = []
    for match in ITEM.finditer(text, a, b):
        for part in AND.split(match.group()):
            if not part.strip():
                continue
            start = text.find(part, match.start(), match.end())
            value = ROLE.sub("", part).strip()
            start += len(part) - len(part.lstrip())
            entries.append((start, start + len(value)))
    return entries


def _bracket_entries(text: str, entry_end: int, cell_end: int) -> list[tuple[int, int]]:
    """The entries inside the bracket right after an entry that ends at `entry_end`, split as a cell is ("Nguyen (Bao,
    gr. 1)" gives "Bao" and "gr. 1")."""
    bracket = BRACKET.match(text, entry_end + 1, cell_end) if text.startswith(" (", entry_end) else None
    if bracket is None:
        return []
    a = bracket.start(1)
    entries = []
    for match in re.finditer(r"[^,/&+]+", bracket.group(1)):
        for part in AND.split(match.group()):
            if part.strip():
                start = a + match.start() + match.group().find(part) + len(part) - len(part.lstrip())
                entries.append((start, start + len(part.strip())))
    return entries


def _row_above(text: str, row_start: int) -> bool:
    """Is the line above the row at `row_start` a table's row too (cut into two cells or more)? Then the row is no
    header, though it names no one the rules found ("| Saar & Floor (tweeling) | 5 km |" under a row whose last
    cell is empty)."""
    from screener.text.recognizers import table_column  # here: the recognizers import this stage

    if row_start == 0:
        return False
    above = text[text.rfind("\n", 0, row_start - 1) + 1:row_start - 1]
    return "\x00" not in above and len(table_column.line_cells(above)) >= 2
