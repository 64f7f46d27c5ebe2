"""Persons: a title, initials or a known first name with a surname ("juf Marieke", "A. de Vries",
"mevrouw Visser-de Jong", "Jan-Willem"), a surname alone that a list knows ("de Vries"), a name no
list knows that school context or the sentence marks ("de moeder van Xyla", "Xyla uit groep 5",
"Xyla vertelde", "Xyla: 'Het was super'", "Xylas' moeder"), a surname with a capital "Van" in
mid-sentence ("zegt Van Diepenbeek", also where the rest is a place), and an unknown capitalised word
in mid-sentence, also after "dat" or "die" ("zei dat Xyla"), with a low score. No person is a span next to an organisation
word ("Omega Pharma", "Stichting X") or an eponymous disease ("M. Alzheimer")."""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.nl.stop_words import STOP_WORDS

from screener.text import lowercase_names, vocabulary
from screener.text.not_persons import public_roles, things_and_brands
from screener.text.name_words import (ARTICLES, CAMEL_CASE, DEMONYM, GENITIVES, GROUP_WORDS, LIST_JOINERS, OFFICE_TITLES,
                                      PLACE_PREPOSITIONS, PREPOSITION_INTERFIXES, UNKNOWN_SCORE, NameWords)
from screener.text.tokens import Tokens as Doc
from screener.text.tokens import all_caps as _all_caps
from screener.text.tokens import title_case as _title_case


# a play, a performance or dressing up: "als Fagin" after it is a role ("mensen als Sankoh" is no role)
ROLE_CUE = re.compile(r"\b(?:musical|toneel\w*|voorstelling|kerstspel|rol(?:len)?|speel\w*|speelde\w*|gespeeld|"
                      r"verkle\w*|generale|repetitie|optreden|opvoering|acteren|spelen)\b", re.IGNORECASE)
# articles that are also a conjunction, a relative pronoun or a verb: "zei dat Xyla", "kinderen die Xyla
# hielpen", "de gasten zijn Xyla en ...": before an unknown capitalised word they make no organisation
# what follows a verb telling the reader what to do, never a child's name opening a sentence: "Kam het haar"
AFTER_IMPERATIVE = {"het", "een", "uw", "jouw", "niets", "niks", "liever", "alles", "iets"}
CAPITAL_ARTICLES = {"De", "Het", "Den"}  # "van De Boomgaard"; a surname writes "van de Boomgaard"
# "| --- | :---: |", or the blank line of spaces the Markdown reader leaves of it
TABLE_RULE = re.compile(r"(?:[ \t|:]*-{3,}[ \t|:-]*| {3,})(?:\n|$)")
CELL_GAP = re.compile(r"\s*(?:\||\s{2,})\s*$|^\s*(?:\||\s{2,})")  # table cells apart: a bar, or two spaces
CELL_GAP_START = re.compile(r"\s*(?:\||\s{2,})")


def _cell_gap_before(before: str) -> bool:
    """CELL_GAP.search(before), without trying every position of a long line of prose: the text before a
    token ends in a bar and spaces, or in two spaces, or opens with a cell's gap."""
    stripped = before.rstrip()
    return stripped.endswith("|") or len(before) - len(stripped) >= 2 or CELL_GAP_START.match(before) is not None
LABEL_ENDINGS = ("nummer", "nummers", "code", "codes")
BUILDING_ENDINGS = ("kerk", "kapel", "moskee", "kathedraal", "basiliek", "synagoge")
NATURE_ENDINGS = ("berg", "bergen", "bos", "bossen", "heide", "veld", "velden", "duinen", "strand", "plas", "woud")
NATURE_PLACE = re.compile(r"\w{3,}(?:" + "|".join(NATURE_ENDINGS) + r")$")  # after the cheap str.endswith test
THING_BEFORE = {"van", "tegen", "bij", "naar", "op", "voor", "met"}  # lower case, before "De Linde"
# a relation in brackets after a name: "Koning (vader van Abel)", "Bakker (moeder van Sem)"
RELATION_IN_BRACKETS = re.compile(r"\s*\(\s*(?:vader|moeder|papa|mama|opa|oma|ouders?|oppas|voogd|pleegouder|"
                                  r"pleegmoeder|pleegvader|tante|oom|broer|zus)\s+van\s+\w", re.IGNORECASE)
TITLES_IN_CAPITALS = {"juf", "meester", "meneer", "mevrouw", "opa", "oma"}  # "JUF NOOR IS GETROUWD"
INNER_CAPITAL = re.compile(r"[a-z][A-Z]")  # "DeScheg": two words joined
SALUTATIONS = {"lieve", "beste", "dag", "hoi", "hallo", "dear"}  # before the one addressed: "Lieve GJ,"
# a speaker's label opening a line of a transcript, after a time stamp or none: "[00:07] SARA: ...", "JUF: ..."
SPEAKER_BEFORE = re.compile(r"[ \t]*(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]*(?:[-–][ \t]*)?)?")
SPEAKER_LINE = re.compile(r"^[ \t]*(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]*(?:[-–][ \t]*)?)?([A-ZÀ-Ý]{2,20})[ \t]*:",
                          re.MULTILINE)
HYPHEN_INITIAL = re.compile(r"[A-Z]\.?")  # the second initial of "D-J Veltkamp" (Dirk-Jan), "J-P. de Vries"
LIST_REACH = 8  # tokens a list of words is followed over: "Bloem, Roos of Hoop"
NOTE_MARKS = {"–", "-", "—", ":"}
NOTE_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?([A-Z][\w'’]+)(?:[ \t]+[A-Z]\.)?[ \t]*[–—:-][ \t]")  # "Marit – ..."
NOT_ONLY_ARTICLES = {"dat", "die", "zijn"}
QUOTE_MARKS = {'"', "'", "“", "‘", "„", "«"}
GENITIVE_ENDS = set("sxzSXZ")
AUXILIARIES = {"heeft", "had"}
POSSESSIVES = {"zijn", "haar", "z'n", "d'r", "hun"}
PARTICIPLE = re.compile(r"^[a-z]*ge[a-z]{2,}(?:d|t|en)$")


# a street, square or quay as one word: "Keizerstraat", "Wilhelminaplein"
STREET_WORD = re.compile(r"\w(?:straat|laan|weg|plein|singel|gracht|kade|dreef|steeg|markt|dijk)$", re.IGNORECASE)


THING_ARTICLES = {"de", "het", "'t", "een"}  # before the capitalised word of "het Rad van Fortuin"
STREET_HEADS = {"laan", "plein", "hof", "weg", "kade", "dijk", "singel", "straat", "park", "oord", "erf"}


# "rondjes om de Worp", "langs de Brink": a place walked round or along, not the surname "de Worp"
AROUND = {"om", "rondom", "langs", "boven", "beneden", "voorbij", "tegenover"}  # "een vuurtoren boven de IJssel"
# a form's field for a person's name, right before the value: "Achternaam: Kılınç", "Naam kind: Xyla"
FORM_LABEL = re.compile(r"(?:^|\s)(?:achter|voor|roep|meisjes|volledige\s+)?naam(?:\s+(?:van\s+)?(?:het\s+)?(?:kind|leerling|"
                        r"ouder|moeder|vader|verzorger))?\s*:\s*$", re.IGNORECASE)


def _line_wrap(token) -> bool:  # noqa: ANN001 - a token of the snapshot
    """A white-space token that only wraps the line: one line break, maybe indentation; no blank line."""
    return token.is_space and token.text.count("\n") == 1 and not token.text.strip()


def _after_t(doc, i: int) -> bool:  # noqa: ANN001 - a token of the snapshot
    """Does "'t" (two tokens) stand right before token i: "'t Heidehuus", "'t Hofje"?"""
    return i >= 2 and doc[i - 1].lower_ == "t" and doc[i - 2].text in {"'", "’"} and not doc[i - 2].whitespace_ \
        and doc[i - 1].whitespace_ == " "


class PersonRules(NameWords):
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
                    or self._is_organisation_word(doc[k].lower_):
                return j  # "directeur Basisschool De Wegwijzer"
            if self._known_surname(word) or (supported and not self._common(word)
                                             and word.lower() not in self.lex.medical_terms):
                k += 1
            elif supported and k > 0 and self._first_name(doc[k - 1].text) and word.isalpha() \
                    and word.lower() not in self.lex.medical_terms and self._name_ends(doc, k + 1):
                k += 1  # "Hanneke Bos" closing a line or sentence: after a first name, a surname that is also a word
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
    def _name_ends(doc: Doc, k: int) -> bool:
        """Does the name end at token k: the end of the line or text, a comma, a bracket, a full stop?"""
        if k >= len(doc):
            return True
        return "\n" in doc[k].text or "\n" in doc[k - 1].whitespace_ or doc[k].text in {",", "(", ")", ".", ";", "!", "?"}

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
        if support and j + 1 < n and _line_wrap(doc[j]) and _title_case(doc[j + 1].text):
            j += 1  # "meester\nBas": the line wraps between the title and the name
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
            if doc[j - 1].text.endswith(GENITIVES):
                break  # "Lisa's moeder": the name ends with its genitive
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
                    and not self._is_organisation_word(doc[j].lower_):
                return j + 1, 0.8  # "Dr. A", "dr ABC"
            return i, 0.0
        if firsts:
            if end > j:
                return end, 0.9
            if firsts == 1 and end == i + 1 and self._word_among_words(doc, i, members=3):
                return i, 0.0  # "Bloem, Roos of Hoop", "Mees, vink, merel": words in a list of words
            if firsts == 1 and end == i + 1 and doc[i].text in self.lex.world_places and not self._school_context(doc, i):
                return i, 0.0  # "Israël", "Georgia": a country or city, unless "Georgia (groep 4)"
            if firsts == 1 and end == i + 1 and sentence_start and self._imperative(doc, i):
                return i, 0.0  # "Kam het haar elke dag", "Koop liever niets nieuws": a verb opens the sentence
            if ambiguous_only and (sentence_start or firsts > 1) and not (
                    firsts == 1 and end == i + 1 and self._acts(doc, end)):
                return i, 0.0  # "Roos is een bloem"; but "Roos mocht als eerste" is a child
            return end, 0.75 if not ambiguous_only else 0.5
        return i, 0.0

    @staticmethod
    def _imperative(doc: Doc, i: int) -> bool:
        """Is the first name opening a sentence a verb telling the reader what to do ("Kam het haar", "Koop
        liever niets")? The word is also a Dutch word, and an object or adverb follows it where a child's name
        would be followed by its verb ("Kim kamt het haar") or its surname ("Kim de Vries")."""
        return i + 1 < len(doc) and doc[i + 1].lower_ in AFTER_IMPERATIVE and doc[i + 1].text.islower() \
            and doc[i].whitespace_ == " " and vocabulary.is_lower_case_word(doc[i].lower_)

    def _acts(self, doc: Doc, k: int) -> bool:
        """Does a verb of a person acting follow at k ("mocht", "kreeg", "won"), or a school context?
        "heeft" and "had" only as having ("Storm had een idee"), not before a participle ("Storm had de
        bomen omgeblazen"): as an auxiliary they say nothing of who acts."""
        if k < len(doc) and doc[k].lower_ in AUXILIARIES:
            return not self._participle_follows(doc, k + 1)
        return (k < len(doc) and doc[k].lower_ in self.lex.person_verbs) or self._school_context(doc, k - 1)

    @staticmethod
    def _participle_follows(doc: Doc, k: int) -> bool:
        """A past participle ("omgeblazen", "gemaakt") further on in the sentence from token k."""
        for j in range(k, min(len(doc), k + 12)):
            if doc[j].text in {".", "!", "?", ";", ":"} or "\n" in doc[j].text:
                return False
            if PARTICIPLE.match(doc[j].text):
                return True
        return False

    def _surname_only(self, doc: Doc, i: int, sentence_start: bool) -> tuple[int, float]:
        if i and doc[i - 1].text == "van" and self._of_a_named_thing(doc, i - 1, i + 1):
            return i, 0.0  # "het Rad van Fortuin": the thing's name goes on
        if doc[i].lower_ in PLACE_PREPOSITIONS:
            return i, 0.0  # "in Den Haag" is a place
        if doc[i].text == "van" and i + 1 < len(doc) and self._place(doc, i + 1, False) > i + 1:
            return i, 0.0  # "de burgemeester van Luik": a place, not the surname "van Luik"
        if doc[i].text == "van" and i + 3 < len(doc) and doc[i + 1].text in {"de", "het"} \
                and self._place(doc, i + 2, False) == i + 3 and doc[i + 3].text.islower() \
                and vocabulary.is_compound(doc[i + 3].text):
            return i, 0.0  # "de melk van de Deventer melkfabriek": a town naming a firm, not the surname "van de Deventer"
        if sentence_start and doc[i].lower_ in self.lex.ambiguous_first_names:
            return i, 0.0  # "Roos is een bloem"
        if sentence_start and doc[i].lower_ in public_roles.MAKERS:
            return i, 0.0  # "Schrijver Paul van Loon kwam op bezoek": a profession, not the surname Schrijver
        if i > 0 and doc[i - 1].lower_ == "het":
            return i, 0.0  # "IKC Het Anker": a school, not the surname Anker
        if i > 1 and doc[i - 1].text == "de" and (doc[i - 2].lower_ in PLACE_PREPOSITIONS or doc[i - 2].lower_ in AROUND
                                                  or doc[i - 2].lower_ in PREPOSITION_INTERFIXES):
            return i, 0.0  # "aan de Brink", "bij de Bruna": a place or a shop
        if (sentence_start or self._after_quote(doc, i)) and vocabulary.is_lower_case_word(doc[i].text) \
                and self._sentence_goes_on(doc, i) and not (
                    doc[i].text in self.lex.surnames and i + 1 < len(doc) and doc[i + 1].lower_ in self.lex.person_verbs):
            return i, 0.0  # "Tip: ...", "Snoep ook", "Knap!": a word, not the surname Tip; but "Hofstede zoekt ..."
        if sentence_start and doc[i].text.endswith(("s", "en")) and doc[i].text in self.lex.surnames \
                and self._sentence_goes_on(doc, i) \
                and self._plural_of_a_word(doc[i].text) and self._rest_of_line_lower(doc, i + 1):
            return i, 0.0  # "Vogels en andere dieren": a heading of words, not the surname Vogels
        if doc[i].lower_ in PREPOSITION_INTERFIXES or (doc[i].lower_ in {"de", "het", "'t"} and i > 0 and (
                doc[i - 1].lower_ in PLACE_PREPOSITIONS or doc[i - 1].lower_ in ARTICLES or doc[i - 1].lower_ in AROUND
                or doc[i - 1].lower_ in PREPOSITION_INTERFIXES or doc[i - 1].lower_ in {"van", "met"})):
            return i, 0.0  # "aan de Brink", "op de Brink", "bij de Bruna": a place or a shop
        if self._word_among_words(doc, i):
            return i, 0.0  # "groep Tulp", "Roos, Tulp en Zonnebloem"
        if doc[i].lower_ in self.interfix_starts and doc[i].text.islower():
            k = i + self._interfix(doc, i)
            if i < k < len(doc) - 1 and self._first_name(doc[k].text) and self._surname(doc, k + 1, True) > k + 1:
                return i, 0.0  # "is van Noor Bakker": "van" belongs to the sentence, the person starts after it
        # a surname without first name or initials starts with a capital ("zegt Van Diepenbeek"): in mid-sentence
        # a capitalised "Van" is no preposition, even before a word that is also a place
        capital_van = doc[i].text == "Van" and not sentence_start
        end = self._surname(doc, i, supported=capital_van)
        if end > i and not (self._beside_street(doc, i) or self._street_of(doc, i) or self._of_a_named_thing(doc, i, end)) \
                and not self._names_a_shop(doc, end - 1) and not self._header_cell(doc, i) \
                and not things_and_brands.product_of(doc, i):  # "pepernoten van Van Delft", "schaatsen (Nijdam, Zandstra)"
            return end, 0.6  # not "via de Keizerstraat en de Brink", "de Laan van Borgele": a street
        # nor "een Deventer koek van Bussink" where "Bakkerij Bussink" is a shop, nor "Naam | Rol | Kinderen in
        # groep": a column's header, not the surname Rol
        return i, 0.0

    @staticmethod
    def _header_cell(doc: Doc, i: int) -> bool:
        """Is token i alone in a table cell of a header row: a Markdown row above its rule ("| --- |"), or a
        cell after a header of names ("Naam", "Leerling")? Then it heads a column of its own ("Rol")."""
        text = doc.text
        start, end = doc[i].idx, doc[i].idx + len(doc[i].text)
        k = end
        while k < len(text) and text[k] in " \t":
            k += 1
        if k < len(text) and text[k] not in "|\n" and k - end < 2:
            return False  # the quick way out for prose: a word follows after one space ("Rol erin")
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        before, after = text[line_start:start], text[end:line_end if line_end >= 0 else len(text)]
        if before.strip(" |") and not _cell_gap_before(before) or after.strip(" |") and not CELL_GAP.match(after):
            return False  # not alone in its cell
        if line_end >= 0 and TABLE_RULE.match(text, line_end + 1):
            return True  # a Markdown table's header row: the rule "| --- | --- |" follows
        if before.strip(" |"):  # a Markdown row, its bars blanked: "  Naam    Rol  "
            previous = re.split(r"\s{2,}|\|", before.strip(" |"))[-1]
        else:  # an HTML cell on a line of its own, the cell before it further up
            above = text[:line_start].rstrip(" \t\n|")
            previous = above[above.rfind("\n") + 1:].strip(" |")
        return lowercase_names.NAME_HEADER.match(previous.strip()) is not None

    def _names_a_shop(self, doc: Doc, k: int) -> bool:
        """Is the word at k the name of a shop or firm, in the lists ("Bakkerij Bussink") or in this
        text ("Slagerij Hofman"): "koek van Bussink" is the bakery's."""
        word = doc[k].text
        if word in self.lex.shop_names:
            return True
        # this draft only: drafts screened together are joined by a NUL character (analyzer.SEPARATOR)
        start = doc.text.rfind("\x00", 0, doc[k].idx) + 1
        stop = doc.text.find("\x00", doc[k].idx)
        stop = len(doc.text) if stop < 0 else stop
        drafts = doc.__dict__.setdefault("shop_names", {})
        here = drafts.get(start)
        if here is None:
            here = drafts[start] = {doc[j].text for j in range(1, len(doc)) if start <= doc[j].idx < stop
                                    and _title_case(doc[j].text) and "\n" not in doc[j - 1].whitespace_
                                    and self._organisation_word(doc, j - 1, before=True)
                                    and doc[j - 1].lower_ not in GROUP_WORDS}
        return word in here

    @staticmethod
    def _street_of(doc: Doc, i: int) -> bool:
        """"(de) Laan van Borgele", "Plein van de Republiek": a street named "of" something."""
        k = i + 1 if doc[i].lower_ in {"de", "het", "'t"} else i
        return k + 1 < len(doc) and doc[k].lower_ in STREET_HEADS and doc[k + 1].lower_ == "van"

    def _of_a_named_thing(self, doc: Doc, i: int, end: int) -> bool:
        """"van" and a capital after a thing's capitalised word: "het Rad van Fortuin", "de Raad van State", or a
        surname found up to a street's word that "van" follows: "bij de Laan van Borgele" is no "van de Laan"."""
        if end < len(doc) and doc[end - 1].lower_ in STREET_HEADS and doc[end].lower_ == "van":
            return True
        return doc[i].text == "van" and i >= 2 and _title_case(doc[i - 1].text) and doc[i - 2].lower_ in THING_ARTICLES \
            and vocabulary.is_lower_case_word(doc[i - 1].text) and doc[i - 1].lower_ not in self.lex.titles \
            and doc[i - 1].lower_ not in self.lex.relations and doc[i - 1].text not in self.lex.first_names

    @staticmethod
    def _beside_street(doc: Doc, i: int) -> bool:
        """Is token i (or the article before it) joined to a street: "de Keizerstraat en de Brink"?"""
        k = i - 1 if i > 0 and doc[i - 1].lower_ in {"de", "het", "'t"} and doc[i].lower_ not in {"de", "het", "'t"} else i
        return k > 1 and doc[k - 1].lower_ in LIST_JOINERS and STREET_WORD.search(doc[k - 2].text) is not None

    def _word_among_words(self, doc: Doc, i: int, members: int = 2) -> bool:
        """A surname or first name that is also an ordinary word, used as a word: the name of a group ("groep
        Tulp", "team Oranje") or in a list of at least `members` ordinary words, one of which no name list
        has ("Roos, Tulp en Zonnebloem", "Bloem, Roos of Hoop"), or a list of lower-case nouns that it opens
        ("Mees, vink, merel: ...")."""
        n = len(doc)
        listed = (i > 0 and doc[i - 1].lower_ in LIST_JOINERS) or (i + 1 < n and doc[i + 1].lower_ in LIST_JOINERS)
        if not (listed or (i > 0 and doc[i - 1].lower_ in GROUP_WORDS)) or not vocabulary.is_lower_case_word(doc[i].text):
            return False  # the cheap look at the neighbours first
        if i > 0 and doc[i - 1].lower_ in GROUP_WORDS:
            return True
        opens = self._sentence_start(doc, i)
        count, evidence = 1, False
        for d in (-1, 1):
            joiner, other = i + d, i + 2 * d
            while 0 <= other < len(doc) and doc[joiner].lower_ in LIST_JOINERS and abs(other - i) <= LIST_REACH:
                word = doc[other].text
                if _title_case(word) and vocabulary.is_lower_case_word(word):
                    evidence = evidence or (not self._first_name(word) and word not in self.lex.surnames)
                elif opens and d == 1 and word.islower() and self._plain_noun(word):
                    evidence = True
                else:
                    break  # the list goes on only over ordinary words
                count += 1
                joiner, other = other + d, other + 2 * d
        return evidence and count >= members

    @staticmethod
    def _plural_of_a_word(text: str) -> bool:
        """"Vogels", "Bomen": the plural of a lower-case word of the vocabulary."""
        low = text.lower()
        return any(low.endswith(end) and len(low) - len(end) >= 4 and vocabulary.is_lower_case_word(low[:-len(end)])
                   for end in ("s", "en"))

    @staticmethod
    def _rest_of_line_lower(doc: Doc, k: int) -> bool:
        """Is every word from token k to the end of its line written in lower case, with no possessive
        ("Vogels en zijn zoon": a person)?"""
        while k < len(doc) and "\n" not in doc[k].text:
            if doc[k].text[:1].isupper() or doc[k].lower_ in POSSESSIVES:
                return False
            if "\n" in doc[k].whitespace_:
                return True
            k += 1
        return True

    def _plain_noun(self, word: str) -> bool:
        """A lower-case word of the vocabulary that is no function word, pronoun, relation or title ("vink",
        "merel"; not "ik", "papa", "juf"): a list of them is a list of things."""
        return len(word) > 2 and word not in STOP_WORDS and word not in self.lex.relations \
            and word not in self.lex.titles and vocabulary.is_lower_case_word(word)

    def _by_context(self, doc: Doc, i: int) -> tuple[int, float]:
        """An unknown capitalised word that school context marks as a person."""
        text = doc[i].text
        if not self._unknown_capitalised(text, strong_cue=True) or _all_caps(text):
            return i, 0.0
        # "de moeder van Xyla"
        if i >= 2 and doc[i - 1].lower_ == "van" and doc[i - 2].lower_ in self.lex.relations:
            return i + 1, 0.7
        line_start = doc.text.rfind("\n", 0, doc[i].idx) + 1
        if FORM_LABEL.search(doc.text[line_start:doc[i].idx]):
            return i + 1, 0.8  # "Achternaam: Kılınç": a form's field for a name
        if not self._unknown_capitalised(text):
            return i, 0.0  # "Schoolreis groep 6": a heading, not a child
        if self._school_context(doc, i):
            if vocabulary.is_short_compound(text):
                return i, 0.0  # "Bakkraam van groep 7": the class's stall
            return i + 1, 0.7
        if self._sentence_start(doc, i) and self._speaks_or_acts(doc, i + 1):
            return i + 1, 0.6  # "Xyla: 'Het was super'", "Xyla vertelde ...": a name opening its sentence
        return i, 0.0

    def _named_by_its_cue(self, doc: Doc, i: int) -> tuple[int, float]:
        """A name the lists do not take for one, where the text says plainly it is a person: a relation before
        it ("de oppas van Lieve") or in brackets after it ("| Koning (vader van Abel) |"), a title in capitals before it ("JUF NOOR IS
        GETROUWD"), initials with a hyphen before a surname ("D-J Veltkamp"), or an unknown name opening a
        line of notes the way the lines around it open with names ("Oksana – sinds januari ...")."""
        n = len(doc)
        text = doc[i].text
        titled = _title_case(text)
        if titled and RELATION_IN_BRACKETS.match(doc.text, doc[i].idx + len(text)) \
                and doc[i].lower_ not in self.lex.not_names:
            return i + 1, 0.7
        if titled and text.isalpha() and doc[i].lower_ not in self.lex.not_names \
                and lowercase_names._alone_in_name_column(doc, i):
            return i + 1, 0.7  # "| Koning |" under "| Naam |": a surname that is also a word, in a column of names
        if titled and text.isalpha() and i >= 2 and doc[i - 1].lower_ == "van" \
                and doc[i - 2].lower_ in self.lex.relations and not (i + 1 < n and (_title_case(doc[i + 1].text)
                                                                                    or doc[i + 1].like_num)) \
                and doc[i].lower_ not in GROUP_WORDS and not self._is_organisation_word(doc[i].lower_):
            return i + 1, 0.7  # "de oppas van Lieve": a name that is also a greeting or a word
        if titled and doc[i].lower_ in self.lex.not_names and self._sentence_start(doc, i) \
                and i + 1 < n and doc[i + 1].lower_ in self.lex.person_verbs and self._own_people_after(doc, i + 1):
            return i + 1, 0.6  # "Mei komt van de peuteropvang en zat al bij haar vriendinnetje": a child, no month
        if _all_caps(text) and i + 1 < n and doc[i].lower_ in TITLES_IN_CAPITALS and _all_caps(doc[i + 1].text) \
                and doc[i + 1].text.title() in self.lex.first_names and not doc[i].whitespace_.count("\n"):
            return i + 2, 0.8
        if len(text) == 1 and text.isupper() and i + 3 < n and doc[i + 1].text == "-" and not doc[i].whitespace_ \
                and not doc[i + 1].whitespace_ and HYPHEN_INITIAL.fullmatch(doc[i + 2].text) \
                and doc[i + 2].whitespace_ == " ":
            k = i + 3
            if k < n and doc[k].text == "." and not doc[k - 1].whitespace_:
                k += 1
            end = self._surname(doc, k, supported=True)
            if end > k:
                return end, 0.8  # "D-J Veltkamp", "J-P. de Vries"
        if self._unknown_capitalised(text) and text.isalpha() and self._opens_line_of_notes(doc, i):
            return i + 1, 0.6
        if _all_caps(text) and i + 1 < n and doc[i + 1].text == ":" and self._speaker(doc, i):
            return i + 1, 0.7
        if 2 <= len(text) <= 3 and text.isalpha() and text.isupper() and i > 0 and doc[i - 1].lower_ in SALUTATIONS \
                and self._sentence_start(doc, i - 1) and i + 1 < n and doc[i + 1].text in {",", "!"}:
            return i + 1, 0.7  # "Lieve GJ, bedankt voor alles!": the initials of the one addressed
        return i, 0.0

    def _speaker(self, doc: Doc, i: int) -> bool:
        """Is the word in capitals at i a speaker's label in a transcript or a play ("[00:07] SARA: Hoi!"): it opens
        its line (after a time stamp) before a colon, the draft has three such lines or more, and the label is a
        first name, or no Dutch word and said twice ("DJIM:"; not "INTRO:", "VRAAG:")?"""
        text = doc.text
        line_start = text.rfind("\n", 0, doc[i].idx) + 1
        if not SPEAKER_BEFORE.fullmatch(text, line_start, doc[i].idx):
            return False
        start = text.rfind("\x00", 0, doc[i].idx) + 1  # this draft only (analyzer.SEPARATOR)
        labels = doc.__dict__.setdefault("speaker_labels", {})
        here = labels.get(start)
        if here is None:
            stop = text.find("\x00", doc[i].idx)
            here = labels[start] = Counter(m.group(1) for m in SPEAKER_LINE.finditer(text, start,
                                                                                     stop if stop >= 0 else len(text)))
        label = doc[i].text
        if sum(here.values()) < 3:
            return False
        if label.title() in self.lex.first_names and label.lower() not in self.lex.not_names:
            return not vocabulary.is_lower_case_word(label) or here[label] >= 2
        return here[label] >= 2 and not vocabulary.is_dutch_word(label)

    def _own_people_after(self, doc: Doc, k: int) -> bool:
        """Does the sentence from token k on give its subject people of its own ("bij haar vriendinnetje",
        "met zijn moeder")?"""
        for j in range(k, min(len(doc) - 1, k + 30)):
            if doc[j].text in {".", "!", "?"} or "\n" in doc[j].text:
                return False
            if doc[j].lower_ in POSSESSIVES and (doc[j + 1].lower_ in self.lex.relations or (
                    j + 2 < len(doc) and doc[j + 2].lower_ in self.lex.relations)):
                return True
        return False

    def _opens_line_of_notes(self, doc: Doc, i: int) -> bool:
        """Does token i open its line before a dash or colon ("Oksana – ...") while the line before or after
        opens with a known first name and the same mark ("Marit – ...")?"""
        if i + 1 >= len(doc) or doc[i + 1].text not in NOTE_MARKS:
            return False
        text = doc.text
        line_start = text.rfind("\n", 0, doc[i].idx) + 1
        if text[line_start:doc[i].idx].strip(" \t-*•"):
            return False
        line_end = text.find("\n", doc[i].idx)
        before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
        after = text[line_end + 1:text.find("\n", line_end + 1) if text.find("\n", line_end + 1) >= 0 else len(text)] \
            if line_end >= 0 else ""
        for line in (before, after):
            match = NOTE_LINE.match(line)
            if match and match.group(1) in self.lex.first_names:
                return True
        return False

    def _speaks_or_acts(self, doc: Doc, k: int) -> bool:
        """Does a quotation after a colon ("Xyla: 'Ik vond het leuk'") or a verb of a person acting
        ("mocht", "vertelde", "meent") follow at k?"""
        if k + 1 < len(doc) and doc[k].text == ":" and doc[k + 1].text in QUOTE_MARKS:
            return True
        if k + 1 < len(doc) and doc[k].text in {"'", "’"} and not doc[k - 1].whitespace_ \
                and doc[k - 1].text[-1:] in GENITIVE_ENDS and doc[k + 1].text.islower():
            return True  # "Xylas' moeder": the genitive of a name ending in an s sound
        if k + 1 < len(doc) and doc[k].lower_ in AUXILIARIES:
            return doc[k + 1].lower_ in POSSESSIVES  # "Xyla heeft zijn gymtas vergeten"; a firm "heeft" too
        return k < len(doc) and doc[k].lower_ in self.lex.person_verbs

    def _unknown_proper_noun(self, doc: Doc, i: int, sentence_start: bool) -> tuple[int, float]:
        """A capitalised word in mid-sentence that no list knows: Dutch capitalises few other
        words than names, so it is reported with a low score, unless an article before it
        makes it an organisation or event ("de Efteling", "het Rijksmuseum")."""
        if not self.unknown_names or sentence_start or not self._unknown_capitalised(doc[i].text) or not doc[i].text.replace("-", "").isalpha():
            return i, 0.0
        if CAMEL_CASE.match(doc[i].text):
            return i, 0.0  # "PowerPoint", "KiKa", "WhatsApp": a product or organisation
        if i > 0 and doc[i - 1].text == "#" and not doc[i - 1].whitespace_ and INNER_CAPITAL.search(doc[i].text):
            return i, 0.0  # "#DeScheg", "#HetBaken": words joined in a hashtag; its names are the hashtag recognizer's
        if doc[i].text.endswith(NATURE_ENDINGS) and NATURE_PLACE.search(doc[i].text) \
                and doc[i].text not in self.lex.surnames:
            return i, 0.0  # "Lemelerberg", "Holterbos", "Sallandse Heuvelrug": a hill, wood or heath
        if DEMONYM.search(doc[i].text):
            return i, 0.0  # "Nederlandstalige", "Joegoslavisch", "Indiase": an adjective of a people or place
        if i > 0 and ((doc[i - 1].lower_ in ARTICLES and not self._conjunction_before(doc, i)) or _after_t(doc, i)
                      or doc[i - 1].lower_ in PLACE_PREPOSITIONS):
            return i, 0.0  # "de Efteling", "in Zinnik": an organisation, event or place
        if self._word_among_words(doc, i):
            return i, 0.0  # "groep Tulp", "Roos, Tulp en Zonnebloem"
        if i > 0 and doc[i - 1].lower_ == "als" and ROLE_CUE.search(doc.text[max(0, doc[i].idx - 200) : doc[i].idx]):
            return i, 0.0  # "de musical ... gijs als Fagin", "verkleed als Grinch": a role, not a person
        if self._beside_organisation(doc, i) or (self._names_a_shop(doc, i)
                                                 and not self._organisation_word(doc, i - 1, before=True)):
            return i, 0.0  # "Hockeyclub Deventer en Sallandia": a club in a list of clubs; "koek van Bussink"
        if doc[i].lower_.endswith(LABEL_ENDINGS) and len(doc[i].text) > 7:
            return i, 0.0  # "Brinnummer 09KQ", "Klantcode": the label of a number
        if doc[i].text.endswith(BUILDING_ENDINGS) and len(doc[i].text) > 7 and doc[i].text not in self.lex.surnames \
                or self._is_organisation_word(doc[i].lower_):
            return i, 0.0  # "Lebuïnuskerk", "Julianaschool": a building or an institution named as one word
        if i and doc[i - 1].text == "van" and self._of_a_named_thing(doc, i - 1, i + 1):
            return i, 0.0  # "het Rad van Fortuin"
        if things_and_brands.product_of(doc, i):
            return i, 0.0  # "havermelk van Oatly", "een vulpen van Stabilo": a brand, the maker of a thing
        end = i + 1
        while end < len(doc) and self._unknown_capitalised(doc[end].text) and doc[end].text.isalpha():
            end += 1
        return end, UNKNOWN_SCORE

    def _beside_organisation(self, doc: Doc, i: int) -> bool:
        """Is token i joined by "en", "&" or a comma to an organisation that an organisation word opens
        ("Hockeyclub Deventer en Sallandia", "Sallandia, Stichting Leergeld"), or to a listed shop or brand?"""
        if i >= 2 and doc[i - 1].lower_ in LIST_JOINERS:
            for j in range(i - 2, max(-1, i - 5), -1):
                if self._organisation_word(doc, j):
                    return True
                if not _title_case(doc[j].text) or "\n" in doc[j].whitespace_:
                    break
        if i + 2 < len(doc) and doc[i + 1].lower_ in LIST_JOINERS and self._organisation_word(doc, i + 2):
            return True
        return self._beside_listed_firm(doc, i)

    def _beside_listed_firm(self, doc: Doc, i: int) -> bool:
        """Is token i joined by "en", "&" or a comma to a shop or brand the lists know, maybe after an article
        ("aan Fruitmasters en de Jumbo", "de Hema, Xenos of Blokker")?"""
        for d in (-1, 1):
            k = i + 2 * d
            if not (0 <= k < len(doc) and doc[i + d].lower_ in LIST_JOINERS):
                continue
            if d == 1 and doc[k].lower_ in {"de", "het"} and k + 1 < len(doc):
                k += 1
            if doc[k].text in self.lex.organisations and not self._first_name(doc[k].text):
                return True
        return False

    @staticmethod
    def _conjunction_before(doc: Doc, i: int) -> bool:
        """Is the article-like word before i a conjunction, a relative pronoun or a verb ("zei dat Xyla
        kwam", "de kinderen die Xyla hielpen")? Not before a compound ("die Xyla-actie") and not a
        German article ("Die Zeit")."""
        before = doc[i - 1].text
        hyphen = i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
        return before in NOT_ONLY_ARTICLES and not hyphen

    def _not_a_person(self, doc: Doc, i: int, end: int, score: float) -> bool:
        """A span the person rules found that is an organisation or a disease after all:
        "Omega Pharma", "Stichting Leergeld", "FC Twente", "Pierre-Robin (sequentie)"."""
        if doc.span_text(i, end) in self.lex.eponymous_diseases:
            return True
        if score >= 0.9 and self._is_title(doc, i):
            return False  # "mevrouw Jansen" stays a person
        if end - i >= 3 and doc[i].text == "van" and doc[i + 1].text in CAPITAL_ARTICLES:
            return True  # "gewonnen van De Boomgaard": a name with its own capital article is a school or team
        if end - i == 1 and i >= 2 and doc[i - 1].text in CAPITAL_ARTICLES and doc[i - 2].lower_ in THING_BEFORE:
            return True  # "won van De Linde", "speelt tegen Het Anker": a team or school, a first name's word
        after = end
        while after < len(doc) and doc[after].is_space and "\n" not in doc[after].text:
            after += 1  # "Etty Hillesum   Lyceum": a wrapped and indented line goes on with the organisation word
        return self._organisation_word(doc, after) or self._organisation_word(doc, i - 1, before=True)
