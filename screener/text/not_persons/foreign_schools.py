"""A school abroad, named in its own language, is no person: "Szkoła Podstawowa nr 114 in Kraków", "de Grundschule
am Park", "Escola Básica da Pontinha", "École primaire Jean Moulin", "l'École Jules Ferry", "Atatürk İlkokulu". A pen-friend project or a
partner-school page names them; the words of the name are capitalised, and the name list knows some of them as
first names or surnames ("Jean", "Moulin").

The word that says it is a school (below) opens the name or, in Turkish, in compounds such as "Grundschule" and
joined by hyphens ("Sankt-Ansgar-Schule", "Don-Bosco-Gymnasium"), closes it: the capitalised words, numbers ("nr 114") and small words of the name ("am", "an der", "da", "de la")
after an opening word, and the capitalised words before a closing one, on the same line, are blocked.
"""

from __future__ import annotations

import re

# words that open a school's name: Polish, German, French, Portuguese, Spanish, Italian, English
OPENING = {"szkoła", "szkola", "zespół", "zespol", "liceum", "gimnazjum", "przedszkole", "grundschule", "gesamtschule",
           "volksschule", "gymnasium", "realschule", "école", "ecole", "collège", "lycée", "escola", "escuela",
           "colegio", "scuola", "istituto", "liceo", "primary", "elementary"}
# words that close it: "Atatürk İlkokulu", "Sint-Jozef Basisschule"; "X Primary School" by its first word above
CLOSING = {"ilkokulu", "i̇lkokulu", "ortaokulu", "okulu", "grundschule", "schule", "gymnasium", "school", "academy"}
# small words inside such a name: "Szkoła Podstawowa nr 114", "Grundschule an der Ruhr", "Escola Básica da Pontinha"
SMALL = {"nr", "nr.", "no", "no.", "am", "an", "der", "die", "des", "im", "de", "da", "do", "dos", "das", "del", "di",
         "la", "le", "les", "du", "of", "im", "im.", "w", "z", "i", "y", "e", "&"}
ABBREVIATED = {"nr", "no", "im", "st"}  # "nr. 12", "im. Jana Pawła II" (named after)
ELIDED = re.compile(r"[ld]['’]")
NAME_TOKENS = 10
BEFORE_TOKENS = 4


def block_foreign_schools(doc, blocked) -> None:  # noqa: ANN001
    """Block a school abroad's name (see the module's docstring)."""
    n = len(doc)
    for i in range(n):
        low = doc[i].lower_
        elided = ELIDED.match(low)  # "l'École Jules Ferry": the article is written onto the word
        if elided:
            low = low[elided.end():]
        if low not in OPENING and low not in CLOSING:
            continue  # the quick way out
        token = doc[i]
        if not token.text[len(elided.group()) if elided else 0:][:1].isupper():
            continue
        if low in OPENING:
            k = i + 1
            while k < n and k - i <= NAME_TOKENS and "\n" not in doc[k - 1].whitespace_ and (
                    doc[k].text[:1].isupper() or doc[k].like_num
                    or (doc[k].text == "." and doc[k - 1].lower_ in ABBREVIATED)
                    or (doc[k].lower_ in SMALL and k + 1 < n and (doc[k + 1].text[:1].isupper() or doc[k + 1].like_num
                                                               or doc[k + 1].lower_ in SMALL
                                                               or (doc[k + 1].text == "." and doc[k].lower_ in ABBREVIATED)))):
                k += 1
            if k > i + 1:
                for j in range(i, k):
                    blocked.tokens[j] = True
        if low in CLOSING and _hyphen_chain(doc, i, blocked):
            continue  # "Don-Bosco-Gymnasium", "Sankt-Ansgar-Schule"
        if low in CLOSING and low not in {"school", "academy", "gymnasium"} or (
                low in {"school", "academy"} and i > 0 and doc[i - 1].lower_ in OPENING):
            k = i - 1
            while k >= 0 and i - k <= BEFORE_TOKENS and doc[k].whitespace_ == " " and doc[k].text[:1].isupper():
                k -= 1
            for j in range(k + 1, i + 1):
                blocked.tokens[j] = True


def _hyphen_chain(doc, i: int, blocked) -> bool:  # noqa: ANN001
    """Block the capitalised words joined by hyphens to the school word at i ("Sankt-Ansgar-Schule"); were there any?"""
    k = i
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].text[:1].isupper():
        k -= 2
    for j in range(k, i + 1):
        blocked.tokens[j] = True
    return k < i
