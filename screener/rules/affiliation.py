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
- a *function* is a job title the writer gives themselves, or the work they say they do ("ik geef de
  gymlessen", data/function_work.txt): a job title after "ben", "als", "word", "werk"
  (time words and groups may stand between: "ben ik sinds 1 augustus IB'er"), in a signature
  (also over two lines: "Namens het team van OBS De Regenboog," / "Marco (directeur)"), or
  opening a sentence ("Al 25 jaar conciërge op ...");
- a *bio* gives both: a job title tied to the workplace by "bij", "van", "op", "@", ... at the
  opening of a sentence ("Gr. 6 juf bij Lithora", "lkr gr 5 @ OBS De Regenboog", "Trotse
  kleuterjuf van De Regenboog"). Job titles include compounds made on the spot ("gymjuf").
A class teacher's sign-off names the class ("Meester Joost / groep 8"); where the post places that
class at a school ("de musical van groep 8 op IKC De Zeven Zeeën") the two state the affiliation
together, as "leerkracht van groep 8 op IKC De Zeven Zeeën" would. A school named elsewhere in the
post ("Dit jaar doet IKC Het Anker mee") ties no class to it.
Staff also write in English (on LinkedIn): "I've started as a teacher of group 7 at CBS Het Baken", "I work at
De Wingerd"; a post in English is read with the English job titles and work words too (data/*_en.txt).
Frisian staff write as they speak: "Ik bin juf fan groep 3 op OBS De Vlinderhof", "myn wurkjouwer".
A profile line may open with its label: "Bio: meester van groep 8 op KBS De Wingerd".
A title before someone else's name ("juf Lotte van groep 7 had ...", "Gymjuf Lotte van ...") is
neither, nor is a title after a preposition ("ik ben trots op de directeur van ..."), nor a
hashtag after a bio word ("collega's #Lithora").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from screener.rules import lexicon
from screener.rules.analysis import Analysis, Segment
from screener.rules.organisation import Mention, job_titles
from screener.rules.settings import PolicySettings

# English too: staff write in English on LinkedIn ("I've started as a teacher of group 7 at CBS Het Baken"),
# and Frisian ("myn earste wike as juf fan groep 3 op ...")
SELF = {"ik", "me", "mij", "mijn", "m'n", "mn", "mezelf", "wij", "we", "ons", "onze",
        "i", "i'm", "im", "i've", "my", "myself", "our", "us", "we're", "we've",
        "myn", "wy"}
INTRO = {"ben", "als", "word", "werd", "werk", "werkzaam", "functie", "slag", "is", "blijf", "bent", "sta", "stond",
         "as", "am", "i'm", "im", "work", "working", "became", "become",
         "bin", "wurkje"}
BIO = {"werkzaam", "medewerker", "medewerkster", "dienst", "collega's", "collegas", "verbonden",
       "employed", "employee", "colleagues"}
THERE = {"er", "daar", "hier"}
SUBJECT_SELF = {"ik", "i", "i'm", "im", "i've"}  # the writer as the subject opening a sentence
# someone else becomes the subject: "Ik ben trots op mijn collega die als leerkracht op ..."
OTHER_SUBJECTS = {"die", "dat", "wie", "hij", "zij", "ze", "jij", "je", "u", "who", "she", "he", "they", "which"}
# the writer introducing themselves by name: "Hier reageert Joris, meester van ...", "Hier schrijft Sanne, IB'er van"
# ("Dit is Joris, ..." introduces someone else as often: not counted)
SELF_INTRO_OPENERS = {"hier"}
SELF_INTRO_VERBS = {"reageert", "schrijft", "antwoordt", "spreekt"}
WHERE = {"waar", "where"}  # "KBS De Wingerd, waar ik werk", "OBS De Regenboog (Lithora), where I teach year 5"
# "mijn werk", "m'n werk", "my work": the work as a noun (the writer's job), no statement of where
WORK_NOUNS = {"werk", "work", "wurk"}
POSSESSIVES = {"mijn", "m'n", "mn", "my", "myn", "ons", "onze", "our"}
EMPLOYER = {"werkgever", "employer", "wurkjouwer"}
# A work word in the third person is someone else's work, whoever stands near: "zie hoe hard iedereen werkt".
OTHERS_WORK = {"werkt"}
# "ik sta voor groep 5", "sinds 2015 sta ik op ...": standing says where one works only with the writer as its
# subject right beside it, not "als het aan mij lag stond die gymzaal er al"
STANDING = {"sta", "staan", "stond"}
STANDING_SUBJECT = {"ik", "wij", "we"}
# "Namens het team van IKC Het Anker", "namens de directie van ...": speaking for one's own school
ON_BEHALF = "namens"
WE, WE_OF = {"wij", "we"}, {"van", "bij", "als"}  # "wij van Het Anker", "we bij De Regenboog"
GROUPS = {"team", "schoolteam", "directie", "schoolleiding", "bestuur", "leerkrachten", "collega's", "collegas",
          "mr", "medezeggenschapsraad", "personeel"}
# Words that tie a job title or a bio word to a workplace: "juf bij", "IB'er van", "werkzaam op".
LINK = {"bij", "van", "op", "aan", "voor", "in", "binnen", "@", "at", "de", "het", "een", "'t",
        "of", "for", "by", "with", "the", "a", "an", "fan"}
PREPOSITIONS = {"op", "met", "van", "voor", "aan", "naar", "bij", "over", "tegen", "om", "zonder", "door", "uit",
                "to", "about", "with", "of", "from", "without"}
# Words that may stand between "ben"/"als" and a job title, or between a title and its workplace,
# without changing who is meant: time ("sinds 1 augustus", "al 12 jaar") and groups ("groep 3", "gr. 6").
FILLER = {"al", "nu", "sinds", "vanaf", "per", "inmiddels", "alweer", "ruim", "bijna", "zo'n", "dit", "deze",
          "jaar", "jaren", "maand", "maanden", "week", "weken", "schooljaar", "augustus", "september",
          "januari", "februari", "maart", "april", "mei", "juni", "juli", "oktober", "november", "december",
          "groep", "groepen", "gr", "onderbouw", "middenbouw", "bovenbouw", "kleutergroep",
          "since", "now", "currently", "year", "years", "group", "groups",
          "no", "jier", "jierren"}
# Words that may open a bio before the job title: "Trotse kleuterjuf van ...", "Nieuwe IB'er bij ...".
# A profile's label may stand before it: "Bio: meester van groep 8 op ...", "Over mij: ...".
BIO_OPENERS = {"trotse", "trots", "nieuwe", "gelukkige", "enthousiaste", "fulltime", "parttime", "zelf", "ook",
               "nog", "steeds", "als", "ik", "ben", "bio", "over", "mij", "about", "me", "profiel"}
_NUMBER = re.compile(r"^\d+(?:[-/]\d+)*$")
# Compound job titles people make on the spot: "gymjuf", "kleutermeester", "muziekleerkracht".
_COMPOUND_JOB = re.compile(r"(?<![\w])[a-z]{2,}(?:juf|juffrouw|meester|leerkracht|docent|coordinator|specialist|"
                           r"assistent|assistente|begeleider)(?:s|en|e|n)?(?![\w])")
# a class as the writer signs with it and as the post places it at a school: "groep 8", "gr. 5/6", "klas 3b"
_CLASS = re.compile(r"(?<![\w])(?:groep|gr\.?|klas) ?(\d{1,2}(?:[/-]\d{1,2})?[a-z]?)(?![\w])")
_AT = re.compile(r"\s+(?:op|van|bij|aan)\s+(?:(?:de|het)\s+)?")  # between the class and the school's name
EMPLOY_WINDOW = 10  # tokens from a work word to the organisation's name
_SOMEONES = {"de", "het", "een", "die", "deze", "haar", "zijn", "hun", "mijn", "m'n", "onze", "jouw", "uw"}
INTRO_WINDOW = 4  # tokens from "ben"/"als" to the job title
SELF_WINDOW = 8  # tokens from "ik" to the work word


@dataclass(frozen=True)
class Statement:
    affiliation: bool
    function: bool


def _function_entries(extra: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """(job titles, forms of address such as "juf"): functions.txt plus the organisation's own."""
    entries = [*lexicon.lines("functions.txt"), *extra]
    return ([e for e in entries if not e.startswith("titel:")],
            [e.split(":", 1)[1] for e in entries if e.startswith("titel:")])


@functools.lru_cache(maxsize=16)
def forms_of_address(extra: tuple[str, ...] = ()) -> re.Pattern | None:
    """Staff forms of address ("juf", "meester") alone: a small pattern, quick to compile."""
    return lexicon.alternation(_function_entries(extra)[1])


@functools.lru_cache(maxsize=16)
def _function_patterns(extra: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(any job title, titles of address, job titles exactly as listed: singular). Compiling them
    takes some 70 ms."""
    jobs, titles = _function_entries(extra)
    exact = r"(?<![\w])(?:" + "|".join(
        lexicon.loose(j)[: -len(lexicon.ENDINGS)] + "e?" for j in sorted(jobs, key=len, reverse=True)) + r")(?![\w])"
    anything = lexicon.alternation_source(jobs + titles)
    return (re.compile(anything + "|" + _COMPOUND_JOB.pattern), forms_of_address(extra),
            re.compile(exact + "|" + _COMPOUND_JOB.pattern))


@functools.lru_cache(maxsize=2)
def _employ_pattern(english: bool) -> re.Pattern:
    return lexicon.regexes([*lexicon.lines("affiliation.txt"), *lexicon.for_english("affiliation_en.txt", english)])


@functools.lru_cache(maxsize=1)
def _self_at_work_pattern() -> re.Pattern:
    """'Ich arbeite', 'calısıyorum', 'pracuje', 'اعمل': the first person in the verb itself (data/affiliation_other.txt)."""
    return lexicon.regexes(list(lexicon.lines("affiliation_other.txt")))


@functools.lru_cache(maxsize=1)
def _teacher_emoji() -> re.Pattern:
    """A profile line opening with a teacher emoji (data/affiliation_emoji.txt)."""
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, lexicon.lines("affiliation_emoji.txt"))) + ")")


@functools.lru_cache(maxsize=1)
def _work_done_pattern() -> re.Pattern:
    """'ik geef de gymlessen', 'ik begeleid de plusklas': a function said as the work one does."""
    return lexicon.regexes(list(lexicon.lines("function_work.txt")))


class _Sentence:
    """The tokens of one sentence (or line), with what each of them is."""

    def __init__(self, analysis: Analysis, segment: Segment, mentions: list[Mention], settings: PolicySettings):
        self.tokens = analysis.tokens(segment)
        self.words = [analysis.folded[t.start:t.end] for t in self.tokens]
        self.original = [analysis.text[t.start:t.end] for t in self.tokens]
        jobs, titles, exact = _function_patterns(job_titles(settings, analysis))
        self.org = self._indices([(m.start, m.end) for m in mentions if m.explicit])
        self.org -= {i for i in self.org if self._bare_hashtag(analysis, i)}
        self.function = self._matches(jobs, analysis, segment)
        self.title = self._matches(titles, analysis, segment)
        self.exact_job = self._matches(exact, analysis, segment) - self.title
        self.employ = self._matches(_employ_pattern(analysis.is_english), analysis, segment)
        self.work_done = self._matches(_work_done_pattern(), analysis, segment)
        self.self_ = {i for i, w in enumerate(self.words) if w in SELF}
        # "Ich arbeite als Lehrerin an der ...", "... 'da ogretmen olarak calısıyorum", "👩‍🏫 groep 8 | 🏫 ..."
        self.self_at_work = bool(_teacher_emoji().match(analysis.text, segment.start, segment.end)) or (
            analysis.other_language
            and bool(_self_at_work_pattern().search(analysis.folded, segment.start, segment.end)))

    def _bare_hashtag(self, analysis: Analysis, i: int) -> bool:
        """'#Lithora' at the end of a post tags it; 'werk bij #Lithora' still names the workplace."""
        start = self.tokens[i].start
        return start > 0 and analysis.text[start - 1] == "#" and not (i > 0 and self.words[i - 1] in LINK)

    def _indices(self, spans: list[tuple[int, int]]) -> set[int]:
        return {i for i, t in enumerate(self.tokens) for s, e in spans if t.start < e and s < t.end}

    def _matches(self, pattern: re.Pattern | None, analysis: Analysis, segment: Segment) -> set[int]:
        if pattern is None:
            return set()
        return self._indices([m.span() for m in pattern.finditer(analysis.folded, segment.start, segment.end)])

    def _filler(self, j: int) -> bool:
        return self.words[j] in FILLER or bool(_NUMBER.match(self.words[j]))

    def introduced(self, i: int) -> bool:
        """Token i is preceded closely by 'ben', 'als', 'word', ... ("ik ben de nieuwe directeur",
        "ben ik sinds 1 augustus IB'er"): time words and groups between do not count. A preposition
        between makes the title someone else's: "ik ben trots op de directeur"."""
        return self._introducer(i) is not None

    def _introducer(self, i: int) -> int | None:
        """The 'ben'/'als' that introduces token i, as `introduced` tells."""
        counted, j = 0, i - 1
        while j >= 0 and counted < INTRO_WINDOW:
            if self.words[j] in INTRO:
                return j
            if self._filler(j):
                j -= 1
                continue
            if self.words[j] in PREPOSITIONS:
                return None
            counted += 1
            j -= 1
        return None

    def own_title(self) -> Segment | None:
        """Where the writer gives their own job title: 'Als directeur (wil ik ...)', 'ik ben leerkracht'."""
        opens_with_als = "als" in self.words[:2]
        for i in sorted(self.function):
            j = self._introducer(i)
            if j is not None and (self.self_ or opens_with_als) and not self._names_someone(i):
                return Segment(self.tokens[j].start, self.tokens[i].end)
        return None

    def _linked(self, j: int, o: int) -> bool:
        """Only link words, time words and groups between token j and the workplace at token o."""
        return o > j and all(self.words[k] in LINK or self._filler(k) for k in range(j + 1, o))

    def _names_someone(self, i: int) -> bool:
        """'juf Lotte', 'directeur Peter': a title before a capitalised name that is not the workplace."""
        nxt = i + 1
        return nxt < len(self.tokens) and nxt not in self.org and self.original[nxt][:1].isupper()

    def job_at_workplace(self) -> bool:
        """A bio: a job title tied to the workplace, near the opening or said of oneself:
        "Gr. 6 juf bij Lithora", "lkr gr 5 @ OBS De Regenboog", "Directeur IKC Het Anker (Lithora)",
        "Trotse kleuterjuf van De Regenboog", "ik ben sinds 1 augustus IB'er bij een Lithora-school"."""
        for f in sorted(self.function):
            if self._names_someone(f):
                continue
            opening = all(self._filler(k) or self.words[k] in BIO_OPENERS for k in range(f)) \
                or self._introduces_self(f)
            said_of_self = self._self_speaks_of(f, SELF_WINDOW) or self._writer_subject(f)
            if not (opening or self.introduced(f) and said_of_self):
                continue
            if any(self._linked(f, o) and o - f <= 6 for o in self.org):
                return True
        return False

    def _writer_subject(self, f: int) -> bool:
        """'Ik werk nu acht jaar met haar samen als leerkr. groep 2 op KBS De Wingerd': the writer opens the
        clause and nobody else becomes its subject before the job title, however many words stand between."""
        first = next((k for k in range(min(2, f)) if self.words[k] in SUBJECT_SELF), None)
        return first is not None and not any(self.words[k] in OTHER_SUBJECTS for k in range(first + 1, f))

    def _introduces_self(self, f: int) -> bool:
        """'Hier reageert Joris, meester van groep 7 bij ...', 'Hier schrijft Sanne, IB'er van ...': the writer
        introduces themselves by name, the job title right after it."""
        names = range(2, f)
        return 2 < f <= 5 and self.words[0] in SELF_INTRO_OPENERS and self.words[1] in SELF_INTRO_VERBS \
            and all(self.original[k][:1].isupper() for k in names)

    def self_function(self) -> bool:
        if any(self._near_self(i, 2) for i in self.work_done):  # "ik geef de gymlessen op ..."
            return True
        opens_with_als = "als" in self.words[:2]
        for i in sorted(self.function):
            if self.introduced(i) and (self.self_ or opens_with_als):
                return True
            if i in self.exact_job and i <= 3 and i not in self.title and self._subjectless_opening() \
                    and not self._names_someone(i):
                return True
        return False

    def _subjectless_opening(self) -> bool:
        """'Al 25 jaar conciërge op ...': a sentence that opens with a job title, no one else named."""
        return not any(w in {"de", "het", "een", "onze", "die", "deze"} for w in self.words[:3])

    def _near_self(self, i: int, window: int) -> bool:
        return any(abs(s - i) <= window for s in self.self_)

    def _self_speaks_of(self, i: int, window: int) -> bool:
        """The writer near token i, and no one else made the subject between: "ik ... als leerkracht", not "mijn
        buurvrouw, die al dertig jaar als leerkracht op ... werkt"."""
        def someone_else_between(s: int) -> bool:
            return s < i and any(self.words[k] in OTHER_SUBJECTS for k in range(s + 1, i))

        return any(abs(s - i) <= window and not someone_else_between(s) for s in self.self_)

    def _says_i_work(self, j: int) -> bool:
        """'ik werk', 'werk ik', 'ik geef les', or an opening 'Vandaag weer ingevallen ...'; not someone
        else working near an 'ik' ('ik zie hoe hard iedereen er werkt')."""
        if j not in self.employ or self._my_work(j):
            return False
        if self.words[j] in STANDING:
            return any(self.words[k] in STANDING_SUBJECT for k in (j - 1, j + 1) if 0 <= k < len(self.words))
        if j <= 3 and self._subjectless_opening():  # a bio: "Werkt sinds 2010 bij ..."
            return True
        return self.words[j] not in OTHERS_WORK and self._near_self(j, 6)

    def _my_work(self, j: int) -> bool:
        """'mijn werk', 'my work': the noun, a job that names no workplace ("mijn werk heeft hier niets mee te
        maken", "los van mijn werk"), not 'ik werk (op ...)'."""
        return self.words[j] in WORK_NOUNS and j > 0 and self.words[j - 1] in POSSESSIVES

    def _says_i_am(self, j: int) -> bool:
        """'ik ben leerkracht', 'als ib'er ... ik', 'Als directeur van ...'."""
        return j in self.function and self.introduced(j) and \
            (self._self_speaks_of(j, SELF_WINDOW) or "als" in self.words[:2])

    def works_there(self) -> bool:
        """'Ik werk er al acht jaar', 'ik ben daar leerkracht': pointing back at the sentence before."""
        return any(w in THERE and any(self._says_i_work(j) or self._says_i_am(j)
                                      for j in range(max(0, i - 3), min(len(self.words), i + 4)))
                   for i, w in enumerate(self.words))

    def _works_where(self, o: int) -> bool:
        """'KBS De Wingerd, waar ik al tien jaar als leerkracht werk': a clause after the name."""
        after = range(o + 1, min(len(self.words), o + 4))
        return any(self.words[w] in WHERE and any(self._says_i_work(j) or self._says_i_am(j)
                                                   for j in range(w + 1, min(len(self.words), w + 10)))
                   for w in after)

    def _job_there(self, o: int) -> bool:
        """'Als voorzitter van de MR van IKC De Zeven Zeeën, en leerkracht van groep 7 daar, wil ik ...': the
        writer's job title after the school's name, pointing back at it ("daar", "er")."""
        if not (self.self_ or "als" in self.words[:2]):
            return False
        for j in sorted(self.function):
            # "ik sprak de directeur van Het Baken en de juf van groep 7 daar": someone else's title
            if j <= o or self._names_someone(j) or self.words[j - 1] in _SOMEONES:
                continue
            for t in range(j + 1, min(len(self.words), j + 6)):
                if self.words[t] in THERE:
                    return True
                if not (self.words[t] in LINK or self._filler(t)):
                    break
        return False

    def _on_behalf(self, o: int) -> bool:
        """'Namens IKC Het Anker', 'namens het team van Het Anker', 'wij van Het Anker': the writer
        speaks for the school."""
        if o > 0 and self.words[o - 1] == ON_BEHALF:
            return True
        if o > 1 and self.words[o - 1] in WE_OF and self.words[o - 2] in WE:
            return True
        return any(self.words[j] in GROUPS and ON_BEHALF in self.words[max(0, j - 3):j] and self._linked(j, o)
                   for j in range(max(0, o - 4), o))

    def affiliation(self) -> bool:
        """Does this sentence tie the writer to an explicit mention of the organisation?"""
        if self.org and self.self_at_work:
            return True
        for o in sorted(self.org):
            before = range(max(0, o - EMPLOY_WINDOW), o)
            if any(self.words[j] in BIO and o - j <= 4 and self._linked(j, o) for j in before):
                return True  # "werkzaam bij Lithora"; not "collega's ontmoet #Lithora"
            if EMPLOYER & set(self.words[max(0, o - 3):o + 4]):  # "mijn werkgever, Lithora"
                return True
            if self._on_behalf(o):
                return True
            if self._works_where(o) or self._job_there(o):
                return True
            if any(self._says_i_work(j) or self._says_i_am(j) for j in before):
                return True
            opening_job = any(j in self.exact_job and j <= 3 and o - j <= 4 and not self._names_someone(j)
                              for j in before)
            if opening_job and self._subjectless_opening():  # "Al 25 jaar conciërge op ..."
                return True
        return self.job_at_workplace()


def _nobody_quoted(start: int, end: int) -> bool:
    return False


def statement(analysis: Analysis, mentions: list[Mention], settings: PolicySettings,
              quoted: Callable[[int, int], bool] = _nobody_quoted) -> Statement:
    """Does the post say who the writer works for, and in which function? Someone else's words
    (`quoted`: the question a reply quotes) say nothing about the writer."""
    affiliation = function = False
    previous_named_org = False
    for segment in analysis.sentences:
        if quoted(segment.start, segment.end):
            continue
        sentence = _Sentence(analysis, segment, mentions, settings)
        affiliation = affiliation or sentence.affiliation() or (previous_named_org and sentence.works_there())
        function = function or sentence.self_function() or sentence.job_at_workplace()
        previous_named_org = bool(sentence.org)
    signed_function = signed_org = False
    for line in analysis.signature_lines:
        if quoted(line.start, line.end):
            continue
        signed = _Sentence(analysis, line, mentions, settings)
        if signed.function:
            function = signed_function = True
            affiliation = affiliation or bool(signed.org)
        signed_org = signed_org or bool(signed.org)
        affiliation = affiliation or signed.affiliation()
    # a signature over two lines: "Namens het team van OBS De Regenboog," / "Marco (directeur)"
    affiliation = affiliation or (signed_function and signed_org)
    if signed_function and not affiliation:
        affiliation = _class_at_school(analysis, mentions, quoted)
    return Statement(affiliation=affiliation, function=function)


def own_title(analysis: Analysis, mentions: list[Mention], settings: PolicySettings,
              quoted: Callable[[int, int], bool] = _nobody_quoted) -> Segment | None:
    """The first place where the writer, in their own words, gives their job title: "Als directeur wil ik
    een misverstand rechtzetten", "Ik ben de leerkracht van groep 3"."""
    for segment in analysis.sentences:
        if not quoted(segment.start, segment.end):
            found = _Sentence(analysis, segment, mentions, settings).own_title()
            if found:
                return found
    return None


def _class_at_school(analysis: Analysis, mentions: list[Mention], quoted: Callable[[int, int], bool]) -> bool:
    """A class teacher's sign-off names the class ("Meester Joost / groep 8", "juf Priya (groep 1/2)"),
    and the post says at which school that class is ("de musical van groep 8 op IKC De Zeven Zeeën"):
    together, "meester Joost, leerkracht van groep 8 op IKC De Zeven Zeeën". A school named elsewhere
    in the post ("Dit jaar doet IKC Het Anker mee") ties no class to it."""
    signed = {m.group(1) for line in analysis.signature_lines if not quoted(line.start, line.end)
              for m in _CLASS.finditer(analysis.folded, line.start, line.end)}
    if not signed:
        return False
    schools = [m.start for m in mentions if m.explicit and not quoted(m.start, m.end)]
    for group in _CLASS.finditer(analysis.folded):
        if group.group(1) not in signed or quoted(group.start(), group.end()):
            continue
        if any(_AT.fullmatch(analysis.folded, group.end(), school) for school in schools if school > group.end()):
            return True
    return False
