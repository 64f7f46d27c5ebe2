"""Build posts/ from the marked-up drafts in src/ and check the result.

In src/, every personal-data item is written as ⟦c:TEXT⟧, with c one of the category letters below.
This program strips the marks, writes posts/dNN-slug.ext (the draft as stored) and posts/dNN-slug.tsv
(LINE, COL, CATEGORY, TEXT; 1-based, columns in code points), then checks every row against the
stored file, the checksums of BSN, onderwijsnummer and IBAN, the file form (UTF-8 NFC, LF, final
newline), and that no labelled string also stands unlabelled as a whole word in the same draft.

Shared by the sets written as marked-up sources (school-posts-heldout5, -heldout6, -forms): each set's
`build.py` calls `main` with its own folder. Run from the repository root, e.g.
`.venv/bin/python tests/data/school-posts-heldout5/build.py`.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from stdnum import iban
from stdnum.nl import bsn, onderwijsnummer

CATEGORIES = {
    "n": "name", "p": "phone", "e": "email", "i": "iban", "a": "address", "z": "postcode",
    "d": "date", "b": "bsn", "k": "plate", "h": "handle", "l": "pupilnumber",
}
MARK = re.compile(r"⟦([a-z]):([^⟦⟧\n]+)⟧")


def build(source: Path) -> tuple[str, list[tuple[int, int, str, str]]]:
    out_lines, rows = [], []
    for number, line in enumerate(source.read_text(encoding="utf-8").split("\n"), start=1):
        plain, pos = [], 0
        for match in MARK.finditer(line):
            plain.append(line[pos:match.start()])
            col = len("".join(plain)) + 1
            rows.append((number, col, CATEGORIES[match.group(1)], match.group(2)))
            plain.append(match.group(2))
            pos = match.end()
        plain.append(line[pos:])
        text = "".join(plain)
        if "⟦" in text or "⟧" in text:
            sys.exit(f"{source.name}:{number}: unbalanced mark")
        out_lines.append(text)
    return "\n".join(out_lines), sorted(rows)


def check(name: str, text: str, rows: list[tuple[int, int, str, str]]) -> list[str]:
    problems = []
    if unicodedata.normalize("NFC", text) != text or "\r" in text or not text.endswith("\n") \
            or text.startswith("\ufeff"):
        problems.append(f"{name}: not NFC/LF/final newline")
    lines = text.split("\n")
    spans = {}
    for line, col, category, item in rows:
        if lines[line - 1][col - 1:][:len(item)] != item:
            problems.append(f"{name}: row {line}:{col} {item!r} does not match")
        spans.setdefault(line, []).append((col - 1, col - 1 + len(item)))
        digits = re.sub(r"\D", "", item)
        if category == "bsn" and not bsn.is_valid(digits):
            problems.append(f"{name}: BSN {item} fails the 11-test")
        if category == "pupilnumber" and not onderwijsnummer.is_valid(digits):
            problems.append(f"{name}: onderwijsnummer {item} fails its check")
        if category == "iban" and not iban.is_valid(item):
            problems.append(f"{name}: IBAN {item} fails mod 97")
    for item in {row[3] for row in rows}:
        pattern = re.compile(r"(?<!\w)" + re.escape(item) + r"(?!\w)")
        for number, line in enumerate(lines, start=1):
            for match in pattern.finditer(line):
                if not any(s <= match.start() and match.end() <= e for s, e in spans.get(number, [])):
                    problems.append(f"{name}:{number}:{match.start() + 1} {item!r} also stands unlabelled")
    return problems


def main(here: Path) -> int:
    """Build `here`/posts from `here`/src and check it; 0 when every check passes."""
    posts = here / "posts"
    posts.mkdir(exist_ok=True)
    problems, total, counts = [], 0, {}
    for source in sorted((here / "src").glob("d[0-9][0-9]-*.*")):
        text, rows = build(source)
        (posts / source.name).write_text(text, encoding="utf-8", newline="\n")
        tsv = "".join(f"{line}\t{col}\t{category}\t{item}\n" for line, col, category, item in rows)
        (posts / (source.stem + ".tsv")).write_text(tsv, encoding="utf-8", newline="\n")
        problems += check(source.name, text, rows)
        total += len(rows)
        for row in rows:
            counts[row[2]] = counts.get(row[2], 0) + 1
    print("\n".join(problems) or "all checks passed")
    print(f"{total} items: " + ", ".join(f"{c} {counts.get(c, 0)}" for c in CATEGORIES.values()))
    return 1 if problems else 0

