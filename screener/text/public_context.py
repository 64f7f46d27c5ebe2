"""A name the context makes historical, fictional or no person at all, whatever the name lists say.

The way a reader tells them apart, from the paragraph (the line) the name stands in:

- **History**: a year before 1900, or up to 1945 beside the war, ("In 1584 werd Willem van Oranje in Delft vermoord door Balthasar
  Gerards", "Michiel en de oorlog in 1944") or a century ("leefde in de vierde eeuw") on the line, a
  ruler's number after the name ("Filips II"), a noble or royal title before it ("koning Filips",
  "graaf Floris") or the territory of such a title ("de hertog van Alva"). Such persons are public
  figures, and the dead are no data subjects. A first name alone only in the sentence that tells the history or
  as the line named it so before (`history_sentence`): "In 1817 werd de school gebouwd. Fenna en Daan zochten
  uit ..." names two pupils.
- **A story**: a sentence that tells what a book or story is about ("Het gaat over Dummie", "In dit deel
  komen boeven die de tombe van Achnetoth ...", "Het verhaal hoort bij Rama en Sita"), on a line that
  names the book or story: its names are the characters.
- **Answer options** of a quiz ("a) Nijntje  b) Snuffie  c) Boris") under a question that asks what,
  not who ("Hoe heet het konijntje van Dick Bruna?"): a question "Wie ...?" may ask for children.
- **Things**: a river ("de Maas", "de IJssel"), a place after its kind ("in het dorp Polderdam"), a name after a capitalised adjective ("de IJzeren
  Hertog", "Verhuur De Vrolijke Kroon": an epithet or a firm), a name after a neuter or indefinite
  article ("Het Wilhelmus", "een Roos van de maand": a person takes neither).

Never when the text ties the name to the school: a title before it ("juf", "opa"), a relation
of the writer's or reader's own ("mijn zusje Fenna"; not "zijn zoon Maurits"), school context beside it ("(groep 6)"), or, in a story, a verb of reading or
presenting after it ("Fenna las het boek"), and not the maker of the story ("Het verhaal van Yara gaat over
haar opa": `not_persons` tells a published author from a pupil). Each check reads one line and runs only for a name
found, so it costs nothing on a text without names.
"""

from __future__ import annotations

import bisect
import functools
import re

from screener.text import vocabulary
from screener.text.lexicons import OWN_DATA, Lexicons
from screener.text.not_persons import demonyms, public_roles, school_context
from screener.text.tokens import Tokens as Doc
from screener.text.tokens import title_case

# a year standing alone, not a part of a longer number ("1058.82.775", "NL93 TRIO 0079 1588 03", "1.391 km",
# the last group of a phone number "06 8452 1397")
HISTORY_YEAR = re.compile(r"(?<![\d.,:/€+-])(?<!€ )(?<!\d[ \t])\b(?:1[0-8]\d\d|(19[0-3]\d|194[0-5]))\b(?![.,:/]?\d)(?![ \t]+\d)")
# a year of the twentieth century is history only beside the war ("sinds 1928" is no history lesson)
WAR = re.compile(r"\b(?:\w*oorlog\w*|bezetting|bezetter\w*|verzet\w*|onderduik\w*|ondergedoken|bevrijd\w*|"
                 r"jodenvervolging|concentratiekamp\w*|nazi\w*|achterhuis|holocaust)\b", re.IGNORECASE)
CENTURY = re.compile(
    r"\b(?:\d{1,2}(?:e|de|ste)|eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|"
    r"twaalfde|dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende)\s+eeuw\b|"
    r"\bmiddeleeuw\w*|\beeuwen\s+geleden\b|\b(?:voor|na)\s+christus\b|\bv\.\s?chr\.",
    re.IGNORECASE,
)
CENTURY_WORDS = ("eeuw", "christus", "chr.")  # what CENTURY cannot match without: a cheap look first
YEAR_LIKE = re.compile(r"1[0-9]{3}")
# titles of rulers, nobles, saints and prophets: the name after them is a historical or public figure
NOBLE_TITLES = {"koning", "koningin", "keizer", "keizerin", "prins", "prinses", "graaf", "gravin", "hertog",
                "hertogin", "markies", "paus", "tsaar", "tsarina", "farao", "sultan", "kalief", "stadhouder",
                "bisschop", "aartsbisschop", "heilige", "profeet", "admiraal", "ridder", "jonkheer"}
# a play on the line: children play the kings and princesses (person_unknown_word.ROLE_CUE's words)
PLAY = re.compile(r"\b(?:musical|toneel\w*|voorstelling|kerstspel|rol(?:len)?|speelt|spelen|speelde\w*|gespeeld|"
                  r"verkle\w*|optreden|opvoering|cast|sprookje\w*)\b", re.IGNORECASE)
# a ruler's number: not I, V or X alone ("Sanne V." is an initial)
REGNAL = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII)")
# a line that tells what a book or story is about: it names one (a word of STORY_WORDS) and says so (STORY_CUE)
STORY_WORDS = ("boek", "verha", "bijbel", "koran", "thora", "profe", "apostel", "sprookje", "strip", "legende", "myth",
               "roman", "personage", "hoofdperso", "film", "serie", "voorstelling", "toneelstuk", "theaterstuk",
               "musical")
LINE_BREAK = re.compile("\n")
# "2-1", "3 - 0"; not a date or a time, nor the start of a phone number ("06 - 41 30 29 85")
SCORE = re.compile(r"(?<![\d.:/-])\d{1,2}\s?-\s?\d{1,2}(?![\d.:/-]|[ \t]\d)")
STORY_CUE = re.compile(
    r"\bgaat\s+over\b|\bging\s+over\b|\bhoort\s+bij\b|\bpersonage|\bhoofdperso|"
    r"\b(?:in|uit)\s+(?:het|dit|dat|deze|de|een|ons|onze)\s+(?:(?:voor)?lees)?(?:boek|boekje|verhaal|sprookje|deel|"
    r"strip|legende|mythe|prentenboek|bijbel|koran|thora)\b|\bprofeten\b|\bprofeet\b|\bapostel(?:en)?\b",
    re.IGNORECASE,
)
STORY_CUE_LOWER = re.compile(STORY_CUE.pattern)  # on a lower-cased line: faster than IGNORECASE
# a verb of reading, presenting or asking after a name on a story's line: the child read the book, asked its author
READS = {"las", "lazen", "leest", "lezen", "vertelde", "vertelden", "presenteerde", "presenteerden", "koos", "kozen",
         "won", "wonnen", "tekende", "tekenden", "schreef", "schreven", "maakte", "maakten", "vond", "vonden",
         "heeft", "hebben", "mocht", "mochten", "vroeg", "vroegen", "bedacht", "bedachten"}
OPTION_BEFORE = re.compile(r"(?<!\S)[a-dA-D]\)\s*(?:de\s+|het\s+)?$")
OPTION_REACH = 12  # characters before a name that hold its option's letter: "b) de "
OPTION_LINE = re.compile(r"^\s*[a-dA-D]\)\s")
QUESTION_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s*")
WHO = re.compile(r"^(?:wie|wiens|van\s+wie|met\s+wie|bij\s+wie|aan\s+wie|voor\s+wie)\b", re.IGNORECASE)
RIVERS = {"Maas", "IJssel", "Rijn", "Waal", "Schelde", "Amstel", "Vecht", "Lek", "Dinkel", "Regge", "Berkel",
          "Linge", "Dommel", "Zaan", "Spaarne", "Donau", "Nijl", "Theems", "Seine", "Elbe", "Moezel", "Eems",
          "Gouwe", "Hunze", "Drentsche Aa", "Oude IJssel", "Nederrijn", "Merwede", "Roer", "Geul"}
ADJECTIVE_ENDS = ("e", "en")  # "Vrolijke", "IJzeren", "Zwijgende"
THEIR = {"zijn", "haar", "hun", "diens", "wiens"}  # "zijn broer Cornelis": a relation of the person history tells of
OWN = {"mijn", "m'n", "onze", "ons", "jouw", "je", "uw", "jullie"}  # "mijn zusje Fenna"; not "zijn zoon Maurits"
PLACE_NOUNS = {"dorp", "dorpje", "stad", "stadje", "gehucht", "eiland", "rivier", "planeet", "provincie", "regio",
               "landstreek", "hoofdstad", "koninkrijk", "rijk", "vesting"}
ARTICLES_BEFORE_EPITHET = {"de", "het", "een"}
COPULAS = {"is", "was", "zijn", "waren", "ben", "bent", "wordt", "werd", "blijkt", "bleek", "dat", "als", "of"}
THING_ARTICLES = {"het", "een"}  # "Het Wilhelmus", "een Roos van de maand": no person takes them
# the words before a name that `ruler`, `a_thing` or `answer_option` look at
WORDS_BEFORE = NOBLE_TITLES | PLACE_NOUNS | THING_ARTICLES | ARTICLES_BEFORE_EPITHET | {"van", ")"}


def _line_facts(doc: Doc, start: int) -> tuple[int, bool, bool, bool]:
    """(offset, history, story, dash) of the line token `start` stands on (a paragraph, once wrapped prose
    is unwrapped): does it tell history (`history_line`), does it name a book or story and say what it is
    about, does it hold a dash (a match's score may stand there)? Read once per line."""
    text = doc.text
    breaks = doc.__dict__.get("line_breaks")
    if breaks is None:
        breaks = doc.__dict__["line_breaks"] = [m.start() for m in LINE_BREAK.finditer(text)]
    k = bisect.bisect_left(breaks, doc[start].idx)
    line_start = breaks[k - 1] + 1 if k else 0
    facts = doc.__dict__.setdefault("line_facts", {})
    known = facts.get(line_start)
    if known is None:
        line = text[line_start:breaks[k] if k < len(breaks) else len(text)]
        low = line.lower()
        story = any(map(low.__contains__, STORY_WORDS)) and STORY_CUE_LOWER.search(low) is not None
        known = facts[line_start] = (history_line(line, low), story, "-" in line)
    return line_start, known[0], known[1], known[2]


def _line_text(doc: Doc, line_start: int) -> str:
    end = doc.text.find("\n", line_start)
    return doc.text[line_start:end if end >= 0 else len(doc.text)]


def tied_to_school(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """A title, a relation or school context ties the name to the school: "juf Elsa", "mijn zusje Fenna",
    "Maurits (groep 6)"."""
    if doc[start].lower_.rstrip(".") in lex.titles:
        return True
    before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
    if before in lex.titles or (before in lex.relations and start > 1 and doc[start - 2].lower_ in OWN):
        return True
    return school_context.pupil_beside(doc, start, end)


def ruler(doc: Doc, start: int, end: int, line: str) -> bool:
    """A ruler's number after the name ("Filips II"), a noble title before it ("Koning Filips") or a noble
    title's territory ("de hertog van Alva"); not on a line about a play, where children play kings and
    princesses ("In de musical speelt Daan koning Arthur")."""
    if end < len(doc) and REGNAL.fullmatch(doc[end].text) and doc[end - 1].whitespace_ == " ":
        return True  # "Filips II", "Willem III"
    before = doc[start - 1].lower_ if start > 0 else ""
    titled = before in NOBLE_TITLES or (doc[start].lower_ == "van" and before in NOBLE_TITLES) \
        or (before == "van" and start > 1 and doc[start - 2].lower_ in NOBLE_TITLES)  # "de graaf van Holland"
    return titled and not PLAY.search(line)


def history_line(line: str, low: str | None = None) -> bool:
    """A year before 1900 or a century on the line, or a year up to 1945 beside the war."""
    low = line.lower() if low is None else low
    if any(map(low.__contains__, CENTURY_WORDS)) and CENTURY.search(low):
        return True
    year = HISTORY_YEAR.search(line) if YEAR_LIKE.search(line) else None
    while year:
        if not year.group(1) or WAR.search(line):
            return True
        year = HISTORY_YEAR.search(line, year.end())
    return False


def history_sentence(doc: Doc, start: int, end: int, line_start: int, lex: Lexicons) -> bool:
    """On a line of history, is the name at tokens [start, end) one of its historical persons? A full name or a
    name no first-name list has is, anywhere on the line ("Joseph Swan was net zo vroeg"); a first name alone when
    its own sentence tells history ("In 1584 werd Willem ... vermoord"; a year up to 1945 with the war anywhere on
    the line), when the line has named it so before ("Johan de Witt werd vermoord. Johan was ...") or when it
    follows a relation of his ("Ook zijn broer Cornelis werd gedood"); not the pupils of the line's other sentences
    ("In 1817 werd de school gebouwd. Fenna en Daan zochten uit ...")."""
    words = {doc[k].text for k in range(start, end) if title_case(doc[k].text)}
    named = doc.__dict__.setdefault("history_words", {}).setdefault(line_start, set())
    if end - start > 1 or doc[start].text not in lex.first_names:
        named |= words
        return True
    before, after = school_context.sentence_around(doc, start, end)
    sentence = before + doc[start].text + after
    if history_line(sentence) or (HISTORY_YEAR.search(sentence) and WAR.search(_line_text(doc, line_start))):
        named |= words
        return True
    return words <= named or (start > 1 and doc[start - 1].lower_ in lex.relations and doc[start - 2].lower_ in THEIR)


def in_a_story(doc: Doc, start: int, end: int) -> bool:
    """A character in a sentence that tells what a book or story is about (on a line that names one, see
    `_line_facts`), unless a child reads it ("Fenna en Daan lazen ...") or made it."""
    before, after = school_context.sentence_around(doc, start, end)
    if STORY_CUE.search(before) is None and STORY_CUE.search(after) is None:
        return False  # "... net als in het boek. Milan durfde eerst niet": a child, after the story's sentence
    if public_roles.WORK_BEFORE.search(before) or public_roles.MEDIA_BEFORE.search(before) \
            or (start > 0 and doc[start - 1].lower_ == "door"):
        return False  # "Het verhaal van Yara El Idrissi gaat over haar opa": its maker (not_persons judges makers)
    if school_context.PUPIL_WORK.search(before) or school_context.PUPIL_WORK.search(after):
        return False  # "Het boekverslag door Lucas Smit ging over Kruimeltje": a pupil's work
    k = end
    while k < len(doc) and k < end + 3 and (doc[k].lower_ in {"en", ","} or title_case(doc[k].text)):
        k += 1  # "Fenna en Daan lazen"
    return not (k < len(doc) and doc[k].lower_ in READS)


def answer_option(doc: Doc, start: int, line_start: int) -> bool:
    """A quiz's answer option ("a) Amerigo  b) Ozosnel") under a question that asks what, not who."""
    at = doc[start].idx
    if not OPTION_BEFORE.search(doc.text, max(line_start, at - OPTION_REACH), at):
        return False
    text = doc.text
    at = line_start - 1
    while at > 0:  # the question: the nearest line above that is no option line
        above_start = text.rfind("\n", 0, at) + 1
        above = text[above_start:at]
        if above.strip() and not OPTION_LINE.match(above):
            question = QUESTION_NUMBER.sub("", above.strip())
            return question.endswith("?") and not WHO.match(question)
        at = above_start - 1
    return False


def a_thing(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """A river ("de Maas"), a place after its kind ("het dorp Polderdam"), an epithet or a firm after a
    capitalised adjective ("de IJzeren Hertog", "De Vrolijke Kroon"), a name after "het" or "een" ("Het
    Wilhelmus", "een Roos van de maand")."""
    words = doc.span_text(start, end).split()
    if words and words[0].lower() == "de":
        words = words[1:]
    if " ".join(words) in RIVERS and (doc[start].lower_ == "de" or (start > 0 and doc[start - 1].lower_ == "de")):
        return True
    if start < 1:
        return False
    before = doc[start - 1]
    if before.lower_ in PLACE_NOUNS:
        return True  # "in het dorp Polderdam", "de stad Amiens"
    if before.lower_ in THING_ARTICLES and end - start <= 2 and "\n" not in before.whitespace_ \
            and (start < 2 or doc[start - 2].lower_ not in COPULAS):
        return True  # not "is het Mickael zelf": "het" the pronoun
    return _epithet(doc, start - 1, lex) or (end - start >= 2 and _epithet(doc, start, lex))


def _epithet(doc: Doc, k: int, lex: Lexicons) -> bool:
    """Is token k a capitalised adjective after an article, opening a name ("de IJzeren Hertog", "De Vrolijke
    Kroon", "de Zwijgende Bakker", a town's: "de Rotterdamse Kuip")? No person's name opens with an adjective."""
    word = doc[k]
    return (k >= 1 and title_case(word.text) and word.whitespace_ == " "
            and doc[k - 1].lower_ in ARTICLES_BEFORE_EPITHET and word.lower_.endswith(ADJECTIVE_ENDS)
            and (vocabulary.is_dutch_word(word.lower_) or _present_participle(word.lower_)
                 or demonyms.is_demonym(word.text, lex))  # "de Rotterdamse Kuip"
            and word.text not in lex.first_names
            and word.text not in lex.surnames and word.lower_ not in lex.titles)


def no_person_here(doc: Doc, start: int, end: int, lex: Lexicons) -> bool:
    """Is the person found at tokens [start, end) historical, a character, an answer option or a thing
    (see the module's docstring)? The cheap signs first; what ties the name to the school only after one."""
    return bool(why_no_person(doc, start, end, lex))


def why_no_person(doc: Doc, start: int, end: int, lex: Lexicons) -> str:
    """The reason `no_person_here` gives: "history", "story", "match" (a person of the public record: the
    draft means the same person wherever it names him), "thing", "option", or "" for a person."""
    line_start, history, story, dash = _line_facts(doc, start)
    full_name = end - start >= 2
    if not (history or story or (dash and full_name) or _sign_beside(doc, start, end)):
        return ""  # the common case: a name on a line of no history, story or match, with nothing odd beside it
    if history:
        history = history_sentence(doc, start, end, line_start, lex)  # not a pupil in the line's other sentences
    if history or ruler(doc, start, end, _line_text(doc, line_start)):
        reason = "history"
    elif story and in_a_story(doc, start, end):
        reason = "story"
    elif dash and full_name and professional_match(doc, line_start):
        reason = "match"
    elif a_thing(doc, start, end, lex):
        reason = "thing"
    elif answer_option(doc, start, line_start):
        reason = "option"
    else:
        return ""
    return "" if tied_to_school(doc, start, end, lex) else reason


def professional_match(doc: Doc, line_start: int) -> bool:
    """Does the line at line_start, which gives a score, name a club the lists know ("Go Ahead Eagles won met
    2-1 van Heracles ... Oliver Edvardsen scoorde")? Then a full name on it is a professional player or
    trainer in his public role. A school team's match names no listed club ("tegen de Sint Jozefschool werd
    het 2-1"). Read once per line."""
    clubs = doc.__dict__.setdefault("club_lines", {})
    known = clubs.get(line_start)
    if known is None:
        text = doc.text
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        known = clubs[line_start] = SCORE.search(text, line_start, line_end) is not None \
            and _clubs().search(text, line_start, line_end) is not None
    return known


@functools.cache
def _clubs() -> re.Pattern:
    """The sports clubs of `data/organisations.txt` (its section "Sports clubs and organisations") as one
    pattern of whole words."""
    clubs, inside = [], False
    for line in (OWN_DATA / "organisations.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            inside = line.lower().startswith("# sports clubs")
        elif inside and line.strip():
            clubs.append(re.escape(line.strip()))
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(clubs, key=len, reverse=True)) + r")(?!\w)")


def _sign_beside(doc: Doc, start: int, end: int) -> bool:
    """What `ruler`, `a_thing` and `answer_option` cannot do without, in one cheap look at the tokens around
    the name: a word before it of theirs ("koning", "van", "het", "dorp", an option's bracket), a capitalised
    word ending like an adjective before it or opening it ("De Vrolijke Kroon", "de Zwijgende Bakker"), a
    ruler's number after it, or a span that opens with "de" or "van"."""
    if start > 0:
        before = doc[start - 1]
        if before.lower_ in WORDS_BEFORE or (before.lower_.endswith(ADJECTIVE_ENDS) and title_case(before.text)):
            return True
    if end < len(doc) and REGNAL.fullmatch(doc[end].text):
        return True
    first = doc[start]
    return end - start >= 2 and (first.lower_ in {"de", "van"} or (first.lower_.endswith(ADJECTIVE_ENDS)
                                                                    and title_case(first.text)))


def draft_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the draft around text[start:end] starts and ends: drafts screened together are joined by a NUL
    character (`analyzer.SEPARATOR`)."""
    last = text.find("\x00", end)
    return text.rfind("\x00", 0, start) + 1, len(text) if last < 0 else last


def draft_start(doc: Doc, k: int) -> int:
    """Where the draft of token k starts (`draft_bounds`)."""
    return draft_bounds(doc.text, doc[k].idx, doc[k].idx)[0]


def named_words(doc: Doc, start: int, end: int, lex: Lexicons) -> set[tuple[int, str]]:
    """The words of a name `why_no_person` gave a reason for that no first-name list has, with their draft
    ("Achnetoth", "Edvardsen"): a first name alone elsewhere may be a child's ("Anne", "Fleur")."""
    draft = draft_start(doc, start)
    return {(draft, doc[k].text) for k in range(start, end)
            if title_case(doc[k].text) and doc[k].text not in lex.first_names}


def named_elsewhere(doc: Doc, start: int, end: int, named: set[tuple[int, str]]) -> bool:
    """Is the name at [start, end) made only of words that no first-name list has and that the same draft
    names as a historical, fictional or professional person elsewhere ("Achnetoth" in the title line of a
    review whose story names him, "Edvardsen" after "Oliver Edvardsen scoorde")?"""
    draft = draft_start(doc, start)
    words = [doc[k].text for k in range(start, end) if title_case(doc[k].text)]
    return bool(words) and all((draft, w) in named for w in words)


def _present_participle(low: str) -> bool:
    """"zwijgende", "vliegende": a verb's present participle (the vocabulary lists the verb)."""
    return low.endswith("ende") and len(low) > 6 and vocabulary.is_lower_case_word(low[:-4] + "en")
