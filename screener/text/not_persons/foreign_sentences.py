"""A sentence in another language is no run of names. Dutch schools write to and about families from everywhere:
a welcome wall ("Hoş geldiniz!", "¡Bienvenidos!", "Ласкаво просимо!"), New Year wishes in eight languages, a
Polish or Ukrainian translation of a letter to parents ("Drodzy Rodzice, zapraszamy Państwa ..."), a French
pen-friend's letter, an English line inside a Dutch page ("Merry Christmas and a Happy New Year!"). The Dutch
lists know none of their words, so each capital ("Nowego Roku", "Bonne Année", "Рождеством") looked like a name
no list knows, and a lower-case word like a first name typed in lower case ("ans", "bien").

A piece of text (a line, a sentence, the part after a label's colon, one half of "Dutch / other" or "Dutch –
other") is in another language when its words say so: the small and everyday words of a language profile below
(French, Spanish, Portuguese, Italian, Polish, Turkish, Arabic in Latin script, Frisian, Papiamento, Somali),
lower-case words with letters Dutch does not write ("się", "yıllar", "ñ"), words of another script (Cyrillic,
Arabic, Ge'ez), or, for English, the words English uses often that are no Dutch words ("merry", "year") --
at least two of them, and more than twice the Dutch words of the piece ("Op het bord schreef Senait in het
Tigrinya: ..." stays Dutch).

In such a piece:
- English: a capitalised word is judged as in an English paragraph (`foreign_text.english_word`);
- another script with capitals (Cyrillic, Greek): each capitalised word of that script is blocked;
- any other language: a lower-case word is blocked (no first name in lower case), and so is a capitalised word
  unless it is a person's: a first name the lists know that is no word of the piece's language ("Zofia", "Lieke";
  not "Mutlu" in "Mutlu yıllar!", "Noël" in "Joyeux Noël"), a word after a title, a kin word or a salutation ("pani
  Joanna", "mon frère Hugo"), a word after such a first name ("Zofia Kowalska"), a word joined by "and" to one
  ("Kacper i Julia"), a word before school context ("(groep 5)"), or a capital inside a sentence (these languages
  capitalise names only: "Mi ta bai ku Jurdayni") that the lists do not know as a place and that follows no
  article ("La Gallina busca el maíz"). A first name is known as Polish spells it too ("Oliwia").

A capitalised word that an ordinary-word vocabulary of the piece's language knows (`screener.text.foreign_vocabulary`:
Polish, Turkish, French, Spanish, Portuguese, Italian, German) and no list knows as a surname is no name either, after
the person's signs above have been asked ("Szanowni Państwo", "Dzień Otwarty", "la Fête de la Musique"); nor is a
listed first name that is such a word of a date ("12 Nisan Cumartesi"), nor one joined by a hyphen to such a word
("Pays-Bas", "Saint-Michel"; not "Jean-Pierre"). A piece too short for the profiles takes the language of a vocabulary
that knows all its words, of those whose letters the draft writes ("Pozdrawiam serdecznie"); a salutation alone in its
paragraph with such letters takes the language of the paragraph it opens ("Szanowni Rodzice,"). In an English piece of
such a draft, a capitalised word of that language that English does not use is no name ("the Rada Rodziców").

A capitalised word that no list or dictionary knows, beside its Dutch translation, is that word in another language
("Uitnodiging / Zaproszenie").

Words are compared in lower case with the Turkish dotted capital folded (`lower`: "İyi" is "iyi"). A piece also
ends at a spaced dash ("Kerst in vele talen - Bon Pasku!") and at a quote inside a sentence ('in het Turks,
"Bayramınız mübarek olsun"').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from screener.text import foreign_vocabulary, name_words, vocabulary
from screener.text.not_persons import foreign_text

if TYPE_CHECKING:
    from screener.text.lexicons import Lexicons
    from screener.text.not_persons.listed_phrases import Blocked


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CYRILLIC = "cyrillic"
# the small and everyday words of each language that Dutch does not have (not "de", "en", "les", "te", "as", "al")
PROFILES = {
    "fr": _words("le la un une et est sont avec pour dans sur nous vous ils elles tu il elle mon ton son notre "
                 "votre nos vos leur leurs au aux ce cette ces qui que où ou très bien merci beaucoup bonjour bonsoir "
                 "salut bonne bon année joyeux joyeuse noël fête fêtes santé tous toutes tout c'est j'ai suis ne "
                 "oui non mais être avoir chère cher chers madame monsieur école enfants classe aujourd'hui demain "
                 "bisous amitiés cordialement bienvenue bienvenus plaît voici tes ses"),
    "es": _words("los las del y que es con para por una uno muy bien gracias hola buenos buenas días noches "
                 "tardes feliz felices navidad año nuevo próspero cumpleaños deseamos amigo amiga amigos hasta luego "
                 "mañana cómo como estás está qué quién dónde favor sí señor señora niños padres escuela clase "
                 "bienvenidos bienvenida bienvenido querida querido queridos nuestro nuestra yo tú él ella nosotros "
                 "ustedes se lo le también pero muchas mucho cuando tiene tienen hay todo todos este esta esto"),
    "pt": _words("os um uma não é são com para por muito muita obrigado obrigada olá bom boa dia noite tarde feliz "
                 "natal ano novo bem-vindo bem-vindos bem-vinda você vocês nós eles elas meu minha nosso nossa também "
                 "mas escola crianças pais"),
    "it": _words("il gli della delle che è sono con una molto grazie ciao buongiorno buonasera buon buona natale "
                 "anno nuovo felice benvenuti benvenuto benvenuta auguri tanti"),
    "pl": _words("w z do nie jest są się że to ta jak co czy dla od po przez przy ale lub oraz bardzo dziękuję "
                 "dzień dobry witamy witajcie wesołych świąt szczęśliwego nowego nowym roku wszystkiego najlepszego "
                 "dobrego zdrowych drodzy droga drogi rodzice rodziców dzieci dziecko dziecka szkoła szkole szkoły "
                 "klasa klasie grupa grupy pani państwa państwo nasz nasza naszej wasz wasza waszego proszę "
                 "prosimy zapraszamy pozdrawiamy pozdrowienia poważaniem jestem masz mam być będzie"),
    "tr": _words("ve bir bu için ile çok iyi teşekkür teşekkürler ederiz ederim hoş geldiniz günaydın merhaba "
                 "nasılsın mutlu yıllar yeni yılınız kutlu olsun bayram bayramınız bayramı bayramlar mübarek afiyet "
                 "sağlık ellerinize sevgili annem anneler baba babalar günü günün okul çocuk çocuklar veli "
                 "veliler öğretmen öğretmenim sınıf değil var yok ama iyiyim hayırlı ki sen biz siz seni sizi "
                 "seviyorum evet hayır lütfen güzel"),
    "ar": _words("ahlan wa sahlan marhaba salam salaam assalamu alaikum shukran jazeelan jazilan habibi habibti "
                 "inshallah mashallah alhamdulillah eid mubarak ramadan kareem sabah khair kheir masa kayfa haluk "
                 "halak ana bikhair kul am antum yalla saha afiya"),
    "fy": _words("it yn wy jo hy sy dy foar nei oan út hjir hjoed moarn tige wolkom noflike lokkich nijjier "
                 "krystdagen bern âlden skoalle ús jimme giet wêze hawwe"),
    "pap": _words("bon bini dia tardi nochi danki masha ta bai mi bo nos boso ku awor aworo pasku aña nobo felis "
                  "kumpleaño"),
    "so": _words("soo dhawoow dhowow mahadsanid waad iyo nabad"),
    # Ukrainian and Russian, read only to judge a capitalised word of a Cyrillic piece: "З Новим роком!"
    CYRILLIC: _words("новим новий нового року роком різдвом різдва христовим христос веселого щасливого вітаємо "
                     "привіт дякую ласкаво просимо шановні батьки школа школи команда повагою добрий день будь "
                     "ласка новым новый года годом рождеством рождества с поздравляем спасибо добро пожаловать "
                     "уважаемые родители школы команда уважением здравствуйте"),
}
# a word -> the languages whose profile has it
WORD_LANGUAGES = {word: tuple(language for language, profile in PROFILES.items() if word in profile)
                  for word in frozenset().union(*PROFILES.values())}
PROFILE_WORDS = frozenset(WORD_LANGUAGES).union(foreign_text.ENGLISH_WORDS)
FOREIGN_TITLES = _words("pani pan panie madame monsieur mme mlle señor señora sr sra don doña senhor senhora bay "
                        "bayan chère cher querida querido droga drogi kochana kochany sevgili caro cara syn córka brat "
                        "siostra mère père frère sœur fils fille hijo hija hermano hermana madre padre filho filha "
                        "oğlu kızı mama tata")
# the singular articles of French, Spanish and Italian (not Portuguese "o", "a": it writes "a Maria"; not "el",
# as in "Rachid el Haddaoui")
ARTICLES = {"le", "la", "l'", "il", "lo", "un", "une", "una", "uno"}
AND_WORDS = {"and", "i", "et", "y", "e", "ve", "und", "en", "ku", "iyo"}
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# where a piece ends: a line, a sentence, a label's colon, the halves of "Ouderavond / Батьківські збори"
PIECE_END = re.compile(r"[\n\x00]|(?<=[.!?:;])[\"”“'»)*_]*[ \t]+| [/–-] |[ \t]{3}|[\"“”„«»]")  # and a table's cells,
# and a quote inside a sentence ("in het Turks: 'Bayramınız mübarek olsun'")
PARAGRAPH_BREAK = re.compile(r"[ \t>]*\n")  # after a line's end: an empty line (in a quote too) opens a paragraph
NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00C0-\u024F\u1E00-\u1EFF]")
FOREIGN_LETTERS = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻğışİĞŞñÑãõœŒčšžřěůđČŠŽŘĐőűășțȘȚ]")
POLISH_LETTERS = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")
TURKISH_LETTERS = re.compile(r"[ğışİĞŞ]")
LEAST = 2  # foreign words a piece needs
SALUTATION = 4  # words at most of a salutation or title alone in its paragraph
ENGLISH_COMMON = 10_000  # how often English uses a word that is no Dutch word for it to say a piece is English
ENGLISH = "en"
SENTENCE_OPENERS = set("¡¿-–—*•>([\"“”«'")  # what may stand between a sentence's start and its first word
SENTENCE_ENDS = {".", "!", "?", ":", ";", "]", "/", "|"}  # ... and what ends a sentence or one half of a line


def block_foreign_sentences(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001 - a Tokens snapshot
    """Block the words of the draft's pieces in another language (see the module's docstring)."""
    text = doc.text
    if " / " in text:
        _block_translations(doc, blocked, lex)
    if not (NON_LATIN.search(text) or FOREIGN_LETTERS.search(text) or _has_profile_word(doc)):
        return
    others = [language for language, letters in (("pl", POLISH_LETTERS), ("tr", TURKISH_LETTERS))
              if letters.search(text)]  # the languages whose letters the draft writes
    k, n = 0, len(doc)
    for start, end, language, script in _foreign_pieces(text, lex, others):
        while k < n and doc[k].idx < start:
            k += 1
        while k < n and doc[k].idx < end:
            token = doc[k]
            if not blocked.tokens[k] and token.text[:1].isalpha():
                if script:
                    blocked.tokens[k] = token.text[:1].isupper() and NON_LATIN.search(token.text) is not None \
                        and not _persons_word(doc, k, lex, CYRILLIC, blocked)
                elif language == ENGLISH:
                    blocked.tokens[k] = (foreign_text.english_word(doc, k, lex) and token.text not in lex.organisations
                                         or _word_of_another_language(doc, k, lex, others))
                elif token.text[:1].islower():
                    blocked.tokens[k] = not (k + 1 < n and doc[k + 1].text[:1].isupper())  # not "de" of "de Vries"
                else:
                    blocked.tokens[k] = not _persons_word(doc, k, lex, language, blocked)
            k += 1


def _word_of_another_language(doc, k: int, lex: Lexicons, languages: list[str]) -> bool:  # noqa: ANN001
    """Is the capitalised word at k, in an English piece of a draft that writes Polish or Turkish letters too, an
    ordinary word of that language that English does not use and no list knows as a name or place ("the insurance
    form of the Fundacja", "the Kraków Gate (Brama Krakowska)", "Best regards / Pozdrawiam")? Not after a title or
    a first name ("Zofia Kowalska"), nor before school context."""
    token = doc[k]
    if not languages or not token.text[:1].isupper() or not token.text.isalpha() or _first_name(token.text, lex) \
            or token.text in lex.surnames or token.text in lex.places or foreign_text.english_count(token.lower_):
        return False
    before = doc[k - 1] if k > 0 else None
    if before is not None and (before.lower_.rstrip(".") in lex.titles or lower(before.text) in FOREIGN_TITLES
                               or before.lower_.rstrip(".") in foreign_text.ENGLISH_TITLES
                               or _first_name(before.text, lex) and before.whitespace_ == " ") \
            or foreign_text.school_after(doc, k):
        return False
    return any(foreign_vocabulary.is_ordinary_word(token.text, language) for language in languages)


def _block_translations(doc, blocked: Blocked, lex: Lexicons) -> None:  # noqa: ANN001
    """A word that no list or dictionary knows, beside its Dutch translation, is that word in another language
    ("Uitnodiging / Zaproszenie"; not the places of "Brussel / Den Haag")."""
    for k in range(1, len(doc) - 1):
        if doc[k].text != "/":
            continue
        for word, other in ((k + 1, k - 1), (k - 1, k + 1)):
            token = doc[word]
            if not blocked.tokens[word] and token.text[:1].isupper() and token.text.isalpha() \
                    and token.text not in lex.first_names and token.text not in lex.surnames \
                    and token.text not in lex.places and token.text not in lex.world_places \
                    and not vocabulary.is_dutch_word(token.text) and doc[other].text not in lex.first_names \
                    and vocabulary.is_dutch_word(doc[other].text) and not _name_goes_on(doc, other, 1 if other > word else -1):
                blocked.tokens[word] = True


def _name_goes_on(doc, k: int, step: int) -> bool:  # noqa: ANN001
    """Does a capitalised word stand beside k on the far side from "/", so that k opens or ends a name ("Brugging /
    Ter Horst": two families, not a word and its translation)?"""
    far = k + step
    return 0 <= far < len(doc) and doc[far].text[:1].isupper() and doc[far].text.isalpha()


def lower(word: str) -> str:
    """The word in lower case, the Turkish dotted capital's too: Python lowers "İyi" to "i" and a combining dot."""
    return word.lower().replace("i\u0307", "i")


def _has_profile_word(doc) -> bool:  # noqa: ANN001
    return any(lower(token.text) in PROFILE_WORDS for token in doc)


def _persons_word(doc, k: int, lex: Lexicons, language: str, blocked: Blocked) -> bool:  # noqa: ANN001
    """Is the capitalised word at k a person's, in a piece of text in `language`?"""
    token = doc[k]
    if lower(token.text) in PROFILES.get(language, ()):
        return False  # "Mutlu yıllar!", "Joyeux Noël", "Drodzy Rodzice"
    before = doc[k - 1] if k > 0 else None
    if before is not None and (before.lower_.rstrip(".") in lex.titles or lower(before.text) in FOREIGN_TITLES):
        return True  # "pani Joanna", "mon frère Hugo"
    if foreign_text.school_after(doc, k):
        return True
    language = language or _letters(token.text)
    if _joined_to_a_word(doc, k, language, lex):
        return False  # "Pays-Bas", "le Mont-Saint-Michel": a place's parts, not Bas or Michel
    if _first_name(token.text, lex) and not (_in_date(doc, k, blocked)
                                             and _ordinary_word(token.text, language, lex, first_names=True)):
        return True  # "Zofia", "Deniz"; not the month and day of "6 Mart Cuma"
    if before is not None and before.whitespace_ == " " and _first_name(before.text, lex) and not blocked.tokens[k - 1]:
        return True  # "Zofia Kowalska"
    for conjunction, other in ((k + 1, k + 2), (k - 1, k - 2)):
        if 0 <= other < len(doc) and doc[conjunction].lower_ in AND_WORDS and _first_name(doc[other].text, lex):
            return True  # "Kacper i Julia"
    if before is not None and before.lower_ in ARTICLES:
        return False  # "La Gallina busca el maíz", "le Louvre": an article stands before no person's name
    if _ordinary_word(token.text, language, lex):
        return False  # "Szanowni Państwo", "la Fête de la Musique": a word of the language
    if language == "pl" and any(form.capitalize() in lex.world_places for form in foreign_vocabulary.polish_forms(
            token.lower_)[1:]):
        return False  # "do Holandii z Hiszpanii": a country the lists know, inflected
    # a language that capitalises names only: a capital inside a sentence is a name ("Mi ta bai ku Jurdayni"), unless
    # the lists know it as a place ("les photos de Deventer")
    return not _opens_sentence(doc, k) and token.text not in lex.places and token.text not in lex.world_places


def _ordinary_word(word: str, language: str, lex: Lexicons, first_names: bool = False) -> bool:
    """Is the word an ordinary word of the language, and no surname the lists know? A listed first name only in a
    vocabulary without names (`first_names`: Polish and Turkish, whose lists are a dictionary's lower-case stems)."""
    if word in lex.surnames or (first_names and language not in foreign_vocabulary.STEM_FILES):
        return False
    return foreign_vocabulary.is_ordinary_word(word, language)


def _joined_to_a_word(doc, k: int, language: str, lex: Lexicons) -> bool:  # noqa: ANN001
    """Is the word at k joined by a hyphen to an ordinary word of the language before it, no first name ("Pays-Bas",
    "Saint-Michel"; not "Jean-Pierre")?"""
    if k < 2 or doc[k - 1].text != "-" or doc[k - 1].whitespace_ or doc[k - 2].whitespace_:
        return False
    word = doc[k - 2].text
    return word.isalpha() and not _first_name(word, lex) and _ordinary_word(word, language, lex)


def _in_date(doc, k: int, blocked: Blocked) -> bool:  # noqa: ANN001
    """Does the word at k follow a day's number, or a word of a date so blocked ("6 Mart Cuma", "5 Mai")?"""
    before = doc[k - 1] if k > 0 and doc[k - 1].whitespace_ == " " else None
    return before is not None and (before.text.isdigit() and len(before.text) <= 2
                                   or blocked.tokens[k - 1] and k > 1 and doc[k - 2].text.isdigit())


def _letters(word: str) -> str:
    """The language a word's letters say ("pl" for "ł", "tr" for "ı"), or ""."""
    if POLISH_LETTERS.search(word):
        return "pl"
    return "tr" if TURKISH_LETTERS.search(word) else ""


def _opens_sentence(doc, k: int) -> bool:  # noqa: ANN001
    """Does the word at k open its sentence or line ("Zapraszamy", "¡Bienvenidos!", "- Witajcie!")?"""
    k -= 1
    while k >= 0 and (doc[k].text in SENTENCE_OPENERS or doc[k].is_space and "\n" not in doc[k].text):
        k -= 1
    return k < 0 or "\n" in doc[k].text or "\n" in doc[k].whitespace_ or doc[k].text in SENTENCE_ENDS


def _first_name(word: str, lex: Lexicons) -> bool:
    """Is the word a first name the lists know, also as Polish spells it ("Oliwia", "Wiktoria", "Sylwia")?"""
    return word[:1].isupper() and (word in lex.first_names or word in lex.folded_first_names
                                   or name_words.polish_spelling(word, lex.first_names))


def _foreign_pieces(text: str, lex: Lexicons, others: list[str]) -> list[tuple[int, int, str, bool]]:
    """(start, end, language, script) of each piece of `text` in another language: language is the profile
    its words fit best ("" when only its letters tell), script says it is written in another script. A piece
    too short to tell ("Günaydın!", "Chloé") and no Dutch takes the language of its line or, failing that, of its
    paragraph ("Woensdag (Arabisch): Sabah al-khair! Kayfa haluk? ...")."""
    pieces: list[tuple[int, int, _Tally, int, int]] = []  # (start, end, tally, line, paragraph)
    pos = line = paragraph = 0
    for cut in [*PIECE_END.finditer(text), None]:
        stop = cut.start() if cut else len(text)
        pieces.append((pos, stop, _tally(WORD.findall(text, pos, stop), lex, "¡" in text[pos:stop]
                                          or "¿" in text[pos:stop]), line, paragraph))
        if cut is not None and cut.group() in "\n\x00":  # a line's end, or a draft's
            line += 1
            if cut.group() == "\x00" or PARAGRAPH_BREAK.match(text, cut.end()):
                paragraph += 1
        pos = cut.end() if cut else len(text)
    lines: dict[int, _Tally] = {}
    paragraphs: dict[int, _Tally] = {}
    for _, _, tally, line, paragraph in pieces:
        lines.setdefault(line, _Tally()).add(tally)
        paragraphs.setdefault(paragraph, _Tally()).add(tally)
    found = []
    for start, end, tally, line, paragraph in pieces:
        mostly_foreign = tally.dutch <= tally.signals()  # before the dictionary is asked
        decided = tally.language(lex)
        if decided is None and mostly_foreign and not text[start:end].rstrip().endswith(":"):
            # not a label before its colon ("Woensdag (Arabisch):", a chat's "[19:03] Rudsel:")
            decided = lines[line].language(lex) or paragraphs[paragraph].language(lex)
            if decided is None and tally.dutch == 0 and 2 <= tally.words <= SALUTATION \
                    and tally.words == paragraphs[paragraph].words \
                    and FOREIGN_LETTERS.search(text, start, end):
                # a salutation or a title of a few words with letters Dutch does not write, alone in its paragraph, is
                # in the language of the paragraph it opens or ends ("Szanowni Państwo," above a Polish letter)
                decided = _neighbours_language(paragraphs, paragraph, lex)
            if decided is not None and not decided[1] and tally.best_language():
                decided = tally.best_language(), False  # "Mutlu yıllar!" among wishes in other languages
            if decided is None and others and tally.words >= 2:
                decided = _vocabulary_language(WORD.findall(text, start, end), others)
        if decided is not None:
            found.append((start, end, *decided))
    return found


def _vocabulary_language(words: list[str], languages: list[str]) -> tuple[str, bool] | None:
    """The language, of those whose letters the draft writes, that knows every word of a piece too short for its
    profile, most of them no Dutch words ("Pozdrawiam serdecznie", "Wycieczka szkolna klas 5 i 6")."""
    words = [word for word in words if len(word) > 1]
    if len(words) < 2 or 2 * sum(vocabulary.is_dutch_word(word) for word in words) >= len(words):
        return None
    for language in languages:
        if all(foreign_vocabulary.is_ordinary_word(word, language) for word in words):
            return language, False
    return None


def _neighbours_language(paragraphs: dict[int, _Tally], paragraph: int, lex: Lexicons) -> tuple[str, bool] | None:
    """The language of the paragraph after this one, or else of the one before, when another (None otherwise)."""
    for other in (paragraph + 1, paragraph - 1):
        if other in paragraphs:
            decided = paragraphs[other].language(lex)
            if decided is not None:
                return decided
    return None


class _Tally:
    """What the words of a piece, a line or a paragraph say of its language."""

    def __init__(self) -> None:
        self.languages: dict[str, int] = {}  # profile words per language, English's included
        self.foreign = 0  # words of another language: a profile's, or in lower case with letters Dutch does not write
        self.script = 0  # words of another script
        self.dutch = 0  # Dutch small words ("de", "het", "een"), not content words: the dictionary knows many French
        # ones ("chez", "mange", "photos")
        self.english_unsure: list[str] = []  # words that English uses often: Dutch ones, or English
        self.settled = False
        self.words = 0

    def add(self, other: _Tally) -> None:
        self.words += other.words
        for language, count in other.languages.items():
            self.languages[language] = self.languages.get(language, 0) + count
        self.foreign += other.foreign
        self.script += other.script
        self.dutch += other.dutch
        self.english_unsure += other.english_unsure

    def signals(self) -> int:
        """The words that say the text is in another language or script, before the dictionaries are asked."""
        return self.foreign + self.script + self.languages.get(ENGLISH, 0) + len(self.english_unsure)

    def settle_dutch(self, lex: Lexicons) -> int:
        """Ask the Dutch dictionary, once, which of the words English uses often are Dutch ("Team", "Sport"); the
        Dutch words."""
        if not self.settled:
            for word in self.english_unsure:
                if vocabulary.is_dutch_word(word):
                    self.dutch += 1
                else:
                    self.languages[ENGLISH] = self.languages.get(ENGLISH, 0) + 1  # "Merry Christmas", "Happy New Year"
            self.english_unsure, self.settled = [], True
        return self.dutch

    def language(self, lex: Lexicons) -> tuple[str, bool] | None:
        """(language, script) when the words are in another language, else None."""
        if self.signals() < LEAST:
            return None  # the quick way out: too few words of another language, whatever the others are
        dutch = self.settle_dutch(lex)
        others = sum(self.languages.values()) + self.foreign
        if self.script >= LEAST and self.script > 2 * (dutch + others):
            return "", True  # "Шановні батьки!", "З Новим роком!"
        english = self.languages.get(ENGLISH, 0)
        if english >= LEAST and english > 2 * dutch and english > self.foreign:
            return ENGLISH, False
        foreign = self.foreign + self.script
        if foreign < LEAST or foreign <= 2 * dutch or foreign < english:
            return None
        return self.best_language(), False

    def best_language(self) -> str:
        """The profile, not English's, that most words fit ("" for none)."""
        languages = {language: count for language, count in self.languages.items() if language != ENGLISH}
        return max(languages, key=languages.get) if languages else ""


def _tally(words: list[str], lex: Lexicons, spanish_marks: bool) -> _Tally:
    tally = _Tally()
    tally.words = len(words)
    tally.foreign += spanish_marks  # "¡Bienvenidos!", "¿Qué tal?"
    named: list[tuple[str, ...]] = []  # the languages of each first name that is a word of a profile
    for word in words:
        low = lower(word)
        if NON_LATIN.search(word):
            tally.script += 1
            continue
        languages = WORD_LANGUAGES.get(low)
        if languages and word[:1].isupper() and word in lex.first_names:
            named.append(languages)  # "Mutlu", "Ana", "Bo": no sign of a language by itself
        elif languages:
            for language in languages:
                tally.languages[language] = tally.languages.get(language, 0) + 1
            tally.foreign += 1
        elif word[:1].islower() and FOREIGN_LETTERS.search(word):
            tally.foreign += 1  # "się", "yıllar"
        elif low in foreign_text.ENGLISH_WORDS:
            tally.languages[ENGLISH] = tally.languages.get(ENGLISH, 0) + 1
        elif low in foreign_text.DUTCH_WORDS:
            tally.dutch += 1
        elif foreign_text.english_count(low) >= ENGLISH_COMMON and word not in lex.first_names:
            tally.english_unsure.append(word)
    if named and tally.signals():  # "Mutlu yıllar!": beside another sign, the word is the language's
        for languages in named:
            for language in languages:
                tally.languages[language] = tally.languages.get(language, 0) + 1
            tally.foreign += 1
    return tally
