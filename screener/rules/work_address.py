"""Which addresses are the organisation's own, for the writer's own name (signature.py).

- **Work domains**: `organisation.domains`, and the domains of the organisation's public e-mail addresses
  and websites.
- **The `Van:` line** of an e-mail names its writer, as staff only from a work address; from a private
  address ("Emre <emre@gmail.com>") the writer writes as a parent or a private person.
- **The writer's own work address** carries a word of their name ("f.nijhuis@devlinderhof.nl").
- **A calendar export's organiser** from a work address is the staff member whose calendar it is.
"""

from __future__ import annotations

import re

from screener.rules.lexicon import fold
from screener.rules.signature import FROM_LINE

EMAIL_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def work_domains(public: list[str], configured: list[str] = ()) -> frozenset[str]:
    """The organisation's e-mail domains: `organisation.domains`, and those of its public e-mail
    addresses and websites."""
    domains = {d.lower().lstrip("@.").removeprefix("www.") for d in configured if d.strip()}
    for value in public:
        match = EMAIL_DOMAIN.search(value)
        if match:
            domains.add(match.group(1).lower())
        elif re.match(r"^(?:https?://)?www\.[\w-]+\.\w+", value, re.IGNORECASE):
            domains.add(re.sub(r"^(?:https?://)?www\.", "", value.lower()).split("/")[0])
    return frozenset(domains)


def writer_line(text: str, start: int, domains: frozenset[str] = frozenset()) -> bool:
    """Is the name at `start` the writer on an e-mail's `Van:` line (in the first lines of the text)?
    With the organisation's `domains` known, only from a work address."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.count("\n", 0, line_start) > 12 or FROM_LINE.match(text[line_start:start]) is None:
        return False
    line_end = text.find("\n", start)
    address = EMAIL_DOMAIN.search(text[start : line_end if line_end >= 0 else len(text)])
    host = address.group(1).lower() if address else ""
    if domains and not any(host == d or host.endswith("." + d) for d in domains):
        return False
    first = next((m for m in re.finditer(r"^[ \t]*(?:van|from|afzender)\s*:", text, re.IGNORECASE | re.MULTILINE)), None)
    return first is not None and text.rfind("\n", 0, first.start() + 1) + 1 == line_start  # not a forwarded one


def own_work_address(address: str, names: list[str], domains: frozenset[str]) -> bool:
    """Is `address` a work address (a domain of the organisation) whose mailbox carries a word of the
    writer's own name ("f.nijhuis@devlinderhof.nl" for Femke Nijhuis)?"""
    local, _, host = address.lower().partition("@")
    if not any(host == d or host.endswith("." + d) for d in domains):
        return False
    words = {w for name in names for w in re.findall(r"\w+", fold(name)) if len(w) >= 3}
    return any(w in fold(local) for w in words)


def writes_privately(text: str, domains: frozenset[str]) -> bool:
    """Does the e-mail's first `Van:` line give a private address ("Emre <emre@gmail.com>")? Then
    its writer writes as a parent or a private person, and their sign-off is no staff sign-off."""
    if not domains:
        return False
    for line in text.splitlines()[:12]:
        if FROM_LINE.match(line.strip()):
            address = EMAIL_DOMAIN.search(line)
            host = address.group(1).lower() if address else ""
            return bool(host) and not any(host == d or host.endswith("." + d) for d in domains)
    return False


def calendar_organiser(senders, domains: frozenset[str]) -> tuple[str, list[tuple[int, int]]]:
    """The organiser of a calendar export when it is one staff member's own calendar: the same name in
    every sender field the export reader found (`Document.senders`: each event's `ORGANIZER`, the
    calendar's own name), from a work address (with the organisation's `domains` known). Returns the
    name and where those fields stand; ("", []) for a parent's invitation or several organisers."""
    if not senders:
        return "", []
    names = {fold(s.name).strip() for s in senders if s.name}
    hosts = {s.address.rpartition("@")[2].lower() for s in senders}
    if len(names) != 1 or (domains and not all(any(h == d or h.endswith("." + d) for d in domains) for h in hosts)):
        return "", []
    return next(s.name for s in senders if s.name).strip(), [(s.start, s.end) for s in senders]
