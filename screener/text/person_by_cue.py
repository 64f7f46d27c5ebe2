"""A name no list takes for one, where school context or the text marks a person: "de moeder van
Xyla", "Achternaam: Kılınç", "Xyla uit groep 5", "Xyla: 'Het was super'", "Xyla vertelde", "Xylas'
moeder"; a relation in brackets ("Koning (vader van Abel)"), a cell under a header of names ("| Koning
|" under "| Naam |"), a title in capitals ("JUF NOOR IS GETROUWD"), initials with a hyphen ("D-J
Veltkamp"), a line of notes among lines that open with names ("Oksana – ..."), a speaker's label in a
transcript or a script ("[00:07] SARA:", "SANNE EN ROB:", "MENEER BOSMAN:"), the initials of the one addressed
("Lieve GJ,"), the one who signs a quotation ('"Ze kan hard fluiten." – Lieve'), a word the text calls a name
("lieke (achternaam Post)", "met roepnaam Storm"), a word the writer says in brackets is really the name ("Storm
(ja, die heet echt zo)")."""

from __future__ import annotations

import re
from collections import Counter

from screener.text import lowercase_names, vocabulary
from screener.text.name_words import GROUP_WORDS, NameWords
from screener.text.person_titled import AUXILIARIES, POSSESSIVES
from screener.text.tokens import Tokens as Doc
from screener.text.tokens import all_caps as _all_caps
from screener.text.tokens import title_case as _title_case


# a relation in brackets after a name: "Koning (vader van Abel)", "Bakker (moeder van Sem)"; after a shop named after
# the family too: "Bakkerij Kuipers (de tante van Daan)", "Garage Kuipers & Zn. (de oom van Stijn)"
RELATION_IN_BRACKETS = re.compile(r"(?:\s*&\s*(?:Zn|Zonen|Co|Dochters?)\.?)?\s*\(\s*(?:(?:de|het|een|mijn)\s+)?(?:vader|moeder|papa|mama|opa|oma|ouders?|oppas|voogd|pleegouder|"
                                  r"pleegmoeder|pleegvader|tante|oom|broer|zus)\s+van\s+\w", re.IGNORECASE)
# the writer says in brackets that the word really is the name: "Storm (ja, die heet echt zo)", "Wolk (echt zo
# genoemd door haar ouders)"
CALLED_SO_IN_BRACKETS = re.compile(
    r"[ \t]*\([^()\n]{0,30}?\b(?:heet|heten|genoemd)\b[^()\n]{0,12}?\b(?:echt|écht|zo)\b|"
    r"[ \t]*\([^()\n]{0,30}?\b(?:echt|écht)[ \t]+zo[ \t]+(?:genoemd|heet|heten)\b",
    re.IGNORECASE,
)
TITLES_IN_CAPITALS = {"juf", "meester", "meneer", "mevrouw", "opa", "oma"}  # "JUF NOOR IS GETROUWD"
SALUTATIONS = {"lieve", "beste", "dag", "hoi", "hallo", "dear"}  # before the one addressed: "Lieve GJ,"
# a speaker's label opening a line of a transcript, after a time stamp or none: "[00:07] SARA: ...", "JUF: ..."
SPEAKER_BEFORE = re.compile(r"[ \t]*(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]*(?:[-–][ \t]*)?)?")
# the label may hold several words in capitals: two speakers ("SANNE EN ROB:", "SANNE & ROB:") or a title and a
# name ("MENEER BOSMAN:", "JUF ANJA:")
LABEL_WORD = r"[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’-]{1,19}"
SPEAKER_LABEL = rf"{LABEL_WORD}(?:[ \t]*[,&+][ \t]*{LABEL_WORD}|[ \t]+{LABEL_WORD}){{0,4}}"
SPEAKER_LINE = re.compile(r"^[ \t]*(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]*(?:[-–][ \t]*)?)?"
                          rf"({SPEAKER_LABEL})[ \t]*:", re.MULTILINE)
LABEL_JOINS = {"en", "&", ",", "+"}
LABEL_SPLIT = re.compile(r"[ \t,&+]+")
HYPHEN_INITIAL = re.compile(r"[A-Z]\.?")  # the second initial of "D-J Veltkamp" (Dirk-Jan), "J-P. de Vries"
NOTE_MARKS = {"–", "-", "—", ":"}
NOTE_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?([A-Z][\w'’]+)(?:[ \t]+[A-Z]\.)?[ \t]*[–—:-][ \t]")  # "Marit – ..."
# the end of a quotation and a dash before the one who said it ('"Ze kan hard fluiten." – Lieve'), and what may
# follow that name on its line: nothing, a surname, her group or age
QUOTE_SIGNED = re.compile(r"[\"”’»'][ \t]*[–—-][ \t]*$")
SIGNATURE_ENDS = re.compile(r"(?:[ \t]+(?:(?:van|de|der|den|ter|ten|el|al) )*[A-ZÀ-Ý][\w'’-]+)?[ \t]*(?:$|[(,][^\n]{0,30}$)",
                            re.MULTILINE)
QUOTE_MARKS = {'"', "'", "“", "‘", "„", "«"}
GENITIVE_ENDS = set("sxzSXZ")
# the word for a kind of name, right before the name it gives: "lieke (achternaam Post)", "met roepnaam Sep"
NAME_KIND_WORDS = {"achternaam", "voornaam", "roepnaam", "familienaam", "meisjesnaam", "bijnaam", "tussenvoegsel"}
# a form's field for a person's name, right before the value: "Achternaam: Kılınç", "Naam kind: Xyla"
FORM_LABEL = re.compile(r"(?:^|\s)(?:achter|voor|roep|meisjes|volledige\s+)?naam(?:\s+(?:van\s+)?(?:het\s+)?(?:kind|leerling|"
                        r"ouder|moeder|vader|verzorger))?\s*:\s*$", re.IGNORECASE)

# a family introduced: "hun ouders heten Tesfalem en Mebrat", "zijn zus heet Selam", "Mebrat is de moeder van ..."
NAMING_VERBS = {"heet", "heten", "heette", "heetten"}
NAMING_SUBJECTS = {"hij", "zij", "ze", "ik"}
RELATION_ARTICLES = {"de", "een", "hun", "zijn", "haar"}

# what an empty form or a template puts where a name goes: "Naam: Voornaam Achternaam"
PLACEHOLDERS = {"voornaam", "achternaam", "roepnaam", "tussenvoegsel", "familienaam", "naam", "voorletters",
                "meisjesnaam", "geboortenaam"}


class CueRules(NameWords):
    """`_by_context` (school context) and `_named_by_its_cue` (what the text says plainly)."""

    def _by_context(self, doc: Doc, i: int) -> tuple[int, float]:
        """An unknown capitalised word that school context marks as a person."""
        text = doc[i].text
        if not self._unknown_capitalised(text, strong_cue=True) or _all_caps(text):
            return i, 0.0
        # "de moeder van Xyla"
        if i >= 2 and doc[i - 1].lower_ == "van" and doc[i - 2].lower_ in self.lex.relations:
            return i + 1, 0.7
        line_start = doc.text.rfind("\n", 0, doc[i].idx) + 1
        if FORM_LABEL.search(doc.text[line_start:doc[i].idx]):
            if doc[i].lower_ in PLACEHOLDERS:
                return i, 0.0  # "Naam: Voornaam Achternaam": an empty form's placeholder names nobody
            return i + 1, 0.8  # "Achternaam: Kılınç": a form's field for a name
        if not self._unknown_capitalised(text):
            return i, 0.0  # "Schoolreis groep 6": a heading, not a child
        if self._school_context(doc, i):
            if vocabulary.is_short_compound(text):
                return i, 0.0  # "Bakkraam van groep 7": the class's stall
            return i + 1, 0.7
        if self._family_named(doc, i):
            return i + 1, 0.7  # "papa Tesfalem", "hun ouders heten Tesfalem", "Mebrat is de moeder van ..."
        if self._sentence_start(doc, i) and self._speaks_or_acts(doc, i + 1):
            return i + 1, 0.6  # "Xyla: 'Het was super'", "Xyla vertelde ...": a name opening its sentence
        return i, 0.0

    def _named_by_its_cue(self, doc: Doc, i: int) -> tuple[int, float]:
        """A name the lists do not take for one, where the text says plainly it is a person: a relation before
        it ("de oppas van Lieve") or in brackets after it ("| Koning (vader van Abel) |", "Storm (ja, die heet echt zo)"), a title in capitals before it ("JUF NOOR IS
        GETROUWD"), initials with a hyphen before a surname ("D-J Veltkamp"), or an unknown name opening a
        line of notes the way the lines around it open with names ("Oksana – sinds januari ...")."""
        n = len(doc)
        text = doc[i].text
        titled = _title_case(text)
        if titled and text.isalpha() and i and doc[i - 1].lower_ in NAME_KIND_WORDS and doc[i - 1].whitespace_ == " " \
                and doc[i].lower_ not in self.lex.titles and doc[i].lower_ not in PLACEHOLDERS:
            return self._surname(doc, i + 1, supported=True), 0.8  # "(achternaam Post)"; not "Voornaam Achternaam"
        if titled and RELATION_IN_BRACKETS.match(doc.text, doc[i].idx + len(text)) \
                and doc[i].lower_ not in self.lex.not_names:
            return i + 1, 0.7
        if titled and text.isalpha() and CALLED_SO_IN_BRACKETS.match(doc.text, doc[i].idx + len(text)):
            return i + 1, 0.8  # "Storm (ja, die heet echt zo)": the writer says the word is the child's name
        if titled and text.isalpha() and doc[i].lower_ not in self.lex.not_names \
                and lowercase_names._alone_in_name_column(doc, i) and _in_table_of_people(doc, i):
            return i + 1, 0.7  # "| Koning |" under "| Naam |": a surname that is also a word, in a column of names
            # of a table of people (not "| Bank |" in an inventory's "Naam" column)
        if titled and text.isalpha() and i >= 2 and doc[i - 1].lower_ == "van" \
                and doc[i - 2].lower_ in self.lex.relations and not (i + 1 < n and (_title_case(doc[i + 1].text)
                                                                                    or doc[i + 1].like_num)) \
                and doc[i].lower_ not in GROUP_WORDS and not self._is_organisation_word(doc[i].lower_):
            return i + 1, 0.7  # "de oppas van Lieve": a name that is also a greeting or a word
        if titled and doc[i].lower_ in self.lex.not_names and self._sentence_start(doc, i) \
                and i + 1 < n and doc[i + 1].lower_ in self.lex.person_verbs and self._own_people_after(doc, i + 1):
            return i + 1, 0.6  # "Mei komt van de peuteropvang en zat al bij haar vriendinnetje": a child, no month
        if _all_caps(text) and i + 1 < n and doc[i].lower_ in TITLES_IN_CAPITALS and _all_caps(doc[i + 1].text) \
                and doc[i + 1].text.title() in self.lex.first_names and not doc[i].whitespace_.count("\n"):
            return i + 2, 0.8
        if len(text) == 1 and text.isupper() and i + 3 < n and doc[i + 1].text == "-" and not doc[i].whitespace_ \
                and not doc[i + 1].whitespace_ and HYPHEN_INITIAL.fullmatch(doc[i + 2].text) \
                and doc[i + 2].whitespace_ == " ":
            k = i + 3
            if k < n and doc[k].text == "." and not doc[k - 1].whitespace_:
                k += 1
            end = self._surname(doc, k, supported=True)
            if end > k:
                return end, 0.8  # "D-J Veltkamp", "J-P. de Vries"
        if titled and text.isalpha() and (self._first_name(text) or doc[i].lower_ in self.lex.ambiguous_first_names) \
                and self._signs_a_quote(doc, i):
            return self._surname(doc, i + 1, supported=True), 0.7  # '"Ze kan hard fluiten." – Lieve': who said it
        if self._unknown_capitalised(text) and text.isalpha() and self._opens_line_of_notes(doc, i):
            return i + 1, 0.6
        if _all_caps(text) and self._speaker(doc, i):
            return i + 1, 0.7
        if 2 <= len(text) <= 3 and text.isalpha() and text.isupper() and i > 0 and doc[i - 1].lower_ in SALUTATIONS \
                and self._sentence_start(doc, i - 1) and i + 1 < n and doc[i + 1].text in {",", "!"}:
            return i + 1, 0.7  # "Lieve GJ, bedankt voor alles!": the initials of the one addressed
        return i, 0.0

    def _family_named(self, doc: Doc, i: int) -> bool:
        """Does the text introduce the word at i as one of a family: a relation right before it on its line
        ("papa Tesfalem", "hun ouders Iryna en ..."), "heet" or "heten" after a relation or a pronoun ("hun ouders
        heten Tesfalem", "zijn zus heet Selam"), or "is de moeder van" or ", de vader van" after it?"""
        before = [doc[k].lower_ for k in range(max(0, i - 3), i) if "\n" not in doc[k].whitespace_ or k == i - 1]
        if before and before[-1] in self.lex.relations and doc[i - 1].whitespace_ == " ":
            return True
        if len(before) >= 2 and before[-1] in NAMING_VERBS and doc[i - 1].whitespace_ == " " \
                and any(w in self.lex.relations or w in NAMING_SUBJECTS for w in before[:-1]):
            return True
        k = i + 1
        if k < len(doc) and (doc[k].text == "," or doc[k].lower_ in {"is", "was"}):
            k += 1
        else:
            return False
        if k < len(doc) and doc[k].lower_ in RELATION_ARTICLES:
            k += 1
        return k + 1 < len(doc) and doc[k].lower_ in self.lex.relations and doc[k + 1].lower_ == "van"

    def _speaker(self, doc: Doc, i: int) -> bool:
        """Is the word in capitals at i a speaker's name in the label of a transcript or a play ("[00:07] SARA: Hoi!",
        "SANNE EN ROB: Goedemorgen!", "MENEER BOSMAN: Van alles")? The label opens its line (after a time stamp)
        before a colon, the draft has three such lines or more, and the word is a first name, a name after a
        title ("MENEER BOSMAN"), or no Dutch word in a label said twice ("DJIM:"; not "INTRO:", "VRAAG:", "LET OP:",
        "PRESENTATOR:")."""
        text = doc.text
        line_start = text.rfind("\n", 0, doc[i].idx) + 1
        label = SPEAKER_LINE.match(text, line_start)
        if label is None or not label.start(1) <= doc[i].idx < label.end(1):
            return False
        start = text.rfind("\x00", 0, doc[i].idx) + 1  # this draft only (analyzer.SEPARATOR)
        labels = doc.__dict__.setdefault("speaker_labels", {})
        here = labels.get(start)
        if here is None:
            stop = text.find("\x00", doc[i].idx)
            here = labels[start] = Counter(m.group(1) for m in SPEAKER_LINE.finditer(text, start,
                                                                                     stop if stop >= 0 else len(text)))
        if sum(here.values()) < 3:
            return False
        word = doc[i].text
        said = sum(count for other, count in here.items() if word in LABEL_SPLIT.split(other))  # "ROB", "SANNE EN ROB"
        if word.lower() in LABEL_JOINS or word.lower() in TITLES_IN_CAPITALS:
            return False
        if word.title() in self.lex.first_names and word.lower() not in self.lex.not_names:
            return not vocabulary.is_lower_case_word(word) or said >= 2
        before = doc[i - 1].lower_ if i > 0 and doc[i - 1].idx >= label.start(1) else ""
        if before in TITLES_IN_CAPITALS:  # "MENEER BOSMAN": a title's name
            return not vocabulary.is_lower_case_word(word) or (said >= 2 and word.title() in self.lex.surnames)
        return label.group(1) == word and said >= 2 and not vocabulary.is_dutch_word(word)

    def _signs_a_quote(self, doc: Doc, i: int) -> bool:
        """Does the word at i sign the quotation before it, closing its line: '"..." – Lieve', '"..." - Roos (groep
        4)', '"..." — Hoop, 7 jaar'? Not a greeting after a quote ('"Bedankt!" – Lieve groet, juf Anja')."""
        text = doc.text
        line_start = text.rfind("\n", 0, doc[i].idx) + 1
        if not QUOTE_SIGNED.search(text, max(line_start, doc[i].idx - 8), doc[i].idx):
            return False
        end = doc[i].idx + len(doc[i].text)
        return SIGNATURE_ENDS.match(text, end) is not None

    def _own_people_after(self, doc: Doc, k: int) -> bool:
        """Does the sentence from token k on give its subject people of its own ("bij haar vriendinnetje",
        "met zijn moeder")?"""
        for j in range(k, min(len(doc) - 1, k + 30)):
            if doc[j].text in {".", "!", "?"} or "\n" in doc[j].text:
                return False
            if doc[j].lower_ in POSSESSIVES and (doc[j + 1].lower_ in self.lex.relations or (
                    j + 2 < len(doc) and doc[j + 2].lower_ in self.lex.relations)):
                return True
        return False

    def _opens_line_of_notes(self, doc: Doc, i: int) -> bool:
        """Does token i open its line before a dash or colon ("Oksana – ...") while the line before or after
        opens with a known first name and the same mark ("Marit – ...")?"""
        if i + 1 >= len(doc) or doc[i + 1].text not in NOTE_MARKS:
            return False
        text = doc.text
        line_start = text.rfind("\n", 0, doc[i].idx) + 1
        if text[line_start:doc[i].idx].strip(" \t-*•"):
            return False
        line_end = text.find("\n", doc[i].idx)
        before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
        after = text[line_end + 1:text.find("\n", line_end + 1) if text.find("\n", line_end + 1) >= 0 else len(text)] \
            if line_end >= 0 else ""
        for line in (before, after):
            match = NOTE_LINE.match(line)
            if match and match.group(1) in self.lex.first_names:
                return True
        return False

    def _speaks_or_acts(self, doc: Doc, k: int) -> bool:
        """Does a quotation after a colon ("Xyla: 'Ik vond het leuk'") or a verb of a person acting
        ("mocht", "vertelde", "meent") follow at k?"""
        if k + 1 < len(doc) and doc[k].text == ":" and doc[k + 1].text in QUOTE_MARKS:
            return True
        if k + 1 < len(doc) and doc[k].text in {"'", "’"} and not doc[k - 1].whitespace_ \
                and doc[k - 1].text[-1:] in GENITIVE_ENDS and doc[k + 1].text.islower():
            return True  # "Xylas' moeder": the genitive of a name ending in an s sound
        if k + 1 < len(doc) and doc[k].lower_ in AUXILIARIES:
            return doc[k + 1].lower_ in POSSESSIVES  # "Xyla heeft zijn gymtas vergeten"; a firm "heeft" too
        return k < len(doc) and doc[k].lower_ in self.lex.person_verbs


def _in_table_of_people(doc: Doc, i: int) -> bool:
    from screener.text.recognizers import nl_name_column  # here: the recognizers import this stage

    return nl_name_column.holds_people(doc.text, doc[i].idx)
