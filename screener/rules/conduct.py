"""A8: insults, threats, bullying, sexual remarks and mocking memes aimed at people.

The lexicon is data (data/conduct.yaml): words, patterns, and `together` rules whose parts count only
near each other (a picture of someone, a call to pass it on, a sign that it mocks them). A category's
`unless` names cue classes of the kinds of conduct (conduct_kinds) that keep its matches quiet in their
clause: "'loser'" quoted in a lesson, "let maar op" about a game's boss; `unless_before` those that do so
from the clause before ("Dikke pluim voor Mees. Sven Kramer, pas maar op!"); `unless_in_post` names classes that keep
them quiet anywhere in the post (a word that is also a plant or an animal: "eikels rapen" in an autumn photo album,
where the caption says only "Lieke vond de grootste eikel"). An organisation adds words with
[policy] conduct_words and removes built-in ones with [policy] conduct_allow. A finding names the words:
they are not personal data, and a writer needs to know what to change.

A post that condemns what others wrote ("Dat kan echt niet", "horen hier niet thuis": data/conduct_condemned.txt)
cites their words in quotation marks to reject them: those words are not the writer's conduct, neither for the
rules nor for the model, which reads the post with them blanked; the writer's own words beside them still count.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from screener.rules import conduct_kinds, conduct_model, lexicon
from screener.rules.analysis import Analysis

OWN_LIST = "woord van de eigen lijst van de organisatie"
_QUOTED = re.compile(r'["“„‘]([^"“”‘’\n]{1,60})["”’]')
_WORK_WORD = re.compile(r"(?<![\w])(?:lied|liedje|nummer|song|boek|prentenboek|film|serie|musical|toneelstuk|"
                        r"voorstelling|gedicht|album|spel|game|titel)(?![\w])")
_MAKER_AFTER = re.compile(r"\s+(?:van|door|by)\s+[A-Z]")
WORK_WINDOW = 30  # characters before a quoted title in which the text may call it a work

# cue classes of conduct_kinds.yaml that outweigh the model: the sports whose words the rules keep quiet too
# ("morgen bij het schooltoernooi maak je ze allemaal af"); not games, where accounts are taken over ("het
# wachtwoord van zijn roblox ... geef ik al zijn items weg"), and not warmth or praise: mockery wears a smiley
# and "lief" as easily as a joke does (a warmth veto removed three false A8 on the released sets and cost a
# real A8 on the rule set kept blind, rules-heldout6, in the same session); a line that closes on fondness for its
# subject ("beste meester ooit", "love je", a heart: `_fond`) is the narrower form kept since session 13, with
# laughter and smileys left out (rules-heldout6 unchanged at 1.00)
# and the writer's own contact, offered ("mag je me mailen, via haar adres"), and an idiom ("de juf heeft ogen in haar
# achterhoofd")
MODEL_VETOES = {"sport", "eigen_adres", "idioom"}
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Offence:
    start: int
    end: int
    words: str  # as written in the post
    label: str  # Dutch: scheldwoord, bedreiging, pesten, ...


@dataclass(frozen=True)
class _Together:
    """Parts that make an offence only together, each within `window` characters of the first (which the
    finding names): a call to pass something on, a picture of someone, and a sign that it mocks or
    exposes them ("stiekem", "kijk hoe hij rent", "in de kleedkamer")."""
    first: tuple[str, ...]  # the part the finding names: one of these regular expressions
    others: tuple[tuple[str, ...], ...]  # the other parts' regular expressions
    window: int
    needs: tuple[str, ...]  # words one of which every match of the first part holds (none: always tried)

    def finditer(self, text: str):
        if self.needs and not any(map(text.__contains__, self.needs)):
            return
        for source in self.first:  # compiled when first needed, as the other parts
            for m in _part((source,)).finditer(text):
                start, end = max(0, m.start() - self.window), m.end() + self.window
                if all(_part(other).search(text, start, end) for other in self.others):
                    yield m


@functools.lru_cache(maxsize=256)
def _part(patterns: tuple[str, ...]) -> re.Pattern:
    """A `together` part after the first (compiled only when the first part is found, rarely) or a gated
    pattern: compiled when first needed, so the rules' cold start does not pay for it."""
    return lexicon.regexes(list(patterns))


@dataclass(frozen=True)
class _Words:
    """A category's word list: compiled the first time a post has a word that begins as one of them does
    (most posts have none), so the rules' cold start does not pay for the alternation."""
    words: tuple[str, ...]
    starts: tuple[str, ...]  # the first part of each word ("kk" of "kk-juf"), as a word of the post begins

    def finditer(self, text: str):
        if not any(word.startswith(self.starts) for word in _words_of(text)):
            return iter(())
        return _alternation(self.words).finditer(text)


@functools.lru_cache(maxsize=4)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text))


@functools.lru_cache(maxsize=64)
def _alternation(words: tuple[str, ...]) -> re.Pattern:
    return lexicon.alternation(list(words))


def _word_list(words: list[str]) -> _Words | re.Pattern | None:
    """A word list, compiled when a post may hold one of its words (or at once, for a word that does not
    begin with a letter or digit: an organisation's own "#hashtag")."""
    starts = [re.split(r"[\s'\-.]+", lexicon.fold(w).strip())[0] for w in words if w.strip()]
    if not starts:
        return None
    if not all(_WORD.fullmatch(start) for start in starts):
        return lexicon.alternation(words)
    return _Words(tuple(words), tuple(sorted(set(starts))))


@dataclass(frozen=True)
class _Gated:
    """A category's pattern that can only match where one of its `needs` occurs in the text (a word
    every pattern of the category contains, such as "wachtwoord", "account", "insta"): compiled the first
    time a post has one, so the rules' cold start does not pay for patterns an ordinary post never needs."""
    source: str
    needs: tuple[str, ...]

    def finditer(self, text: str):
        if not any(map(text.__contains__, self.needs)):
            return iter(())
        return _part((self.source,)).finditer(text)


@functools.lru_cache(maxsize=16)
def _categories(extra: tuple[str, ...], allow: tuple[str, ...]
                ) -> list[tuple[str, frozenset[str], frozenset[str], frozenset[str],
                                re.Pattern | _Words | _Together | _Gated]]:
    """(label, the cue classes of conduct_kinds.yaml that keep it quiet in its clause, those that do so from
    the clause before, those that keep it quiet anywhere in the post, pattern)."""
    allowed = {lexicon.fold(a).strip() for a in allow}
    compiled = []
    for category in lexicon.yaml_file("conduct.yaml").values():
        words = [w for w in category.get("words", []) if lexicon.fold(w) not in allowed]
        needs = tuple(category.get("needs", ()))
        unless = frozenset(category.get("unless", ()))
        before = frozenset(category.get("unless_before", ()))
        in_post = frozenset(category.get("unless_in_post", ()))
        # a pattern is gated by the needs written in it (a post with "weet" compiles no "maak ... af"), or by all
        # of its category's where it spells none of them out ("vie[sz]e?")
        patterns = [_word_list(words)] + [_Gated(p, tuple(n for n in needs if n in p) or needs) if needs
                                                   else lexicon.regexes([p]) for p in category.get("patterns", [])]
        for together in category.get("together", []):
            first, *others = together["parts"]
            patterns.append(_Together(tuple(first), tuple(tuple(part) for part in others), together["window"],
                                      tuple(together.get("needs", ()))))
        for pattern in patterns:
            if pattern is not None:
                compiled.append((category["label"], unless, before, in_post, pattern))
    own = _word_list([w for w in extra if lexicon.fold(w) not in allowed])
    if own is not None:
        compiled.append((OWN_LIST, frozenset(), frozenset(), frozenset(), own))
    return compiled


def offences(analysis: Analysis, extra: tuple[str, ...] = (), allow: tuple[str, ...] = (),
             replied_to: list[tuple[int, int]] | None = None) -> list[Offence]:
    """The post's offences; `replied_to`: the spans of the post a reply answers (someone else's words)."""
    found: dict[tuple[int, int], Offence] = {}
    post_classes: frozenset[str] | None = None  # the post's cue classes, worked out once when a category asks
    for label, unless, before, in_post, pattern in _categories(extra, allow):
        for m in pattern.finditer(analysis.folded):
            start, end = m.span("w") if "w" in m.re.groupindex and m.group("w") else m.span()
            if any(s < end and start < e for s, e in found):
                continue
            if (unless or before) and conduct_kinds.vetoed(analysis.folded, start, end, unless, before):
                continue
            if in_post:
                if post_classes is None:
                    post_classes = conduct_kinds.classes_in(analysis.folded)
                if in_post & post_classes:
                    continue
            found[(start, end)] = Offence(start, end, analysis.text[start:end], label)
    for hit in conduct_kinds.offences(analysis.folded, analysis.text):  # the kinds of conduct, in words nobody listed
        if not any(s < hit.end and hit.start < e for s, e in found):
            # a kind's span runs from its first cue to its last, past what may lie between: a house or phone
            # number there is masked ("het adres van die juf is L******** *, wie gaat er")
            words = _DIGIT.sub("*", analysis.text[hit.start:hit.end])
            found[(hit.start, hit.end)] = Offence(hit.start, hit.end, words, hit.label)
    if found:  # "Greg uit *Het leven van een loser*": a book's title, no one called names
        pattern = _titles()
        titles = [m.span() for m in pattern.finditer(analysis.folded)] if pattern else []
        named, stories = _story_sentences(analysis.folded)  # an offence that starts in a story's sentence is its own
        titles += _quoted_works(analysis.text) + named
        found = {span: o for span, o in found.items() if not any(s <= o.start and o.end <= e for s, e in titles)
                 and not any(s <= o.start < e for s, e in stories)}
    cited = _cited_to_condemn(analysis) + list(replied_to or ())
    if cited:  # 'sommigen riepen dat de juf "moet oprotten". Dat kan echt niet.': someone else's words, rejected
        found = {span: o for span, o in found.items() if not any(s <= o.start and o.end <= e for s, e in cited)}
    # lines only a model finds, but for sports talk; the model reads the writer's own words, not the ones cited
    offences = conduct_model.with_model(_blanked(analysis.text, cited), sorted(found.values(), key=lambda o: o.start))
    return [o for o in offences if not (isinstance(o, conduct_model.ModelOffence)
                                        and (_warm(analysis, o) or _fond(analysis, o) or not _dutch(analysis, o)))]


# The model learned Dutch: a line in another language ("Die Turnhalle an unserer Schule ist seit drei Monaten
# geschlossen") it cannot judge, so only a line with some of Dutch's own small words is read by it.
_DUTCH_WORDS = frozenset("het een en is van ik je jij jou niet op dat met voor zijn maar ook nog wel naar wat bij "
                         "heb heeft hebben er ze we wij jullie mijn mn m'n haar hem hij zij als dan toch nu gaat "
                         "ga kan moet mag wil echt weer al nooit".split())
OTHER_LANGUAGE_WORDS = 6  # words in a line without any of them that make it a line in another language


def _dutch(analysis: Analysis, offence) -> bool:
    words = _WORD.findall(analysis.folded[offence.start:offence.end])
    return len(words) < OTHER_LANGUAGE_WORDS or any(w in _DUTCH_WORDS for w in words)


# A line that closes on fondness for the one it is about ("beste meester ooit", "love je bro", a heart) is teasing
# or praise, not an attack; laughter (😂) is not fondness: mockery wears it as easily as a joke does.
_FOND = re.compile(r"(?<![\w])(?:love (?:je|u|you)|hou van (?:je|jou|jullie)|(?:beste|liefste|leukste|tofste) "
                   r"(?:\w+ ){0,2}ooit)(?![\w])|[\u2764\U0001f49c\U0001f499\U0001f49a\U0001f49b\U0001f9e1\U0001f496"
                   r"\U0001f495\U0001f497\U0001f970\U0001f60d]")


def _fond(analysis: Analysis, offence) -> bool:
    """The model's line shows fondness for its subject: its guess that the tone hurts does not stand."""
    return bool(_FOND.search(analysis.folded, offence.start, offence.end))


# words in quotation marks, up to a sentence long: what someone else wrote or called out; in single ones too
# ("werd 'vieze dikzak' genoemd"), but not the apostrophe of "zo'n" or "'s avonds"
_CITED = re.compile(r'["“„]([^"“”\n]{1,160})["”]|(?<![\w])[\'‘]([^\'‘’\n]{1,160})[\'’](?![\w])')


_QUOTES = ('"', "“", "„", "'", "‘")


@functools.lru_cache(maxsize=1)
def _condemning() -> re.Pattern:
    return lexicon.regexes(list(lexicon.lines("conduct_condemned.txt")))


def _cited_to_condemn(analysis: Analysis) -> list[tuple[int, int]]:
    """The spans in quotation marks of a post that condemns what it cites ('... riepen dat de juf "moet
    oprotten" en "we weten waar ze woont". Dat kan echt niet.', data/conduct_condemned.txt); none otherwise."""
    if not any(map(analysis.text.__contains__, _QUOTES)):
        return []
    if not _condemning().search(analysis.folded):
        return []
    return [m.span(1) if m.group(1) is not None else m.span(2) for m in _CITED.finditer(analysis.text)]


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with `spans` blanked (spaces, so every position stays where it was)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _warm(analysis: Analysis, offence) -> bool:
    """The line talks sports ("bij het hockeytoernooi"): the model's guess that its tone hurts does not
    stand against it."""
    return bool(conduct_kinds.classes_in(analysis.folded[offence.start:offence.end]) & MODEL_VETOES)


def _quoted_works(text: str) -> list[tuple[int, int]]:
    """A title in quotation marks that the text calls a work or gives a maker: the song 'Lied van de maand:
    "Lekker Ding" van Kinderen voor Kinderen', 'het boek "Dikkie Dik"'. Its words are the work's, not the
    writer's about someone."""
    spans = []
    for m in _QUOTED.finditer(text):
        before = lexicon.fold(text[max(0, m.start() - WORK_WINDOW):m.start()])
        # with a maker after it, a title is written as one: "Lekker Ding" van ..., not "dikke loser" van Sem
        if _WORK_WORD.search(before) or m.group(1)[:1].isupper() and _MAKER_AFTER.match(text, m.end()):
            spans.append(m.span(1))
    return spans


_SENTENCE = re.compile(r"(?:[^.!?\n]|\n(?![ \t]*\n))+[.!?]*")  # over wrapped lines, not over a blank one
_ARTICLE = re.compile(r"^(?:het|de|een) ")


@functools.cache
def _works() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(the ways a work's title is written, its characters) for each work of the text stage's list with characters
    (screener/text/data/children_culture.txt), folded: "het leven van een loser" also as "leven van een loser"."""
    from screener.text.lexicons import OWN_DATA

    works = []
    for line in (OWN_DATA / "children_culture.txt").read_text(encoding="utf-8").splitlines():
        title, _, members = line.partition(":")
        if members.strip() and not line.lstrip().startswith("#"):
            title = lexicon.fold(title).strip()
            works.append((tuple({title, _ARTICLE.sub("", title)}),
                          tuple(m for m in (lexicon.fold(m).strip() for m in members.split(",")) if m)))
    return tuple(works)


def _has(folded: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", folded) is not None


def _named_works(folded: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """The works of the list a post names: by a title of two or more words, or by a one-word title ("Wonder",
    "Minecraft") with one of its characters."""
    return [(titles, members) for titles, members in _works()
            if any(_has(folded, t) for t in titles if " " in t)
            or any(_has(folded, t) for t in titles) and any(_has(folded, m) for m in members)]


def _story_sentences(folded: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(the titles of the works a post names, the sentences of it that speak of their characters): a title ("Leven
    van een Loser – Jeff Kinney") and a story retold ("Dolfje ... moet dat geheimhouden voor iedereen behalve zijn
    broertje Timmie", "Greg schrijft in zijn dagboek ... over zijn broer Rodrick") are not what the writer does to
    someone."""
    named = _named_works(folded)
    if not named:
        return [], []
    titles = [m.span() for t in {t for titles, _ in named for t in titles}
              for m in re.finditer(rf"(?<![\w]){re.escape(t)}(?![\w])", folded)]
    return titles, [m.span() for m in _SENTENCE.finditer(folded)
                    if any(_has(m.group(), w) for _, members in named for w in members)]


@functools.cache
def _titles() -> re.Pattern | None:
    """The titles (and other phrases of two or more words) of children's books, series, films and
    games in the text stage's list (screener/text/data/children_culture.txt)."""
    from screener.text.lexicons import OWN_DATA

    phrases = []
    for line in (OWN_DATA / "children_culture.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            title, _, members = line.partition(":")
            phrases += [p for p in (title, *members.split(",")) if len(p.split()) >= 2]
    return lexicon.alternation(phrases, endings=False)
