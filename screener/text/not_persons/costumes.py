"""Who a child dresses up as is a character, not a person of the school: "verkleed als Elsa", "mogen verkleed komen
als Spiderman", "als Pippi Langkous verkleed", "verkleedde zich als Kapitein Haak". A child is never dressed up as
another pupil; school context beside the name still makes it a pupil's ("verkleed als Sem (groep 8)").
"""

from __future__ import annotations

import re

from screener.text.not_persons.school_context import pupil_beside, token_index

NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:van|de|der|het|en)?[ \t]*[A-Z][\w'’-]*){0,3}"
# "verkleed (komen) als X", "verkleedde zich als X"; "als X verkleed"
AFTER_VERB = re.compile(r"\bverkle(?:ed|edt|den|edde|edden)(?:[ \t]+(?:komen|zich|mogen|gaan|als|kwam|kwamen))*"
                        r"[ \t]+als[ \t]+(?:een[ \t]+)?(" + NAME + ")")
BEFORE_VERB = re.compile(r"\bals[ \t]+(" + NAME + r")[ \t]+verkle(?:ed|edt|den|edde|edden)\b")


def block_costumes(doc, blocked) -> None:  # noqa: ANN001
    """Block the character a child dresses up as (see the module's docstring)."""
    text = doc.text
    if "verkle" not in text:
        return  # the quick way out
    starts = [t.idx for t in doc]
    for pattern in (AFTER_VERB, BEFORE_VERB):
        for match in pattern.finditer(text):
            first, last = token_index(starts, match.start(1)), token_index(starts, match.end(1) - 1)
            if pupil_beside(doc, first, last + 1):
                continue
            for k in range(first, last + 1):
                blocked.tokens[k] = True
