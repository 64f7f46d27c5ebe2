"""Names in a chat (a WhatsApp export of iOS or Android, a Teams conversation copied as text) and after an
interjection: the people a chat names the way its members type.

- A chat's members are its senders ("[08-10-2026 20:01:14] Jeroen Bakker: ...", "12-11-2026 18:22 - Esther
  Vos: ...", "[09:12] Marit Lammers" on a line of its own), each a person where the sender's name opens with a
  first name ("Erwin Smit", "Mandy (moeder Lucas)"; not "+31 6 ...", "Juf Anja" or the school's account),
  whatever else the message's line holds (a ride "Baron 1898" makes no one historical). A member named by a part of that name is that
  person: a surname alone ("Bakker had gelijk", "die doet Van Dijk vandaag"), a mention ("@Jansen"), a first
  name in lower case after an interjection ("hè bas, nog bedankt").
- A first name after an interjection is the one addressed: "Hoi Roos!", "Wauw Fleur", "Ach Sem toch", "Top
  Mila!", "Joehoe Lotte" (in a chat, or with a comma or exclamation mark after it anywhere).
- A first name that is also a word, opening a chat message or a sentence in it, is a child when what follows says so: "Storm is
  ziek vandaag", "Jade ook, ligt met griep"; not "Storm verwacht morgen".
- A comment's author typed in lower case on the line above its date, as a comment stream is copied (Google Classroom,
  Padlet): "sem de jong" over "13 okt.".
- A person mentioned by display name, as comment threads show one, anywhere: "@Hakan ik heb ze gemaild", "@Jan-Willem
  Prins geen probleem", "@Gülşen zeker!" where Gülşen writes in the thread; not a handle ("@sanne_2015"), a
  role ("@Moderators") or a word ("@Hoop").
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from screener.text import lexicons, vocabulary

ENTITY = "A2-NAAM"
SCORE = 0.7
MENTION_SCORE = 0.8  # "@Jan-Willem Prins": a display name, whole
DATE = r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?"
TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
# a line opening with a time stamp, maybe with its day and date in brackets ("[maandag 12 januari 2026 08:14] ")
CHAT_HINT = re.compile(rf"^(?:\[?(?:{DATE} )?{TIME}\]? |\[[^\]\n]{{0,40}}? {TIME}\] )", re.MULTILINE)
# a message's first line: its time stamp, its sender, the message after the colon
MESSAGE = re.compile(rf"^(?:\[{DATE} {TIME}\] |{DATE} {TIME} - )(?!~)([^:\n]{{2,40}}?): ?(.*)$", re.MULTILINE)
# a sender on a line of its own under a time stamp, maybe with its day and date: "[09:12] Marit Lammers", "[maandag 12
# januari 2026 08:14] Kuipers, Anouk"
TEAMS_SENDER = re.compile(rf"^\[(?:[^\]\n]{{0,40}}? )?{TIME}\] ([^\n\[\]:]{{2,40}})$", re.MULTILINE)
# a sender as Teams and Outlook list one, surname first: "Kuipers, Anouk", "de Haan, Sophie", "Veldhuis, Gert-Jan"
SURNAME_FIRST = re.compile(r"((?:(?:van|de|der|den|ter|ten|te|el|al|'t) )*[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+"
                           r"(?:-[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+)?), ([A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+(?:-[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+)?)$")
NAME_WORD = re.compile(r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’-]+")
PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "op", "in", "'t"}
INTERJECTIONS = ("hoi", "hoii", "hey", "hé", "hè", "hee", "hallo", "wauw", "wow", "ach", "och", "top", "joehoe",
                 "jippie", "gefeliciteerd", "proficiat", "beterschap", "sterkte", "succes", "bedankt", "dankjewel",
                 "dank je", "thanks")
# the quick way out: an interjection as a word of its own ("top", not "stop"; "ach", not "acht")
INTERJECTED = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in INTERJECTIONS) + r")(?!\w)", re.IGNORECASE)
# the interjection opening a message, a line or a sentence, the word after it
ADDRESSED = re.compile(r"(?:^|(?<=[.!?:] )|(?<=[.!?:]  ))(?i:" + "|".join(INTERJECTIONS) + r")[ ,]+([\w'’-]+)"
                       r"(?=([ \t]*[,!?.:]|[ \t]+\w|[ \t]*$))", re.MULTILINE)
SENTENCE_END = re.compile(r"[.!?]+\s+")
# a subtitle (SRT/VTT) or transcript with cue timings; a speaker label opening a line: "[SANNE]", "SANNE:",
# "- Sanne:", "(Daan)"
CUE_TIMING = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?[,.]\d{3} --> ", re.MULTILINE)
SPEAKER = re.compile(r"^(?:- ?)?(?:\[([^\W\d_][\w'’-]{1,30})\]|\(([^\W\d_][\w'’-]{1,30})\)|([^\W\d_][\w'’-]{1,30}):)",
                     re.MULTILINE)
# a sender's name: a first name, maybe a surname with particles ("Erwin Smit", "Jolanda van Milan"), before its
# colon, a bracket ("Mandy (moeder Lucas)") or an emoji ("Karin 🌻")
SENDER_NAME = re.compile(r"([A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’-]+)(?: (?:(?:van|de|der|den|ter|ten|te|el|al|'t) )*"
                         r"[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’-]+)*(?=$|[ \t]*[(\[]|[ \t]+[^\w\s])")
MENTION = re.compile(r"(?<![\w@])@([A-ZÀ-Ý][\w'’-]+)")
# a display name after "@": letters, maybe a hyphen between two parts, then no more of a handle ("_", digits, ".x")
MENTION_NAME = re.compile(r"(?<![\w@])@([A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+(?:-[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+)?)(?![\w@-]|\.\w)")
MENTION_AT = re.compile(r"(?<![\w@])@(?=[A-ZÀ-ÝĀ-Ž])")
SURNAME_AFTER = re.compile(r"[ \t]((?:(?:van|de|der|den|ter|ten|el|al) )*[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+(?:-[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž'’]+)?)"
                           r"(?![\w@])")
# a line that opens with a sender's or speaker's label before its colon: "Tom: ...", "Rob Hulshof: ...",
# "Ellen (voorzitter OR): ...", "Kees de penning 💶: ...", "MENEER BOSMAN: ...", "+31 6 55 10 38 27: ..."
LABEL_LINE = re.compile(r"[ \t]*(?:[A-ZÀ-ÝĀ-Ž][\w'’.-]*|\+[\d ]{6,20})(?:[ \t]+[\w'’.&-]+){0,3}"
                        r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*[^\w\s:]{1,3})?[ \t]*:(?=[ \t]|$)", re.MULTILINE)
# a comment's date on the line under its author (Google Classroom, Padlet, a forum): "13 okt.", "12-10-2026 14:02",
# "gisteren om 20:15", "2 dagen geleden"
MONTHS = r"(?:jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?"
DATE_UNDER = re.compile(rf"\n[ \t]*(?:\d{{1,2}}[ \t]+{MONTHS}(?:[ \t]+\d{{4}})?|{DATE.rstrip(',?')}|gisteren|vandaag|"
                        r"\d{1,2}[ \t]+(?:minuten|minuut|uur|dagen|dag|weken|week)[ \t]+geleden)"
                        rf"(?:,?[ \t]+(?:om[ \t]+)?{TIME})?[ \t]*(?=\n|$)", re.IGNORECASE)
AUTHOR_ABOVE = re.compile(r"(?:^|\n)[ \t]*([a-zà-ÿā-ž'’-]+(?:[ \t]+[a-zà-ÿā-ž.'’-]+){1,3})[ \t]*$")
# what follows a child's name opening a message: "Storm is ziek", "Jade ook, ligt met griep"
CHILD_AFTER = re.compile(r"\s+(?:(?:is|was) (?:ziek|jarig|thuis|afwezig|verkouden|beter|er niet|weer beter|"
                         r"misselijk|moe|vandaag ziek|niet lekker)\b|ook[,!]|heeft (?:koorts|griep|hoofdpijn|"
                         r"buikpijn|waterpokken|krentenbaard|luizen)\b)")


def opens_with_label(text: str, at: int) -> bool:
    """Does the line at offset `at` open with a sender's or speaker's label ("Tom: Dat doe ik wel", "TEUN: Op
    drie ...")? Then it is a message or a line of a script of its own, not the rest of the line above."""
    return LABEL_LINE.match(text, at) is not None


def members(text: str) -> tuple[set[str], dict[str, str]]:
    """The senders' first names and surnames in one draft: ({"jeroen", ...}, {"bakker": "Bakker",
    "van dijk": "van Dijk"}), lower-cased; empty unless the draft is a chat of two messages or more."""
    senders = [m.group(1).strip() for m in MESSAGE.finditer(text)] + [m.group(1).strip()
                                                                       for m in TEAMS_SENDER.finditer(text)]
    if len(senders) < 2:
        return set(), {}
    firsts, surnames = set(), {}
    for sender in set(senders):
        reversed_name = SURNAME_FIRST.fullmatch(sender)
        if reversed_name:  # "Kuipers, Anouk": surname first
            firsts.add(reversed_name.group(2).lower())
            surnames[reversed_name.group(1).lower()] = reversed_name.group(1)
            continue
        words = sender.split()
        if len(words) < 2 or not NAME_WORD.fullmatch(words[0]):
            continue
        firsts.add(words[0].lower())
        surname = " ".join(words[1:])  # "Bakker", "van Dijk", "Oude Luttikhuis"
        if all(NAME_WORD.fullmatch(w) or w.lower() in PARTICLES for w in words[1:]) and len(surname) >= 3 \
                and NAME_WORD.fullmatch(words[-1]):
            surnames[surname.lower()] = surname
    return firsts, surnames


def person_mention(text: str, at: int, lex=None) -> tuple[int, int] | None:  # noqa: ANN001 - lexicons.Lexicons
    """The name of a person mentioned as comment threads show one ("@Hakan ik heb ze gemaild", "@Gülşen zeker!",
    "@Jan-Willem Prins geen probleem"): after the "@", a capitalised first name the lists know (each part of a
    double name), maybe with a surname they know after it; the span without the "@". Not a handle
    ("@sanne_2015", "@LunaStar"), a role ("@Coder", "@Moderators") or a word ("@Hoop", a name that is a word)."""
    match = MENTION_NAME.match(text, at)
    if match is None:
        return None
    lex = lex or lexicons.load()
    first = match.group(1)
    if first.lower() in lex.not_names or not (all(part in lex.first_names for part in first.split("-"))
                                              or _writes_here(text, at, first)):
        return None
    end = match.end(1)
    surname = SURNAME_AFTER.match(text, end)
    if surname and (surname.group(1) in lex.surnames or surname.group(1) in lex.interfix_surnames):
        end = surname.end(1)
    return match.start(1), end


def _writes_here(text: str, at: int, name: str) -> bool:
    """Does a line of this draft open with `name` as its sender's label ("Gülşen: ik kan niet fietsen")?"""
    start = text.rfind("\x00", 0, at) + 1  # this draft only (analyzer.SEPARATOR)
    stop = text.find("\x00", at)
    label = re.compile(rf"^{re.escape(name)}(?:[ \t][^\n:@]{{0,40}})?:[ \t]", re.MULTILINE)
    return label.search(text, start, stop if stop >= 0 else len(text)) is not None


def member_mention(text: str, at: int) -> bool:
    """Is the "@" at offset `at` a chat's mention of one of its members ("@Jansen" where Linda Jansen writes)?"""
    start = text.rfind("\x00", 0, at) + 1  # this draft only (analyzer.SEPARATOR)
    stop = text.find("\x00", at)
    draft = text[start:stop if stop >= 0 else len(text)]
    match = MENTION.match(text, at)
    if match is None:
        return False
    firsts, surnames = members(draft)
    return match.group(1).lower() in surnames or match.group(1).lower() in firsts


class NlChatNameRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=[ENTITY], name="NlChatNameRecognizer", supported_language="nl")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001 - presidio's signature
        if ENTITY not in entities:
            return []
        spans: list[tuple[int, int]] = []
        interjected = bool(INTERJECTED.search(text))
        if "-->" in text:
            spans += self._speakers(text)
        if "\n" in text and DATE_UNDER.search(text):
            spans += self._authors(text)
        mentions: list[tuple[int, int]] = []  # names read whole, above the name stage's parts of them
        if "@" in text:
            lex = lexicons.load()
            mentions = [span for span in (person_mention(text, m.start(), lex) for m in MENTION_AT.finditer(text)) if span]
        if interjected or CHAT_HINT.search(text):  # the quick way: most posts have neither
            offset = 0
            for draft in text.split("\x00"):
                spans += [(offset + a, offset + b) for a, b in self._draft(draft, interjected)]
                mentions += [(offset + a, offset + b) for a, b in _senders_surname_first(draft)]
                offset += len(draft) + 1
        return [self._result(a, b, SCORE) for a, b in sorted(set(spans))] \
            + [self._result(a, b, MENTION_SCORE) for a, b in sorted(set(mentions))]

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(entity_type=ENTITY, start=start, end=end, score=score,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})

    def _authors(self, text: str) -> list[tuple[int, int]]:
        """A comment's author typed in lower case on the line above its date ("sem de jong" over "13 okt."): every
        word a first name, surname, particle or initial the lists know, the first a first name."""
        from screener.text.recognizers import nl_name_column  # here: it imports this module's neighbours

        lex = lexicons.load()
        spans = []
        for date in DATE_UNDER.finditer(text):
            line_start = text.rfind("\n", 0, date.start()) + 1
            author = AUTHOR_ABOVE.match(text, line_start - 1 if line_start else 0, date.start())
            if author is None:
                continue
            value = author.group(1)
            if value.split()[0].title() in lex.first_names and nl_name_column.lower_case_name(value, lex):
                spans.append(author.span(1))
        return spans

    def _speakers(self, text: str) -> list[tuple[int, int]]:
        """Speaker labels that are first names, in a subtitle file or transcript with cue timings."""
        lex = lexicons.load()
        spans = []
        offset = 0
        for draft in text.split("\x00"):
            if CUE_TIMING.search(draft):
                for match in SPEAKER.finditer(draft):
                    group = next(g for g in (1, 2, 3) if match.group(g))
                    word = match.group(group).capitalize()
                    if word in lex.first_names and word.lower() not in lex.not_names:
                        spans.append((offset + match.start(group), offset + match.end(group)))
            offset += len(draft) + 1
        return spans

    def _draft(self, text: str, interjected: bool) -> list[tuple[int, int]]:
        lex = lexicons.load()
        firsts, surnames = members(text) if CHAT_HINT.search(text) else (set(), {})
        chat = bool(firsts)
        spans = []
        for match in ADDRESSED.finditer(text) if interjected else ():
            word = match.group(1)
            if (word[:1].isupper() and word in lex.first_names and (chat or match.group(2).strip()[:1] in {",", "!"})
                    and word.lower() not in lex.not_names) or (word.islower() and word in firsts):
                spans.append(match.span(1))  # "Hoi Roos!", "hè bas,"
        if not chat:
            return spans
        for match in MENTION.finditer(text):
            if match.group(1).lower() in surnames or match.group(1).lower() in firsts:
                spans.append(match.span(1))  # "@Jansen"
        senders = [m.span(1) for m in MESSAGE.finditer(text)] + [m.span(1) for m in TEAMS_SENDER.finditer(text)]
        for start, end in senders:
            name = SENDER_NAME.match(text, start, end)
            if name and name.group(1) in lex.first_names and name.group(1).lower() not in lex.not_names:
                spans.append(name.span())  # "Erwin Smit", "Mandy (moeder Lucas)": the sender is a person
        for surname in surnames:
            for match in re.finditer(r"(?<![\w@])" + re.escape(surname) + r"(?![\w'’-])", text, re.IGNORECASE):
                if not match.group().split()[-1][:1].isupper():
                    continue  # a surname that is a word, in lower case: "de bakker"
                if any(a <= match.start() < b for a, b in senders):
                    continue  # the sender's own name: the name stage reads it whole
                if vocabulary.is_dutch_word(match.group()) and _opens_sentence(text, match.start()):
                    continue  # "Post is er weer": a word opening its sentence
                spans.append(match.span())  # "Bakker had gelijk", "die doet Van Dijk"
        for match in MESSAGE.finditer(text):
            message = match.group(2)
            for start in [0] + [m.end() for m in SENTENCE_END.finditer(message)]:
                first = NAME_WORD.match(message, start)
                if first and first.group() in lex.first_names and first.group().lower() not in lex.not_names \
                        and CHILD_AFTER.match(message, first.end()):
                    spans.append((match.start(2) + start, match.start(2) + first.end()))  # "Storm is ziek vandaag"
        return spans


def _senders_surname_first(text: str) -> list[tuple[int, int]]:
    """The senders on a line of their own named surname first, as Teams lists its members ("[08:34] Kuipers, Anouk",
    "Veldhuis, Gert-Jan"): after the comma a first name the lists know, each part of a double one. Read whole, so
    that a surname that is also a town's ("Veldhuis") is the sender's."""
    lex = None
    spans = []
    for match in TEAMS_SENDER.finditer(text):
        name = SURNAME_FIRST.fullmatch(match.group(1).strip())
        if name is None:
            continue
        lex = lex or lexicons.load()
        if all(part in lex.first_names and part.lower() not in lex.not_names for part in name.group(2).split("-")):
            spans.append((match.start(1), match.start(1) + len(name.group())))
    return spans


def sender_line(line: str) -> bool:
    """Is the line a chat's sender on a line of its own under its time stamp ("[09:12] Marit Lammers",
    "[maandag 12 januari 2026 08:34] Veldhuis, Gert-Jan")? Its message stands on the lines below it."""
    return TEAMS_SENDER.fullmatch(line) is not None


def _opens_sentence(text: str, at: int) -> bool:
    before = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    return not before or before[-1] in ".!?:" or bool(MESSAGE.match(before + " x"))
