"""Is a word an ordinary word of another language? ("Państwo", "Veliler", "Musique", "Saint")

A capitalised word in a sentence in another language is no name when it is an ordinary word of that language:
Polish capitalises "Państwo" in a letter, Turkish a month and a day ("6 Mart Cuma"), French and Spanish the words of
a feast or a place ("la Fête de la Musique", "le Mont-Saint-Michel"). The vocabularies:

- French, Spanish, Portuguese, Italian and German: the word counts of pyspellchecker (MIT), the words used at
  least ORDINARY times (they count names too, lower-cased: the caller keeps the names its lists know);
- Polish and Turkish: the lower-case stems of the hunspell dictionaries (built by
  `screener.text.build_foreign_vocabulary`, licences beside the files in `data/`), with the endings the two
  languages inflect by ("Holandii", "Państwa"; "Veliler", "Ramazanlar", "okulumuzda").

Nothing is read until a sentence of that language asks: a Polish vocabulary's member is one zip member per first
two letters, read on demand; a Dutch draft pays nothing.
"""

from __future__ import annotations

import functools
import zipfile
from pathlib import Path

from screener.text.not_persons import foreign_text

DATA = Path(__file__).parent / "data"
STEM_FILES = {"pl": DATA / "polish_words.zip", "tr": DATA / "turkish_words.zip"}
COUNTED = {"fr", "es", "pt", "it", "de"}  # the languages pyspellchecker counts
ORDINARY = 500  # how often a counted language uses a word for it to be an ordinary word of it
# Polish endings of cases and persons, and what the stem may end with instead: "Państwa" of "państwo", "Lubelskiej"
# of "lubelski", "Pozdrawiam" of "pozdrawiać" ("Szkole" of "szkoła", a changed stem, is not reached)
POLISH_ENDINGS = (("ujemy", ("ować",)), ("ujesz", ("ować",)), ("amy", ("ać",)), ("imy", ("ić",)), ("ymy", ("yć",)),
                  ("uje", ("ować",)), ("uję", ("ować",)), ("am", ("ać",)), ("owie", ("",)), ("ami", ("a", "o", "")),
                  ("ach", ("a", "o", "")), ("ego", ("y", "i")),
                  ("emu", ("y", "i")), ("ymi", ("y",)), ("imi", ("i",)), ("ych", ("y",)), ("ich", ("i",)),
                  ("iej", ("i",)), ("owi", ("",)), ("ii", ("ia",)), ("ji", ("ja",)), ("ej", ("y", "a")),
                  ("om", ("", "a", "o")), ("ów", ("",)), ("em", ("",)), ("ym", ("y",)), ("im", ("i",)),
                  ("ie", ("a", "o", "", "y", "i")), ("ę", ("a",)), ("ą", ("a", "y", "i")), ("a", ("o", "", "y", "i")),
                  ("y", ("a", "")), ("i", ("a", "", "y")), ("u", ("", "o")), ("e", ("y", "i", "o", "")))
# Turkish suffixes, stripped one after another from the end: plural, possessive, case ("Ramazanlar", "okulumuzda")
TURKISH_SUFFIXES = ("lar", "ler", "ları", "leri", "ımız", "imiz", "umuz", "ümüz", "mız", "miz", "muz", "müz",
                    "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "da", "de", "ta", "te", "dan", "den", "tan",
                    "ten", "ya", "ye", "yı", "yi", "yu", "yü", "ı", "i", "u", "ü", "a", "e", "sı", "si", "su", "sü")
LEAST_STEM = 3


def is_ordinary_word(word: str, language: str) -> bool:
    """Is the word, in lower case, an ordinary word of `language` ("fr", "es", "pt", "it", "de", "pl", "tr"; False
    for any other)?"""
    low = word.lower().replace("i\u0307", "i")  # the Turkish dotted capital: "İftar" is "iftar"
    if language in COUNTED:
        return foreign_text._common_words(language).get(low, 0) >= ORDINARY
    if language == "pl":
        return any(_stem(form, "pl") for form in polish_forms(low))
    if language == "tr":
        return _turkish(low.split("'")[0].split("’")[0], 3)  # "Ramazan'da": the suffix after the apostrophe
    return False


def polish_forms(low: str) -> list[str]:
    """The word in lower case and the forms it may be inflected from ("holandii": "holandia", ...)."""
    return [low, *(low[: -len(ending)] + instead for ending, insteads in POLISH_ENDINGS
                   if low.endswith(ending) and len(low) - len(ending) >= LEAST_STEM for instead in insteads)]


def _turkish(low: str, suffixes: int) -> bool:
    if _stem(low, "tr"):
        return True
    return suffixes > 0 and any(_turkish(low[: -len(suffix)], suffixes - 1) for suffix in TURKISH_SUFFIXES
                                if low.endswith(suffix) and len(low) - len(suffix) >= LEAST_STEM)


@functools.lru_cache(maxsize=4096)
def _stem(low: str, language: str) -> bool:
    return f" {low} " in _member(language, low[:2])


@functools.lru_cache(maxsize=1024)
def _member(language: str, prefix: str) -> str:
    archive = _archive(language)
    if archive is None or prefix not in archive.NameToInfo:
        return ""
    return archive.read(prefix).decode("utf-8")


@functools.cache
def _archive(language: str) -> zipfile.ZipFile | None:
    path = STEM_FILES[language]
    return zipfile.ZipFile(path) if path.is_file() else None
