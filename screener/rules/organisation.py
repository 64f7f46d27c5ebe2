"""Where a post refers to the organisation: its name, aliases, schools, or "onze school".

An *explicit* mention names Lithora or one of its schools; only those can carry an affiliation
statement ("ik werk bij OBS De Regenboog"). An *indirect* mention ("onze school", "mijn werkgever",
"mijn klas") makes a medewerker's post a post about the school, but says nothing about who
the employer is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from screener.rules import lexicon
from screener.rules.analysis import Analysis
from screener.rules.settings import PolicySettings

# Words before a school's own name: "OBS De Regenboog" is also written "De Regenboog".
SCHOOL_PREFIXES = ("obs", "cbs", "kbs", "pcbs", "rkbs", "ikc", "sbo", "sbao", "so", "vso", "o.b.s.", "c.b.s.",
                   "basisschool", "kindcentrum", "integraal kindcentrum", "school", "openbare basisschool",
                   "christelijke basisschool", "katholieke basisschool")
_PREFIXES_LONGEST_FIRST = sorted(SCHOOL_PREFIXES, key=len, reverse=True)
# Any school written with its type, also when the configuration lists no schools: "basisschool De Linde".
_ANY_SCHOOL = re.compile(
    r"(?<![\w])(?i:o\.b\.s\.|c\.b\.s\.|obs|cbs|kbs|pcbs|rkbs|ikc|sbo|basisschool|kindcentrum)"
    r"\s+(?:(?i:de|het|den|'t)\s+)?[A-Z\u00C0-\u00DD][\w'\-]+")
_MIJN = re.compile(r"\bmijn\b")
_OURS = re.compile(r"(?<![\w])(?:ons|onze|wij|we|mijn|m'n|ik|werk|werken|werkzaam|namens)(?![\w])[^.!?\n]*$")
OURS_WINDOW = 25  # characters before a school's short name
# "Op De Wingerd hebben we ...", "Bij Het Baken doen wij dat anders": the writer's school, said after its name
_OURS_AFTER = re.compile(r"[^.!?\n]{0,%d}?(?<![\w])(?:we|wij|ons|onze)(?![\w])" % OURS_WINDOW)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    explicit: bool  # names the organisation or one of its schools


ARTICLES = ("de ", "het ", "den ", "'t ")
SHORT_NAME_MIN = 5  # "Vlinderhof", "Zeven Zeeën"; not a two-letter rest


@functools.lru_cache(maxsize=64)
def _core_names(school: str) -> tuple[str, ...]:
    """'OBS De Regenboog' -> ('De Regenboog', 'Regenboog'): how people shorten a school's name."""
    folded = lexicon.fold(school).strip()
    for prefix in _PREFIXES_LONGEST_FIRST:
        if folded.startswith(prefix + " "):
            core = school.strip()[len(prefix) + 1:].strip()
            break
    else:
        return ()
    names = [core] if core else []
    for article in ARTICLES:
        rest = core[len(article):].strip()
        if lexicon.fold(core).startswith(article) and len(rest) >= SHORT_NAME_MIN:
            names.append(rest)
    return tuple(names)


@functools.lru_cache(maxsize=32)
def _patterns(names: tuple[str, ...], cores: tuple[str, ...], extra: tuple[str, ...]):
    indirect = [_MIJN.sub("(?:mijn|m'n|mn)", p) for p in (*lexicon.lines("references.txt"), *extra)]
    return lexicon.alternation(list(names)), lexicon.alternation(list(cores)), lexicon.regexes(indirect)


HINTS_AT_SCHOOL = "references_at_school.txt"


@functools.lru_cache(maxsize=1)
def _hints_at_school() -> re.Pattern:
    return lexicon.regexes(lexicon.entries(HINTS_AT_SCHOOL))


def _never() -> bool:
    return False


def find_mentions(analysis: Analysis, settings: PolicySettings, school_channel: bool = False,
                  work_said: Callable[[], bool] = _never) -> list[Mention]:
    """Mentions in the post. A school's name without its type ("Het Anker") counts on the school's
    own channels (`school_channel`), when the post also speaks of school life or the organisation, or
    when the writer says the post touches their work (`work_said`, asked only then: "privé-account, ik
    spreek hier niet voor mijn werk" above "een nieuw gebouw voor de Wingerd")."""
    names = (settings.organisation, *settings.aliases, *settings.schools)
    cores = tuple(c for s in settings.schools for c in _core_names(s))
    references = settings.references + lexicon.for_english("references_en.txt", analysis.is_english)
    named, core, indirect = _patterns(names, cores, references)
    found: list[Mention] = []
    if named:
        found += [Mention(m.start(), m.end(), True) for m in named.finditer(analysis.folded)]
    found += [Mention(m.start(), m.end(), True) for m in _ANY_SCHOOL.finditer(analysis.text)]
    hashtags = _hashtag_pattern(names + cores)
    if hashtags:
        found += [Mention(m.start(), m.end(), True) for m in hashtags.finditer(analysis.folded)]
    if indirect:
        found += [Mention(m.start(), m.end(), False) for m in indirect.finditer(analysis.folded)
                  if not _named_other(analysis, m.start(), m.end(), found)]
    # "met het team", "bij jullie op school": the writer's school in a post about school life
    if lexicon.needed(HINTS_AT_SCHOOL, analysis.folded):
        found += [Mention(m.start(), m.end(), False) for m in _hints_at_school().finditer(analysis.folded)
                  if about_school_life(analysis, settings, outside=(m.start(), m.end()))]
    if core:  # a school's own name only when written with a capital: "De Regenboog", not "de regenboog"
        bare = [Mention(m.start(), m.end(), True) for m in core.finditer(analysis.folded)
                if any(ch.isupper() for ch in analysis.text[m.start():m.end()])]
        # two of the schools ("de fusie van Het Baken en De Vlinderhof") are no restaurant either
        several = len({_short(analysis.folded[m.start:m.end]) for m in bare}) > 1
        if bare and (school_channel or found or several or about_school_life(analysis, settings) or work_said()):
            found += bare
        else:  # "bij ons op De Wingerd", "ik werk op De Wingerd", "namens De Wingerd": the writer's own school
            found += [m for m in bare if _OURS.search(analysis.folded, max(0, m.start - OURS_WINDOW), m.start)
                      or _OURS_AFTER.match(analysis.folded, m.end)]
    return _without_overlaps(found)


# a name right after the hint, or after "van": "de stichting KiKa", "mijn collega's van het Deventer Vocaal Ensemble"
_NEXT_NAME = re.compile(r"[ \t]+(?:van[ \t]+(?:het[ \t]+|de[ \t]+|'t[ \t]+)?)?[A-Z\u00C0-\u00DD]")
# hints that may name another organisation right after them: "de stichting KiKa", "mijn werkgever Jumbo", the
# colleagues of a choir ("onze school Het Kompas" stays the writer's school, even when the configuration does not
# list it)
_OTHER_ORGANISATION = re.compile(r"stichting|werkgever|bestuur|collega")


def _named_other(analysis: Analysis, start: int, end: int, explicit: list[Mention]) -> bool:
    """'de stichting Leergeld': a name follows the hint that is not one of ours."""
    if not _OTHER_ORGANISATION.search(analysis.folded, start, end):
        return False
    after = _NEXT_NAME.match(analysis.text, end)
    return bool(after) and not any(m.start == after.end() - 1 for m in explicit)


def _short(name: str) -> str:
    """A school's name without its article, to count distinct schools."""
    for article in ARTICLES:
        if name.startswith(article):
            return name[len(article):]
    return name


def job_titles(settings: PolicySettings, analysis: Analysis) -> tuple[str, ...]:
    """The organisation's own job titles, and for a post in English the English ones ("teacher")."""
    return settings.functions + lexicon.for_english("functions_en.txt", analysis.is_english)


@functools.lru_cache(maxsize=16)
def _school_life_pattern(functions: tuple[str, ...]) -> re.Pattern:
    jobs = [e for e in (*lexicon.lines("functions.txt"), *functions) if not e.startswith("titel:")]
    words = lexicon.regexes_source([*lexicon.lines("school_context.txt"), *lexicon.lines("activities.txt")])
    return re.compile(words + "|" + lexicon.alternation_source(jobs))


def about_school_life(analysis: Analysis, settings: PolicySettings, outside: tuple[int, int] = (0, 0)) -> bool:
    """Words of school life (klas, groep 5, collega's, leerkracht, ...) anywhere in the post, but for the
    span `outside` (a hint's own words)."""
    start, end = outside
    return any(m.end() <= start or m.start() >= end
               for m in _school_life_pattern(job_titles(settings, analysis)).finditer(analysis.folded))


@functools.lru_cache(maxsize=32)
def _hashtag_pattern(names: tuple[str, ...]) -> re.Pattern | None:
    """Hashtags holding a name, written together: #lithora, #obsderegenboog, #regenboogtrots."""
    parts = set()
    for name in names:
        words = re.findall(r"\w+", lexicon.fold(name))
        if words:
            parts.add("".join(words))
            if len(words[-1]) >= 5:  # the distinctive last word: "regenboog", not "de"
                parts.add(words[-1])
    if not parts:
        return None
    longest_first = sorted(parts, key=lambda p: (-len(p), p))  # the same order in every run: the pattern can be kept
    return re.compile(r"#\w*(?:" + "|".join(re.escape(p) for p in longest_first) + r")\w*")


_HEADING_LINE = re.compile(r"[ \t]*(?:#{1,6}[ \t]|<title\b|<h[1-6]\b)", re.IGNORECASE)
_TAG_LINE = re.compile(r"(?:[ \t]*#\w+)+[ \t]*")  # "#groep3 #jarig #traktatie #DeWingerd #lithora"


def tags_the_post(analysis: Analysis, mention: Mention) -> bool:
    """A hashtag on a line of hashtags only: it files the post under the school, the post is not about
    it ("#groep3 #jarig #DeWingerd" under a class's birthday post on the school's account)."""
    if analysis.text[mention.start:mention.start + 1] != "#":
        return False
    start = analysis.text.rfind("\n", 0, mention.start) + 1
    end = analysis.text.find("\n", mention.end)
    return bool(_TAG_LINE.fullmatch(analysis.text, start, len(analysis.text) if end < 0 else end))


def titles_the_page(analysis: Analysis, mention: Mention) -> bool:
    """The mention stands in the page's title or a heading: "# Notulen MR CBS Het Baken", "<title>Schoolbieb |
    KBS De Wingerd</title>", "<h1>...</h1>"."""
    doc = analysis.doc
    if doc.kind == "text":
        return False
    line, _ = doc.position(mention.start)
    return bool(_HEADING_LINE.match(doc.line_text(line)))


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions, explicit before indirect."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-m.explicit, -(m.end - m.start), m.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)
