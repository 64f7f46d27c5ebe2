"""`screener_names`: a spaCy component that finds Dutch person and place names from lexicons.

It reads the tokens left to right and tries, at each capitalised word:

1. a person introduced by a title, initials or a known first name
   ("juf Marieke", "A. de Vries", "mevrouw Visser-de Jong", "Jan-Willem", "Sanne");
2. a place from the place lists ("Utrecht", "Den Haag", "Bovenkerk (NH)");
3. a person by surname alone ("de Vries", "Visser"), or by school context for a name that no
   list knows ("de moeder van Xyla", "Xyla uit groep 5", "Xyla (groep 7)");

and finally extends lists of names ("Lotte, Noor en Xyla"), columns of names ("Storm" among names in a
two-column list) and the names a draft gives again ("Storm (groep 5)" ... "Storm is de jongste"). A word that is both a name and an
ordinary Dutch word ("Roos", "Hart", "Best") counts only with support: a capital in the middle
of a sentence, a title, or a surname after it.

A capitalised word that no name list knows is only taken for a name when it is not an ordinary
Dutch word ("Schoolreis", "Commissie", "Belgische"; `screener.text.vocabulary`), unless a strong
cue says so ("de moeder van X", "juf X"). No person is: a span next to an organisation word
("Omega Pharma", "Stichting X", "directeur Basisschool"), a known shop or venue ("Hema"), a
character or title ("Zwarte Piet", "Pluk van de Petteflet"), the second half of a hyphenated
word ("Sint-Niklaas"), a product in camel case ("PowerPoint"), a medical term after initials
("M. Alzheimer"), or a country that is also a first name ("Israël") without school context.

Before these, `screener.text.not_persons` (a package, one module per kind of signal) blocks the
phrases of the non-person lists (children's culture, authors, public figures, shops and brands) and
judges the spans found; after them, `screener.text.lowercase_names` adds first names typed in lower
case. The rules live in small modules, one job each: `name_words` (what a word is), `person_names`
(persons, joined from `person_titled`, `person_surname_alone`, `person_by_cue` and
`person_unknown_word`), `place_names`, `name_lists`; `tokens` is the token snapshot they read.

Entities the model (if any) found are kept, unless the non-person lists or their context veto
them ("Nijntje", "het boek van Roald Dahl"); this component only adds what does not overlap them.
Each entity's confidence is stored in `doc.user_data["screener_scores"][(start_char, end_char)]`.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from screener.text import lowercase_names, not_persons, person_nickname, public_context, vocabulary
from screener.text.name_lists import PERSON, ListRules
from screener.text.not_persons import hashtag_repeats
from screener.text.name_words import UNKNOWN_SCORE
from screener.text.not_persons.costumes import PLAY_VERBS
from screener.text.person_names import PersonRules
from screener.text.place_names import PlaceRules
from screener.text.tokens import Tokens

COMPONENT = "screener_names"
SCORES = "screener_scores"

VERB_FIRST = {"die", "dat", "dan", "toen", "nu", "daar", "hier", "zo", "wat", "waar", "ook"}  # then the verb, then "ik"
SUBJECT_PRONOUNS = {"ik", "je", "jij", "we", "wij", "hij", "zij", "ze", "jullie"}  # after a verb put first: "Die ken ik"
MODEL_NAME_LABELS = {"PERSON", "PER", "LOC", "GPE", "LOCATION"}
LOCATION = "LOCATION"


def _lemmas_default_to_lower(doc: Doc) -> None:
    """A token without a lemma (no lemmatizer in the pipeline) gets its lower case form, for the whole
    document at once."""
    values = doc.to_array([LEMMA, LOWER])
    missing = values[:, 0] == 0
    if missing.any():
        values[missing, 0] = values[missing, 1]
        doc.from_array([LEMMA], values[:, :1].copy())


class NameTagger(PersonRules, PlaceRules, ListRules):
    """The spaCy component: each annotator in turn at every token, then lower-case names and lists."""

    def __call__(self, doc: Doc) -> Doc:
        scores: dict[tuple[int, int], float] = doc.user_data.setdefault(SCORES, {})
        _lemmas_default_to_lower(doc)  # presidio's context words are compared with lemmas
        spacy_doc, doc = doc, Tokens(doc)
        # characters, authors, brands: no name here, neither the lexicon's nor the model's
        blocked = not_persons.blocked_tokens(doc, self.lex)
        hashtag_repeats.remember(spacy_doc, blocked)  # "#helpMoos" under "Moos is een jack russell"
        taken = list(blocked.tokens)
        # the model's persons and places stand, unless a list or the context says otherwise;
        # its other entities (ORG, DATE, ...) give way
        model_ents = [e for e in spacy_doc.ents if e.label_ in MODEL_NAME_LABELS
                      and not any(taken[e.start:e.end])
                      and not (e.label_ in {"PER", "PERSON"} and (
                          not_persons.public_or_street(doc, e.start, e.end, blocked, self.lex)
                          or self._not_a_person(doc, e.start, e.end, 0.0)  # "Atletiekvereniging Athlos"
                          or not_persons.branch_of_brand(doc, e.start, blocked)
                          or not_persons.relative_of_a_figure(doc, e.start, e.end, blocked, self.lex)
                          or not_persons.names_a_thing(doc, e.start, e.end)
                          or self._shop_or_club_alone(doc, e.start, e.end)
                          or public_context.no_person_here(doc, e.start, e.end, self.lex)))]
        for ent in model_ents:
            for k in range(ent.start, ent.end):
                taken[k] = True
        found: list[Span] = []
        named: set[tuple[int, str]] = set()  # (draft, word) of the names found historical, fictional or a thing
        in_history: list[int] = []  # first names alone on a line of history
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
            if doc[i].lower_ in self.plain_words and not self._after_kin_word(doc, i):
                i += 1  # "Op", "Maar", "Ik": a function word, capitalised as a sentence opens; no rule starts a name there
                continue
            if self._after_quote(doc, i) and not self._quoted_alone(doc, i) and doc[i].lower_ not in self.lex.titles \
                    and not self._quoted_with_initials(doc, i) \
                    and (vocabulary.is_dutch_word(doc[i].text)
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
            if end == i:
                end, score = self._named_by_its_cue(doc, i)
            if end > i and label == PERSON and (self._after_hyphen(doc, i) or self._not_a_person(doc, i, end, score)
                                                or not_persons.public_or_street(doc, i, end, blocked, self.lex)
                                                or not_persons.branch_of_brand(doc, i, blocked)
                                                or not_persons.relative_of_a_figure(doc, i, end, blocked, self.lex)
                                                or not_persons.names_a_thing(doc, i, end)
                                                or (score == UNKNOWN_SCORE and not_persons.beside_blocked(doc, i, end,
                                                                                                          blocked))):
                i = end  # the whole span is skipped: "Omega Pharma" is no "Pharma" either
                continue
            reason = public_context.why_no_person(doc, i, end, self.lex) if end > i and label == PERSON else ""
            if reason:
                if reason == "history" and end == i + 1 and self._first_name(doc[i].text) \
                        and not public_context.ruler(doc, i, end, ""):
                    in_history.append(i)  # "Projectweek Middeleeuwen: Mees en Ravi schieten ...": see below
                named |= public_context.named_words(doc, i, end, self.lex)
                i = end  # "In 1584 ... Balthasar Gerards", "Het gaat over Dummie ... Polderdam"
                continue
            if end > i and not taken[i] and any(taken[i:end]):
                end = self._before_taken(doc, i, end, taken)  # "speelt Lotte Elsa": Lotte, not the role after her
            if end > i and not any(taken[i:end]):
                found.append(Span(spacy_doc, i, end, label=label))
                scores[(doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text))] = score
                i = end
            else:
                i += 1
        if named:  # "Achnetoth" in the title line of a review whose story names him: the same character
            found = [span for span in found if not public_context.named_elsewhere(doc, span.start, span.end, named)]
        if in_history:
            found += self._pupils_in_history(spacy_doc, doc, found, in_history, scores)
        covered = [False] * n
        for span in found:
            covered[span.start:span.end] = [True] * (span.end - span.start)
        persons = frozenset(k for span in found if span.label_ == PERSON for k in range(span.start, span.end))
        for start, end in lowercase_names.lowercase_names(doc, [a or b for a, b in zip(taken, covered)], self.lex,
                                                          persons):
            if not_persons.names_a_thing(doc, start, end) or (end < n and doc[end].lower_ in SUBJECT_PRONOUNS
                                                              and start > 0 and doc[start - 1].lower_ in VERB_FIRST):
                continue  # "| Jan Huigen in de ton |" under "| Lied |": a song's word; "Die ken ik", "Dan ga ik": a verb
                # before its subject (not "juf hennie jij was de liefste")
            found.append(Span(spacy_doc, start, end, label=PERSON))
            scores[(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))] = lowercase_names.SCORE
        for k in person_nickname.nicknames(doc, persons):  # "Johannes “Hans” de Boer"
            found.append(Span(spacy_doc, k, k + 1, label=PERSON))
            scores[(doc[k].idx, doc[k].idx + len(doc[k].text))] = lowercase_names.SCORE
        found.sort(key=lambda s: s.start)
        found = self._extend_lists(spacy_doc, doc, found, taken, scores)
        found = self._extend_columns(spacy_doc, doc, found, taken, scores)  # "Storm" in a column of names
        found = self._extend_repeats(spacy_doc, doc, found, taken, scores, blocked, named)  # "Storm las daarna"
        covered = {k for span in found for k in range(span.start, span.end)}
        others = [e for e in spacy_doc.ents
                  if e.label_ not in MODEL_NAME_LABELS and not covered.intersection(range(e.start, e.end))]
        spacy_doc.ents = sorted(model_ents + others + found, key=lambda s: s.start)
        return spacy_doc


    def _pupils_in_history(self, spacy_doc: Doc, doc: Tokens, found: list[Span], in_history: list[int],
                           scores: dict) -> list[Span]:
        """The first names alone on a line of history that the same draft names as persons elsewhere: the photo's
        alt text "Mees en Ravi met hun katapult" makes "Projectweek Middeleeuwen: Mees en Ravi schieten ..." the
        same two pupils, not knights. A ruler ("koning Willem", "Willem III") stays history."""
        persons = {(public_context.draft_start(doc, span.start), doc[k].text) for span in found if span.label_ == PERSON
                   for k in range(span.start, span.end)}
        again = [i for i in in_history if (public_context.draft_start(doc, i), doc[i].text) in persons]
        for i in again:
            scores[(doc[i].idx, doc[i].idx + len(doc[i].text))] = 0.6
        return [Span(spacy_doc, i, i + 1, label=PERSON) for i in again]

    def _before_taken(self, doc: Tokens, start: int, end: int, taken: list[bool]) -> int:
        """Where a person's span [start, end) ends when the role she plays follows her first name inside it, after
        the verb ("In de musical speelt Lotte Elsa"): after the first name; else at start, and the span is no
        person ("Dokter Proktor", "George Everest": a listed word inside the name)."""
        cut = taken.index(True, start, end)
        if cut - start == 1 and start > 0 and doc[start - 1].lower_ in PLAY_VERBS \
                and self._first_name(doc[start].text):
            return cut
        return start

    def _shop_or_club_alone(self, doc: Tokens, start: int, end: int) -> bool:
        """A name alone (or after "van") that is a shop's of the lists or this draft ("koek van Bussink"), or a
        club in a list beside a club ("Hockeyclub Deventer en Sallandia"): the model's guess gives way."""
        if doc[start].lower_ in self.interfix_starts and end - start == 2:
            start += 1
        return end - start == 1 and (self._beside_organisation(doc, start) or (
            self._names_a_shop(doc, start) and not self._organisation_word(doc, start - 1, before=True)))


@Language.factory(COMPONENT, default_config={"unknown_names": True})
def make_name_tagger(nlp: Language, name: str, unknown_names: bool) -> NameTagger:
    return NameTagger(unknown_names=unknown_names)
