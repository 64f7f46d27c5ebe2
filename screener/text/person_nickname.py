"""A nickname in quotes between a person's first name and surname: "Mohamed 'Mo' El Amrani",
"Johannes “Hans” de Boer", "Thijmen "Tiemie" Brouwer". The quotes and the names on both sides make the
word a name of the same person, whatever else it is as a word ("Snoes", "Beer") or a list takes it for (a role
after "gespeeld door": not with the player's surname after it); a quoted word with no
person on both sides ("de 'echte' koning", "het lied "Later als ik groot ben"") is no nickname.
"""

from __future__ import annotations

from screener.text.tokens import Tokens, title_case

OPENING = {"'": "'", '"': '"', "‘": "’", "“": "”", "„": "”", "‚": "’", "«": "»"}


def nicknames(doc: Tokens, persons: frozenset[int]) -> list[int]:
    """The tokens of one capitalised word in quotes, right after a person's token and right before another's."""
    found = []
    for i in range(2, len(doc) - 2):
        closing = OPENING.get(doc[i - 1].text)
        if closing is None or doc[i + 1].text != closing or i in persons:
            continue
        if doc[i - 1].whitespace_ or doc[i].whitespace_ or not doc[i - 2].whitespace_:
            continue  # the quotes hug the word, with a space before them: "Thijmen "Tiemie" Brouwer"
        if title_case(doc[i].text) and doc[i].text.isalpha() and i - 2 in persons and i + 2 in persons:
            found.append(i)
    return found
