"""What looks like a person's name but is none in a school post: children's culture, authors named
as authors, public figures in their public role, shops and brands, streets.

Two annotators, each with one job, used by the name tagger (`screener.text.names`) on its own
finds and on the model's PER guesses alike:

- `blocked_tokens`: the tokens of a phrase from the lists (`lexicons.non_persons`): "Nijntje",
  "Paw Patrol", "Annie M.G. Schmidt", "koningin Máxima", "Albert Heijn". A character that is also
  a first name ("Elsa", "Harry", "Sam") is one only in a post that names its title or another of
  its characters ("Frozen", "Olaf"); a brand that is a first name ("Nike", "Dirk") only after an
  article ("bij de Dirk") or among other brands ("van Nike, van Adidas"): "het boek van Dirk" is
  a child's. After "juf" or "meester" it is a person.
- `blocked_tokens` also blocks a quoted title after a word of performing or reading ("groep 1/2
  zong "Rudolph the Red-Nosed Reindeer"", "de musical "Oliver Twist"") and the first half of a
  shortened compound ("GGD Noord- en Oost-Gelderland"), and an animal's name (`data/animals.txt`:
  "ons klassenkonijn Snuffie", "de panda's. Ze heten Wu Wen en Xing Ya"), and the words of an
  acronym's expansion ("National Cyber Security Centre (NCSC)").
- `public_or_street`: a found person that is a street ("Michiel de Ruyterstraat", "Prins
  Bernhardplein") or a published author by what the sentence says plainly: a listed title before
  the full name ("Kruimeltje (Chris van Abkoude)", "*Dolfje Weerwolfje* van X"), the profession
  ("schrijfster X", not "Auteur: X" or "onze schrijver X"), or a publisher, an ISBN or a book
  prize with "het boek van X" / "geschreven door X"; songs, films and shows name their performer
  ("de liedjes van Juf Roos"). A word of writing alone says nothing: pupils
  write, draw and sing too ("Een gedicht van Sem Bakker (groep 7)", "geschreven door Fenna de
  Wit"), so those stay names; the known authors are in `data/authors.txt`.
- `names_a_thing`, `product_of`, `beside_blocked`: what the text does with a name-like word says it is
  none: a cell under a column of songs, teams or dishes ("| Lied |"), the first half of a compound
  ("Ollie-bal"), the maker of a product ("havermelk van Oatly"), a word no list knows joined to a listed
  character ("met Rudolf, de Grinch en Frosty"); and a title right before "van <listed author>"
  ("Polleke van Guus Kuijer") or a full name after "van" close to one is a book's title or author.
- School context right beside a name ("(groep 7)", ", groep 4", "leerling X", "(9 jaar)") makes it
  a pupil's whatever the lists or the sentence say; a pupil's work in the sentence ("boekverslag",
  "schoolkrant") makes the sentence's cues for an author count for nothing.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from screener.text import lexicons, vocabulary
from screener.text.lexicons import OWN_DATA, Lexicons

# what stands before a phrase that is the brand's, not the person's: "de Dirk", "een Kia"
BRAND_BEFORE = {"de", "het", "'t", "een", "onze", "jullie"}
PLURAL_END = re.compile(r"(?:en|s|'s|’s)(?!\w)")  # "Pippi Langkousen", "twee Nijntjes"
SURNAME_INTERFIXES = {"de", "van", "der", "den", "ter", "ten"}  # "Daan de Haas": before a surname
SHOP_BEFORE = {"van", "bij", "aan", "door", "naar", "en", ",", "&"}  # where a shop's branch is named
BRAND_NEIGHBOURHOOD = 80  # characters: "van Nike, van Adidas": a brand among brands
CHARACTER_NEIGHBOURHOOD = 80  # characters: "Pippi Langkous, ..., twee keer Matilda": a character among characters
LIST_BETWEEN = re.compile(r",|\s(?:en|of|&)\s")
# forms of address that make the next word a person whatever a list says: "juf Elsa"
SCHOOL_TITLES = {"juf", "juffrouw", "meester", "mevrouw", "meneer", "mijnheer", "dhr", "mevr", "mw", "mvr", "heer"}
# a word of making a work, then "van" or "door": "het boek van X", "geschreven door X". Alone it says
# nothing: pupils write, draw and sing too ("Een gedicht van Sem Bakker (groep 7)"). Only with a sign of
# a published work in the sentence (PUBLISHED) is X the work's author.
WORK_BEFORE = re.compile(
    r"(?:\b(?:boek(?:je|en|jes)?|prentenboek(?:en)?|voorleesboek|verhaal|verhalen|verhaaltjes|gedicht(?:en)?|versjes?|"
    r"tekeningen|illustraties|plaatjes|roman|strip|werk|schilderij(?:en)?)\s+van|"
    r"\b(?:geschreven|bedacht|geïllustreerd|vertaald)\s+door|"
    r"[*_\"”’]\s*van)\s*$",
    re.IGNORECASE,
)
# songs, films and shows "van X" are a performer's, whose name is public: "de liedjes van Juf Roos",
# "een film van X", "gecomponeerd door X" (a pupil beside school context still stays a pupil)
MEDIA_BEFORE = re.compile(
    r"(?:\b(?:lied(?:je|jes|eren)?|nummers?|hits?|film|films|muziek|serie|album|cd|clip|musical|wijs)\s+van|"
    r"\b(?:gecomponeerd|geregisseerd|gezongen)\s+door)\s*$",
    re.IGNORECASE,
)
# the profession right before the name, without a colon: "schrijfster Carry Slee", "de illustrator X".
# Not "Auteur: Fenna de Wit" (a byline) and not "onze schrijver X" (the school's own).
MAKERS = ("schrijver", "schrijfster", "auteur", "illustrator", "illustratrice", "kinderboekenschrijver",
          "kinderboekenschrijfster", "kinderboekenauteur", "jeugdboekenschrijver", "jeugdboekenschrijfster", "dichter",
          "dichteres", "kinderdichter", "striptekenaar", "componist", "kunstenaar", "regisseur",
          # performers named for their performance: "door harpiste Lavinia Meijer"
          "harpist", "harpiste", "pianist", "pianiste", "violist", "violiste", "cellist", "celliste", "dirigent")  # not "schilder": a trade too
MAKER_BEFORE = re.compile(rf"(?<!onze )(?<!ons )(?<!jullie )(?<!mijn )\b(?:{'|'.join(MAKERS)})\s*$", re.IGNORECASE)
# a body of work: "uit de boeken van Piet Prins", "alle boeken van X" (a pupil's own work is one piece)
BODY_OF_WORK = re.compile(r"\b(?:de|alle|zijn|haar)\s+(?:boeken|prentenboeken|verhalen|liedjes|films|strips)\s+van\s*$",
                          re.IGNORECASE)
# a sign in the sentence that the work is published: a publisher, an ISBN, a prize for books
PUBLISHED = re.compile(
    r"\b(?:uitgeverij|uitgever|uitgegeven|verschenen\s+bij|isbn|bestseller|gouden\s+griffel|zilveren\s+griffel|"
    r"griffel|penseel|boekenweekgeschenk|kinderboekenweekgeschenk|prentenboek\s+van\s+het\s+jaar|bekroond|"
    r"in\s+de\s+boekhandel|vertaald\s+(?:door|uit))",
    re.IGNORECASE,
)
# school context right next to a name makes it a pupil's, whatever a list says: "Sem Bakker (groep 7)",
# "Daan Visser, groep 4", "Yara (9 jaar)", "leerling Lucas Smit", "groep 8: Sem Bakker"
PUPIL_AFTER = re.compile(
    r"^\s*[,(–—-]?\s*(?:(?:uit|van|in|zit\s+in|leerlinge?\s+(?:van|uit|in))\s+)?"
    r"(?:groep|gr\.?|klas|leerjaar|unit)\s*\d|^\s*[,(]\s*\d{1,2}(?:\s*jaar)?\s*[),]|^\s*[,(]\s*leerlinge?\b",
    re.IGNORECASE,
)
PUPIL_BEFORE = re.compile(r"(?:\bleerlinge?n?|\b(?:groep|klas)\s*\d\w*\s*[:\-–]?)\s*$", re.IGNORECASE)
# a pupil's work or paper in the sentence: then a title or a profession does not make a published author
# ("groep 4 leest Kruimeltje (Chris van Abkoude)" is about a class, not by it: only beside the name)
PUPIL_WORK = re.compile(
    r"\b(?:boekverslag\w*|boekbespreking\w*|spreekbeurt\w*|werkstuk\w*|opstel\w*|schoolkrant\w*|klassenkrant\w*|"
    r"groepskrant\w*|redactie)",
    re.IGNORECASE,
)
STORY_AFTER = re.compile(r"\s*[(,–-]\s*(?:de\s+\w+\s+)?uit\s+(?:het|de|een)\s+(?:\w+)?(?:boek|film|serie|verhaal|sprookje|"
                         r"strip|game|spel|musical|voorstelling|tekenfilm|liedje)\w*\b", re.IGNORECASE)
PUPIL_REACH = 40  # characters after a name that may tie it to a group
CUE_REACH = 40  # characters before a name that hold the cue of an author: "kinderboekenschrijfster "
SENTENCE_REACH = 300  # characters either side of a name read as its sentence (a long line costs no more)
STREET = re.compile(r"\w{2,}(?:straat|laan|plein|weg|singel|gracht|kade|dreef|plantsoen|allee|boulevard|steeg|"
                    r"straatje|pad|hof|park|dijk|kwartier|markt)$", re.IGNORECASE)
SAINTS = {"sint", "sinte", "st"}  # "Sint Lebuïnus", "St. Jozef": a saint's name (a church, a school, a scout group)
STREET_INTERFIXES = {"de", "van", "der", "den", "'t", "ter", "ten", "het"}
# a word that makes the name after it a street, park, venue or saint: "Laan van Borgele", "sportpark Zandweerd",
# "Sint Maarten", "landgoed De Haere"
PLACE_BEFORE = re.compile(r"\b(?:laan|plein|hof|\w*park|wijk|kasteel|landgoed|huize|camping|sint|sinte|st\.?)"
                          r"\s+(?:van\s+(?:de\s+|der\s+|den\s+)?)?$", re.IGNORECASE)
# a quoted title, then "van" (or "van" opens the name): what follows is its maker or performer
QUOTED_TITLE_VAN = re.compile(r"[\"”’]\s*(van\s*)?$")
# "van Julia Donaldson en ": the author before this one, joined by "en" or a comma
CO_AUTHOR = re.compile(r"(?:[A-Z][\w.'’-]*\s+(?:(?:van|de|der|den|ter|ten|het|'t)\s+)*){1,3}(?:en|&|,)\s*$")
# "een echte schrijver bij groep 5 en 6: ": a published writer introduced before a colon. Not a byline
# ("Auteur: Fenna de Wit", "Schrijver van dit stuk: ..."): the writer must be called a real or known one
WRITER_COLON = re.compile(r"\b(?:echte|bekende|beroemde|professionele)\s+(?:kinderboeken)?(?:schrijver|schrijfster|"
                          r"auteur|illustrator|illustratrice|dichter|dichteres|tekenaar|kunstenaar|zanger|zangeres)\b"
                          r"[^.!?:]{0,40}:\s*$", re.IGNORECASE)
# a town's office right before the name: the person named in that role is public ("burgemeester Ron König",
# "de burgemeester van Deventer, Ron König", "wethouder Jansen"). Not ministers: news names them as persons
# (CoNLL's PER), and a school post that does names them in public_figures.txt.
OFFICE_BEFORE = re.compile(
    r"\b(?:burgemeester|loco-burgemeester|wethouder)"
    r"(?:\s+(?:van|voor)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,?\s*$",
    re.IGNORECASE,
)
# the office opening the name in a letter's salutation: "Geachte burgemeester König," (news names a mayor who
# acts as a person, CoNLL's PER: "burgemeester Foubert heeft beslist")
TOWN_OFFICES = {"burgemeester", "loco-burgemeester", "wethouder"}
ADDRESSED = re.compile(r"\b(?:geachte|beste|hooggeachte|lieve)\s*$", re.IGNORECASE)
STREET_SURE = re.compile(r"\w{2,}(?:straat|laan|plein|singel|gracht|kade|dreef|plantsoen|allee|boulevard|steeg)$",
                         re.IGNORECASE)


WORD = re.compile(r"\w+")
# a word of performing, reading or watching just before a quotation: what is quoted is a title
TITLE_CUE = re.compile(
    r"\b(?:zing\w*|zong\w*|gezongen|speel\w*|speelde\w*|gespeeld|lees|leest|lezen|las|lazen|gelezen|kijk\w*|"
    r"keken|gekeken|voer\w* .{0,12}op|musical|toneelstuk|voorstelling|film|lied(?:je|jes|eren)?|nummer|boek(?:je)?|"
    r"prentenboek|serie|show|dans(?:je)?|thema|titel)\b",
    re.IGNORECASE,
)
TITLE_CUE_REACH = 80  # characters before the quotation, within its sentence: "zong 'X' en daarna 'Y'"
SENTENCE_END = re.compile(r"[.!?]\s")
# English function words: a quoted English phrase is a title ("Let It Go", "We Are The Champions")
ENGLISH = re.compile(r"\b(?:the|it|you|are|of|and|my|your|to|on|all)\b", re.IGNORECASE)
NAMING_VERBS = {"heet", "heten", "heette", "heetten", "genaamd", "noemen", "noemden", "doopten"}
ANIMAL_REACH = 20  # tokens from the animal word to the naming verb: the same sentence or the next
ANIMAL_PLURALS = ("'s", "’s", "en", "s")
NAMING_ADVERBS = {"nu", "voortaan", "sindsdien", "officieel", "gewoon"}  # "hij heet nu Bolt"
ANIMAL_ARTICLES = {"een", "de", "het", "onze", "ons", "mijn", "hun"}  # "Boris, een hele grote herder"
APPOSITION_WORDS = 3  # adjectives between the article and the animal: "een hele grote herder"
ACRONYM = re.compile(r"[A-Z]{2,6}")
ACRONYM_SMALL_WORDS = {"of", "and", "for", "the", "van", "voor", "en", "de", "der", "het"}  # "Bureau of ..."
QUOTE_PAIRS = {'"': '"', "“": "”", "„": "”", "‘": "’", "«": "»", "'": "'"}
TITLE_MAX = 60  # characters between the quotes


@dataclass
class Blocked:
    tokens: list[bool]  # per token: part of a non-person phrase
    ends: set[int]  # token index just after each blocked phrase (a title before "van <author>")
    brand_ends: set[int] = field(default_factory=set)  # ... of a shop or brand: "Plus Van den Berg" is its branch
    authors: list[int] = field(default_factory=list)  # where a listed author is named after "van": "Polleke van Guus Kuijer"


# a table column that holds things, not people: the header above the cell says what kind of thing
THING_HEADER = re.compile(
    r"^(?:lied(?:je)?s?|liederen|nummers?|titels?|boek(?:en)?|films?|voorstelling(?:en)?|teams?|teamnaam|groepsnaam|"
    r"product(?:en)?|artikel(?:en)?|merk(?:en)?|winkels?|sponsors?|menu|gerecht(?:en)?|drinken|eten|wat|"
    r"onderdeel|onderdelen|activiteit(?:en)?|spel(?:len)?|thema'?s?|materialen|materiaal|voorwerp(?:en)?|methode)\s*:?$",
    re.IGNORECASE,
)


# things a brand makes, as the last part of the word before "van <brand>": "havermelk van Oatly", "vulpen van Stabilo"
PRODUCT_HEADS = ("melk", "kaas", "koek", "koeken", "koekjes", "pepernoten", "kruidnoten", "chocolade", "chocola", "sap",
                 "limonade", "ranja", "yoghurt", "vla", "pindakaas", "hagelslag", "beschuit", "chips", "repen", "snoep",
                 "drinken", "frisdrank", "thee", "koffie", "pen", "pennen", "vulpen", "potloden", "stiften", "markers",
                 "lijm", "verf", "puffer", "pleisters", "sneakers", "schoenen", "tenues", "outfit", "schaatsen")


PRODUCT_JOINS = {"van", "(", ",", "en", "of"}  # what stands right before a maker: "melk van Alpro", "(Nijdam, Zandstra)"


def product_of(doc, i: int) -> bool:  # noqa: ANN001
    """Is the word at i the maker of the thing before it: "havermelk van Oatly", "een vulpen van Stabilo",
    "de tenues (Nike, rood-wit)", "zijn puffer (Ventolin)"? A child owns a bag or a coat, not oat milk."""
    if i < 2 or doc[i - 1].lower_ not in PRODUCT_JOINS:
        return False  # the quick way out: no "van", "(" or list before the word
    k = i - 1
    while k >= 2 and doc[k].lower_ in {",", "en", "of"} and doc[k - 1].text[:1].isupper():
        k -= 2  # "(Nijdam, Zandstra)": the makers in a list
    if k >= 1 and doc[k].lower_ in {"van", "("} and doc[k - 1].text.islower() \
            and doc[k - 1].lower_.endswith(PRODUCT_HEADS):
        head = next(h for h in PRODUCT_HEADS if doc[k - 1].lower_.endswith(h))
        return doc[k - 1].lower_ == head or len(doc[k - 1].text) - len(head) >= 3  # "sojamelk"; not "open"
    return False


def beside_blocked(doc, start: int, end: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """Is a word no list knows joined by "en", "of" or a comma to a character, title or brand of the lists ("met
    Rudolf, de Grinch en Frosty", "Pipo en Swiebertje")? It is one of them: a reader takes it so."""
    for k, step in ((start - 1, -1), (end, 1)):
        if not (0 <= k < len(doc)) or doc[k].lower_ not in {",", "en", "of", "&"}:
            continue
        other = k + step
        if 0 <= other < len(doc) and doc[other].lower_ in BRAND_BEFORE:
            other += step  # "de Grinch"
        if 0 <= other < len(doc) and blocked.tokens[other] and doc[other].text[:1].isupper():
            return True
    return False


HTML_CELL_MAX = 80  # characters: an HTML table's cell, one to a line as the documents stage hands it over


def names_a_thing(doc, start: int, end: int) -> bool:  # noqa: ANN001
    """Is the name-like span at tokens [start, end) the name of a thing by how the text uses it: the first
    half of a compound ("de Ollie-bal", "een Lotus-koekje", "de Bas-app": Dutch joins a brand or character
    to a thing, never a child: that is "de tas van Bas"), or a cell of a table column that holds songs,
    teams, products or dishes ("| Lied |" above "| Berend Botje |", "| Team |" above "| De Snelle Jelles |")?"""
    text = doc.text
    at = doc[end - 1].idx + len(doc[end - 1].text)
    if text[at:at + 1] == "-" and text[at + 1:at + 2].islower():
        word = WORD.match(text, at + 1)
        if word and len(word.group()) >= 3 and (vocabulary.is_lower_case_word(word.group())
                                                or vocabulary.is_lower_case_word(doc[end - 1].lower_)):
            # "Zwart-witfoto": an ordinary word joined to a lower-case tail
            return True
    at = doc[start].idx
    line_start = text.rfind("\n", 0, at) + 1
    if text.startswith(" ", line_start):  # a Markdown row opens with its blanked bar; its cells stand 3 spaces apart
        line_end = text.find("\n", at)
        table = text.find("   ", line_start, len(text) if line_end < 0 else line_end) >= 0
    else:  # an HTML cell: a short line between blank lines
        table = at - line_start <= HTML_CELL_MAX and text.startswith("\n\n", max(0, line_start - 2)) \
            and text.find("\n", at, line_start + HTML_CELL_MAX + 1) >= 0 and text.startswith("\n\n", text.find("\n", at))
    if not table:
        return False  # the quick way out: no table row (a Markdown row opens with its blanked bar, an HTML cell is a
        # short line between blank lines)
    from screener.text.recognizers import table_column  # here: the recognizers import this stage

    return table_column.headed(text, doc[start].idx, THING_HEADER)


def branch_of_brand(doc, start: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """A name right after a shop or brand names its branch or owner: "Plus Van den Berg", "Jumbo Visser"."""
    return start in blocked.brand_ends and start > 0 and "\n" not in doc[start - 1].whitespace_


def _continues(text: str, end: int) -> bool:
    """Does a word go on at `end`: "Sinterklaasfeest", or a hyphenated name ("Sint-Niklaas")?"""
    return end < len(text) and (text[end].isalnum() or (text[end] == "-" and text[end + 1 : end + 2].isupper()))


def _plural_is_no_name(text: str, start: int, end: int, lex: Lexicons) -> bool:
    """Is the plural's last word no name of its own ("Langkousen"; but "Hendriks", "Peters", "Hansen" are
    surnames, not plurals of "Hendrik", "Peter", "Hans")?"""
    last = text[start:end].split()[-1]
    return last not in lex.surnames and last not in lex.first_names


def _plain_word(doc, k: int) -> bool:  # noqa: ANN001
    """"een muis in huis", "de haas": a character that is an ordinary word ("Muis" of the Gruffalo),
    written in lower case, is the word: it is no character beside another one."""
    return doc[k].text.islower() and vocabulary.is_lower_case_word(doc[k].text)


def _spaced_end(text: str, start: int, phrase: str) -> int:
    """Where `phrase` ends in `text` from `start` when a space in it may be any run of white space, else -1."""
    space = phrase.find(" ")
    if space < 0 or text[start:start + space].lower() != phrase[:space]:
        return -1
    after = start + space
    while after < len(text) and text[after].isspace():
        after += 1
    if text[after:after + 1].lower() != phrase[space + 1:space + 2]:
        return -1  # the quick way out: the next word is another
    at = start
    for part in phrase.split(" "):
        if at > start:
            if at >= len(text) or not text[at].isspace():
                return -1
            while at < len(text) and text[at].isspace():
                at += 1
        if text[at:at + len(part)].lower() != part:
            return -1
        at += len(part)
    return at


def _token_index(starts: list[int], char: int) -> int:
    return bisect.bisect_right(starts, char) - 1


def blocked_tokens(doc, lex: Lexicons) -> Blocked:  # noqa: ANN001 - a Tokens snapshot
    """The tokens of every non-person phrase in `doc` (see the module's docstring)."""
    n = len(doc)
    blocked = Blocked([False] * n, set())
    if not lex.non_persons or not n:
        return blocked
    text = doc.text  # compared piece by piece: "İ".lower() is two characters, so text.lower() shifts offsets
    starts = [t.idx for t in doc]
    matches = []  # (start token, end token, entry)
    i = 0
    while i < n:
        token = doc[i]
        key = token.lower_
        if not key.isalnum():
            word = WORD.match(key)
            key = word.group() if word else ""
        candidates = lex.non_persons.get(key)
        if not candidates and key[-1:] == "s" and len(key) > 4 and token.text[0].isupper():
            candidates = lex.non_persons.get(key[:-1])  # "Nijntjes vriendje": a one-word character's genitive or plural
        if candidates:
            window = text[token.idx:token.idx + len(candidates[0].phrase)]  # the longest phrase's reach
            # with a line break or a run of spaces in reach, the phrases are also compared with white space as one space
            spaced = " ".join(text[token.idx:token.idx + 2 * len(window)].split()).lower() \
                if "  " in window or "\n" in window or "\t" in window else ""
            for entry in candidates:  # longest first
                end_char = token.idx + len(entry.phrase)
                written = text[token.idx:end_char]
                if written.lower() != entry.phrase:
                    # "Jeff\n   Kinney": a phrase wrapped over lines and indented
                    end_char = _spaced_end(text, token.idx, entry.phrase) \
                        if spaced and spaced.startswith(entry.phrase) else -1
                plural = PLURAL_END.match(text, end_char) if end_char > 0 and text[end_char - 1].isalpha() else None
                if plural and _plural_is_no_name(text, token.idx, plural.end(), lex):
                    end_char = plural.end()  # "vier Pippi Langkousen", "twee Kapitein Onderbroeken": the characters
                if end_char > 0 and not _continues(text, end_char):
                    last = _token_index(starts, end_char - 1)
                    if doc[last].idx + len(doc[last].text) == end_char:
                        # every entry of this phrase: "Steve" of Minecraft and of another title alike
                        matches.extend((i, last + 1, same) for same in candidates if same.phrase == entry.phrase)
                        break
        i += 1
    _block_quoted_titles(doc, blocked)
    _block_shortened_compounds(doc, blocked)
    _block_animal_names(doc, blocked)
    _block_acronym_expansions(doc, blocked, lex)
    groups = {entry.group for _, _, entry in matches if not entry.needs_context and entry.group >= 0}
    named: set[str] = set()  # first names and surnames of the public figures and authors named in full
    for start, end, entry in matches:
        if any(blocked.tokens[start:end]):
            continue
        before = doc[start - 1].lower_.rstrip(".") if start else ""
        if before in SCHOOL_TITLES or (before == "van" and start > 1 and doc[start - 2].lower_ in lex.relations):
            continue  # "juf Elsa", "meester Max", "de moeder van Pluk"
        if entry.phrase in _people() and pupil_beside(doc, start, end):
            continue  # "Thea Beckman (groep 7)": a pupil who shares an author's name
        if entry.group < 0 and entry.phrase not in _people() and start > 0 and doc[start - 1].text in lex.first_names \
                and doc[start - 1].whitespace_ == " " and not blocked.tokens[start - 1] and before not in BRAND_BEFORE:
            continue  # "Sem Blink", "Lotte Kruidvat": a brand's or method's word after a first name is a surname
        if end - start == 1 and start > 1 and doc[start - 1].lower_ in SURNAME_INTERFIXES \
                and doc[start - 2].text in lex.first_names and not blocked.tokens[start - 2]:
            continue  # "Daan de Haas", "Sanne de Vos": a character's word after a first name and "de" is a surname
        if entry.needs_context and entry.group >= 0 and entry.group not in groups \
                and not _among_characters(doc, start, matches):
            continue  # "Anna" without Frozen: a child; "Sonic, Zelda en Roblox": a character among characters
        if entry.needs_context and entry.group < 0 and before not in BRAND_BEFORE \
                and not _among_brands(doc, start, matches) and not _product_compound(text, doc, end) \
                and not product_of(doc, start):
            continue  # "Nike uit groep 3", "het boek van Dirk": a child; "bij de Dirk", "van Nike, van Adidas": the brand
        for k in range(start, end):
            blocked.tokens[k] = True
        blocked.ends.add(end)
        if entry.group < 0 and (before in BRAND_BEFORE or before in SHOP_BEFORE):
            blocked.brand_ends.add(end)  # "van Plus Van den Berg"; not "de rijzende ster Polo Montanez"
        if entry.phrase in _people() and end - start >= 2:
            named.add(doc[start].text)
            named.add(doc[end - 1].text)
        if before == "van" and entry.phrase in _authors():
            blocked.authors.append(doc[start].idx)
            _block_title_before(doc, start - 1, blocked)
    _block_parts_of_people(doc, blocked, named)
    return blocked


def _block_parts_of_people(doc, blocked: Blocked, parts: set[str]) -> None:  # noqa: ANN001
    """A public figure or author named in full ("Freek Vonk", "Roald Dahl") is the one meant by the first
    name or surname alone in the same post ("*Freek op safari*", "de boeken van Dahl"); not after "juf" or
    "meester" and not beside school context ("Freek (groep 5)")."""
    if not parts:
        return
    for k, token in enumerate(doc):
        if blocked.tokens[k] or token.text not in parts:
            continue
        before = doc[k - 1].lower_.rstrip(".") if k else ""
        if before in SCHOOL_TITLES or pupil_beside(doc, k, k + 1):
            continue
        blocked.tokens[k] = True


def _product_compound(text: str, doc, end: int) -> bool:  # noqa: ANN001
    """"Nike-schoenen", "Calvé-pindakaas", "Lego-blokjes": a brand joined to a thing by a hyphen."""
    at = doc[end - 1].idx + len(doc[end - 1].text)
    return text[at:at + 1] == "-" and text[at + 1:at + 2].islower()


def _block_quoted_titles(doc, blocked: Blocked) -> None:  # noqa: ANN001
    """"groep 3 zong "Rudolph the Red-Nosed Reindeer"": the quoted words are a title, not persons."""
    text = doc.text
    starts = [t.idx for t in doc]
    for i, token in enumerate(doc):
        close = QUOTE_PAIRS.get(token.text)
        if close is None or token.whitespace_:
            continue
        end_char = text.find(close, token.idx + 1)
        if end_char < 0 or end_char - token.idx > TITLE_MAX or "\n" in text[token.idx:end_char]:
            continue
        line_start = text.rfind("\n", 0, token.idx) + 1
        before = SENTENCE_END.split(text[max(line_start, token.idx - TITLE_CUE_REACH):token.idx])[-1]
        if TITLE_CUE.search(before) is None and ENGLISH.search(text[token.idx + 1:end_char]) is None:
            continue
        last = _token_index(starts, end_char - 1)
        for k in range(i + 1, last + 1):
            blocked.tokens[k] = True


def _block_shortened_compounds(doc, blocked: Blocked) -> None:  # noqa: ANN001
    """"Noord- en Oost-Gelderland", "basis- of voortgezet": a word cut off at a hyphen is half a compound."""
    joiners = {"en", "of", "t/m", "tot"}
    for i in range(len(doc) - 1):
        if len(doc[i].text) > 2 and doc[i].text.endswith("-") and doc[i].whitespace_ and doc[i + 1].lower_ in joiners:
            blocked.tokens[i] = True  # "Noord-" as one token
        elif (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and doc[i + 1].whitespace_
                and doc[i + 2].lower_ in joiners):
            blocked.tokens[i] = True


@functools.cache
def _people() -> frozenset[str]:
    """The authors and public figures of the non-person lists (lower case, as `NonPerson.phrase`)."""
    listed = frozenset(" ".join(line.split()).lower()
                       for name in ("authors.txt", "public_figures.txt")
                       for line in (OWN_DATA / name).read_text(encoding="utf-8").splitlines()
                       if line.strip() and not line.startswith("#"))
    first_lower = {n.lower() for n in lexicons.load().first_names}
    return listed | frozenset(lexicons.public_first_names(first_lower))


@functools.cache
def _authors() -> frozenset[str]:
    """The authors of the non-person lists (lower case)."""
    return frozenset(" ".join(line.split()).lower()
                     for line in (OWN_DATA / "authors.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


TITLE_SMALL_WORDS = {"en", "de", "het", "van", "der", "den", "'t", "in", "op", "een", "&"}
TITLE_WORDS = 6  # tokens back from "van <author>" that a title may take: "Vos en Haas", "De brief voor de koning"


def _block_title_before(doc, van: int, blocked: Blocked) -> None:  # noqa: ANN001
    """"Polleke van Guus Kuijer", "Vos en Haas van Sylvia Vanden Heede": the capitalised words right before
    "van <a listed author>" are the book's title, not a person."""
    k = van - 1
    while k >= 0 and van - k <= TITLE_WORDS and not doc[k].is_space and "\n" not in doc[k].whitespace_ and (
            doc[k].text[:1].isupper() or doc[k].lower_ in TITLE_SMALL_WORDS):
        if doc[k].text[:1].isupper():
            blocked.tokens[k] = True
        k -= 1


def _among_authors(doc, start: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """"Gozert van Pieter Koolwijk" in a reading list with "Polleke van Guus Kuijer": a full name after "van",
    close to a listed author named the same way, is an author too."""
    at = doc[start].idx
    return start > 0 and doc[start - 1].lower_ == "van" and any(
        0 < abs(other - at) <= AUTHOR_REACH for other in blocked.authors)


AUTHOR_REACH = 300  # characters: a reading list's few lines, or the same sentence


@functools.cache
def _animals() -> frozenset[str]:
    return frozenset(line.strip().lower() for line in (OWN_DATA / "animals.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=65536)
def _animal(word: str) -> bool:
    """"konijn", "panda's", "pinguïns", "klassenkonijn" (a compound ends in an animal of 4+ letters)."""
    words = _animals()
    forms = [word] + [word[: -len(p)] for p in ANIMAL_PLURALS if word.endswith(p) and len(word) > len(p) + 2]
    return any(form in words or any(form[k:] in words for k in range(1, len(form) - 3)) for form in forms)


def _block_animal_names(doc, blocked: Blocked) -> None:  # noqa: ANN001
    """An animal's name: right after the animal ("konijn Snuffie") or after "heet"/"heten" soon after it,
    and the same name elsewhere in the post."""
    n = len(doc)
    names: set[str] = set()
    for i in range(n):
        if not doc[i].text[:1].islower() or not _animal(doc[i].lower_):
            continue
        for b in _named_before_animal(doc, i):  # "Egbert de eekhoorn", "Boris, een hele grote herder"
            blocked.tokens[b] = True
            names.add(doc[b].text)
        k = i + 1
        bracketed = next((j for j in range(i + 2, min(n - 2, i + 5)) if doc[j].text == "(" and doc[j + 2].text == ")"
                          and doc[j + 1].text[:1].isupper()), 0)
        if bracketed:  # "de kat van yara (Snoepie)": the animal's name in brackets after its owner
            blocked.tokens[bracketed + 1] = True
            names.add(doc[bracketed + 1].text)
        if not (k < n and doc[k].text[:1].isupper()):
            k = next((j + 1 for j in range(i + 1, min(n, i + ANIMAL_REACH))
                      if doc[j].lower_ in NAMING_VERBS), 0)
            if not k or "\n\n" in doc.text[doc[i].idx:doc[k - 1].idx]:
                continue
            if k < n and doc[k].lower_ in NAMING_ADVERBS and k + 1 < n and doc[k + 1].text[:1].isupper():
                k += 1  # "Een hond ... Hij heet nu Bolt"
            b = k - 2  # the name before the verb: "een varken dat Knorbert heet", "onze kat, die Minoes heet"
            while b > i and doc[b].is_space:
                b -= 1
            while b > i and doc[b].text[:1].isupper():
                blocked.tokens[b] = True
                names.add(doc[b].text)
                b -= 1
        while k < n and (doc[k].text[:1].isupper() or (doc[k].lower_ in {"en", ","} and k + 1 < n
                                                       and doc[k + 1].text[:1].isupper())):
            blocked.tokens[k] = True
            if doc[k].text[:1].isupper():
                names.add(doc[k].text)
            k += 1
    for k in range(n):  # "Xing Ya at de hele dag bamboe": the animal further on in the post
        if doc[k].text in names:
            blocked.tokens[k] = True


def _named_before_animal(doc, i: int) -> list[int]:  # noqa: ANN001
    """The name an animal word at i describes from behind: "Egbert de eekhoorn" (a character named
    with its kind), "Boris, een hele grote herder" (a name, then what animal it is)."""
    if i >= 2 and doc[i - 1].lower_ == "de" and doc[i - 2].text[:1].isupper() and doc[i - 2].text.isalpha() \
            and not doc[i - 2].whitespace_.count("\n") \
            and not (i >= 4 and doc[i - 3].lower_ in SURNAME_INTERFIXES and doc[i - 4].text[:1].isupper()):
        # not "Daan de Haas de hond gaf": a first name, "de" and a surname
        return [i - 2]
    k = i - 1
    while k > 0 and doc[k].text.isalpha() and doc[k].text.islower() and doc[k].lower_ not in ANIMAL_ARTICLES \
            and i - k <= APPOSITION_WORDS:
        k -= 1  # "hele grote"
    if k >= 2 and doc[k].lower_ in ANIMAL_ARTICLES and doc[k - 1].text == "," and doc[k - 2].text[:1].isupper() \
            and doc[k - 2].text.isalpha():
        return [k - 2]
    return []


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _spells(acronym: str, words: list[str]) -> bool:
    """Do the capitalised words' first letters spell the acronym (one letter short at its end is
    allowed for three or more words: "General Communications Headquarters" for GCHQ)?"""
    letters, initials = "".join(c for c in acronym if c.isupper()), _initials(words)
    return len(initials) >= 2 and (initials == letters or (
        len(initials) >= 3 and len(letters) == len(initials) + 1 and letters.startswith(initials)))


def _block_acronym_expansions(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """"National Security Agency (NSA)", "UMTS (Universal Mobile Telecommunications Standard)": capitalised
    words whose first letters spell the acronym beside them in brackets are its expansion, not a person.
    A first name, a surname or a title among them makes them a person with initials: "Ilse de Vries (IdV)",
    "Meester Bakker (MB)"."""
    n = len(doc)
    if "(" not in doc.text:
        return
    for i in (k for k, token in enumerate(doc) if token.text == "(" and 0 < k < n - 2):
        close = next((k for k in range(i + 1, min(n, i + 12)) if doc[k].text in {")", "("}), None)
        if close is None or doc[close].text != ")":
            continue
        inside = list(range(i + 1, close))
        if len(inside) == 1 and ACRONYM.fullmatch(doc[inside[0]].text):
            acronym, before = doc[inside[0]].text, []  # the expansion before it: capitalised words back to "("
            k = i - 1
            while k >= 0 and len(before) < 2 * len(acronym) and (
                    doc[k].text[:1].isupper() or doc[k].lower_ in ACRONYM_SMALL_WORDS):
                before.insert(0, k)
                k -= 1
            candidates = [before[j:] for j in range(len(before)) if doc[before[j]].text[:1].isupper()]
        else:  # "UMTS ( Universal Mobile ... )", "T-DAB ( ... )": the acronym just before the bracket
            k = i - 1
            while k > 0 and not doc[k - 1].whitespace_ and not doc[k - 1].is_space:
                k -= 1
            acronym = doc.span_text(k, i).replace("-", "")
            words = [t for t in inside if doc[t].text[:1].isupper() or doc[t].lower_ in ACRONYM_SMALL_WORDS]
            if not ACRONYM.fullmatch(acronym) or len(words) != len(inside):
                continue
            candidates = [words]
        for words in candidates:
            texts = [doc[t].text for t in words]
            if _spells(acronym, texts) and not any(w in lex.first_names or w in lex.surnames
                                                   or w.lower() in lex.titles for w in texts):
                for t in words:
                    blocked.tokens[t] = True
                break


def _among_characters(doc, start: int, matches: list) -> bool:  # noqa: ANN001
    """Is another character or title that is no first name named close by in the same sentence?"""
    at = doc[start].idx
    for other, _, entry in matches:
        if entry.group < 0 or entry.needs_context or other == start or abs(doc[other].idx - at) > CHARACTER_NEIGHBOURHOOD \
                or _plain_word(doc, other):
            continue
        low, high = sorted((at, doc[other].idx))
        between = doc.text[low:high]
        if LIST_BETWEEN.search(between) and not SENTENCE_END.search(between) and not re.search(r"[\n:;]", between):
            return True
    return False


def _among_brands(doc, start: int, matches: list) -> bool:  # noqa: ANN001
    """Is another shop or brand that is no first name named close by on the same line?"""
    at = doc[start].idx
    line_start, line_end = doc.text.rfind("\n", 0, at), doc.text.find("\n", at)
    line_end = line_end if line_end >= 0 else len(doc.text)
    return any(entry.group < 0 and not entry.needs_context and other != start
               and line_start < doc[other].idx < line_end and abs(doc[other].idx - at) <= BRAND_NEIGHBOURHOOD
               for other, _, entry in matches)


def public_or_street(doc, start: int, end: int, blocked: Blocked, lex: Lexicons) -> bool:  # noqa: ANN001
    """Is the person found at tokens [start, end) an author, a public figure or a street here?"""
    words = [doc[k].text for k in range(start, end)]
    k = end
    while k < len(doc) and k < end + 3 and doc[k].lower_ in STREET_INTERFIXES:
        k += 1
    if k > end and k < len(doc):
        words.append(doc[k].text)  # "Willem" before "de Zwijgerlaan"
    if any(STREET_SURE.match(w) or (STREET.match(w) and w not in lex.surnames) for w in words):
        return True  # "Michiel de Ruyterstraat", "Dr. Schaepmanstraat", "Prins Bernhardplein"
    if start > 0 and doc[start - 1].lower_.rstrip(".") in SAINTS and blocked.tokens[start - 1]:
        return True  # "Scouting Sint Lebuïnus": a saint, where "Sint" alone is taken for Sinterklaas
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].whitespace_ == " " \
            and len(words) < 4 and blocked.tokens[start - 1]:
        start -= 1  # "van Andy Griffiths" with "Andy" taken for a character: the name starts there
        words.insert(0, doc[start].text)
    line_start = doc.text.rfind("\n", 0, doc[start].idx) + 1
    context_start = max(line_start, doc[start].idx - 80)
    context = doc.text[context_start : doc[start].idx]
    if PLACE_BEFORE.search(context):
        return True  # "Laan van Borgele", "Sint Nicolaas", "landgoed Het Rode Koper"
    if _character_of_a_story(doc, end) and not pupil_beside(doc, start, end):
        return True  # "Charlotte (uit het boek van E.B. White)": a character, said so
    if (OFFICE_BEFORE.search(context) or (end - start >= 2 and doc[start].lower_ in TOWN_OFFICES
                                          and ADDRESSED.search(context))) and not pupil_beside(doc, start, end):
        return True  # "de burgemeester van Deventer, Ron König", "Geachte burgemeester König": a public role
    name = words[: end - start]
    quoted_van = QUOTED_TITLE_VAN.search(context)
    if quoted_van and (quoted_van.group(1) or name[0].lower() == "van") and not pupil_beside(doc, start, end) \
            and not any(w in lex.first_names for w in name if w[:1].isupper()):
        return True  # 'zongen "Zeven dagen lang" van Bots': a song's band; not '"Herfst" van Sem'
    if not _full_name(name) or pupil_beside(doc, start, end):
        return False
    if _published_author(doc, start, end, blocked) or WRITER_COLON.search(context) or _among_authors(doc, start, blocked):
        return True
    # "*De Gruffalo* van Julia Donaldson en Axel Scheffler": the second of two authors, when the first is one
    co_author = CO_AUTHOR.search(context)
    if co_author is None:
        return False
    first = _token_index([t.idx for t in doc], context_start + co_author.start())
    first_name = " ".join(co_author.group(0).rstrip(" ,&").removesuffix(" en").split()).lower()
    return first_name in _people() or _published_author(doc, first, end, blocked)


def _character_of_a_story(doc, end: int) -> bool:  # noqa: ANN001
    """"Charlotte (uit het boek van E.B. White)", "Bolt, uit de film": a name said to come out of a story."""
    return STORY_AFTER.match(doc.text, doc[end - 1].idx + len(doc[end - 1].text)) is not None


def sentence_around(doc, start: int, end: int) -> tuple[str, str]:  # noqa: ANN001
    """The sentence's text before token start and after token end - 1, on the same line."""
    text = doc.text
    at, stop = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    line_start = text.rfind("\n", max(0, at - SENTENCE_REACH), at) + 1
    line_end = text.find("\n", stop, stop + SENTENCE_REACH)
    before = SENTENCE_END.split(text[max(line_start, at - SENTENCE_REACH):at])[-1]
    after = SENTENCE_END.split(text[stop:line_end if line_end >= 0 else stop + SENTENCE_REACH])[0]
    return before, after


def pupil_beside(doc, start: int, end: int) -> bool:  # noqa: ANN001
    """Does school context right next to the name make it a pupil's ("Sem Bakker (groep 7)",
    "Daan Visser, groep 4", "leerling Lucas Smit", "groep 8: Sem Bakker")?"""
    return _pupil_context(*sentence_around(doc, start, end))


def _pupil_context(before: str, after: str) -> bool:
    return PUPIL_AFTER.match(after[:PUPIL_REACH]) is not None or PUPIL_BEFORE.search(before) is not None


def _published_author(doc, start: int, end: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """Does the sentence say plainly that the full name at [start, end) made a published work: a listed
    title before it ("Kruimeltje (Chris van Abkoude)", "*Dolfje Weerwolfje* van X"), the profession
    ("schrijfster X"), or a publisher, an ISBN or a book prize with "het boek van X" / "geschreven door X"?
    Never for a pupil: school context beside the name or a pupil's work in the sentence ("boekverslag")."""
    at = doc[start].idx
    near = doc.text[max(0, at - CUE_REACH):at]  # the cues end right before the name: cheap to look at first
    near = near[near.rfind("\n") + 1:]
    last = near.lower().rsplit(None, 1)[-1] if near.strip() else ""
    titled = last in {"van", "-", "–", "—", "("} and _after_blocked_title(doc, start, blocked)
    made = titled or MAKER_BEFORE.search(near) is not None or MEDIA_BEFORE.search(near) is not None \
        or BODY_OF_WORK.search(near) is not None
    if not made and WORK_BEFORE.search(near) is None:
        return False  # no cue at all: the common case for a name
    before, after = sentence_around(doc, start, end)
    if _pupil_context(before, after) or PUPIL_WORK.search(before) or PUPIL_WORK.search(after):
        return False
    # "Harry Potter en de Steen der Wijzen van J.K. Rowling", "schrijfster Carry Slee", "de liedjes van Juf Roos"
    return made or (PUBLISHED.search(before) or PUBLISHED.search(after)) is not None


def _after_blocked_title(doc, start: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """Does a listed title end just before "van" at start - 1?"""
    k = start - 1
    while k >= 0 and (doc[k].is_space or doc[k].lower_ in {"van", "-", "–", "—", "("}):
        k -= 1
    return (k + 1) in blocked.ends


def _full_name(words: list[str]) -> bool:
    """A first name and a surname, or initials: "Max Velthuijs", "J.K. Rowling"; not "Sanne"."""
    parts = [w for w in words if w[:1].isalpha()]
    return len(parts) >= 2 or any(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words)
