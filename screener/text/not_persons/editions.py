"""The edition of a game or product is no surname: "Monopoly Junior", "Catan Junior", "Rummikub Junior", "Dobble
Kids". An edition word (`EDITIONS`, some of them also first names) right after a capitalised word that is no
first name is the product's; after a first name it stays a name ("Sem Junior").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from screener.text.lexicons import Lexicons

if TYPE_CHECKING:
    from screener.text.not_persons.listed_phrases import Blocked


EDITIONS = {"Junior", "Kids", "Deluxe", "Mini", "Classic", "Family", "Editie", "Edition", "Express", "Travel"}


def block_editions(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001 - a Tokens snapshot
    """Block an edition word and the product before it (see the module's docstring)."""
    for i in range(1, len(doc)):
        if doc[i].text not in EDITIONS:
            continue
        before = doc[i - 1]
        if before.whitespace_ != " " or not before.text[:1].isupper() or not before.text.isalpha() \
                or before.text in lex.first_names or before.text in lex.surnames:
            continue  # "Sem Junior", "de Vries Junior": a person's
        blocked.tokens[i - 1] = True
        blocked.tokens[i] = True
