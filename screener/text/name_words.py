"""What a word is to the name rules: a title, initials, an interfix, a first name or surname a list
knows, an ordinary Dutch word, the start of a sentence. The base of the person, place and list
annotators (`screener.text.person_names`, `place_names`, `name_lists`), which share its lexicons."""

from __future__ import annotations

import re
import unicodedata

from spacy.lang.nl.stop_words import STOP_WORDS

from screener.text import lexicons, vocabulary
from screener.text.tokens import Tokens as Doc
from screener.text.tokens import title_case as _title_case

SENTENCE_END = {".", "!", "?", ":", "…", ";"}
GENITIVES = ("'s", "’s")
BULLETS = {"-", "*", "•", "–", "—", ">", "|"}
OPENING = {'"', "“", "'", "‘", "(", "["}
QUOTES = {'"', "“", "‘", "„"}
CLOSING_QUOTES = {'"', "”", "’", "'"}
PLACE_PREPOSITIONS = {"in", "uit", "naar", "te", "bij", "rond", "richting", "via", "vanuit", "nabij"}
PROVINCE_CODES = {"nh", "zh", "nb", "fr", "frl", "gr", "gn", "dr", "dn", "ov", "ut", "gld", "li", "l", "ze", "z",
                  "fl", "g", "u", "o", "d", "f", "n"}
CONTEXT_AFTER = re.compile(r"^\s*(?:\(\s*)?(?:uit|van|in|zit in)?\s*(?:groep|klas)\s*\d", re.IGNORECASE)
CONTEXT_AGE = re.compile(r"^\s*\(\s*\d{1,2}(?:\s*jaar)?\s*\)")
INITIALS = re.compile(r"^(?:[A-Z][a-z]{0,2}\.)+$")
# interfixes that are prepositions: without a first name or title, "aan de Brink" is a place
PREPOSITION_INTERFIXES = {"aan", "op", "in", "bij", "uit", "voor", "onder", "over"}
GROUP_WORDS = {"groep", "group", "team", "club", "klas", "kamer", "raad", "bond", "commissie"}
LIST_JOINERS = {",", "en", "&", "of"}
TITLE_ABBREVIATIONS = {"mr", "mevr", "mw", "mvr", "dhr", "fam", "dr", "drs", "prof", "ir", "ing", "ds", "hr", "mej"}
CLUB_ACRONYM = re.compile(r"(?:RK)?[A-Z]{1,3}V{1,2}")
NOT_CLUBS = {"TV", "IV", "XV", "XIV", "XXV", "XXIV"}  # a television set, roman numbers
ARTICLES = {"de", "het", "een", "'t", "der", "des", "deze", "die", "dit", "dat", "onze", "ons", "hun", "zijn", "haar"}
UNKNOWN_SCORE = 0.45
# titles of an office that is held "of" a place: "de burgemeester van Luik" is no person named "van Luik"
OFFICE_TITLES = {"burgemeester", "wethouder", "gouverneur", "commissaris", "koning", "koningin", "prins", "prinses",
                 "graaf", "gravin", "hertog", "hertogin", "bisschop", "aartsbisschop", "president", "premier",
                 "minister", "ambassadeur", "consul", "gedeputeerde", "schepen"}
CAMEL_CASE = re.compile(r"^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von)\w*[a-z][A-Z]")
# adjectives of peoples, places and languages that the vocabulary lacks
DEMONYM = re.compile(r"^\w{4,}(?:isch|ische|aanse|aans|talig|talige|ese|iase)$")


COMPOUND_HEAD_MIN = 5  # "atletiekvereniging", "verhuisbedrijf": the head word is an organisation word
COMPOUND_CACHE = 50_000  # words remembered by the compound check
COMPOUND_HEADS_SHORT = {"club"}  # "zwemclub"; a group ("kleutergroep Sanne") is no head


def _pictograph(text: str) -> bool:
    """An emoji or other pictograph token ("🎉", "👩‍👧", "⚽️"): a sentence boundary in a caption."""
    return not text.isascii() and any(unicodedata.category(c) == "So" for c in text) and \
        all(unicodedata.category(c) in {"So", "Sk", "Mn", "Cf", "Me"} for c in text)


def polish_spelling(text: str, first_names: frozenset[str]) -> bool:
    """Is the word a listed first name as Polish spells it, with "w" for "v" ("Oliwia", "Wiktoria", "Sylwia")?"""
    return len(text) >= 5 and "w" in text.lower() and text.replace("w", "v").replace("W", "V") in first_names \
        and not vocabulary.is_dutch_word(text)


class NameWords:
    def __init__(self, unknown_names: bool = True) -> None:
        self.lex = lexicons.load()
        self.unknown_names = unknown_names
        # first tokens of interfixes as the tokenizer splits them ("v.d.", "v/d", "d'")
        # and "'" of "'t" ("Lotte 't Hart": the tokenizer splits the apostrophe off)
        self.interfix_starts = {re.split(r"(?<=[a-z'])(?=[./'])|(?<=^')|\s", i)[0] for i in self.lex.interfixes}
        self.interfix_starts |= {i.split()[0] for i in self.lex.interfixes}
        self.interfix_chars = max(map(len, self.lex.interfixes), default=0)  # the longest: "van het"
        # function words ("op", "maar", "ik") that open no name, place or title: not an interfix ("van", "de"),
        # article ("het"), title, or a word the name lists hold ("Ben", "Al")
        # (nor the first word of a place: "Boven-Leeuwen", "Op Hoop")
        place_words = {w.lower() for place in self.lex.places for w in re.split(r"[ -]", place)[:1]}
        self.plain_words = frozenset(
            w for w in STOP_WORDS if w not in self.interfix_starts and w not in ARTICLES and w not in self.lex.titles
            and w.title() not in self.lex.first_names and w.title() not in self.lex.surnames and w not in place_words)

    def _sentence_start(self, doc: Doc, i: int) -> bool:
        k = i - 1
        while k >= 0 and (doc[k].is_space or doc[k].text in OPENING):
            if "\n" in doc[k].text or doc[k].is_space:
                return True  # a new line; a table cell (a Markdown table's "|" is read as white space)
            k -= 1
        if k < 0:
            return True
        if "\n" in doc[k].whitespace_:
            return True
        prev = doc[k].text
        if prev in SENTENCE_END or prev in {"|", "·"}:
            return True  # also a table cell: "| Rol | Gespeeld door |"; a footer's parts: "Stichting X · Volg ons"
        if k in doc.__dict__.get("option_labels", ()):
            return True  # "A. Parijs": a quiz's option opens like a sentence (not_persons.option_labels)
        if prev in BULLETS and (k == 0 or "\n" in doc[k - 1].text or "\n" in doc[k - 1].whitespace_):
            return True
        return _pictograph(prev)  # "🎂 Hoera", "👉 Volg ons", "... erbij 🥁🎶 En": an emoji ends or opens a sentence

    @staticmethod
    def _after_quote(doc: Doc, i: int) -> bool:
        """Just after an opening quote: a song or book title may start there ("Zie ginds komt de stoomboot")."""
        return i > 0 and doc[i - 1].text in QUOTES and not doc[i - 1].whitespace_

    @staticmethod
    def _quoted_alone(doc: Doc, i: int) -> bool:
        """A single quoted word ("tas met "Mila" erop"): a name written on something, not a title's first word."""
        return i + 1 < len(doc) and doc[i + 1].text in CLOSING_QUOTES and not doc[i].whitespace_

    @staticmethod
    def _sentence_goes_on(doc: Doc, i: int) -> bool:
        """Is token i followed by a lower-case word, ":" or "!" ("Tip voor thuis", "Kamp groep 8")?"""
        k = i + 1
        return k < len(doc) and (doc[k].text in {":", "!"} or doc[k].text[:1].islower()
                                 or (doc[k].is_space and "\n" not in doc[k].text))

    def _common(self, text: str) -> bool:
        low = text.lower()
        return low in self.lex.common_words or low in self.lex.not_names

    def _is_title(self, doc: Doc, i: int) -> int:
        """Number of tokens of a title at i ("juf", "dhr.", "Dr", "."), 0 if none."""
        if i >= len(doc):
            return 0
        word = doc[i].lower_.rstrip(".")
        if word not in self.lex.titles:
            return 0
        if i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_:
            if word not in TITLE_ABBREVIATIONS and (len(word) > 4 or len(word) == 3) and vocabulary.is_dutch_word(word):
                return 0  # "... en een directeur. Hieronder", "van opa en oma. Zeg": the sentence ends
            return 2
        return 1

    def _initial(self, doc: Doc, i: int) -> int:
        """Number of tokens of initials at i ("A.", "A.B.C.", "Th" + "."), 0 if none."""
        if i >= len(doc):
            return 0
        text = doc[i].text
        if INITIALS.match(text):
            return 1
        if len(text) == 1 and text.isupper() or text in self.lex.initials:
            if i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_:
                return 2
            if len(text) == 1 and i + 1 < len(doc) and self._name_word(doc[i + 1].text):
                return 1  # "A Visser", "A van der Sluis"
        return 0

    def _name_word(self, text: str) -> bool:
        """A word that could be part of a name: capitalised, or a lower-case interfix."""
        return _title_case(text) or text.lower() in self.lex.interfixes

    def _interfix(self, doc: Doc, i: int) -> int:
        """Tokens of the longest interfix at i ("van der", "v.d.", "v/d", "d'"), 0 if none."""
        best = 0
        n = len(doc)
        if i >= n or doc[i].lower_ not in self.interfix_starts:
            return 0
        start = doc[i].idx
        reach = start + self.interfix_chars
        for length in (1, 2, 3, 4):
            if i + length > n:
                break
            last = doc[i + length - 1]
            stop = last.idx + len(last.text)  # the span's text is doc.span_text(i, i + length)
            if stop > reach:
                break  # longer than every interfix, and so are the spans after it (lower() never shortens)
            if doc.text[start:stop].lower() in self.lex.interfixes:
                best = length
        return best

    def _first_name(self, text: str) -> bool:
        if "İ" in text:  # Turkish dotted capital: the lists write "Ilayda"
            text = text.replace("İ", "I")
        if text.endswith(GENITIVES) and len(text) > 4:
            text = text[:-2]  # "Lisa's moeder", "Sanne’s fiets": the genitive of a first name
        return text in self.lex.first_names or (
            text.isupper() is False and text.title() in self.lex.first_names and _title_case(text)
            and not CAMEL_CASE.match(text)  # "KiKa" is a charity, not Kika
        ) or self._known_without_diacritics(text, self.lex.first_names, self.lex.folded_first_names) \
            or polish_spelling(text, self.lex.first_names)

    @staticmethod
    def _known_without_diacritics(text: str, names: frozenset[str], folded: frozenset[str]) -> bool:
        """"Omer" for the listed "Ömer", "Büşra" for the listed "Busra": a name typed with or without its
        diacritics."""
        if text.isascii():
            return text in folded
        return lexicons.fold_name(text) in names

    def _known_surname(self, text: str) -> bool:
        return text in self.lex.surnames or self._known_without_diacritics(text, self.lex.surnames,
                                                                           self.lex.folded_surnames)

    def _surname_word(self, text: str, after_interfix: bool) -> bool:
        if not _title_case(text) or text.lower() in self.lex.not_names:
            return False
        if after_interfix:
            return text in self.lex.interfix_surnames or text in self.lex.surnames or not self._common(text)
        return text in self.lex.surnames

    def _is_organisation_word(self, lower: str) -> bool:
        """"stichting", "fc", and compounds ending in one: "atletiekvereniging", "verhuisbedrijf", "hockeyclub"."""
        if lower in self.lex.organisation_words:
            return True
        cache = self.__dict__.setdefault("_compounds", {})
        known = cache.get(lower)
        if known is None:
            if len(cache) > COMPOUND_CACHE:
                cache.clear()
            heads = self._compound_heads
            known = cache[lower] = any(lower[k:] in heads and lower[k - 1].isalpha() for k in range(3, len(lower) - 3))
        return known

    @property
    def _compound_heads(self) -> frozenset[str]:
        heads = self.__dict__.get("_heads")
        if heads is None:
            heads = self._heads = frozenset(w for w in self.lex.organisation_words
                                            if w.isalpha() and (w not in GROUP_WORDS or w in COMPOUND_HEADS_SHORT)
                                            and (len(w) >= COMPOUND_HEAD_MIN or w in COMPOUND_HEADS_SHORT))
        return heads

    def _unknown_capitalised(self, text: str, strong_cue: bool = False) -> bool:
        """A capitalised word no list knows; without a strong cue it must not be a Dutch word."""
        if not _title_case(text) or self._common(text) or text in self.lex.places or self._place_adjective(text):
            return False
        if text in self.lex.organisations or text.lower() in self.lex.organisation_words:
            return False
        return strong_cue or not self._dutch_word(text, compounds=True)

    def _place_adjective(self, text: str) -> bool:
        """An adjective of a place or region: "Sallandse Heuvelrug", "Twentse krentenwegge", "Zaanse kaas"."""
        if not text.endswith("se") or len(text) < 6:
            return False
        stem = text[:-2]
        return stem in self.lex.places or stem + "e" in self.lex.places or stem.lower() in self.lex.common_words \
            or vocabulary.is_lower_case_word(stem)

    def _dutch_word(self, text: str, compounds: bool = False) -> bool:
        """An ordinary (or capitalised) Dutch word that is not a listed name: "Schoolreis", "Belgische",
        also a compound of two ("Klassenblog")."""
        if text in self.lex.first_names or text in self.lex.surnames:
            return False
        return text.lower() in self.lex.medical_terms or vocabulary.is_dutch_word(text) or (
            compounds and vocabulary.is_compound(text))

    def _school_context(self, doc: Doc, i: int) -> bool:
        """"X uit groep 5", "X (groep 7)", "X (8 jaar)" after token i."""
        after = doc[i].idx + len(doc[i].text)
        rest = doc.text[after : after + 30]
        return bool(CONTEXT_AFTER.match(rest) or CONTEXT_AGE.match(rest))

    def _not_name_phrase(self, doc: Doc, i: int) -> int:
        """Tokens of a character or title at i ("Zwarte Piet"), 0 if none."""
        if not _title_case(doc[i].text):
            return 0
        index = self.__dict__.get("_phrases_by_first")
        if index is None:  # the phrases by their first word, longest first (as the list is sorted)
            index = self._phrases_by_first = {}
            for phrase in self.lex.not_name_phrases:
                index.setdefault(phrase[0], []).append(phrase)
        for phrase in index.get(doc[i].lower_, ()):
            if i + len(phrase) <= len(doc) and all(doc[i + k].lower_ == word for k, word in enumerate(phrase)):
                return len(phrase)
        return 0

    def _after_hyphen(self, doc: Doc, i: int) -> bool:
        """The second part of a hyphenated word whose first part is no name: "Wal-Mart", "Sint-Niklaas"."""
        if not (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_):
            return False
        first = doc[i - 2].text
        return first.isalpha() and not (_title_case(first) and not self._dutch_word(first))

    def _organisation_word(self, doc: Doc, k: int, before: bool = False) -> bool:
        """A capitalised organisation word at k, but not "Groep 5" or "Klas 3B" after a child's name;
        before a name also in lower case ("boekhandel Praamstra"), except a group ("team Sanne")."""
        if not 0 <= k < len(doc):
            return False
        if k + 1 < len(doc) and (doc[k + 1].like_num or doc[k + 1].text[:1].isdigit()):
            return False
        if CLUB_ACRONYM.fullmatch(doc[k].text) and doc[k].text not in NOT_CLUBS:
            return True  # "DVV Davo", "RKSV Nuenen", "SVV": a sports club's letters end in V (vereniging)
        return self._is_organisation_word(doc[k].lower_) and (
            _title_case(doc[k].text) or doc[k].text.isupper() or (before and doc[k].lower_ not in GROUP_WORDS))
