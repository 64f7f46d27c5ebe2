"""The letter that labels an answer option in a quiz or a poll ("A. Parijs", "B) Lyon", "(C) Rome",
"Kies uit: A. Boom, B. Bloem of C. Struik") is no initial: "A. Parijs" is no Mr or Mrs Parijs. A letter
counts as a label only in a run of labels in alphabetical order from A (or a) that open lines or follow
a colon, a comma, "of" or a gap of two spaces ("A. Arcade  B. Birds") (or stand in brackets: "(B) Zomer"); the option after it is then read as a
sentence's first word. Where an option is a first name that is no word ("A. Daan", "(A) Daan (B) Noor"), the
options are people: only the letters are no initials, and "Noor" stays a name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from screener.text import vocabulary
from screener.text.not_persons.animal_names import SURNAME_INTERFIXES

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked

LABEL_LETTERS = "abcdefgh"
OPTION_A = re.compile(r"(?:^|[\s(:,])[Aa][.)][ \t]", re.MULTILINE)
LABEL_REACH = 200  # characters from one option's label to the next one's
INLINE_BEFORE = {":", ",", "of", "en", "?", ";"}  # what stands before a label on the line: "Kies uit: A. Boom, B. Bloem"
OPTION_ENDS = {".", ",", "of", "?", "!", ";", "/", "("}  # what ends an option of one word: "A. Boom, B. Bloem of C. Struik."
OPTION_LABELS = "option_labels"  # the Tokens' attribute that keeps the labels' indices for `name_words._sentence_start`


def _label_at(doc, i: int) -> tuple[str, int] | None:  # noqa: ANN001
    """(letter, index of the token after the label) when a label may stand at token i: "A.", "B )", "( C )"."""
    text = doc[i].text
    if len(text) == 2 and text[1] == "." and text[0].lower() in LABEL_LETTERS and text[0].isalpha():
        after = i + 1
    elif len(text) == 1 and text.lower() in LABEL_LETTERS and text.isalpha() and i + 1 < len(doc) \
            and doc[i + 1].text == ")" and not doc[i].whitespace_:
        after = i + 2
    else:
        return None
    if after >= len(doc) or not doc[after].text[:1].isalpha() or "\n" in doc[after - 1].whitespace_:
        return None
    k = i - 1
    if k >= 0 and doc[k].text == "(" and not doc[k].whitespace_ and after == i + 2:
        return text[0], after  # "(A) Lente (B) Zomer": the brackets mark the label wherever it stands
    gap = False  # two spaces or more before the label: options set out on one line ("A. Arcade  B. Birds")
    while k >= 0 and doc[k].is_space:
        if "\n" in doc[k].text:
            return text[0], after
        gap = True
        k -= 1
    if k < 0 or gap or "\n" in doc[k].whitespace_ or doc[k].lower_ in INLINE_BEFORE:
        return text[0], after
    return None


def block_option_labels(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """Mark the labels of a quiz's or a poll's options (see the module's docstring): blocked, and kept
    on `doc` for the sentence-start check."""
    if OPTION_A.search(doc.text) is None:
        return  # the quick way out: no option A
    labels = [(i, *found) for i in range(len(doc)) if (found := _label_at(doc, i))]
    taken: list[tuple[int, int, bool]] = []  # (label token, token after it, whether the options are people)
    for n, (i, letter, after) in enumerate(labels):
        if letter.lower() != "a":
            continue
        run = [(i, after)]
        expected = 1
        for j, other, other_after in labels[n + 1:]:
            if doc[j].idx - doc[run[-1][0]].idx > LABEL_REACH or other.lower() == "a":
                break
            if other.lower() == LABEL_LETTERS[expected] and other.isupper() == letter.isupper():
                run.append((j, other_after))
                expected += 1
                if expected == len(LABEL_LETTERS):
                    break
        if len(run) >= 2 and not any(_initial_before_surname(doc, after) for _, after in run):
            # "Wie was er jarig? (A) Daan (B) Noor": options of children's names; "Noor" stays a name in mid-sentence
            people = any(doc[after].text in lex.first_names and doc[after].lower_ not in lex.ambiguous_first_names
                         for _, after in run)
            taken.extend((i, after, people) for i, after in run)
    if not taken:
        return
    starts = doc.__dict__.setdefault(OPTION_LABELS, set())
    for i, after, people in taken:
        for k in range(i, after):
            blocked.tokens[k] = True
        if people:
            continue
        starts.add(after - 1)
        if _one_plain_word(doc, after) and doc[after].text not in lex.first_names:
            blocked.tokens[after] = True  # "C. Struik.": an option of one ordinary word is the word (not "B. Sem")


def _initial_before_surname(doc, after: int) -> bool:  # noqa: ANN001
    """"B. de Vries": an interfix and a capitalised word after the letter make it an initial, the list a list of
    people ("Aanwezig: A. Jansen, B. de Vries en C. Smit")."""
    return after + 1 < len(doc) and doc[after].lower_ in SURNAME_INTERFIXES and doc[after].text.islower() \
        and doc[after + 1].text[:1].isupper()


def _one_plain_word(doc, after: int) -> bool:  # noqa: ANN001
    """Is the option at token `after` one ordinary Dutch word, alone up to its line's end, a comma, "of" or the
    next label ("C. Struik.", "A. Boom, B. ...")?"""
    end = after + 1
    return doc[after].text.isalpha() and vocabulary.is_lower_case_word(doc[after].lower_) and (
        end >= len(doc) or "\n" in doc[after].whitespace_ or doc[end].is_space or doc[end].lower_ in OPTION_ENDS)
