"""A person by a surname alone that a list knows ("de Vries", "Visser", "zegt Van Diepenbeek"), and
what makes such a word something else: a place ("in Den Haag", "aan de Brink"), a street ("de Laan
van Borgele", "via de Keizerstraat en de Brink"), a thing's name ("het Rad van Fortuin"), a shop
("koek van Bussink"), a word opening a sentence ("Tip: ...", "Vogels en andere dieren"), a word
among words ("groep Tulp", "Roos, Tulp en Zonnebloem"), or a table's header cell ("| Rol |").

`_header_cell` differs on purpose from the shared `table_column.alone_in_cell`, so they stay apart:
it reads header rows, with their bars or before their rule ("| --- |"), and takes a bar or a run of two
or more white-space characters (tabs too) for a cell's edge; `alone_in_cell` reads the cells the
documents stage hands over with their bars blanked (two spaces, or white space up to the line's edge).
"""

from __future__ import annotations

import re

from spacy.lang.nl.stop_words import STOP_WORDS

from screener.text import lowercase_names, vocabulary
from screener.text.name_words import (ARTICLES, GROUP_WORDS, LIST_JOINERS, PLACE_PREPOSITIONS, PREPOSITION_INTERFIXES,
                                      NameWords)
from screener.text.not_persons import public_roles, things_and_brands
from screener.text.person_titled import POSSESSIVES, TitledRules
from screener.text.tokens import Tokens as Doc
from screener.text.tokens import title_case as _title_case


# "| --- | :---: |", or the blank line of spaces the Markdown reader leaves of it
TABLE_RULE = re.compile(r"(?:[ \t|:]*-{3,}[ \t|:-]*| {3,})(?:\n|$)")
CELL_GAP = re.compile(r"\s*(?:\||\s{2,})\s*$|^\s*(?:\||\s{2,})")  # table cells apart: a bar, or two spaces
CELL_GAP_START = re.compile(r"\s*(?:\||\s{2,})")
LIST_REACH = 8  # tokens a list of words is followed over: "Bloem, Roos of Hoop"
# a street, square or quay as one word: "Keizerstraat", "Wilhelminaplein"
STREET_WORD = re.compile(r"\w(?:straat|laan|weg|plein|singel|gracht|kade|dreef|steeg|markt|dijk)$", re.IGNORECASE)
THING_ARTICLES = {"de", "het", "'t", "een"}  # before the capitalised word of "het Rad van Fortuin"
STREET_HEADS = {"laan", "plein", "hof", "weg", "kade", "dijk", "singel", "straat", "park", "oord", "erf"}
# "rondjes om de Worp", "langs de Brink": a place walked round or along, not the surname "de Worp"
AROUND = {"om", "rondom", "langs", "boven", "beneden", "voorbij", "tegenover"}  # "een vuurtoren boven de IJssel"


def _cell_gap_before(before: str) -> bool:
    """CELL_GAP.search(before), without trying every position of a long line of prose: the text before a
    token ends in a bar and spaces, or in two spaces, or opens with a cell's gap."""
    stripped = before.rstrip()
    return stripped.endswith("|") or len(before) - len(stripped) >= 2 or CELL_GAP_START.match(before) is not None


class SurnameAloneRules(NameWords):
    """`_surname_only` and the checks of how the text uses the word."""

    def _surname_only(self, doc: Doc, i: int, sentence_start: bool) -> tuple[int, float]:
        end, score = self._surname_alone(doc, i, sentence_start)
        if end > i and _outside_names(doc, i, end):
            return i, 0.0  # "Baert" under "Leverancier" in an order list: a firm's name, no person
        return end, score

    def _surname_alone(self, doc: Doc, i: int, sentence_start: bool) -> tuple[int, float]:
        if i and doc[i - 1].text == "van" and self._of_a_named_thing(doc, i - 1, i + 1):
            return i, 0.0  # "het Rad van Fortuin": the thing's name goes on
        if doc[i].lower_ in PLACE_PREPOSITIONS:
            return i, 0.0  # "in Den Haag" is a place
        if doc[i].text == "van" and i + 1 < len(doc) and self._place(doc, i + 1, False) > i + 1:
            return i, 0.0  # "de burgemeester van Luik": a place, not the surname "van Luik"
        if self._town_names_a_building(doc, i):
            return i, 0.0  # "de melk van de Deventer melkfabriek", "de Deventer Waag": a town naming a firm or a
            # building, not the surname "van de Deventer"
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
        if sentence_start and TitledRules._imperative(doc, i) and doc[i + 1].like_num \
                and doc[i + 2].lower_ not in self.lex.person_verbs:
            return i, 0.0  # "Rol 24 rondjes uit": a step of instructions, not the surname Rol
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
                and not things_and_brands.product_of(doc, i + (doc[i].text == "van")):
            # "pepernoten van Van Delft", "schaatsen (Nijdam, Zandstra)", "de bus van Hoftijzer"
            return end, 0.6  # not "via de Keizerstraat en de Brink", "de Laan van Borgele": a street
        # nor "een Deventer koek van Bussink" where "Bakkerij Bussink" is a shop, nor "Naam | Rol | Kinderen in
        # groep": a column's header, not the surname Rol
        return i, 0.0

    def _town_names_a_building(self, doc: Doc, i: int) -> bool:
        """"(van) de Deventer melkfabriek", "de Deventer Waag", "van de Deventer\nSchouwburg": "de", a town and the
        firm or building it names (a compound in lower case, or a capitalised ordinary word, on this line or the
        next)."""
        k = i + 1 if doc[i].text == "van" else i
        if k >= len(doc) or doc[k].text not in {"de", "het"} or k + 2 >= len(doc) or self._place(doc, k + 1, False) != k + 2:
            return False
        j = k + 2
        while j < len(doc) - 1 and doc[j].is_space and doc[j].text.count("\n") <= 1:
            j += 1  # the building on the next line
        after = doc[j]
        if after.text.islower():
            return vocabulary.is_compound(after.text)
        return after.text[:1].isupper() and after.text[1:].islower() and vocabulary.is_lower_case_word(after.lower_) \
            and after.text not in self.lex.surnames and after.text not in self.lex.first_names

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


def _outside_names(doc: Doc, start: int, end: int) -> bool:
    from screener.text.recognizers import nl_name_column  # here: the recognizers import this stage

    return nl_name_column.outside_names(doc.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
