"""Lists of children: "Lotte, Noor en Xyla": an unknown capitalised word or a first name that is also a
word ("Storm en Jade") joined to a person is a person."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from screener.text.name_words import ARTICLES, LIST_JOINERS, PLACE_PREPOSITIONS, NameWords
from screener.text.tokens import Tokens

PERSON = "PERSON"


class ListRules(NameWords):
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
                    known = self._first_name(doc[word].text) and doc[word].lower_ not in self.lex.not_names
                    if not (known or self._unknown_capitalised(doc[word].text)) \
                            or (self._sentence_start(doc, word) and direction == -1 and not known
                                and not (word > 0 and doc[word - 1].text == ":")):
                        break  # a first name that is also a word counts in a list too: "Storm en Jade hebben ...";
                        # a list opened by a colon too: "de zusjes Tesfay: Selam en Luwam"
                    if word > 0 and (doc[word - 1].lower_ in ARTICLES or doc[word - 1].lower_ in PLACE_PREPOSITIONS):
                        break  # "naar de Walibi, Sanne en ...": a venue, not a child
                    new = Span(spacy_doc, word, word + 1, label=PERSON)
                    added.append(new)
                    covered.add(word)
                    scores[(doc[word].idx, doc[word].idx + len(doc[word].text))] = 0.6
                    k = word + direction
        return sorted(found + added, key=lambda s: s.start)
