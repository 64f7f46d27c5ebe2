"""A8 by kind of conduct: cue classes that must meet within a clause or two, as a reader sees them.

The phrase lists of data/conduct.yaml find wordings someone has written before. This module finds the *kind*
of thing done (a threat, exclusion, doxxing, taking over an account, blackmail, passing on pictures, mocking,
body shaming, belittling, a pile-on, discrimination, sexual remarks, stalking, damaging rumours, wishing
someone gone) from small classes of cues (data/conduct_kinds.yaml): who is aimed at ("je", "hem", "die juf",
"zijn moeder"), what is done (harm, passing on, exposing, excluding) and the markers of intent ("of anders",
"als je niet", "wacht maar"). A kind is a few combinations of classes that must all occur within a clause (or
the next one or two, for the kinds that say so: a chat message is often split at every full stop), none of its
vetoes in the clause before or in any clause of its window (nor, for the classes a kind lists as `unless_after`,
in the clause after it: a rival team "kapotmaken", then "in de finale") ("van het lachen", a match, a lesson about
bullying, "Heb je koorts? Dan ...", "Wilt u die foto verwijderen?"), nor one of its post vetoes anywhere in
the post (a lesson sheet). A few classes are seen by the shape of the writing rather than a word (a stutter
written out, "d-d-daan"; a mocking nickname, "Traag-Tim").

Matching is by token, not by regex: a post's words are looked up in one dictionary built from the
data, so there is nothing to compile and the rules' cold start does not grow. A listed word also
matches with Dutch endings ("blokkeert", "vriendinnen") and behind a swearing prefix ("kankeraap",
"rotmonster"), and a phrase also with filler words between its words ("ik zou maar goed uitkijken" holds
"zou uitkijken", "hij wil echt niet dat" holds "wil niet dat").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from screener.rules import lexicon

# A clause: text between . ! ? ; and line ends (chat is often one lower-case line with no capitals); a dot
# between digits ("om 8.29", "€ 3.50") or inside a handle or address ("@juf.marieke.officieel") ends none. Emoji
# just after the clause's full stop or exclamation mark are its own ("Zes weken op rij, een record! 🤡"), not the
# next sentence's.
_CLAUSE = re.compile(r"[^.!?;\n]+(?:(?<=[\w])\.(?=[\w])[^.!?;\n]*)*(?:[.!?;]+(?:[ \t]*[^\w\s\x00-\x7f“”‘’„…–—]+)+)?")
# Just before a word inside a sentence: a letter, digit or comma and a space ("waar Jade", "Lisa, Jade"), not
# the start of a sentence or a line.
_INSIDE = re.compile(r"[\w,] $")
# Words (with an apostrophe: "zo'n", "'m") and single symbols, so that an emoji is a token of its own.
_TOKEN = re.compile(r"[\w']+|[^\w\s\ufe0f\u200d]")
# A class of cues written in plain words (no emoji, no hyphen): its phrases are split at spaces.
_PLAIN = re.compile(r"[\w' ,\n]*")
_ENDINGS = ("tjes", "jes", "tje", "'s", "je", "ers", "en", "er", "es", "e", "s", "n", "t")
_MIN_STEM = 3


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class _Kind:
    label: str
    combinations: tuple[tuple[frozenset[str], ...], ...]  # each: groups of alternative classes, all needed
    vetoes: frozenset[str]
    post_vetoes: frozenset[str]  # classes that keep the kind quiet anywhere in the post (a lesson sheet)
    after_vetoes: frozenset[str]  # classes that keep it quiet from the clause after its window ("... in de finale")
    window: int  # clauses
    classes: frozenset[str]  # every class its combinations use: a clause with none of them starts no match
    anchors: frozenset[str]  # one group of each combination, the least common: clauses with none of them match none


@functools.lru_cache(maxsize=8192)
def _forms(token: str) -> tuple[str, ...]:
    """The token and its stems without a Dutch ending (a post's words repeat: each is worked out once)."""
    return (token, *(token[: -len(ending)] for ending in _ENDINGS
                     if token.endswith(ending) and len(token) - len(ending) >= _MIN_STEM))


@functools.cache
def _data() -> tuple[dict[str, tuple[list[str], dict[str, list[tuple[tuple[str, ...], str]]]]], tuple[str, ...],
                     frozenset[str], tuple[_Kind, ...], dict[str, tuple[str, ...]], dict[str, tuple[str, str]],
                     frozenset[str]]:
    """(first word -> (the classes of that word alone, second word -> [(the phrase's further words,
    class)]), swearing prefixes, the classes a prefix turns into an insult, kinds, the classes that
    also end a compound -> their words, the classes seen by the shape of the writing -> (the text a clause
    must hold, its pattern), the
    filler words a phrase may have between its words).
    A phrase is looked up by its first two words, so a common first word ("ik", "in") costs little."""
    raw = lexicon.yaml_file("conduct_kinds.yaml")
    index: dict[str, tuple[list[str], dict[str, list[tuple[tuple[str, ...], str]]]]] = {}
    for cls, entries in raw["cues"].items():  # one string a class, comma-separated: quick to load
        folded = lexicon.fold(entries)
        plain = _PLAIN.fullmatch(folded)  # words and spaces only: split, as _TOKEN would, but faster
        for entry in folded.split(","):
            words = entry.split() if plain else _TOKEN.findall(entry)
            if not words:
                continue
            slot = index.get(words[0])  # not setdefault: that would build an empty slot for every entry
            if slot is None:
                slot = index[words[0]] = ([], {})
            if len(words) == 1:
                slot[0].append(cls)
            elif (phrases := slot[1].get(words[1])) is None:
                slot[1][words[1]] = [(tuple(words[2:]), cls)]
            else:
                phrases.append((tuple(words[2:]), cls))
    kinds = []
    common = frozenset(raw.get("common_classes", ()))
    for name, kind in raw["kinds"].items():
        # one line a combination, its example after "#"; the vetoes comma-separated: strings load faster than lists
        combinations = tuple(tuple(frozenset(group.strip().split("|")) for group in combo.split("+"))
                             for line in kind["combinations"].splitlines() if (combo := line.partition("#")[0].strip()))
        # every group of a combination must be there, so any one will do as its anchor: the first of no common class
        anchors = frozenset(c for combo in combinations
                            for c in next((g for g in combo if not g & common), combo[0]))
        kinds.append(_Kind(kind.get("label", name), combinations, _names(kind.get("unless", "")),
                           _names(kind.get("unless_in_post", "")), _names(kind.get("unless_after", "")),
                           int(kind.get("window", 1)),
                           frozenset(c for combo in combinations for group in combo for c in group), anchors))
    prefixes = tuple(sorted((lexicon.fold(p) for p in raw["prefixes"]["words"]), key=len, reverse=True))
    compounds = {cls: tuple(w.strip() for w in lexicon.fold(raw["cues"][cls]).split(",") if " " not in w.strip())
                 for cls in raw.get("compound_classes", [])}
    # (the text the clause must hold, pattern): compiled by `re` when a clause first holds it
    shapes = {cls: (shape["needs"], shape["pattern"]) for cls, shape in raw.get("shapes", {}).items()}
    fillers = frozenset(lexicon.fold(raw.get("fillers", "")).replace(",", " ").split())
    return (index, prefixes, frozenset(raw["prefixes"]["insult_classes"]), tuple(kinds), compounds, shapes,
            fillers)


def _names(listed: str) -> frozenset[str]:
    """The class names of a comma-separated string ("lachen, sport, les")."""
    return frozenset(name.strip() for name in listed.split(",") if name.strip())


def _cues(folded: str, start: int, end: int, text: str = "") -> dict[str, tuple[int, int]]:
    """The classes found in folded[start:end], each with the span of its first cue; with the text as written,
    also `naam`: a capitalised word inside a sentence ("ik zie waar Jade nu is"), most often someone's name."""
    index, prefixes, insult_classes, _, compounds, shapes, fillers = _data()
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded, start, end)]
    forms = [_forms(t) for t, _, _ in tokens]
    found: dict[str, tuple[int, int]] = {}
    _phrases(index, tokens, forms, range(len(tokens)), found, True)
    if fillers and not fillers.isdisjoint(t for t, _, _ in tokens):  # "kijk maar goed uit", "wil echt niet dat"
        _phrases(index, tokens, forms, [i for i, (t, _, _) in enumerate(tokens) if t not in fillers], found, False)
    if text and "naam" not in found:
        for token, s, e in tokens:
            if text[s].isupper() and token.isalpha() and len(token) > 1 and _INSIDE.search(text, max(0, s - 3), s):
                found["naam"] = (s, e)
                break
    for token, s, e in tokens:
        if token.startswith(prefixes):  # "kankeraap", "rotmonster", "kkmongool"
            for prefix in prefixes:
                if token.startswith(prefix) and len(token) - len(prefix) >= _MIN_STEM:
                    for form in _forms(token[len(prefix):]):
                        if any(cls in insult_classes for cls in index.get(form, ((), {}))[0]):
                            found.setdefault("scheld_sterk", (s, e))
                    break
        for cls, words in compounds.items():  # "gymjuf", "invalmeester", "pompoensoep"
            if cls not in found and token.endswith(words) and any(
                    len(token) > len(w) + 2 and token.endswith(w) for w in words):
                found[cls] = (s, e)
    for cls, (needs, pattern) in shapes.items():  # "d-d-daan g-g-ga je mee": a stutter written out
        if cls not in found and needs in folded[start:end] and (m := re.compile(pattern).search(folded, start, end)):
            found[cls] = m.span()
    return found


def _phrases(index, tokens: list[tuple[str, int, int]], forms: list[tuple[str, ...]], order, found: dict, alone: bool
             ) -> None:
    """Add to `found` the classes of the words and phrases at the tokens `order` lists, in that order: every
    token, or (a second pass, `alone` false: phrases only) every token but the fillers ("maar", "echt"), so
    that "ik zou maar goed uitkijken" holds "zou uitkijken" and "hij wil echt niet dat" "wil niet dat"."""
    order = list(order)
    for p, i in enumerate(order):
        following = forms[order[p + 1]] if p + 1 < len(order) else ()
        for form in forms[i]:
            entry = index.get(form)
            if entry is None:
                continue
            single, longer = entry
            if alone:
                for cls in single:
                    found.setdefault(cls, tokens[i][1:])
            for second in following if longer else ():
                for rest, cls in longer.get(second, ()):
                    n = len(rest)
                    if cls in found or p + 1 + n >= len(order):
                        continue
                    if all(word in forms[order[p + 2 + k]] for k, word in enumerate(rest)):
                        found[cls] = (tokens[i][1], tokens[order[p + 1 + n]][2])


def offences(folded: str, text: str = "") -> list[Hit]:
    """The spans of conduct the kinds recognise, each once, with the kind's Dutch label (`text`: as written,
    for the capitalised names)."""
    kinds = _data()[3]
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(folded) if m.group().strip()]
    cues = [_cues(folded, s, e, text) for s, e in clauses]
    hits: list[Hit] = []
    in_post = set().union(*cues) if cues else set()
    # the classes of each clause with the next ones, for each window a kind has
    spans = {w: [set().union(*cues[i:i + w]) for i in range(len(clauses))] for w in {k.window for k in kinds}}
    for i in range(len(clauses)):
        for kind in kinds:
            if not kind.classes & cues[i].keys():  # a match starting here starts at a later clause too
                continue
            if kind.anchors.isdisjoint(spans[kind.window][i]):  # no combination can be whole in these clauses
                continue
            if kind.post_vetoes and not kind.post_vetoes.isdisjoint(in_post):
                continue
            found: dict[str, tuple[int, int]] = {}
            # a veto in the clause before ("Heb je koorts? Dan kun je beter niet komen.") or in any clause of the
            # kind's window, also one after the match is whole ("er gaat een foto rond van ... Wilt u die
            # verwijderen?")
            if any(kind.vetoes & c.keys() for c in cues[max(i - 1, 0):i + kind.window]):
                continue
            # a match talked about in the next sentence: "we gaan die jongens kapotmaken! ... in de finale verslagen"
            if kind.after_vetoes and i + kind.window < len(cues) and kind.after_vetoes & cues[i + kind.window].keys():
                continue
            for later in cues[i:i + kind.window]:  # this clause, then with the next ones the kind allows
                found = {**later, **found}
                hit = _match(kind, found)
                if hit and not any(h.start < hit[1] and hit[0] < h.end for h in hits):
                    hits.append(Hit(hit[0], hit[1], kind.label))
                    break
    return hits


def vetoed(folded: str, start: int, end: int, classes: frozenset[str], before: frozenset[str] = frozenset()) -> bool:
    """Does the clause holding folded[start:end] have a cue of one of `classes`, or the clause before it one
    of `before`? A listed phrase is quiet where a kind would be: "let maar op" about a game's boss, "'loser'"
    quoted in a lesson, "Dikke pluim voor Mees. Sven Kramer, pas maar op!"."""
    previous = None
    for m in _CLAUSE.finditer(folded):
        if m.start() <= start < m.end() or (m.start() < end <= m.end()):
            if classes & _cues(folded, m.start(), m.end()).keys():
                return True
            if before and previous is not None and before & _cues(folded, *previous).keys():
                return True
            previous = None
        elif m.end() <= start and m.group().strip():
            previous = m.span()
    return False


def classes_in(folded: str) -> frozenset[str]:
    """Every cue class anywhere in the text (for a listed word that a whole post's subject keeps quiet)."""
    return frozenset(c for m in _CLAUSE.finditer(folded) for c in _cues(folded, m.start(), m.end()))


def _match(kind: _Kind, found: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    if kind.vetoes & found.keys():
        return None
    for combo in kind.combinations:
        spans = []
        for group in combo:
            present = [found[c] for c in group if c in found]
            if not present:
                break
            spans.append(min(present))
        else:
            return min(s for s, _ in spans), max(e for _, e in spans)
    return None
