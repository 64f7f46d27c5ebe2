"""The text stage: Dutch text in, `TextHit`s (rule id + span) out.

The text is read as written (invisible characters, typed dashes and the line breaks of wrapped prose do
not split a name or a number), screened by presidio over screener's recognizers
(`screener.text.presidio_engine`: the engine, built once per process), short drafts joined in chunks and
long texts in pieces. After presidio: the organisation's own data and allowed values are dropped,
overlapping hits are resolved (the more specific rule wins), and the rest is sorted.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

# first: it imports presidio and spaCy the cheap way (`screener.text.cold_start`)
from screener.text.presidio_engine import LANGUAGE, SCORE_THRESHOLD, Engine, engine, results_per_text  # isort: skip

import numpy
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.attrs import ENT_IOB, ENT_TYPE, LEMMA, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from screener.config import Config
from screener.findings import INVISIBLE
from screener.text import lexicons, names, typed_characters, vocabulary
from screener.text.hits import TextHit
from screener.text.not_persons import hashtag_repeats
from screener.text.recognizers import nl_chat_names, table_column
from screener.text.recognizers.nl_email import is_role_mailbox, plain_address, template_address

# When hits overlap, the earlier rule in this list wins: the more specific finding explains more.
PRIORITY = [
    "A2-DENY", "A2-EMAIL", "A2-EMAIL-ALGEMEEN", "A2-ACCOUNT", "A2-IBAN", "A2-BSN", "A2-TELEFOON", "A2-URL", "A2-IP",
    "A2-POSTCODE", "A2-ADRES", "A2-GEBOORTEDATUM", "A2-KENTEKEN", "A2-LEERLINGNUMMER", "A2-NAAM", "A2-PLAATS",
]
RANK = {rule: i for i, rule in enumerate(PRIORITY)}
DIGIT_RULES = {"A2-TELEFOON", "A2-IBAN", "A2-BSN", "A2-LEERLINGNUMMER", "A2-POSTCODE"}
DOMAIN_RULES = {"A2-EMAIL", "A2-EMAIL-ALGEMEEN", "A2-URL", "A2-ACCOUNT"}
NAME_RULES = {"A2-NAAM", "A2-PLAATS"}
# Between drafts joined for batch analysis: new lines end every sentence and context window,
# the NUL character stops every pattern that allows white space.
SEPARATOR = "\n\n\x00\n\n"


# --- allow lists ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Allowed:
    phrases: tuple[str, ...]  # the organisation's names, public data, allowed values and names
    values: frozenset[str]  # normalised allowed values
    digits: frozenset[str]  # allowed numbers (phone, IBAN) as digits only
    domains: tuple[str, ...]
    handles: frozenset[str] = frozenset()  # the organisation's and schools' names as a handle: "obsderegenboog"
    keys: frozenset[str] = frozenset()  # letters and digits only: "drschaepmanstraat8", "7421ef"
    names: tuple[str, ...] = ()  # the organisation's and schools' names: also the head of a compound ("Baken-Bode")
    # the schools' names and their ends, normalised, with a space: a name found that opens with one names the
    # school's paper, choir or team ("Baken Bazuin", "Zeeën Dancers" of "de Zeven Zeeën Dancers")
    name_heads: tuple[str, ...] = ()


def _handle(text: str) -> str:
    """A name or account as a handle: lower case letters and digits only, without diacritics
    ("OBS De Regenboog" -> "obsderegenboog", "IKC De Zeven Zeeën" -> "ikcdezevenzeeen")."""
    return re.sub(r"[^a-z0-9]", "", lexicons.fold_name(text).lower())


def _key(text: str) -> str:
    """A value's letters and digits in lower case: "Dr. Schaepmanstraat 8" and "Dr Schaepmanstraat 8" are one."""
    return re.sub(r"[\W_]", "", text.lower())


ABBREVIATION_START = re.compile(r"^[A-Za-z]{1,4}\.\s*(?=[A-Z])")  # "Dr. ", "St.", "Mr."
POSTCODE_START = re.compile(r"^\d{4}\s?[A-Za-z]{2}\b")
KEY_RULES = {"A2-ADRES", "A2-POSTCODE"}  # the organisation's address written in another form


def _keys(phrases: list[str]) -> frozenset[str]:
    """Keys of the public addresses and postcodes: "7421 EF Deventer" gives "7421efdeventer" and "7421ef"."""
    keys = set()
    for phrase in phrases:
        keys.add(_key(phrase))
        title = ABBREVIATION_START.match(phrase.strip())
        if title:  # "Dr. Schaepmanstraat 8": also as "Schaepmanstraat 8", the part an address pattern finds
            keys.add(_key(phrase.strip()[title.end():]))
        postcode = POSTCODE_START.match(phrase.strip())
        if postcode:
            keys.add(_key(postcode.group()))
    return frozenset(k for k in keys if len(k) >= 6)


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def _digits(text: str) -> str:
    """A number's digits, national form: "+31 (0)570 62 34 51", "0031570623451" -> "0570623451"."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits


INNER_CAPITAL = re.compile(r"[a-z][A-Z]")  # "DeWingerd": words joined
SCHOOL_KIND = re.compile(r"^(?:[A-Z]{2,5}|[A-Z]{1,4}[a-z]?[A-Z]{1,4})\s+")  # "OBS ", "KBS ", "IKC ", "RKBS "


def short_names(school: str) -> list[str]:
    """How posts name a school without its kind: "KBS De Wingerd" -> "De Wingerd", "Wingerd"."""
    names = []
    rest = SCHOOL_KIND.sub("", school.strip())
    if rest != school.strip():
        names.append(rest)
    without_article = re.sub(r"^(?:De|Het|'t)\s+", "", rest)
    if without_article != rest and len(without_article) >= 5:
        names.append(without_article)
    return names


_ALLOWED: dict[tuple, Allowed] = {}  # per organisation's names, public data and allowed values: what they allow


def allowed_from(config: Config) -> Allowed:
    """What the configuration allows (see `Allowed`), made once per set of names and values: building it took
    a twentieth of the time of a short draft."""
    org, allow = config["organisation"], config["allow"]
    key = (org["name"], *(tuple(org[k]) for k in ("aliases", "schools", "public", "domains")),
           tuple(allow["values"]), tuple(allow["names"]))
    allowed = _ALLOWED.get(key)
    if allowed is None:
        if len(_ALLOWED) >= 16:
            _ALLOWED.clear()
        allowed = _ALLOWED[key] = _build_allowed(config)
    return allowed


def _build_allowed(config: Config) -> Allowed:
    org = config["organisation"]
    schools = [*org["schools"], *(short for school in org["schools"] for short in short_names(school))]
    phrases = [org["name"], *org["aliases"], *schools, *org["public"], *config["allow"]["values"],
               *config["allow"]["names"]]
    phrases = [p for p in phrases if p and p.strip()]
    return Allowed(
        phrases=tuple(phrases),
        values=frozenset(_normal(p) for p in phrases),
        digits=frozenset(d for d in (_digits(p) for p in [*org["public"], *config["allow"]["values"]]) if len(d) >= 6),
        domains=tuple(d.lower().lstrip("@.").removeprefix("www.") for d in org["domains"] if d.strip()),
        handles=frozenset(h for h in (_handle(n) for n in [org["name"], *org["aliases"], *schools,
                                                            *(p for p in org["public"] if p.strip().startswith("@"))])
                          if len(h) >= 4),
        keys=_keys([*org["public"], *config["allow"]["values"]]),
        names=tuple(n for n in [org["name"], *org["aliases"], *schools] if n and n.strip()),
        name_heads=_name_heads([org["name"], *org["aliases"], *schools]),
    )


def _name_heads(names: list[str]) -> tuple[str, ...]:
    """Each name and each of its ends of five characters or more, normalised, followed by a space."""
    heads = set()
    for name in names:
        words = _normal(name or "").split()
        heads.update(" ".join(words[k:]) + " " for k in range(len(words)) if len(" ".join(words[k:])) >= 5)
    return tuple(sorted(heads))


# what stands before a school's name in a name the tagger found around it: "MR van Het Baken"
SMALL_WORDS_BEFORE_SCHOOL = {"van", "voor", "bij", "op", "de", "het", "der", "den"}


def _allowed_ranges(text: str, allowed: Allowed) -> list[tuple[int, int]]:
    words = _words_of(text) if len(allowed.phrases) >= GATED_FROM else None
    ranges = []
    for phrase in allowed.phrases:
        if _may_stand_in(phrase, words):
            ranges += _spans_of(phrase, r"(?!\w)", text)
    names = [name for name in allowed.names if _may_stand_in(name, words)]
    for name in names:  # the school paper "Baken-Bode", "Vlinderhof-Krant": a compound of the school's name
        ranges += _spans_of(name, r"(?:-[^\W\d_]+)+(?!\w)", text)
    if names and TEAM_WORDS.search(text):  # "| Vlinderhof 1 | meisjes groep 7/8 |": the school's team, numbered
        for name in names:
            ranges += _spans_of(name, r" [1-9](?![\w-])", text)
    return ranges


WORD = re.compile(r"\w+")
GATED_FROM = 10  # names and values: with fewer, searching them all costs less than listing the text's words
# the letters other than a-z and A-Z that IGNORECASE takes for one of them: "İ" and "ı" (i), "ſ" (s), the Kelvin sign (k)
ODD_CASES = re.compile("[\u0130\u0131\u017f\u212a]")


def _words_of(text: str) -> set[str] | None:
    """The words of the text in lower case, to skip the names and values that cannot stand in it (most of an
    organisation's dozens, in a short draft); None (search them all) in a text with one of ODD_CASES."""
    if ODD_CASES.search(text):
        return None
    return {word.lower() for word in WORD.findall(text)}


def _may_stand_in(words: str, text_words: set[str] | None) -> bool:
    """Can `_spans_of(words, ...)` find anything in a text of these words? A match has each word of the name
    as a whole word of the text: no word character stands before it or after it (the pattern's look-behind, its
    white space, its tail), and none matches the name's characters around it when they are ASCII. With both
    words in a-z and A-Z only, each of the name's words in lower case is then among the text's."""
    return text_words is None or all(word in text_words for word in _plain_words(words))


@functools.lru_cache(maxsize=4096)
def _plain_words(words: str) -> tuple[str, ...]:
    """The name's runs of word characters in ASCII with white space or ASCII around them, in lower case
    ("obs", "de", "vlinderhof"; "0570", "623451" of "0570-623451"; not "zeeën"), longest first."""
    runs = {run.group().lower() for run in WORD.finditer(words) if run.group().isascii()
            and _plain_around(words, run.start() - 1) and _plain_around(words, run.end())}
    return tuple(sorted(runs, key=lambda run: (-len(run), run)))


def _plain_around(words: str, at: int) -> bool:
    return not 0 <= at < len(words) or words[at].isascii() or words[at].isspace()


def _spans_of(words: str, tail: str, text: str) -> list[tuple[int, int]]:
    """Where `words` (any white space between them, any case) stand in `text` followed by `tail`."""
    return [m.span() for m in _words_pattern(words, tail).finditer(text)]


@functools.lru_cache(maxsize=4096)
def _words_pattern(words: str, tail: str) -> re.Pattern:
    """The pattern of `_spans_of`, made once per name (an organisation's names, aliases and public values
    outnumber the few hundred patterns `re` keeps). It opens with the first character, then looks behind
    it for a word character ("(?<!\\w)" moved one place on): a pattern that opens with a character lets
    `re` skip ahead to where that character stands, three times as fast on a long text."""
    parts = [re.escape(part) for part in words.split()]
    first = words.split()[0]
    parts[0] = re.escape(first[0]) + r"(?<!\w.)" + re.escape(first[1:])
    return re.compile(r"\s+".join(parts) + tail, re.IGNORECASE)


# a draft about the school's teams: there a school's name with a digit is a team ("Vlinderhof 2")
TEAM_WORDS = re.compile(r"\b(?:teams?|elftal(?:len)?|toernooi|poule)\b", re.IGNORECASE)


def _host(value: str) -> str:
    value = value.lower()
    if "@" in value and "/" not in value:
        return value.rsplit("@", 1)[1]
    value = re.sub(r"^[a-z]+://", "", value)
    return value.split("/", 1)[0].removeprefix("www.")


def _organisation_account(value: str, allowed: Allowed) -> bool:
    """"@obsderegenboog", "facebook.com/obs.de.regenboog", "instagram.com/lithora_nl": the organisation's own."""
    account = value.rstrip("/").rsplit("/", 1)[-1].lstrip("@").split("@", 1)[0].lower()  # "@school@mastodon.nl"
    parts = [p for p in re.split(r"[._-]+", account) if p]
    return any(_handle("".join(parts[:n])) in allowed.handles for n in range(1, len(parts) + 1))


def _school_name_with_small_words(hit: TextHit, value: str, ranges: list[tuple[int, int]]) -> bool:
    """"de aula van Het Baken", "De MR van Het Baken": a name found around the school's own name whose
    other words are small words or abbreviations ("van", "MR") names no one: "van" before the school's name
    is no surname."""
    for start, end in ranges:
        if start < hit.end and hit.start < end and (start > hit.start or end < hit.end):
            rest = value[:max(0, start - hit.start)] + " " + value[max(0, end - hit.start):]
            words = rest.split()
            if all(w.lower() in SMALL_WORDS_BEFORE_SCHOOL or (w.isupper() and len(w) <= 4) for w in words):
                return True
    return False


def _is_allowed(hit: TextHit, value: str, allowed: Allowed, ranges: list[tuple[int, int]]) -> bool:
    if hit.rule == "A2-DENY":
        return False
    if any(start <= hit.start and hit.end <= end for start, end in ranges):
        return True
    if hit.rule == "A2-NAAM" and _school_name_with_small_words(hit, value, ranges):
        return True
    if hit.rule == "A2-NAAM" and allowed.handles and " " not in value and INNER_CAPITAL.search(value) \
            and _handle(value) in allowed.handles:
        return True  # "#DeWingerd", "#HetBaken": the school's name written as one word, a hashtag's way
    if hit.rule == "A2-NAAM" and allowed.name_heads and " " in value and _normal(value).startswith(allowed.name_heads):
        return True  # "De Baken Bazuin", "de Zeven Zeeën Dancers": the school's name opens the name of its paper or group
    if hit.rule in ("A2-EMAIL", "A2-EMAIL-ALGEMEEN"):
        value = plain_address(value)  # "info(at)school.nl" is the public "info@school.nl"
    if _normal(value) in allowed.values:
        return True
    if hit.rule in DIGIT_RULES and _digits(value) in allowed.digits:
        return True
    if hit.rule in KEY_RULES and _key(value) in allowed.keys:
        return True
    if hit.rule in ("A2-ACCOUNT", "A2-URL") and allowed.handles and _organisation_account(value, allowed):
        return True
    if hit.rule in DOMAIN_RULES and allowed.domains:
        host = _host(value)
        return any(host == d or host.endswith("." + d) for d in allowed.domains)
    return False


# --- from presidio's results to hits --------------------------------------------------------


def _to_hits(text: str, results: list[RecognizerResult], allowed: Allowed) -> list[TextHit]:
    hits = []
    for result in results:
        recognizer = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
        start, end = result.start, result.end
        while end > start and text[end - 1] in " \t\n":
            end -= 1
        rule = result.entity_type
        if rule == "A2-EMAIL" and (is_role_mailbox(text[start:end]) or template_address(text[start:end])):
            rule = "A2-EMAIL-ALGEMEEN"
        hits.append(TextHit(start=start, end=end, rule=rule, score=round(result.score, 3), recognizer=recognizer))
    ranges = _allowed_ranges(text, allowed) if allowed.phrases else []
    kept, own = [], []
    for h in hits:
        (own if _is_allowed(h, text[h.start : h.end], allowed, ranges) else kept).append(h)
    # a number inside the organisation's own IBAN or phone number is the organisation's too: "NL13ASNB7533362853"
    own_numbers = [(h.start, h.end) for h in own if h.rule in DIGIT_RULES]
    if own_numbers:
        kept = [h for h in kept if not (h.rule in DIGIT_RULES
                                        and any(s <= h.start and h.end <= e for s, e in own_numbers))]
    return _without_overlaps(kept)


def _without_overlaps(hits: list[TextHit]) -> list[TextHit]:
    chosen: list[TextHit] = []
    for hit in sorted(hits, key=lambda h: (RANK.get(h.rule, len(RANK)), -h.score, -(h.end - h.start), h.start)):
        if all(hit.end <= other.start or other.end <= hit.start for other in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: (h.start, h.end))


def _analyze_artifacts(eng: Engine, text: str, artifacts: NlpArtifacts | None, allowed: Allowed) -> list[TextHit]:
    if not text.strip():
        return []
    results = eng.analyzer.analyze(text=text, language=LANGUAGE, nlp_artifacts=artifacts,
                                   score_threshold=SCORE_THRESHOLD)
    return _to_hits(text, results, allowed)


# --- public ---------------------------------------------------------------------------------


def _visible(text: str) -> tuple[str, list[int] | None]:
    """The text without INVISIBLE characters, its typed dashes, spaces and full-width forms as the plain
    ones (see `typed_characters`), and where each of its characters stands in `text` (None when nothing
    was removed)."""
    if not INVISIBLE.search(text):
        return typed_characters.plain(text), None
    kept = [i for i, char in enumerate(text) if not INVISIBLE.match(char)]
    return typed_characters.plain("".join(text[i] for i in kept)), kept


def _in_original(hits: list[TextHit], kept: list[int] | None) -> list[TextHit]:
    """Hits on the visible text, as spans of the text as written."""
    if kept is None:
        return hits
    return [replace(h, start=kept[h.start], end=kept[h.end - 1] + 1) for h in hits if h.end > h.start]


# A line of wrapped prose: this many characters or more, then a line that goes on with a word.
WRAPPED_LINE = 50
SENTENCE_ENDS = {".", "!", "?"}
SOFT_BREAK = re.compile(r"\n(?=[ \t]*[^\W\d_])")
BLANKED_ITEM = re.compile(r"  (?=\S)")  # a Markdown list's line, its bullet blanked to two spaces


def unwrapped(text: str) -> str:
    """The text with the line breaks of wrapped prose read as spaces (same length, same offsets):
    a Markdown paragraph or an HTML page wraps a sentence over lines ("van Julia Donaldson en
    Axel\nScheffler", "aan de Michiel de\nRuyterstraat"), and a name or street cut by the wrap is
    still one. A break after a short line (a heading, a sign-off, a list of names) or a sentence's end, or before a line
    that opens with a bullet, a number, a table bar, a hashtag, a chat's time stamp or a sender's label stays (also a
    Markdown list's bullet, blanked, after an item that ends with a bracket: "(groep 5)"), and so does the
    break after a Markdown table's row (it ends in its blanked closing bar) and after a table's row typed with tabs
    or lined up with spaces, or between two rows of an export parted by semicolons, bars or commas."""
    if "\n" not in text:
        return text
    chars = None
    for match in SOFT_BREAK.finditer(text):
        at = match.start()
        line_start = text.rfind("\n", 0, at) + 1
        if at - line_start < WRAPPED_LINE or len(text[line_start:at].strip()) < WRAPPED_LINE:
            continue
        if text[line_start:at].rstrip()[-1:] in SENTENCE_ENDS:
            continue  # the sentence ends with its line: a list of notes ("... bij mama.\nstorm heeft ...")
        if text.startswith("  ", at - 2):
            continue  # a Markdown table's row: its closing bar, blanked, ends the line; the next row is another
        if BLANKED_ITEM.match(text, line_start) and BLANKED_ITEM.match(text, at + 1) \
                and text[line_start:at].rstrip().endswith(")") and text[at + 3:at + 4].isupper():
            continue  # items of a Markdown list (bullets blanked): "... Benhaddou (groep 5)" / "  Pindasoep ..."
        if "\t" in text[line_start:at] or "   " in text[line_start:at].strip():
            continue  # a row of a table typed with tabs or lined up with spaces: the next line is the next row
        if table_column.rows_meet(text, at):
            continue  # rows of a CSV export ("Naam;Groep;Telefoon", '"Tijdstempel","Naam kind"')
        if nl_chat_names.sender_line(text[line_start:at].rstrip()):
            continue  # a chat's sender above its message: "[maandag 12 januari 2026 08:34] Veldhuis, Gert-Jan"
        if nl_chat_names.opens_with_label(text, at + 1):
            continue  # a chat's next message, a script's next speaker: "Tom: Dat doe ik wel", "TEUN: Op drie"
        if chars is None:
            chars = list(text)
        chars[at] = " "
    return text if chars is None else "".join(chars)


def analyze(text: str, config: Config) -> list[TextHit]:
    """Personal data in one Dutch text: non-overlapping hits, sorted by start. Invisible characters
    do not split a name or a number (see INVISIBLE), a non-breaking hyphen or space is a hyphen or a space
    (see `typed_characters`), nor does the line break of wrapped prose
    (see `unwrapped`). A long text (a year's newsletters in one file) is screened in pieces, see
    `pieces`."""
    visible, kept = _visible(text)
    return _in_original(_analyze_visible(unwrapped(visible), config), kept)


def _analyze_visible(text: str, config: Config) -> list[TextHit]:
    eng, allowed = engine(config), allowed_from(config)
    if len(text) <= PIECE_CHARS:
        return _analyze_artifacts(eng, text, None, allowed)
    hits: list[TextHit] = []
    for start, own_end, end in pieces(text):
        for hit in _analyze_artifacts(eng, text[start:end], None, allowed):
            if hit.start + start < own_end:  # a hit in the overlap belongs to the next piece
                hits.append(replace(hit, start=hit.start + start, end=hit.end + start))
    return _without_overlaps(hits)


# spaCy refuses texts over 1,000,000 characters (E088) and its memory grows with the text
PIECE_CHARS = 100_000
OVERLAP_CHARS = 2_000


def pieces(text: str, size: int = PIECE_CHARS, overlap: int = OVERLAP_CHARS) -> list[tuple[int, int, int]]:
    """(start, own_end, end) of the pieces a long text is screened in: each piece ends at a
    paragraph break (else a sentence end, else a space) near `size` characters and is read on
    for `overlap` more characters up to the next break, so that no name or number is cut at its
    edge; a hit belongs to the piece its start lies in (start <= hit < own_end)."""
    out = []
    start = 0
    while start < len(text):
        if len(text) - start <= size:
            out.append((start, len(text), len(text)))
            break
        own_end = _break_before(text, start + size // 2, start + size)
        end = min(len(text), _break_before(text, own_end + overlap // 2, own_end + overlap))
        out.append((start, own_end, end))
        start = own_end
    return out


def _break_before(text: str, lo: int, hi: int) -> int:
    """The last paragraph break, sentence end or space in text[lo:hi], else hi."""
    for mark in ("\n\n", ". ", "\n", " "):
        at = text.rfind(mark, lo, hi)
        if at >= 0:
            return at + len(mark)
    return hi


def analyze_many(texts: list[str], config: Config, chunk_chars: int = 20_000) -> list[list[TextHit]]:
    """The same for many texts, faster than one by one.

    Each draft goes through spaCy's `nlp.pipe` as a Doc of its own (the name tagger's post-wide signals see
    only that draft), then short drafts are joined into chunks (separated by SEPARATOR, which no pattern or
    context window crosses) so presidio's fixed cost per call is paid once per chunk (`_joined_artifacts`).
    Hits are mapped back to offsets in each text: each text gets exactly the hits `analyze` gives it.
    """
    visible = [_visible(text) for text in texts]
    found = _analyze_many_visible([unwrapped(text) for text, _ in visible], config, chunk_chars)
    return [_in_original(hits, kept) for hits, (_, kept) in zip(found, visible)]


def _analyze_many_visible(texts: list[str], config: Config, chunk_chars: int) -> list[list[TextHit]]:
    eng = engine(config)
    allowed = allowed_from(config)
    chunks: list[list[int]] = []  # indexes of the texts in each chunk
    results: list[list[TextHit]] = [[] for _ in texts]
    size = 0
    for index, text in enumerate(texts):
        if len(text) > PIECE_CHARS:
            results[index] = analyze(text, config)  # in pieces, on its own
            continue
        if not chunks or size + len(text) > chunk_chars:
            chunks.append([])
            size = 0
        chunks[-1].append(index)
        size += len(text) + len(SEPARATOR)
    for chunk, (text, artifacts) in zip(chunks, _joined_artifacts(eng, texts, chunks)):
        found = eng.analyzer.analyze(text=text, language=LANGUAGE, nlp_artifacts=artifacts,
                                     score_threshold=SCORE_THRESHOLD) if text.strip() else []
        mine = results_per_text(found, [len(texts[index]) for index in chunk], len(SEPARATOR))
        for k, index in enumerate(chunk):
            results[index] = _to_hits(texts[index], mine[k], allowed)
    return results


def _joined_artifacts(eng: Engine, texts: list[str], chunks: list[list[int]]) -> Iterator[tuple[str, NlpArtifacts]]:
    """Each chunk's texts joined by SEPARATOR and presidio's NLP artifacts of the joined text. spaCy reads
    each draft as a Doc of its own, so that the name tagger's signals that hold for a whole post (a title and
    its characters, a name given again, a column of names, an English draft, a sign-off) see only that draft,
    as `analyze` does; the chunk's Doc is then joined from the drafts' Docs (`_joined_doc`, the same text)
    and their name scores, so that presidio is still called once per chunk."""
    nlp = eng.pipeline.nlp
    separator = _separator_doc(nlp)
    docs = iter(nlp.pipe([texts[index] for chunk in chunks for index in chunk], batch_size=32))
    for chunk in chunks:
        parts: list[Doc] = []
        scores: dict[tuple[int, int], float] = {}
        not_persons: list[tuple[int, int]] = []
        offset = 0
        for index in chunk:
            doc = next(docs)
            if parts:
                parts.append(separator)
                offset += len(SEPARATOR)
            parts.append(doc)
            for (start, end), score in doc.user_data.get(names.SCORES, {}).items():
                scores[(start + offset, end + offset)] = score
            not_persons += [(start + offset, end + offset)
                            for start, end in doc.user_data.get(hashtag_repeats.NOT_PERSON_SPANS, ())]
            offset += len(texts[index])
        joined = _joined_doc(nlp, parts)
        joined.user_data[names.SCORES] = scores
        joined.user_data[hashtag_repeats.NOT_PERSON_SPANS] = not_persons
        yield joined.text, eng.analyzer.nlp_engine._doc_to_nlp_artifact(joined, LANGUAGE)


JOINED_ATTRS = [ORTH, SPACY, LEMMA, ENT_IOB, ENT_TYPE]  # what presidio and the name recognizer read of a Doc


def _joined_doc(nlp: Language, parts: list[Doc]) -> Doc:
    """The Docs one after the other as one Doc: their words, spaces, lemmas and entities (what `Doc.from_docs`
    does, a third of the time: it makes a Token object for every word and copies every attribute)."""
    values = numpy.concatenate([part.to_array(JOINED_ATTRS) for part in parts])
    strings = nlp.vocab.strings
    joined = Doc(nlp.vocab, words=[strings[orth] for orth in values[:, 0].tolist()],
                 spaces=values[:, 1].astype(bool).tolist())
    joined.from_array(JOINED_ATTRS[2:], values[:, 2:])
    return joined


def _separator_doc(nlp: Language) -> Doc:
    """SEPARATOR as the pipeline reads it (no names in it), made once per pipeline."""
    doc = _SEPARATOR_DOCS.get(id(nlp))
    if doc is None or doc.vocab is not nlp.vocab:
        doc = _SEPARATOR_DOCS[id(nlp)] = nlp(SEPARATOR)
    return doc


_SEPARATOR_DOCS: dict[int, Doc] = {}


def nlp_for(config: Config) -> Language:
    """The spaCy pipeline the text stage runs (tokenizer, model if installed, lexicon names)."""
    return engine(config).pipeline.nlp


def describe(config: Config) -> dict:
    """What runs, for `screener check --explain`/`--version` and the eval output."""
    import spacy

    eng = engine(config)
    lex = lexicons.load()
    return {
        "spacy": spacy.__version__,
        "model": eng.pipeline.model,
        "recognizers": eng.recognizers,
        "lexicons": {"source": lex.source, **lex.sizes()},
        "vocabulary": "OpenTaal (BSD)" if vocabulary.available() else "ontbreekt",
    }
