"""Which column of a table a value stands in, and its header, as the documents stage hands tables over:
a Markdown table as lines whose cells are parted by the blanked pipes (two spaces or more), an
HTML table as cells parted by one blank line and rows by two or more; and as people type or export
tables in plain text: cells parted by tabs, by bars (a Markdown table in a text file), by semicolons
or commas (a CSV export of a form, a spreadsheet or a school administration system, fields in double
quotes, empty fields kept) or by spaces that line the columns up under their header ("leerling
dob          leeftijd"), the header being the first line of the block of such lines; and a Word table
turned into text with one cell a line (the header's cells first, then each row's, in a block without
blank lines).

This is the one cell reader of the text stage: `line_cells` and `split_row` cut a line into its cells,
`alone_in_cell` tells whether a value is a whole cell, `columns` gives the column (its header, the header
row, its values) a value stands in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MARKDOWN_CELLS = re.compile(r"\s{2,}")
HTML_CELL, HTML_ROW = "\n\n", re.compile(r"\n{3,}")
MAX_ROWS = 60  # a header further up than this many rows is not looked for
MAX_BACK = 6000  # nor further back than this many characters (a long text stays linear)
CELL_LINE = 40  # a line longer than this is no cell of a table written one cell a line
MAX_COLUMNS = 8


# the separators of a table typed as plain text, tried in this order: tabs; the bars of a Markdown table in
# a text file or an e-mail; a CSV export's semicolons; a CSV export's commas (only as `_csv_commas` says)
SEPARATORS = ("\t", "|", ";", ",")
ALIGNED_CELLS = re.compile(r"\S+(?: \S+)*")  # a cell of a table lined up with spaces: words one space apart


@dataclass(frozen=True)
class Column:
    """The column a value stands in: its header cell, the header row's cells and the column's values."""

    header: str
    headers: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()


Row = tuple[str, int, list[tuple[int, int]]]  # a line, its offset in the text, its non-empty cells' spans


def headed(text: str, at: int, header: re.Pattern) -> bool:
    """Is the value at offset `at` in a table column whose header matches `header`?"""
    return any(header.search(column.header) for column in columns(text, at))


def alone_in_cell(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the whole of a table's cell as the documents stage hands it over: between blanked
    bars (two spaces) or with only white space up to its line's edges (an HTML table's cell, a row's first
    or last cell), or a cell of a row typed with tabs or semicolons? Looked at from the value outwards, so that
    a long paragraph's line is not cut into cells for each of its words."""
    after = text.startswith("  ", end) or _blank_until(text, end, 1)
    if after and ((text.startswith("  ", start - 2) and "\n" not in text[start - 2:start])
                  or _blank_until(text, start - 1, -1)):
        return True
    # a row typed with tabs or a CSV export's semicolons: "bram\t3\tnoten", "bram;3;noten"
    if not (text[end:end + 1] in {"\t", ";"} or text[start - 1:start] in {"\t", ";"}):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    separator = separator_of(line)
    return separator in {"\t", ";"} and any(
        line[a:b].strip() == text[start:end] and line_start + a <= start and end <= line_start + b
        for a, b in split_row(line, separator))


def _blank_until(text: str, k: int, step: int) -> bool:
    """Is there only white space from k to the line's end (step 1) or start (step -1)?"""
    while 0 <= k < len(text) and text[k] != "\n":
        if not text[k].isspace():
            return False
        k += step
    return True


def columns(text: str, at: int) -> Iterator[Column]:
    """The columns the value at offset `at` may stand in, one for each way a table can be written here."""
    for find in (_markdown_column, _html_column, _plain_column):
        column = find(text, at)
        if column is not None:
            yield column


def split_row(row: str, separator: str, collapse: bool = False) -> list[tuple[int, int]]:
    """The cells of a row of a table typed as plain text or exported as CSV, as (start, end) offsets in
    the row: cut at `separator` (a run of them with `collapse`, for tabs that line columns up), spaces
    around a cell left out, empty cells kept; a field in double quotes ("Verhoef, Annemiek") is one
    cell, without its quotes."""
    cells, pos, n = [], 0, len(row)
    while True:
        start = pos
        while start < n and row[start] == " ":
            start += 1
        if start < n and row[start] == '"':
            close = start + 1
            while (close := row.find('"', close)) >= 0 and row.startswith('""', close):
                close += 2
            after = close + 1
            while 0 < after < n and row[after] == " ":
                after += 1
            if close >= 0 and (after >= n or row[after] == separator):
                cells.append((start + 1, close))
                if after >= n:
                    return cells
                pos = after + 1
                while collapse and pos < n and row[pos] == separator:
                    pos += 1
                continue
        cut = row.find(separator, pos)
        end = n if cut < 0 else cut
        stop = end
        while stop > start and row[stop - 1] == " ":
            stop -= 1
        cells.append((start, max(start, stop)))
        if cut < 0:
            return cells
        pos = cut + 1
        while collapse and pos < n and row[pos] == separator:
            pos += 1


def separator_of(row: str) -> str | None:
    """How the cells of a row typed as plain text are parted: the first of `SEPARATORS` in it; commas only
    as a CSV export writes them (`_csv_commas`)."""
    for separator in SEPARATORS[:-1]:
        if separator in row:
            return separator
    return "," if _csv_commas(row) else None


def _csv_commas(row: str) -> bool:
    """A row of a CSV export with commas: three fields or more, and no comma outside quotes followed by a
    space as in a sentence ("Storm, Lente en Zomer")."""
    if row.count(",") < 2:
        return False
    cells = split_row(row, ",")
    return len(cells) >= 3 and not any(row.startswith(", ", end + (row[end:end + 1] == '"')) for _, end in cells)


def rows_meet(text: str, at: int) -> bool:
    """Does the line break at `at` part two rows of a table typed as plain text or exported, parted the
    same way (a CSV export's long rows are no wrapped prose)?"""
    line = text[text.rfind("\n", 0, at) + 1:at]
    stop = text.find("\n", at + 1)
    separator = separator_of(line)
    return separator is not None and separator_of(text[at + 1:stop if stop >= 0 else len(text)]) == separator


def line_cells(line: str) -> list[tuple[int, int]]:
    """The non-empty cells of one line of a table, as (start, end) offsets in the line: a row typed with
    tabs, bars, semicolons or a CSV export's commas is cut at those; a row the documents stage hands over
    with its bars blanked (it opens with a space), or a table lined up with spaces, at two spaces or more;
    any other line is no row."""
    separator = None if line.startswith(" ") else separator_of(line)
    if separator is not None:
        return [(start, end) for start, end in split_row(line, separator) if end > start]
    if line.startswith(" ") or "  " in line.strip():
        return [(m.start(), m.end()) for m in ALIGNED_CELLS.finditer(line)]
    return []


def _column(cells: list[tuple[int, int]], at: int) -> int | None:
    return next((i for i, (start, end) in enumerate(cells) if start <= at < end), None)


def _cells(row: str, offset: int, separator: re.Pattern | str) -> list[tuple[int, int]]:
    """The cells of a row as (start, end) offsets in the text, without blank ones at its ends."""
    parts = re.split(separator if isinstance(separator, re.Pattern) else re.escape(separator), row)
    cells, pos = [], offset
    for part in parts:
        start = row.find(part, pos - offset) + offset if part else pos
        if part.strip():
            cells.append((start, start + len(part)))
        pos = start + len(part)
    return cells


def _markdown_column(text: str, at: int) -> Column | None:
    line_start, line_end = _line_at(text, at)
    row = text[line_start:line_end]
    # a blanked pipe opens every row of a Markdown table, unless it was typed without the outer pipes
    # ("naam | groep | geb."): then the blanked |---|---| line under its header tells it
    piped = row.startswith(" ")
    if not piped and "  " not in row:
        return None
    cells = _cells(row, line_start, MARKDOWN_CELLS)
    if _column(cells, at) is None or len(cells) < 2:
        return None
    rows, end, delimited, under_header = [(row, line_start, cells)], line_start - 1, False, False
    widest = rows[0]
    for _ in range(MAX_ROWS):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        end = start - 1
        if above and not above.strip():
            delimited = True
            continue  # the blanked |---|---| line under the header
        above_cells = _cells(above, start, MARKDOWN_CELLS)
        if above.startswith(" ") != piped or not _same_table(rows[-1], (above, start, above_cells), widest):
            break
        rows.append((above, start, above_cells))
        widest = max(widest, rows[-1], key=lambda r: len(r[2]))
        under_header, delimited = delimited, False
    if len(rows) < 2 or not (piped or under_header):
        return None  # lines lined up with spaces, no Markdown table: `_aligned_column` reads them
    header = rows[-1]
    if len(header[2]) < len(widest[2]):  # a header with an empty cell: "| Naam | | Groep |"
        header = (header[0], header[1], _markdown_cells(header, widest))
    cells = _markdown_cells(rows[0], header)
    column = None if cells is None else _column(cells, at)
    if column is None:
        return None
    values = [text[slice(*cells[column])]]
    for above in rows[1:-1]:
        above_cells = _markdown_cells(above, header)
        if above_cells is not None:
            values.append(text[slice(*above_cells[column])])
    for below, start in _lines_below(text, line_end):
        below_cells = _cells(below, start, MARKDOWN_CELLS) if below.startswith(" ") == piped else []
        below_cells = _markdown_cells((below, start, below_cells), header) if len(below_cells) >= 2 else None
        if below_cells is None:
            break
        values.append(text[slice(*below_cells[column])])
    headers = tuple(text[a:b].strip() for a, b in header[2])
    return Column(headers[column], headers, tuple(v.strip() for v in values))


def _same_table(below: Row, above: Row, widest: Row) -> bool:
    """Is the row above one of the same Markdown table as the rows below it (the widest of them given): as
    many cells, or the one with fewer cells a row with empty cells of the other's width ("| Jansen | | Pieter |")?"""
    if len(above[2]) < 2:
        return False
    if len(above[2]) == len(widest[2]) == len(below[2]):
        return True
    if len(above[2]) <= len(widest[2]) and _markdown_cells(above, widest) is not None:
        return True
    if len(above[2]) > len(widest[2]) and _markdown_cells(widest, above) is not None:
        return True
    # both rows end in empty cells, a different number of them: "| Esmée | IKC | juf Angela | |" above
    # "| Tygo | Bibliotheek | | |"; each row's blanks tell how many cells it has
    return len(below[2]) >= 2 and _cells_told(above) == _cells_told(below)


# the blanks a Markdown row's pipes leave between two cells: " | " (3); each empty cell adds "| " or "|" ("| |")
CELL_GAP, EDGE_GAP = 3, 2


def _empty_cells(row: Row) -> list[int]:
    """How many empty cells a Markdown row's blanks hold before each of its cells and after the last: each
    run of blanks wider than the pipes leave ("| Jansen | | Pieter |") holds one for every two blanks more."""
    line, offset, cells = row
    bounds = [offset] + [edge for cell in cells for edge in cell] + [offset + len(line)]
    gaps = [bounds[2 * k + 1] - bounds[2 * k] for k in range(len(cells) + 1)]
    edges = (EDGE_GAP,) + (CELL_GAP,) * (len(cells) - 1) + (EDGE_GAP,)
    return [max(0, -(-(gap - edge) // 2)) for gap, edge in zip(gaps, edges)]


def _cells_told(row: Row) -> int:
    """The cells of a Markdown row typed without padding, its empty ones included, as its blanks tell them."""
    return len(row[2]) + sum(_empty_cells(row))


def _markdown_cells(row: Row, header: Row) -> list[tuple[int, int]] | None:
    """The cells of a Markdown table's row (line, start, non-empty cells) as many as the header's, its empty
    cells as empty spans: blanked, "| Jansen | | Pieter |" leaves one run of blanks where two cells part.
    A row lined up under its header has its cells where the header's start; a row typed without padding has
    an empty cell for every two blanks more than the pipes leave. None when neither reading fits."""
    line, offset, cells = row
    width = len(header[2])
    if len(cells) == width:
        return cells
    if len(cells) > width or not cells:
        return None
    starts = [start - header[1] for start, _ in header[2]]
    if all(start - offset in starts for start, _ in cells):  # lined up: each cell under its header's
        placed = dict(zip((starts.index(start - offset) for start, _ in cells), cells))
        return [placed.get(k, (offset + starts[k], offset + starts[k])) for k in range(width)]
    empty = _empty_cells(row)
    if sum(empty) != width - len(cells):
        return None
    spans = []
    for k, cell in enumerate(cells):
        spans.extend([(cell[0], cell[0])] * empty[k])
        spans.append(cell)
    spans.extend([(cells[-1][1], cells[-1][1])] * empty[-1])
    return spans


def _html_column(text: str, at: int) -> Column | None:
    first = max(0, at - MAX_BACK)
    bounds = [first] + [m.end() for m in HTML_ROW.finditer(text, first, at)]
    rows_start = bounds[-1]
    next_row = HTML_ROW.search(text, at)
    row = text[rows_start : next_row.start() if next_row else len(text)]
    cells = _cells(row, rows_start, HTML_CELL)
    column = _column(cells, at)
    if column is None or len(cells) < 2 or "\n" in text[cells[column][0] : cells[column][1]].strip():
        return None
    header, values = None, [text[slice(*cells[column])]]
    for start, end in zip(reversed(bounds[-MAX_ROWS - 1 : -1]), reversed(bounds[-MAX_ROWS:])):
        above = HTML_ROW.split(text[start:end])[0]
        above_cells = _cells(above, start, HTML_CELL)
        if len(above_cells) != len(cells):
            break
        if header is not None:
            values.append(text[slice(*header[column])])
        header = above_cells
    if header is None:
        return None
    headers = tuple(text[a:b].strip() for a, b in header)
    return Column(headers[column], headers, tuple(v.strip() for v in values))


def _line_at(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _plain_column(text: str, at: int) -> Column | None:
    """A table typed as plain text: the header is the first line of the block of lines parted into cells
    the same way (tabs, bars, semicolons, a CSV export's commas), or, for a table lined up with spaces, the
    first line of the block of lines with two spaces or more between words, its cell standing where the
    value's does."""
    start, end = _line_at(text, at)
    row = text[start:end]
    separator = separator_of(row)
    if separator is not None:
        return _separated_column(text, at, start, end, row, separator)
    if "  " in row.strip():
        return _aligned_column(text, at, start, row)
    return _cell_per_line_column(text, at, start, end)


def _parted(line: str, separator: str) -> bool:
    """Is the line a row of the same block: parted by `separator` (commas as a CSV export writes them)?"""
    return separator_of(line) == "," if separator == "," else separator in line


# a rule line under a table's header, as reports and databases print it: "-------+----------", "====|===="
RULE_LINE = re.compile(r"^[ \t]*[-=]{3,}(?:[ \t]*[+|][ \t]*[-=]{3,})+[ \t]*[+|]?[ \t]*$")


def _separated_column(text: str, at: int, start: int, end: int, row: str, separator: str) -> Column | None:
    rows = [row]
    for above in _lines_above(text, start):
        if RULE_LINE.match(above):
            continue  # the rule under a header of a table printed as text: "---+------+-----"
        if not _parted(above, separator):
            break  # the block is what is parted the same way
        rows.insert(0, above)
    width = len(split_row(row, separator))
    while len(rows) > 2 and len(split_row(rows[0], separator)) < width == len(split_row(rows[1], separator)):
        del rows[0]  # a title above the header: "| Leerlingenlijst groep 5 |" over "| naam | roepnaam | geb. |"
    if len(rows) < 2:
        return None
    # tabs: each one parts two cells in an export ("Sterre\t\tKuipers": an empty tussenvoegsel), a run of
    # them lines columns up in a table typed by hand; the reading under which header and row agree
    collapse = False
    cells, header = split_row(row, separator), split_row(rows[0], separator)
    if separator == "\t" and len(cells) != len(header):
        collapse = True
        cells, header = split_row(row, separator, collapse), split_row(rows[0], separator, collapse)
    column = next((i for i, (a, b) in enumerate(cells) if a <= at - start <= b), None)
    if column is None or column >= len(header):
        return None
    headers = tuple(rows[0][a:b] for a, b in header)
    values = []
    for line in rows[1:] + [line for line, _ in _until_unparted(_lines_below(text, end), separator)]:
        parts = split_row(line, separator, collapse)
        if column < len(parts):
            values.append(line[slice(*parts[column])])
    return Column(headers[column], headers, tuple(values))


def _until_unparted(lines, separator: str):  # noqa: ANN001, ANN202 - generators of (line, start)
    for line, start in lines:
        if not _parted(line, separator):
            return
        yield line, start


def _aligned_column(text: str, at: int, start: int, row: str) -> Column | None:
    if "\x00" in row or len(MARKDOWN_CELLS.split(row.strip())) < 2:
        return None
    header = None
    for above in _lines_above(text, start):
        if len(MARKDOWN_CELLS.split(above.strip())) < 2:
            break
        header = above
    if header is None:
        return None
    value = next((m for m in ALIGNED_CELLS.finditer(row) if m.start() <= at - start < m.end()), None)
    if value is None:
        return None
    # the header's cell over the value: the one it overlaps most (a centred or right-aligned column), else
    # the nearest one that starts before it
    cells = list(ALIGNED_CELLS.finditer(header))
    overlap = max(cells, key=lambda m: min(m.end(), value.end()) - max(m.start(), value.start()))
    if min(overlap.end(), value.end()) <= max(overlap.start(), value.start()):
        overlap = next((m for m in reversed(cells) if m.start() <= value.start()), None)
    if overlap is None:
        return None
    return Column(overlap.group(), tuple(m.group() for m in cells), (value.group(),))


def _lines_above(text: str, start: int):  # noqa: ANN202 - a generator of lines
    """The lines above the one starting at `start`, nearest first, up to the first blank one."""
    end = start - 1
    for _ in range(MAX_ROWS):
        if end <= 0:
            return
        line_start = text.rfind("\n", 0, end) + 1
        above = text[line_start:end]
        if not above.strip():
            return
        yield above
        end = line_start - 1


def _lines_below(text: str, end: int, limit: int = MAX_ROWS):  # noqa: ANN202 - a generator of (line, start)
    """The lines below the one ending at `end`, nearest first, with their offsets, up to a draft's end
    (analyzer.SEPARATOR's NUL); blank lines are handed over too, the caller decides."""
    pos = end + 1
    for _ in range(limit):
        if pos >= len(text):
            return
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if "\x00" in line:
            return
        yield line, pos
        pos = stop + 1


def _cell_per_line_column(text: str, at: int, start: int, end: int) -> Column | None:
    """A table with one cell a line: "Naam\nGeboortedatum\nAdres\nThijs Bos\n15-05-2014\n...". The block
    (lines between blank lines) holds a whole number of rows of k cells, the first k lines (the header)
    hold no digit, and the cells of each column agree on holding digits or not; the smallest such k."""
    if end - start > CELL_LINE:
        return None
    above = []
    for line in _lines_above(text, start):
        if len(line) > CELL_LINE:
            return None
        above.append(line)
    below = []
    for line, _ in _lines_below(text, end, MAX_ROWS * MAX_COLUMNS):
        if not line.strip():
            break
        if len(line) > CELL_LINE:
            return None
        below.append(line)
    lines = above[::-1] + [text[start:end]] + below
    index = len(above)
    for k in range(2, min(MAX_COLUMNS, len(lines) // 2) + 1):
        if any(ch.isdigit() for ch in lines[k - 1]):
            return None  # the header holds no digits: a bigger k would take a row for part of it
        if len(lines) % k or index < k or not all(_one_kind(lines[c + k::k]) for c in range(k)):
            continue
        headers = tuple(line.strip() for line in lines[:k])
        return Column(headers[index % k], headers, tuple(line.strip() for line in lines[index % k + k::k]))
    return None


def _one_kind(cells: list[str]) -> bool:
    """Do the cells of a column agree on holding a digit or not (names; dates; phone numbers)?"""
    return len({any(ch.isdigit() for ch in cell) for cell in cells}) == 1
