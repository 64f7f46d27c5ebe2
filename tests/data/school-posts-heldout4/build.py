"""Build posts/ from the marked-up drafts in source/ and check the result.

Run from the repository root: `python tests/data/school-posts-heldout4/build.py`
(python-stdnum must be importable, e.g. `.venv/bin/python`).

A source marks each item of personal data as «category|text», and a word that is also a labelled
name but is none here (`«not|Lieve» ouders`) as «not|text»; the build writes the draft without
the marks and a .tsv with LINE, COL (Unicode code points, 1-based), CATEGORY, TEXT for each item,
sorted. Then it checks every row against the stored file, the checksums of BSN, onderwijsnummer and
IBAN values, that no labelled value also stands unlabelled in the same draft, NFC, LF and the final
newline.
"""

from __future__ import annotations

import pathlib
import re
import sys
import unicodedata

from stdnum import iban as std_iban
from stdnum.nl import bsn as std_bsn
from stdnum.nl import onderwijsnummer as std_onderwijsnummer

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE / "source"
POSTS = HERE / "posts"
CATEGORIES = {"name", "phone", "email", "iban", "address", "postcode", "date", "bsn", "plate", "handle",
              "pupilnumber"}
MARK = re.compile(r"«([a-z]+)\|([^«»\t\n]+)»")


def build_one(src: pathlib.Path) -> tuple[str, list[tuple[int, int, str, str]], set[tuple[int, int]]]:
    text = src.read_text(encoding="utf-8")
    out_lines, rows, words = [], [], set()
    for number, line in enumerate(text.split("\n"), start=1):
        plain, last = [], 0
        for match in MARK.finditer(line):
            category, value = match.group(1), match.group(2)
            if category not in CATEGORIES | {"not"}:
                sys.exit(f"{src.name}:{number}: unknown category {category!r}")
            plain.append(line[last:match.start()])
            col = len("".join(plain)) + 1
            plain.append(value)
            if category == "not":
                words.add((number, col))
            else:
                rows.append((number, col, category, value))
            last = match.end()
        plain.append(line[last:])
        clean = "".join(plain)
        if "«" in clean or "»" in clean:
            sys.exit(f"{src.name}:{number}: unbalanced mark")
        out_lines.append(clean)
    return "\n".join(out_lines), sorted(rows), words


def check(name: str, text: str, rows: list[tuple[int, int, str, str]], words: set[tuple[int, int]]) -> None:
    assert unicodedata.normalize("NFC", text) == text, f"{name}: not NFC"
    assert "\r" not in text and text.endswith("\n") and not text.startswith("\ufeff"), f"{name}: LF/newline/BOM"
    lines = text.split("\n")
    for line, col, category, value in rows:
        assert lines[line - 1][col - 1:][:len(value)] == value, (name, line, col, value)
        digits = re.sub(r"\D", "", value)
        if category == "bsn":
            assert std_bsn.is_valid(digits), (name, value)
        if category == "pupilnumber":
            assert std_onderwijsnummer.is_valid(digits), (name, value)
        if category == "iban":
            assert std_iban.is_valid(value), (name, value)
    # A labelled value never also stands unlabelled in the same draft.
    for value in {r[3] for r in rows}:
        labelled = {(r[0], r[1]) for r in rows if r[3] == value}
        for number, line in enumerate(lines, start=1):
            for match in re.finditer(re.escape(value), line):
                start, end = match.start(), match.end()
                before = line[start - 1] if start else " "
                after = line[end] if end < len(line) else " "
                if before.isalnum() or after.isalnum():
                    continue  # part of a longer word
                inside = any(r[0] == number and r[1] - 1 <= start and end <= r[1] - 1 + len(r[3])
                             for r in rows)
                assert (number, start + 1) in labelled or inside or (number, start + 1) in words, f"{name}:{number}:{start + 1} {value!r} unlabelled"


def main() -> int:
    POSTS.mkdir(exist_ok=True)
    for old in POSTS.iterdir():
        old.unlink()
    counts: dict[str, int] = {}
    empty = []
    for src in sorted(SOURCE.iterdir()):
        text, rows, words = build_one(src)
        check(src.name, text, rows, words)
        (POSTS / src.name).write_text(text, encoding="utf-8")
        (POSTS / (src.stem + ".tsv")).write_text("".join(f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in rows),
                                                 encoding="utf-8")
        for row in rows:
            counts[row[2]] = counts.get(row[2], 0) + 1
        if not rows:
            empty.append(src.stem)
    # The development README's check, verbatim in spirit.
    for tsv in POSTS.glob("*.tsv"):
        src = next(p for p in tsv.parent.glob(tsv.stem + ".*") if p.suffix != ".tsv")
        lines = src.read_text(encoding="utf-8").split("\n")
        for row in tsv.read_text(encoding="utf-8").splitlines():
            line, col, cat, text = row.split("\t")
            assert lines[int(line) - 1][int(col) - 1:][:len(text)] == text, (src.name, row)
    print(f"{len(list(SOURCE.iterdir()))} drafts, {sum(counts.values())} items:",
          ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
    print(f"{len(empty)} without personal data: {', '.join(empty)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
