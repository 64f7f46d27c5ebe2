"""A capitalised word that opens a sentence and is a Dutch verb's stem, followed by what follows an imperative or
a question that puts its verb first, is the verb, not a name: "Hang dit blad bij de deur", "Ken je iemand die ...",
"Mark je agenda", "Bel ons gerust", "Zet het in je agenda", "Kent u een goede oppas?".

The word is read as a verb when its infinitive is an ordinary Dutch word (`vocabulary`): the stem as Dutch writes it
("hang" of hangen, "ken" of kennen, "neem" of nemen, "geef" of geven, "ga" of gaan), or the stem and "t" before "u"
("Kent u"). What follows it says the sentence puts its verb first: a pronoun of the reader or an object ("je",
"u", "ons", "hem"), a determiner before an ordinary word ("dit blad", "de datum"; not "Ken de Jong", a name and
its surname), a particle ("even", "maar", "mee", "op").

A pupil is still a pupil: "Ken en Mila speelden" (a conjunction, no imperative), "Mark (groep 6)" (school context),
"Roos mocht als eerste" (a past verb follows), and "Daan je bent de beste" (a name spoken to, then a verb that goes
with "je").
"""

from __future__ import annotations

from screener.text import vocabulary
from screener.text.not_persons.school_context import opens_sentence, pupil_beside

# what follows an imperative or a verb-first question: the reader, an object, a determiner, a particle
PRONOUNS = {"je", "jij", "u", "jullie", "ons", "hem", "haar", "ze", "het", "er", "me", "mij"}
DETERMINERS = {"dit", "dat", "deze", "die", "de", "het", "een", "je", "jouw", "uw", "onze"}
PARTICLES = {"even", "maar", "zelf", "mee", "op", "af", "in", "uit", "door", "gerust", "alvast", "eens"}
FOLLOWERS = PRONOUNS | DETERMINERS | PARTICLES
# after a word that is also a first name only the reader or an object: "Ken je", "Mark je agenda", "Bel ons"
AFTER_A_FIRST_NAME = {"je", "jij", "u", "jullie", "ons", "hem", "dit", "deze"}
# a verb that goes with "je" after a name spoken to: "Daan je bent top", "Sem je mag ...": the name is a person's
VERB_AFTER_YOU = {"bent", "was", "hebt", "had", "moet", "moest", "mag", "mocht", "kan", "kunt", "kon", "wordt", "werd",
                  "gaat", "ging", "zou", "zal", "wilt", "wil", "wou", "bedankt", "komt", "kwam", "doet", "deed", "zit",
                  "zat", "staat", "stond", "weet", "wist", "speelt", "speelde", "krijgt", "kreeg"}
DOUBLE_VOWELS = ("aa", "ee", "oo", "uu")
VOICED = {"f": "v", "s": "z"}


def _infinitive_listed(stem: str) -> bool:
    """Is there an ordinary Dutch verb whose stem this is: "hang" (hangen), "ken" (kennen), "neem" (nemen),
    "geef" (geven), "ga" (gaan), "doe" (doen)?"""
    if len(stem) < 2 or not stem.isalpha():
        return False
    forms = [stem + "en", stem + "n", stem + "eren"]  # "mark" of markeren: "Mark je agenda"
    last = stem[-1]
    if last not in "aeiouy" and len(stem) >= 3 and stem[-2] in "aeiou" and stem[-3] not in "aeiou":
        forms.append(stem + last + "en")  # "ken" -> "kennen", "bel" -> "bellen"
    if len(stem) >= 3 and stem[-3:-1] in DOUBLE_VOWELS:
        forms.append(stem[:-2] + VOICED.get(last, last) + "en")  # "neem" -> "nemen", "geef" -> "geven", "lees" -> "lezen"
    if last in VOICED:
        forms.append(stem[:-1] + VOICED[last] + "en")  # "blijf" -> "blijven", "reis" -> "reizen"
    if stem.endswith(("a", "e", "o")) and len(stem) == 2:
        forms.append(stem + stem[-1] + "n")  # "ga" -> "gaan", "sta" is three letters: "staan" by stem + "an" below
    if stem.endswith("a"):
        forms.append(stem + "an")
    return any(vocabulary.is_lower_case_word(form) for form in forms)


def _verb_first(doc, i: int, n: int, lex) -> bool:  # noqa: ANN001
    token = doc[i]
    if i + 1 >= n or token.whitespace_ != " ":
        return False
    follower = doc[i + 1].lower_
    if follower not in FOLLOWERS or (token.text in lex.first_names and follower not in AFTER_A_FIRST_NAME):
        return False  # "Sem even", "Kees de penningmeester": a first name before a particle or an apposition
    low = token.lower_
    if follower == "u" and low.endswith("t") and len(low) > 3 and _infinitive_listed(low[:-1]):
        pass  # "Kent u", "Weet u"
    elif not _infinitive_listed(low):
        return False
    after = doc[i + 2] if i + 2 < n else None
    if follower in {"je", "jij"} and after is not None and after.lower_ in VERB_AFTER_YOU:
        return False  # "Daan je bent top": a name spoken to
    if follower in DETERMINERS - PRONOUNS - {"je"} or follower == "het":
        # "Hang dit blad", "Zet de datum"; not "Ken de Jong", "Mark van Dijk": a surname after its particle
        if after is None or not (after.text[:1].islower() or after.like_num):
            return False
    return opens_sentence(doc, i)


def block_verb_first(doc, blocked, lex) -> None:  # noqa: ANN001
    """Block the capitalised verb that opens an imperative or a verb-first question (see the module's docstring)."""
    n = len(doc)
    for i in range(n - 1):
        if doc[i + 1].lower_ not in FOLLOWERS:
            continue  # the quick way out: most words are followed by no pronoun, determiner or particle
        token = doc[i]
        if not token.text[:1].isupper() or not token.text[1:].islower() or blocked.tokens[i] or len(token.text) > 12:
            continue
        if _verb_first(doc, i, n, lex) and not pupil_beside(doc, i, i + 1):
            blocked.tokens[i] = True
