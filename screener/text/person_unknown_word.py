"""An unknown capitalised word in mid-sentence, also after "dat" or "die" ("zei dat Xyla"), is taken
for a name with a low score, unless it reads as something else: a product or a hashtag
("PowerPoint", "#DeScheg"), a hill or a wood ("Holterbos"), a people's adjective ("Indiase"), an
organisation, event or place after an article or preposition ("de Efteling", "in Zinnik"), a role
("verkleed als Grinch"), a club or shop beside others ("Hockeyclub Deventer en Sallandia", "koek van
Bussink"), a number's label ("Brinnummer"), a building ("Lebuïnuskerk") or a brand as the maker of a
thing ("havermelk van Oatly"). Also `_not_a_person`: a span the person rules found that is an
organisation ("Omega Pharma", "Stichting Leergeld", "won van De Linde") or an eponymous disease
("M. Alzheimer"). A genitive before a kin word is the name's ("Tamsin's dad", "Tamsin's moeder")."""

from __future__ import annotations

import bisect
import operator
import re

from screener.text.name_words import (ARTICLES, CAMEL_CASE, DEMONYM, GENITIVES, GROUP_WORDS, LIST_JOINERS,
                                      PLACE_PREPOSITIONS, UNKNOWN_SCORE, NameWords)
from screener.text.not_persons import things_and_brands
from screener.text.person_by_cue import RELATION_IN_BRACKETS
from screener.text.tokens import Tokens as Doc
from screener.text.tokens import title_case as _title_case


# a play, a performance or dressing up: "als Fagin" after it is a role ("mensen als Sankoh" is no role)
ROLE_CUE = re.compile(r"\b(?:musical|toneel\w*|voorstelling|kerstspel|rol(?:len)?|speel\w*|speelde\w*|gespeeld|"
                      r"verkle\w*|generale|repetitie|optreden|opvoering|acteren|spelen)\b", re.IGNORECASE)
# the kin words after an English genitive: "Tamsin's dad" (the Dutch ones are the lists' relations)
ENGLISH_KIN = {"dad", "mum", "mom", "mother", "father", "brother", "sister", "parents", "family", "grandma",
               "grandpa", "grandmother", "grandfather", "nan", "gran", "uncle", "aunt", "son", "daughter"}
CAPITAL_ARTICLES = {"De", "Het", "Den"}  # "van De Boomgaard"; a surname writes "van de Boomgaard"
LABEL_ENDINGS = ("nummer", "nummers", "code", "codes")
BUILDING_ENDINGS = ("kerk", "kapel", "moskee", "kathedraal", "basiliek", "synagoge")
NATURE_ENDINGS = ("berg", "bergen", "bos", "bossen", "heide", "veld", "velden", "duinen", "strand", "plas", "woud")
NATURE_PLACE = re.compile(r"\w{3,}(?:" + "|".join(NATURE_ENDINGS) + r")$")  # after the cheap str.endswith test
# the organisation words that are a person's trade: before a first name and surname they name the person's role
TRADES = {"fotograaf", "fotografe", "uitgever", "fietsenmaker", "bloemist", "aannemer"}
THING_BEFORE = {"van", "tegen", "bij", "naar", "op", "voor", "met"}  # lower case, before "De Linde"
INNER_CAPITAL = re.compile(r"[a-z][A-Z]")  # "DeScheg": two words joined
# articles that are also a conjunction, a relative pronoun or a verb: "zei dat Xyla", "kinderen die Xyla
# hielpen", "de gasten zijn Xyla en ...": before an unknown capitalised word they make no organisation
NOT_ONLY_ARTICLES = {"dat", "die", "zijn"}
# a word the post writes as a common noun, in lower case after an article or a possessive: "onze fotomuur"
AS_A_NOUN = re.compile(r"\b(?i:de|het|een|onze|ons|deze|dit|die|jullie|mijn|hun|uw)[ \t]+([a-zà-ÿ]{4,})\b")


def _after_t(doc, i: int) -> bool:  # noqa: ANN001 - a token of the snapshot
    """Does "'t" (two tokens) stand right before token i: "'t Heidehuus", "'t Hofje"?"""
    return i >= 2 and doc[i - 1].lower_ == "t" and doc[i - 2].text in {"'", "’"} and not doc[i - 2].whitespace_ \
        and doc[i - 1].whitespace_ == " "


_START = operator.attrgetter("idx")


class UnknownWordRules(NameWords):
    """`_unknown_proper_noun`, and the organisations, shops and clubs that no person is."""

    def _names_a_shop(self, doc: Doc, k: int) -> bool:
        """Is the word at k the name of a shop or firm, in the lists ("Bakkerij Bussink") or in this
        text ("Slagerij Hofman"): "koek van Bussink" is the bakery's."""
        word = doc[k].text
        if word in self.lex.shop_names:
            return True
        # this draft only: drafts screened together are joined by a NUL character (analyzer.SEPARATOR)
        start = doc.text.rfind("\x00", 0, doc[k].idx) + 1
        stop = doc.text.find("\x00", doc[k].idx)
        stop = len(doc.text) if stop < 0 else stop
        drafts = doc.__dict__.setdefault("shop_names", {})
        here = drafts.get(start)
        if here is None:
            first, last = (bisect.bisect_left(doc, char, key=_START) for char in (start, stop))  # the draft's tokens
            here = drafts[start] = {doc[j].text for j in range(max(1, first), last)
                                    if _title_case(doc[j].text) and "\n" not in doc[j - 1].whitespace_
                                    and self._organisation_word(doc, j - 1, before=True)
                                    and doc[j - 1].lower_ not in GROUP_WORDS}
        return word in here

    def _unknown_proper_noun(self, doc: Doc, i: int, sentence_start: bool) -> tuple[int, float]:
        """A capitalised word in mid-sentence that no list knows: Dutch capitalises few other
        words than names, so it is reported with a low score, unless an article before it
        makes it an organisation or event ("de Efteling", "het Rijksmuseum")."""
        word = doc[i].text
        if word.endswith(GENITIVES) and i + 1 < len(doc) and (doc[i + 1].lower_ in self.lex.relations
                                                              or doc[i + 1].lower_ in ENGLISH_KIN):
            word = word[:-2]  # "Tamsin's dad", "Tamsin's moeder": the genitive of a name
        if not self.unknown_names or sentence_start or not self._unknown_capitalised(word) or not word.replace("-", "").isalpha():
            return i, 0.0
        if CAMEL_CASE.match(doc[i].text):
            return i, 0.0  # "PowerPoint", "KiKa", "WhatsApp": a product or organisation
        if i > 0 and doc[i - 1].text == "#" and not doc[i - 1].whitespace_ and INNER_CAPITAL.search(doc[i].text):
            return i, 0.0  # "#DeScheg", "#HetBaken": words joined in a hashtag; its names are the hashtag recognizer's
        if doc[i].text.endswith(NATURE_ENDINGS) and NATURE_PLACE.search(doc[i].text) \
                and doc[i].text not in self.lex.surnames:
            return i, 0.0  # "Lemelerberg", "Holterbos", "Sallandse Heuvelrug": a hill, wood or heath
        if DEMONYM.search(doc[i].text):
            return i, 0.0  # "Nederlandstalige", "Joegoslavisch", "Indiase": an adjective of a people or place
        if i > 0 and ((doc[i - 1].lower_ in ARTICLES and not self._conjunction_before(doc, i)) or _after_t(doc, i)
                      or doc[i - 1].lower_ in PLACE_PREPOSITIONS):
            return i, 0.0  # "de Efteling", "in Zinnik": an organisation, event or place
        if self._word_among_words(doc, i):
            return i, 0.0  # "groep Tulp", "Roos, Tulp en Zonnebloem"
        if i > 0 and doc[i - 1].lower_ == "als" and ROLE_CUE.search(doc.text[max(0, doc[i].idx - 200) : doc[i].idx]):
            return i, 0.0  # "de musical ... gijs als Fagin", "verkleed als Grinch": a role, not a person
        if self._beside_organisation(doc, i) or (self._names_a_shop(doc, i)
                                                 and not self._organisation_word(doc, i - 1, before=True)):
            return i, 0.0  # "Hockeyclub Deventer en Sallandia": a club in a list of clubs; "koek van Bussink"
        if doc[i].lower_.endswith(LABEL_ENDINGS) and len(doc[i].text) > 7:
            return i, 0.0  # "Brinnummer 09KQ", "Klantcode": the label of a number
        if doc[i].text.endswith(BUILDING_ENDINGS) and len(doc[i].text) > 7 and doc[i].text not in self.lex.surnames \
                or self._is_organisation_word(doc[i].lower_):
            return i, 0.0  # "Lebuïnuskerk", "Julianaschool": a building or an institution named as one word
        if i and doc[i - 1].text == "van" and self._of_a_named_thing(doc, i - 1, i + 1):
            return i, 0.0  # "het Rad van Fortuin"
        if things_and_brands.product_of(doc, i):
            return i, 0.0  # "havermelk van Oatly", "een vulpen van Stabilo": a brand, the maker of a thing
        end = i + 1
        while end < len(doc) and self._unknown_capitalised(doc[end].text) and doc[end].text.isalpha():
            end += 1
        if _outside_names(doc, i, end):
            return i, 0.0  # "Class" in an export's header row, "Baert" under "Leverancier"
        end = i + 1
        while end < len(doc) and self._unknown_capitalised(doc[end].text) and doc[end].text.isalpha():
            end += 1
        return end, UNKNOWN_SCORE

    def _beside_organisation(self, doc: Doc, i: int) -> bool:
        """Is token i joined by "en", "&" or a comma to an organisation that an organisation word opens
        ("Hockeyclub Deventer en Sallandia", "Sallandia, Stichting Leergeld"), or to a listed shop or brand?"""
        if i >= 2 and doc[i - 1].lower_ in LIST_JOINERS:
            for j in range(i - 2, max(-1, i - 5), -1):
                if self._organisation_word(doc, j):
                    return True
                if not _title_case(doc[j].text) or "\n" in doc[j].whitespace_:
                    break
        if i + 2 < len(doc) and doc[i + 1].lower_ in LIST_JOINERS and self._organisation_word(doc, i + 2):
            return True
        return self._beside_listed_firm(doc, i)

    def _beside_listed_firm(self, doc: Doc, i: int) -> bool:
        """Is token i joined by "en", "&" or a comma to a shop or brand the lists know, maybe after an article
        ("aan Fruitmasters en de Jumbo", "de Hema, Xenos of Blokker")?"""
        for d in (-1, 1):
            k = i + 2 * d
            if not (0 <= k < len(doc) and doc[i + d].lower_ in LIST_JOINERS):
                continue
            if d == 1 and doc[k].lower_ in {"de", "het"} and k + 1 < len(doc):
                k += 1
            if doc[k].text in self.lex.organisations and not self._first_name(doc[k].text):
                return True
        return False

    @staticmethod
    def _conjunction_before(doc: Doc, i: int) -> bool:
        """Is the article-like word before i a conjunction, a relative pronoun or a verb ("zei dat Xyla
        kwam", "de kinderen die Xyla hielpen")? Not before a compound ("die Xyla-actie") and not a
        German article ("Die Zeit")."""
        before = doc[i - 1].text
        hyphen = i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_
        return before in NOT_ONLY_ARTICLES and not hyphen

    def _not_a_person(self, doc: Doc, i: int, end: int, score: float) -> bool:
        """A span the person rules found that is an organisation or a disease after all:
        "Omega Pharma", "Stichting Leergeld", "FC Twente", "Pierre-Robin (sequentie)"."""
        if doc.span_text(i, end) in self.lex.eponymous_diseases:
            return True
        if end - i == 1 and score < 0.75 and self._a_noun_of_this_post(doc, i):
            return True  # "Fotomuur" in a page's title and menu beside "Onze fotomuur: groep 8"
        if score >= 0.9 and self._is_title(doc, i):
            return False  # "mevrouw Jansen" stays a person
        if end - i >= 3 and doc[i].text == "van" and doc[i + 1].text in CAPITAL_ARTICLES:
            return True  # "gewonnen van De Boomgaard": a name with its own capital article is a school or team
        if end - i == 1 and i >= 2 and doc[i - 1].text in CAPITAL_ARTICLES and doc[i - 2].lower_ in THING_BEFORE:
            return True  # "won van De Linde", "speelt tegen Het Anker": a team or school, a first name's word
        after = end
        while after < len(doc) and doc[after].is_space and "\n" not in doc[after].text:
            after += 1  # "Etty Hillesum   Lyceum": a wrapped and indented line goes on with the organisation word
        if self._organisation_word(doc, after):
            return True
        # "fotograaf Mehmet Aydoğan": a trade before a first name and a surname is the person's role, no firm's
        role = i >= 1 and doc[i - 1].lower_ in TRADES and end - i >= 2 and self._first_name(doc[i].text)
        return not role and self._organisation_word(doc, i - 1, before=True) and not self._relative_after(doc, end)

    def _relative_after(self, doc: Doc, end: int) -> bool:
        """Does a bracket after the span say whose relative it is: "Bakkerij Kuipers (de tante van Daan)", "Garage
        Kuipers & Zn. (de oom van Stijn)"? Then the shop's name is a pupil's family's, a person's name."""
        return RELATION_IN_BRACKETS.match(doc.text, doc[end - 1].idx + len(doc[end - 1].text)) is not None

    def _a_noun_of_this_post(self, doc: Doc, i: int) -> bool:
        """Is the capitalised word at i, which no name list knows, a common noun the same draft writes in lower case
        after an article or a possessive ("Fotomuur groep 8" in a page's title, "Onze fotomuur" in its body)?"""
        word = doc[i].text
        if not _title_case(word) or not word.isalpha() or self._first_name(word) or self._known_surname(word) \
                or doc[i].lower_ in self.lex.not_names or doc[i].lower_ in self.lex.ambiguous_first_names:
            return False
        nouns = doc.__dict__.get("nouns_in_lower_case")
        if nouns is None:
            nouns = doc.__dict__["nouns_in_lower_case"] = {}
            for match in AS_A_NOUN.finditer(doc.text):
                nouns.setdefault(match.group(1), []).append(match.start(1))
        draft = doc.text.rfind("\x00", 0, doc[i].idx) + 1  # this draft only (analyzer.SEPARATOR)
        stop = doc.text.find("\x00", doc[i].idx)
        stop = len(doc.text) if stop < 0 else stop
        return any(draft <= at < stop for at in nouns.get(doc[i].lower_, ()))


def _outside_names(doc: Doc, start: int, end: int) -> bool:
    from screener.text.recognizers import nl_name_column  # here: the recognizers import this stage

    return nl_name_column.outside_names(doc.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
