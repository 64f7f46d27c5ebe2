"""A person a draft names again, in another form or where no rule alone would take the word for a name:
the words of a name found once stand for that person wherever they stand again in the same draft.

A reader who has met "Storm (groep 5)" or "sep (groep 8)" reads "Storm las daarna voor" and "Sep werd
vierde" as that child, and after "Luuk Visser" or a chat's sender "Dirk Mulder" reads "Visser, zo noemt
iedereen hem" and "top Dirk!" as him. So a word of a person found (a first name, a surname; no title, no
particle, no initial) is that person again:

- capitalised in mid-sentence ("haha top Dirk!", "Ecrin is bang", "met Storm");
- opening a sentence or a line, where a word that is also an ordinary word ("Storm", "Visser", "Mulder")
  must be followed the way a person is: a verb of a person acting, "is", "werd", "met", or a comma,
  colon or bracket ("Storm las daarna", "Storm is de jongste", "Visser, zo noemt ..."), when the name was
  found by its first name alone;
- typed in lower case, when a list knows it as a first name, wherever no article, determiner or adjective
  makes it a thing and no subject before it a verb ("Noa vraagt wat storm wil hebben", "de tas van storm", "zeg
  dat mo hem mist"; not "een rode roos", "veel fleur", "ik hoop");
- after a full or titled name ("Merel Schipper", "juf Roos"), also a word that is an ordinary one opening a
  sentence or a photo's `title` whatever follows ("Merel als melkmeisje"), unless words join it in a list of
  words ("Storm en regen hielden ons binnen", "Roos, tulp en narcis").

Not after an article ("de Storm"), not beside another capitalised word (a part of a longer name the
rules judged whole: "de burgemeester, Piet Hofstra"), inside a handle, address, hashtag or hyphenated word, nor where the
line makes the word a thing, a public figure or a character (`not_persons`, `public_context`). Only a
name found with some certainty passes its words on: an unknown capitalised word's low guess does not
("Vergeet" opening a chat message), nor a word of a found name that is an ordinary word no name list
knows ("juf. Adres").
"""

from __future__ import annotations

import bisect

from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from screener.text import not_persons, public_context, vocabulary
from screener.text.name_words import ARTICLES, NameWords
from screener.text.tokens import Tokens, title_case

PERSON = "PERSON"
SCORE = 0.6
MIN_SOURCE = 0.5  # above an unknown word's guess (name_words.UNKNOWN_SCORE)
STRONG_SOURCE = 0.85  # a full name, a title or a family word before it ("Merel Schipper", "juf Roos", "opa Kees")
# what may follow a name that is also a word when it opens a sentence: the person acts or is described
AFTER_OPENING = {"is", "was", "werd", "wordt", "met", "ook", "zelf", "heeft", "had"}
PUNCT_AFTER = {",", ":", "!", "?", "(", ")", "-", "–", "—"}
LOWER_BEFORE = {"van", "bij", "met", "naast", "door", "voor", "tegen", "zonder", "en"}
CONJUNCTIONS = {"dat", "die"}  # "ik weet dat storm wil helpen": no article here
GLUED = "@#/_."  # a word glued to one of these is part of a handle, an address or a hashtag
QUOTES = "\"'“‘„«"  # a quoted word is a word quoted: 'wie meer kaas wil, zegt "Kees!"'
# what makes the word after it a thing's ("een rode roos", "veel fleur", "geen storm"), beside the articles
DETERMINERS = {"geen", "elke", "iedere", "ieder", "veel", "weinig", "meer", "minder", "zo'n", "welke", "mijn", "jouw",
               "uw", "z'n", "d'r", "echte", "zulke", "beetje", "twee", "drie", "vier", "vijf"}
DEGREE_WORDS = {"heel", "erg", "zeer", "zo", "echt", "nog", "best"}  # "een heel mooie roos"
JOINERS = {",", "en", "of", "&", "/"}
SUBJECT_PRONOUNS = {"ik", "je", "jij", "we", "wij", "ze", "zij", "hij", "u", "jullie", "men"}


class RepeatedRules(NameWords):
    def _extend_repeats(self, spacy_doc: Doc, doc: Tokens, found: list[Span], taken: list[bool], scores: dict,
                        blocked, named: set[tuple[int, str]]) -> list[Span]:  # noqa: ANN001 - not_persons.Blocked
        """Other occurrences, in the same draft, of the words of the persons found."""
        words: set[tuple[int, str]] = set()
        strong: set[tuple[int, str]] = set()  # the words of a full or titled name: every other use of them is the person
        passed: dict[str, str] = {}  # a draft's names come back often: each word is judged once
        for span in found:
            if span.label_ != PERSON or scores.get((doc[span.start].idx, doc[span.end - 1].idx
                                                    + len(doc[span.end - 1].text)), 0.0) < MIN_SOURCE:
                continue
            draft = public_context.draft_start(doc, span.start)
            span_words = []
            for k in range(span.start, span.end):
                word = passed.get(doc[k].text)
                if word is None:
                    word = passed[doc[k].text] = self._passed_on(doc[k].text)
                span_words.append(word)
            # a first name, or the child's group after it ("sep (groep 8)"), says the word is a person's here
            with_first_name = any(w in self.lex.first_names for w in span_words) or self._school_context(doc, span.end - 1)
            score = scores.get((doc[span.start].idx, doc[span.end - 1].idx + len(doc[span.end - 1].text)), 0.0)
            for word in span_words:
                if word and (draft, word) not in named and (with_first_name or not self._ordinary(word)
                                                             or word.lower() in self.lex.not_names):  # "Lieve" found
                    words.add((draft, word))  # "van het Konijn" passes no "Konijn" on: nothing says a person
                    if score >= STRONG_SOURCE and with_first_name:
                        strong.add((draft, word))
        if not words:
            return found
        keys = {word for _, word in words}
        text = doc.text
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)  # "İ": offsets stay
        found_at = sorted((doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1].text)) for s in found)
        found_starts = [a for a, _ in found_at]
        covered = None
        starts: list[int] = []
        added = []
        # where the words stand again: looked for with str.find (most stand only where they were found), not by
        # a look at every token
        for word in keys:
            low = word.lower()
            at = lowered.find(low)
            while at >= 0:
                end = at + len(low)
                candidate = text[at:end]
                k = bisect.bisect_right(found_starts, at) - 1
                inside = k >= 0 and found_at[k][1] > at
                if not inside and (candidate == word or candidate.islower()) \
                        and not (at and lowered[at - 1].isalnum()) and not lowered[end:end + 1].isalnum():
                    if covered is None:
                        covered = [False] * len(doc)
                        for span in found:
                            covered[span.start:span.end] = [True] * (span.end - span.start)
                        starts = [t.idx for t in doc]
                    i = bisect.bisect_left(starts, at)
                    if i < len(doc) and starts[i] == at and doc[i].text == candidate and not covered[i] \
                            and not taken[i] and self._repeats(doc, i, word, words, strong, blocked):
                        added.append(Span(spacy_doc, i, i + 1, label=PERSON))
                        covered[i] = True
                        scores[(at, end)] = SCORE
                at = lowered.find(low, end)
        return sorted(found + added, key=lambda s: s.start) if added else found

    def _repeats(self, doc: Tokens, i: int, word: str, words: set[tuple[int, str]], strong: set[tuple[int, str]],
                 blocked) -> bool:  # noqa: ANN001
        """Does token i stand for the person of `word` found elsewhere in its draft?"""
        draft = public_context.draft_start(doc, i)
        if (draft, word) not in words or not self._stands_as_name(doc, i, word, (draft, word) in strong):
            return False
        return not (self._not_a_person(doc, i, i + 1, SCORE) or not_persons.public_or_street(doc, i, i + 1, blocked, self.lex)
                    or not_persons.names_a_thing(doc, i, i + 1)  # "Van Gerrevink Reizen"
                    or public_context.why_no_person(doc, i, i + 1, self.lex))  # a character's line

    def _passed_on(self, text: str) -> str:
        """The word of a found name that stands for its person elsewhere, title-cased; "" for a title, a
        particle, an initial or an ordinary word no name list knows."""
        if len(text) < 2 or not text.isalpha() or not (title_case(text) or text.islower()):
            return ""
        low = text.lower()
        if low in self.lex.titles or low in self.interfix_starts:
            return ""
        word = text if title_case(text) else text.title()
        if low in self.lex.not_names:  # "Lieve" found in a list of children: "Lieve mocht als eerste", not "Lieve ouders"
            return word if low in self.lex.ambiguous_first_names else ""
        if word in self.lex.first_names or word in self.lex.surnames or not vocabulary.is_dutch_word(word):
            return word
        return ""

    def _ordinary(self, word: str) -> bool:
        """Is the word also an ordinary one ("Storm", "Visser", "Konijn")?"""
        return vocabulary.is_dutch_word(word) or word.lower() in self.lex.common_words

    def _stands_as_name(self, doc: Tokens, i: int, word: str, strong: bool = False) -> bool:
        """Does token i stand where a name can: not glued into a handle, hashtag or hyphenated word, not after
        an article, and, for a word that is also an ordinary one, followed as a person is. In lower case, a first
        name the draft gives elsewhere is the person wherever no article, determiner or adjective makes it a
        thing ("wat wil roos hebben", "zeg dat mo hem mist"; not "een rode roos"); after a full or titled name
        (`strong`) also opening a sentence or a `title` attribute ("Merel als melkmeisje"), unless words join it
        in a list of words ("Storm en regen", "Roos, tulp en narcis")."""
        text = doc.text
        start, end = doc[i].idx, doc[i].idx + len(doc[i].text)
        before, after = text[start - 1:start], text[end:end + 1]
        if (before and before in GLUED + "-" + QUOTES) or (after and (after in "@#/_-" or after.isalnum())) \
                or (after == "." and text[end + 1:end + 2].isalnum()):
            return False
        if i > 0 and doc[i - 1].lower_ in ARTICLES and doc[i - 1].lower_ not in CONJUNCTIONS:
            return False  # "de Storm", "het Visser-huis"
        if (i > 0 and doc[i - 1].whitespace_ == " " and title_case(doc[i - 1].text)) \
                or (i + 1 < len(doc) and doc[i].whitespace_ == " " and title_case(doc[i + 1].text)):
            return False  # "burgemeester van Deventer, Piet Hofstra": part of a longer name the rules judged whole
        k = i + 1
        while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
            k += 1  # "  Visser  , zo noemt ...": a bold word's blanked stars
        following = doc[k] if k < len(doc) else None
        acts = following is not None and (following.lower_ in self.lex.person_verbs or following.text in PUNCT_AFTER)
        if doc[i].text.islower():
            if word not in self.lex.first_names:
                return False
            return acts or (i > 0 and doc[i - 1].lower_ in LOWER_BEFORE and "\n" not in doc[i - 1].whitespace_) \
                or not self._thing_word(doc, i)
        if not self._ordinary(word) or not self._sentence_start(doc, i):
            return True
        return acts or (following is not None and following.lower_ in AFTER_OPENING) \
            or (strong and not self._among_words(doc, k))

    def _thing_word(self, doc: Tokens, i: int) -> bool:
        """Is the lower-case word at i a thing's: after an article or determiner, maybe with adjectives between
        ("een rode roos", "veel fleur", "geen storm", "2 storm"), or a verb after its subject ("ik hoop")?"""
        k = i - 1
        while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
            k -= 1
        if k >= 0 and doc[k].lower_ in SUBJECT_PRONOUNS and "\n" not in doc[k].whitespace_:
            return True  # "ik hoop ook", "we bas nog": the word is a verb here
        between = 0
        while k >= 0 and "\n" not in doc[k].whitespace_ and doc[k].text.isalpha():
            low = doc[k].lower_
            if (low in ARTICLES and (between or low not in CONJUNCTIONS)) or low in DETERMINERS:
                return True  # also "De mooiste merel" opening a sentence
            if not doc[k].text.islower():
                return False
            if between >= 2 or not (low in DEGREE_WORDS or (low.endswith("e") and low not in self.lex.person_verbs
                                                            and low not in STOP_WORDS)):
                return False  # "vroeg roos", "de juf belde bo": a verb, no adjective, before the article
            between += 1
            k -= 1
        return k >= 0 and doc[k].like_num  # "2 storm"

    def _among_words(self, doc: Tokens, k: int) -> bool:
        """Does a list of words follow at token k: a joiner, then a lower-case word ("Storm en regen", "Roos, tulp
        en narcis", "Merel of lijster?"); not a name typed small ("Merel en noa")?"""
        if k >= len(doc) or doc[k].lower_ not in JOINERS:
            return False
        j = k + 1
        while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
            j += 1
        if j >= len(doc) or not doc[j].text.isalpha() or not doc[j].text.islower():
            return False
        nxt = doc[j].text
        return nxt in self.lex.common_words or vocabulary.is_dutch_word(nxt) or nxt.title() not in self.lex.first_names
