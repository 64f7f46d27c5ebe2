"""Lists of children: "Lotte, Noor en Xyla": an unknown capitalised word or a first name that is also a
word ("Storm en Jade") or a place ("Hugo en Sofia") joined to a person is a person, also with a number after each name ("Dawit
2323.32.113, Noa Pinas 694 67 98 96"); and one child per line ("- Dawit – DOB: ..."): a name that opens
an item of a list whose other items open with persons is a person."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from screener.text.name_words import ARTICLES, LIST_JOINERS, PLACE_PREPOSITIONS, NameWords
from screener.text.tokens import Tokens

PERSON = "PERSON"
FORMS_OF_ZIJN = {"zijn", "waren", "is", "was"}  # "deze week zijn het Lieve en Ibrahim": "het" no article there
CELL_MARKS = (";", "\t", "|")  # what parts the cells of an export's or a table's row


class ListRules(NameWords):
    def _extend_lists(self, spacy_doc: Doc, doc: Tokens, found: list[Span], taken: list[bool], scores: dict) -> list[Span]:
        """"Lotte, Noor en Xyla": an unknown capitalised word joined to a person is a person."""
        persons = {s.start: s for s in found if s.label_ == PERSON}
        covered = set()
        for s in found:
            covered.update(range(s.start, s.end))
        added: list[Span] = []
        # a place of one word that is also a first name ("Sofia", "Florence"), joined to a person: a child too
        places = {s.start: s for s in found if s.label_ != PERSON and s.end - s.start == 1}
        guesses = {}  # one-word persons found with an unknown word's low score, by token: their score's key
        for s in persons.values():
            key = (doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1].text))
            if s.end - s.start == 1 and scores.get(key, 1.0) < 0.6:
                guesses[s.start] = key
        for span in sorted(persons.values(), key=lambda s: s.start):
            sure = span.start not in guesses  # a low guess raises no other
            # "Dawit 2323.32.113, Noa Pinas 694 67 98 96, Kasper ...": each name with its value
            valued = _value_end(doc, span.end) > span.end
            for direction in (1, -1):
                k = span.end if direction == 1 else span.start - 1
                while True:
                    if valued and direction == 1:
                        k = _value_end(doc, k)
                    joiner = k
                    if not (0 <= joiner < len(doc)) or not (doc[joiner].lower_ in LIST_JOINERS
                                                            or _slash_between(doc, joiner)):
                        break
                    word = joiner + direction
                    if valued and direction == -1:
                        word = _value_start(doc, word) - 1
                    elif valued and _value_end(doc, word + 1) == word + 1:
                        break  # the next item has no value of its own: the list is over
                    if sure and 0 <= word < len(doc) and word in guesses:
                        # "heten Tesfalem en Mebrat": an unknown word's low guess joined to a person is a person too
                        scores[guesses.pop(word)] = 0.6
                        k = word + direction
                        continue
                    if word in places and self._first_name(doc[word].text) \
                            and doc[word].lower_ not in self.lex.not_names:
                        found.remove(places.pop(word))  # "Hugo en Sofia lezen": not the capital of Bulgaria
                        covered.discard(word)
                    if not (0 <= word < len(doc)) or word in covered or taken[word]:
                        break
                    known = (self._first_name(doc[word].text) and doc[word].lower_ not in self.lex.not_names) \
                        or self._word_name_in_list(doc, word)
                    if not (known or self._unknown_capitalised(doc[word].text)) \
                            or (self._sentence_start(doc, word) and direction == -1 and not known and not valued
                                and not (word > 0 and doc[word - 1].text == ":") and doc[joiner].text != "/"):
                        break  # a first name that is also a word counts in a list too: "Storm en Jade hebben ...";
                        # a list opened by a colon too: "de zusjes Tesfay: Selam en Luwam"; a cell of two families
                        # too: ";Brugging / Ter Horst;"
                    if word > 0 and (doc[word - 1].lower_ in ARTICLES or doc[word - 1].lower_ in PLACE_PREPOSITIONS) \
                            and not (word > 1 and doc[word - 1].lower_ == "het" and doc[word - 2].lower_ in FORMS_OF_ZIJN):
                        break  # "naar de Walibi, Sanne en ...": a venue, not a child
                    new = Span(spacy_doc, word, word + 1, label=PERSON)
                    added.append(new)
                    covered.add(word)
                    scores[(doc[word].idx, doc[word].idx + len(doc[word].text))] = 0.6
                    k = word + direction
        found = sorted(found + added, key=lambda s: s.start)
        return self._extend_line_lists(spacy_doc, doc, found, taken, scores)

    def _word_name_in_list(self, doc: Tokens, k: int) -> bool:
        """"zijn het Lieve en Ibrahim", "Roos, Hidde, Ben": a first name that is also a word, one the lists never take
        for a name alone too ("lieve", "hoop", "ben"), capitalised in mid-sentence beside a person."""
        low = doc[k].lower_
        return low in self.lex.ambiguous_first_names and doc[k].text[:1].isupper() \
            and doc[k].text[1:].islower() and not self._sentence_start(doc, k)

    def _extend_line_lists(self, spacy_doc: Doc, doc: Tokens, found: list[Span], taken: list[bool],
                           scores: dict) -> list[Span]:
        """A list of children one per line ("- Sem-Jurre – geb. ...", "- Dawit – DOB: ...", "Lars: leesboekje"):
        a name no list knows that opens an item, before a dash, colon, bracket or comma, is a person when
        two other items of the same list open with a person."""
        persons = {s.start for s in found if s.label_ == PERSON}
        if sum(_opens_line(doc, k) for k in persons) < 2:
            return found  # the quick way out: no two persons open a line
        openers = _line_openers(doc, persons)
        covered = {k for s in found for k in range(s.start, s.end)}
        added = []
        for block in _blocks(doc, openers):
            named = [k for k in block if k in persons]
            if len(named) < 2:
                continue
            for k in block:
                if k in covered or taken[k] or not (k + 1 >= len(doc) or doc[k + 1].text in ITEM_SEPARATORS
                                                    or _ends_line(doc, k)):
                    continue
                if not (self._unknown_capitalised(doc[k].text) or (
                        self._first_name(doc[k].text) and doc[k].lower_ not in self.lex.not_names)):
                    continue
                added.append(Span(spacy_doc, k, k + 1, label=PERSON))
                scores[(doc[k].idx, doc[k].idx + len(doc[k].text))] = 0.6
        return sorted(found + added, key=lambda s: s.start)


ITEM_SEPARATORS = {"–", "-", "—", ":", "(", ","}
BULLET_TOKENS = "-*•–·"


def _opens_line(doc: Tokens, k: int) -> bool:
    """Does token k open its line, after white space and at most a bullet (a medal or another pictograph too)?"""
    line_start = doc.text.rfind("\n", 0, doc[k].idx) + 1
    return ITEM_BULLET.fullmatch(doc.text, line_start, doc[k].idx) is not None


def _ends_line(doc: Tokens, k: int) -> bool:
    """Is token k the last of its line ("🥇 Fleur" in a list of results, one name a line)?"""
    return "\n" in doc[k].whitespace_ or "\n" in doc[k + 1].text


# what may stand before a list item's first word: indentation and one bullet, a medal or a pictograph ("🥇")
ITEM_BULLET = re.compile(r"[ \t]*(?:(?:[-*•–·]|[^\w\s]{1,3})[ \t]*)?")
# where a list item's first word starts: after the line's indentation and at most one bullet
ITEM_START = re.compile(r"^[ \t]*(?:(?:[-*•–·]|[^\w\s]{1,3})[ \t]*)?(?=[^\W\d_])", re.MULTILINE)


def _line_openers(doc: Tokens, persons: set[int]) -> list[tuple[int, int]]:
    """(line number, token) of the first word of each line, after a bullet, when it has a capital or is a
    person found in lower case ("🥈 lieke van Deursen"): list items as typed."""
    text = doc.text
    starts = [t.idx for t in doc]
    openers = []
    line, counted = 0, 0
    for match in ITEM_START.finditer(text):
        at = match.end()
        line += text.count("\n", counted, at)
        counted = at
        k = bisect.bisect_left(starts, at)
        if k < len(doc) and starts[k] == at and (doc[k].text[:1].isupper() or k in persons):
            openers.append((line, k))
    return openers


def _blocks(doc: Tokens, openers: list[tuple[int, int]]) -> list[list[int]]:
    """The openers grouped by list: items on lines that follow one another (a wrapped line between
    two items keeps them in one list, a blank line ends it)."""
    blocks, current, last = [], [], -10
    for line, k in openers:
        if line - last > 2 or (current and _blank_between(doc, current[-1], k)):
            if current:
                blocks.append(current)
            current = []
        current.append(k)
        last = line
    if current:
        blocks.append(current)
    return blocks


def _blank_between(doc: Tokens, a: int, b: int) -> bool:
    return BLANK_LINE.search(doc.text, doc[a].idx, doc[b].idx) is not None


BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _value(text: str) -> bool:
    return not text.isalpha() and DIGIT.search(text) is not None


DIGIT = re.compile(r"\d")


def _value_end(doc: Tokens, k: int) -> int:
    """Past the number after a name ("694 67 98 96", "420-729-525"): the first token after it, k if none."""
    j = k
    while j < len(doc) and j - k < 6 and (_value(doc[j].text) or (
            doc[j].text in {"-", ".", "/"} and j + 1 < len(doc) and _value(doc[j + 1].text) and j > k)):
        j += 1
    return j


def _value_start(doc: Tokens, k: int) -> int:
    """Back past the number that ends at token k: the number's first token, k + 1 if none."""
    j = k
    while j >= 0 and k - j < 6 and _value(doc[j].text):
        j -= 1
    return j + 1


def _slash_between(doc: Tokens, k: int) -> bool:
    """Is token k a slash between two words in a cell of a table or export, spaced on both sides ("Brugging / Ter
    Horst;": two families of one cell); not "ja/nee", a path or two places in running text ("Zwalm / Rooborst")?"""
    if not (doc[k].text == "/" and k > 0 and doc[k - 1].whitespace_ == " " and doc[k].whitespace_ == " "):
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, doc[k].idx) + 1
    line_end = text.find("\n", doc[k].idx)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return any(mark in line for mark in CELL_MARKS)
