"""A capitalised word the post uses as a word, not as anyone's name: a word it explains ("Luna is Latijn voor
maan", "Nova betekent nieuw", "Sol staat voor zon"), an ordinary word alone on a heading's line ("##
Avontuur", "Gezonde Lunch Week"), an ordinary word in lower case on a Markdown heading ("## Bij brand of ontruiming"), an ordinary compound or participle opening a line ("Penvrienden groep 6 -
...", "Lichtjesslinger van groep 6", "Geëxporteerd op 19-03"; the word list lacks their plural or inflected
forms) and a word heading a web page's table column ("Zaal", "Rol" in a first row of
ordinary words: "Zaal | Groepen | Film"; a row of children's names has names in it), and a numbered label opening a line
("Bak 1 – groenten"). A first name the lists know stays a name on a heading ("Juf Roos Neemt
Afscheid", "Sem's verjaardag") and a child's name is not explained ("Daan betekent veel voor de klas")."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from screener.text import vocabulary
from screener.text.not_persons.school_context import token_index

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked


# what explains the word before it: "betekent nieuw", "is Latijn voor maan", "is het Engelse woord voor", "staat voor"
GLOSS_AFTER = re.compile(
    r"[ \t]+(?:betekent(?![ \t]+(?:veel|alles|zoveel|niets|weinig|heel)\b)|betekende|staat[ \t]+voor|"
    r"is[ \t]+(?:het[ \t]+|een[ \t]+)?(?:Latijn|Grieks|Engels|Frans|Duits|Spaans|Italiaans|Arabisch|Turks|Chinees|"
    r"Japans|Hebreeuws|Sanskriet|Fries|Pools|Portugees|Russisch)\w*(?:[ \t]+woord)?[ \t]+voor)\b")
GLOSSED = re.compile(r"[A-ZÀ-Ý][^\W\d_]+(?=" + GLOSS_AFTER.pattern + ")")
GLOSS_OPENERS = {".", ":", "-", "*", "•"}  # what may stand right before an explained word: "- Nova betekent nieuw"
HEADING_MAX = 60  # characters of a heading's line
HEADING_WORDS = 6
SMALL_WORDS = {"de", "het", "een", "en", "van", "voor", "in", "op", "met", "aan", "bij", "uit", "naar", "of", "&", "-", "–"}


def block_words_as_words(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """Mark the explained words and the ordinary words of headings (see the module's docstring)."""
    text = doc.text
    candidates = [m.start() for m in GLOSSED.finditer(text)]  # a text's few explanations and short lines, not each word
    at = 0
    line_starts = []
    for line in text.split("\n"):
        if 0 < len(line) <= HEADING_MAX + 4 and line.strip():
            candidates.append(at + len(line) - len(line.lstrip()))
        if len(line) - len(line.lstrip()) < len(line) and line.lstrip()[:1].isupper():
            line_starts.append(at + len(line) - len(line.lstrip()))
        at += len(line) + 1
    if not candidates and not line_starts:
        return
    starts = [t.idx for t in doc]
    for char in line_starts:  # "Penvrienden groep 6": the line's first word, whatever the line's length
        i = token_index(starts, char)
        if 0 <= i < len(doc) and doc[i].idx == char and not blocked.tokens[i] and (
                _ordinary_opening(doc[i].text, lex) or _numbered_label(doc, i, lex)):
            blocked.tokens[i] = True
    for match in CAPITAL_GE.finditer(text):  # "... KBS De Wingerd Geëxporteerd op": a wrapped line's participle
        i = token_index(starts, match.start())
        if doc[i].idx == match.start() and doc[i].text == match.group() and not blocked.tokens[i] \
                and _participle(doc[i].text, lex):
            blocked.tokens[i] = True
    for char in sorted(set(candidates)):
        i = token_index(starts, char)
        line_end = text.find("\n", char)
        while 0 <= i < len(doc) and (line_end < 0 or doc[i].idx < line_end):
            _judge(doc, i, blocked, lex)
            i += 1


def _judge(doc, i: int, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    token = doc[i]
    word = token.text
    if word.islower() and word.isalpha() and len(word) >= 4 and word not in lex.interfixes and not blocked.tokens[i] \
            and vocabulary.is_lower_case_word(word) \
            and word.rstrip(".") not in lex.titles and not (i > 0 and doc[i - 1].lower_.rstrip(".") in lex.titles) \
            and _lower_case_heading(doc, i):
        blocked.tokens[i] = True  # "## Bij brand of ontruiming": an ordinary word of a heading; not "## Dag juf roos"
        # nor a surname's particle ("van", "de", "ter": a page's hidden line may name "Sanne de Vries")
        return
    if not word[:1].isupper() or not word.isalpha() or blocked.tokens[i]:
        return
    if GLOSS_AFTER.match(doc.text, token.idx + len(word)) and (
            i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_ or doc[i - 1].text in GLOSS_OPENERS):
        blocked.tokens[i] = True  # "Luna is Latijn voor maan": a word opening its explanation
    elif word not in lex.first_names and (vocabulary.is_lower_case_word(word) or _plural_of_a_word(word)) and (
            _on_a_heading(doc, i, lex) or _in_a_header_row(doc.text, token.idx, lex)):
        blocked.tokens[i] = True  # "## Avontuur", "Gezonde Lunch Week", "Zaal" over a column of rooms


HEADER_CELL_WORDS = 3  # words of a header cell: "Gespeeld door", "Naam van de film"
HEADER_ROW_CELLS = 2  # cells at least in a header row
PARTICIPLE = re.compile(r"ge[a-z]{3,}[dt]")  # "Gespeeld door", "Gemaakt": the word list lacks participles
HEADER_SMALL_WORDS = SMALL_WORDS | {"door", "wie", "wat", "waar", "wanneer", "hoe"}  # "Gespeeld door", "Wie"


def _in_a_header_row(text: str, at: int, lex: Lexicons) -> bool:
    """Is the word at `at` alone in a cell of an HTML table's row (cells handed over one to a line between
    blank lines) whose cells are all short and of ordinary words ("Zaal", "Groepen", "Gespeeld door")?"""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    if line_end < 0 or not text.startswith("\n\n", line_start - 2) or not text.startswith("\n\n", line_end):
        return False  # the quick way out: not a line between blank lines
    cells = [text[line_start:line_end].strip()]
    for step in (-1, 1):  # the row's other cells: lines that follow one another with one blank line between
        start, end = line_start, line_end
        while True:
            if step < 0:
                if not text.startswith("\n\n", start - 2) or start < 3 or text[start - 3] == "\n":
                    break
                end = start - 2
                start = text.rfind("\n", 0, end) + 1
            else:
                if not text.startswith("\n\n", end) or text[end + 2:end + 3] in {"\n", ""}:
                    break
                start = end + 2
                end = text.find("\n", start)
                if end < 0:
                    end = len(text)
            cell = text[start:end].strip()
            if not cell:
                break
            cells.append(cell)
    if len(cells) < HEADER_ROW_CELLS:
        return False
    for cell in cells:
        words = cell.rstrip(":").split()
        if not words or len(words) > HEADER_CELL_WORDS or not cell[:1].isupper():
            return False
        if any(w in lex.first_names or not (w.lower() in HEADER_SMALL_WORDS or vocabulary.is_lower_case_word(w.lower())
                                            or PARTICIPLE.fullmatch(w.lower())) for w in words):
            return False  # "Sem", "Lokaal 4", "1/2": a row of the table's body, or of names
    return True


def _on_a_heading(doc, i: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """Is token i on a heading's line: a short line alone, without a sentence's end inside, of one word or of
    capitalised words (small words between them: "Sint Bezoekt Onze School", "Feest in de Klas"), none of them a
    first name or a title ("Juf Visser")?"""
    text = doc.text
    at = doc[i].idx
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip(" \t#*_")
    if "   " in line or "|" in line:
        return False  # a table's row, its bars blanked or not
    if not line or len(line) > HEADING_MAX or re.search(r"[.!?,;:]\s", line + " ") and not line.endswith((":",)):
        return False
    words = line.rstrip(":").split()
    if len(words) > HEADING_WORDS:
        return False
    if any(w in lex.first_names or w.lower().rstrip(".") in lex.titles for w in words):
        return False  # "Juf Visser", "Sanne Bakker": a heading or sign-off that names a person
    if len(words) == 1:  # "## Avontuur" under its marks; a word alone on a plain line may sign a message ("Visser")
        return _marked_heading(text, line_start, line_end)
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    plain = [w for w in content if w not in lex.surnames and w not in lex.places and w not in lex.world_places]
    # "Gezonde Lunch Week", "Sint Bezoekt Onze School"; not "Van Der Sluis", "Voornaam Visser": a name on its own line
    return len(content) >= 3 and all(w[:1].isupper() for w in content) and len(plain) >= 2


def _lower_case_heading(doc, i: int) -> bool:  # noqa: ANN001
    """Is token i on a Markdown heading's line ("## Bij brand of ontruiming") that holds no sentence's end?"""
    text = doc.text
    at = doc[i].idx
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(line) <= HEADING_MAX + 4 and not re.search(r"[.!?]\s", line) and _marked_heading(text, line_start, line_end)


def _plural_of_a_word(word: str) -> bool:
    """"Vogels", "Bomen": the plural of a common noun, which the word list lacks."""
    low = word.lower()
    return any(low.endswith(p) and len(low) - len(p) >= PART_MIN and vocabulary.is_lower_case_word(low[:-len(p)])
               for p in PLURALS)


def _marked_heading(text: str, line_start: int, line_end: int) -> bool:
    """Is the line a Markdown heading ("## Avontuur": its marks blanked to three spaces or more, or kept in a
    plain text) between blank lines?"""
    opening = text[line_start:line_start + 4]
    if not (opening.startswith("#") or opening.startswith("   ")):
        return False
    before = text[max(0, line_start - 2):line_start]
    after = text[line_end:line_end + 2] if line_end >= 0 else ""
    if opening.startswith(("#", "   ")) and (line_start == 0 or before == "\n\n") and after[:1] in {"", "\n"}:
        return True  # "### Vogels" right over its paragraph: the marks say it is a heading
    return (line_start == 0 or before == "\n\n") and after in {"", "\n", "\n\n"} and (after != "\n" or line_end + 1 == len(text))


COMPOUND_MIN = 9  # letters of a compound opening a line: "Penvrienden"; a name is seldom so long and no compound
PART_MIN = 3  # letters of each part: "pen" + "vrienden"
PLURALS = ("en", "s", "'s")
LINKS = ("jes", "tjes", "s", "en", "")  # what joins a compound's head: "lichtjes|slinger", "kinderen|feest"
# where a capitalised participle may stand: "Geëxporteerd", "Afgedrukt"
CAPITAL_GE = re.compile(r"(?<!\w)(?:Ge[^\W\d_]{6,}|(?:Af|Op|Uit|Aan|In|Mee|Door|Over|Terug|Weg|Toe|Bij|Na|Om|Samen|"
                        r"Vast|Los)ge[^\W\d_]{4,})(?!\w)")
PARTICIPLE_OPENING = re.compile(r"ge([^\W\d_]{4,})[dt]")  # "Geëxporteerd", "Gewonnen" is listed
# the particle of a separable verb before "ge": "Afgedrukt" (afdrukken), "Opgeslagen", "Bijgewerkt"
SEPARABLE_PARTICIPLE = re.compile(r"(af|op|uit|aan|in|mee|door|over|terug|weg|toe|bij|na|om|samen|vast|los)"
                                  r"ge([^\W\d_]{3,})[dt]")


def _participle(word: str, lex: Lexicons) -> bool:
    """"Geëxporteerd" (exporteren), "Gedownload" (downloaden), "Afgedrukt" (afdrukken): a capitalised past participle
    of a listed verb, which no name is; the word list lacks participles."""
    if not word.isalpha() or not word[1:].islower() or word in lex.first_names or word in lex.surnames:
        return False
    low = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    separable = SEPARABLE_PARTICIPLE.fullmatch(low)
    if separable is not None:  # "afgedrukt": af + drukken, the stem's last consonant doubled or not
        particle, stem = separable.groups()
        return any(vocabulary.is_lower_case_word(particle + form + "en") for form in (stem, stem + stem[-1]))
    participle = PARTICIPLE_OPENING.fullmatch(low)
    if participle is None:
        return False
    stem = participle.group(1)  # "exporteer": exporteren, with the doubled vowel made single
    undoubled = stem[:-3] + stem[-2:] if len(stem) > 3 and stem[-2] == stem[-3] and stem[-2] in "aeou" else stem
    return any(vocabulary.is_lower_case_word(form + "en") for form in (stem, undoubled, low[2:]))


LABEL_ENDS = {"–", "—", "-", ":", "."}  # after a numbered label: "Bak 1 – groenten", "Ronde 5: ..."


def _numbered_label(doc, i: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """"Bak 1 – groenten", "Tafel 3: rekenen", "Ronde 5": an ordinary word and a number opening a line label an
    item (a surname alone does not open a line with a number), unless a name follows the dash ("Bakker 7 – Visser
    5", a score) or the word is a first name ("Sem 1 – ...")."""
    word = doc[i].text
    if i + 2 >= len(doc) or doc[i].whitespace_ != " " or not doc[i + 1].text[:1].isdigit() or len(doc[i + 1].text) > 3 \
            or word in lex.first_names or not vocabulary.is_lower_case_word(word):
        return False
    after = doc[i + 2]
    if "\n" in doc[i + 1].whitespace_ or after.is_space:
        return True  # "Ronde 5" alone on its line
    if after.text not in LABEL_ENDS:
        return False
    k = i + 3
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    return k >= len(doc) or not (doc[k].text in lex.surnames or doc[k].text in lex.first_names)


def _ordinary_opening(word: str, lex: Lexicons) -> bool:
    """Is a capitalised word opening a line an ordinary compound in its plural ("Penvrienden": pen + vriend) or
    with a head made small ("Lichtjesslinger": lichtje(s) + slinger), or a past participle ("Geëxporteerd" of
    exporteren)? Not a word the name or place lists know ("Roosmarijn", "Geert", "Molenlanden")."""
    if len(word) < COMPOUND_MIN - 1 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower() \
            or word in lex.first_names or word in lex.surnames or word in lex.places or word in lex.world_places:
        return False  # "Molenlanden" is a town
    if _participle(word, lex):
        return True
    low = word.lower()
    if len(low) < COMPOUND_MIN:
        return False
    forms = [low] + [low[:-len(p)] for p in PLURALS if low.endswith(p)]
    for form in forms:
        for split in range(PART_MIN, len(form) - PART_MIN - 1):
            head, tail = form[:split], form[split:]
            if not vocabulary.is_lower_case_word(tail):
                continue
            if any(head.endswith(link) and len(head) - len(link) >= PART_MIN
                   and vocabulary.is_lower_case_word(head[:len(head) - len(link)] if link else head) for link in LINKS):
                return True
            if head.endswith("jes") and vocabulary.is_lower_case_word(head[:-3]):
                return True
    return False
