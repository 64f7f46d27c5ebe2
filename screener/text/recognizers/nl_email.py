"""E-mail address (RFC 5322 local part as people write it, a domain with a TLD).

Written without tldextract, so no public suffix list is ever downloaded. Also as people hide an
address from spam robots: "naam(at)domein.nl", "naam [at] domein [dot] nl", "naam {at} domein (punt) nl", "naam @ domein.nl"
(in Markdown the reader blanks the square brackets: "naam  at  domein  dot  nl"). The school's own
public address written so ("info(at)school.nl") is the public one (`plain_address`).

No one's address, though shaped like one: the id of a message or an event ("Message-ID:
<CAO4hX1p...@mail.gmail.com>", "UID:20270209T150000-gr7-01@school.nl", "In-Reply-To:", "References:"),
on a header line of such an id or made of what a program writes (a date-time stamp, a UUID, a long
hexadecimal or base64 run); and a fediverse account ("@juf_sanne@mastodon.nl", an account on Mastodon,
which `nl_account` reports as one).
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import Pattern

from screener.text.recognizers.base import Either, NlPatternRecognizer


# mailboxes of a role, not of one person: "info@school.nl" is reported as A2-EMAIL-ALGEMEEN (info)
ROLE_MAILBOXES = frozenset(
    "info informatie administratie admin secretariaat directie contact ouderraad mr gmr medezeggenschapsraad "
    "redactie nieuwsbrief noreply no-reply receptie balie leerlingadministratie planning facturen factuur "
    "financien financiën vacatures klachten privacy fg avg ict helpdesk support webmaster bestuur "
    "communicatie website media pers zorg intern ib hr personeelszaken aanmelden aanmelding inschrijving "
    "ziekmelding ziekmeldingen verlof tso bso overblijf kinderopvang "
    "klantenservice service klantcontact bestellingen bestelling orders order sales verkoop boekingen "
    "reserveringen reservering office kantoor algemeen "
    # an activity's, a team's or a club's desk: "kamp@", "jeugd@", "naschools@", "jgz@" (youth health care)
    "kamp schoolkamp schoolreis excursie excursies activiteiten evenementen feest jeugd jeugdcommissie jgz "
    "sport buurtsport sportdag naschools naschoolse vrijwilligers ledenadministratie wedstrijdsecretariaat "
    "secretaris penningmeester toernooi kantine bibliotheek bieb mediatheek leerlingenraad overblijven "
    "verkeer verkeersouders luizen smw schoolmaatschappelijkwerk zorgteam vragen post mail team hallo".split()
)
# a template's words, no one's mailbox: "naam@voorbeeld.nl", "voornaam.x@leerling.school.nl", "voorbeeld@mail.nl";
# reported as A2-EMAIL-ALGEMEEN (info), as a role's mailbox is
TEMPLATE_WORDS = frozenset("naam voornaam achternaam jouwnaam uwnaam voorbeeld email e-mail gebruiker "
                           "name firstname lastname example user".split())


# the brackets as typed, or as the Markdown reader blanks "[at]": "naam  at  domein  dot  nl"
# and an "@" between spaces: "naam @ domein.nl"
AT_WRITTEN = r"(?:\s?[(\[{]\s?(?:at|apenstaartje)\s?[)\]}]\s?|[ \t]{2}(?:at|apenstaartje)[ \t]{2}|[ \t]@[ \t])"
DOT_WRITTEN = r"(?:\.|\s?[(\[{]\s?(?:dot|punt)\s?[)\]}]\s?|[ \t]{2}(?:dot|punt)[ \t]{2})"
AT = re.compile(r"@|" + AT_WRITTEN, re.IGNORECASE)
# what every written-out "at" holds, looked for once in the text: the word, then a closing bracket or two spaces
# (the word first: a search that opens with optional white space is tried at every position)
AT_WRITTEN_ANYWHERE = Either(regex.compile(r"(?:at|apenstaartje)(?:\s?[)\]}]|[ \t]{2})", regex.IGNORECASE),
                             regex.compile(r"[ \t]@[ \t]"))


DOT_WRITTEN_OUT = re.compile(DOT_WRITTEN.replace(r"\.|", "", 1), re.IGNORECASE)


def plain_address(address: str) -> str:
    """The address as an address: "info(at)school.nl", "info [at] school [dot] nl" -> "info@school.nl"."""
    return DOT_WRITTEN_OUT.sub(".", AT.sub("@", address, count=1))


# a class's mailbox: "groep5@", "groep1-2@", "klas7b@", "unit3@"
CLASS_MAILBOX = re.compile(r"(?:groep|klas|unit|bouw|kleuters|onderbouw|middenbouw|bovenbouw)[\d\W_]*[a-z]?\d*")


def is_role_mailbox(address: str) -> bool:
    """A mailbox of a role or a class, not of one person: "info@", "ouderraad@", "groep5@"; on an organisation's
    own domain also with words after it ("buurtsport-oost@sportbedrijf.nl"). Not with a name after it
    ("overblijf.haddouchi@"), and not on a provider's domain ("tso.zevenzeeen@gmail.com": a volunteer's own box)."""
    box = AT.split(address, maxsplit=1)[0].lower()
    host = address.rsplit("@", 1)[-1].lower()
    if box in ROLE_MAILBOXES or CLASS_MAILBOX.fullmatch(box) is not None:
        return True
    first, *rest = re.split(r"[._-]+", box)
    return bool(rest) and first in ROLE_MAILBOXES and host not in PROVIDERS and all(map(_role_word, rest))


# the domains of mail providers anyone can have a mailbox at
PROVIDERS = frozenset("gmail.com googlemail.com hotmail.com hotmail.nl outlook.com outlook.nl live.nl live.com msn.com "
                      "yahoo.com yahoo.nl icloud.com me.com ziggo.nl kpnmail.nl kpnplanet.nl planet.nl home.nl "
                      "hetnet.nl xs4all.nl telfort.nl caiway.nl upcmail.nl chello.nl proton.me protonmail.com gmx.com "
                      "gmx.net gmx.de online.nl tele2.nl zeelandnet.nl solcon.nl hccnet.nl".split())


def _role_word(word: str) -> bool:
    """A word after a role's mailbox word that names no one: a role, a class, an ordinary word ("oost")."""
    from screener.text import lexicons

    return word in ROLE_MAILBOXES or CLASS_MAILBOX.fullmatch(word) is not None or word in lexicons.load().common_words


def template_address(address: str) -> bool:
    """Is the address a template's (a form's placeholder, an example of a form), no one's mailbox? Its mailbox opens
    with a template's word, then has only such words or a single letter ("voornaam.x@"); initials before a word
    ("a.b.c.naam@") are a person's mailbox written out as an example of its form."""
    parts = re.split(r"[._-]+", address.split("@", 1)[0].lower())
    return parts[0] in TEMPLATE_WORDS and all(p in TEMPLATE_WORDS or len(p) == 1 for p in parts)


class NlEmailRecognizer(NlPatternRecognizer):
    ENTITY = "A2-EMAIL"
    PATTERNS = [
        Pattern(
            "email",
            r"(?<![\w.+@-])[\w.%+'-]++(?<=\w)@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}\b",
            0.9,
        ),
    ]
    CONTEXT = ["mail", "e-mail", "email", "mailen", "mailadres", "e-mailadres"]

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        return not generated_id(text, result.start, result.end)


# the header of a message's or an event's id right before it (other ids of a "References:" between):
# "Message-ID: <", "UID:", "In-Reply-To: <...> <"
ID_HEADER = re.compile(r"\b(?:message-?id|in-reply-to|references|uid|content-id|thread-index|x-[\w-]*-u?id|"
                       r"resent-message-id|original-message-id)[ \t]*[:=][ \t]*(?:<?[^\s<>@]+@[^\s<>]+>?[ \t,]+)*<?$",
                       re.IGNORECASE)
# the mailbox part of an id a program made: a date-time stamp, a UUID, a long hexadecimal run
GENERATED_MAILBOX = re.compile(r"(?:19|20)\d{6}(?:t|\.|-|_)?\d{4,6}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|[0-9a-f]{16,}",
                               re.IGNORECASE)


def generated_id(text: str, start: int, end: int) -> bool:
    """Is the address-shaped text[start:end] a message's or an event's id (see the module's docstring)?"""
    if ID_HEADER.search(text, max(0, start - 300), start):
        return True
    mailbox = text[start:end].split("@", 1)[0]
    if GENERATED_MAILBOX.match(mailbox):
        return True  # "20270208101233.4F2A1C0@", "20270209T150000-gr7-01@", "4fbe8971-0bc3-...@"; not "marloes1979@"
    return len(mailbox) >= 20 and sum(c.isupper() for c in mailbox) >= 3 and sum(c.islower() for c in mailbox) >= 3 \
        and sum(c.isdigit() for c in mailbox) >= 3 and "." not in mailbox  # base64: "CAO4hX1pQ7vN2kE8m3Zr5aT9yLb6wJ0dF@"


class NlEmailWrittenOutRecognizer(NlEmailRecognizer):
    """"naam(at)domein.nl", "naam [at] domein [dot] nl": run only on a text with such an "at"."""

    PATTERNS = [
        Pattern(
            "email_written_out",
            r"(?<![\w.+-])[\w.%+'-]++(?<=\w)" + AT_WRITTEN + r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?" + DOT_WRITTEN
            + r")+[a-z]{2,24}\b",
            0.9,
        ),
    ]
    NEEDS = AT_WRITTEN_ANYWHERE
