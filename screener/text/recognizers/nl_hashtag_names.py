"""First names inside hashtags: `#teamMila`, `#dankjewelmeesterTim`, `#bedanktjufsanne`.

A hashtag is no account, but a name in it is published all the same. The name part alone is
reported: a part in capitals after lower case ("#teamMila" -> "Mila") that the first-name list
knows (one that is also a word after "team", "juf", a family word: "#omaRiet", "#mamaVanNoor"), a first name (not also a word) that opens the hashtag before a number or another part
("#Jelte5jaar", "#MilaJarig"), or, in a hashtag typed all in lower case, what follows one of the words people put before
a name ("team", "juf", "meester", "dankjewel", "bedankt", "welkom", ...) when that is a first
name that is not also a common word ("#teammila" -> "mila", "#feestvoorjuflotte" -> "lotte", but
not "#teamroos"), or the whole hashtag when it is such a first name ("#lina"; not "#storm", "#love", nor a character or
brand that is also a first name: "#ronja", "#kika"). A school's or
organisation's hashtag ("#obsdevlinderhof") holds no first name and is left alone. Two first names joined by "en"
("#LisaEnBas", "#NoorAndSem": a couple, a pair of friends) are both reported, also one that is a word ("Bas") beside
one that is not (not "#ZomerEnWinter"), unless the pair is a listed title or character pair ("#BasEnAap"). A word
the draft's text writes out as no person (a pet, a character, a product) is none in its hashtags either ("#helpMoos"
under "Moos is een jack russell"; `screener.text.not_persons.hashtag_repeats`).
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from screener.text import lexicons, lowercase_names, vocabulary
from screener.text.not_persons import hashtag_repeats

HASHTAG = re.compile(r"(?<![\w#&])#(\w{3,})")
CAPITALISED_PART = re.compile(r"(?<=[a-zà-ÿ])[A-ZÀ-Ý][a-zà-ÿ]{2,}")
# a name that opens the hashtag, before a number, another capitalised part or nothing: "#Jelte5jaar", "#MilaJarig"
LEADING_NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{2,}(?=\d|[A-ZÀ-Ý]|$)")
PREFIXES = ("dankjewel", "dankuwel", "bedankt", "dankje", "dank", "team", "juf", "juffrouw", "meester", "welkom",
            "afscheid", "trotsop", "trots", "hoera", "hoi", "liefs", "love", "go", "voor", "jarige", "jarig",
            "gefeliciteerd", "happybirthday", "geslaagd", "kampioen", "kleine", "lieve", "onze", "ons", "mijn", "baby")
# a family word before a name, as grandparents' and aunts' days are tagged: "#omaRiet", "#tanteFatma", "#mamaVanNoor"
# (in camel case only: "#omadag", "#teamopa" hold no name)
KIN = ("opa", "oma", "opi", "omi", "tante", "oom", "mama", "papa", "mam", "pap", "zus", "zusje", "broer", "broertje",
       "neef", "neefje", "nicht", "nichtje")
KIN_PREFIXES = KIN + tuple(kin + "van" for kin in KIN)
# before a child's name only, never a team's or a season's ("#teamVos", "#welkomZomer"): "#trotsopLieve"
PROUD_OF = ("trotsop", "proudof", "gefeliciteerd", "felicitaties")
# two capitalised first names joined by "and" in one of the languages people tag in: "#LisaEnBas", "#SemAndNoor"
JOINED_PAIR = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ]{2,})(?:En|en|And|and|Und|und|Et|et)([A-ZÀ-Ý][a-zà-ÿ]{2,})(?![a-zà-ÿ])")
SCORE = 0.7


class NlHashtagNameRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=["A2-NAAM"], name="NlHashtagNameRecognizer", supported_language="nl")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ANN001 - presidio's signature
        if "A2-NAAM" not in entities or "#" not in text:
            return []
        lex = lexicons.load()
        results = []
        doc = getattr(nlp_artifacts, "tokens", None)
        for tag in HASHTAG.finditer(text):
            for start, end in _names_in(tag.group(1), lex):
                offset = tag.start(1)
                if hashtag_repeats.written_out_as_no_person(text, doc, offset + start, offset + end):
                    continue  # "#helpMoos" under "Moos is een kleine jack russell"
                results.append(RecognizerResult(
                    entity_type="A2-NAAM", start=offset + start, end=offset + end, score=SCORE,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
                ))
        return results


def _names_in(tag: str, lex: lexicons.Lexicons) -> list[tuple[int, int]]:
    """Offsets of first names inside a hashtag's word (without '#')."""
    pair = _joined_pair(tag, lex)
    if pair:
        return pair
    parts = []
    for m in CAPITALISED_PART.finditer(tag):
        after_prefix = tag[: m.start()].lower().endswith(PREFIXES + KIN_PREFIXES)
        if _name(m.group(), lex, after_prefix=after_prefix) or (
                tag[: m.start()].lower().endswith(PROUD_OF) and _word_name(m.group(), lex)):
            parts.append((m.start(), m.end()))
        elif after_prefix and not vocabulary.is_dutch_word(m.group()) and not vocabulary.is_compound(m.group()):
            # "#jufNoorgaattrouwen": the name, then the rest of the sentence in lower case; not "#meesterBasisschool"
            cut = next((k for k in range(len(m.group()) - 3, 2, -1) if _name(m.group()[:k], lex, after_prefix=True)), 0)
            if cut:
                parts.append((m.start(), m.start() + cut))
    leading = LEADING_NAME.match(tag)
    if leading and _name(leading.group(), lex) and not _opens_listed_phrase(tag, leading.group(), lex):
        parts.insert(0, leading.span())
    if parts or not tag.islower():
        return parts
    if lowercase_names.candidate(tag, lex) == "sure" and not _opens_listed_phrase(tag, tag, lex):
        return [(0, len(tag))]  # "#lina": a first name that is no word, the whole hashtag
    for cue in sorted((m for p in PREFIXES for m in re.finditer(p, tag)), key=lambda m: m.end()):
        if any(len(p) > len(cue.group()) and tag.startswith(p, cue.start()) for p in PREFIXES):
            continue  # "#dankjewel" is "dankjewel", not "dank" and a name "jewel"
        rest = tag[cue.end():]  # "#feestvoorjuflotte": after "juf", "lotte"
        if len(rest) >= 3 and _name(rest.title(), lex):
            return [(cue.end(), len(tag))]
    return []


def _joined_pair(tag: str, lex: lexicons.Lexicons) -> list[tuple[int, int]]:
    """Both names of "#LisaEnBas"; nothing when either part is no first name or the pair opens a listed phrase
    ("#BasEnAap", "#LisaEnLena")."""
    m = JOINED_PAIR.match(tag)
    if not m or not all(_name(m.group(k), lex, after_prefix=True) for k in (1, 2)) \
            or not any(_name(m.group(k), lex) for k in (1, 2)):
        return []  # one of the two a name that is no word: not "#ZomerEnWinter"
    joined = tag.lower()
    if any(joined.startswith(e.phrase.replace(" ", "")) and " " in e.phrase
           for e in lex.non_persons.get(m.group(1).lower(), ())):
        return []
    return [m.span(1), m.span(2)]


def _opens_listed_phrase(tag: str, word: str, lex: lexicons.Lexicons) -> bool:
    """Does `word` open a phrase of the non-person lists ("#HarryPotterfeest", "#ronja")? Of the lists of general
    knowledge only a phrase the hashtag opens with, written without spaces, counts ("#VincentvanGogh"):
    "#NoahJarig" names the child although "Noah" is one of the ark's story."""
    joined, low = tag.lower(), word.lower()
    return any(not e.knowledge or (e.phrase != low and joined.startswith(e.phrase.replace(" ", "")))
               for e in lex.non_persons.get(low, ()))


def _name(word: str, lex: lexicons.Lexicons, after_prefix: bool = False) -> bool:
    """A first name; one that is also a word ("Noor", "Roos") only in capitals after "team", "juf", ...."""
    low = word.lower()
    if word not in lex.first_names or low in lex.not_names \
            or any(e.phrase == low and not e.needs_context for e in lex.non_persons.get(low, ())):
        return False  # "#teamNijntje" is no child
    return after_prefix or (low not in lex.ambiguous_first_names and low not in lex.common_words)


def _word_name(word: str, lex: lexicons.Lexicons) -> bool:
    """A first name that is also a word ("Lieve", "Hoop"), in capitals after "trotsop", "gefeliciteerd": the child
    the hashtag is for ("#trotsopLieve"), unless the lists know it as a character or brand."""
    low = word.lower()
    return low in lex.ambiguous_first_names and not any(e.phrase == low and not e.needs_context
                                                        for e in lex.non_persons.get(low, ()))
