"""Persons introduced by a title, initials or a known first name, with the surname after them: "juf
Marieke", "A. de Vries", "mevrouw Visser-de Jong", "Jan-Willem", "Annie M.G. Schmidt", and an unknown
first name before a known surname ("Xyla Visser"). An ambiguous first name alone ("Roos", "Mark")
counts only where the sentence says a person acts ("Roos mocht als eerste"); a first name is none as
a verb opening a sentence ("Kam het haar", "Rol 24 rondjes uit"), as a country ("Israël") or among words ("Bloem, Roos of
Hoop")."""

from __future__ import annotations

import re

from spacy.lang.nl.stop_words import STOP_WORDS

from screener.text import vocabulary
from screener.text.name_words import ARTICLES, CLOSING_QUOTES, GENITIVES, OFFICE_TITLES, TITLE_ABBREVIATIONS, NameWords
from screener.text.tokens import Tokens as Doc
from screener.text.tokens import title_case as _title_case


# what follows a verb telling the reader what to do, never a child's name opening a sentence: "Kam het haar"
AFTER_IMPERATIVE = {"het", "een", "uw", "jouw", "niets", "niks", "liever", "alles", "iets"}
NUMBER_WORDS = {"twee", "drie", "vier", "vijf", "zes", "tien", "elke", "alle"}
AGE_WORDS = {"jaar", "jaren", "maanden", "mnd", "jr", "jaartjes"}  # "Roos 8 jaar": a child and her age
AUXILIARIES = {"heeft", "had"}
POSSESSIVES = {"zijn", "haar", "z'n", "d'r", "hun"}
PARTICIPLE = re.compile(r"^[a-z]*ge[a-z]{2,}(?:d|t|en)$")
# the titles of a person addressed by name ("dhr. Bos", "mevrouw Haan", "fam. Hoek", "juf Roos"): after one, a
# capitalised word is the surname or first name whatever else it means; not an office's ("wethouder Onderwijs")
PERSONAL_TITLES = {"dhr", "mevr", "mw", "mvr", "hr", "mej", "meneer", "mevrouw", "mijnheer", "heer", "fam", "familie",
                   "juf", "juffrouw", "meester"}
# what a child calls the teacher of a subject: "juf Gym", "meester Muziek" name no one
TEACHER_TITLES = {"juf", "juffrouw", "meester"}
SUBJECTS = {"gym", "muziek", "drama", "dans", "rekenen", "taal", "lezen", "spelling", "tekenen", "handvaardigheid",
            "natuur", "techniek", "sport", "zwemmen", "beweging", "bewegingsonderwijs", "schrijven", "godsdienst",
            "engels", "frans", "duits", "spaans", "wereldoriëntatie", "topografie", "geschiedenis", "aardrijkskunde",
            "biologie", "expressie", "creatief", "koken", "plusklas", "remedial"}


def _line_wrap(token) -> bool:  # noqa: ANN001 - a token of the snapshot
    """A white-space token that only wraps the line: one line break, maybe indentation; no blank line."""
    return token.is_space and token.text.count("\n") == 1 and not token.text.strip()


# family words before a first name, as children and parents write them ("opa Ben", "oma Roos", "tante Mies",
# "mijn zus Hoop"), also in the languages of the families (English, Spanish, Italian, Polish, Turkish, Arabic as typed,
# Papiamentu, Sranan): after one, a first name that is also a word ("Ben", "Roos", "Storm") is the person
KIN_WORDS = frozenset({
    "opa", "oma", "opi", "omi", "opoe", "grootvader", "grootmoeder", "overgrootopa", "overgrootoma", "tante", "oom",
    "neef", "nicht", "neefje", "nichtje", "zus", "zusje", "broer", "broertje", "papa", "mama", "pap", "mam",
    "stiefvader", "stiefmoeder", "peetoom", "peettante", "stiefzus", "stiefbroer", "halfzus", "halfbroer",
    "zoon", "zoontje", "dochter", "dochtertje", "baby", "kleinzoon", "kleindochter", "kleinkind", "pleegkind",
    "pleegzoon", "pleegdochter", "pleegmoeder", "pleegvader", "tweelingzus", "tweelingbroer", "schoonmoeder",
    "schoonvader", "schoonzus", "zwager", "buurman", "buurvrouw", "buurjongen", "buurmeisje", "vriendje",
    "vriendinnetje", "vriendin",
    "grandpa", "grandma", "granny", "grandad", "grandmother", "grandfather", "nana", "aunt", "auntie", "uncle",
    "cousin", "sister", "brother",
    "abuela", "abuelo", "tía", "tío", "tia", "tio", "nonna", "nonno", "zia", "zio", "babcia", "dziadek", "ciocia",
    "wujek", "dede", "nene", "anneanne", "babaanne", "teyze", "hala", "amca", "dayı", "abla", "abi", "jadda",
    "jeddo", "khalti", "khali", "ammo", "wela", "welo", "omoe", "oomoe", "bro", "sis",
})
SURNAME_INITIAL = re.compile(r"^[A-Z]\.$")
SHORT_HET = {"t", "'t", "’t"}  # the interfix's last word before a surname: "van 't Veer", "'t Hart" (lower case)


BIRTH_MARK = re.compile(r"^\s*\(?\s*[*°]\s*\d")  # "Roos (*12-03-2022)", "Roos * 12-03-2022": born on that day


def _birth_mark_after(doc: Doc, i: int) -> bool:
    """A birth's asterisk and a date right after token i: the name before it is a child's."""
    after = doc[i].idx + len(doc[i].text)
    return BIRTH_MARK.match(doc.text[after:after + 12]) is not None


class TitledRules(NameWords):
    """`_person`, and `_surname`: the surname that ends every person rule ("Visser", "de Vries",
    "Visser-de Jong")."""

    def _surname(self, doc: Doc, j: int, supported: bool) -> int:
        """End of a surname starting at j ("Visser", "de Vries", "Visser-de Jong"), or j if none.

        Without support (title, initials, first name) the surname must be in a list.
        """
        n = len(doc)
        k = j
        infix = self._interfix(doc, k)
        if infix == 1 and doc[k].lower_ == "het" and not supported:
            return j  # "Het Anker", "het Zonnelied": a school or a title, not "'t Hart"
        if infix and supported and k + infix < n and SURNAME_INITIAL.match(doc[k + infix].text):
            return k + infix + 1  # "Sem v.d. B.", "Lotte van der M.": the surname's initial after its interfix
        if infix and k + infix < n and _title_case(doc[k + infix].text):
            word = doc[k + infix].text
            # "Lotte 't Hart", "Bram van ’t Zand": after a first name or title, what follows 't is a surname
            after_t = supported and doc[k + infix - 1].lower_ in SHORT_HET and word.isalpha()
            if doc[k + infix].lower_ in self.lex.not_names and not after_t:
                return j  # "het lied van Kinderen voor Kinderen": never a name, whatever a surname list says
            if (word in self.lex.interfix_surnames or word in self.lex.surnames or after_t
                    or (supported and not self._common(word) and not self._dutch_word(word))):
                k = k + infix + 1
            else:
                return j
        elif k < n and _title_case(doc[k].text):
            word = doc[k].text
            if doc[k].lower_ in self.lex.not_names or doc[k].lower_ in self.lex.titles \
                    or self._is_organisation_word(doc[k].lower_):
                return j  # "directeur Basisschool De Wegwijzer"
            if self._known_surname(word) or (supported and not self._common(word)
                                             and word.lower() not in self.lex.medical_terms):
                k += 1
            elif supported and k > 0 and self._first_name(doc[k - 1].text) and word.isalpha() \
                    and word.lower() not in self.lex.medical_terms and self._name_ends(doc, k + 1):
                k += 1  # "Hanneke Bos" closing a line or sentence: after a first name, a surname that is also a word
            else:
                return j
        else:
            return j
        # double names: "Visser-de Jong", "Visser-Visser"
        while k + 1 < n and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            nxt = self._surname(doc, k + 1, supported=True)
            if nxt == k + 1:
                break
            k = nxt
        return k

    @staticmethod
    def _name_ends(doc: Doc, k: int) -> bool:
        """Does the name end at token k: the end of the line or text, a comma, a bracket, a full stop?"""
        if k >= len(doc):
            return True
        return "\n" in doc[k].text or "\n" in doc[k - 1].whitespace_ or doc[k].text in {",", "(", ")", ".", ";", "!", "?"}

    @staticmethod
    def _repeated(step, doc: Doc, j: int, support: int) -> tuple[int, int]:  # noqa: ANN001 - a token helper
        """Past as many titles or initials as follow one another at j ("Prof. Dr.", "A.B."): each adds support."""
        while taken := step(doc, j):
            j += taken
            support += 1
        return j, support

    def _after_kin_word(self, doc: Doc, i: int) -> bool:
        """Is token i a first name right after a family word ("opa Ben", "Oma Roos", "mijn zus Storm"), also one
        that is an ordinary word or that the lists hold as none ("tante Lieve"); or such a name before a child's
        group or age ("Lieve (groep 3)", "Ben uit groep 4", "Hoop (5)")?"""
        if not _title_case(doc[i].text):
            return False
        if i and doc[i - 1].lower_ in KIN_WORDS and doc[i - 1].whitespace_ == " ":
            return self._first_name(doc[i].text) or doc[i].lower_ in self.lex.ambiguous_first_names
        if doc[i].lower_ not in self.lex.ambiguous_first_names or not self._school_context(doc, i) \
                or (i and doc[i - 1].lower_ in ARTICLES):
            return False
        after = doc[i].idx + len(doc[i].text)
        return doc.text[after:after + 2].lstrip().startswith("(") or not self._sentence_start(doc, i)

    def _person(self, doc: Doc, i: int, sentence_start: bool) -> tuple[int, float]:
        """(end, score) of a person starting at token i; end == i when there is none."""
        n = len(doc)
        if self._after_kin_word(doc, i):
            return self._surname(doc, i + 1, supported=True), 0.85
        # titles, also several: "Prof. Dr.", "de heer"
        j, support = self._repeated(self._is_title, doc, i, 0)
        if support and j < n and doc[j].text in {"en", "&"}:
            return i, 0.0  # "juf en meester"
        if support and doc[j - 1].lower_ in OFFICE_TITLES and j + 1 < n and doc[j].text == "van" \
                and self._place(doc, j + 1, False) > j + 1:
            return i, 0.0  # "de burgemeester van Luik": an office of a place, the place comes next
        if support and doc[j - 1].lower_ in OFFICE_TITLES and j < n and _title_case(doc[j].text) \
                and vocabulary.is_lower_case_word(doc[j].lower_) and not self._known_surname(doc[j].text) \
                and not self._first_name(doc[j].text):
            return i, 0.0  # "wethouder Onderwijs": the office's portfolio, an ordinary word no name list knows
        if support and j + 1 < n and _line_wrap(doc[j]) and _title_case(doc[j + 1].text):
            j += 1  # "meester\nBas": the line wraps between the title and the name
        if support and j < n and doc[j].lower_ in SUBJECTS and doc[j - 1].lower_ in TEACHER_TITLES:
            return i, 0.0  # "meester Gym", "juf Muziek": the teacher of a subject, as children call them
        # initials
        initials_at = j
        j, support = self._repeated(self._initial, doc, j, support)
        # first names, hyphenated first names
        firsts = 0
        ambiguous_only = True
        while j < n and _title_case(doc[j].text) and self._first_name(doc[j].text) and doc[j].lower_ not in self.lex.not_names:
            if doc[j].lower_ not in self.lex.ambiguous_first_names:
                ambiguous_only = False
            j += 1
            firsts += 1
            if doc[j - 1].text.endswith(GENITIVES):
                break  # "Lisa's moeder": the name ends with its genitive
            if (j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
                    and _title_case(doc[j + 1].text) and not self._common(doc[j + 1].text)):
                j += 2  # Jan-Willem, Jan-Onbekend
        if firsts:  # "Annie M.G. Schmidt"
            j, support = self._repeated(self._initial, doc, j, support)
        if (firsts == 0 and j < n and self._unknown_capitalised(doc[j].text, strong_cue=bool(support))
                and (support or not sentence_start)):
            # an unknown first name is accepted before a known surname ("Xyla Visser")
            after = self._surname(doc, j + 1, supported=False)
            if after > j + 1:
                return after, 0.8
        # an ambiguous first name ("Roos", "Mark") only carries a surname that a list knows
        end = self._surname(doc, j, supported=bool(support or (firsts and not ambiguous_only)))
        if end == j and not firsts and j > initials_at:
            end = self._word_surname_after_initials(doc, initials_at, j)
        if end == j and not firsts and j == initials_at and support:
            end = self._word_after_title(doc, j)
        if support:
            if end > j or firsts:
                return end, 0.9
            if j < n and 1 <= len(doc[j].text) <= 3 and doc[j].text.isalpha() and doc[j].text.isupper() \
                    and not self._is_organisation_word(doc[j].lower_) and not _polite_pronoun(doc, j):
                return j + 1, 0.8  # "Dr. A", "dr ABC"
            return i, 0.0
        if firsts:
            if end > j:
                return end, 0.9
            if firsts == 1 and end == i + 1 and self._word_among_words(doc, i, members=3):
                return i, 0.0  # "Bloem, Roos of Hoop", "Mees, vink, merel": words in a list of words
            if firsts == 1 and end == i + 1 and doc[i].text in self.lex.world_places and not self._school_context(doc, i):
                return i, 0.0  # "Israël", "Georgia": a country or city, unless "Georgia (groep 4)"
            if firsts == 1 and end == i + 1 and sentence_start and self._imperative(doc, i):
                return i, 0.0  # "Kam het haar elke dag", "Koop liever niets nieuws": a verb opens the sentence
            if ambiguous_only and (sentence_start or firsts > 1) and not (
                    firsts == 1 and end == i + 1 and self._acts(doc, end)):
                return i, 0.0  # "Roos is een bloem"; but "Roos mocht als eerste" is a child
            return end, 0.75 if not ambiguous_only else 0.5
        return i, 0.0

    def _word_after_title(self, doc: Doc, j: int) -> int:
        """End of the name that a personal title before token j introduces when it is also an ordinary word ("dhr.
        Bos", "mevrouw Haan", "fam. Hoek", also "Visser-Bos"), or j: a capitalised word, no function word, title,
        organisation word or subject ("juf Gym"), and not one the lists hold as never a name; not after a title
        written out that ends a sentence ("aan de juf. Vragen") or that is capitalised in mid-sentence as a
        character's is ("een sticker van Meneer Appel")."""
        title = j - 1
        while title >= 0 and doc[title].text == ".":
            title -= 1  # not over a line break: "Dank aan de juf\nVolgende week ..." is the next sentence
        if title < 0 or doc[title].lower_.rstrip(".") not in PERSONAL_TITLES or j >= len(doc):
            return j
        if doc[title].lower_.rstrip(".") not in TITLE_ABBREVIATIONS and (
                doc[title].text.endswith(".") or doc[title + 1].text == "."
                or (doc[title].text[:1].isupper() and not self._sentence_start(doc, title))):
            return j  # "vraag het aan de juf. Vragen ...": the sentence ends; "een sticker van Meneer Appel": a character
        word = doc[j].text
        low = word.lower()
        if not (_title_case(word) and word.isalpha()) or low in STOP_WORDS or low in self.lex.not_names \
                or low in self.lex.titles or low in SUBJECTS or low in self.lex.medical_terms \
                or self._is_organisation_word(low):
            return j
        k = j + 1
        while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                and _title_case(doc[k + 1].text) and doc[k + 1].text.isalpha():
            k += 2  # "mevr. Bos-Haan"
        return k

    def _word_surname_after_initials(self, doc: Doc, start: int, j: int) -> int:
        """End of a surname that is also a word, even one never a name alone ("Spanjaard", "Frans"), after initials,
        or j: one that opens a double surname ("G.W. Spanjaard-Oosting"), or one that fills a form's field up to the
        line's end, a comma or a bracket ("Handtekening: I. Spanjaard"); not "plan B. Succes!" nor "(A.B. Fietsplan)"."""
        if j >= len(doc) or not _title_case(doc[j].text) or not doc[j].text.isalpha() \
                or doc[j].lower_ in self.lex.titles or self._is_organisation_word(doc[j].lower_) \
                or doc[j].lower_ in self.lex.medical_terms:
            return j
        before = start - 1
        while before >= 0 and doc[before].is_space and "\n" not in doc[before].text:
            before -= 1
        in_field = before >= 0 and doc[before].text == ":"  # "Naam:   I. Spanjaard", "Handtekening: I. Spanjaard"
        double = j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ \
            and not doc[j + 1].whitespace_ and _title_case(doc[j + 2].text)
        if not (double or (in_field and self._name_ends(doc, j + 1))):
            return j  # "plan B. Succes!", "(A.B. Fietsplan)": a word after a letter, no name
        k = j + 1
        while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            nxt = self._surname(doc, k + 1, supported=True)
            if nxt == k + 1:
                nxt = k + 2 if _title_case(doc[k + 1].text) and doc[k + 1].text.isalpha() else k
            if nxt == k:
                break
            k = nxt
        return k

    def _quoted_with_initials(self, doc: Doc, i: int) -> bool:
        """A first name with the initial of a surname, alone in quotes: "Fleur W.", "Sem v.d. B." (what a class
        calls one of two pupils of the same name), not a song's or book's first word."""
        k = i + 1
        if not (k < len(doc) and self._first_name(doc[i].text)):
            return False
        while k < len(doc) and doc[k].lower_ in self.interfix_starts and not self._initial(doc, k):
            k += self._interfix(doc, k) or 1  # "v.d.", "van der"
        taken = self._initial(doc, k)
        if not taken or not doc[k + taken - 1].text.endswith("."):
            return False
        k += taken
        return k < len(doc) and doc[k].text in CLOSING_QUOTES and not doc[k - 1].whitespace_

    @staticmethod
    def _imperative(doc: Doc, i: int) -> bool:
        """Is the first name opening a sentence a verb telling the reader what to do ("Kam het haar", "Koop
        liever niets")? The word is also a Dutch word, and an object or adverb follows it where a child's name
        would be followed by its verb ("Kim kamt het haar") or its surname ("Kim de Vries")."""
        if not (i + 1 < len(doc) and doc[i].whitespace_ == " " and vocabulary.is_lower_case_word(doc[i].lower_)):
            return False
        if doc[i + 1].lower_ in AFTER_IMPERATIVE and doc[i + 1].text.islower():
            return True
        # "Kam twee weken lang ...", "Rol 24 rondjes uit": a number of things after it; not "Roos 8 jaar"
        return (doc[i + 1].like_num or doc[i + 1].lower_ in NUMBER_WORDS) and i + 2 < len(doc) \
            and doc[i + 2].text.islower() and doc[i + 2].lower_ not in AGE_WORDS

    def _acts(self, doc: Doc, k: int) -> bool:
        """Does a verb of a person acting follow at k ("mocht", "kreeg", "won"), or a school context?
        "heeft" and "had" only as having ("Storm had een idee"), not before a participle ("Storm had de
        bomen omgeblazen"): as an auxiliary they say nothing of who acts."""
        if k < len(doc) and doc[k].lower_ in AUXILIARIES:
            return not self._participle_follows(doc, k + 1)
        return (k < len(doc) and doc[k].lower_ in self.lex.person_verbs) or self._school_context(doc, k - 1) \
            or _birth_mark_after(doc, k - 1)

    @staticmethod
    def _participle_follows(doc: Doc, k: int) -> bool:
        """A past participle ("omgeblazen", "gemaakt") further on in the sentence from token k."""
        for j in range(k, min(len(doc), k + 12)):
            if doc[j].text in {".", "!", "?", ";", ":"} or "\n" in doc[j].text:
                return False
            if PARTICIPLE.match(doc[j].text):
                return True
        return False


def _polite_pronoun(doc, j: int) -> bool:  # noqa: ANN001 - a Tokens snapshot
    """"RIP juf. U was streng maar eerlijk": "U" opening a sentence before its verb is the polite pronoun, not
    an initial ("juf. U. Jansen" keeps its dot)."""
    return doc[j].text == "U" and j + 1 < len(doc) and doc[j].whitespace_ == " " and doc[j + 1].text[:1].islower()
