"""A nickname in quotes between a person's first name and surname: "Mohamed 'Mo' El Amrani",
"Johannes “Hans” de Boer", "Thijmen "Tiemie" Brouwer". The quotes and the names on both sides make the
word a name of the same person, whatever else it is as a word ("Snoes", "Beer") or a list takes it for (a role
after "gespeeld door": not with the player's surname after it); and a capitalised word right after the closing
quote is that person's surname, also one that is a word ("Fenna 'Snoetje' Bos"). A quoted word with no person
before it ("de 'echte' koning", "het lied "Later als ik groot ben"", "speelde 'Elsa'") is no nickname.
"""

from __future__ import annotations

from screener.text.tokens import Tokens, title_case

OPENING = {"'": "'", '"': '"', "‘": "’", "“": "”", "„": "”", "‚": "’", "«": "»"}


def nicknames(doc: Tokens, persons: frozenset[int]) -> list[int]:
    """The tokens of one capitalised word in quotes right after a person's token, before a person's token or a
    capitalised word, and that word when no rule found it (the surname)."""
    found = []
    for i in range(2, len(doc) - 2):
        closing = OPENING.get(doc[i - 1].text)
        if closing is None or doc[i + 1].text != closing or i in persons or i - 2 not in persons:
            continue
        if doc[i - 1].whitespace_ or doc[i].whitespace_ or not doc[i - 2].whitespace_ or not doc[i + 1].whitespace_:
            continue  # the quotes hug the word, with a space on both sides of them: "Thijmen "Tiemie" Brouwer"
        after = doc[i + 2]
        if not (title_case(doc[i].text) and doc[i].text.isalpha()):
            continue
        if i + 2 in persons:
            found.append(i)
        elif title_case(after.text) and after.text.isalpha():
            found += [i, i + 2]  # "Fenna 'Snoetje' Bos": the surname too
    return found
