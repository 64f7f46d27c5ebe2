"""The phrases of the non-person lists (`lexicons.non_persons`) in a text: "Nijntje", "Paw Patrol",
"Annie M.G. Schmidt", "koningin Máxima", "Albert Heijn", and what blocks a name beside them.

A character that is also a first name ("Elsa", "Harry", "Sam") is one only in a post that names its
title or another of its characters ("Frozen", "Olaf"); a brand that is a first name ("Nike", "Dirk")
only after an article ("bij de Dirk") or among other brands ("van Nike, van Adidas"): "het boek van
Dirk" is a child's. After "juf" or "meester" it is a person, and beside school context a pupil's.
The lists of general knowledge (historical and living figures, scripture and myths, stories, space:
`lexicons.KNOWLEDGE_LISTS`) work like children's culture, but a first name of theirs counts only beside
its own group ("Gerda" of the Snow Queen is a grandmother beside "Jip en Janneke"); one of their names
that is a surname, right after a first name, is a pupil's surname ("Sanne Vermeer").
A public figure or author named in full is also the one meant by the first name or surname alone in
the same post; the capitalised words right before "van <listed author>" are the book's title
("Polleke van Guus Kuijer"). A word no list knows joined to a listed character ("met Rudolf, de
Grinch en Frosty") is one of them (`beside_blocked`); a name right after a shop names its branch
("Plus Van den Berg", `branch_of_brand`). `blocked_tokens` also runs the other blocks of this
package: quoted titles, shortened compounds and acronyms, animals' names.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from screener.text import lexicons, vocabulary
from screener.text.lexicons import OWN_DATA, Lexicons
from screener.text.not_persons.animal_names import SURNAME_INTERFIXES, block_animal_names
from screener.text.not_persons.emphasised_titles import block_emphasised_titles
from screener.text.not_persons.foreign_sentences import block_foreign_sentences
from screener.text.not_persons.foreign_text import block_foreign_words
from screener.text.not_persons.costumes import block_costumes
from screener.text.not_persons.demonyms import block_demonyms
from screener.text.not_persons.editions import block_editions
from screener.text.not_persons.english_titles import block_english_titles
from screener.text.not_persons.event_names import block_event_names
from screener.text.not_persons.firm_names import block_firms
from screener.text.not_persons.foreign_schools import block_foreign_schools
from screener.text.not_persons.kind_words import (block_names_after_their_kind, block_names_before_their_event,
                                                  block_names_before_their_kind)
from screener.text.not_persons.made_up_places import block_made_up_places
from screener.text.not_persons.option_labels import block_option_labels
from screener.text.not_persons.organs import block_organs
from screener.text.not_persons.product_makers import block_product_makers
from screener.text.not_persons.words_as_words import block_words_as_words
from screener.text.not_persons.school_context import SENTENCE_END, WORD, pupil_beside, token_index
from screener.text.not_persons.scripture_references import block_scripture_references
from screener.text.not_persons.month_dates import block_month_dates
from screener.text.not_persons.seasons import block_seasons
from screener.text.not_persons.school_rooms_and_teams import block_rooms_and_teams
from screener.text.not_persons.song_lists import block_song_lists
from screener.text.not_persons.thing_names import block_thing_names
from screener.text.not_persons.title_lists import block_title_lists, block_title_ranges
from screener.text.not_persons.things_and_brands import among_brands, product_compound, product_of
from screener.text.not_persons.verb_first import block_verb_first
from screener.text.not_persons.titles_and_acronyms import (block_acronym_expansions, block_quoted_capitals,
                                                           block_quoted_titles,
                                                           block_shortened_compounds)


# what stands before a phrase that is the brand's, not the person's: "de Dirk", "een Kia"
BRAND_BEFORE = {"de", "het", "'t", "een", "onze", "jullie"}
PLURAL_END = re.compile(r"(?:en|s|'s|’s)(?!\w)")  # "Pippi Langkousen", "twee Nijntjes"
SHOP_BEFORE = {"van", "bij", "aan", "door", "naar", "en", ",", "&"}  # where a shop's branch is named
CLOSING_QUOTES = {'"', "”", "’", "'"}
CHARACTER_NEIGHBOURHOOD = 80  # characters: "Pippi Langkous, ..., twee keer Matilda": a character among characters
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a blank line: where a newsletter's item, a list or a table ends
SUPPORT_PARAGRAPHS = 1  # paragraphs away that a title still supports its characters' first names (measured: 0 adds
# false alarms where a post's characters follow their title's paragraph, 2 misses pupils two items further down)
LIST_BETWEEN = re.compile(r",|\s(?:en|of|&)\s")
RELATIVE_OF = {"zijn", "haar", "hun"}  # "Anne en haar zus Margot": the figure's own relative
FIGURE_REACH = 25  # tokens back to the figure in the relative's sentence
SENTENCE_MARKS = {".", "!", "?"}
# forms of address that make the next word a person whatever a list says: "juf Elsa"
SCHOOL_TITLES = {"juf", "juffrouw", "meester", "mevrouw", "meneer", "mijnheer", "dhr", "mevr", "mw", "mvr", "heer"}


@dataclass
class Blocked:
    tokens: list[bool]  # per token: part of a non-person phrase
    ends: set[int]  # token index just after each blocked phrase (a title before "van <author>")
    brand_ends: set[int] = field(default_factory=set)  # ... of a shop or brand: "Plus Van den Berg" is its branch
    authors: list[int] = field(default_factory=list)  # where a listed author is named after "van": "Polleke van Guus Kuijer"
    performers: list[int] = field(default_factory=list)  # ... a listed singer after a quoted song: '"Zeg maar" van X'
    figures: set[int] = field(default_factory=set)  # the tokens of a character or public figure: "Anne Frank", "Greg"


def beside_blocked(doc, start: int, end: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """Is a word no list knows joined by "en", "of" or a comma to a character, title or brand of the lists ("met
    Rudolf, de Grinch en Frosty", "Pipo en Swiebertje")? It is one of them: a reader takes it so."""
    for k, step in ((start - 1, -1), (end, 1)):
        if not (0 <= k < len(doc)) or doc[k].lower_ not in {",", "en", "of", "&"}:
            continue
        other = k + step
        if 0 <= other < len(doc) and doc[other].lower_ in BRAND_BEFORE:
            other += step  # "de Grinch"
        if 0 <= other < len(doc) and blocked.tokens[other] and doc[other].text[:1].isupper():
            return True
    return False


def relative_of_a_figure(doc, start: int, end: int, blocked: Blocked, lex: Lexicons) -> bool:  # noqa: ANN001
    """A name after "zijn"/"haar" and a relation in a sentence that names a character or public figure before it
    ("het leven van Anne en haar zus Margot", "Greg schrijft over zijn broer Rodrick en zijn vriend Bram"): the
    figure's relative, unless school context beside it makes it a pupil's. Not "mijn zus Margot"."""
    if start < 3 or doc[start - 1].lower_ not in lex.relations or doc[start - 2].lower_ not in RELATIVE_OF \
            or not blocked.figures:
        return False
    k = start - 3
    while k >= 0 and start - k <= FIGURE_REACH and doc[k].text not in SENTENCE_MARKS and "\n\n" not in doc[k].text:
        if k in blocked.figures:
            return not pupil_beside(doc, start, end)
        k -= 1
    return False


def branch_of_brand(doc, start: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """A name right after a shop or brand names its branch or owner: "Plus Van den Berg", "Jumbo Visser"; not
    where school context stands beside the two ("een leerling van groep 6, Lego Jansen": a pupil named so)."""
    return start in blocked.brand_ends and start > 0 and "\n" not in doc[start - 1].whitespace_ \
        and not pupil_beside(doc, start - 1, start + 1)


def _another_first_name(first: str, entry: lexicons.NonPerson, lex: Lexicons) -> bool:
    """Is `first` no first word of the full names of the entry's figure (its group's phrases of two words or more:
    "Jakub" before "Lewandowski" of "Robert Lewandowski"), though the group has such a full name?"""
    firsts = _first_words_by_group(lex).get(entry.group)
    return firsts is not None and first not in firsts


_FIRST_WORDS: dict[int, dict[int, frozenset[str]]] = {}  # id(lexicons) -> group -> first words


def _first_words_by_group(lex: Lexicons) -> dict[int, frozenset[str]]:
    """The first words of each group's phrases of two words or more, of the lists' people (built once)."""
    known = _FIRST_WORDS.get(id(lex))
    if known is None:
        groups: dict[int, set[str]] = {}
        for entries in lex.non_persons.values():
            for entry in entries:
                if entry.group >= 0 and " " in entry.phrase:
                    groups.setdefault(entry.group, set()).add(entry.phrase.split(" ", 1)[0])
        known = _FIRST_WORDS[id(lex)] = {group: frozenset(words) for group, words in groups.items()}
    return known


def _continues(text: str, end: int) -> bool:
    """Does a word go on at `end`: "Sinterklaasfeest", or a hyphenated name ("Sint-Niklaas")?"""
    return end < len(text) and (text[end].isalnum() or (text[end] == "-" and text[end + 1 : end + 2].isupper()))


def _plural_is_no_name(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Is the plural's last word no name of its own ("Langkousen"; but "Hendriks", "Peters", "Hansen" are
    surnames, not plurals of "Hendrik", "Peter", "Hans", and "Queens" is a place, not two of the band)?"""
    last = text[start:end].split()[-1]
    return not any(last in names for names in (lex.surnames, lex.first_names, lex.places, lex.world_places))


def _branch_in_town(doc, end: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """Does a town follow the shop's name as its branch's ("Bruna Deventer", "Jumbo Bathmen")? No surname is a town."""
    return end < len(doc) and doc[end - 1].whitespace_ == " " and doc[end].text in lex.places \
        and doc[end].text not in lex.surnames


def _owner_after(doc, end: int, lex: Lexicons, full_name: bool = False) -> bool:  # noqa: ANN001
    """Does a surname follow the shop's name on its line, as its owner's that names the branch ("Plus Lubbers",
    "Intersport Van den Berg"), or, where `full_name` (the shop opens its line, or one goes to it: "bij"), the
    owner's full name ("bij Profile Kees Smit", a sponsor list's line "Spar Anja de Vries (de bekers)")? Elsewhere a full name after a shop is a person
    ("stond Intersport Sem Lubbers te helpen"); a first name alone never names the branch ("Jumbo Sem")."""
    if end >= len(doc) or doc[end - 1].whitespace_ != " ":
        return False
    word = doc[end].text
    if full_name and word in lex.first_names and word[:1].isupper() and end + 1 < len(doc) \
            and doc[end].whitespace_ == " " and doc[end + 1].text not in lex.first_names \
            and _owner_after(doc, end + 1, lex):
        return True  # "Profile Kees Smit": the owner's first name, then the surname
    if word.lower() in SURNAME_INTERFIXES and word[:1].isupper():
        return end + 2 < len(doc) and doc[end].whitespace_ == " " and (
            doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in SURNAME_INTERFIXES)  # "Van den Berg"
    return word in lex.surnames and word not in lex.first_names


def _opens_line(doc, start: int) -> bool:  # noqa: ANN001
    """Does the token at `start` open its line (a sponsor list's "Profile Kees Smit (de bekers)")?"""
    return start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].text.strip() == ""


def _plain_word(doc, k: int) -> bool:  # noqa: ANN001
    """"een muis in huis", "de haas": a character that is an ordinary word ("Muis" of the Gruffalo),
    written in lower case, is the word: it is no character beside another one."""
    return doc[k].text.islower() and vocabulary.is_lower_case_word(doc[k].text)


def _spaced_end(text: str, start: int, phrase: str) -> int:
    """Where `phrase` ends in `text` from `start` when a space in it may be any run of white space, else -1."""
    space = phrase.find(" ")
    if space < 0 or text[start:start + space].lower() != phrase[:space]:
        return -1
    after = start + space
    while after < len(text) and text[after].isspace():
        after += 1
    if text[after:after + 1].lower() != phrase[space + 1:space + 2]:
        return -1  # the quick way out: the next word is another
    at = start
    for part in phrase.split(" "):
        if at > start:
            if at >= len(text) or not text[at].isspace():
                return -1
            while at < len(text) and text[at].isspace():
                at += 1
        if text[at:at + len(part)].lower() != part:
            return -1
        at += len(part)
    return at


def blocked_tokens(doc, lex: Lexicons) -> Blocked:  # noqa: ANN001 - a Tokens snapshot
    """The tokens of every non-person phrase in `doc` (see the module's docstring)."""
    n = len(doc)
    blocked = Blocked([False] * n, set())
    if not lex.non_persons or not n:
        return blocked
    text = doc.text  # compared piece by piece: "İ".lower() is two characters, so text.lower() shifts offsets
    starts = [t.idx for t in doc]
    matches = []  # (start token, end token, entry)
    opens_nothing: set[str] = set()  # words of this draft that open no phrase (per draft: no draft's words are kept)
    for i, token in enumerate(doc):
        if token.text in opens_nothing:
            continue  # most words: no phrase opens with them, whatever follows
        key = token.lower_
        if not key.isalnum():
            word = WORD.match(key)
            key = word.group() if word else ""
        candidates = lex.non_persons.get(key)
        if candidates and len(token.lower_) == len(token.text):  # only the phrases that go on as the text does
            candidates = _opening(lex, key, text[token.idx + len(key):token.idx + len(key) + 12].lower())
        elif not candidates and key[-1:] == "s" and len(key) > 4 and token.text[0].isupper():
            candidates = lex.non_persons.get(key[:-1])  # "Nijntjes vriendje": a one-word character's genitive or plural
        if not lex.non_persons.get(key) and not candidates:
            opens_nothing.add(token.text)  # both looked up by the word alone (its lower case is its lexeme's)
            continue
        if candidates:
            window = text[token.idx:token.idx + len(candidates[0].phrase)]  # the longest phrase's reach
            # with a line break or a run of spaces in reach, the phrases are also compared with white space as one space
            spaced = " ".join(text[token.idx:token.idx + 2 * len(window)].split()).lower() \
                if "  " in window or "\n" in window or "\t" in window else ""
            window_lower = window.lower()  # lower() per character: a phrase that matches starts it
            for entry in candidates:  # longest first
                if not spaced and not window_lower.startswith(entry.phrase):
                    continue  # the quick way out, for the many phrases that open with "de" or "het"
                end_char = token.idx + len(entry.phrase)
                written = text[token.idx:end_char]
                if written.lower() != entry.phrase:
                    # "Jeff\n   Kinney": a phrase wrapped over lines and indented
                    end_char = _spaced_end(text, token.idx, entry.phrase) \
                        if spaced and spaced.startswith(entry.phrase) else -1
                plural = PLURAL_END.match(text, end_char) if end_char > 0 and text[end_char - 1].isalpha() else None
                if plural and _plural_is_no_name(text, token.idx, plural.end(), lex):
                    end_char = plural.end()  # "vier Pippi Langkousen", "twee Kapitein Onderbroeken": the characters
                if end_char > 0 and not _continues(text, end_char):
                    last = token_index(starts, end_char - 1)
                    if doc[last].idx + len(doc[last].text) == end_char:
                        # every entry of this phrase: "Steve" of Minecraft and of another title alike
                        matches.extend((i, last + 1, same) for same in candidates if same.phrase == entry.phrase)
                        break
    block_quoted_titles(doc, blocked)
    block_shortened_compounds(doc, blocked)
    block_animal_names(doc, blocked)
    block_thing_names(doc, blocked)
    block_acronym_expansions(doc, blocked, lex)
    block_option_labels(doc, blocked, lex)
    block_foreign_words(doc, blocked, lex)
    # a title or character that is no first name supports its group's first names in its own paragraph and the
    # ones beside it only: "Julia en Hanne" in a newsletter's item below its K3 item are two pupils
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
    groups: dict[int, list[int]] = {}  # group -> the paragraphs that name its title or a member that is no first name
    for start, _, entry in matches:
        if not entry.needs_context and entry.group >= 0:
            groups.setdefault(entry.group, []).append(bisect.bisect(breaks, starts[start]))
    named: set[str] = set()  # first names and surnames of the public figures and authors named in full
    for start, end, entry in matches:
        if any(blocked.tokens[start:end]):
            continue
        before = doc[start - 1].lower_.rstrip(".") if start else ""
        if before in SCHOOL_TITLES or (before == "van" and start > 1 and doc[start - 2].lower_ in lex.relations):
            continue  # "juf Elsa", "meester Max", "de moeder van Pluk"
        if (entry.phrase in people() or entry.knowledge) and pupil_beside(doc, start, end):
            continue  # "Thea Beckman (groep 7)", "Mozes uit groep 3": a pupil who shares a figure's name
        if entry.knowledge and end - start == 1 and start > 0 \
                and doc[start - 1].text in lex.first_names and doc[start - 1].whitespace_ == " " \
                and not blocked.tokens[start - 1] and (doc[start].text in lex.surnames
                                                       or _another_first_name(doc[start - 1].lower_, entry, lex)):
            continue  # "Sanne Vermeer", "Lotte Mars": a figure's name that is a surname, after a first name;
            # "Jakub Lewandowski": a figure's surname after a first name not the figure's (Robert)
        if entry.group < 0 and entry.phrase not in people() and start > 0 and doc[start - 1].text in lex.first_names \
                and doc[start - 1].whitespace_ == " " and not blocked.tokens[start - 1] and before not in BRAND_BEFORE:
            continue  # "Sem Blink", "Lotte Kruidvat": a brand's or method's word after a first name is a surname
        if entry.group < 0 and start > 1 and doc[start].lower_ in SURNAME_INTERFIXES \
                and doc[start - 1].lower_ in SURNAME_INTERFIXES and doc[start - 2].text in lex.first_names \
                and not blocked.tokens[start - 2]:
            continue  # "Sem van de Hoven": a landmark's "de Hoven" after a first name and "van" is a surname
        if end - start == 1 and start > 1 and doc[start - 1].lower_ in SURNAME_INTERFIXES \
                and doc[start - 2].text in lex.first_names and not blocked.tokens[start - 2]:
            continue  # "Daan de Haas", "Sanne de Vos": a character's word after a first name and "de" is a surname
        if entry.needs_context and entry.group >= 0 \
                and not any(abs(paragraph - bisect.bisect(breaks, starts[start])) <= SUPPORT_PARAGRAPHS
                            for paragraph in groups.get(entry.group, ())) \
                and (entry.knowledge or not _among_characters(doc, start, matches)):
            continue  # "Anna" without Frozen: a child; "Sonic, Zelda en Roblox": a character among characters
        if entry.needs_context and entry.group < 0 and before not in BRAND_BEFORE \
                and not among_brands(doc, start, matches) and not product_compound(text, doc, end) \
                and not product_of(doc, start) and not _branch_in_town(doc, end, lex):
            continue  # "Nike uit groep 3", "het boek van Dirk": a child; "bij de Dirk", "van Nike, van Adidas", "Bruna
            # Deventer" (a branch and its town): the brand
        for k in range(start, end):
            blocked.tokens[k] = True
        blocked.ends.add(end)
        if entry.group >= 0 or entry.phrase in people():
            blocked.figures.update(range(start, end))
        paragraph = bisect.bisect(breaks, starts[start]) if entry.needs_context and entry.group in groups else -9
        if paragraph >= 0 and any(abs(paragraph - p) <= SUPPORT_PARAGRAPHS for p in groups[entry.group]) \
                and not pupil_beside(doc, start, end):
            groups[entry.group].append(paragraph)  # a character its title supports supports the next one:
            # "Moppenhoek", then a joke of Jantje, then one of Pietje (not one among characters: "Sonic, Zelda")
        if entry.group < 0 and not (end - start == 1 and _plain_word(doc, start)) \
                and (before in BRAND_BEFORE or before in SHOP_BEFORE
                     or (not entry.needs_context and _owner_after(doc, end, lex, _opens_line(doc, start)))):
            blocked.brand_ends.add(end)  # "van Plus Van den Berg", "Intersport Van den Berg (de medailles)"; not
            # "de rijzende ster Polo Montanez", nor "zie maandag, plus Ilias Bakkali": the word, in lower case
        if (entry.phrase in people() and end - start >= 2) or (
                entry.knowledge and 2 <= end - start <= 4 and doc[start].text in lex.first_names
                and doc[end - 1].text[:1].isupper()):  # "Magnus Carlsen", "Vincent van Gogh": a figure in full
            named.add(doc[start].text)
            named.add(doc[end - 1].text)
        if before == "van" and entry.phrase in _authors():
            blocked.authors.append(doc[start].idx)
            _block_title_before(doc, start - 1, blocked)
        elif before == "van" and start >= 2 and doc[start - 2].text in CLOSING_QUOTES \
                and (entry.phrase in people() or entry.knowledge) and end - start >= 2:
            blocked.performers.append(doc[start].idx)  # '"Ik hou van jou" van Guus Meeuwis': a song and its singer
        elif before in MAKER_DASHES and start >= 2 and doc[start - 2].whitespace_ and doc[start - 1].whitespace_ \
                and (entry.phrase in people() or entry.knowledge) and end - start >= 2:
            _block_title_on_the_line(doc, start - 1, blocked, lex)  # "3. Stille Nacht – Franz Gruber"
    block_foreign_sentences(doc, blocked, lex)  # "Mutlu yıllar!"; after the lists' "Google Workspace for Education"
    block_names_before_their_event(doc, blocked, lex)
    block_event_names(doc, blocked, lex)  # "de Spelen van Rio", "de Dam tot Damloop"
    block_names_before_their_kind(doc, blocked, lex)
    block_names_after_their_kind(doc, blocked, lex)  # after the lists: "de methode Getal & Ruimte Junior" is listed whole
    block_firms(doc, blocked, lex)
    block_rooms_and_teams(doc, blocked, lex)
    block_song_lists(doc, blocked, lex)
    block_words_as_words(doc, blocked, lex)
    block_verb_first(doc, blocked, lex)
    block_product_makers(doc, blocked, lex)
    block_scripture_references(doc, blocked, lex)
    block_foreign_schools(doc, blocked)
    block_english_titles(doc, blocked, lex)
    block_quoted_capitals(doc, blocked, lex)
    block_made_up_places(doc, blocked, lex)
    block_organs(doc, blocked, lex)  # "de Raad van Elf", "de Raad van Toezicht"
    block_demonyms(doc, blocked, lex)  # "de Zwollenaren", "Groningers", "de Tilburgse kermis"
    block_seasons(doc, blocked, lex)
    block_month_dates(doc, blocked)
    block_costumes(doc, blocked, lex)
    block_editions(doc, blocked, lex)
    block_title_lists(doc, blocked, lex)  # after the others: a list's titles that name a character are taken
    block_title_ranges(doc, blocked, lex)  # "van Soldaat van Oranje tot Annie"
    characters = block_emphasised_titles(doc, blocked, lex)  # after the lists: their authors name their parts
    _block_parts_of_people(doc, blocked, named | characters, lex)
    _block_double_surnames(doc, blocked, lex)
    return blocked


_FOLLOWING: dict[int, dict[str, dict]] = {}  # per non-person index: key -> 2 characters after it -> phrases
# (and (2 characters,) -> the phrases that can follow there, sorted longest first)


def _opening(lex: Lexicons, key: str, after: str) -> tuple:
    """The phrases that open with `key` and go on as the text does (`after`: the text after it, lower case),
    longest first; "de" has hundreds ("de farao", "de Nachtwacht"), most of them not here. The
    phrases of a line broken or spaced in the text are still found: only one space or a word's end is
    compared."""
    table = _FOLLOWING.setdefault(id(lex.non_persons), {}).get(key)
    if table is None:
        table = {}
        for entry in lex.non_persons[key]:
            table.setdefault(entry.phrase[len(key):len(key) + 2], []).append(entry)
        _FOLLOWING[id(lex.non_persons)][key] = table
    after = " " + after.lstrip()[:1] if after[:1].isspace() else after[:2]  # "de\n  farao": a line broken after "de"
    opened = table.get((after,))  # the sorted answer for this continuation, made once
    if opened is None:
        found = [*table.get(after, ()), *table.get(after[:1], ()), *table.get("", ())] if len(after) == 2 \
            else [*table.get(after, ()), *table.get("", ())]
        opened = table[(after,)] = tuple(sorted(found, key=lambda e: (-len(e.phrase), e.phrase, e.group,
                                                                        e.needs_context)))
    return opened


def _block_parts_of_people(doc, blocked: Blocked, parts: set[str], lex: Lexicons) -> None:  # noqa: ANN001
    """A public figure or author named in full ("Freek Vonk", "Roald Dahl") is the one meant by the first
    name or surname alone in the same post ("*Freek op safari*", "de boeken van Dahl"); not after "juf" or
    "meester", not after another first name ("Kacper Lewandowski" beside "Robert Lewandowski") and not beside
    school context ("Freek (groep 5)")."""
    if not parts:
        return
    for k, token in enumerate(doc):
        if blocked.tokens[k] or token.text not in parts:
            continue
        before = doc[k - 1].lower_.rstrip(".") if k else ""
        if before in SCHOOL_TITLES or pupil_beside(doc, k, k + 1):
            continue
        if k and doc[k - 1].text in lex.first_names and doc[k - 1].text not in parts and not blocked.tokens[k - 1] \
                and doc[k - 1].whitespace_ == " ":
            continue
        blocked.tokens[k] = True


def _block_double_surnames(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """A listed figure's surname with another surname hyphened before it is the figure's double surname, and the
    first name before that is the figure's too: "Maria Skłodowska-Curie", "Irène Joliot-Curie"; not when the
    figure's surname is a common one ("Emma de Vries-Haring" is a pupil, Keith Haring aside), nor beside school
    context."""
    for k in sorted(blocked.figures):
        if k < 2 or doc[k - 1].text != "-" or doc[k - 2].whitespace_ or doc[k - 1].whitespace_ \
                or doc[k].text in lex.surnames \
                or not doc[k - 2].text[:1].isupper() or blocked.tokens[k - 2] or pupil_beside(doc, k - 2, k + 1):
            continue
        blocked.tokens[k - 2] = blocked.tokens[k - 1] = True
        first = k - 3
        if first >= 0 and doc[first].whitespace_ == " " and doc[first].text in lex.first_names:
            blocked.tokens[first] = True


@functools.cache
def people() -> frozenset[str]:
    """The authors and public figures of the non-person lists (lower case, as `NonPerson.phrase`)."""
    listed = frozenset(" ".join(line.split()).lower()
                       for name in ("authors.txt", "public_figures.txt")
                       for line in (OWN_DATA / name).read_text(encoding="utf-8").splitlines()
                       if line.strip() and not line.startswith("#"))
    return listed | frozenset(lexicons.public_first_names(lexicons.lower_first_names()))


@functools.cache
def _authors() -> frozenset[str]:
    """The authors of the non-person lists (lower case)."""
    return frozenset(" ".join(line.split()).lower()
                     for line in (OWN_DATA / "authors.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


TITLE_SMALL_WORDS = {"en", "de", "het", "van", "der", "den", "'t", "in", "op", "een", "&"}
TITLE_WORDS = 6  # tokens back from "van <author>" that a title may take: "Vos en Haas", "De brief voor de koning"


def _block_title_before(doc, van: int, blocked: Blocked) -> None:  # noqa: ANN001
    """"Polleke van Guus Kuijer", "Vos en Haas van Sylvia Vanden Heede": the capitalised words right before
    "van <a listed author>" are the book's title, not a person."""
    k = van - 1
    while k >= 0 and van - k <= TITLE_WORDS and not doc[k].is_space and "\n" not in doc[k].whitespace_ and (
            doc[k].text[:1].isupper() or doc[k].lower_ in TITLE_SMALL_WORDS):
        if doc[k].text[:1].isupper():
            blocked.tokens[k] = True
        k -= 1


MAKER_DASHES = {"–", "—", "-"}  # spaced: "Stille Nacht – Franz Gruber": a programme's or reading list's line, its work and maker
SCHOOL_CONTEXT = re.compile(r"\b(?:groep|gr\.?|klas|leerjaar)\s*\d|\(\s*\d{1,2}(?:\s*jaar)?\s*\)", re.IGNORECASE)
TITLE_TOKENS = 16  # tokens from a line's start to its dash: "Jesu, Joy of Man's Desiring"


def _block_title_on_the_line(doc, dash: int, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """"2. Jesu, Joy of Man's Desiring – Johann Sebastian Bach": on a line that names a work, a dash and its listed
    maker, the capitalised words from the line's start (after its number or bullet) to the dash are the work's
    title; not a line that opens with a person's name alone or with school context ("- Lotte – Annie M.G. Schmidt",
    "- Thea Beckman (groep 7) – Roald Dahl": who reads whom)."""
    k = dash - 1
    while k >= 0 and dash - k <= TITLE_TOKENS and "\n" not in doc[k].text and "\n" not in doc[k].whitespace_:
        k -= 1
    if k >= 0 and dash - k > TITLE_TOKENS:
        return  # no line's start within reach: a sentence, not a list's line
    title = [j for j in range(k + 1, dash) if doc[j].text[:1].isupper() and not doc[j].is_space]
    words = [j for j in range(k + 1, dash) if doc[j].text[:1].isalpha()]
    if title and SCHOOL_CONTEXT.search(doc.text, doc[title[0]].idx, doc[dash].idx):
        return  # "- Thea Beckman (groep 7) – Roald Dahl": a pupil and the author she reads
    if not title or all(doc[j].text in lex.first_names or doc[j].text in lex.surnames
                        or doc[j].lower_ in SURNAME_INTERFIXES for j in words):
        return
    for j in title:
        blocked.tokens[j] = True


def _among_characters(doc, start: int, matches: list) -> bool:  # noqa: ANN001
    """Is another character or title of children's culture that is no first name named close by in the same
    sentence? (The lists of general knowledge support only their own group.)"""
    at = doc[start].idx
    for other, _, entry in matches:
        if entry.group < 0 or entry.needs_context or entry.knowledge or other == start \
                or abs(doc[other].idx - at) > CHARACTER_NEIGHBOURHOOD \
                or _plain_word(doc, other):
            continue
        low, high = sorted((at, doc[other].idx))
        between = doc.text[low:high]
        if LIST_BETWEEN.search(between) and not SENTENCE_END.search(between) and not re.search(r"[\n:;]", between):
            return True
    return False
