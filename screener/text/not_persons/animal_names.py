"""An animal's name is no person's (`data/animals.txt`): right after the animal ("ons klassenkonijn
Snuffie"), after "heet"/"heten" soon after it ("de panda's. Ze heten Wu Wen en Xing Ya"), before it
("Egbert de eekhoorn", "Boris, een hele grote herder", "Bobbi en Kiki, de knuffels"), as the subject the animal describes ("Bertha is de
oudste koe", "Klaartje en Dientje waren vorige week nog kalfjes"), in brackets after its owner ("de kat van
yara (Snoepie)"), and the same name elsewhere in the post; animals capitalised after "de" or "het" close together are a
story's characters ("de Tijger, het Konijn"; not "Sanne de Vos" or "met de Vos" alone). A working animal's compound counts at a
sentence's start too ("Brandweerhond Nero"). A tree a class names is read the same way ("de wilg heet Storm")."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from screener.text import vocabulary
from screener.text.lexicons import OWN_DATA
from screener.text.not_persons.school_context import opens_sentence, pupil_beside

if TYPE_CHECKING:
    from screener.text.not_persons.listed_phrases import Blocked


SURNAME_INTERFIXES = {"de", "van", "der", "den", "ter", "ten"}  # "Daan de Haas": before a surname
NAMING_VERBS = {"heet", "heten", "heette", "heetten", "genaamd", "noemen", "noemden", "doopten"}
NAMING_PHRASE = ("met", "de", "naam")  # "een knuffelkrokodil met de naam Kroko"
ANIMAL_REACH = 20  # tokens from the animal word to the naming verb: the same sentence or the next
ANIMAL_PLURALS = ("'s", "’s", "en", "s")
NAMING_ADVERBS = {"nu", "voortaan", "sindsdien", "officieel", "gewoon", "allemaal", "allebei", "samen", "ook",
                  "inmiddels", "trouwens", "eigenlijk", "dit", "jaar", "deze", "week", "keer"}
# "hij heet nu Bolt", "de kalfjes heten dit jaar Bella en Dikkie"
ADVERB_WORDS = 2  # adverbs between the naming verb and the name: "dit jaar"
ANIMAL_ARTICLES = {"een", "de", "het", "onze", "ons", "mijn", "hun"}  # "Boris, een hele grote herder"
APPOSITION_WORDS = 3  # adjectives between the article and the animal: "een hele grote herder"
COPULAS = {"is", "was", "zijn", "waren", "wordt", "werd"}  # "Bertha is de oudste koe", "Klaartje en Dientje waren kalfjes"
PREDICATE_WORDS = 5  # words between the copula and the animal: "waren vorige week nog kalfjes"
# a preposition between the copula and the animal puts the animal in another phrase than the predicate: "Jasper is
# van frietzak naar dino overgestapt", "Sem was met de pony bezig"
PREDICATE_BREAKERS = {"van", "naar", "met", "bij", "op", "in", "voor", "achter", "zonder", "tegen", "over", "uit",
                      "als", "om", "onder", "door", "aan"}
# a sentence where a child plays an animal or does something with one: "Sem was de wolf in de musical", "Sem is de
# hond aan het uitlaten"
NOT_ITS_NAME = re.compile(r"\b(?:speel\w*|speelde\w*|rol|musical|toneel\w*|voorstelling|verkleed\w*|aan het|gaan|kwijt|"
                          r"vergeten|zoeken|gezocht|uitgelaten|gevoerd|voeren|geaaid)\b", re.IGNORECASE)
TITLES = {"meneer", "mevrouw", "mijnheer", "juf", "juffrouw", "meester", "dhr", "mevr", "heer", "familie", "fam"}
CHARACTERS_REACH = 300  # characters between two animals told as characters: "de Tijger, het Konijn"
DIMINUTIVES = ("jes", "je")  # "kalfjes", "kalfje": the animal in the diminutive
COMPOUND_HEAD = 3  # letters before the animal in a capitalised compound: "Brandweerhond"; not "Beer" alone


# trees a class names as it names its pet: only the name after "heet" soon after the tree ("de wilg heet Storm";
# "onder de wilg Sanne en Daan" are children)
NAMED_TREES = {"boom", "bomen", "wilg", "wilgen", "eik", "eiken", "zomereik", "beuk", "beuken", "linde", "kastanje",
               "plataan", "esdoorn", "berk", "berken", "appelboom", "perenboom", "kerstboom"}
TREE_REACH = 4  # tokens from the tree to "heet": "de wilg heet", "een boom die Storm heet"


@functools.cache
def _animals() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in (OWN_DATA / "animals.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@functools.cache
def _breeds() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The animals of several words ("border collie", "cavalier king charles"), by their first word, longest first."""
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for entry in _animals():
        words = tuple(entry.split())
        if len(words) > 1:
            phrases.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in phrases.items()}


def _breed_end(doc, i: int) -> int:  # noqa: ANN001
    """The end of a breed of several words opening at token i ("jack russell", "een Border Collie"), else 0."""
    for words in _breeds().get(doc[i].lower_, ()):
        end = i + len(words)
        if end <= len(doc) and all(doc[i + k].lower_ == word and (k == 0 or doc[i + k - 1].whitespace_ == " ")
                                   for k, word in enumerate(words)):
            return end
    return 0


@functools.lru_cache(maxsize=65536)
def _animal(word: str) -> bool:
    """"konijn", "panda's", "pinguïns", "klassenkonijn" (a compound ends in an animal of 4+ letters)."""
    words = _animals()
    forms = [word] + [word[: -len(p)] for p in ANIMAL_PLURALS + DIMINUTIVES if word.endswith(p) and len(word) > len(p) + 2]
    forms += [form[:-1] for form in forms if word.endswith("en") and form[-2:-1] == form[-1:]]  # "kippen": kip
    return any(form in words or any(form[k:] in words for k in range(1, len(form) - 3)) for form in forms)


@functools.lru_cache(maxsize=65536)
def _capitalised_compound(text: str) -> bool:
    """A capitalised compound that ends in an animal ("Brandweerhond" opening a sentence); "Beer" alone is a name,
    and "Nusrat" no Dutch word."""
    low = text.lower()
    return text[1:].islower() and any(low[k:] in _animals() for k in range(COMPOUND_HEAD, len(text) - 2)) \
        and (vocabulary.is_dutch_word(text) or vocabulary.is_compound(text))  # not "Nusrat"


def naming_at(doc, j: int, verbs: frozenset[str] | set[str] = NAMING_VERBS) -> bool:  # noqa: ANN001
    """A word that gives a name at token j: "heet", "genaamd", or "naam" of "met de naam"."""
    low = doc[j].lower_
    if low in verbs:
        return True
    return low == NAMING_PHRASE[-1] and j >= 2 and (doc[j - 2].lower_, doc[j - 1].lower_) == NAMING_PHRASE[:2]


def _animal_opening_sentence(doc, i: int) -> bool:  # noqa: ANN001
    """"Konijn Snuffel van groep 1/2a", "Cavia Pluisje mocht mee", "de Tyrannosaurus Rex": an animal of the list
    opening a sentence or after an article, before its name; not an animal's word that is a first name ("Beer Jansen") or a surname before a first name."""
    text = doc[i].text
    if not (text[:1].isupper() and text[1:].islower() and text.lower() in _animals()) or i + 1 >= len(doc) \
            or not doc[i + 1].text[:1].isupper() or doc[i].whitespace_ != " ":
        return False
    from screener.text import lexicons  # here: loaded once, when a sentence opens with an animal

    lex = lexicons.load()
    return text not in lex.first_names and (text not in lex.surnames or doc[i + 1].text not in lex.first_names) \
        and (opens_sentence(doc, i) or (i > 0 and doc[i - 1].lower_ in ANIMAL_ARTICLES))
    # "Konijn Snuffel" (Konijn is a surname too, before a first name: "Konijn Sem"), "de Tyrannosaurus Rex"


def block_animal_names(doc, blocked: Blocked) -> None:  # noqa: ANN001
    """An animal's name: right after the animal ("konijn Snuffie") or after "heet"/"heten" soon after it,
    and the same name elsewhere in the post."""
    n = len(doc)
    names: set[str] = set()
    breed_ends: set[int] = set()  # the last word of a breed of several words: "border collie", "Jack Russell"
    for i in range(n):
        end = _breed_end(doc, i) if doc[i].lower_ in _breeds() else 0
        if end and not pupil_beside(doc, i, end):
            for k in range(i, end):
                blocked.tokens[k] = True
            breed_ends.add(end - 1)
    for i in range(n):
        text = doc[i].text
        tree = doc[i].lower_ in NAMED_TREES and text.islower()
        opening = not tree and text[:1].isupper() and _animal_opening_sentence(doc, i)
        if not tree and not opening and i not in breed_ends and not (_animal(doc[i].lower_) if text[:1].islower() else (
                len(text) > COMPOUND_HEAD + 2 and text[:1].isupper() and _capitalised_compound(text))):
            continue  # no animal word: "konijn", "klassenkonijn", "Brandweerhond" or "Konijn Snuffel" opening a sentence
        if opening:
            blocked.tokens[i] = True  # "Konijn" of "Konijn Snuffel": the animal's kind, not a surname
        for b in [] if tree else _named_before_animal(doc, i) + _described_as_animal(doc, i):  # "Egbert de eekhoorn", "Boris, een hele grote herder"
            blocked.tokens[b] = True
            names.add(doc[b].text)
        k = i + 1
        bracketed = next((j for j in range(i + 2, min(n - 2, i + 5)) if doc[j].text == "(" and doc[j + 2].text == ")"
                          and doc[j + 1].text[:1].isupper()), 0)
        if bracketed and not tree:  # "de kat van yara (Snoepie)": the animal's name in brackets after its owner
            blocked.tokens[bracketed + 1] = True
            names.add(doc[bracketed + 1].text)
        if tree or not (k < n and doc[k].text[:1].isupper()):
            k = next((j + 1 for j in range(i + 1, min(n, i + (TREE_REACH if tree else ANIMAL_REACH)))
                      if naming_at(doc, j)), 0)
            if not k or "\n\n" in doc.text[doc[i].idx:doc[k - 1].idx]:
                continue
            adverbs = next((a for a in range(1, ADVERB_WORDS + 1) if k + a < n and doc[k + a].text[:1].isupper()
                            and all(doc[k + b].lower_ in NAMING_ADVERBS for b in range(a))), 0)
            k += adverbs  # "Een hond ... Hij heet nu Bolt", "de kalfjes heten dit jaar Bella"
            b = k - 2  # the name before the verb: "een varken dat Knorbert heet", "onze kat, die Minoes heet"
            while b > i and doc[b].is_space:
                b -= 1
            while b > i and doc[b].text[:1].isupper():
                blocked.tokens[b] = True
                if not tree:
                    names.add(doc[b].text)
                b -= 1
        while k < n and (doc[k].text[:1].isupper() or (doc[k].lower_ in {"en", ","} and k + 1 < n
                                                       and doc[k + 1].text[:1].isupper()
                                                       and not _owner_of_the_next(doc, k + 1))
                         or (doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_
                             and k + 1 < n and doc[k + 1].text[:1].isupper())):  # "olifant Abul-Abbas": one name
            blocked.tokens[k] = True
            if doc[k].text[:1].isupper() and not tree:  # a tree's name only where it is given ("heet nu Dewi, naar
                names.add(doc[k].text)  # Dewi Sri": the goddess's full name stays whole)
            k += 1
    characters = [k for k in range(2, n) if doc[k - 1].text in {"de", "het"} and doc[k].text[:1].isupper()
                  and doc[k].text[1:].islower() and doc[k].lower_ in _animals() and not doc[k - 2].text[:1].isupper()
                  and doc[k - 2].lower_.rstrip(".") not in TITLES]  # not "Sanne de Vos", "meneer de Haas"
    for k in characters:  # "de rode pet van de Aap en de gele van het Konijn": animals as a story's characters, two
        # or more close together ("met de Vos" alone may be a surname typed with a small "de")
        if any(other != k and doc[other].lower_ != doc[k].lower_ and abs(doc[other].idx - doc[k].idx) <= CHARACTERS_REACH
               for other in characters):
            blocked.tokens[k] = True
    block_again(doc, blocked, names, pet_forms=True)  # "Xing Ya at de hele dag bamboe": the animal further on


def block_again(doc, blocked: Blocked, names: set[str], pet_forms: bool = False) -> None:  # noqa: ANN001
    """The names given to an animal or a thing, further on in the post ("Xing Ya at de hele dag bamboe", "Tijdens de
    training haalde Zoemzoem 285 punten"), also in the diminutive its owners call an animal by (`pet_forms`:
    "Moosje"); not beside school context ("Max uit groep 5": a pupil of the pet's name)."""
    for k in range(len(doc)) if names else ():
        text = doc[k].text
        if not blocked.tokens[k] and (text in names or (pet_forms and pet_form(text, names))) \
                and not pupil_beside(doc, k, k + 1):
            blocked.tokens[k] = True


PET_FORMS = ("je", "tje", "pje", "ie", "y", "tjes")  # "Moosje", "Plukkie", "Bobby": the name its owners call it


def pet_form(word: str, names: set[str]) -> bool:
    """"Moosje" for Moos, "Plukkie" for Pluk: an animal's name in the diminutive its owners call it by."""
    if len(word) < 4 or not word[:1].isupper():
        return False
    for ending in PET_FORMS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if stem in names or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in names):
                return True
    return False


OWNER_AFTER = ("met", "heeft", "had", "bracht", "nam")  # "cavia Pluisje, Daan met zijn schildpad": the next owner


def _owner_of_the_next(doc, k: int) -> bool:  # noqa: ANN001
    """Is the capitalised word at k, joined to an animal's name by "en" or a comma, the owner of the next animal
    ("haar cavia Pluisje, Daan met zijn schildpad Turbo en Fenna met twee goudvissen"), not a second name of the
    first ("de geiten Sjors en Bertha")?"""
    return k + 1 < len(doc) and doc[k + 1].lower_ in OWNER_AFTER


def _named_before_animal(doc, i: int) -> list[int]:  # noqa: ANN001
    """The name an animal word at i describes from behind: "Egbert de eekhoorn" (a character named
    with its kind), "Boris, een hele grote herder" (a name, then what animal it is)."""
    if i >= 2 and doc[i - 1].lower_ == "de" and doc[i - 2].text[:1].isupper() and doc[i - 2].text.isalpha() \
            and not doc[i - 2].whitespace_.count("\n") \
            and not (i >= 4 and doc[i - 3].lower_ in SURNAME_INTERFIXES and doc[i - 4].text[:1].isupper()):
        # not "Daan de Haas de hond gaf": a first name, "de" and a surname
        return [i - 2]
    k = i - 1
    while k > 0 and doc[k].text.isalpha() and doc[k].text.islower() and doc[k].lower_ not in ANIMAL_ARTICLES \
            and i - k <= APPOSITION_WORDS:
        k -= 1  # "hele grote"
    if k >= 2 and doc[k].lower_ in ANIMAL_ARTICLES and doc[k - 1].text == "," and doc[k - 2].text[:1].isupper() \
            and doc[k - 2].text.isalpha() \
            and not (k >= 4 and doc[k - 3].lower_ == "van" and _animal(doc[k - 4].lower_)):
        # not "de hond van Milan, een labrador": the owner (but "een hangertje van Storm, het paard uit de film")
        names = [k - 2]
        while names[-1] >= 2 and doc[names[-1] - 1].lower_ in {"en", ","} and doc[names[-1] - 2].text[:1].isupper() \
                and doc[names[-1] - 2].text.isalpha():
            names.append(names[-1] - 2)  # "Bobbi en Kiki, de knuffels uit de methode"
        return names
    return []


def _described_as_animal(doc, i: int) -> list[int]:  # noqa: ANN001
    """The names an animal word at i describes as the predicate of its sentence: "Bertha is de oudste koe",
    "Sjors is de bok", "Klaartje en Dientje waren vorige week nog kalfjes"; not "Sem was de wolf in de
    musical" or "Sem is de hond aan het uitlaten" (`NOT_ITS_NAME`), nor "Jasper is van frietzak naar dino overgestapt"
    (a preposition before the animal, `PREDICATE_BREAKERS`)."""
    if not doc[i].text[:1].islower():
        return []
    k = i - 1
    while k > 0 and i - k <= PREDICATE_WORDS and doc[k].text.isalpha() and doc[k].lower_ not in COPULAS:
        if doc[k].lower_ in PREDICATE_BREAKERS:
            return []
        k -= 1
    if k < 1 or doc[k].lower_ not in COPULAS:
        return []
    names = []
    b = k - 1
    while b >= 0 and doc[b].text[:1].isupper() and doc[b].text.isalpha():
        names.append(b)
        b -= 1
        if b >= 1 and doc[b].lower_ in {"en", ","} and doc[b - 1].text[:1].isupper():
            b -= 1
    opens = b < 0 or doc[b].is_space or doc[b].text in {".", "!", "?", ":", "-", "\n"} or "\n" in doc[b].whitespace_
    if not names or not opens:
        return []
    line_end = doc.text.find("\n", doc[i].idx)
    rest = doc.text[doc[i].idx:line_end if line_end >= 0 else len(doc.text)]
    rest = re.split(r"[.!?](?:\s|$)", rest)[0]
    return [] if NOT_ITS_NAME.search(rest) else names
