"""C2 and D3: a medewerker writing about the school says that they work for Lithora (and, at
work, in which function).

People write this in many ways: "ik ben leerkracht bij OBS De Regenboog", "als intern begeleider
van Het Anker", "werkzaam bij Lithora", "sinds maart werk ik op De Wegwijzer", or a signature
"juf Anouk, leerkracht groep 4, OBS De Regenboog". The checks look at words near each other in one
sentence (or one signature line), not at fixed strings:

- an *affiliation* ties the writer to an explicit mention of the organisation: "ik"/"mijn" with a
  work word ("werk", "ben ... leerkracht", "als ib'er") before it; a bio word ("werkzaam",
  "medewerker", "in dienst", "collega's") right before it; "werkgever" next to it; or a signature
  line holding it;
- a *function* is a job title the writer gives themselves: after "ben", "als", "word", "werk",
  in a signature line, or opening a sentence ("Al 25 jaar conciërge op ...").
A title before someone else's name ("juf Lotte van groep 7 had ...") is neither.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from screener.rules import lexicon
from screener.rules.analysis import Analysis, Segment
from screener.rules.organisation import Mention
from screener.rules.settings import PolicySettings

SELF = {"ik", "me", "mij", "mijn", "m'n", "mn", "mezelf", "wij", "we", "ons", "onze"}
INTRO = {"ben", "als", "word", "werd", "werk", "werkzaam", "functie", "slag", "is", "blijf", "bent", "sta", "stond"}
BIO = {"werkzaam", "medewerker", "medewerkster", "dienst", "collega's", "collegas", "verbonden"}
THERE = {"er", "daar", "hier"}
EMPLOY_WINDOW = 10  # tokens from a work word to the organisation's name
INTRO_WINDOW = 4  # tokens from "ben"/"als" to the job title
SELF_WINDOW = 8  # tokens from "ik" to the work word


@dataclass(frozen=True)
class Statement:
    affiliation: bool
    function: bool


@functools.lru_cache(maxsize=16)
def _function_patterns(extra: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(any job title, titles of address, job titles exactly as listed: singular)."""
    entries = [*lexicon.lines("functions.txt"), *extra]
    titles = [e.split(":", 1)[1] for e in entries if e.startswith("titel:")]
    jobs = [e for e in entries if not e.startswith("titel:")]
    exact = re.compile(r"(?<![\w])(?:" + "|".join(
        lexicon.loose(j)[: -len(lexicon.ENDINGS)] + "e?" for j in sorted(jobs, key=len, reverse=True)) + r")(?![\w])")
    return lexicon.alternation(jobs + titles), lexicon.alternation(titles), exact


@functools.lru_cache(maxsize=1)
def _employ_pattern() -> re.Pattern:
    return lexicon.regexes(list(lexicon.lines("affiliation.txt")))


class _Sentence:
    """The tokens of one sentence (or line), with what each of them is."""

    def __init__(self, analysis: Analysis, segment: Segment, mentions: list[Mention], settings: PolicySettings):
        self.tokens = analysis.tokens(segment)
        self.words = [analysis.folded[t.start:t.end] for t in self.tokens]
        jobs, titles, exact = _function_patterns(settings.functions)
        self.org = self._indices([(m.start, m.end) for m in mentions if m.explicit])
        self.function = self._matches(jobs, analysis, segment)
        self.title = self._matches(titles, analysis, segment)
        self.exact_job = self._matches(exact, analysis, segment) - self.title
        self.employ = self._matches(_employ_pattern(), analysis, segment)
        self.self_ = {i for i, w in enumerate(self.words) if w in SELF}

    def _indices(self, spans: list[tuple[int, int]]) -> set[int]:
        return {i for i, t in enumerate(self.tokens) for s, e in spans if t.start < e and s < t.end}

    def _matches(self, pattern: re.Pattern | None, analysis: Analysis, segment: Segment) -> set[int]:
        if pattern is None:
            return set()
        return self._indices([m.span() for m in pattern.finditer(analysis.folded, segment.start, segment.end)])

    def introduced(self, i: int) -> bool:
        """Token i is preceded closely by 'ben', 'als', 'word', ... ("ik ben de nieuwe directeur")."""
        return any(self.words[j] in INTRO for j in range(max(0, i - INTRO_WINDOW), i))

    def self_function(self) -> bool:
        opens_with_als = "als" in self.words[:2]
        for i in sorted(self.function):
            if self.introduced(i) and (self.self_ or opens_with_als):
                return True
            if i in self.exact_job and i <= 3 and i not in self.title and self._subjectless_opening():
                return True
        return False

    def _subjectless_opening(self) -> bool:
        """'Al 25 jaar conciërge op ...': a sentence that opens with a job title, no one else named."""
        return not any(w in {"de", "het", "een", "onze", "die", "deze"} for w in self.words[:3])

    def _near_self(self, i: int, window: int) -> bool:
        return any(abs(s - i) <= window for s in self.self_)

    def _says_i_work(self, j: int) -> bool:
        """'ik werk', 'werk ik', 'ik geef les', or an opening 'Vandaag weer ingevallen ...'."""
        return j in self.employ and (self._near_self(j, 6) or (j <= 3 and self._subjectless_opening()))

    def _says_i_am(self, j: int) -> bool:
        """'ik ben leerkracht', 'als ib'er ... ik', 'Als directeur van ...'."""
        return j in self.function and self.introduced(j) and \
            (self._near_self(j, SELF_WINDOW) or "als" in self.words[:2])

    def works_there(self) -> bool:
        """'Ik werk er al acht jaar', 'ik ben daar leerkracht': pointing back at the sentence before."""
        return any(w in THERE and any(self._says_i_work(j) or self._says_i_am(j)
                                      for j in range(max(0, i - 3), min(len(self.words), i + 4)))
                   for i, w in enumerate(self.words))

    def affiliation(self) -> bool:
        """Does this sentence tie the writer to an explicit mention of the organisation?"""
        for o in sorted(self.org):
            before = range(max(0, o - EMPLOY_WINDOW), o)
            if any(self.words[j] in BIO and o - j <= 4 for j in before):  # "werkzaam bij Lithora"
                return True
            if "werkgever" in self.words[max(0, o - 3):o + 4]:  # "mijn werkgever, Lithora"
                return True
            if any(self._says_i_work(j) or self._says_i_am(j) for j in before):
                return True
            opening_job = any(j in self.exact_job and j <= 3 and o - j <= 4 for j in before)
            if opening_job and self._subjectless_opening():  # "Al 25 jaar conciërge op ..."
                return True
        return False


def statement(analysis: Analysis, mentions: list[Mention], settings: PolicySettings) -> Statement:
    """Does the post say who the writer works for, and in which function?"""
    affiliation = function = False
    previous_named_org = False
    for segment in analysis.sentences:
        sentence = _Sentence(analysis, segment, mentions, settings)
        affiliation = affiliation or sentence.affiliation() or (previous_named_org and sentence.works_there())
        function = function or sentence.self_function()
        previous_named_org = bool(sentence.org)
    for line in analysis.signature_lines:
        signed = _Sentence(analysis, line, mentions, settings)
        if signed.function:
            function = True
            affiliation = affiliation or bool(signed.org)
        affiliation = affiliation or signed.affiliation()
    return Statement(affiliation=affiliation, function=function)
