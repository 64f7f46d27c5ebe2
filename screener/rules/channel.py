"""C1: practical announcements (lesuitval, huiswerk, gymspullen, schoolreis, ...) go through Parro
or mail. A sentence counts when it names such a matter, it or a neighbouring sentence announces or
reminds ("vergeet niet", "morgen", "neem ... mee", a weekday or date, a label like "Huiswerk:"),
and it does not report afterwards ("gisteren", "geweest") or tell about one's own family ("mijn
dochter moet morgen haar gymtas mee").

Practical matters come in two kinds: words that are about school by themselves ("huiswerk",
"gymles", "topotoets", "de kinderen zijn vrij"), and things children bring ("handdoek", "muts",
"knuffel mag mee"), which count only when the sentence or a neighbour speaks to a group, the
children or their parents, and not in a sentence about the weekend or a holiday.

A lesson of any kind or a school event that is cancelled or moved is a practical matter however it is
named ("de schaatsles van woensdag gaat niet door", "het schoolfeest is afgelast":
`data/announcement_changes.txt`), and so is a school day that starts later ("beginnen donderdag pas om
9.30 uur") or lessons given in another building. A piece that explains the school's policy or view
("Waarom wij in de onderbouw geen huiswerk meegeven", "Wij vinden het belangrijk dat ...":
`data/announcement_policy.txt`) states what holds every week: in it only a moment (a weekday, a date,
"morgen") makes a sentence a notice. A matter in the past ("sinds de oefentoets") or as the subject
of a piece of writing (a school paper's "Volgende keer in de Bakenbode: het kamp van groep 8") is no
notice either, nor is a matter a class works towards ("Groep 7 oefent voor het verkeersexamen op 14
april": `data/announcement_preparing.txt`).

Someone else's words (a quoted question in a reply) announce nothing, but the answer to a question
about a practical matter is a notice about it: 'Reactie op: "Wanneer moet het werkstuk af?"' and
then "Uiterlijk maandag inleveren.", or "Een slaapzak graag." to a question of what to bring for
camp, also after a few friendly words ("Goede vraag! Sportschoenen en een bidon."), and also when the question goes
on with a sentence that names no matter ('"Moet er voor maandag iets mee voor het kamp? Mijn dochter zegt van
niet."'). A regular
timetable ("gym op dinsdag en donderdag") is no notice, and on the website a sentence about a regular
moment ("Op zwemdagen nemen de kinderen een handdoek mee") stays a standing rule whatever the sentence
beside it says ("Wie iets vergeet, ..."). A changed pick-up ("het hek gaat vanaf maandag pas om 14.15
uur open", "u haalt uw kind voortaan op bij de zij-ingang") is a notice, one per paragraph however many
of its sentences name it, and so are the hours of a school day that changes, however worded ("we stoppen morgen
om 12.00", "de kinderen zijn donderdag om half 1 uit": notice.changed_hours), also in a post that looks back. On
the website a reminder that repeats the timetable just before it ("Zwemmen doen we op dinsdag van 10.15 tot 11.00
uur. Vergeet de zwemtas niet!") is a standing rule: it names no day of its own. A call for contributions ("wie nog oude jassen heeft: graag
inleveren") asks nothing of a class.

The website holds two kinds of post, and a reader tells them apart by what the post is for:
- **An information page informs** whoever opens it: the year's calendar, study days and holidays, a
  page about the school trip or camp with times, what to bring and costs, the gym timetable, the
  school guide, opening hours, a photo album, the after-school care. A reader sees one before reading
  a sentence: its title names such a page (`data/page_kinds.txt`), or it is laid out in sections
  (headings, tables, lists, an album of photos: `rules/page.py`), and it neither opens by greeting
  parents or a class nor counts from the day it was written ("morgen", "over twee weken"). It is
  quiet, but for the two notices that are passed on to a class wherever they stand
  (`data/announcement_passed_on.txt`): homework, and a lesson cancelled or moved.
- **A message passes a notice on** to a class or its parents: homework for Thursday, a lesson
  cancelled, "Beste ouders, vrijdag is er een studiedag", "vergeet de gymschoenen niet". That is what
  C1 is about, on the website as on social media. Even there a date or "alle kinderen vrij" alone
  does not make a notice: it takes a reminder, an instruction or a near moment ("morgen",
  "donderdag", "neem ... mee"), and an instruction for a regular moment ("geef op de gymdagen
  gymkleding mee") is a standing rule.

A reminder at the end of an information page (the photo album's "De volgende zwemles is donderdag
29 oktober. Vergeet de badmuts niet!") is quiet: it belongs to the page's subject and is read by
whoever opens the page, it is not a message sent to the class, and a page is not made a notice by
its friendliest line. Were it reported, every trip page ("vergeet je regenjas niet") and every album
would warn, and a tool that warns on the school's own pages is switched off. The same words as a
post of their own are a message and are reported.

A post in English, or with a sentence in English, is read with the English word lists too
(`data/announcement*_en.txt`): an English teacher writes to her class ("Tomorrow's English lesson is
cancelled"). A school also writes to parents in their language: a post with words of Frisian, Turkish,
Polish, German, French or Spanish, or in Arabic script (`data/other_languages.txt`), is read with the
matters and cues in those languages too (`data/announcement*_other.txt`: "Moarn is der gjin gymles",
"jutro nie ma lekcji WF").

A class sent home or not taken in because its teacher is ill ("Groep 4 blijft vandaag thuis", "kunnen wij
groep 8 morgen niet opvangen") is a notice, and so is a start time moved ("starten we om 9.30 uur in
plaats van 8.30 uur") and a packing list under a label that names the matter ("Voor het kamp: slaapzak,
kussen en zaklamp"). A staff member's farewell on her own account ("morgen geef ik mijn laatste gymles":
`data/announcement_farewell.txt`) tells about her leaving: in it only homework and a lesson cancelled or
moved are passed on.

One notice, one warning: the sentences of a paragraph (a list's lines included), and a title line
over it, pass on one notice, reported at the first sentence that names it (the title only when the
lines under it name nothing); a paragraph right after it that only adds what to bring goes on with
it. A paragraph without a title that passes on two matters ("Morgen geen gym. Het huiswerk moet maandag
af.") gets a warning for each. The school's social account and a staff member's own account have no
information pages: everything there is read as a message.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from screener.rules import lexicon, notice, page, pointer
from screener.rules.analysis import Analysis, Segment
from screener.rules.notice_grouping import Announcement, one_per_notice

REPORT_OPENING = 4  # sentences at the start of a post that tell whether it reports what happened
PLEASANTRY_WORDS = 5  # "Goede vraag!", "Wat fijn dat je het vraagt!": a reply's opening words before its answer
OPENING_LINES = 3  # lines of a page that may greet its readers (after a title)
INFORMATION_SECTIONS = 2  # headings, tables, lists or an album that make a page one to look things up in
TITLE_MATTER_WORDS = 6  # a page's title that names its matter and nothing else: "Het schoolkamp van groep 8"

# "Huiswerk: blz 23-25", "Groep 7 let op:", "Gr 4: gymkleren", "@Sanne voor de schoolreis:": a short label opening
# the sentence.
_LABEL = re.compile(r"\s*[@\w .'\-]{1,30}:\s")
# "voor het (kamp):", "mee naar de (schoolreis):": a label naming what the things after it are for
_TOWARDS = re.compile(r"(?<![\w])(?:voor|mee naar|mee op|naar|op) (?:het |de |a\.s\. )?")
# A question tells nothing ("Waar hang je je jas op?"), unless it is a polite request or reminder
# ("Wilt u ...?", "Denken jullie aan ...?"), also after a label or greeting ("Beste ouders, denken jullie ...?"),
# or a call for help after the notice ("donderdag gaan we naar de kinderboerderij, wie kan er rijden?"), also to
# everyone ("Wil iedereen vóór woensdag een lege keukenrol meenemen?") and on the line under a title.
# a polite request opens the sentence, a clause, or follows an exclamation and an emoji the sentence split keeps
# together ("... op school! 🎁 Wilt u uw kind verkleed laten komen?")
_REQUEST = re.compile(r"(?:^\s*|[,:;]\s+|[.!]\W*\s|\n\W*)" + notice.POLITE_REQUEST +
                      r"|(?:^\s*|[,:;]\s+)wie (?:kan|kunnen|wil|willen|heeft) (?:er )?(?:\w+ )?(?:rijden|helpen|begeleiden|mee)\b")


# "Ja, ..." / "Nee, ...": to a question about a practical matter at a near moment ("Moeten ze morgen hun fiets
# mee?") a plain yes or no is the notice itself; to a question about a standing rule ("Krijgen kinderen met
# dyslexie extra tijd bij toetsen?") it is not.
_YES_NO = re.compile(r"\s*(?:ja|nee|jazeker|jawel|klopt|zeker|helaas niet)(?: hoor| zeker| helaas)?(?= *[,!.]|\s*$)")


# a matter held over someone as what they will lose: "dan kun je het kamp wel vergeten", "de musical mag je vergeten"
_FORFEIT = re.compile(r"(?<![\w])(?:kun|kan|kunt|mag|mogen|kunnen) (?:je|jij|u|jullie|hij|ze|zij) (?:[\w'-]+ ){0,5}"
                      r"(?:wel )?vergeten(?![\w])")


@dataclass(frozen=True)
class _Patterns:
    topics: re.Pattern
    items: re.Pattern
    bring: re.Pattern
    audience: re.Pattern
    cues: re.Pattern  # anywhere
    calendar_cues: re.Pattern  # not on the website
    recurring: re.Pattern
    past: re.Pattern  # after the fact, or in a later school year
    address: re.Pattern  # speaking to parents, children or a class
    family: re.Pattern
    off_school: re.Pattern
    answer_cues: re.Pattern  # in the answer to a quoted question about a practical matter
    passed_on: re.Pattern  # notices on any page: homework, a lesson cancelled or moved
    voluntary: re.Pattern  # a call for contributions ("wie nog oude jassen heeft"): no thing to bring
    greeting: re.Pattern  # a post that opens by speaking to parents or a class
    near: re.Pattern  # a moment counted from the day of writing: "morgen", "volgende week"


CALENDAR = "kalender:"
MOMENT = "moment:"
CHANGE = "change:"
CHANGES = "announcement_changes.txt"
POLICY = "announcement_policy.txt"
PREPARING = "announcement_preparing.txt"
_READER = re.compile(r"(?<![\w])(?:u|uw|je|jij|jullie|jouw|thuis)(?![\w])")  # the sentence speaks to the reader


@functools.lru_cache(maxsize=16)
def _patterns(extra: tuple[str, ...], english: bool = False, other: bool = False) -> _Patterns:
    """The patterns; for a post in English (`english`) with the English entries too (data/*_en.txt), for a post
    in another language (`other`: Frisian, Turkish, Polish, ...) with the matters and cues in those languages
    (data/*_other.txt)."""
    def lines(name: str) -> list[str]:
        return [*lexicon.lines(name + ".txt"), *lexicon.for_english(name + "_en.txt", english)]

    words = lexicon.alternation_source([*lines("announcements"), *extra])
    phrases = lexicon.regexes_source([*lexicon.lines("announcement_patterns.txt"),
                                      *lexicon.for_english("announcements_other.txt", other)])
    cues = [*lines("announcement_cues"), *lexicon.for_english("announcement_cues_other.txt", other)]
    return _Patterns(
        topics=re.compile(words + "|" + phrases),
        items=lexicon.regexes(lines("announcement_items")),
        bring=lexicon.regexes(list(lexicon.lines("announcement_bring.txt"))),
        audience=lexicon.regexes(lines("announcement_audience")),
        cues=lexicon.regexes([c for c in cues if not c.startswith(CALENDAR)]),
        calendar_cues=lexicon.regexes([c[len(CALENDAR):] for c in cues if c.startswith(CALENDAR)]),
        recurring=lexicon.regexes(list(lexicon.lines("announcement_recurring.txt"))),
        past=lexicon.regexes([*lines("announcement_past"), *lexicon.lines("announcement_later.txt")]),
        address=lexicon.regexes(list(lexicon.lines("announcement_address.txt"))),
        family=lexicon.regexes(list(lexicon.lines("announcement_family.txt"))),
        off_school=lexicon.regexes(list(lexicon.lines("announcement_off_school.txt"))),
        answer_cues=lexicon.regexes(list(lexicon.lines("announcement_answer_cues.txt"))),
        passed_on=lexicon.regexes(list(lexicon.lines("announcement_passed_on.txt"))),
        voluntary=lexicon.regexes(list(lexicon.lines("announcement_voluntary.txt"))),
        near=lexicon.regexes(list(lexicon.lines("announcement_near.txt"))),
        greeting=re.compile(r"\s*(?:" + "|".join(lexicon.lines("announcement_greeting.txt")) + ")"),
    )


# The patterns few posts need compile at the first post that has the words they need (the data file's
# "needs:" line): the rules' first call does not pay for them.
@functools.lru_cache(maxsize=1)
def _changed() -> re.Pattern:
    """A lesson of any kind, or a school event, cancelled or moved ("de schaatsles ... gaat niet door"), and
    lessons going on after all, elsewhere or later ("beginnen donderdag pas om 9.30 uur")."""
    # a lesson, a school event, or one named by its part of the day: "de knutselmiddag", "de sportochtend"
    events = "|".join([r"[\w-]*les(?:sen)?", r"[\w-]+middag", r"[\w-]+ochtend", *lexicon.lines("activities.txt")])
    changes = "|".join(f"(?:{c})" for c in lexicon.entries(CHANGES, CHANGE))
    article = "|".join(f"(?<={a} )" for a in ("de", "het", "alle", "geen"))  # "alles" is no lesson
    changed = rf"(?:{article})(?:{events})(?=[^.!?\n]{{0,60}}(?<![\w])(?:{changes})(?![\w]))"
    return re.compile(changed + "|" + lexicon.regexes_source(lexicon.entries(CHANGES)))


@functools.lru_cache(maxsize=1)
def _preparing() -> re.Pattern:
    """What a class works towards, right before the matter: "Groep 7 oefent voor het (verkeersexamen)"."""
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in lexicon.entries(PREPARING)) + r")\s*\Z")


def _prepared_for(analysis: Analysis, patterns: _Patterns, sentence: Segment, topic: re.Match) -> bool:
    """The matter is what the class practises or prepares for: the sentence tells about its lessons, unless it
    counts from today ("we oefenen morgen voor de toets") or speaks to the reader ("jullie oefenen thuis")."""
    return lexicon.needed(PREPARING, analysis.folded) \
        and not _READER.search(analysis.folded, sentence.start, sentence.end) \
        and not patterns.near.search(analysis.folded, sentence.start, sentence.end) \
        and bool(_preparing().search(analysis.folded[sentence.start:topic.start()]))


@functools.lru_cache(maxsize=1)
def _policy() -> re.Pattern:
    """A piece that explains the school's policy or view: "Waarom wij geen huiswerk meegeven"."""
    return lexicon.regexes(lexicon.entries(POLICY))


@functools.lru_cache(maxsize=1)
def _moments() -> re.Pattern:
    """What still makes a notice in a piece that explains policy: a weekday, a date, "morgen"."""
    return lexicon.regexes([*lexicon.lines("announcement_near.txt"), *lexicon.entries(POLICY, MOMENT)])


def _topic(analysis: Analysis, patterns: _Patterns, sentence: Segment, changes: bool) -> re.Match | None:
    """The first practical matter the sentence names; with `changes` (the post cancels or moves something)
    also a lesson or school event it cancels or moves."""
    topic = next((m for m in patterns.topics.finditer(analysis.folded, sentence.start, sentence.end)
                  if not _only_a_place(analysis.folded, m)), None)
    if changes:
        changed = _changed().search(analysis.folded, sentence.start, sentence.end)
        if changed and (not topic or changed.start() < topic.start()):
            return changed
    return topic


# a work's maker in brackets right after its title: "Ik neem je mee (Gers Pardoel)", not "(groep 5)"
_MAKER_AFTER = re.compile(r"[ \t]*\((?![Gg]roep|[Gg]r\.? ?\d|[Kk]las)[A-Z][^()\n]{1,40}\)")


# the gym as the place where something else happens: "een planetarium in de gymzaal", "lokaal 0.04 naast de gymzaal"
_BUILDING = re.compile(r"(?:gymzaal|gymzalen|gymlokaal|sporthal)\Z")
_AT_PLACE = re.compile(r"(?<![\w])(?:in|naast|bij|achter|tegenover|voor|onder|boven|langs) (?:de|het) \Z")


def _only_a_place(folded: str, topic: re.Match) -> bool:
    return bool(_BUILDING.match(topic.group())) and bool(_AT_PLACE.search(folded, max(0, topic.start() - 20),
                                                                          topic.start()))


def _cued(analysis: Analysis, patterns: _Patterns, sentence: Segment, website: bool, labels: bool = True) -> bool:
    """A cue in the sentence that is not part of a regular timetable ("op dinsdag en donderdag"), nor,
    on the website, part of a calendar fact ("op vrijdag 8 maart", "alle kinderen vrij"). On the website a
    sentence about a regular moment ("op de gymdagen") is a standing rule of an information page."""
    if website and patterns.recurring.search(analysis.folded, sentence.start, sentence.end):
        return False  # an information page's standing rule: "Geef uw kind op de gymdagen gymkleding mee."
    masks = [patterns.recurring, patterns.calendar_cues] if website else [patterns.recurring]
    facts = [m.span() for mask in masks for m in mask.finditer(analysis.folded, sentence.start, sentence.end)]
    kinds = (patterns.cues,) if website else (patterns.cues, patterns.calendar_cues)
    for cues in kinds:
        for m in cues.finditer(analysis.folded, sentence.start, sentence.end):
            if not any(s <= m.start() and m.end() <= e for s, e in facts):
                return True
    # a page title "Kamp groep 8: paklijst"
    return labels and not website and _labelled(analysis, patterns, sentence)


def _reports(analysis: Analysis, patterns: _Patterns, sentences: list[Segment]) -> bool:
    """The post opens by telling what happened ("Afgelopen zaterdag zwommen 11 kinderen af", "Vrijdag liep
    groep 4 naar de bibliotheek"): a report afterwards, whose title ("Schoolzwemmen: 11 nieuwe diploma's!")
    and whose sentences about the matter ("de gemeente die het schoolzwemmen betaalt") announce nothing
    because a later sentence names a day. In it a sentence passes a notice on by its own words ("Vergeet
    de gymtas niet!")."""
    return any(patterns.past.search(analysis.folded, s.start, s.end) for s in sentences[:REPORT_OPENING])


def _labelled(analysis: Analysis, patterns: _Patterns, sentence: Segment) -> bool:
    """The sentence opens with a label naming the matter or the group: "Huiswerk:", "Gr 4:"."""
    label = _LABEL.match(analysis.folded, sentence.start, sentence.end)
    if not label or analysis.text[sentence.start:sentence.end].rstrip().endswith("?"):  # "Huiswerk: ja of nee?"
        return False
    start = label.start() + len(label.group()) - len(label.group().lstrip())
    if any(p.match(analysis.folded, start, label.end()) for p in (patterns.topics, patterns.audience)):
        return True
    # "Voor het kamp: slaapzak, kussen en zaklamp", "@Sanne voor de schoolreis: lunchpakket en regenjas": what
    # to pack for the matter, a list of things without a verb
    towards = _TOWARDS.search(analysis.folded, start, label.end())
    return bool(towards and patterns.topics.match(analysis.folded, towards.end(), label.end())
                and patterns.items.search(analysis.folded, label.end(), sentence.end))


def _question(analysis: Analysis, sentence: Segment) -> bool:
    text = analysis.folded[sentence.start:sentence.end]
    return text.rstrip().endswith("?") and not _REQUEST.search(text)


def _answered_topics(analysis: Analysis, patterns: _Patterns, quoted: Callable[[int, int], bool],
                     changes: bool) -> dict[int, str]:
    """The writer's first sentence after a quoted question that names a practical matter, and that matter:
    {start of the answer: 'werkstuk'}. The answer must give a moment or an instruction ("uiterlijk maandag
    inleveren"), or say yes or no to a question that gives one ("Moeten ze morgen hun fiets mee?" "Ja, ..."),
    or name the things to bring that such a question asks for ("Een slaapzak en een kussensloop graag.");
    one that tells about the past or one's own family is no notice."""
    answers: dict[int, str] = {}
    asked, near = None, False
    in_quote = False
    for sentence in analysis.sentences:
        if quoted(sentence.start, sentence.end):
            cue = bool(patterns.answer_cues.search(analysis.folded, sentence.start, sentence.end))
            # "Moeten ze morgen ook een lunchpakket mee?": a thing to bring at a near moment is the matter asked
            topic = _topic(analysis, patterns, sentence, changes) or (
                patterns.items.search(analysis.folded, sentence.start, sentence.end) if cue else None)
            if topic or not (in_quote and asked):
                asked = analysis.text[topic.start():topic.end()] if topic else None
                near = cue
            else:  # 'Moet er voor maandag iets mee voor het kamp? Mijn dochter zegt van niet': still that question
                near = near or cue
            in_quote = True
            continue
        in_quote = False
        if asked:
            # "Moeten ze voor het kamp beddengoed meenemen?" "Een slaapzak en een kussensloop graag.": the things
            # named in the answer to a question of what to bring are what to bring
            said = patterns.answer_cues.search(analysis.folded, sentence.start, sentence.end) \
                or near and (_YES_NO.match(analysis.folded, sentence.start, sentence.end)
                             or patterns.items.search(analysis.folded, sentence.start, sentence.end))
            if said and not (
                    patterns.past.search(analysis.folded, sentence.start, sentence.end)
                    or patterns.family.search(analysis.folded, sentence.start, sentence.end)):
                answers[sentence.start] = asked
            elif not said and _pleasantry(analysis, patterns, sentence):
                continue  # "Goede vraag! Sportschoenen, een petje en een bidon.": the answer comes next
            asked = None
    return answers


def _pleasantry(analysis: Analysis, patterns: _Patterns, sentence: Segment) -> bool:
    """A few words before the answer that name nothing: "Goede vraag!", "Dank je wel!", "Hoi allemaal!"."""
    return len(analysis.tokens(sentence)) <= PLEASANTRY_WORDS and not any(
        p.search(analysis.folded, sentence.start, sentence.end)
        for p in (patterns.topics, patterns.items, patterns.bring))


def _timetable_reminder(analysis: Analysis, patterns: _Patterns, sentences: list[Segment], i: int) -> bool:
    """Sentence i reminds of what the timetable just before it says, and names no day or time of its own: "Zwemmen
    doen we op dinsdag van 10.15 tot 11.00 uur. Vergeet de zwemtas niet!" repeats a standing rule on the website, it
    passes no matter on for a day (the protocol's C1 is about "bijzondere aangelegenheden")."""
    if i == 0 or not patterns.recurring.search(analysis.folded, sentences[i - 1].start, sentences[i - 1].end):
        return False
    sentence = sentences[i]
    return not any(p.search(analysis.folded, sentence.start, sentence.end)
                   for p in (patterns.near, _DAY_OR_DATE, patterns.passed_on))


@functools.lru_cache(maxsize=1)
def _colleagues() -> re.Pattern:
    return lexicon.regexes(list(lexicon.lines("announcement_colleagues.txt")))


@functools.lru_cache(maxsize=1)
def _farewell() -> re.Pattern:
    """A staff member's farewell on her own account: "Na 31 jaar neem ik afscheid", "mijn laatste werkdag"."""
    return lexicon.regexes(list(lexicon.lines("announcement_farewell.txt")))


def _to_colleagues(analysis: Analysis) -> bool:
    """The opening lines address colleagues: a handover note for a substitute, a note to the team."""
    return any(_colleagues().search(analysis.folded, line.start, line.end) for line in analysis.lines[:OPENING_LINES])


def _never_quoted(start: int, end: int) -> bool:
    return False


# a title that names a change ("Aangepaste schooltijden door de hitte", "Gewijzigde gymtijden"): one occasion, a message
_CHANGED_TITLE = re.compile(r"(?<![\w])(?:aangepast\w*|gewijzigd\w*|wijziging\w*|veranderd\w*|vervroegd\w*|"
                            r"tijdelijk\w*|afgelast|vervalt|verplaatst|verschoven|let op)(?![\w])")


def information_page(analysis: Analysis, extra_topics: tuple[str, ...] = ()) -> bool:
    """A website page that informs: its title names such a page ("Jaarkalender 2025-2026", "Gymrooster",
    "Fotoalbum: ..."), or it is laid out in sections (headings, tables, lists, an album of photos). It does
    not open by speaking to parents or a class ("Beste ouders van groep 5,"), nor count from the day it was
    written ("morgen", "over twee weken"), nor name a change in its title ("Aangepaste schooltijden"): that is a
    message. `extra_topics`: as for `announcements`, so
    the patterns are compiled once."""
    patterns = _patterns(extra_topics, analysis.is_english, analysis.other_language)
    if page.is_calendar_export(analysis.text):
        return True  # a calendar's events, exported: the calendar itself
    shape = page.layout(analysis.doc)
    opening = analysis.lines[:OPENING_LINES]
    if any(patterns.greeting.match(analysis.folded, line.start, line.end) for line in opening) \
            or patterns.greeting.match(lexicon.fold(shape.opening)) or patterns.near.search(analysis.folded) \
            or _CHANGED_TITLE.search(lexicon.fold(shape.title)):
        return False
    return page.names_information(shape.title) or shape.sections >= INFORMATION_SECTIONS \
        or _names_only_its_matter(patterns, shape.title) and not _dated(analysis, patterns)


def _names_only_its_matter(patterns: _Patterns, title: str) -> bool:
    """A page titled with nothing but a practical matter ("Bewegingsonderwijs", "Gymlessen", "Schoolzwemmen",
    "Het schoolkamp van groep 8") is the website's page about that matter: what holds whenever it comes. A
    message names when or what changes in its title ("Gymles vervalt donderdag", "Studiedag vrijdag 5 maart")."""
    folded = lexicon.fold(title).strip()
    if not folded or len(folded.split()) > TITLE_MATTER_WORDS or folded.endswith(("!", "?")):
        return False
    matter = patterns.topics.search(folded) or _PAGE_SUBJECTS.search(folded)
    return bool(matter) and not any(p.search(folded) for p in (patterns.cues, patterns.calendar_cues, patterns.near)) \
        and not _changed().search(folded)


_DAY_OR_DATE = re.compile(rf"(?<![\w]){notice.WEEKDAY}|\d{{1,2}} {notice.MONTH}(?![\w])")


def _dated(analysis: Analysis, patterns: _Patterns) -> bool:
    """The page gives a day or a date that is no regular moment ("het schoolkamp begint maandag 2 juni"): it is
    about one occasion, a message to the class that goes, not the page about the matter."""
    regular = [m.span() for m in patterns.recurring.finditer(analysis.folded)]
    return any(not any(s <= m.start() < e for s, e in regular) for m in _DAY_OR_DATE.finditer(analysis.folded))


# the subjects of a school's information pages that no notice names so: "Bewegingsonderwijs", "Zwemonderwijs"
_PAGE_SUBJECTS = re.compile(r"(?<![\w])(?:bewegingsonderwijs|zwemonderwijs|schoolzwemmen|lichamelijke opvoeding)"
                            r"(?![\w])")


def announcements(analysis: Analysis, extra_topics: tuple[str, ...] = (),
                  quoted: Callable[[int, int], bool] = _never_quoted, website: bool = False,
                  personal: bool = False) -> list[Announcement]:
    """One announcement per notice: the first practical matter named by a run of sentences that pass
    it on. `quoted` tells whether a span is someone else's words; `website`: the post is on the
    school's website, where an information page is quiet but for homework and lessons cancelled or
    moved; `personal`: on the writer's own account, where a post that speaks to nobody (no parents, no
    class, no "u" or "jullie", no instruction) tells about the writer's day."""
    patterns = _patterns(extra_topics, analysis.is_english, analysis.other_language)
    if personal and not patterns.address.search(analysis.folded) or _to_colleagues(analysis) \
            or page.is_records_export(analysis.text):
        return []  # her own day, a note to colleagues, an export of records: nothing passed on to a class
    # a page of questions and answers (a public profile's, an FAQ) tells how the school works, on any channel
    informs = website and information_page(analysis, extra_topics) or page.answers_questions(analysis.text)
    # her own farewell: "morgen geef ik mijn laatste gymles" tells about her leaving, only homework or a lesson
    # cancelled is still passed on
    farewell = personal and bool(_farewell().search(analysis.folded))
    found: list[Announcement] = []
    sentences = [s for s in analysis.sentences if not quoted(s.start, s.end) and not _question(analysis, s)]

    # a piece that explains the school's policy says what holds every week: only a moment makes a notice in it
    explains = lexicon.needed(POLICY, analysis.folded) and _policy().search(analysis.folded)

    reports = _reports(analysis, patterns, sentences)
    # a sale, a vacancy, a public event's invitation asks buyers, applicants or the neighbourhood, not the readers
    if not notice.for_readers(analysis):
        return []

    @functools.cache
    def cued(i: int) -> bool:  # a sentence is looked at as itself and as a neighbour: once
        if explains:
            return bool(_moments().search(analysis.folded, sentences[i].start, sentences[i].end))
        return _cued(analysis, patterns, sentences[i], website, labels=not reports)

    changes = lexicon.needed(CHANGES, analysis.folded)
    answered = _answered_topics(analysis, patterns, quoted, changes)
    for i, sentence in enumerate(sentences):
        if (informs or farewell) and not patterns.passed_on.search(analysis.folded, sentence.start, sentence.end):
            continue
        # on the website a sentence about a regular moment ("Op gymdagen nemen de kinderen een gymtas mee") states
        # a standing rule, whatever the sentence beside it says ("Wie iets vergeet, doet mee in een reservesetje")
        if website and patterns.recurring.search(analysis.folded, sentence.start, sentence.end) \
                and not patterns.passed_on.search(analysis.folded, sentence.start, sentence.end) \
                and not notice.changed_hours(analysis, sentences, i):
            continue
        if website and _timetable_reminder(analysis, patterns, sentences, i):
            continue  # "Zwemmen is op dinsdag van 10.15 tot 11.00 uur. Vergeet de zwemtas niet!": the standing rule's
        if _FORFEIT.search(analysis.folded, sentence.start, sentence.end):
            continue  # "dan kun je het kamp wel vergeten": the matter held over someone as a threat, no notice
        if pointer.points_elsewhere(analysis, sentence, _changed() if changes else None):
            continue  # "de paklijst voor het kamp staat vanaf vandaag in Parro": the right channel, nothing passed on
        # an announcement often takes two sentences: "Er is geen les in de middag." after "donderdag ..."
        nearby = sentences[max(0, i - 1):i + 2]
        topic = _topic(analysis, patterns, sentence, changes)
        if topic and _prepared_for(analysis, patterns, sentence, topic):
            topic = None  # "Groep 7 oefent voor het verkeersexamen op 14 april": about its lessons
        detail = False
        if not topic:
            topic = patterns.items.search(analysis.folded, sentence.start, sentence.end) \
                or patterns.bring.search(analysis.folded, sentence.start, sentence.end)
            if topic and _MAKER_AFTER.match(analysis.text, topic.end()):
                topic = None  # "Ik neem je mee (Gers Pardoel)": a song's title and its maker, nothing to bring
            speaks_to_class = any(patterns.audience.search(analysis.folded, s.start, s.end) for s in nearby)
            if topic and (not speaks_to_class or any(p.search(analysis.folded, sentence.start, sentence.end)
                                                     for p in (patterns.off_school, patterns.voluntary))):
                topic = None
            detail = True
        asked = answered.get(sentence.start)
        # the question named the matter, this answer gives the details (also things to bring, next to a
        # signature that names a class: "Een lunchpakket en regenkleding." / "Juf Sanne, groep 3")
        if asked and (not topic or detail):
            words = analysis.tokens(sentence)
            found.append(Announcement(sentence.start, words[0].end if words else sentence.end, asked))
            continue
        # the hours of a day to come change: a notice in a report afterwards too, and also on the day before a
        # holiday ("Het zit erop! Vrijdag stoppen we al om kwart over twaalf, en dan begint de zomervakantie")
        hours = not topic and not informs and notice.changed_hours(analysis, sentences, i) \
            and not patterns.past.search(analysis.folded, sentence.start, sentence.end)
        if not topic and not informs and (not reports or hours):
            # an ask to the readers or a change to their children's school day for a near day, in words no
            # list names: "Neem morgen allemaal een leeg jampotje mee" (rules/notice.py); not for the weekend
            generic = notice.ask_or_change(analysis, sentences, i)
            weekend = generic and not hours and patterns.off_school.search(analysis.folded, sentence.start, sentence.end)
            if generic and not (weekend and not notice.deadline(analysis, weekend.start())) \
                    and not patterns.voluntary.search(analysis.folded, sentence.start, sentence.end):
                # beside a named matter it is that notice's detail ("Graag om 8.15 uur aanwezig" on the trip)
                found.append(Announcement(generic.start(), generic.end(),
                                          analysis.text[generic.start():generic.end()], detail=True))
                continue
        if not topic or patterns.past.search(analysis.folded, sentence.start, sentence.end) \
                or patterns.family.search(analysis.folded, sentence.start, sentence.end):
            continue
        # an answer that names the matter itself ("Ja, verkleed komen mag!") passes it on as well
        if asked or cued(i) or not reports and any(
                cued(j) and not patterns.past.search(analysis.folded, sentences[j].start, sentences[j].end)
                for j in range(max(0, i - 1), min(len(sentences), i + 2)) if j != i):
            found.append(Announcement(topic.start(), topic.end(), analysis.text[topic.start():topic.end()], detail))
    return one_per_notice(analysis, found)
