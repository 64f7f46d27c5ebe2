"""An English name with "the" between its capitalised words is a title, a programme or a firm, not a person:
"Join the Pipe", "Pirates of the Caribbean", "Night at the Museum", and one that opens with "The" ("de band The
Kiffers", "The Voice Kids"). No Dutch or foreign personal name puts "the" between its parts or before them; the capitalised words on either side of it are blocked, across "of",
"at", "in", "and", "for", "on" and "to" before "the" ("Lord of the Rings"). English paragraphs are read whole by
`foreign_text`; this one catches such a name inside a Dutch sentence.
"""

from __future__ import annotations

import re

# capitalised words joined by "the" (and an English word before it): "Join the Pipe", "Night at the Museum"
# "The" and the capitalised words after it: a band, a title or a firm ("de band The Kiffers", "The Voice Kids")
THE_NAME = re.compile(r"(?<![\w-])The[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
TITLE = re.compile(r"\b[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+(?:(?:of|at|in|and|for|on|to|from|with)[ \t]+)?the"
                   r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def block_english_titles(doc, blocked) -> None:  # noqa: ANN001
    """Block the capitalised words of an English name joined by "the" (see the module's docstring)."""
    text = doc.text
    if " the " not in text and "The " not in text:
        return  # the quick way out
    n = len(doc)
    for pattern in (TITLE, THE_NAME):
        k = 0
        for match in pattern.finditer(text):
            while k < n and doc[k].idx < match.start():
                k += 1
            while k < n and doc[k].idx < match.end():
                blocked.tokens[k] = True
                k += 1
