"""The one-click fixes of the page, each a new version of the post's source text.

- a name replaced by a neutral phrase: "een leerling uit groep 5" when the paragraph names one group,
  "een leerkracht" for "juf Sanne", "een ouder" for "vader Karim", else "een leerling";
- a finding removed;
- the configured D4 disclaimer added (as `screener fix` does);
- an affiliation line (C2/D3) added: "Ik werk als leerkracht groep 5 bij Lithora."
"""

from __future__ import annotations

import re

from screener.rules.disclaimer import add_disclaimer

NAME_RULES = {"A2-NAAM", "A5-NAAM-ZONDER-TOESTEMMING"}
_GROUP = re.compile(r"\bgroep\s*([1-8](?:\s*[/-]\s*[1-8])?[a-c]?)\b", re.I)
_GROUP_FOLLOWS = re.compile(r"\s*(?:\(\s*groep|,?\s*(?:uit|van|in|naar)\s+groep)\b", re.I)
_TEACHER_BEFORE = re.compile(r"\b(?:juf|juffrouw|meester|meneer|mevrouw|mevr\.|dhr\.|mw\.)\s+$", re.I)
_PARENT_BEFORE = re.compile(r"\b(?:moeder|vader|mama|papa|ouder|opa|oma|stiefmoeder|stiefvader)\s+$", re.I)
_MARKER_LINE = re.compile(r"\s*(?:#{1,6}|>|[*+-]|\d+[.)])\s+")  # a heading or list item opens


def neutral_phrase(source: str, start: int, end: int) -> tuple[int, int, str]:
    """The span to replace (it may grow to take in "juf" or "vader") and the phrase that replaces it."""
    before = source[max(0, start - 20):start]
    phrase = "een leerling"
    for pattern, role in ((_TEACHER_BEFORE, "een leerkracht"), (_PARENT_BEFORE, "een ouder")):
        title = pattern.search(before)
        if title:
            start -= len(before) - title.start()
            phrase = role
            break
    else:
        group = _single_group(_paragraph(source, start, end))
        if group and not _GROUP_FOLLOWS.match(source, end):
            phrase = f"een leerling uit groep {group}"
    if _starts_sentence(source, start):
        phrase = phrase[0].upper() + phrase[1:]
    return start, end, phrase


def _starts_sentence(source: str, start: int) -> bool:
    """After a full stop, a blank line, a heading or list marker, or at the very start; not after a
    line break inside a paragraph."""
    head = source[:start]
    stripped = head.rstrip()
    if not stripped or stripped[-1] in ".!?:":
        return True
    if head[len(stripped):].count("\n") >= 2:
        return True
    return bool(_MARKER_LINE.fullmatch(head.rsplit("\n", 1)[-1]))


def _paragraph(source: str, start: int, end: int) -> str:
    first = source.rfind("\n\n", 0, start)
    last = source.find("\n\n", end)
    return source[first + 1 if first >= 0 else 0:last if last >= 0 else len(source)]


def _single_group(text: str) -> str:
    groups = {re.sub(r"\s+", "", m.group(1)).lower() for m in _GROUP.finditer(text)}
    return groups.pop() if len(groups) == 1 else ""


def replace_span(source: str, start: int, end: int, phrase: str) -> str:
    return source[:start] + phrase + source[end:]


def remove_span(source: str, start: int, end: int) -> str:
    """The source without source[start:end], and without the double space that leaves."""
    before, after = source[:start], source[end:]
    if before.endswith(" ") and (after.startswith((" ", ",", ".", "!", "?", ";", ":")) or not after):
        before = before[:-1]
    elif not before.strip() or before.endswith("\n"):
        after = after.lstrip(" ,")
    return before + after


def affiliation_line(organisation: str, function: str) -> str:
    """The sentence C2 and D3 ask for, from the organisation's name and the writer's function."""
    function = " ".join(function.split()).rstrip(".")
    if function:
        return f"Ik werk als {function} bij {organisation}."
    return f"Ik werk bij {organisation}."


def add_line(source: str, kind: str, line: str) -> str:
    """The source with `line` as its last paragraph (HTML: before </article>, </main> or </body>)."""
    return add_disclaimer(source, kind, line)
