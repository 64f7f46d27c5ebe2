"""Ordinary English words in an English text are no names: a Dutch school's newsletter for expat parents
writes "Dear Parents", "Welcome back after the Autumn Break", headings in title case ("Upcoming Events",
"Library Corner"), days and months ("Thursday 16 October") and "Kind regards", and the Dutch lists know
none of those words, so each capital would look like a name no list knows.

A paragraph is English when its small words say so ("the", "and", "you", "will", "please" outnumber "de",
"het", "een", "en"); a paragraph with too few of them (a heading, "Dear Parents,", a sign-off) is in the
language of its draft. In English paragraphs a capitalised word that English uses often (the word
frequencies of pyspellchecker's English dictionary) is blocked, unless it is a first name the lists know
("Noah from group 5 won", "Emma"); a first name that is also one of the most common English words
("Will", "Hope", "Day", "Job") only when no school context follows it ("Hope (group 3)", "Will from
class 6"). A word in lower case that English uses often is no first name typed in lower case either ("Well
done": not "Done"). A word after a title ("Mrs Baker", "juf Rose") or after a first name ("Tom Baker") is a name
still.
"""

from __future__ import annotations

import functools
import gzip
import importlib.resources
import json
import re
from typing import TYPE_CHECKING

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
DUTCH_WORDS = frozenset(
    "de het een en van op voor met niet zijn ook dat die je wij ze er naar bij uit aan om als maar nog wel dan "
    "worden wordt jullie ons onze deze dit zich hun kunnen kan moet hebben heeft zal zou graag tot over door "
    "geen veel waar wat jij u uw".split()
)
SMALL_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
PARAGRAPH = re.compile(r"\n[ \t]*\n")
DECIDED = 3  # small words a paragraph needs to have a language of its own
DRAFT_ENGLISH = 8  # small words an English draft has at least
COMMON = 300  # how often English uses a word (pyspellchecker's counts) for it to be an ordinary word
VERY_COMMON = 100_000  # ... for a first name that is such a word ("Will", "Hope", "Day") to be one here
ENGLISH_TITLES = {"mr", "mrs", "ms", "miss", "mister", "dr", "sir", "madam", "teacher", "coach", "master"}
SCHOOL_AFTER = re.compile(r"^\s*(?:\(\s*)?(?:(?:from|in|of)\s+)?(?:group|grade|class|year|groep|klas)\s*\d",
                          re.IGNORECASE)


def block_english_words(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001 - a Tokens snapshot
    """Block the ordinary English words of the draft's English paragraphs (see the module's docstring)."""
    text = doc.text
    if "the " not in text and "The " not in text:
        return  # the quick way out: no English text without "the"
    spans = _english_spans(text)
    if not spans:
        return
    words = _common_words()
    k, n = 0, len(doc)
    for start, end in spans:
        while k < n and doc[k].idx < start:
            k += 1
        while k < n and doc[k].idx < end:
            token = doc[k]
            if blocked.tokens[k] or not token.text.isalpha():
                pass
            elif token.text[:1].isupper():
                blocked.tokens[k] = _ordinary(doc, k, words, lex)
            else:
                blocked.tokens[k] = _count(token.text, words) >= COMMON  # "Well done": no first name in lower case
            k += 1


def _ordinary(doc, k: int, words: dict[str, int], lex: Lexicons) -> bool:  # noqa: ANN001
    token = doc[k]
    count = _count(token.lower_, words)
    if count < COMMON:
        return False
    if k > 0:
        before = doc[k - 1]
        if before.lower_.rstrip(".") in ENGLISH_TITLES or before.lower_.rstrip(".") in lex.titles:
            return False  # "Mrs Baker", "juf Rose"
        if before.text in lex.first_names and before.text[:1].isupper() and count < VERY_COMMON:
            return False  # "Tom Baker"
    if token.text in lex.first_names:
        after = doc.text[token.idx + len(token.text):token.idx + len(token.text) + 24]
        return count >= VERY_COMMON and SCHOOL_AFTER.match(after) is None
    return True


def _count(word: str, words: dict[str, int]) -> int:
    """How often English uses the word, or its singular ("Caregivers", "Activities")."""
    count = words.get(word, 0)
    if not count and word.endswith("s") and len(word) > 4:
        count = words.get(word[:-3] + "y", 0) if word.endswith("ies") else words.get(word[:-1], 0)
    return count


def _english_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the English paragraphs of each draft in `text` (drafts parted by NUL)."""
    spans = []
    draft_start = 0
    for draft in text.split("\x00"):
        paragraphs, pos = [], draft_start
        for part in PARAGRAPH.split(draft):
            start = draft.find(part, pos - draft_start) + draft_start if part else pos
            small = SMALL_WORD.findall(part)
            english = sum(w in ENGLISH_WORDS for w in small)
            dutch = sum(w in DUTCH_WORDS for w in small)
            paragraphs.append((start, start + len(part), english, dutch))
            pos = start + len(part)
        english = sum(p[2] for p in paragraphs)
        dutch = sum(p[3] for p in paragraphs)
        draft_is_english = english >= DRAFT_ENGLISH and english > 2 * dutch
        for start, end, en, nl in paragraphs:
            if en + nl >= DECIDED:
                if en > 2 * nl:
                    spans.append((start, end))
            elif draft_is_english:
                spans.append((start, end))
        draft_start += len(draft) + 1
    return spans


@functools.cache
def _common_words() -> dict[str, int]:
    """pyspellchecker's English word counts of the words English uses often, loaded once, when a draft has
    English text."""
    data = (importlib.resources.files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    return {word: count for word, count in json.loads(gzip.decompress(data)).items() if count >= COMMON}
