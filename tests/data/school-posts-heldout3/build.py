"""Build posts/ from source/: strip the markup, write each draft and its annotation (.tsv), check both.

Markup in source/dNN-*.{md,html,txt}: ⟦category|text⟧ marks one personal-data item. The brackets
(U+27E6, U+27E7) and the bar are removed; what is left is the draft as stored in posts/. Rows are
LINE, COL (1-based, Unicode code points), CATEGORY, TEXT, sorted. Run from anywhere:
    python tests/data/school-posts-heldout3/build.py
Checks: every row against the stored file (the README's snippet), the categories, BSN /
onderwijsnummer / IBAN checksums (python-stdnum), that no labelled name or value also stands
unlabelled in the same draft, NFC, LF line endings and a final newline.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from stdnum import iban as std_iban
from stdnum.nl import bsn as std_bsn
from stdnum.nl import onderwijsnummer as std_onr

HERE = Path(__file__).resolve().parent
CATEGORIES = {"name", "phone", "email", "iban", "address", "postcode", "date", "bsn", "plate",
              "handle", "pupilnumber"}
MARK = re.compile(r"⟦([a-z]+)\|([^⟦⟧\n\t]+)⟧")


def build(source: Path) -> tuple[str, list[tuple[int, int, str, str]]]:
    raw = source.read_text(encoding="utf-8")
    out_lines, rows = [], []
    for number, line in enumerate(raw.split("\n"), start=1):
        plain, pos = [], 0
        for match in MARK.finditer(line):
            plain.append(line[pos:match.start()])
            category, text = match.group(1), match.group(2)
            if category not in CATEGORIES:
                sys.exit(f"{source.name}:{number}: unknown category {category!r}")
            col = len("".join(plain)) + 1
            rows.append((number, col, category, text))
            plain.append(text)
            pos = match.end()
        plain.append(line[pos:])
        stored = "".join(plain)
        if "⟦" in stored or "⟧" in stored:
            sys.exit(f"{source.name}:{number}: unbalanced markup")
        out_lines.append(stored)
    return "\n".join(out_lines), sorted(rows)


def check(draft: Path, tsv: Path) -> None:
    text = draft.read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text), draft.name
    assert "\r" not in text and text.endswith("\n") and not text.startswith("\ufeff"), draft.name
    lines = text.split("\n")
    spans: dict[int, list[tuple[int, int]]] = {}
    labelled = set()
    for row in tsv.read_text(encoding="utf-8").splitlines():
        line, col, cat, value = row.split("\t")
        assert lines[int(line) - 1][int(col) - 1:][:len(value)] == value, (draft.name, row)
        spans.setdefault(int(line), []).append((int(col) - 1, int(col) - 1 + len(value)))
        labelled.add(value)
        digits = re.sub(r"\D", "", value)
        if cat == "bsn":
            assert std_bsn.is_valid(digits), (draft.name, row)
        if cat == "pupilnumber":
            assert std_onr.is_valid(digits), (draft.name, row)
        if cat == "iban":
            assert std_iban.is_valid(value), (draft.name, row)
    for value in labelled:
        pattern = re.compile(r"(?<![\w@.])" + re.escape(value) + r"(?!\w)")
        for number, line in enumerate(lines, start=1):
            for match in pattern.finditer(line):
                inside = any(a <= match.start() and match.end() <= b for a, b in spans.get(number, []))
                assert inside, f"{draft.name}:{number}:{match.start() + 1} {value!r} also stands unlabelled"


def main() -> int:
    posts = HERE / "posts"
    posts.mkdir(exist_ok=True)
    counts: dict[str, int] = {}
    empty = []
    for source in sorted((HERE / "source").glob("d*.*")):
        text, rows = build(source)
        draft = posts / source.name
        tsv = posts / (source.stem + ".tsv")
        draft.write_text(text, encoding="utf-8", newline="\n")
        tsv.write_text("".join(f"{l}\t{c}\t{cat}\t{t}\n" for l, c, cat, t in rows), encoding="utf-8",
                       newline="\n")
        check(draft, tsv)
        for _, _, cat, _ in rows:
            counts[cat] = counts.get(cat, 0) + 1
        if not rows:
            empty.append(source.stem[:3])
    print(f"{len(list(posts.glob('*.tsv')))} drafts; without personal data: {len(empty)} ({', '.join(empty)})")
    for cat in sorted(counts, key=lambda c: -counts[c]):
        print(f"  {cat:<12} {counts[cat]}")
    print(f"  total        {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
