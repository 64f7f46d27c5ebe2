"""`screener_names`: a spaCy component that finds Dutch person and place names from lexicons.

It reads the tokens left to right and tries, at each capitalised word:

1. a person introduced by a title, initials or a known first name
   ("juf Marieke", "A. de Vries", "mevrouw Visser-de Jong", "Jan-Willem", "Sanne");
2. a place from the place lists ("Utrecht", "Den Haag", "Bovenkerk (NH)");
3. a person by surname alone ("de Vries", "Visser"), or by school context for a name that no
   list knows ("de moeder van Xyla", "Xyla uit groep 5", "Xyla (groep 7)");

and finally extends lists of names ("Lotte, Noor en Xyla"). A word that is both a name and an
ordinary Dutch word ("Roos", "Hart", "Best") counts only with support: a capital in the middle
of a sentence, a title, or a surname after it.

A capitalised word that no name list knows is only taken for a name when it is not an ordinary
Dutch word ("Schoolreis", "Commissie", "Belgische"; `screener.text.vocabulary`), unless a strong
cue says so ("de moeder van X", "juf X"). No person is: a span next to an organisation word
("Omega Pharma", "Stichting X", "directeur Basisschool"), a known shop or venue ("Hema"), a
character or title ("Zwarte Piet", "Pluk van de Petteflet"), the second half of a hyphenated
word ("Sint-Niklaas"), a product in camel case ("PowerPoint"), a medical term after initials
("M. Alzheimer"), or a country that is also a first name ("Israël") without school context.

Entities the model (if any) found are kept; this component only adds what does not overlap them.
Each entity's confidence is stored in `doc.user_data["screener_scores"][(start_char, end_char)]`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from screener.text import lexicons, lowercase_names, not_persons, vocabulary

COMPONENT = "screener_names"
SCORES = "screener_scores"

PERSON = "PERSON"
MODEL_NAME_LABELS = {"PERSON", "PER", "LOC", "GPE", "LOCATION"}
LOCATION = "LOCATION"

SENTENCE_END = {".", "!", "?", ":", "…", ";"}
BULLETS = {"-", "*", "•", "–", "—", ">", "|"}
OPENING = {'"', "“", "'", "‘", "(", "["}
QUOTES = {'"', "“", "‘", "„"}
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
ARTICLES = {"de", "het", "een", "'t", "der", "des", "deze", "die", "dit", "dat", "onze", "ons", "hun", "zijn", "haar"}
UNKNOWN_SCORE = 0.45
# titles of an office that is held "of" a place: "de burgemeester van Luik" is no person named "van Luik"
OFFICE_TITLES = {"burgemeester", "wethouder", "gouverneur", "commissaris", "koning", "koningin", "prins", "prinses",
                 "graaf", "gravin", "hertog", "hertogin", "bisschop", "aartsbisschop", "president", "premier",
                 "minister", "ambassadeur", "consul", "gedeputeerde", "schepen"}
CAMEL_CASE = re.compile(r"^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von)\w*[a-z][A-Z]")
# adjectives of peoples, places and languages that the vocabulary lacks
DEMONYM = re.compile(r"^\w{4,}(?:isch|ische|aanse|aans|talig|talige|ese|iase)$")


class _Token(NamedTuple):
    text: str
    lower_: str
    whitespace_: str
    idx: int
    is_space: bool
    is_punct: bool
    like_num: bool


class Tokens(list):
    """A plain-Python snapshot of a Doc's tokens: indexing a spaCy Doc creates a Token object
    each time, which made this component several times slower than it needs to be. A list, so
    that `doc[i]` is a C-level lookup (a Python __getitem__ cost a fifth of the text time)."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(_Token(t.text, t.lower_, t.whitespace_, t.idx, t.is_space, t.is_punct, t.like_num)
                         for t in doc)
        self.text = doc.text

    def span_text(self, start: int, stop: int) -> str:
        """The text from token `start` up to (not including) token `stop`, as Doc[start:stop].text."""
        stop = min(stop, len(self))
        if stop <= start:
            return ""
        return self.text[self[start].idx : self[stop - 1].idx + len(self[stop - 1].text)]


def _title_case(text: str) -> bool:
    """'Sanne', 'McDonald', 'El-Amrani'; not 'SANNE' or 'A1'. (A lowercase letter after the first
    is a character that upper() changes: one C call instead of a loop over the characters.)"""
    rest = text[1:]
    return len(text) > 1 and text[0].isupper() and rest != rest.upper()


def _all_caps(text: str) -> bool:
    return len(text) > 2 and text.isalpha() and text.isupper()


class NameTagger:
    def __init__(self, unknown_names: bool = True) -> None:
        self.lex = lexicons.load()
        self.unknown_names = unknown_names
        # first tokens of interfixes as the tokenizer splits them ("v.d.", "v/d", "d'")
        self.interfix_starts = {re.split(r"(?<=[a-z'])(?=[./'])|\s", i)[0] for i in self.lex.interfixes}
        self.interfix_starts |= {i.split()[0] for i in self.lex.interfixes}

    # --- token helpers -------------------------------------------------------------------
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
        if prev in SENTENCE_END or prev == "|":
            return True  # also a table cell: "| Rol | Gespeeld door |"
        if prev in BULLETS and (k == 0 or "\n" in doc[k - 1].text or "\n" in doc[k - 1].whitespace_):
            return True
        return False

    @staticmethod
    def _after_quote(doc: Doc, i: int) -> bool:
        """Just after an opening quote: a song or book title may start there ("Zie ginds komt de stoomboot")."""
        return i > 0 and doc[i - 1].text in QUOTES and not doc[i - 1].whitespace_

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
            if len(word) > 4 and vocabulary.is_dutch_word(word):
                return 0  # "... en een directeur. Hieronder": the sentence ends, no "dir." abbreviation
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
        if i >= len(doc) or doc[i].lower_ not in self.interfix_starts:
            return 0
        for length in (1, 2, 3, 4):
            if i + length > len(doc):
                break
            text = doc.span_text(i, i + length).lower()
            if text in self.lex.interfixes:
                best = length
        return best

    def _first_name(self, text: str) -> bool:
        return text in self.lex.first_names or (
            text.isupper() is False and text.title() in self.lex.first_names and _title_case(text)
            and not CAMEL_CASE.match(text)  # "KiKa" is a charity, not Kika
        )

    def _surname_word(self, text: str, after_interfix: bool) -> bool:
        if not _title_case(text) or text.lower() in self.lex.not_names:
            return False
        if after_interfix:
            return text in self.lex.interfix_surnames or text in self.lex.surnames or not self._common(text)
        return text in self.lex.surnames

    def _unknown_capitalised(self, text: str, strong_cue: bool = False) -> bool:
        """A capitalised word no list knows; without a strong cue it must not be a Dutch word."""
        if not _title_case(text) or self._common(text) or text in self.lex.places:
            return False
        if text in self.lex.organisations or text.lower() in self.lex.organisation_words:
            return False
        return strong_cue or not self._dutch_word(text, compounds=True)

    def _dutch_word(self, text: str, compounds: bool = False) -> bool:
        """An ordinary (or capitalised) Dutch word that is not a listed name: "Schoolreis", "Belgische",
        also a compound of two ("Klassenblog")."""
        if text in self.lex.first_names or text in self.lex.surnames:
            return False
        return text.lower() in self.lex.medical_terms or vocabulary.is_dutch_word(text) or (
            compounds and vocabulary.is_compound(text))

    # --- person ------------------------------------------------------------------------------
    def _surname(self, doc: Doc, j: int, supported: bool) -> int:
        """End of a surname starting at j ("Visser", "de Vries", "Visser-de Jong"), or j if none.

        Without support (title, initials, first name) the surname must be in a list.
        """
        n = len(doc)
        k = j
        infix = self._interfix(doc, k)
        if infix == 1 and doc[k].lower_ == "het" and not supported:
            return j  # "Het Anker", "het Zonnelied": a school or a title, not "'t Hart"
        if infix and k + infix < n and _title_case(doc[k + infix].text):
            word = doc[k + infix].text
            if doc[k + infix].lower_ in self.lex.not_names:
                return j  # "het lied van Kinderen voor Kinderen": never a name, whatever a surname list says
            if (word in self.lex.interfix_surnames or word in self.lex.surnames
                    or (supported and not self._common(word) and not self._dutch_word(word))):
                k = k + infix + 1
            else:
                return j
        elif k < n and _title_case(doc[k].text):
            word = doc[k].text
            if doc[k].lower_ in self.lex.not_names or doc[k].lower_ in self.lex.titles \
                    or doc[k].lower_ in self.lex.organisation_words:
                return j  # "directeur Basisschool De Wegwijzer"
            if word in self.lex.surnames or (supported and not self._common(word)
                                             and word.lower() not in self.lex.medical_terms):
                k += 1
            else:
                return j
        else:
            return j
        # double names: "Visser-de Jong", "Visser-Visser"
        while k + 1 < n and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            nxt = self._surname(doc, k + 1, supported=True)
            if nxt == k + 1:
                break
            k = nxt
        return k

    @staticmethod
    def _repeated(step, doc: Doc, j: int, support: int) -> tuple[int, int]:  # noqa: ANN001 - a token helper
        """Past as many titles or initials as follow one another at j ("Prof. Dr.", "A.B."): each adds support."""
        while taken := step(doc, j):
            j += taken
            support += 1
        return j, support

    def _person(self, doc: Doc, i: int, sentence_start: bool) -> tuple[int, float]:
        """(end, score) of a person starting at token i; end == i when there is none."""
        n = len(doc)
        # titles, also several: "Prof. Dr.", "de heer"
        j, support = self._repeated(self._is_title, doc, i, 0)
        if support and j < n and doc[j].text in {"en", "&"}:
            return i, 0.0  # "juf en meester"
        if support and doc[j - 1].lower_ in OFFICE_TITLES and j + 1 < n and doc[j].text == "van" \
                and self._place(doc, j + 1, False) > j + 1:
            return i, 0.0  # "de burgemeester van Luik": an office of a place, the place comes next
        # initials
        j, support = self._repeated(self._initial, doc, j, support)
        # first names, hyphenated first names
        firsts = 0
        ambiguous_only = True
        while j < n and _title_case(doc[j].text) and self._first_name(doc[j].text) and doc[j].lower_ not in self.lex.not_names:
            if doc[j].lower_ not in self.lex.ambiguous_first_names:
                ambiguous_only = False
            j += 1
            firsts += 1
            if (j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
                    and _title_case(doc[j + 1].text) and not self._common(doc[j + 1].text)):
                j += 2  # Jan-Willem, Jan-Onbekend
        if firsts:  # "Annie M.G. Schmidt"
            j, support = self._repeated(self._initial, doc, j, support)
        if (firsts == 0 and j < n and self._unknown_capitalised(doc[j].text, strong_cue=bool(support))
                and (support or not sentence_start)):
            # an unknown first name is accepted before a known surname ("Xyla Visser")
            after = self._surname(doc, j + 1, supported=False)
            if after > j + 1:
                return after, 0.8
        # an ambiguous first name ("Roos", "Mark") only carries a surname that a list knows
        end = self._surname(doc, j, supported=bool(support or (firsts and not ambiguous_only)))
        if support:
            if end > j or firsts:
                return end, 0.9
            if j < n and 1 <= len(doc[j].text) <= 3 and doc[j].text.isalpha() and doc[j].text.isupper() \
                    and doc[j].lower_ not in self.lex.organisation_words:
                return j + 1, 0.8  # "Dr. A", "dr ABC"
            return i, 0.0
        if firsts:
            if end > j:
                return end, 0.9
            if firsts == 1 and end == i + 1 and doc[i].text in self.lex.world_places and not self._school_context(doc, i):
                return i, 0.0  # "Israël", "Georgia": a country or city, unless "Georgia (groep 4)"
            if ambiguous_only and (sentence_start or firsts > 1):
                return i, 0.0
            return end, 0.75 if not ambiguous_only else 0.5
        return i, 0.0

    def _surname_only(self, doc: Doc, i: int, sentence_start: bool) -> tuple[int, float]:
        if doc[i].lower_ in PLACE_PREPOSITIONS:
            return i, 0.0  # "in Den Haag" is a place
        if doc[i].text == "van" and i + 1 < len(doc) and self._place(doc, i + 1, False) > i + 1:
            return i, 0.0  # "de burgemeester van Luik": a place, not the surname "van Luik"
        if sentence_start and doc[i].lower_ in self.lex.ambiguous_first_names:
            return i, 0.0  # "Roos is een bloem"
        if i > 0 and doc[i - 1].lower_ == "het":
            return i, 0.0  # "IKC Het Anker": a school, not the surname Anker
        if i > 1 and doc[i - 1].text == "de" and (doc[i - 2].lower_ in PLACE_PREPOSITIONS
                                                  or doc[i - 2].lower_ in PREPOSITION_INTERFIXES):
            return i, 0.0  # "aan de Brink", "bij de Bruna": a place or a shop
        if (sentence_start or self._after_quote(doc, i)) and vocabulary.is_lower_case_word(doc[i].text) \
                and self._sentence_goes_on(doc, i):
            return i, 0.0  # "Tip: ...", "Snoep ook", "Knap!": a word, not the surname Tip
        if doc[i].lower_ in PREPOSITION_INTERFIXES or (doc[i].lower_ in {"de", "het", "'t"} and i > 0 and (
                doc[i - 1].lower_ in PLACE_PREPOSITIONS or doc[i - 1].lower_ in ARTICLES
                or doc[i - 1].lower_ in PREPOSITION_INTERFIXES or doc[i - 1].lower_ in {"van", "met"})):
            return i, 0.0  # "aan de Brink", "op de Brink", "bij de Bruna": a place or a shop
        end = self._surname(doc, i, supported=False)
        if end > i:
            return end, 0.6
        return i, 0.0

    def _by_context(self, doc: Doc, i: int) -> tuple[int, float]:
        """An unknown capitalised word that school context marks as a person."""
        text = doc[i].text
        if not self._unknown_capitalised(text, strong_cue=True) or _all_caps(text):
            return i, 0.0
        # "de moeder van Xyla"
        if i >= 2 and doc[i - 1].lower_ == "van" and doc[i - 2].lower_ in self.lex.relations:
            return i + 1, 0.7
        if not self._unknown_capitalised(text):
            return i, 0.0  # "Schoolreis groep 6": a heading, not a child
        if self._school_context(doc, i):
            return i + 1, 0.7
        return i, 0.0

    def _school_context(self, doc: Doc, i: int) -> bool:
        """"X uit groep 5", "X (groep 7)", "X (8 jaar)" after token i."""
        after = doc[i].idx + len(doc[i].text)
        rest = doc.text[after : after + 30]
        return bool(CONTEXT_AFTER.match(rest) or CONTEXT_AGE.match(rest))

    def _unknown_proper_noun(self, doc: Doc, i: int, sentence_start: bool) -> tuple[int, float]:
        """A capitalised word in mid-sentence that no list knows: Dutch capitalises few other
        words than names, so it is reported with a low score, unless an article before it
        makes it an organisation or event ("de Efteling", "het Rijksmuseum")."""
        if not self.unknown_names or sentence_start or not self._unknown_capitalised(doc[i].text) or not doc[i].text.replace("-", "").isalpha():
            return i, 0.0
        if CAMEL_CASE.match(doc[i].text):
            return i, 0.0  # "PowerPoint", "KiKa", "WhatsApp": a product or organisation
        if DEMONYM.search(doc[i].text):
            return i, 0.0  # "Nederlandstalige", "Joegoslavisch", "Indiase": an adjective of a people or place
        if i > 0 and (doc[i - 1].lower_ in ARTICLES or doc[i - 1].lower_ in PLACE_PREPOSITIONS):
            return i, 0.0  # "de Efteling", "in Zinnik": an organisation, event or place
        end = i + 1
        while end < len(doc) and self._unknown_capitalised(doc[end].text) and doc[end].text.isalpha():
            end += 1
        return end, UNKNOWN_SCORE

    def _not_name_phrase(self, doc: Doc, i: int) -> int:
        """Tokens of a character or title at i ("Zwarte Piet"), 0 if none."""
        if not _title_case(doc[i].text):
            return 0
        for phrase in self.lex.not_name_phrases:
            if phrase[0] == doc[i].lower_ and i + len(phrase) <= len(doc) and all(
                    doc[i + k].lower_ == word for k, word in enumerate(phrase)):
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
        return doc[k].lower_ in self.lex.organisation_words and (
            _title_case(doc[k].text) or doc[k].text.isupper() or (before and doc[k].lower_ not in GROUP_WORDS))

    def _not_a_person(self, doc: Doc, i: int, end: int, score: float) -> bool:
        """A span the person rules found that is an organisation or a disease after all:
        "Omega Pharma", "Stichting Leergeld", "FC Twente", "Pierre-Robin (sequentie)"."""
        if doc.span_text(i, end) in self.lex.eponymous_diseases:
            return True
        if score >= 0.9 and self._is_title(doc, i):
            return False  # "mevrouw Jansen" stays a person
        return self._organisation_word(doc, end) or self._organisation_word(doc, i - 1, before=True)

    # --- place ----------------------------------------------------------------------------------
    def _place(self, doc: Doc, i: int, sentence_start: bool) -> int:
        n = len(doc)
        first = doc[i].text
        if not (_title_case(first) or _all_caps(first) or first in {"'", "'s", "'t", "Den", "De"}):
            return i
        for length in range(min(6, n - i), 0, -1):
            text = doc.span_text(i, i + length)
            if text not in self.lex.places and not (_all_caps(text.replace(" ", "").replace("-", ""))
                                                     and text.title() in self.lex.places):
                continue
            last = doc[i + length - 1].text
            if not (_title_case(last) or _all_caps(last)):
                continue
            if length == 1:
                if (i + 2 < n and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
                        and doc[i + 2].lower_.endswith(("se", "sche"))):
                    return i  # "de Noord-Duitse stad": half of an adjective
                low = first.lower()
                if low in self.lex.not_names:
                    return i
                if (self._common(first) or sentence_start and vocabulary.is_lower_case_word(first)
                        and self._sentence_goes_on(doc, i)) and (sentence_start or _all_caps(first)):
                    return i  # "Kamp groep 8", "BEST"
                if (self._first_name(first) and not (i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS)
                        and (first not in self.lex.world_places or self._school_context(doc, i))):
                    return i
            end = i + length
            # province after a place: "Bovenkerk (NH)", "Bovenkerk NH"
            if end + 2 < n and doc[end].text == "(" and doc[end + 1].lower_ in PROVINCE_CODES and doc[end + 2].text == ")":
                end += 3
            elif end < n and doc[end].text in {"NH", "ZH", "NB", "GLD"} and doc[end - 1].whitespace_:
                end += 1
            return end
        return i

    # --- the component ----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        scores: dict[tuple[int, int], float] = doc.user_data.setdefault(SCORES, {})
        for token in doc:  # presidio's context words are compared with lemmas
            if not token.lemma_:
                token.lemma_ = token.lower_
        spacy_doc, doc = doc, Tokens(doc)
        # characters, authors, brands: no name here, neither the lexicon's nor the model's
        blocked = not_persons.blocked_tokens(doc, self.lex)
        taken = list(blocked.tokens)
        # the model's persons and places stand, unless a list or the context says otherwise;
        # its other entities (ORG, DATE, ...) give way
        model_ents = [e for e in spacy_doc.ents if e.label_ in MODEL_NAME_LABELS
                      and not any(taken[e.start:e.end])
                      and not (e.label_ in {"PER", "PERSON"} and not_persons.public_or_street(doc, e.start, e.end,
                                                                                                 blocked, self.lex))]
        for ent in model_ents:
            for k in range(ent.start, ent.end):
                taken[k] = True
        found: list[Span] = []
        n = len(doc)
        i = 0
        while i < n:
            if taken[i] or doc[i].is_space or (doc[i].is_punct and doc[i].text != "'") or doc[i].like_num:
                i += 1
                continue
            if doc[i].text[:1].islower() and doc[i].lower_ not in self.interfix_starts \
                    and doc[i].lower_.rstrip(".") not in self.lex.titles:
                i += 1  # an ordinary lower-case word: no rule below starts a name with one
                continue
            phrase = self._not_name_phrase(doc, i)
            if phrase:
                i += phrase  # "Zwarte Piet", "Pluk van de Petteflet"
                continue
            if self._after_quote(doc, i) and (vocabulary.is_dutch_word(doc[i].text)
                                              or vocabulary.is_lower_case_word(doc[i].text + "n")):  # "Zie" of zien
                i += 1  # "Zie ginds komt de stoomboot": a song's first word
                continue
            start_of_sentence = self._sentence_start(doc, i)
            end, score, label = i, 0.0, PERSON
            end, score = self._person(doc, i, start_of_sentence)
            place_end = self._place(doc, i, start_of_sentence) if end == i or not self._is_title(doc, i) else i
            if place_end > i and (end == i or (place_end >= end and place_end - i > 1)):
                # no person here, or a place of several words that a list knows ("Sierra Leone", "Rio de Janeiro")
                end, score, label = place_end, 0.7, LOCATION
            if end == i:
                end, score = self._surname_only(doc, i, start_of_sentence)
            if end == i:
                end, score = self._by_context(doc, i)
            if end == i:
                end, score = self._unknown_proper_noun(doc, i, start_of_sentence)
            if end > i and label == PERSON and (self._after_hyphen(doc, i) or self._not_a_person(doc, i, end, score)
                                                or not_persons.public_or_street(doc, i, end, blocked, self.lex)):
                i = end  # the whole span is skipped: "Omega Pharma" is no "Pharma" either
                continue
            if end > i and not any(taken[i:end]):
                found.append(Span(spacy_doc, i, end, label=label))
                scores[(doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text))] = score
                i = end
            else:
                i += 1
        covered = [False] * n
        for span in found:
            covered[span.start:span.end] = [True] * (span.end - span.start)
        for start, end in lowercase_names.lowercase_names(doc, [a or b for a, b in zip(taken, covered)], self.lex):
            found.append(Span(spacy_doc, start, end, label=PERSON))
            scores[(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))] = lowercase_names.SCORE
        found.sort(key=lambda s: s.start)
        found = self._extend_lists(spacy_doc, doc, found, taken, scores)
        covered = {k for span in found for k in range(span.start, span.end)}
        others = [e for e in spacy_doc.ents
                  if e.label_ not in MODEL_NAME_LABELS and not covered.intersection(range(e.start, e.end))]
        spacy_doc.ents = sorted(model_ents + others + found, key=lambda s: s.start)
        return spacy_doc

    def _extend_lists(self, spacy_doc: Doc, doc: Tokens, found: list[Span], taken: list[bool], scores: dict) -> list[Span]:
        """"Lotte, Noor en Xyla": an unknown capitalised word joined to a person is a person."""
        persons = {s.start: s for s in found if s.label_ == PERSON}
        covered = set()
        for s in found:
            covered.update(range(s.start, s.end))
        added: list[Span] = []
        for span in sorted(persons.values(), key=lambda s: s.start):
            for direction in (1, -1):
                k = span.end if direction == 1 else span.start - 1
                while True:
                    joiner = k
                    if not (0 <= joiner < len(doc)) or doc[joiner].lower_ not in LIST_JOINERS:
                        break
                    word = joiner + direction
                    if not (0 <= word < len(doc)) or word in covered or taken[word]:
                        break
                    if not self._unknown_capitalised(doc[word].text) or self._sentence_start(doc, word) and direction == -1:
                        break
                    if word > 0 and (doc[word - 1].lower_ in ARTICLES or doc[word - 1].lower_ in PLACE_PREPOSITIONS):
                        break  # "naar de Walibi, Sanne en ...": a venue, not a child
                    new = Span(spacy_doc, word, word + 1, label=PERSON)
                    added.append(new)
                    covered.add(word)
                    scores[(doc[word].idx, doc[word].idx + len(doc[word].text))] = 0.6
                    k = word + direction
        return sorted(found + added, key=lambda s: s.start)


@Language.factory(COMPONENT, default_config={"unknown_names": True})
def make_name_tagger(nlp: Language, name: str, unknown_names: bool) -> NameTagger:
    return NameTagger(unknown_names=unknown_names)
