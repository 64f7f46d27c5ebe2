"""Which column header stands above a value in a table, as the documents stage hands tables over:
a Markdown table as lines whose cells are parted by the blanked pipes (two spaces or more), an
HTML table as cells parted by one blank line and rows by two or more; and as people type tables in
plain text: cells parted by tabs, by bars (a Markdown table in a text file), by semicolons (a CSV export) or by spaces that line the columns
up under their header ("leerling            dob          leeftijd"), the header being the first
line of the block of such lines; and a Word table turned into text with one cell a line (the header's
cells first, then each row's, in a block without blank lines)."""

from __future__ import annotations

import re
from collections.abc import Callable

MARKDOWN_CELLS = re.compile(r"\s{2,}")
HTML_CELL, HTML_ROW = "\n\n", re.compile(r"\n{3,}")
MAX_ROWS = 60  # a header further up than this many rows is not looked for
MAX_BACK = 6000  # nor further back than this many characters (a long text stays linear)
CELL_LINE = 40  # a line longer than this is no cell of a table written one cell a line
MAX_COLUMNS = 8


# tabs; the bars of a Markdown table in a text file or an e-mail; a CSV export's semicolons
PLAIN_SEPARATORS = (re.compile(r"[ ]*\t+[ ]*"), re.compile(r"[ ]*\|[ ]*"), re.compile(r"[ ]*;[ ]*"))
ALIGNED_CELLS = re.compile(r"\S+(?: \S+)*")  # a cell of a table lined up with spaces: words one space apart


def headed(text: str, at: int, header: re.Pattern) -> bool:
    """Is the value at offset `at` in a table column whose header matches `header`?"""
    return _markdown_header(text, at, header.search) or _html_header(text, at, header.search) \
        or _plain_header(text, at, header.search)


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


def _markdown_header(text: str, at: int, matches: Callable) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    row = text[line_start:line_end]
    if not row.startswith(" "):  # a blanked pipe opens every row of a Markdown table
        return False
    cells = _cells(row, line_start, MARKDOWN_CELLS)
    column = _column(cells, at)
    if column is None or len(cells) < 2:
        return False
    header, end = None, line_start - 1
    for _ in range(MAX_ROWS):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        end = start - 1
        if above and not above.strip():
            continue  # the blanked |---|---| line under the header
        if not above.startswith(" ") or len(_cells(above, start, MARKDOWN_CELLS)) != len(cells):
            break
        header = (above, start)
    if header is None:
        return False
    start, stop = _cells(header[0], header[1], MARKDOWN_CELLS)[column]
    return bool(matches(text[start:stop].strip()))


def _html_header(text: str, at: int, matches: Callable) -> bool:
    first = max(0, at - MAX_BACK)
    bounds = [first] + [m.end() for m in HTML_ROW.finditer(text, first, at)]
    rows_start = bounds[-1]
    next_row = HTML_ROW.search(text, at)
    row = text[rows_start : next_row.start() if next_row else len(text)]
    cells = _cells(row, rows_start, HTML_CELL)
    column = _column(cells, at)
    if column is None or len(cells) < 2 or "\n" in text[cells[column][0] : cells[column][1]].strip():
        return False
    header = None
    for start, end in zip(reversed(bounds[-MAX_ROWS - 1 : -1]), reversed(bounds[-MAX_ROWS:])):
        above = HTML_ROW.split(text[start:end])[0]
        above_cells = _cells(above, start, HTML_CELL)
        if len(above_cells) != len(cells):
            break
        header = above_cells
    if header is None:
        return False
    start, stop = header[column]
    return bool(matches(text[start:stop].strip()))


def _line_at(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _plain_header(text: str, at: int, matches: Callable) -> bool:
    """A table typed as plain text: the header is the first line of the block of lines parted into as
    many cells the same way (tabs or semicolons), or, for a table lined up with spaces, the first line
    of the block of lines with two spaces or more between words, its cell standing where the value's does."""
    start, end = _line_at(text, at)
    row = text[start:end]
    separator = next((s for s in PLAIN_SEPARATORS if s.search(row)), None)
    if separator is not None:
        return _separated_header(text, at, start, row, separator, matches)
    if "  " in row.strip():
        return _aligned_header(text, at, start, row, matches)
    return _cell_per_line_header(text, at, start, end, matches)


def _separated_header(text: str, at: int, start: int, row: str, separator: re.Pattern, matches: Callable) -> bool:
    if len(separator.split(row)) < 2:
        return False
    column = len(separator.findall(row[: at - start]))
    header = None
    for above in _lines_above(text, start):
        if len(separator.split(above)) < 2:
            break  # a row with an empty last cell has fewer: the block is what is parted the same way
        header = separator.split(above)
    return header is not None and column < len(header) and bool(matches(header[column].strip()))


def _aligned_header(text: str, at: int, start: int, row: str, matches: Callable) -> bool:
    if "\x00" in row or len(MARKDOWN_CELLS.split(row.strip())) < 2:
        return False
    header = None
    for above in _lines_above(text, start):
        if len(MARKDOWN_CELLS.split(above.strip())) < 2:
            break
        header = above
    if header is None:
        return False
    value = next((m for m in ALIGNED_CELLS.finditer(row) if m.start() <= at - start < m.end()), None)
    if value is None:
        return False
    # the header's cell over the value: the one it overlaps most (a centred or right-aligned column), else
    # the nearest one that starts before it
    cells = list(ALIGNED_CELLS.finditer(header))
    overlap = max(cells, key=lambda m: min(m.end(), value.end()) - max(m.start(), value.start()))
    if min(overlap.end(), value.end()) <= max(overlap.start(), value.start()):
        overlap = next((m for m in reversed(cells) if m.start() <= value.start()), None)
    return overlap is not None and bool(matches(overlap.group()))


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


def _cell_per_line_header(text: str, at: int, start: int, end: int, matches: Callable) -> bool:
    """A table with one cell a line: "Naam\nGeboortedatum\nAdres\nThijs Bos\n15-05-2014\n...". The block
    (lines between blank lines) holds a whole number of rows of k cells, the first k lines (the header)
    hold no digit, and the cells of each column agree on holding digits or not; the smallest such k."""
    if end - start > CELL_LINE:
        return False
    above = []
    for line in _lines_above(text, start):
        if len(line) > CELL_LINE:
            return False
        above.append(line)
    below, pos = [], end + 1
    while pos < len(text) and len(below) < MAX_ROWS * MAX_COLUMNS:
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = text[pos:stop]
        if not line.strip() or "\x00" in line:
            break
        if len(line) > CELL_LINE:
            return False
        below.append(line)
        pos = stop + 1
    lines = above[::-1] + [text[start:end]] + below
    index = len(above)
    for k in range(2, min(MAX_COLUMNS, len(lines) // 2) + 1):
        if any(ch.isdigit() for ch in lines[k - 1]):
            return False  # the header holds no digits: a bigger k would take a row for part of it
        if len(lines) % k or index < k or not all(_one_kind(lines[c + k::k]) for c in range(k)):
            continue
        return bool(matches(lines[index % k].strip()))
    return False


def _one_kind(cells: list[str]) -> bool:
    """Do the cells of a column agree on holding a digit or not (names; dates; phone numbers)?"""
    return len({any(ch.isdigit() for ch in cell) for cell in cells}) == 1
