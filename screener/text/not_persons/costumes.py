"""Who a child dresses up as or plays is a character, not a person of the school: "verkleed als Elsa", "mogen
verkleed komen als Spiderman", "als Pippi Langkous verkleed", "verkleedde zich als Kapitein Haak"; "Emma speelt
Elsa", "wij spelen Rummikub", "in de rol van Kapitein Haak". A child is never dressed up as another pupil; school
context beside the name still makes it a pupil's ("verkleed als Sem (groep 8)").

"speelt X" counts only after its subject, a name or a pronoun ("Emma speelt Elsa", "we spelen Qwirkle"): with a word
before the verb ("Morgen speelt Sem piano", "Dan speelt Daan") the name after it is the subject, a child, and so
is a name after "en" that the next "speelt" follows ("Sanne speelt Assepoester en Lotte speelt Elsa").
"""

from __future__ import annotations

import re

from screener.text import vocabulary
from screener.text.lexicons import Lexicons
from screener.text.not_persons.school_context import pupil_beside, token_index

NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:van|de|der|het|en)?[ \t]*[A-Z][\w'’-]*){0,3}"
# "verkleed (komen) als X", "verkleedde zich als X"; "als X verkleed"
AFTER_VERB = re.compile(r"\bverkle(?:ed|edt|den|edde|edden)(?:[ \t]+(?:komen|zich|mogen|gaan|als|kwam|kwamen))*"
                        r"[ \t]+als[ \t]+(?:een[ \t]+)?(" + NAME + ")")
BEFORE_VERB = re.compile(r"\bals[ \t]+(" + NAME + r")[ \t]+verkle(?:ed|edt|den|edde|edden)\b")
# a role: "in de rol van X", "speelt de rol van X"
ROLE = re.compile(r"\brol[ \t]+van[ \t]+(" + NAME + ")")
# "Emma speelt Elsa", "we spelen Rummikub": the word before the verb is read in `_subject_before`
PLAY_VERBS = ("speelden", "speelde", "spelen", "speelt", "speel")
PLAY_VERB = "(?:" + "|".join(PLAY_VERBS) + ")"
PLAYS = re.compile(r"(?<![\w-])(\w+)[ \t]+" + PLAY_VERB + r"[ \t]+(" + NAME + ")")
PLAY_VERB_NEXT = re.compile(r"[ \t]+" + PLAY_VERB + r"\b")  # "Assepoester en Lotte| speelt Elsa"
PRONOUNS = {"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "jullie"}
NAME_JOINERS = {"en", "of", "met", "tegen", "voor", "bij", "na"}  # "speelt tegen Sem": a pupil (not matched: lower case)


def block_costumes(doc, blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """Block the character a child dresses up as or plays (see the module's docstring)."""
    text = doc.text
    if "verkle" not in text and "spe" not in text and "rol" not in text:
        return  # the quick way out
    starts = [t.idx for t in doc]
    spans = [m.span(1) for pattern in (AFTER_VERB, BEFORE_VERB, ROLE) for m in pattern.finditer(text)]
    spans += [_role_of(m) for m in PLAYS.finditer(text) if _subject_before(m.group(1), lex)]
    for start, end in spans:
        first, last = token_index(starts, start), token_index(starts, end - 1)
        if pupil_beside(doc, first, last + 1):
            continue
        for k in range(first, last + 1):
            blocked.tokens[k] = True


def _role_of(play: re.Match) -> tuple[int, int]:
    """The role of "Sanne speelt Assepoester en Lotte speelt Elsa": not "Assepoester en Lotte", where the name after
    "en" is the subject of the next "speelt"."""
    start, end = play.span(2)
    if PLAY_VERB_NEXT.match(play.string, end):
        joined = play.group(2).rfind(" en ")
        if joined > 0:
            return start, start + joined
    return start, end


def _subject_before(word: str, lex: Lexicons) -> bool:
    """A pronoun or a name before "speelt": its subject ("Emma", "we"); not "Morgen", "Dan" or "Vandaag", words
    that put the verb before its subject."""
    if word.lower() in PRONOUNS:
        return True
    return word[:1].isupper() and word in lex.first_names and not vocabulary.is_lower_case_word(word.lower())
