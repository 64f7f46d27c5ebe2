"""Ordinary words of an English or German text are no names. A Dutch school's newsletter for expat parents
writes "Dear Parents", "Welcome back after the Autumn Break", headings in title case ("Upcoming Events"),
days and months ("Thursday 16 October") and "Kind regards"; an exchange with a partner school in Germany
writes "Im März besuchen die Klassen 7 und 8 ...", "Angaben zur Gastfamilie", "Mit freundlichen Grüßen",
and German capitalises every noun. The Dutch lists know none of those words, so each capital would look
like a name no list knows.

A paragraph's language is told by its small words ("the", "and", "you", "will" for English; "und", "ist",
"nicht", "wir", "für" for German) outnumbering Dutch ones ("de", "het", "een", "en"); a paragraph with too
few of them (a heading, "Dear Parents,", a sign-off) is in the language of its draft. In a Dutch paragraph, a
line or sentence with German small words of its own is German (a song's line or a greeting quoted in a Dutch
post: "Hejo, spann den Wagen an, denn der Wind ...").

- English paragraphs: a capitalised word that English uses often (the word frequencies of pyspellchecker's
  English dictionary) is blocked, unless it is a first name the lists know ("Noah from group 5 won"); a
  first name that is also one of the most common English words ("Will", "Hope") only when no school
  context follows it ("Hope (group 3)"). A word in lower case that English uses often is no first name
  typed in lower case either ("Well done": not "Done"). A word after a title ("Mrs Baker", "juf Rose") or
  after a first name ("Tom Baker") is a name still. A month after a word that says when or beside a number ("In
  June", "until May", "April 2026") is the month, though the lists know it as a first name.
- Drafts with German text (a German paragraph, bilingual lines "Vragen / Fragen" and German words in Dutch
  sentences alike): in German, a capital says nothing, so a capitalised word of pyspellchecker's German
  dictionary that is no Dutch word and that the name lists do not know is blocked in every paragraph that
  is not English ("Brötchen", "Austausch", "Laktose"); the host family's "Brinkmann", "Thomas und Katrin
  Brinkmann", "Rosa" and "Frau Hüsing" are names still, and so is a German word after a title or a first
  name ("Frau Koch", "Katrin Fischer"); a month beside a number ("18. Mai 2027") is none, and nor is a surname of
  the lists after an article ("das Wetter"), nor even a listed first name after "im", "am", "zum" ("im Winter").
  A draft with three German nouns or more that have a letter Dutch does not write ("Führung", "Rückfahrt",
  "Krämerstraße": a German programme) is one with German text too. In German text, a word no dictionary knows
  that ends as a lake, a street or a square does ("den Vechtesee", "an der Lindenstraße") is a place, and one of
  two German words joined is a noun ("Lagerfeuer", "Schulgarten"). A word in lower case that German uses often
  is no first name typed in lower case in German text ("an", "denn").
- Elsewhere, a capitalised word that the German dictionary knows and no name list does is a German word in a
  Dutch sentence when it has a letter Dutch does not write (ß, ä, ö, ü: "lunch: Brötchen en hagelslag") or
  stands beside its Dutch translation ("Vragen / Fragen").
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import json
import re
from typing import TYPE_CHECKING

from screener.text import vocabulary

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked

# the small words only English has (not "is", "in", "we", "was", "of", "die", "had": Dutch has them too)
ENGLISH_WORDS = frozenset(
    "the and to you your our for with will please this that from have has are be been would can could should "
    "they their there what when which who on at it its all every after before about into if not do does my by "
    "an or so she his her them these those how why where also just more than then very welcome we're you're "
    "don't can't it's let's".split()
)
# the small words only German has (not "die", "der", "den", "wie", "was", "werden", "is": Dutch has them too)
GERMAN_WORDS = frozenset(
    "und ist sind nicht mit auf für fur zu zum zur im bei nach auch aus ein eine einen einem einer wir ihr ich "
    "sie uns unser unsere unseren euch euer eure dem das wird haben hat sich noch schon sehr bitte oder aber "
    "wenn dass daß ihnen ihre können möchten gibt vom über übers liebe lieber viele vielen grüße denn mein meine "
    "dein deine seine nur doch wieder jetzt heute immer gestern".split()
)
DUTCH_WORDS = frozenset(
    "de het een en van op voor met niet zijn ook dat die je wij ze er naar bij uit aan om als maar nog wel dan "
    "worden wordt jullie ons onze deze dit zich hun kunnen kan moet hebben heeft zal zou graag tot over door "
    "geen veel waar wat jij u uw".split()
)
ENGLISH, GERMAN = "en", "de"
PROFILES = {ENGLISH: ENGLISH_WORDS, GERMAN: GERMAN_WORDS}
SMALL_WORD = re.compile(r"[a-zäöüß]+(?:'[a-z]+)?")
PARAGRAPH = re.compile(r"\n[ \t]*\n")
SENTENCE_END = re.compile(r"\n|(?<=[.!?])[\"”“']?[ \t]+")
DECIDED = 3  # small words a paragraph needs to have a language of its own
DRAFT_FOREIGN = 8  # small words a draft in that language has at least
LINE_GERMAN = 2  # German small words that make a line or sentence of a Dutch paragraph German
DRAFT_GERMAN = 5  # German small words that make a draft one with German text (a bilingual form, a letter)
COMMON = 300  # how often English uses a word (pyspellchecker's counts) for it to be an ordinary word
GERMAN_COMMON = 1000  # how often German uses a word in lower case for it to be no first name typed so ("an", "denn")
VERY_COMMON = 100_000  # ... for a first name that is such a word ("Will", "Hope", "Day") to be one here
ENGLISH_TITLES = {"mr", "mrs", "ms", "miss", "mister", "dr", "sir", "madam", "teacher", "coach", "master"}
GERMAN_TITLES = {"frau", "herr", "herrn", "familie", "fam", "lehrerin", "lehrer", "schüler", "schülerin"}
ENGLISH_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december"}
# what says when before a month: "in June", "until May", "early April"
TIME_WORDS = {"in", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "next", "last", "this",
              "every", "each", "during", "before", "after", "through", "throughout", "end", "beginning", "middle"}
GERMAN_MONTHS = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                 "november", "dezember"}
# a lake, a street or a square abroad: "Vechtesee", "Lindenstraße", "Marktplatz" (not "-berg", "-feld", "-mann":
# surnames end so too)
PLACE_ENDING = re.compile(r"\w{3}(?:see|straße|strasse|gasse|platz|allee|ufer)$")
# what German surnames end with: a compound ending so is no common noun ("Haselhorst", "Schünemann", "Kirchhoff")
SURNAME_TAIL = re.compile(r"^(?:mann|manns|horst|kamp|hoff|hof|berg|feld|meyer|meier|haus|hausen|brink|beck|bach|"
                          r"dorf|burg|heim|stein|wald|rath|land|baum|thal|tal|schein|bauer|müller|schmidt|brock|"
                          r"busch|hagen|kötter|hus|ing|ink|er|ers|e|s)$")
GERMAN_LETTERS = re.compile(r"[äöüß]")
GERMAN_NOUN = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]*[äöüß][a-zäöüß]*\b")  # "Führung", "Rückfahrt"
DRAFT_GERMAN_NOUNS = 3  # such nouns that make a draft one with German text
# the prepositions joined to an article
GERMAN_CONTRACTIONS = {"im", "am", "vom", "zum", "zur", "beim", "ins"}
# the articles and the prepositions joined to one: a capitalised word after them is a noun ("im Winter", "das
# Wetter"), though a list knows it as a surname
GERMAN_ARTICLES = {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "im", "am",
                   "vom", "zum", "zur", "beim", "ins", "kein", "keine", "unser", "unsere", "unseren"}
SCHOOL_AFTER = re.compile(r"^\s*(?:\(\s*)?(?:(?:from|in|of|aus)\s+)?(?:group|grade|class|year|groep|klas|klasse)\s*\d",
                          re.IGNORECASE)


def block_foreign_words(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001 - a Tokens snapshot
    """Block the ordinary English and German words of the draft (see the module's docstring)."""
    text = doc.text
    english = "the " in text or "The " in text  # the quick way out: no English text without "the"
    german = GERMAN_LETTERS.search(text) is not None or " und " in text or " ist " in text or "/" in text
    if not english and not german:
        return
    spans = _language_spans(text)
    k, n = 0, len(doc)
    for start, end, language, german_draft in spans:
        if language == ENGLISH and not english:
            language = ""
        while k < n and doc[k].idx < start:
            k += 1
        while k < n and doc[k].idx < end:
            if not blocked.tokens[k] and doc[k].text.isalpha():
                if language == ENGLISH:
                    blocked.tokens[k] = english_word(doc, k, lex)
                elif language == GERMAN and doc[k].text[:1].islower():
                    blocked.tokens[k] = _common_words(GERMAN).get(doc[k].text, 0) >= GERMAN_COMMON  # "an", "denn"
                elif doc[k].text[:1].isupper() and (language == GERMAN or german_draft
                                                    or GERMAN_LETTERS.search(doc[k].text)
                                                    or _translated(doc, k, lex)):
                    blocked.tokens[k] = _german_word(doc, k, lex, language == GERMAN or (german_draft and not language))
            k += 1


def english_word(doc, k: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """Is the word at k an ordinary English word of an English text, no name (see the module's docstring)?"""
    token, words = doc[k], _common_words(ENGLISH)
    if not token.text[:1].isupper():
        return _count(token.text, words) >= COMMON  # "Well done": no first name in lower case
    count = _count(token.lower_, words)
    if count < COMMON:
        return False
    if _after_title_or_first_name(doc, k, lex, ENGLISH_TITLES) and count < VERY_COMMON:
        return False  # "Mrs Baker", "juf Rose", "Tom Baker"
    if token.lower_ in ENGLISH_MONTHS and _in_time(doc, k):
        return True  # "In June your group", "until May", "April 2026": the month, not April or June
    if token.text in lex.first_names:
        return count >= VERY_COMMON and not school_after(doc, k)
    return True


def _in_time(doc, k: int) -> bool:  # noqa: ANN001
    """Does the word at k follow a word that says when ("in", "until", "early"), or stand beside a number?"""
    return (k > 0 and doc[k - 1].lower_ in TIME_WORDS) or _beside_number(doc, k)


def _german_word(doc, k: int, lex: Lexicons, german_text: bool) -> bool:  # noqa: ANN001
    """Is the capitalised word at k a German word, no name? `german_text`: it stands in German text (or in
    an undecided paragraph of a draft with German text), where a Dutch word, a compound of German words and a
    lake or street are no names either."""
    token = doc[k]
    word = token.text
    if token.lower_ in lex.titles:
        return False  # "Frau Terhorst": the title opens the name
    count = _common_words(GERMAN).get(token.lower_, 0)
    if not count:  # "den Vechtesee", "am Lagerfeuer"; "Brinkmann", "Haselhorst", "Terhorst" are names
        return german_text and word not in lex.surnames and word not in lex.first_names and (
            PLACE_ENDING.search(word) is not None or _german_compound(token.lower_))
    if token.lower_ in GERMAN_MONTHS and _beside_number(doc, k):
        return True  # "18. Mai 2027", "im Mai 2026"
    if _after_title_or_first_name(doc, k, lex, GERMAN_TITLES):
        return False  # "Frau Koch", "Katrin Fischer"
    if german_text and k > 0 and doc[k - 1].lower_ in GERMAN_CONTRACTIONS:
        return True  # "im Winter", "am Freitag": "in dem", "an dem" stand before no person
    if word in lex.first_names or word in lex.folded_first_names:
        return False  # "Thomas und Katrin": a name the lists know stays one
    if word in lex.surnames or word in lex.folded_surnames:
        return german_text and (token.lower_ in GERMAN_ARTICLES or token.lower_ in GERMAN_WORDS
                                or (k > 0 and doc[k - 1].lower_ in GERMAN_ARTICLES))  # "Das", "im Sommer"; not "Müller"
    return german_text or not vocabulary.is_dutch_word(word)  # "bringen Hagelslag mit": Dutch in German text


def _german_compound(word: str) -> bool:
    """Is the word two German words joined ("Lagerfeuer", "Apfelschorle", "Stockbrot"; the first of four
    letters or more, the second of four or more too), the second none that a surname ends with ("Haselhorst", "Vosskamp", "Sonnemann")?"""
    words = _common_words(GERMAN)
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if tail in words and not SURNAME_TAIL.search(tail) and (
                head in words or (head[-1:] == "s" and head[:-1] in words)  # "Geburtstagskuchen"
                or head + "e" in words):  # "Schulgarten"
            return True
    return False


def _translated(doc, k: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """Does the word at k stand beside its Dutch translation, parted by a slash ("Vragen / Fragen", "Anmeldung /
    aanmelding")?"""
    for slash, other in ((k - 1, k - 2), (k + 1, k + 2)):
        if 0 <= other < len(doc) and doc[slash].text == "/" and doc[other].text.isalpha() \
                and vocabulary.is_dutch_word(doc[other].text) and doc[other].text not in lex.first_names:
            return True
    return False


def _after_title_or_first_name(doc, k: int, lex: Lexicons, titles: set[str]) -> bool:  # noqa: ANN001
    if k == 0:
        return False
    before = doc[k - 1]
    low = before.lower_.rstrip(".")
    return low in titles or low in lex.titles or (before.text in lex.first_names and before.text[:1].isupper()
                                                   and before.whitespace_ == " ")


def _beside_number(doc, k: int) -> bool:  # noqa: ANN001
    before = doc[k - 1] if k > 0 else None
    after = doc[k + 1] if k + 1 < len(doc) else None
    return (before is not None and (before.like_num or before.text == "." and k > 1 and doc[k - 2].like_num
                                    or before.lower_ in {"im", "ab", "bis", "anfang", "mitte", "ende"})) \
        or (after is not None and after.like_num)


def school_after(doc, k: int) -> bool:  # noqa: ANN001
    """Does school context follow the word at k ("Hope (group 3)", "Noor uit groep 5")?"""
    token = doc[k]
    after = doc.text[token.idx + len(token.text):token.idx + len(token.text) + 24]
    return SCHOOL_AFTER.match(after) is not None


def english_count(word: str) -> int:
    """How often English uses the word in lower case (0 for a word it uses less than COMMON times)."""
    return _count(word, _common_words(ENGLISH))


def _count(word: str, words: dict[str, int]) -> int:
    """How often English uses the word, or its singular ("Caregivers", "Activities")."""
    count = words.get(word, 0)
    if not count and word.endswith("s") and len(word) > 4:
        count = words.get(word[:-3] + "y", 0) if word.endswith("ies") else words.get(word[:-1], 0)
    return count


def _language_spans(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, language, german_draft) of each paragraph of each draft in `text` (drafts parted by NUL):
    language is "en", "de" or "" (Dutch or undecided); german_draft says whether its draft has German text."""
    spans = []
    draft_start = 0
    for draft in text.split("\x00"):
        paragraphs, pos = [], draft_start
        for part in PARAGRAPH.split(draft):
            start = draft.find(part, pos - draft_start) + draft_start if part else pos
            small = SMALL_WORD.findall(part)
            counts = {language: sum(w in words for w in small) for language, words in PROFILES.items()}
            dutch = sum(w in DUTCH_WORDS for w in small)
            paragraphs.append((start, start + len(part), counts, dutch))
            pos = start + len(part)
        totals = {language: sum(p[2][language] for p in paragraphs) for language in PROFILES}
        dutch_total = sum(p[3] for p in paragraphs)
        draft_language = _language(totals, dutch_total, DRAFT_FOREIGN)
        german_draft = totals[GERMAN] >= DRAFT_GERMAN or any(_language(p[2], p[3], DECIDED) == GERMAN
                                                             for p in paragraphs) or _german_nouns(draft)
        for start, end, counts, dutch in paragraphs:
            if sum(counts.values()) + dutch >= DECIDED:
                language = _language(counts, dutch, 1)
            else:
                language = draft_language
            pieces = [(start, end, language)] if language or not counts[GERMAN] else _german_lines(text, start, end)
            for piece_start, piece_end, piece_language in pieces:
                if piece_language or german_draft or GERMAN_LETTERS.search(text, piece_start, piece_end) \
                        or "/" in text[piece_start:piece_end]:
                    spans.append((piece_start, piece_end, piece_language, german_draft))
        draft_start += len(draft) + 1
    return spans


def _german_nouns(draft: str) -> bool:
    """Does the draft write German nouns with a letter Dutch does not write, DRAFT_GERMAN_NOUNS of them or more (a
    German programme: "Führung durch den Dom", "Rückfahrt", "Krämerstraße")?"""
    if not GERMAN_LETTERS.search(draft):
        return False
    words = _common_words(GERMAN)
    nouns = {word for word in GERMAN_NOUN.findall(draft) if not vocabulary.is_dutch_word(word) and (
        word.lower() in words or PLACE_ENDING.search(word.lower()) or _german_compound(word.lower()))}
    return len(nouns) >= DRAFT_GERMAN_NOUNS


def _german_lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The lines and sentences of a Dutch paragraph, each German when its small words say so: a song's line or a
    quoted greeting in a Dutch post ("Hejo, spann den Wagen an, denn der Wind ...")."""
    pieces, pos = [], start
    for cut in [*SENTENCE_END.finditer(text, start, end), None]:
        stop = cut.start() if cut else end
        small = SMALL_WORD.findall(text, pos, stop)
        german = sum(w in GERMAN_WORDS for w in small)
        dutch = sum(w in DUTCH_WORDS for w in small)
        pieces.append((pos, stop, GERMAN if german >= LINE_GERMAN and german > 2 * dutch else ""))
        pos = cut.end() if cut else end
    return pieces


def _language(counts: dict[str, int], dutch: int, least: int) -> str:
    """The foreign language whose small words outnumber the others and twice the Dutch ones, or ""."""
    language = max(counts, key=counts.get)
    count = counts[language]
    others = sum(counts.values()) - count
    return language if count >= least and count > 2 * dutch and count > 2 * others else ""


@functools.cache
def _common_words(language: str) -> dict[str, int]:
    """pyspellchecker's word counts of a language, loaded once, when a draft has text in it (English: only the
    words English uses often)."""
    data = (importlib.resources.files("spellchecker") / "resources" / f"{language}.json.gz").read_bytes()
    words = json.loads(gzip.decompress(data))
    return {word: count for word, count in words.items() if count >= COMMON} if language == ENGLISH else words
