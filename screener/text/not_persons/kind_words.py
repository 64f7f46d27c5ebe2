"""A name right after the word that says what kind of thing it names is that thing's name, not a person's:
a title after its kind ("de app Star Walk", "de methode Bewegend Leren", "de film A Bridge Too Far", "het
spel Ganzenbord"), an organisation after its kind ("Veiligheidsregio IJsselland", "GGD IJsselland") and a
venue or a part of town after its kind ("zorgboerderij De Hazelaar", "het Sportbad Borgele", "de
nieuwbouwwijk Steenbrugge"), and a firm after a compound of its kind ("DJ-school Beats & Bass",
"kringloopwinkel Dorcas", "Sportprijzen De Wit"), a building or a centre after a compound of its kind ("Theehuis
Ter Hunnepe", "Tuincentrum Overvecht", "vuurtoren Bornrif"), a plant's, fruit's or dish's variety after it ("radijs Cherry Belle", "appel Elstar", "pasta Carbonara"), a firm or
a department after its trade ("Aannemer Dura Vermeer",
"team Openbare Ruimte"; "team Mila" stays a child's) and an institution after an adjective of its reach
("het Nationaal Zwembrevet"); and, the other way round, an event named before its English kind ("de Black
Achievement Month", "World Book Day") or an institution before its English kind ("Wageningen University", "Sky Radio").

Dutch names a person after a role ("keeper Daan", "juf Roos"), never after a kind of thing: a child is
"de app van Daan", not "de app Daan". The capitalised words that follow the kind word on its line are
blocked, with the small words between them ("Laan van Borgele"). A title that names a person ("het boek
over Anne Frank") has a word between the kind and the name, so it is not read here. School context right
beside the name keeps it a pupil's ("voor de musical Sem (groep 8) en Noor").""" 

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from screener.text import vocabulary
from screener.text.not_persons.animal_names import block_again
from screener.text.not_persons.school_context import pupil_beside, token_index

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked


# the kind word, alone or as the end of a compound ("rekenmethode", "speelfilm", "nieuwbouwwijk", "zorgboerderij");
# a title's kind only after an article or as a compound: "app Rik" asks the reader to send Rik a message
TITLE_KIND = re.compile(r"(?:app|game|film|serie|spel|boek|methode|thema|musical|voorstelling|podcast|website|"
                        r"lesprogramma|programma|project|platform|dienst|master|bachelor|opleiding|minor|band|koor|orkest|actie|"
                        r"wedstrijd|campagne|fonds)")
PLACE_KIND = re.compile(r"(?:veiligheidsregio|ggd|brandweer|politie|waterschap|omroep|wijk|buurt|bad|sporthal|"
                        r"sportpark|boerderij|camping|museum|schouwburg|theater|dierentuin|speeltuin|kazerne|aannemer|bedrijf|afdeling|team|"
                        r"radiozender|zender)")
# kinds that name a firm only as the end of a compound: "DJ-school Beats & Bass", "kringloopwinkel Dorcas"
# and a building or a centre as the end of its compound: "Theehuis Ter Hunnepe", "Tuincentrum Overvecht", "vuurtoren
# Bornrif"
COMPOUND_KIND = re.compile(r"(?:school|winkel|bakkerij|makerij|studio|prijzen|handel|verhuur|huis|centrum|toren|"
                           r"bureau)")  # "kaasmakerij Henri Willig"
STAGED_KINDS = ("musical", "voorstelling", "film", "serie", "boek")  # a title named after its hero, who comes back
BUILDING_KINDS = ("huis", "centrum", "toren")  # a person may be named right after one: "het clubhuis Daan en Sem"
# a plant, a fruit or a dish before its variety: "radijs Cherry Belle", "lavendel Hidcote", "appel Elstar", "pasta
# Carbonara" (in lower case, or capitalised where no first name is and no surname follows: "Zonnebloem Teddy Bear";
# "Roos Bakker", "Kers Visser" are children)
VARIETY_KIND = re.compile(r"(?:tomaat|tomaten|courgette|komkommer|paprika|radijs|sla|wortel|pompoen|boon|bonen|erwt|"
                          r"aardappel|aardappelen|aardbei|aardbeien|appel|appels|peer|peren|pruim|kers|druif|"
                          r"zonnebloem|lavendel|roos|rozen|tulp|tulpen|narcis|dahlia|hortensia|clematis|"
                          r"pasta|pizza|soep)")
# an adjective of an institution's reach before its name: "Nationaal Zwembrevet", "Koninklijke Landmacht"
INSTITUTION_ADJECTIVES = {"nationaal", "nationale", "landelijk", "landelijke", "koninklijk", "koninklijke", "openbaar",
                          "openbare", "gemeentelijk", "gemeentelijke", "provinciaal", "provinciale", "regionaal",
                          "regionale", "internationaal", "internationale", "europees", "europese"}
# a word before a capital: where a kind word may stand (from a word's start, taken whole: re does not try each of
# its letters again)
CANDIDATE = re.compile(r"(?<!\w)\w{2,}+(?=[ \t]+(?:['’]t[ \t]+)?[A-ZÀ-Ý])")  # also "Boerderij 't Hooge Holt"
KIND_ENDS = ("app", "game", "film", "serie", "spel", "boek", "methode", "thema", "musical", "voorstelling", "podcast",
             "website", "lesprogramma", "programma", "project", "platform", "dienst", "zender", "master", "bachelor",
             "opleiding", "minor", "band", "koor", "orkest", "actie", "wedstrijd", "campagne", "fonds", "regio", "ggd", "brandweer", "politie", "waterschap", "omroep", "wijk", "buurt",
             "bad", "hal", "park", "boerderij", "camping", "museum", "schouwburg", "theater", "tuin", "kazerne",
             "school", "winkel", "bakkerij", "makerij", "studio", "bureau", "aannemer", "bedrijf", "afdeling", "team",
             "prijzen", "handel",
             "verhuur", *BUILDING_KINDS, *INSTITUTION_ADJECTIVES, "tomaat", "tomaten", "courgette", "komkommer",
             "paprika", "radijs", "sla", "wortel", "pompoen", "boon", "bonen", "erwt", "appel", "appels", "aardappelen",
             "aardbeien", "peer", "peren", "pruim", "kers", "druif", "bloem", "lavendel", "roos", "rozen", "tulp",
             "tulpen", "narcis", "dahlia", "hortensia", "clematis", "pasta", "pizza", "soep")  # the ends of the words `_kind_word` reads, for the quick way out
DETERMINERS = {"de", "het", "een", "die", "deze", "dit", "dat", "onze", "ons", "jullie", "hun", "mijn", "zijn", "haar"}
SMALL_WORDS = {"van", "de", "der", "den", "het", "'t", "op", "aan", "&"}  # inside a name: "Laan van Borgele", "Getal & Ruimte"
NAME_TOKENS = 6  # a name after its kind: "A Bridge Too Far", "Kapitein Kees en de verdwenen schat"
COMPOUND_HEAD = 3  # letters before the kind in a compound: "rekenmethode"; not "Tbad"


def _kind_word(doc, i: int) -> bool:  # noqa: ANN001
    """"de app", "Veiligheidsregio", "GGD", "nieuwbouwwijk": a word that says what kind of thing the name after it
    is. A compound counts when it is an ordinary word ("zorgboerderij"), not a town ("Harderwijk"); a title's kind
    alone only after an article ("de app", not "app Rik")."""
    token = doc[i]
    low = token.lower_
    if low in INSTITUTION_ADJECTIVES:
        return True
    variety = VARIETY_KIND.search(low)
    if variety is not None and variety.end() == len(low):
        if token.text.islower():
            return True
        lex = _lexicons()
        return token.text not in lex.first_names and (i + 1 >= len(doc) or doc[i + 1].text not in lex.surnames)
    for kind, alone_after_article in ((PLACE_KIND, False), (TITLE_KIND, True), (COMPOUND_KIND, None)):
        match = kind.search(low)
        if match is None or match.end() != len(low):
            continue
        joined = i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
        if match.start() == 0 and joined:
            return True  # "DJ-school", "tv-serie": the kind joined to what it is for
        if match.start() == 0:
            return alone_after_article is not None and (
                not alone_after_article or (i > 0 and doc[i - 1].lower_ in DETERMINERS))
        if low[match.start() - 1:match.start()] == "-":
            return kind is COMPOUND_KIND and match.start() >= 3  # "DJ-school"; not "tv-film", read alone
        return match.start() >= COMPOUND_HEAD and token.text[:1].isalpha() and (
            token.text.islower() or vocabulary.is_dutch_word(token.text)
            or (kind is COMPOUND_KIND and vocabulary.is_dutch_word(low[:match.start()])))  # "Sportprijzen"
    return False


def _lexicons() -> Lexicons:
    from screener.text import lexicons  # here: the lexicons load once, when a draft names a variety

    return lexicons.load()


# an event's kind in English closing its name: "de Black Achievement Month", "World Book Day", "de Earth Hour"
# and an institution's or a firm's English kind closing its name: "Wageningen University", "Sky Radio", "Mini Musical
# Company", "Cruyff Foundation"
EVENT_AFTER = re.compile(r"(?<=[a-z])[ \t]+(?:Month|Week|Day|Hour|Festival|Challenge|Cup|Games|Fair|University|College|"
                         r"Foundation|Company|Academy|Institute|Radio|FM|Records|Orchestra|Hits|Awards|Marathon|"
                         r"Unlimited|Parade)(?!\w)")  # "Rotterdam Marathon", "Zwolle Unlimited"
EVENT_WORDS = 4  # capitalised words before it
INSTITUTION_KINDS = {"University", "College", "Foundation", "Company", "Academy", "Institute", "Radio", "FM", "Records",
                     "Orchestra", "Hits", "Awards"}


def block_names_before_their_event(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """"tijdens de Black Achievement Month", "op World Book Day": the capitalised words right before an event's English
    kind are its name, not a person's; not a first name ("Sem Day", "de Noor Challenge" of a pupil) nor a word beside
    school context."""
    starts: list[int] = []
    for match in EVENT_AFTER.finditer(doc.text):
        if not starts:
            starts = [t.idx for t in doc]
        kind = token_index(starts, match.end() - 1)
        k = kind - 1
        while k >= 0 and kind - k <= EVENT_WORDS and doc[k].whitespace_ == " " and doc[k].text[:1].isupper() \
                and doc[k].text.isalpha():
            k -= 1
        name = range(k + 1, kind)
        institution = match.group().strip() in INSTITUTION_KINDS  # "Sky Radio", "Emma Academy": no child's
        if not name or (not institution and any(doc[j].text in lex.first_names for j in name)) \
                or pupil_beside(doc, k + 1, kind + 1):
            continue
        for j in (*name, kind):
            blocked.tokens[j] = True


# capitalised words right before the kind of test or course they name: "de Cambridge Young Learners toets", "het
# Diploma Veilig Internet examen"
KIND_AFTER = re.compile(r"(?<![\w-])((?:[A-Z][\w'’-]*[ \t]+){2,4})(?:toets|examen|certificaat|diploma|training|cursus)\b")


def block_names_before_their_kind(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """"de Cambridge Young Learners toets": two or more capitalised words before the Dutch kind of test or course are
    its name; not when the first is a first name ("Sem Bakker toets ..." may be a pupil and a verb) or beside school
    context."""
    text = doc.text
    if "toets" not in text and "examen" not in text and "certificaat" not in text and "diploma" not in text \
            and "training" not in text and "cursus" not in text:
        return  # the quick way out
    starts = [t.idx for t in doc]
    for match in KIND_AFTER.finditer(text):
        first = token_index(starts, match.start(1))
        last = token_index(starts, match.end(1) - 1)
        if doc[first].text in lex.first_names or pupil_beside(doc, first, last + 1):
            continue
        for j in range(first, last + 1):
            blocked.tokens[j] = True


def _joining_hyphen(doc, k: int, lex: Lexicons) -> bool:  # noqa: ANN001
    """A hyphen inside the name, between two capitalised halves that are no first names: "Transportbedrijf
    Nijhof-Wassink"; not "het zwembad Lieve-Mae" (a child's double name)."""
    return doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and k + 1 < len(doc) \
        and doc[k + 1].text[:1].isupper() and doc[k - 1].text not in lex.first_names \
        and doc[k + 1].text not in lex.first_names


def _after_article(doc, k: int) -> int:  # noqa: ANN001
    """The token after "'t" at k (written apart as "'" and "t": "Boerderij 't Hooge Holt"), else k."""
    if k + 1 < len(doc) and doc[k].text in {"'", "’"} and not doc[k].whitespace_ and doc[k + 1].lower_ == "t" \
            and doc[k + 1].whitespace_ == " ":
        return k + 2
    return k


def block_names_after_their_kind(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """"de app Star Walk", "Veiligheidsregio IJsselland", "zorgboerderij De Hazelaar": the capitalised words
    right after a kind word on its line are the thing's name; not a first name after an organisation ("de
    gerechtelijke politie Pierre Velge": the officer)."""
    n = len(doc)
    starts: list[int] = []
    heroes: set[str] = set()  # the first names a staged title is named after: "Ciske" of "de musical Ciske de Rat"
    for match in CANDIDATE.finditer(doc.text):  # the quick way: a kind word's end, a space, a capital
        if not match.group().lower().endswith(KIND_ENDS):
            continue
        if not starts:
            starts = [t.idx for t in doc]
        i = token_index(starts, match.end() - 1)
        token = doc[i]
        if i >= n - 1 or token.idx + len(token.text) != match.end() or "\n" in token.whitespace_ \
                or not token.whitespace_:
            continue
        first = i + 1
        if doc[first].is_space and "\n" not in doc[first].text and first + 1 < n:
            first += 1  # "Fietsenwinkel   Bike Totaal Hulshof": a page's wrapped line, its break read as a space
        k = _after_article(doc, first)  # "Boerderij 't Hooge Holt"
        if k >= n or not doc[k].text[:1].isupper() or not _kind_word(doc, i):
            continue
        while k < n and k - first < NAME_TOKENS and "\n" not in doc[k - 1].whitespace_ and (
                doc[k].text[:1].isupper() or (doc[k].lower_ in SMALL_WORDS and k + 1 < n
                                              and doc[k + 1].text[:1].isupper()) or _joining_hyphen(doc, k, lex)):
            k += 1
        if doc[first].text in lex.first_names and (PLACE_KIND.search(token.lower_)
                                                   or token.lower_.endswith(BUILDING_KINDS)):
            continue  # "de politie Pierre-Bernard Velge", "het zwembad Daan en Sem": a person after the organisation
        if pupil_beside(doc, first, k):
            continue  # "de musical Sem (groep 8)": a pupil
        for j in range(first, k):
            blocked.tokens[j] = True
        if token.lower_.endswith(STAGED_KINDS):
            heroes.update(doc[j].text for j in range(first, k) if doc[j].text in lex.first_names)
    block_again(doc, blocked, heroes)  # "de musical Ciske de Rat ... zong de bus "Ik ben Ciske""
