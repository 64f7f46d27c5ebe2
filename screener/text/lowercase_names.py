"""First names typed in lower case in informal text: "kaan en mirthe waren vandaag jarig",
"door fenna en joep uit groep 6a", "hield daantje drie ballen tegen".

One annotator with one job: a lower-case word in running text is a first name when the first-name
list knows it (or its diminutive: "daantje" is Daan, "joepje" Joep) and it is no ordinary word: not
in the Dutch vocabulary (a word that is also there, "kaan", "mees", counts beside another name, before
"uit groep 6" or right after "van", "bij", "met": "de moeder van mees"), not a common or stop word
(one that is also a first name, "storm", counts only in a list of names: "storm, jayden en ayoub"),
not a first name that is also a word ("roos", "bas"), and
not one of the English and internet words people type in lower case ("line", "love";
`data/lowercase_not_names.txt`). Inside an address, a handle or a hashtag it is not a name
(those have their own rules).

Also: a word that is also a name before a person's verb or a colon, opening its clause or line
("mees zit naast guus", "mees: gymtas vergeten"; one that is a word more often, "noor", only opening its
line: "noor had vandaag een taart mee"); a name of two letters in a list of names ("jayden,
mo en ayoub"); two names joined by "en" before a verb of both ("mo en bo gingen"); a hyphenated double
name ("mila-rose"); and any first name alone in a table cell under a column of names ("| Wantje | bo |"
under "| rol | speler |").
"""

from __future__ import annotations

import bisect
import re

from screener.text import vocabulary
from spacy.lang.nl.stop_words import STOP_WORDS

from screener.text.lexicons import Lexicons
from screener.text.person_titled import KIN_WORDS

SCORE = 0.6
DIMINUTIVES = ("tje", "pje", "je", "ke")
GLUED = "@#/.:_-"  # a word glued to one of these is part of a handle, address or path


def candidate(word: str, lex: Lexicons) -> str:
    """"sure" for a lower-case first name that is no word, "word" for one that the vocabulary also
    knows ("kaan", "joep": a name only next to another name or before "uit groep 6"), "" otherwise."""
    if len(word) < 2 or not word.isalpha() or not word.islower():
        return ""
    if len(word) == 2:  # "mo", "jo": a name only in a list of names ("jayden, mo en ayoub")
        ok = word.title() in lex.first_names and word not in lex.common_words and word not in lex.not_names \
            and word not in lex.lowercase_not_names and not vocabulary.is_dutch_word(word)
        return "list" if ok else ""
    if word in lex.not_names or word in lex.lowercase_not_names or _verb_form(word):
        return ""
    if word in lex.common_words:  # "storm": a name only in a list of names ("storm, jayden en ayoub")
        return "list" if word in lex.ambiguous_first_names else ""
    if not _known(word, lex):
        return ""
    if word in lex.ambiguous_first_names:
        return "word"  # "noor", "roos": a name only beside another ("tess, noor en anna")
    return "word" if vocabulary.is_dutch_word(word) else "sure"


def _verb_form(word: str) -> bool:
    """"brandt", "landt": a verb's form in -dt ("als het brandt") of a listed verb ("branden"); no first name
    ends so (the surname Brandt is typed with its capital)."""
    return word.endswith("dt") and vocabulary.is_lower_case_word(word[:-1] + "en")


def _known(word: str, lex: Lexicons) -> bool:
    if word.title() in lex.first_names:
        return True
    for suffix in DIMINUTIVES:  # "daantje" -> Daan, "joepje" -> Joep, "sanneke" -> Sanne
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            stems = [c for c in (stem, stem[:-1], stem + "e") if len(c) >= 3]
            if vocabulary.is_dutch_word(stem) and stem.title() not in lex.first_names:
                continue  # "hondje", "tandje": a word made small, whatever name its shorter stem is ("Hon")
            if any(c.title() in lex.first_names and c not in lex.ambiguous_first_names
                   and not vocabulary.is_dutch_word(c) for c in stems):  # "dorpje": a word made small
                return True
    return False


def lowercase_names(doc, taken: list[bool], lex: Lexicons, persons: frozenset[int] = frozenset()) \
        -> list[tuple[int, int]]:  # noqa: ANN001
    """(start, end) token spans of first names typed in lower case in running text, not
    overlapping `taken`. A lone word ("marie" as the whole line) is no running text. `persons`: the tokens of
    the names found with their capital, which a lower-case name may stand in a list with ("kas, Sem en Lieve")."""
    kinds: dict[int, str] = {}
    text = doc.text
    doubles = _double_names(doc, taken, lex)
    in_cells: set[int] = set()
    aged: set[int] = set()
    kinds_of: dict[str, str] = {}  # per post, not per process: the words it keeps are mostly names
    for i, token in enumerate(doc):
        if taken[i] or not token.text.islower() or i in doubles:
            continue
        if token.text in lex.common_words and token.text not in lex.ambiguous_first_names:
            continue  # most words: the quick way out
        kind = kinds_of.get(token.text)
        if kind is None:
            kind = kinds_of[token.text] = candidate(token.text, lex)
        if (kind or token.text.title() in lex.first_names) and token.text.isalpha() and _alone_in_name_column(doc, i):
            in_cells.add(i)  # "| Wantje | bo |" under "| rol | speler |"
            continue
        if not kind and _surname_before_group(doc, i, lex):
            kind = "word"  # "finale: sep (groep 8)": a name the first-name lists lack, tied to a group
        if not kind:
            continue
        before = text[token.idx - 1] if token.idx else " "
        after = text[token.idx + len(token.text)] if token.idx + len(token.text) < len(text) else " "
        if before in GLUED or (after in GLUED and after not in ".:-") or after == "@":
            continue
        if AGE_AFTER.match(text, token.idx + len(token.text)) and not (i > 0 and doc[i - 1].lower_ in ARTICLES):
            aged.add(i)  # "kas (6), fem (7) en bo (5)": a child and its age
            kinds[i] = kind
            continue
        if not any(_word_at(doc, k) for k in _neighbours(doc, i)) or _line_break_between(doc, i):
            continue
        kinds[i] = kind
    sure = {i for i, kind in kinds.items() if kind == "sure" and not _listed_with_a_thing(doc, i, kinds, lex)}
    sure |= aged
    lower = text.lower()
    sure |= {i for i, kind in kinds.items() if kind == "word" and _after_preposition(doc, i)
             and not _used_as_word(lower, doc[i].text)}
    # "mees zit naast guus": a name that is also a word, no article before it, a person's verb after it;
    # "lotte: bril kwijt": one opening a line of notes before a colon
    sure |= {i for i, kind in kinds.items() if kind == "word" and doc[i].text not in lex.ambiguous_first_names
             and (_acts_bare(doc, i, lex) or _opens_note(doc, i))}
    # "noor had vandaag een taart mee": one that is also a word, opening its line in lower case before a verb of a
    # person acting (a line of informal text; a sentence would open with a capital)
    sure |= {i for i, kind in kinds.items() if kind == "word" and (_opens_line(doc, i) or _opens_lower_sentence(doc, i))
             and _acts_bare(doc, i, lex)}
    # "storm heeft een notenallergie!!" in a handover list whose other lines open with names ("Bo – ...")
    sure |= {i for i, kind in kinds.items() if kind in {"word", "list"} and _opens_line_among_names(doc, i, lex)}
    # "merel dijkstra": a first name that is also a word, before a surname a list knows that is no word
    with_surname = {i for i in kinds if _surname_after(doc, i, lex)}
    sure |= with_surname
    # "met oma roos", "mijn zusje noor": a name that is also a word, after a family word
    sure |= {i for i in kinds if i > 0 and doc[i - 1].lower_ in KIN_WORDS and doc[i - 1].whitespace_ == " "
             and doc[i].text not in STOP_WORDS}  # not "de zoon ben ik kwijt"
    grown = True
    while grown:  # "kaan en mirthe": a word beside a name is a name too, along a list ("sterre, mees en fatima")
        grown = False
        for i, kind in kinds.items():
            if i not in sure and ((kind == "word" and SCHOOL_AFTER.match(text, doc[i].idx + len(doc[i].text)))
                                  or (kind in {"word", "list"} and _joined(doc, i, sure))
                                  or (kind in {"word", "list"} and _joined(doc, i, persons) and _list_member(doc, i)
                                      and not _among_things(doc, i, kinds, lex))):
                sure.add(i)
                grown = True
    # "roos was bang maar ze durfde toch", "vertelde sem over zijn broertje": a word that is also a name, with no
    # article, the subject of a person's verb or feeling, and the pronoun of a person after it in the sentence
    sure |= {i for i, kind in kinds.items() if kind in {"word", "list"} and _person_with_pronoun(doc, i, lex)}
    sure |= in_cells | _pairs_acting(doc, taken, lex) | _subjects_after_time_and_verb(doc, taken, lex) \
        | _taken_along(doc, taken, lex)
    spans = [(i, i + 2 if i in with_surname else i + 1) for i in sure]
    return sorted(spans + [(i, i + 3) for i in doubles])


# the header of a table column of names: "| rol | speler |", "<th>Naam</th>"
NAME_HEADER = re.compile(r"^(?:naam|namen|voornaam|roepnaam|leerling(?:en)?|kind(?:eren)?|speler(?:s)?|"
                         r"gespeeld door|wie|deelnemer(?:s)?|jarige(?:n)?)\s*:?$", re.IGNORECASE)


def _alone_in_name_column(doc, i: int) -> bool:  # noqa: ANN001
    """Is token i, a word a first-name list knows, the whole of a table cell under a header of names?"""
    from screener.text.recognizers import table_column  # here: the recognizers import this stage

    start, end = doc[i].idx, doc[i].idx + len(doc[i].text)
    return table_column.alone_in_cell(doc.text, start, end) and table_column.headed(doc.text, start, NAME_HEADER)


LOWER_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_A-Z]{2,}-[^\W\d_A-Z]{2,}(?![\w])")


def _double_names(doc, taken: list[bool], lex: Lexicons) -> set[int]:  # noqa: ANN001
    """Starts of hyphenated double first names in lower case ("mila-rose", "sem-jurre"): two first names
    joined without spaces, neither a common word nor a never-name, not both names that are words ("mei-juni")."""
    starts = set()
    text = doc.text
    idx = None
    for match in LOWER_HYPHENATED.finditer(text):  # the quick way: only where the text has "aaa-bbb"
        words = match.group().split("-")
        if not all(w.title() in lex.first_names and w not in lex.common_words and w not in lex.not_names
                   for w in words) or all(w in lex.ambiguous_first_names for w in words):
            continue
        if idx is None:
            idx = [t.idx for t in doc]
        i = bisect.bisect_left(idx, match.start())
        if i + 2 >= len(doc) or doc[i].idx != match.start():
            continue
        first, hyphen, second = doc[i], doc[i + 1], doc[i + 2]
        if hyphen.text != "-" or first.whitespace_ or hyphen.whitespace_ or any(taken[i:i + 3]) \
                or second.text != words[1]:
            continue
        before = text[first.idx - 1] if first.idx else " "
        end = second.idx + len(second.text)
        after = text[end] if end < len(text) else " "
        if before in GLUED or after in GLUED.replace(".", "").replace(":", "") or after.isalnum():
            continue
        starts.add(i)
    return starts


def _surname_after(doc, i: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """Is token i + 1, on the same line, a lower-case surname that a list knows and that is no word ("dijkstra")?"""
    k = i + 1
    if k >= len(doc) or "\n" in doc[i].whitespace_ or not doc[i].whitespace_:
        return False
    word = doc[k].text
    return (len(word) >= 4 and word.isalpha() and word.islower() and word.title() in lex.surnames
            and word not in lex.common_words and not vocabulary.is_dutch_word(word)
            and word.title() not in lex.first_names)


AGE_AFTER = re.compile(r"[ \t]*\([ \t]*\d{1,2}(?:[ \t]*(?:jaar|jr\.?|j\.?))?[ \t]*\)")  # "kas (6)", "fem (7 jaar)"
SCHOOL_AFTER = re.compile(r"\s*\(?\s*(?:uit|van|in|zit in)?\s*(?:groep|klas)\s*\d", re.IGNORECASE)


# a first name that is also a word, right after one of these without an article, is the name: "de moeder van
# mees", "de beker van tijmen", "zat bij sterre in de tas" (a singular noun would take an article)
NAME_PREPOSITIONS = {"van", "bij", "met", "naast", "door", "voor", "tegen", "zonder"}


ARTICLES_BEFORE = {"de", "het", "een", "onze", "ons", "die", "deze", "dat", "elke", "iedere"}


def _surname_before_group(doc, i: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """A lower-case word that a name list knows as a surname (no first-name list has "Sep"), right before
    "(groep 8)", without an article before it ("de bakker (groep 5)" is none) nor as "kamp groep 8"."""
    word = doc[i].text
    if len(word) < 3 or not word.isalpha() or word.title() not in lex.surnames or word in lex.common_words:
        return False
    if i > 0 and doc[i - 1].lower_ in ARTICLES_BEFORE:
        return False
    return GROUP_IN_BRACKETS.match(doc.text, doc[i].idx + len(word)) is not None


GROUP_IN_BRACKETS = re.compile(r"\s*\(\s*(?:groep|klas)\s*\d", re.IGNORECASE)  # "sep (groep 8)"; not "kamp groep 8"


def _listed_with_a_thing(doc, i: int, kinds: dict[int, str], lex: Lexicons) -> bool:  # noqa: ANN001
    """"we doen margherita en tonijn": a name list's word joined by "en", "of" or a comma to an ordinary
    noun (no person, no other name) that ends the clause is one of the things listed; not "sofie, groep 2"
    or "luuk en joep gingen", where the name acts or a group follows."""
    j = i + 2
    if j >= len(doc) or doc[i + 1].lower_ not in {"en", "of", ","} or j in kinds:
        return False
    if j + 1 < len(doc) and not (doc[j + 1].is_punct or doc[j + 1].is_space or "\n" in doc[j].whitespace_):
        return False
    word = doc[j].text
    return len(word) >= 4 and word.isalpha() and word.islower() and vocabulary.is_lower_case_word(word) \
        and word not in lex.relations and word not in lex.titles and word not in lex.person_verbs \
        and word not in NOT_THINGS and word.title() not in lex.first_names


def _list_member(doc, i: int) -> bool:  # noqa: ANN001
    """Does the word at i stand in a list as a whole item: a joiner (",", "en", "&"), a colon or a bracket, or the
    line's edge on both sides ("van: kas, Sem en Lieve"); not a clause going on ("Semmie en wil dat ook")?"""
    def edge(k: int) -> bool:
        return k < 0 or k >= len(doc) or "\n" in doc[k].text or doc[k].lower_ in {",", "en", "&", "of"} \
            or doc[k].text in {":", ";", ".", "!", "?", "(", ")"} or (k < i and "\n" in doc[k].whitespace_)
    return edge(i - 1) and (edge(i + 1) or "\n" in doc[i].whitespace_)


def _among_things(doc, i: int, kinds: dict[int, str], lex: Lexicons) -> bool:  # noqa: ANN001
    """Is the word at i, also a name, one of things: after an article ("de kas, Sem en ik") or in a list beside an
    ordinary noun ("gitaar, bas en Sem op drums")?"""
    if i > 0 and doc[i - 1].lower_ in ARTICLES:
        return True
    j = i - 2
    if j >= 0 and doc[i - 1].lower_ in {"en", "of", ","} and j not in kinds:
        word = doc[j].text
        if len(word) >= 4 and word.isalpha() and word.islower() and vocabulary.is_lower_case_word(word) \
                and word not in NOT_THINGS and word not in lex.relations and word.title() not in lex.first_names:
            return True
    return _listed_with_a_thing(doc, i, kinds, lex)


# lower-case words beside a name that are persons or words of a clause, not things listed
NOT_THINGS = {"papa", "mama", "opa", "oma", "zusje", "broertje", "mij", "haar", "hem", "hun", "jullie", "wij", "zij",
              "ikke", "daarna", "toen", "dan", "nog", "ook", "samen", "allebei", "iedereen", "anderen", "vriendin",
              "vriendje", "vriendinnetje", "buurjongen", "buurmeisje", "neef", "nicht", "juf", "meester", "zijn",
              "mijn", "jouw", "onze", "deze", "alle", "twee", "drie", "vier", "beide", "sommige", "andere", "elke",
              "welke", "zelf", "straks", "morgen", "gisteren", "vandaag", "later", "eerst"}


def _used_as_word(lower: str, word: str) -> bool:
    """Does the post use `word` as an ordinary word elsewhere: the tail of a compound ("hoofdluis" beside "bij
    luis krijgt het kind ..."), the head of one whose rest is a word too ("brandweer" beside "Bij brand: eruit";
    not "meester" beside "bij mees"), or after an article ("de luis")? Then "bij luis" is the word too."""
    if re.search(rf"[^\W\d_]{{3}}{word}\b|\b(?:de|het|een)\s+{word}\b", lower) is not None:
        return True
    return len(word) >= COMPOUND_HEAD_NAME and any(
        vocabulary.is_lower_case_word(m.group(1)) for m in re.finditer(rf"\b{word}([^\W\d_]{{4,}})\b", lower))


COMPOUND_HEAD_NAME = 4  # letters of a name that may head a compound: "brand" in "brandweer"; not "sem" in "semester"


def _after_preposition(doc, i: int) -> bool:  # noqa: ANN001
    return i > 0 and doc[i - 1].lower_ in NAME_PREPOSITIONS and "\n" not in doc[i - 1].whitespace_


# what may stand before a bare name acting: the start of a clause
CLAUSE_OPENERS = {"en", "of", "maar", "want", "dus", "toen", "dat", "omdat", "als", "nu"}


def _acts_bare(doc, i: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """Token i opens a clause (no article or adjective before it) and a verb of a person acting follows."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in lex.person_verbs or "\n" in doc[i].whitespace_:
        return False
    return i == 0 or _opens_clause(doc, i)


# verbs of two children acting together, right after "mo en bo"
PLURAL_VERBS = {"gingen", "kwamen", "waren", "hebben", "hadden", "speelden", "spelen", "zijn", "mochten", "mogen",
                "kregen", "krijgen", "wonnen", "winnen", "deden", "doen", "zaten", "zitten", "liepen", "lopen",
                "maakten", "maken", "gaan", "komen", "willen", "wilden", "kunnen", "konden", "moeten", "moesten"}


def _pairs_acting(doc, taken: list[bool], lex: Lexicons) -> set[int]:  # noqa: ANN001
    """"mo en bo gingen samen naar huis": two first names typed in lower case, joined by "en", before a verb of
    them acting together, opening their clause; short names and names that are words count here too ("fleur en sterre
    lopen"), not two that are words more often ("roos en merel")."""
    pairs = set()
    for k in range(1, len(doc) - 2):
        if doc[k].lower_ not in {"en", "&"} or doc[k + 2].lower_ not in PLURAL_VERBS:
            continue
        first, second = k - 1, k + 1
        if taken[first] or taken[second] or not all(_first_name_or_word(doc[j].text, lex) for j in (first, second)) \
                or all(doc[j].text in lex.ambiguous_first_names for j in (first, second)):
            continue  # "fleur en sterre lopen allebei"; not "roos en merel zijn ..." (both words more often)
        if first == 0 or _opens_clause(doc, first):
            pairs |= {first, second}
    return pairs


# a verb of taking a child along, who may say it, and the particle that closes it: "ik neem jade en bo mee"
TAKE_ALONG_VERBS = {"neem", "neemt", "nemen", "haal", "haalt", "halen", "breng", "brengt", "brengen"}
TAKE_ALONG_SUBJECTS = {"ik", "jij", "je", "we", "wij", "hij", "zij", "ze", "jullie", "u"}
TAKE_ALONG_PARTICLES = {"mee", "op", "thuis", "terug", "weg"}
# the same with a modal verb first and the verb last: "ik kan lotte en bo meenemen", "wil jij sep ophalen?"
TAKE_ALONG_MODALS = {"kan", "kun", "kunnen", "wil", "wilt", "willen", "zal", "zullen", "moet", "mag"}
TAKE_ALONG_INFINITIVES = {"meenemen", "ophalen", "halen", "brengen", "thuisbrengen", "terugbrengen", "wegbrengen",
                          "oppikken"}


def _taken_along(doc, taken: list[bool], lex: Lexicons) -> set[int]:  # noqa: ANN001
    """"ik neem jade en bo mee", "haal jij sep op?", "ik kan lotte en bo meenemen": first names typed in lower case
    (also names that are words and short ones) between a verb of taking a child along and its particle, nothing but "en" or a comma between them;
    not "neem een beer mee" (an article) nor "neem sep en de rest mee" (no particle after the names alone)."""
    found: set[int] = set()
    n = len(doc)
    for k in range(n - 2):
        modal = doc[k].lower_ in TAKE_ALONG_MODALS
        if (doc[k].lower_ not in TAKE_ALONG_VERBS and not modal) or "\n" in doc[k].whitespace_:
            continue
        j = k + 2 if doc[k + 1].lower_ in TAKE_ALONG_SUBJECTS else k + 1
        names = []
        while j < n and not taken[j] and _child_name(doc[j].text, lex):
            names.append(j)
            if "\n" in doc[j].whitespace_ or j + 1 >= n:
                names = []
                break
            j += 1
            if doc[j].lower_ in {"en", ",", "&"} and "\n" not in doc[j].whitespace_:
                j += 1
                continue
            break
        closing = TAKE_ALONG_INFINITIVES if modal else TAKE_ALONG_PARTICLES
        if names and j < n and doc[j].lower_ in closing and j == names[-1] + 1:
            found.update(names)
    return found


def _child_name(word: str, lex: Lexicons) -> bool:
    """A lower-case word a first-name list knows and that is no never-name ("jade", "bo", "sep")."""
    return len(word) >= 2 and word.isalpha() and word.islower() and word.title() in lex.first_names \
        and word not in lex.not_names and word not in STOP_WORDS


def _opens_lower_sentence(doc, i: int) -> bool:  # noqa: ANN001
    """Does token i open a sentence after a full stop, on a line that opens in lower case: a child's diary or a chat
    typed without capitals ("vandaag hadden wij rekenen. merel had de meeste blokjes")?"""
    if i == 0 or doc[i - 1].text not in {".", "!", "?"} or doc[i - 1].whitespace_ != " ":
        return False
    line_start = doc.text.rfind("\n", 0, doc[i].idx) + 1
    opening = doc.text[line_start:doc[i].idx].lstrip(" \t>-*•")
    return opening[:1].islower()


# a time that opens a clause whose verb comes next and its subject after it: "op maandag trakteerde lieve op ..."
TIMES_BEFORE_VERB = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "vandaag",
                     "gisteren", "vanochtend", "vanmorgen", "vanmiddag", "daarna", "toen"}
AUXILIARY_VERBS = {"had", "heeft", "hebben", "hadden", "was", "is", "waren", "zijn", "werd", "wordt"}
# a time, a word and a lower-case word after it: where a subject after its verb can stand (group 1)
TIME_VERB_WORD = re.compile(r"\b(?:" + "|".join(sorted(TIMES_BEFORE_VERB)) + r")[ \t]+\w+[ \t]+([a-zà-ÿ]{3,})\b",
                            re.IGNORECASE)
AFTER_SUBJECT = {"op", "uit", "met", "aan", "voor", "een", "de", "het", "zijn", "haar", "als", "ook", "mee", "weer"}


def _subjects_after_time_and_verb(doc, taken: list[bool], lex: Lexicons) -> set[int]:  # noqa: ANN001
    """"op maandag trakteerde lieve op fruitspiesjes": a first name in lower case that is also a word (even one
    never a name alone: "lieve"), right after a time and a verb of a person acting, before a preposition or an
    article: the verb's subject; or two first names joined by "en" there, also after "waren" ("vrijdag waren sep en
    jade tegelijk jarig"). Not "trakteerde lieve kinderen" (an adjective before its noun)."""
    subjects = set()
    matches = list(TIME_VERB_WORD.finditer(doc.text))
    if not matches:
        return subjects  # the quick way out: no time before a verb and a lower-case word
    starts = [t.idx for t in doc]
    for match in matches:
        k = bisect.bisect_left(starts, match.start(1))
        if not (2 <= k < len(doc) - 1 and starts[k] == match.start(1)):
            continue
        word = doc[k].text
        if taken[k] or not word.isalpha() or not word.islower() or len(word) < 3:
            continue
        verb, time = doc[k - 1], doc[k - 2]
        if time.lower_ not in TIMES_BEFORE_VERB or "\n" in verb.whitespace_ + doc[k].whitespace_:
            continue
        pair = k + 2 < len(doc) and doc[k + 1].lower_ == "en" and not taken[k + 2] \
            and all(_child_name(doc[j].text, lex) for j in (k, k + 2))
        if pair and (verb.lower_ in lex.person_verbs or verb.lower_ in AUXILIARY_VERBS):
            subjects |= {k, k + 2}  # "vrijdag waren sep en jade tegelijk jarig": two first names as the subject
            continue
        if verb.lower_ not in lex.person_verbs or verb.lower_ in AUXILIARY_VERBS:
            continue
        if doc[k + 1].lower_ not in AFTER_SUBJECT:
            continue
        if word in lex.common_words or word in lex.lowercase_not_names:
            continue  # "vandaag kreeg hoop een nieuwe betekenis": a common noun is the subject itself
        if word in lex.ambiguous_first_names or word.title() in lex.first_names:
            subjects.add(k)
    return subjects


# what only a person is, after "was", "is" or "werd": "roos was bang"
COPULAS = {"was", "is", "werd", "wordt"}
PERSON_STATES = {"bang", "blij", "boos", "verdrietig", "ziek", "jarig", "moe", "trots", "zenuwachtig", "jaloers",
                 "verlegen", "eerst", "beter", "thuis", "stout", "lief", "stil", "gelukkig", "opgewonden"}
# the pronouns of a person that refer back to the subject later in its sentence ("ze durfde", "zijn knie")
PERSON_PRONOUNS = {"hij", "ze", "zij", "zijn", "haar", "hem", "zichzelf"}
PRONOUN_REACH = 12  # tokens after the verb


def _person_with_pronoun(doc, i: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """Is token i, with no article before it, the subject of a person's verb or feeling ("roos was bang", "storm
    huilde"; opening its clause, or right after the verb: "in de kring vertelde sem over"), with a person's pronoun
    after it in the same sentence ("maar ze durfde toch", "omdat zijn boek kwijt was")? Not "de storm was hard"."""
    if i + 2 >= len(doc) or "\n" in doc[i].whitespace_ or not doc[i].whitespace_ or doc[i].text in STOP_WORDS:
        return False  # not "bracht aan het licht dat er nadelen zijn": a function word
    if i > 0 and (doc[i - 1].lower_ in ARTICLES or doc[i - 1].lower_ in ARTICLES_BEFORE):
        return False
    after = doc[i + 1].lower_
    opens = i == 0 or _opens_clause(doc, i) or _opens_lower_sentence(doc, i)
    if opens and (after in lex.person_verbs or (after in COPULAS and doc[i + 2].lower_ in PERSON_STATES)):
        verb = i + 1
    elif i > 1 and doc[i - 1].lower_ in lex.person_verbs and doc[i - 1].lower_ not in AUXILIARY_VERBS \
            and doc[i - 2].text[:1].isalpha() and after in AFTER_SUBJECT | {"over", "tegen", "naar", "in"}:
        verb = i - 1  # the verb before its subject: "in de kring vertelde sem over zijn broertje"
    else:
        return False
    for k in range(max(verb, i) + 1, min(len(doc), verb + PRONOUN_REACH)):
        if doc[k].text in {".", "!", "?"} or "\n" in doc[k].text or "\n" in doc[k - 1].whitespace_:
            return False
        if doc[k].lower_ in PERSON_PRONOUNS:
            return True
    return False


def _first_name_or_word(word: str, lex: Lexicons) -> bool:
    """A first name typed in lower case, also one that is a word more often ("fleur"), but no common word."""
    return word.isalpha() and word.islower() and len(word) >= 2 and word.title() in lex.first_names \
        and word not in lex.common_words and word not in lex.not_names


def _opens_clause(doc, i: int) -> bool:  # noqa: ANN001
    before = doc[i - 1]
    return "\n" in before.whitespace_ or before.is_space or before.lower_ in CLAUSE_OPENERS \
        or (before.is_punct and before.text not in {"-", "'"})


def _opens_note(doc, i: int) -> bool:  # noqa: ANN001
    """Does token i open its line (after a bullet at most) right before a colon: "lotte: bril kwijt"?"""
    if i + 1 >= len(doc) or doc[i + 1].text != ":" or doc[i].whitespace_:
        return False
    line_start = doc.text.rfind("\n", 0, doc[i].idx) + 1
    return doc.text[line_start:doc[i].idx].strip(" \t-*•") == ""


def _opens_line_among_names(doc, i: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """Does token i open its line before a verb of a person acting, while the line before or after opens
    with a known first name (a list of notes on pupils)?"""
    if i + 1 >= len(doc) or doc[i + 1].lower_ not in lex.person_verbs or doc[i].whitespace_ != " ":
        return False
    text = doc.text
    line_start = text.rfind("\n", 0, doc[i].idx) + 1
    if text[line_start:doc[i].idx].strip(" \t-*•") or line_start == 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    line_end = text.find("\n", doc[i].idx)
    next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    lines = [text[previous_start:line_start - 1]] + ([text[line_end + 1:next_end if next_end >= 0 else len(text)]]
                                                       if line_end >= 0 else [])
    for line in lines:
        first = NOTE_OPENER.match(line)
        if first and first.group(1) in lex.first_names:
            return True
    return False


NOTE_OPENER = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?([A-Z][\w'’]+)\b")


def _neighbours(doc, i: int) -> list[int]:  # noqa: ANN001
    """The two tokens on either side of token i that are no blanks within the line ("  mohammed   - ingenieur":
    a bold word's stars are blanked)."""
    found = []
    for step in (-1, 1):
        k, taken = i + step, 0
        while 0 <= k < len(doc) and taken < 2:
            if not (doc[k].is_space and "\n" not in doc[k].text):
                found.append(k)
                taken += 1
            k += step
    return found


def _opens_line(doc, i: int) -> bool:  # noqa: ANN001
    """Does token i open its line, after a bullet or blanks at most?"""
    line_start = doc.text.rfind("\n", 0, doc[i].idx) + 1
    return doc.text[line_start:doc[i].idx].strip(" \t-*•") == ""


def _word_at(doc, k: int) -> bool:  # noqa: ANN001
    """A word at token k on the same line: running text around a name."""
    return 0 <= k < len(doc) and doc[k].text[:1].isalpha() and "\n" not in doc[k].text


def _line_break_between(doc, i: int) -> bool:  # noqa: ANN001
    """A name alone on its line ("marie"): no running text."""
    before = doc.text.rfind("\n", 0, doc[i].idx)
    after = doc.text.find("\n", doc[i].idx)
    line = doc.text[before + 1 : after if after >= 0 else len(doc.text)]
    return line.strip() == doc[i].text


ARTICLES = {"de", "het", "een", "die", "dat", "deze", "dit", "onze", "ons", "mijn", "je", "jouw", "zijn", "haar", "hun"}


def _joined(doc, i: int, names: set[int]) -> bool:  # noqa: ANN001
    """Is token i joined to a name by "en", "of", "&" or a comma: "kaan en mirthe", "joep, fenna"?"""
    return any(0 <= i + 2 * d < len(doc) and (i + 2 * d) in names and doc[i + d].lower_ in {"en", "of", "&", ","}
               for d in (-1, 1))
