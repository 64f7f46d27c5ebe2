"""A name a class gives to a thing is the thing's, not a person's: right after the thing in quotes (raket
"Sterre", de robot 'Bolt'), after "heet"/"heette"/"genaamd"/"noemen we" soon after it ("onze robot heet
Bolt", "Fokker bouwde vliegtuigen; zijn eerste heette De Spin") and in brackets right after it ("een
knuffel-mascotte (Beer Bolle en Lieveheersbeestje Stip)"). The things are the ones a class names: a
rocket, a robot, a boat, a plane, a cuddly toy or a mascot (`THINGS`, also as a compound's end:
"waterraket", "klassenknuffel"); animals and trees are read in `animal_names`.

A child is named with the thing in other words ("de raket van Sterre", "Sterre bouwde een raket"), so
those stay names, and school context beside a name keeps it a pupil's ("de robot "Bolt" van Sem (groep 5)"
keeps Sem; 'raket "Sterre" (groep 6)' is Sterre's).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from screener.text import vocabulary
from screener.text.not_persons.animal_names import NAMING_ADVERBS, NAMING_VERBS, block_again, naming_at
from screener.text.not_persons.school_context import pupil_beside

if TYPE_CHECKING:
    from screener.text.not_persons.listed_phrases import Blocked


# things a class or a maker gives a name to, singular and plural
THINGS = {"raket", "raketten", "robot", "robots", "boot", "boten", "bootje", "schip", "schepen", "vliegtuig",
          "vliegtuigen", "vliegtuigje", "zweefvliegtuig", "vlieger", "vliegers", "ballon", "luchtballon", "satelliet",
          "sonde", "ruimteschip", "marslander", "rover", "knuffel", "knuffels", "mascotte", "mascottes", "pop",
          "poppen", "handpop", "handpoppen", "zeepkist", "zeepkisten", "kar", "karretje", "trein", "locomotief",
          "auto", "raceauto", "vlot", "kano", "drone", "klok", "bel", "beeld", "standbeeld", "sculptuur",
          "kunstwerk", "kabouter", "sneeuwpop", "vogelverschrikker", "plant", "bloem", "bloemetje"}
# the things a name follows without a quote or a verb ("de robot Zoemzoem"); not a train, a boat or a car ("de trein
# Zwolle-Deventer", "de boot Texel"), whose next capital is often a place
BARE_THINGS = ("robot", "mascotte", "handpop", "handpoppen", "knuffel", "pop", "poppen", "raket", "drone", "kabouter",
               "sneeuwpop", "vogelverschrikker")
DETERMINERS = {"de", "het", "onze", "ons", "hun", "jullie", "mijn", "zijn", "haar"}  # "onze mascotte Oehoe"
NAME_PARTICLES = {"de", "van", "het", "der", "den"}
QUOTES = {'"': '"', "“": "”", "„": "”", "‘": "’", "'": "'", "«": "»"}
NAMING = NAMING_VERBS | {"heetten", "noemde"}
THING_REACH = 5  # tokens from the thing to the naming verb: "vliegtuigen; zijn eerste heette"
NAME_TOKENS = 4  # "De Spin", "Beer Bolle"
BRACKET_REACH = 12  # tokens inside the brackets: "(Beer Bolle, Egel Prik en Lieveheersbeestje Stip)"
COMPOUND_HEAD = 3  # letters before a thing in a compound: "waterraket"; not "Trobot"


@functools.lru_cache(maxsize=16384)
def _thing(word: str) -> bool:
    """"raket", "waterraketten", "knuffel-mascotte", "klassenknuffel": a thing a class names."""
    low = word.lower()
    if low in THINGS or (low.endswith("s") and low[:-1] in THINGS):  # "vliegtuigjes", "mascottes"
        return True
    if low.endswith("s"):
        low = low[:-1]
    tail = low.rsplit("-", 1)[-1]
    if tail != low:
        return tail in THINGS
    return any(low[k:] in THINGS and (vocabulary.is_dutch_word(low[:k]) or vocabulary.is_dutch_word(low))
               for k in range(COMPOUND_HEAD, len(low) - 2))


def _capitalised_run(doc, k: int) -> int:  # noqa: ANN001
    """The end of the capitalised words from `k` on its line, with "de"/"het" opening them ("De Spin")."""
    end = k
    n = len(doc)
    while end < n and end - k < NAME_TOKENS and doc[end].text[:1].isupper() and doc[end].text[:1].isalpha() and (
            end == k or "\n" not in doc[end - 1].whitespace_):
        end += 1
    return end


def _block(doc, blocked: Blocked, start: int, end: int, context_end: int = 0) -> None:  # noqa: ANN001
    if start < end and not pupil_beside(doc, start, max(end, context_end)):
        for k in range(start, end):
            blocked.tokens[k] = True


def block_thing_names(doc, blocked: Blocked) -> None:  # noqa: ANN001 - a Tokens snapshot
    """Block the names given to things: quoted after the thing, after a naming verb soon after it, or in
    brackets right after it."""
    n = len(doc)
    given: set[str] = set()  # names of things no first-name list knows: blocked again further on
    for i in range(n - 1):
        text = doc[i].text
        if not text[:1].isalpha() or len(text) < 3 or not _thing(text):
            continue
        q = i + 1
        if doc[q].is_space and "\n\n" not in doc[q].text and q + 1 < n:
            q += 1  # raket\n"Sterre": the line wrapped before the quote
        close = QUOTES.get(doc[q].text)
        if close is not None and q + 1 < n and not doc[q].whitespace_ and doc[q + 1].text[:1].isupper():
            end = _capitalised_run(doc, q + 1)  # raket "Sterre"
            if end < n and doc[end].text == close:
                _block(doc, blocked, q + 1, end, end + 1)  # the school context after the closing quote
            continue
        nxt = doc[i + 1]
        if nxt.text == "(":  # een knuffel-mascotte (Beer Bolle, Egel Prik en Lieveheersbeestje Stip)
            k = i + 2
            names: list[int] = []
            while k < n and k - i <= BRACKET_REACH and doc[k].text != ")":
                if doc[k].text[:1].isupper():
                    names.append(k)
                elif doc[k].lower_ not in {",", "en", "&", "of"} or "\n" in doc[k].whitespace_:
                    names = []
                    break
                k += 1
            if k < n and doc[k].text == ")" and names and not pupil_beside(doc, i + 2, k):
                for j in names:
                    blocked.tokens[j] = True
            continue
        if _named_bare(doc, i, blocked, given):
            continue
        verb = next((j for j in range(i + 1, min(n, i + THING_REACH + 1)) if naming_at(doc, j, NAMING)), 0)
        if not verb or "\n\n" in doc.text[doc[i].idx:doc[verb].idx] or ". " in doc.text[doc[i].idx:doc[verb].idx]:
            continue
        k = verb + 1
        if doc[verb].lower_ in {"noemen", "noemden", "noemde"} and k < n and doc[k].lower_ in {"we", "wij", "ze", "hem", "haar"}:
            k += 1  # "de raket noemen we Sterre"
        if k < n and doc[k].lower_ in NAMING_ADVERBS:
            k += 1  # "heet nu Bolt"
        if k < n and doc[k].text in QUOTES:
            k += 1  # heette "De Spin"
        _block(doc, blocked, k, _capitalised_run(doc, k))
        _remember(doc, blocked, k, _capitalised_run(doc, k), given)
    block_again(doc, blocked, given)  # "Tijdens de training haalde Zoemzoem 285 punten"


def _named_bare(doc, i: int, blocked: Blocked, given: set[str]) -> bool:  # noqa: ANN001
    """"de robot Zoemzoem", "onze mascotte Oehoe", "de handpop Tijmen": the name right after the thing, the thing
    after an article or a possessive; not a list of children ("de robot Sem en Daan bouwden").
    Records the names no first-name list knows in `given`, to be blocked again further on in the post."""
    n = len(doc)
    if not doc[i].lower_.rstrip("s").endswith(BARE_THINGS) or i == 0 or doc[i - 1].lower_ not in DETERMINERS \
            or doc[i].whitespace_ != " " or i + 1 >= n \
            or not doc[i + 1].text[:1].isupper() or not doc[i + 1].text.isalpha():
        return False
    end = _capitalised_run(doc, i + 1)
    while end + 1 < n and doc[end].lower_ in NAME_PARTICLES and doc[end - 1].whitespace_ == " " \
            and doc[end + 1].text[:1].isupper():
        end = _capitalised_run(doc, end + 1)  # "de handpop Raai de Kraai": one name
    if end + 1 < n and doc[end].lower_ in {"en", "&"} and doc[end + 1].text[:1].isupper():
        return False  # "met de robot Sem en Daan": two children
    if pupil_beside(doc, i + 1, end):
        return False
    for k in range(i + 1, end):
        blocked.tokens[k] = True
    _remember(doc, blocked, i + 1, end, given)
    return True


def _remember(doc, blocked: Blocked, start: int, end: int, given: set[str]) -> None:  # noqa: ANN001
    """Add the blocked words of a thing's name at [start, end) that no first-name list knows to `given`
    ("Zoemzoem"; not "Sterre": a child of that name may be named elsewhere in the post)."""
    from screener.text import lexicons  # here: loaded once, when a thing is named

    first_names = lexicons.load().first_names
    given.update(doc[k].text for k in range(start, end) if blocked.tokens[k] and doc[k].text not in first_names
                 and len(doc[k].text) > 2)
