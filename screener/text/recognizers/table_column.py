"""Which column header stands above a value in a table, as the documents stage hands tables over:
a Markdown table as lines whose cells are parted by the blanked pipes (two spaces or more), an
HTML table as cells parted by one blank line and rows by two or more."""

from __future__ import annotations

import re
from collections.abc import Callable

MARKDOWN_CELLS = re.compile(r"\s{2,}")
HTML_CELL, HTML_ROW = "\n\n", re.compile(r"\n{3,}")
MAX_ROWS = 60  # a header further up than this many rows is not looked for
MAX_BACK = 6000  # nor further back than this many characters (a long text stays linear)


def headed(text: str, at: int, header: re.Pattern) -> bool:
    """Is the value at offset `at` in a table column whose header matches `header`?"""
    return _markdown_header(text, at, header.search) or _html_header(text, at, header.search)


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
