"""Build `data/polish_words.zip` and `data/turkish_words.zip`, the Polish and Turkish vocabularies of
`screener.text.foreign_vocabulary`.

Source: the hunspell dictionaries of Debian's packages `hunspell-pl` (`/usr/share/hunspell/pl_PL.dic`, ISO-8859-2;
sjp.pl, Marek Futrega: GPL or LGPL or MPL or Apache-2.0 or CC-SA-1.0, used under Apache-2.0, see
`data/POLISH-WORDS-LICENSE.md`) and `hunspell-tr` (`/usr/share/hunspell/tr_TR.dic`, UTF-8; Harun Reşit Zafer,
MPL-2.0, see `data/TURKISH-WORDS-LICENSE.md`).

Run: `.venv/bin/python -m screener.text.build_foreign_vocabulary pl /usr/share/hunspell/pl_PL.dic` (and `tr
.../tr_TR.dic`).

Only the stems in lower case are kept (the word before the "/" of its affix flags): ordinary words, no proper
names ("Nowak", "Lublin", "Ramazan" are capitalised there). The output has the layout of `data/dutch_words.zip`
(`screener.text.build_vocabulary`): one member per first two letters, the words parted by spaces.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from screener.text import build_vocabulary

DATA = Path(__file__).parent / "data"
OUTPUTS = {"pl": DATA / "polish_words.zip", "tr": DATA / "turkish_words.zip"}
ENCODINGS = {"pl": "iso-8859-2", "tr": "utf-8"}
WORD = re.compile(r"[^\W\d_A-ZÀ-ÞĄĆĘŁŃŚŹŻİĞŞÇÖÜ]{2,}")  # lower-case letters only


def build(language: str, source: Path) -> int:
    buckets: dict[str, set[str]] = defaultdict(set)
    for line in source.read_text(encoding=ENCODINGS[language], errors="replace").splitlines()[1:]:
        word = line.split("/", 1)[0].strip()
        if WORD.fullmatch(word) and word.islower():
            buckets[word[:2]].add(word)
    return build_vocabulary.write_buckets(buckets, OUTPUTS[language])

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in OUTPUTS:
        sys.exit(__doc__)
    print(f"{build(sys.argv[1], Path(sys.argv[2]))} woorden geschreven naar {OUTPUTS[sys.argv[1]]}")
