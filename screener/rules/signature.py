"""The writer's own sign-off: "Met vriendelijke groet,\\n\\nIlse Vermeulen\\nleerkracht groep 6".

Protocol C2 asks a medewerker who writes about the school to say who they are and what they do, so
the writer's own name in their sign-off is on purpose and the pipeline keeps it as info. Only
the writer's own: that is decided by where the name stands and by who the post says writes it.

- **Where**: a sign-off opens its line, in the closing lines of the text (its last lines, or
  just after a greeting such as "Groet,", "Met vriendelijke groet", "Fijn weekend!"), and
  nothing but a job title, a group or the school follows it on its line ("Juf Marloes, leerkracht
  groep 1/2b", "Meester Bas (groep 5)", "Anouk Verbeek / directeur"). A name that opens a line
  and goes on as a sentence ("Meneer Karim Benali (voorzitter MR) is bereikbaar via ...") is
  someone the post talks about. The function may also stand on the line under the name, one of
  several roles ("secretaris MR en leerkracht groep 7": a staff job among them; a role in the MR or
  the parents' council alone is a parent's). Colleagues co-signing right under the greeting with
  full names ("Esra Yıldız en Joost de Haan", or one a line) and their function under them
  ("leerkrachten groep 6") are the writers together.
- **A note's heading**: a handover note or a letter signed under its title, in its first lines ("Juf
  Loes, november 2026", "Meester Ruben Hoekstra, 12-01": a form of address, the name, a date) names
  its writer; a first name alone on the note's last line after a sentence ("Succes! Bel me gerust.\n
  Loes") then signs for that writer. A lone name at the end without such a heading is not taken for
  the writer (a pupil signs a school-newspaper piece that way).
- **A self-introduction** ("Ik ben Nadia Aouragh, de nieuwe intern begeleider") is the writer too.
- **The header of the writer's own post**, on social media or in a class app: see own_header.py.
- **A calendar export's organiser** (`ORGANIZER;CN=Juf Anouk:mailto:...`, read by the export reader
  as the document's senders) from a work address is the staff member whose calendar it is; from a
  private address it is a parent who invited.
- **An e-mail's last line**: a name alone right under a closing greeting ("Groetjes,\nGülay") signs
  the staff member's own e-mail (a text that opens with `Onderwerp:` or `Van:`), not a forwarded one.
- **Who**: the `Van:` line of an e-mail names its writer, as does the front matter's `auteur` (and
  there the whole name, repeated anywhere in the post, is the writer's own); a sign-off with a
  different name is someone else's. A `Van:` line that names the school or an office ("KBS De Ster
  <info@…>", "Administratie") or only a function ("TSO-coördinator KBS De Ster") names no writer,
  and a `Van:` line is the staff member's own only from a work address (a domain of the
  organisation's own public e-mail addresses and websites): "Henk <henk@ziggo.nl>" writes privately,
  as a parent does. A post by a parent or a pupil has no staff sign-off: their own names are
  personal data like any other.
"""

from __future__ import annotations

import re

from screener.rules.affiliation import _function_patterns, forms_of_address
from screener.rules.lexicon import fold

_LINE_OPENING = " \t*->_–—~"  # what may stand before the name on its line: indentation, a bullet, a quote mark, a dash
_EMOJI = "\u25a0-\u27bf\u2b00-\u2bff\ufe0e\ufe0f\u200d\U0001f000-\U0001faff"
# what a sign-off may carry after the name: "Juf Marloes 🌷", "Liefs, juf Marloes x", "Meester Bas 💪😄"
_DECORATION = re.compile(rf"(?:[ \t]+(?:x{{1,4}}|xo+)(?![\w])|[ \t]*[{_EMOJI}])+[ \t.,!]*$")
_AFTER_NAME = re.compile(r"[ \t]*(?:,|\(|–|—|-|\||/)[ \t]*")
GREETING = re.compile(
    r"(?:groet(?:en|jes)?|gr\.|mvg|liefs|hartelijke?|vriendelijke?|namens|dank(?:je| je|jewel| u| jullie)?(?: wel)?|"
    r"bedankt|fijn(?:e)? (?:weekend|vakantie|dag|avond)|tot (?:morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"volgende week|snel|dan|ziens)|succes|veel plezier|cheers|doei|x+)(?:\s+\w+){0,2}\W*$",
    re.IGNORECASE,
)
# a greeting on the sign-off's own line, before the name: "Groetjes, Marieke", "Liefs,"
# ... or with "van" before the name: "Groetjes van juf Liesbeth, leerkracht groep 3"
GREETING_BEFORE = re.compile(r"(?:groet(?:en|jes)?|hartelijke groet(?:en)?|met vriendelijke groet(?:en)?|"
                             r"vriendelijke groet(?:en)?|liefs|mvg|gr\.?)(?:\s*,|\s+van)?\s*", re.IGNORECASE)
# the writer's own class after the name: "(juf van 5/6)", "(meester van groep 7)"
OWN_CLASS = re.compile(r"(?:juf|juffrouw|meester)\s+van\s+(?:groep\s*)?\d", re.IGNORECASE)
CLOSING_LINES = 3  # the last lines of the text that a sign-off may stand in without a greeting
# two or more teachers signing together, each with a form of address: "Juf Annelies en juf Marijke"
# ... each with their own class after the name: "Juf Marleen (groep 3) en meester Ronald (groep 7)"
_TITLED_NAME = r"(?:juf|juffrouw|meester)\s+[A-ZÀ-Ý][\w'’-]+(?:\s*\((?:groep|gr\.?|klas)\s*\d[\w/-]*\))?"
CO_SIGNATURE = re.compile(rf"[ \t*>_-]*{_TITLED_NAME}(?:\s*(?:,|&|\+|\ben\b)\s*{_TITLED_NAME})+[ \t.,!]*",
                          re.IGNORECASE)
FROM_LINE = re.compile(r"^(?:van|from|afzender)\s*:\s*", re.IGNORECASE)
STAFF_ROLES = {"medewerker", "schoolaccount"}


def titled(text: str, start: int, functions: tuple[str, ...] = ()) -> bool:
    """Does the name at `start` begin with a staff member's form of address ("juf", "meester")?"""
    titles = forms_of_address(functions)
    return titles is not None and titles.match(fold(text[start : start + 40])) is not None


def _lines(text: str, start: int, end: int) -> tuple[int, int, str, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    return line_start, line_end, text[line_start:start], text[end:line_end]


SELF_INTRODUCTION = re.compile(r"\b(?:ik ben|ik heet|mijn naam is)\s+(?:juf\s+|meester\s+)?$", re.IGNORECASE)
# "ben ik de juf van groep 4", "meester van groep 7": a class teacher's job in other words
CLASS_TEACHER = re.compile(r"\b(?:juf|juffrouw|meester)\s+(?:van\s+)?(?:groep|gr\.?|klas)\s*\d", re.IGNORECASE)


def introduces_self(text: str, start: int, end: int, functions: tuple[str, ...] = (), writer: str = "") -> bool:
    """"Ik ben Nadia Aouragh en sinds januari de nieuwe intern begeleider": the writer introduces
    themself, with their job in the same sentence (or as the post's writer). A pupil quoted in the
    post ("Ik ben Sanne en ik zit in groep 5") is not the writer."""
    if SELF_INTRODUCTION.search(text[max(0, start - 30) : start]) is None:
        return False
    if writer:
        return _same_person(text[start:end], writer)
    sentence = re.split(r"(?<=[.!?])\s|\n\s*\n", text[end : end + 200], maxsplit=1)[0]  # wrapped over lines too
    return _function_patterns(functions)[2].search(fold(sentence)) is not None or CLASS_TEACHER.search(sentence) is not None


# a sender that is the school or an office, not a person
OFFICE_SENDER = re.compile(r"^(?:obs|cbs|kbs|ikc|pcbs|rkbs|sbo|basisschool|school|stichting|team|directie|"
                           r"administratie|secretariaat|ouderraad|mr|medezeggenschapsraad|de administratie)\b",
                           re.IGNORECASE)


# what opens the next section of a newsletter: a Markdown heading (as read: its marks blanked, "   Agenda"),
# a rule, a line in capitals ("AGENDA")
SECTION_START = re.compile(r"^\s*(?:#{1,6}\s|(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$|[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9 /&:–-]{3,}$)")
# ... the blanked heading ("## " read as three spaces, at most seven) only after a name that opens its line
# unindented (an HTML page indents deeper)
BLANKED_HEADING = re.compile(r"^ {2,7}[A-ZÀ-Ý][^.!?:,;\n]{0,60}$")


def _closing_position(text: str, line_start: int, line_end: int) -> bool:
    """In the text's last lines, within two lines after a greeting, or at the end of a section (a
    column or a list in a newsletter): at most a job line between it and the next heading."""
    after = [line for line in text[line_end:].splitlines() if line.strip()]
    if len(after) < CLOSING_LINES:
        return True
    def section(line: str) -> bool:
        return SECTION_START.match(line) is not None or (
            text[line_start:line_start + 1] not in (" ", "\t") and BLANKED_HEADING.match(line) is not None)

    if section(after[0]) or (len(after) > 1 and section(after[1])
                             and not after[0].rstrip().endswith((".", "!", "?", ":"))):
        return True
    before = [line for line in text[:line_start].splitlines() if line.strip()][-2:]
    return any(_greeting(line.strip()) for line in before)


def _greeting(line: str) -> bool:
    """A greeting line: "Met vriendelijke groet,", "Veel plezier, en tot ziens!", "Namens het team,"; but
    "namens ..." after other words is a role ("lid, namens het team" in a table cell), no greeting."""
    match = GREETING.search(line)
    if match is None:
        return False
    return not (match.group().lower().startswith("namens") and line[:match.start()].strip())


# a role that a staff member signs with but that is no job title: "TSO-contactpersoon", "ICT-coördinator"
_SIGNING_ROLE = re.compile(r"(?:[a-z]{2,}-)?(?:contactpersoon|aanspreekpunt|coordinator|coördinator)(?![\w])")
# ... and what makes it a sentence about someone: a comma going on, a verb
_GOES_ON = re.compile(r",|\b(?:is|zijn|was|heeft|hebben|kan|kunt|wil|neemt|helpt|bereikbaar)\b", re.IGNORECASE)
# the school or the organisation closing a sign-off's line: "coördinator schoolreis, OBS De Vlinderhof"
_SCHOOL_AFTER = re.compile(r"[ \t]*(?:,|\||/|–|—| - )[ \t]*"
                           r"(?:(?i:obs|cbs|kbs|pcbs|rkbs|ikc|sbo|basisschool|stichting)\b|[A-ZÀ-Ý])[^,.!?:;\n]*[ \t.!]*$")
# what a note says after its writer's name on a sign-off line besides a function: "en de hele groep 5"
_AND_THE_CLASS = re.compile(r"[ \t]*(?:en|&|\+)[ \t]+(?:de[ \t]+|alle[ \t]+|het[ \t]+)?(?:hele[ \t]+)?"
                            r"(?:groep[ \t]*\d[\w/]*|klas|kinderen|leerlingen|kleuters|team|schoolteam)\b[^,;:\n]{0,30}$",
                            re.IGNORECASE)
# a date after the name in a note's heading: "november 2026", "19-11", "12 maart", "wk 47"
_HEADING_DATE = re.compile(
    r"(?:(?:\d{1,2}\s+)?(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|juni?|juli?|aug(?:ustus)?|"
    r"sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{4})?|\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|"
    r"(?:week|wk)\s*\d{1,2}(?:[-/]\d{1,2})?)[ \t.,!]*$", re.IGNORECASE)
HEADING_LINES = 3  # the first lines of the text that a note's heading may sign in
# a note that says under its title whom it is from: "van juf Anouk Scholten, voor meester Thomas",
# "van juf Hanneke - geprint laten liggen"
_FROM_HEADING = re.compile(r"(?i:van)[ \t]+((?i:juf|juffrouw|meester)[ \t]+[A-ZÀ-Ý][\w'’-]+"
                           r"(?:[ \t]+(?:van|de|der|den|ter|ten|[A-ZÀ-Ý][\w'’-]+)){0,3})[ \t]*(?:$|[,–—|(]|-[ \t])")


def heading_writer(text: str, functions: tuple[str, ...] = ()) -> str:
    """The name a note signs under its title ("Juf Loes, november 2026"), or "" (see the docstring)."""
    lines = [line for line in text.split("\n", 8)[:8] if line.strip()][:HEADING_LINES]
    titles = forms_of_address(functions)
    for line in lines:
        line = line.strip(_LINE_OPENING + " ")
        match = re.match(r"((?:juf|juffrouw|meester)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+(?:van|de|der|den|ter|ten|[A-ZÀ-Ý][\w'’-]+)){0,3})"
                         r"[ \t]*[,–—|/-][ \t]*", line, re.IGNORECASE)
        if match and _HEADING_DATE.match(line, match.end()) and (titles is None or titles.match(fold(line))):
            return re.sub(r"^(?:juf|juffrouw|meester)\s+", "", match.group(1), flags=re.IGNORECASE)
        match = _FROM_HEADING.match(line)
        if match:
            return match.group(1)
    return ""


def _in_heading(text: str, line_start: int, line_end: int, functions: tuple[str, ...]) -> bool:
    """Is this line the note's heading signature (see heading_writer)?"""
    if text.count("\n", 0, line_start) > 8:
        return False
    return bool(heading_writer(text[line_start:line_end], functions)) and text[line_start:line_end] in [
        line for line in text.split("\n", 8)[:8] if line.strip()][:HEADING_LINES]


def _in_from_heading(text: str, line_start: int, line_end: int, start: int) -> bool:
    """Is the name at `start` the writer a note names under its title ("van juf Ilona Bos - ...")?"""
    if text.count("\n", 0, line_start) > 8 or text[line_start:line_end] not in [
            line for line in text.split("\n", 8)[:8] if line.strip()][:HEADING_LINES]:
        return False
    line = text[line_start:line_end]
    offset = len(line) - len(line.lstrip(_LINE_OPENING + " "))
    match = _FROM_HEADING.match(line, offset)
    return match is not None and line_start + match.start(1) <= start < line_start + match.end(1)


def _alone_after_a_sentence(text: str, line_start: int, line_end: int, rest: str) -> bool:
    """A name alone on the text's last line, after a line that ends a sentence: "Bel me gerust.\nLoes"."""
    if rest.strip(" \t.,!") or text[line_end:].strip():
        return False
    before = [line for line in text[:line_start].splitlines() if line.strip()]
    return bool(before) and before[-1].rstrip().endswith((".", "!", "?", ")"))


# an e-mail's header lines, and what shows that a message is forwarded or quoted (someone else's then follows)
_EMAIL_HEADER = re.compile(r"^[ \t]*(?:onderwerp|aan|van|cc|datum|verzonden|subject|to|from|date|sent)[ \t]*:", re.IGNORECASE | re.MULTILINE)
_FORWARDED = re.compile(r"doorgestuurd bericht|forwarded message|oorspronkelijk bericht|original message|"
                        r"\b(?:schreef|wrote)[ \t]*:", re.IGNORECASE)


_END = re.compile(r"\s*\Z")  # nothing but white space up to the end of the text


def is_email(text: str) -> bool:
    """Does the text open with an e-mail's header lines ("Onderwerp:", "Van:"), its first line one of them?
    (An invoice's "Aan:" under its letterhead is no e-mail.)"""
    first = text.lstrip().split("\n", 1)[0]
    head = "\n".join(text.lstrip().split("\n", 6)[:6])
    return _EMAIL_HEADER.match(first) is not None and re.search(
        r"^[ \t]*(?:onderwerp|subject|van|from)[ \t]*:", head, re.IGNORECASE | re.MULTILINE) is not None


def _signs_an_email(text: str, line_start: int, line_end: int, rest: str) -> bool:
    """A name alone on an e-mail's last line, right under a closing greeting or a sentence's end
    ("Groetjes,\nGülay", "Laat je het weten?\nNadine"): the writer signs. Not in a forwarded message
    (whose last sign-off is someone else's), nor when the writer speaks as a parent."""
    if rest.strip(" \t.,!") or _END.match(text, line_end) is None or not is_email(text) or _FORWARDED.search(text):
        return False
    before = [line.strip() for line in text[:line_start].splitlines() if line.strip()]
    return (bool(before) and (_greeting(before[-1]) or before[-1].endswith((".", "?")))  # "Gefeliciteerd!\nSanne" names a child
            and len(_EMAIL_HEADER.findall(text)) <= 4 and _PARENT_VOICE.search(text) is None)


# the parents' own bodies, whose coordinators and chairs are parents: "coördinator van de ouderraad"
_PARENTS_BODY = re.compile(r"\b(?:ouderraad|oudervereniging|ouderwerkgroep|ouders|mr|or|medezeggenschapsraad|gmr)\b",
                           re.IGNORECASE)
# a writer who says they write as a parent: "onze dochter", "mijn zoon", "(moeder van Sem)"
_PARENT_VOICE = re.compile(r"\b(?:onze|mijn|ons)[ \t]+(?:zoon|dochter|kind|kinderen|zoontje|dochtertje|jongste|oudste)\b|"
                           r"\b(?:moeder|vader|mama|papa|ouders)[ \t]+van\b", re.IGNORECASE)


def _only_a_function_after(rest: str, functions: tuple[str, ...], group: bool) -> bool:
    """Nothing, or a separator and a job title (with `group`: or a group or school, as after "Meester
    Bas"): no sentence goes on after the name. "Sanne de Vries, groep 5" is a pupil signing."""
    if not rest.strip(" \t.,!") or (group and _AND_THE_CLASS.match(rest)):
        return True
    separator = _AFTER_NAME.match(rest)
    if separator is None:
        return False
    tail = rest[separator.end():]
    jobs = _function_patterns(functions)[2]  # job titles as listed, not forms of address; compiled only here
    role = _SIGNING_ROLE.match(fold(tail))
    if role and _GOES_ON.search(_SCHOOL_AFTER.sub("", tail[role.end():])):
        return False  # "TSO-contactpersoon van de ouders, is bereikbaar via ..." is someone the post talks about
    if role and _PARENTS_BODY.search(tail[role.end():]):
        return False  # "Marloes Brinkman, coördinator van de ouderraad": a parent the post names
    if jobs.match(fold(tail)) is None and OWN_CLASS.match(tail) is None and role is None and not (
            group and re.match(r"(?:groep|gr\.?|klas|obs|cbs|kbs|ikc)\b", tail, re.IGNORECASE)):
        return False
    closing = tail.find(")")
    after_bracket = tail[closing + 1:] if rest[separator.start():separator.end()].strip() == "(" and closing >= 0 else ""
    after_bracket = _SCHOOL_AFTER.sub("", after_bracket)  # "(coördinator Kriebelteam), OBS De Vlinderhof"
    return not re.search(r"[a-z]{2,}", after_bracket)  # "(voorzitter MR) is bereikbaar via ..." goes on


def signs(text: str, start: int, end: int, functions: tuple[str, ...] = (), writer: str = "") -> bool:
    """Is text[start:end] the writer's own sign-off (see the module's docstring)? `functions`: the
    organisation's own job titles (policy.functions); `writer`: the name the post gives as its writer
    (e-mail `Van:` line, front matter), empty when it says none."""
    line_start, line_end, before, rest = _lines(text, start, end)
    rest = _DECORATION.sub("", rest)
    if _in_from_heading(text, line_start, line_end, start):
        return not writer or _same_person(text[start:end], writer)
    if writer and not before.strip(_LINE_OPENING) and _in_heading(text, line_start, line_end, functions):
        return _same_person(text[start:end], writer)
    if writer and _alone_after_a_sentence(text, line_start, line_end, rest) and writer == heading_writer(text, functions):
        return _same_person(text[start:end], writer)
    if not before.strip(_LINE_OPENING) and _signs_an_email(text, line_start, line_end, rest):
        return not writer or _same_person(text[start:end], writer)
    if CO_SIGNATURE.fullmatch(text, line_start, line_end):
        return _closing_position(text, line_start, line_end) and (
            not writer or _same_person(text[line_start:line_end], writer))
    if _co_signed_with_full_names(text, line_start, line_end, functions):
        return not writer or _same_person(text[line_start:line_end], writer)
    if before.strip(_LINE_OPENING) and not GREETING_BEFORE.fullmatch(before.strip(_LINE_OPENING)):
        return False  # "Groetjes, Marieke" signs on the greeting's line
    if not _closing_position(text, line_start, line_end):
        return False
    name = text[start:end]
    if writer and not _same_person(name, writer):
        return False
    if not writer and _one_of_a_list(text, line_start, functions):
        return False
    staff_named = bool(writer) or titled(text, start, functions)
    if not _only_a_function_after(rest, functions, group=staff_named):
        return False
    if staff_named:
        return True
    following = text[line_end:].lstrip("\n").split("\n", 1)[0].strip(_LINE_OPENING)
    return bool(rest.strip(" \t.,!")) or _job_line(following, functions) or (
        _SIGNING_ROLE.match(fold(following)) is not None and not _GOES_ON.search(_SCHOOL_AFTER.sub("", following))) or (
        _school_under_a_full_name(text, start, end, line_start, following))


_SCHOOL_LINE = re.compile(r"(?i:obs|cbs|kbs|pcbs|rkbs|ikc|sbo|basisschool|kindcentrum)[ \t]+[A-ZÀ-Ý'][^,.!?:;\n]*$")


def _school_under_a_full_name(text: str, start: int, end: int, line_start: int, following: str) -> bool:
    """"Met vriendelijke groet,\n\nMarieke Jansen\nOBS De Lindehof": a full name right under the greeting
    with the school on the line under it signs for the school (a pupil signs with a first name)."""
    if _SCHOOL_LINE.match(following) is None or len(re.findall(r"\w+", text[start:end])) < 2:
        return False
    before = [line.strip() for line in text[:line_start].splitlines() if line.strip()]
    return bool(before) and _greeting(before[-1])


_NAME_LINE = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?:[ \t]+(?:van|de|der|den|ter|ten|te|el|al|'t|[A-ZÀ-Ý][\w'’.-]+)){1,4}")


def _job_line(line: str, functions: tuple[str, ...]) -> bool:
    """A line of the writer's functions under the name: "intern begeleider", or several of which one is a
    staff job ("secretaris MR en leerkracht groep 7, CBS Het Baken"). A role in a parents' body or the MR
    alone is none."""
    jobs = _function_patterns(functions)[2]
    folded = fold(line)
    parts = [part.strip() for part in re.split(r"[ \t]+(?:en|&|\+)[ \t]+|[,/|]", folded)]
    if _PARENTS_BODY.search(folded):  # "voorzitter en penningmeester van de ouderraad": the body's roles are a parent's
        parts = [part for part in parts if not _BOARD_ROLE.match(part)]
    return any(jobs.match(part) for part in parts)


_BOARD_ROLE = re.compile(r"(?:vice-?)?voorzitter|secretaris|penningmeester|lid\b|(?:[a-z]{2,}-)?co[oö]rdinator")


# two or more colleagues under one greeting, each with a full name: "Esra Yıldız en Joost de Haan"
_FULL_NAMES = re.compile(rf"[ \t*>_-]*{_NAME_LINE.pattern}(?:[ \t]*(?:,|&|\+|\ben\b)[ \t]*{_NAME_LINE.pattern})+[ \t.,!]*")
# ... and their shared function on the next line: "leerkrachten groep 6", "de juffen van groep 1/2"
_SHARED_JOB = re.compile(r"(?:de[ \t]+)?(?:groeps)?(?:leerkrachten|docenten|juffen|meesters|mentoren)(?![\w])",
                         re.IGNORECASE)


def _co_signed_with_full_names(text: str, line_start: int, line_end: int, functions: tuple[str, ...]) -> bool:
    """"Hartelijke groet,\n\nEsra Yıldız en Joost de Haan\nleerkrachten groep 6" (or one name a line):
    colleagues signing their own letter together, right under the greeting, with their function on the
    line under their names. (Pupils sign together with first names: "Noor en Mila uit groep 6".)"""
    def names(line: str) -> int:
        line = line.strip(_LINE_OPENING + " ")
        return (_FULL_NAMES.fullmatch(line) is not None) * 2 or _NAME_LINE.fullmatch(line) is not None

    if not names(text[line_start:line_end]):
        return False
    before = [line for line in text[:line_start].splitlines() if line.strip()]
    after = [line for line in text[line_end:].splitlines() if line.strip()]
    above = next((i for i, line in enumerate(reversed(before)) if not names(line)), len(before))
    below = next((i for i, line in enumerate(after) if not names(line)), len(after))
    block = [*before[len(before) - above:], text[line_start:line_end], *after[:below]]
    if sum(names(line) for line in block) < 2 or above == len(before) or below == len(after):
        return False
    following = after[below].strip(_LINE_OPENING + " ")
    return _greeting(before[-above - 1].strip()) and (
        _SHARED_JOB.match(following) is not None or _job_line(following, functions))


def _one_of_a_list(text: str, line_start: int, functions: tuple[str, ...]) -> bool:
    """'Sanne Bakker / leerkracht groep 3' closing a team page is one of its people, not the writer's
    sign-off: a block just before it has the same shape (a name's line, then a function's line) and no
    greeting stands right before it (a letter signed by two keeps both sign-offs)."""
    before = [line.strip(_LINE_OPENING + " ") for line in text[:line_start].splitlines() if line.strip()][-5:]
    if not before or any(_greeting(line) for line in before):
        return False
    jobs = _function_patterns(functions)[2]
    return any(_NAME_LINE.fullmatch(a) and jobs.match(fold(b)) for a, b in zip(before, before[1:]))


def _same_person(name: str, writer: str) -> bool:
    """"Juf Esther" or "Esther Bouma" signs for the writer "Esther Bouma"."""
    words = {w for w in re.findall(r"\w+", fold(writer)) if len(w) > 1}
    found = [w for w in re.findall(r"\w+", fold(name)) if len(w) > 1]
    return bool(words) and any(w in words for w in found)


WRITER_KEYS = ("auteur", "author", "schrijver", "auteur_naam", "naam_auteur", "author_name", "geschreven_door")


def writer_of(text: str, meta: dict, functions: tuple[str, ...] = ()) -> str:
    """The name the post gives as its writer: front matter `auteur`, the e-mail's first `Van:` line, or
    the name a note signs under its title ("Juf Loes, november 2026")."""
    for key in WRITER_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    for line in text.splitlines()[:12]:
        match = FROM_LINE.match(line.strip())
        if match:
            sender = re.sub(r"<[^>]*>|\S+@\S+", "", line.strip()[match.end():]).strip(" \"'")
            return "" if OFFICE_SENDER.match(sender) or _a_function(sender, functions) else sender
    return heading_writer(text)


def _a_function(sender: str, functions: tuple[str, ...]) -> bool:
    """"TSO-coördinator KBS De Wingerd", "Leerkracht groep 4": a `Van:` line naming a function, no person."""
    folded = fold(sender)
    return bool(folded) and (_SIGNING_ROLE.match(folded) is not None
                             or _function_patterns(functions)[2].match(folded) is not None)


_TITLE_WORDS = {"juf", "juffrouw", "meester", "mevrouw", "meneer", "dhr", "mevr", "mw"}


def _name_words(name: str) -> list[str]:
    """The words of a name without its form of address: "Juf Anouk" -> ["anouk"]."""
    return [w for w in re.findall(r"\w+", fold(name)) if w not in _TITLE_WORDS]


def names_writer(text: str, start: int, end: int, writer: str) -> bool:
    """Is text[start:end] the writer's whole name as the post gives it ("Erik Mulder" for `auteur: Erik
    Mulder, leerkracht groep 5`; "juf Anouk" for the organiser "Juf Anouk")? A first name alone
    matches only with the writer's own form of address: a pupil called Anouk is someone else."""
    name = re.split(r"[,(|/–—]| - ", writer, maxsplit=1)[0]
    own = _name_words(name)
    if not own or _name_words(text[start:end]) != own:
        return False
    if len(own) >= 2:
        return True
    title = next((w for w in re.findall(r"\w+", fold(name)) if w in _TITLE_WORDS), "")
    return bool(title) and title in re.findall(r"\w+", fold(text[max(0, start - 12):end]))
