"""A post as the policy rules read it: folded text, sentences, tokens and lines, with offsets.

Every offset is an index into `Document.text`, so a finding maps back to line:col with
`Document.position`. No NLP model is needed: the rules look at words near each other in a
sentence, which a regex tokenizer gives in microseconds.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from screener.documents import Document
from screener.rules.lexicon import fold, is_english, is_other_language

_PARAGRAPH = re.compile(r"\n[ \t\u00a0]*\n")
# a line that closes on an emoji ends its sentence too: "... alle kinderen na 🪮" / "Wilt u op maandag ...?"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z\"'(@#\u00C0-\u00DD])"
                           r"|(?<=[\u2600-\u27bf\U0001F000-\U0001FAFF\ufe0f])[ \t]*\n\s*(?=[A-Z\"'(@#\u00C0-\u00DD])")
# Abbreviations whose full stop does not end a sentence ("blz. 34", "lkr. groep 6", "bijv. De Linde").
_ABBREVIATION = re.compile(r"(?:\b(?:blz|bijv|bv|ca|nr|dhr|mevr|mw|lkr|gr|o\.a|m\.b\.t|t\.a\.v|i\.v\.m|z\.s\.m|"
                           r"a\.s|o\.b\.s|c\.b\.s|st|ir|dr|drs|mr|ing)|\b[A-Za-z])\.$", re.I)
_TOKEN = re.compile(r"[\w'’]+(?:-\w+)*")
_SIGNATURE_CUE = re.compile(
    r"^\s*(?:(?:met )?(?:vriendelijke |hartelijke |sportieve |lieve |warme |zonnige )?groet(?:en|jes)?|"
    r"liefs|mvg|gr\.?|namens|door|geschreven door|auteur|(?:kind|best|warm|warmest) (?:regards|wishes)|regards)\b", re.I)
_AUTHOR_SOURCE_LINE = re.compile(r"^\s*(?:author|auteur|door|ondertekening|signature)\s*:|name=[\"']author[\"']", re.I)
SIGNATURE_MAX_TOKENS = 14
SIGNATURE_BLOCK_LINES = 3  # name, function, school under a greeting
# A sign-off written on the last line after the text: "Ja, het plein is open. Groet, Tom, conciërge van ...", also
# in English: "... with their teacher. Best wishes, Sarah, teacher of group 5 at ..."
_INLINE_GREETING = re.compile(r"\s*(?:(?:met )?(?:vriendelijke |hartelijke |sportieve |lieve |warme |zonnige )?"
                              r"groet(?:en|jes)?|liefs|mvg|(?:kind|best|warm|warmest) (?:regards|wishes)|regards)\b", re.I)
# The header of an e-mail as pasted or exported: "Van: ...", "Aan: ...", "Onderwerp: ...".
_MAIL_HEADER = re.compile(r"^(?:van|aan|cc|bcc|onderwerp|datum|verzonden|from|to|subject|date|sent)\s*:", re.I | re.M)
MAIL_HEADER_LINES = 2
# A line of an exported group chat: "[14-09-2026 19:42:13] Elif: ..." (iOS), "03-10-2026 18:03 - Sjoerd: ..." (Android).
_CHAT_LINE = re.compile(r"^\[?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]?"  # the time stamp
                        r"(?:\s+-)?\s+[^:\n]{1,40}:\s", re.M)  # the sender
CHAT_LINES = 2
# A sender line of a chat exported from Teams or Slack: the sender's name, two spaces and the time, the message
# below it ("Kim Veldhuis  08:02"); one sender who writes again tells it from a programme ("Inloop  19:00").
_SENT_LINE = re.compile(r"^([^\W\d_][^\n\d:]{0,40}?)[ \t]{2,}\d{1,2}[:.]\d{2}[ \t]*$", re.M)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int


@dataclass
class Analysis:
    doc: Document
    folded: str = field(init=False)

    def __post_init__(self) -> None:
        self.folded = fold(self.doc.text)

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def sentences(self) -> list[Segment]:
        """Sentences: split at blank lines and at . ! ? before a capital; markup lines stay apart."""
        found = []
        for para in self._split(_PARAGRAPH, Segment(0, len(self.text))):
            found.extend(self._split(_SENTENCE_END, para))
        return [s for s in found if self.text[s.start:s.end].strip()]

    @cached_property
    def paragraphs(self) -> list[Segment]:
        """Paragraphs: split at blank lines; a list's lines stay together."""
        return [p for p in self._split(_PARAGRAPH, Segment(0, len(self.text))) if self.text[p.start:p.end].strip()]

    def _split(self, pattern: re.Pattern, within: Segment) -> list[Segment]:
        parts, start = [], within.start
        for m in pattern.finditer(self.text, within.start, within.end):
            if pattern is _SENTENCE_END and _ABBREVIATION.search(self.text, max(start, m.start() - 8), m.start()):
                continue
            parts.append(Segment(start, m.start()))
            start = m.end()
        parts.append(Segment(start, within.end))
        return parts

    @cached_property
    def lines(self) -> list[Segment]:
        """Non-blank lines of the screened text."""
        found, start = [], 0
        for line in self.text.split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                found.append(Segment(start + lead, start + len(line.rstrip())))
            start += len(line) + 1
        return found

    @cached_property
    def other_language(self) -> bool:
        """The post is written, or partly written, in another language that schools write to parents in (Frisian,
        Turkish, Polish, Arabic, ...): the word lists of notices in those languages (data/*_other.txt) are read too."""
        return is_other_language(self.folded)

    @cached_property
    def is_english(self) -> bool:
        """The post, or one of its sentences, is written in English (a LinkedIn post, a Dutch post signed off
        with "Views are my own"): the English word lists (data/*_en.txt) are read too."""
        return any(is_english(self.folded, s.start, s.end) for s in self.sentences)

    @cached_property
    def is_email(self) -> bool:
        """The text is an e-mail: at least two header lines ("Van:", "Aan:", "Onderwerp:") near the top."""
        head = "\n".join(self.text[line.start:line.end] for line in self.lines[:8])
        return len({m.group(0).split(":")[0].strip().lower() for m in _MAIL_HEADER.finditer(head)}) >= MAIL_HEADER_LINES

    @cached_property
    def is_chat(self) -> bool:
        """The text is an exported group chat: several lines that open with a time stamp and a sender, or
        (Teams, Slack) sender lines that end with the time, one sender among them writing again."""
        head = self.text[:self.lines[min(len(self.lines), 8) - 1].end] if self.lines else ""
        if len(_CHAT_LINE.findall(head)) >= CHAT_LINES:
            return True
        senders = _SENT_LINE.findall(head)
        return len(senders) >= CHAT_LINES and len(set(senders)) < len(senders)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, index: int) -> Segment:
        i = max(0, bisect.bisect_right(self._sentence_starts, index) - 1)
        return self.sentences[i]

    def tokens(self, segment: Segment) -> list[Segment]:
        return [Segment(m.start(), m.end()) for m in _TOKEN.finditer(self.folded, segment.start, segment.end)]

    @cached_property
    def signature_lines(self) -> list[Segment]:
        """Lines that sign the post: the last short lines, lines after a greeting, author fields, and a
        greeting that ends the last line ("... open. Groet, Tom, conciërge van OBS De Regenboog")."""
        chosen: list[Segment] = []
        tail = [line for line in self.lines[-3:] if self._looks_like_signature(line)]
        chosen.extend(tail)
        block = 0  # lines of the signature block still to take after a greeting
        previous: Segment | None = None
        for line in self.lines:
            text = self.text[line.start:line.end]
            source_line = self.doc.line_text(self.doc.position(line.start)[0])
            # "Hartelijke groet," / "Wilma Roerdink" / "directeur OBS De Vlinderhof": the line after the
            # greeting signs, and the block goes on line by line until a blank line
            first_after_greeting = block == SIGNATURE_BLOCK_LINES
            next_line = first_after_greeting or (
                previous is not None and self.text.count("\n", previous.end, line.start) == 1)
            if block and next_line and self._looks_like_signature(line):
                chosen.append(line)
                block -= 1
            else:
                block = 0
            previous = line
            after_greeting = bool(_SIGNATURE_CUE.match(text))
            if after_greeting:
                block = SIGNATURE_BLOCK_LINES
            if after_greeting or _AUTHOR_SOURCE_LINE.search(source_line):
                if len(self.tokens(line)) <= SIGNATURE_MAX_TOKENS:
                    chosen.append(line)
        if self.sentences:
            last = self.sentences[-1]
            if _INLINE_GREETING.match(self.text, last.start, last.end) \
                    and len(self.tokens(last)) <= SIGNATURE_MAX_TOKENS:
                chosen.append(last)
        unique = {(s.start, s.end): s for s in chosen}
        return sorted(unique.values(), key=lambda s: s.start)

    def _looks_like_signature(self, line: Segment) -> bool:
        text = self.text[line.start:line.end].strip()
        return len(self.tokens(line)) <= SIGNATURE_MAX_TOKENS and not text.endswith(("?", "!", ":")) \
            and not (text.endswith(".") and len(self.tokens(line)) > 6)
