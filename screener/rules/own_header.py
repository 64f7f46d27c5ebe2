"""The writer's own name in the header of their own post: a social post or profile, or a class app's message.

- **A social post or profile**: the post's first line is a name with nothing but header marks after it,
  and its first lines carry the marks of a post or profile header (a time such as "1 u", "🌐", "· 1e",
  "#OpenToWork", "(zij/haar)", "Volgen", a headline of functions "Leerkracht | Rekencoördinator"). A feed
  with such headers for several posts is not one writer's own post.
- **A class app's message** (a Parro, Klasbord or Teams export): the export's first line names the app
  ("Parro · Groep 6 · IKC De Zeven Zeeën"), and one of the lines right under it gives the sender with
  nothing after the name but when or for which group ("Bericht van juf Kim · maandag 08:12",
  "Juf Ilse · 2 uur geleden", "Jeroen Wassink  09:14"). Teachers post such messages; a thread with
  replies (a header line for each message) is not one writer's own message, and its senders stay
  personal data.

The pipeline keeps such a name as info and takes it as the post's writer, so that the sign-off under
the message ("Groet,\nJuf Kim") signs for the same person (signature.py).
"""

from __future__ import annotations

import re

from screener.rules.affiliation import _function_patterns
from screener.rules.lexicon import fold
from screener.rules.platform import _CLASS_APP
from screener.rules.signature import _EMOJI, _LINE_OPENING, _SIGNING_ROLE, CLASS_TEACHER, _lines  # noqa: F401

# a time as a post's header gives it: "1 u", "3 d · Bewerkt", "2h", "Gisteren om 14:32", "5 november om 10.12";
# a date alone is not one ("Noor\n12 maart 2027" announces a birth)
_TIME_AGO = (r"(?:\d{1,2}[ \t]?(?:u|uur|min|m|d|dg|dagen|w|wk|mnd|j|h|s|sec)\b|zojuist|just now|"
             r"(?:gisteren|yesterday|(?:ma|di|wo|do|vr|za|zo)\w*\.?[ \t]+\d{1,2}[ \t]+\w+|\d{1,2}[ \t]+(?:jan|feb|mrt|maart|"
             r"apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*\.?(?:[ \t]+\d{4})?)[ \t]+(?:om|at)[ \t]+\d{1,2}[:.]\d{2})")
_MARK = (r"[·•|–—-]|\((?:zij|hij|hen|die|she|he|they)/\w+\)|(?:1|2|3)(?:e|ste|de|st|nd|rd)\+?(?!\w)|#\w+|@[\w.-]+(?:@[\w.-]+)?|"
         r"(?i:volgen|volgt|follow|following|verbinden|connect|bewerkt|edited|gesponsord)(?!\w)|"
         rf"[{_EMOJI}]|" + _TIME_AGO)
# ... and, in a group, the group it is posted in: "Marloes de Wit ▶ Ouders groep 3"
_HEADER_REST = re.compile(rf"(?:[ \t]*(?:{_MARK}))*[ \t.,:]*(?:[▶►][\ufe0e\ufe0f]?[^\n]*)?$", re.IGNORECASE)
_TIME_LINE = re.compile(rf"[ \t]*(?:{_TIME_AGO})(?:[ \t]*(?:{_MARK}))*[ \t]*$", re.IGNORECASE)
# a header's time ending its line, alone or after a "·" ("2 u", "Sven Kroeze @meestersven · 4 u"): one per post
_HEADER_TIME = re.compile(rf"(?:^|·)[ \t]*(?:{_TIME_AGO})(?:[ \t]*(?:{_MARK}))*[ \t]*$", re.IGNORECASE | re.MULTILINE)
# what only a post's or profile's header carries
_HEADER_SIGN = re.compile(r"🌐|👥|🔒|^[ \t]*[▶►]|#opentowork|\((?:zij|hij|hen|die|she|he|they)/\w+\)|·[ \t]*(?:1|2|3)(?:e|ste|de|st|nd|rd)\+?(?!\w)"
                          r"|(?:^|[·•][ \t]*)(?:volgen|follow|verbinden|connect)[ \t]*$|@[\w.-]+[ \t]*·"
                          r"|^[ \t]*@[\w.]+(?:@[\w-]+(?:\.[\w-]+)+)?[ \t]*$", re.IGNORECASE)  # a handle alone under the name
HEADER_LINES = 3  # the header's lines: the name's own and the two after it


def _headline(line: str, functions: tuple[str, ...]) -> bool:
    """A profile's headline: functions or a school divided by `|`, `•` or `·`, or a function "bij" a school
    ("Intern begeleider bij KBS De Wingerd | Gedragsspecialist", "Leerkracht groep 1/2 • OBS De Vlinderhof")."""
    stripped = fold(line.strip(_LINE_OPENING + " "))
    if not re.search(r"[|•·]|\bbij\b|\bat\b", stripped):
        return False
    first = re.split(r"[|•·]", stripped, maxsplit=1)[0].strip()
    return (_function_patterns(functions)[2].match(first) is not None or _SIGNING_ROLE.match(first) is not None
            or CLASS_TEACHER.match(first) is not None)


def opening_line(text: str, body: int = 0) -> int:
    """Where the first line with text on it begins, from `body` (where the post's body begins, after
    its front matter) on."""
    first = re.compile(r"\s*").match(text, body).end()
    return text.rfind("\n", 0, first) + 1


def post_header(text: str, start: int, end: int, opening: int, functions: tuple[str, ...] = ()) -> bool:
    """Is text[start:end] the name that opens the writer's own post or profile (see the module's
    docstring)? `opening`: where the post's first line begins (opening_line)."""
    if text.rfind("\n", 0, start) + 1 != opening:
        return False
    line_start, line_end, before, rest = _lines(text, start, end)
    if before.strip(_LINE_OPENING) or _HEADER_REST.match(rest) is None:
        return False
    following = [line for line in text[line_end:].split("\n", 8)[:8] if line.strip()][:HEADER_LINES - 1]
    header = [rest, *following]
    if not (any(_HEADER_SIGN.search(line) or _TIME_LINE.match(line) for line in header)
            or any(_headline(line, functions) for line in following) or "@" in rest):  # "Juf Ilse 📚 @jufilse@mastodon.nl"
        return False
    return len(_HEADER_TIME.findall(text, line_start)) <= 1  # a feed: several posts, each under its own header


# --- a class app's message header ----------------------------------------------------------------------------

# the export's first line names a class app: "Parro · Groep 6", "Microsoft Teams · Groep 8 · Algemeen"
_APP_LINE = _CLASS_APP
# what may open the header's line before the sender: "Bericht van juf Kim", "Geplaatst door", "Van:"
_SENDER_OPENING = re.compile(r"[ \t]*(?:(?:nieuw[ \t]+)?(?:bericht|mededeling)[ \t]+van|geplaatst[ \t]+door|"
                             r"gepost[ \t]+door|van[ \t]*:|afzender[ \t]*:)?[ \t]*", re.IGNORECASE)
# when the message was sent, or to which group: "maandag 08:12", "2 uur geleden", "gisteren om 16:40", "groep 5"
_WHEN = (r"(?:vandaag|gisteren|zojuist|om|op|(?:ma|di|wo|do|vr|za|zo)[a-z]*\.?|\d{1,2}[:.]\d{2}|"
         r"\d{1,2}[ \t]+(?:jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?(?:[ \t]+\d{4})?|"
         r"\d{1,2}[-/]\d{1,2}(?:[-/]\d{2,4})?|\d{1,2}[ \t]?(?:min(?:uten|uut)?|uur|u|dagen|dag|d|weken|week|w)"
         r"[ \t]+geleden|groep[ \t]*\d[\w/-]*)")
# ... standing after the sender, divided from it by "·" (or "|", "-", a comma), by a wider space, or by "op"/"om"
_APP_HEADER_REST = re.compile(rf"(?:[ \t]*[·•|,–—-]|[ \t]{{2,}}|\t|[ \t]+(?=o[pm][ \t]))[ \t]*{_WHEN}(?:[ \t,·•]+{_WHEN})*[ \t]*$",
                              re.IGNORECASE)
APP_HEADER_LINES = 3  # the app's line and the two lines under it
# a later message's header in a thread: "Reactie van Ilse · 20:14", "Ilse de Vries  20:31"
_REPLY_HEADER = re.compile(rf"[ \t]*[A-ZÀ-Ý][^.!?\n]{{1,50}}?(?:[ \t]*[·•|]|[ \t]{{2,}}|\t)[ \t]*{_WHEN}"
                           rf"(?:[ \t,·•]+{_WHEN})*[ \t]*$", re.IGNORECASE)


def app_header(text: str, start: int, end: int, opening: int) -> bool:
    """Is text[start:end] the sender in a class app's message header, under the line that names the app
    (see the module's docstring)? `opening`: where the export's first line begins (opening_line)."""
    first_end = text.find("\n", opening)
    if first_end < 0 or _APP_LINE.search(fold(text[opening:first_end])) is None:
        return False
    line_start, line_end, before, rest = _lines(text, start, end)
    header = [line for line in text[opening:].split("\n", 8)[:8] if line.strip()][:APP_HEADER_LINES]
    if text[line_start:line_end] not in header[1:] or not _SENDER_OPENING.fullmatch(before):
        return False
    if _APP_HEADER_REST.match(rest) is None:
        return False
    return not any(_REPLY_HEADER.match(line) for line in text[line_end:].splitlines())  # a thread of replies
