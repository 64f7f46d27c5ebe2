"""Who speaks, and to whom: a reply in a discussion, the writer in the first person, or a staff
member speaking for the school.

C2 asks a staff member who takes part in a discussion in a work situation to say who they are
and what they do; that holds for a reply on the school's account ("Reactie op: ...", "@ouder"),
also when the post names no school. Where nobody said who writes, a reply in the first person
("ik", "mijn") is a staff member's, not the school's. A staff member who speaks for the school on
a personal account ("wij als school", "namens het team") is in a work situation too. A post on the
school's own channels signed by the team itself ("Met vriendelijke groet, / Team De Klimboom") is
the school speaking, as a post without a named writer is, unless it is a reply: in a discussion C2
still asks who answers. A quoted question ("Reactie op: 'Is er morgen gym?'") is someone else's words: it
is not the writer speaking, and not the writer's announcement.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cached_property

from screener.rules import lexicon
from screener.rules.analysis import Analysis, Segment

DISCUSSION = "discussion.txt"
FIRST_PERSON = re.compile(r"(?<![\w'])(?:ik|mij|me|mijn|m'n|mezelf)(?![\w'])")
# "We praten eerst met ouders": the writer as one of a group (at a school: of its staff)
FIRST_PLURAL = re.compile(r"(?<![\w'])(?:we|wij|ons|onze)(?![\w'])")
# "ik spreek niet namens de stichting": the opposite of speaking for the school
_NEGATED = re.compile(r"(?<![\w])(?:niet|nooit|geen|niks|niets)(?:\s+\S+){0,2}\s*$")
# "namens Het Baken", "wij van De Zeven Zeeën": speaking for a school, by its name, right before it
_FOR_NAMED = re.compile(r"(?<![\w])(?:namens|(?:wij|we) (?:van|bij|als))\s+$")
NAMED_WINDOW = 16  # characters before a mention of the organisation
# a reply's opening line with the writer as subject before any colon ("In de Facebookgroep van de wijk lees
# ik ...", "Onder het bericht zie ik vragen:"): it says where the discussion is, in the writer's own words
_WRITER_SPEAKS = re.compile(r"(?<![\w'])(?:ik|wij|we)(?![\w'])")
# text between quotation marks (folded: curly quotes are straight), on one line
_QUOTED = re.compile(r"[\"„][^\"\n]{2,300}\"|(?<![\w])'[^'\n]{8,300}'(?![\w])|[«][^»\n]{2,300}[»]")


# an answer to someone's comment, in the writer's own words at the opening: "Ik begrijp de zorgen over ...",
# "Dank voor uw reactie", "Goede vraag!", "Wat vervelend dat u ...", "Terecht punt"
_ANSWERS = re.compile(
    r"\s*(?:(?:ik|we|wij) )?(?:begrijp|snap)\w* (?:\w+ ){0,3}(?:zorgen|vraag|vragen|punt|reactie|boosheid|frustratie|"
    r"teleurstelling|onvrede)(?![\w])"
    r"|\s*(?:dank|bedankt|dankjewel|dank je wel|dank u wel)(?: \w+){0,2} voor (?:uw|je|jouw|jullie) (?:\w+ )?"
    r"(?:reactie|vraag|vragen|bericht|review|opmerking|feedback|zorgen)(?![\w])"
    r"|\s*(?:goede vraag|wat vervelend dat (?:u|je|jullie)|terechte? (?:punt|vraag|opmerking)|fijn dat (?:u|je|jullie) "
    r"(?:dit|het) (?:vraagt|aankaart|meldt|laat weten))(?![\w])")
ANSWER_OPENING_SENTENCES = 2
# a line that ends inside its sentence: on a word or a comma, not after . ! ? : or an emoji
_GOES_ON = re.compile(r"[\w,(][ \t]*$")
# a reply chain exported from Threads or X: a post under its writer's handle, a reply under an arrow
_THREAD_POST = re.compile(r"[ \t]*@[\w.]+[ \t]*[\u00b7\u2022]")
_DIGIT = re.compile(r"\d")  # an address line: a street and number, a postcode
_THREAD_REPLY = re.compile(r"[ \t]*[\u21b3\u21aa][ \t]*@[\w.]+[ \t]*[\u00b7\u2022]")


@functools.lru_cache(maxsize=1)
def _team() -> re.Pattern:
    teams = "|".join(f"(?:{p})" for p in lexicon.lines("team_signature.txt"))
    return re.compile(r"[ \t>*_\-]*(?:" + teams + r")[ \t]+")


@functools.lru_cache(maxsize=2)
def _reply(english: bool) -> re.Pattern:
    lines = [*lexicon.entries(DISCUSSION), *lexicon.for_english("discussion_en.txt", english)]
    return re.compile(r"[ \t>*_\-]*(?:" + "|".join(f"(?:{p})" for p in lines) + ")")


@functools.lru_cache(maxsize=2)
def _school_voice(english: bool) -> re.Pattern:
    """Compiled at the first staff member's post: the school's own posts never need it."""
    return lexicon.regexes([*lexicon.lines("school_voice.txt"), *lexicon.for_english("school_voice_en.txt", english)])


@dataclass
class Voice:
    analysis: Analysis

    @cached_property
    def reply_lines(self) -> list[Segment]:
        """Lines that open a reply: "Reactie op: ...", "@ouder ...", "Re: ..."."""
        if not lexicon.needed(DISCUSSION, self.analysis.folded):
            return []
        reply = _reply(self.analysis.is_english)
        lines = self.analysis.lines
        return [line for i, line in enumerate(lines) if reply.match(self.analysis.folded, line.start, line.end)
                and not (i and self._wrapped_handles(lines[i - 1], line))]

    def _wrapped_handles(self, above: Segment, line: Segment) -> bool:
        """A line of handles that goes on with the sentence above it ("... (gamertags" / "@JoepTheBuilder, ..."):
        the text wrapped there, nobody is answered."""
        text = self.analysis.text
        return text[line.start:line.end].lstrip().startswith("@") and bool(_GOES_ON.search(text, above.start, above.end))

    @cached_property
    def replied_to(self) -> list[Segment]:
        """The words a reply answers, on the line opening it ("Reactie op: 'Het rooster is een ramp'", not
        "@ouder ik snap ..."): someone else's post, not the writer's."""
        return [self._quoted_part(line) for line in self.reply_lines if self.analysis.folded[line.start] != "@"]

    @cached_property
    def quoted(self) -> list[Segment]:
        """Someone else's words: the line opening a reply and text in quotation marks."""
        spans = [*self.replied_to, *(Segment(m.start(), m.end()) for m in _QUOTED.finditer(self.analysis.folded))]
        return spans + self._thread_above()

    def _thread_above(self) -> list[Segment]:
        """A reply chain as Threads or X shows it: '@fleur.mama · Moeten ze morgen ...?' and under it the writer's
        '↳ @devlinderhof · Ja hoor! ...'. The posts above the writer's first reply are someone else's words."""
        text = self.analysis.text
        if "\u21b3" not in text and "\u21aa" not in text:
            return []
        lines = self.analysis.lines
        first_reply = next((i for i, line in enumerate(lines) if _THREAD_REPLY.match(text, line.start, line.end)), None)
        if first_reply is None:
            return []
        return [line for line in lines[:first_reply] if _THREAD_POST.match(text, line.start, line.end)]

    def _quoted_part(self, line: Segment) -> Segment:
        """'Reactie op: "Is er gym?"' is all someone else's; in 'In reactie op de vragen: de foto's ...'
        the words after the colon are the writer's own."""
        text = self.analysis.folded[line.start:line.end]
        colon = text.find(":")
        if _WRITER_SPEAKS.search(text[:colon] if colon >= 0 else text):  # "In de Facebookgroep lees ik ..."
            return Segment(line.start, line.start)
        after = text[colon + 1:].strip() if colon >= 0 else ""
        if not after or after[0] in "\"'(«„“":  # the German low quote stays as written
            return line
        return Segment(line.start, line.start + colon + 1)

    def is_quoted(self, start: int, end: int) -> bool:
        return any(q.start <= start and end <= q.end for q in self.quoted)

    def _first_own(self, pattern: re.Pattern) -> Segment | None:
        """The first match of `pattern` in the writer's own words."""
        for m in pattern.finditer(self.analysis.folded):
            if not self.is_quoted(m.start(), m.end()):
                return Segment(m.start(), m.end())
        return None

    @cached_property
    def first_person(self) -> Segment | None:
        """The first 'ik'/'mijn' of the writer's own words."""
        return self._first_own(FIRST_PERSON)

    @cached_property
    def first_plural(self) -> Segment | None:
        """The first 'we'/'ons' of the writer's own words."""
        return self._first_own(FIRST_PLURAL)

    @cached_property
    def school_voice(self) -> Segment | None:
        """'wij als school', 'namens het team': the writer speaks for the school."""
        voice = _school_voice(self.analysis.is_english)
        folded = self.analysis.folded
        for m in voice.finditer(folded):
            if not self.is_quoted(m.start(), m.end()) and not _NEGATED.search(folded, max(0, m.start() - 30),
                                                                              m.start()):
                return Segment(m.start(), m.end())
        return None

    def named_voice(self, mentions) -> Segment | None:
        """'namens Het Baken', 'wij van De Zeven Zeeën': the writer speaks for a school named in `mentions`."""
        folded = self.analysis.folded
        for m in mentions:
            if not m.explicit or self.is_quoted(m.start, m.end):
                continue
            before = _FOR_NAMED.search(folded, max(0, m.start - NAMED_WINDOW), m.start)
            if before and not _NEGATED.search(folded, max(0, before.start() - 30), before.start()):
                return Segment(before.start(), m.end)
        return None

    def team_signs(self, mentions) -> bool:
        """The post is signed by the team of a school in `mentions`, and by nobody else: "Met
        vriendelijke groet, / Team De Klimboom", "Het team van OBS De Vlinderhof", or by the school's name
        over its address. Not "Namens het team van ...", which someone writes."""
        folded = self.analysis.folded
        for line in self.analysis.signature_lines:
            team = _team().match(folded, line.start, line.end)
            if team and any(m.explicit and m.start == team.end() and not re.search(r"\w", folded[m.end:line.end])
                            for m in mentions):
                return True
        return self._school_address_signs(mentions)

    def _school_address_signs(self, mentions) -> bool:
        """The post ends with the school's name alone on a line over its address ("KBS De Wingerd" / "Dr.
        Schaepmanstraat 8" / "7421 EF Deventer"), and no one signs above it: the school signs its own page."""
        signed = self.analysis.signature_lines
        for m in mentions:
            line = next((s for s in signed if s.start <= m.start < s.end), None)
            if not (m.explicit and line and self.analysis.text[line.start:line.end].strip()
                    == self.analysis.text[m.start:m.end]):
                continue
            below = [r for r in self.analysis.text[line.end:].splitlines() if r.strip()]
            if below and all(_DIGIT.search(r) for r in below) and not any(s.start < line.start for s in signed):
                return True
        return False

    @property
    def is_reply(self) -> bool:
        return bool(self.reply_lines)

    @property
    def takes_part(self) -> Segment | None:
        """Where the writer takes part in a discussion: the line that opens the reply, or an opening that answers
        someone in the writer's own words ("Ik begrijp de zorgen over de grote groepen heel goed, maar ...",
        "Dank voor je vraag!") when the comment answered is not quoted."""
        return self.reply_lines[0] if self.reply_lines else self._answer_opening

    @cached_property
    def _answer_opening(self) -> Segment | None:
        for sentence in self.analysis.sentences[:ANSWER_OPENING_SENTENCES]:
            found = _ANSWERS.match(self.analysis.folded, sentence.start, sentence.end)
            if found and not self.is_quoted(sentence.start, sentence.end):
                return Segment(sentence.start, sentence.end)
        return None
