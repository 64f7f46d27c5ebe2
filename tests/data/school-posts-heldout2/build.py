"""Build posts/ from the marked-up drafts in source/, and check the result.

A draft in source/ marks each personal-data item as «category:text» (categories: n name,
p phone, e email, i iban, a address, pc postcode, d date, b bsn, pl plate, h handle,
o pupilnumber). This program writes the draft without the marks to posts/, and the item's
LINE, COL (1-based, Unicode code points), CATEGORY and TEXT to posts/<stem>.tsv. It then checks
every row against the stored file, the checksums of BSN, IBAN and onderwijsnummer, and that no
labelled string also occurs unlabelled in the same draft.

Run from this folder: python3 build.py   (python-stdnum needed for the checks)
"""

import re
import sys
import unicodedata
from pathlib import Path

from stdnum import iban as std_iban
from stdnum.nl import bsn as std_bsn
from stdnum.nl import onderwijsnummer as std_onr

HERE = Path(__file__).resolve().parent
CATEGORIES = {"n": "name", "p": "phone", "e": "email", "i": "iban", "a": "address", "pc": "postcode",
              "d": "date", "b": "bsn", "pl": "plate", "h": "handle", "o": "pupilnumber"}
MARK = re.compile(r"«(n|p|e|i|a|pc|d|b|pl|h|o):([^«»\t\n]+)»")


def build(source: Path) -> tuple[str, list[tuple[int, int, str, str]]]:
    text = unicodedata.normalize("NFC", source.read_text(encoding="utf-8"))
    out_lines, rows = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        plain, pos = [], 0
        length = 0
        for m in MARK.finditer(line):
            before = line[pos:m.start()]
            plain.append(before)
            length += len(before)
            rows.append((number, length + 1, CATEGORIES[m.group(1)], m.group(2)))
            plain.append(m.group(2))
            length += len(m.group(2))
            pos = m.end()
        plain.append(line[pos:])
        out = "".join(plain)
        if "«" in out or "»" in out:
            raise SystemExit(f"{source.name}:{number}: unbalanced mark")
        out_lines.append(out)
    return "\n".join(out_lines), sorted(rows)


def check(name: str, text: str, rows: list[tuple[int, int, str, str]]) -> None:
    lines = text.split("\n")
    spans = {}
    for line, col, cat, item in rows:
        assert lines[line - 1][col - 1:][:len(item)] == item, (name, line, item)
        spans.setdefault(line, []).append((col - 1, col - 1 + len(item)))
        digits = re.sub(r"\D", "", item)
        if cat == "bsn":
            assert std_bsn.is_valid(digits) and not std_onr.is_valid(digits), (name, item)
        if cat == "pupilnumber":
            assert std_onr.is_valid(digits), (name, item)
        if cat == "iban":
            assert std_iban.is_valid(item), (name, item)
    for cat_item in {r[3] for r in rows}:
        pattern = re.compile(r"(?<![\w@.])" + re.escape(cat_item) + r"(?!\w)")
        for number, line in enumerate(lines, start=1):
            for m in pattern.finditer(line):
                covered = any(s <= m.start() and m.end() <= e for s, e in spans.get(number, []))
                assert covered, f"{name}:{number}:{m.start() + 1} {cat_item!r} occurs unlabelled"
    assert text.endswith("\n") and not text.endswith("\n\n"), name


def main() -> int:
    posts = HERE / "posts"
    posts.mkdir(exist_ok=True)
    for old in posts.iterdir():
        old.unlink()
    counts = {}
    for source in sorted((HERE / "source").iterdir()):
        text, rows = build(source)
        check(source.name, text, rows)
        (posts / source.name).write_text(text, encoding="utf-8")
        (posts / (source.stem + ".tsv")).write_text(
            "".join(f"{line}\t{col}\t{cat}\t{item}\n" for line, col, cat, item in rows), encoding="utf-8")
        for row in rows:
            counts[row[2]] = counts.get(row[2], 0) + 1
    quiet = [p.stem for p in sorted(posts.glob("*.tsv")) if not p.read_text(encoding="utf-8")]
    print(f"{len(list(posts.glob('*.tsv')))} drafts, {len(quiet)} without personal data: {', '.join(quiet)}")
    print(", ".join(f"{cat} {counts.get(cat, 0)}" for cat in CATEGORIES.values()), f"total {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
