"""D4: a medewerker's post about Lithora on a personal account says it is their own opinion.

Recognised: the configured wording, the phrases in data/disclaimer.txt ("op persoonlijke titel",
"dit is mijn eigen mening", "los van het officiële standpunt", "niet namens mijn werkgever", ...),
in a post in English also those in data/disclaimer_en.txt ("Views are my own"), in a post (partly) in another
language those in data/disclaimer_other.txt ("Buradaki gorusler kisiseldir"), and [policy]
disclaimer_phrases. `add_disclaimer` puts the configured wording into a post.
"""

from __future__ import annotations

import functools
import re

from screener.rules import lexicon
from screener.rules.analysis import Analysis
from screener.rules.settings import PolicySettings

_PUNCTUATION = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=16)
def _pattern(extra: tuple[str, ...]) -> re.Pattern:
    return lexicon.regexes([*lexicon.lines("disclaimer.txt"), *extra])


def _words(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", lexicon.fold(text)).split())


# "Persoonlijke mening uiteraard." / "Privé-mening!": the phrase alone, as a short sentence of its own.
_SHORT_OPINION = re.compile(r"(?<![\w])(?:persoonlijke|eigen|prive)[ -]?(?:mening|opvatting|standpunt|visie)(?![\w])")
SHORT_SENTENCE_TOKENS = 5


# "Dat is jouw eigen mening", "Iedereen een eigen mening": someone else's opinion.
_OTHERS = {"jouw", "jij", "je", "uw", "u", "zijn", "haar", "hun", "iedereen", "ieder", "elk", "elke", "kinderen",
           "leerlingen", "ouders"}


def _short_opinion_sentence(analysis: Analysis) -> bool:
    for sentence in analysis.sentences:
        tokens = analysis.tokens(sentence)
        words = {analysis.folded[t.start:t.end] for t in tokens}
        if len(tokens) <= SHORT_SENTENCE_TOKENS and not words & _OTHERS \
                and not analysis.text[sentence.start:sentence.end].rstrip().endswith("?") \
                and _SHORT_OPINION.search(analysis.folded, sentence.start, sentence.end):
            return True
    return False


def _named_pattern(settings: PolicySettings) -> re.Pattern | None:
    """'niet namens Lithora', 'los van OBS De Regenboog', 'not those of Lithora': the organisation or a school
    by name."""
    names = [n for n in (settings.organisation, *settings.aliases, *settings.schools) if n.strip()]
    if not names:
        return None
    return re.compile(r"(?:niet (?:namens|het standpunt van|de mening van)|los van"
                      r"|(?:not|never|don't|doesn't) (?:necessarily )?(?:represent|reflect|those of|the views of|"
                      r"on behalf of|speak for)(?: the)?) (?:" +
                      "|".join(re.escape(" ".join(lexicon.fold(n).split())) for n in names) + r")(?![\w])")


def has_disclaimer(analysis: Analysis, settings: PolicySettings) -> bool:
    folded = " ".join(analysis.folded.split())
    phrases = (settings.disclaimer_phrases + lexicon.for_english("disclaimer_en.txt", analysis.is_english)
               + lexicon.for_english("disclaimer_other.txt", analysis.other_language))
    if _pattern(phrases).search(folded) or _short_opinion_sentence(analysis):
        return True
    named = _named_pattern(settings)
    if named and named.search(folded):
        return True
    wording = _words(settings.disclaimer_text)
    return bool(wording) and wording in " ".join(_PUNCTUATION.sub(" ", analysis.folded).split())


_TRAILING_COMMENTS = re.compile(r"(?:\s*<!--.*?-->)*\s*\Z", re.S)
_BODY_END = re.compile(r"</(?:article|main|body)>", re.I)


def add_disclaimer(source: str, kind: str, wording: str) -> str:
    """The post's source with `wording` as a last paragraph, before any trailing HTML comments.

    For HTML, the paragraph goes before the first closing </article>, </main> or </body>.
    """
    if kind == "html":
        import html

        paragraph = f"<p>{html.escape(wording, quote=False)}</p>\n"
        closing = _BODY_END.search(source)
        if closing:
            at = closing.start()
            line_start = source.rfind("\n", 0, at) + 1
            indent = source[line_start:at]
            if not indent.strip():  # the closing tag stands on its own line: keep the layout
                return source[:line_start] + indent + "  " + paragraph + source[line_start:]
            return source[:at] + paragraph + source[at:]
        return source.rstrip("\n") + "\n" + paragraph
    tail = _TRAILING_COMMENTS.search(source)
    body, comments = source[:tail.start()], source[tail.start():]
    comments = comments.strip("\n")
    result = body.rstrip() + "\n\n" + wording + "\n"
    if comments.strip():
        result += "\n" + comments.strip() + "\n"
    return result
