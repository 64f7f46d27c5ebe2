"""Date of birth: a date near "geboren", "geboortedatum", "geb.", "jarig" or "verjaardag", as a
form's value ("Geboortedatum" in one table cell, the date in the next), after a birth asterisk
("Zuzanna Nowak * 12/03/2016"), in a class list after a pupil's group ("Lotte (groep 4) – 09-10-2016"), or
in a list line after a name when the date lies years back ("- Bilal (11-8-2014): notenallergie"), or as the first
date of a life's span near a death ("In memoriam ... 3 mei 1951 – 27 november 2026").
A date followed by a time ("[12-03-2025 10:22:11]", a chat timestamp) or by a footnote asterisk
("12/03/2025*") is never one, nor is a date that bounds a range of births ("geboren tussen 1 januari en
31 december 2018": a cohort).

A date on its own ("op 12 maart gaan we naar het museum", "de kerstviering is op 17 december")
is an event, not a date of birth: the context is required, not only a bonus. In a chat the context may be a
message a few before that asks for a date of birth, with or without a question mark, also where the sender stands
on a line of his own (Teams, Telegram). Not a living person's date of birth: one more than 110 years back, or
animals' ("de lammetjes zijn geboren op 9 maart"). Dates as 12-03-2016, 12/3/16, 2016-03-12,
1990/02/17, 12 maart 2016, 12 mrt., 3-mrt-2016, 3e maart 2016, Feb 3, 2016, 3rd of March 2016, 3-III-2016.
"""

from __future__ import annotations

import datetime
import re

import regex
from presidio_analyzer import Pattern

from screener.text import vocabulary
from screener.text.recognizers import nl_chat_names, table_column
from screener.text.recognizers.base import AnyWord, NlPatternRecognizer, after, before

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|febr|mrt|maa|apr|jun|jul|aug|sep|sept|okt|nov|dec|"
    # English, as parents from abroad and some forms write them: "3 March 2016", "Feb 3, 2016"
    "january|february|march|may|june|july|august|october|mar|oct|"
    # and in the languages parents from abroad fill a form in: German, French, Spanish, Polish (the genitive a date
    # takes), Turkish ("4. Mai 2016", "4 juillet 2016", "4 de mayo de 2016", "4 maja 2016", "4 Mayıs 2016")
    "januar|februar|märz|mai|oktober|dezember|"
    "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|"
    "listopada|grudnia|"
    "ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik"
)
# the ordinal's ending people type after the day: "3e", "3de", "1ste", "3rd", "1st", "2nd", "4th", German "4."
ORDINAL = r"(?:e|de|ste|st|nd|rd|th|\.)?"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
ROMAN_MONTH = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
BIRTH_BEFORE = re.compile(
    r"(?:geboren|geboortedatum|geb\.|geb:|geboortedag|verjaardag|(?<![\d-])jarig|levenslicht|ter wereld|"
    r"welkom,? (?:lieve|kleine)|\bdob\b)"
    r"[^.!?\n]{0,25}$",
    re.IGNORECASE,
)
# a form's label, on the same line or in the table cell before: "Geboortedatum\n\n2019-06-15", "Geb.: 4/9/2017"
# also in the languages parents from abroad fill a form in (Polish "data urodzenia", German "Geburtsdatum", "geb. am",
# French "date de naissance", Spanish, Italian, Portuguese, Ukrainian and Russian, Arabic "تاريخ الميلاد") and a
# vCard's "BDAY:"
BIRTH_LABEL = re.compile(r"(?:\b(?:geboren|geboortedat(?:um|\.)|geb\.?|gebdat\.?|geb\.?\s?-?\s?dat(?:um|\.)?|geboortedag|dob|d\.o\.b\.?|date of birth|datum van geboorte|"
                         r"born(?: on)?|ur\.|urodzon[aey]|data urodzenia|doğum tarihi|doğumlu|née? le|"
                         r"geburtsdatum|geb\. am|date de naissance|fecha de nacimiento|data di nascita|data de nascimento|"
                         r"bday(?:;[\w=-]+)*)|дата народження|дата рождения|تاريخ الميلاد|تاريخ الولادة)"
                         r"\s*(?:op\s*|d\.\s?d\.\s*)?(?:[:\-–?]|[.…_]{3,}:?)?\s*$", re.IGNORECASE)  # "Geb. d.d. 2016-04-03",
# a scanned form's dotted leader: "Geboortedatum ........ 22 - 08 - 2017"
# a birth asterisk or the genealogists' "°": "* 21/11/2015", "(° 12.05.2017)"
BIRTH_STAR = re.compile(r"(?:^|[\s(])[*°]\s*$")
AFTER_GROUP = re.compile(r"\((?:groep|gr\.?|klas)\s*\d\w{0,2}\)\s*[-–—:,]?\s*$", re.IGNORECASE)
# a time after the date, but for the midnight an export gives a date without one ("12-3-2017 0:00:00" from Excel)
NOT_BIRTH_AFTER = re.compile(r"^(?:\*|,?\s*(?!0?0[:.]00(?:[:.]00)?\b)\d{1,2}[:.]\d{2}\b)")
# a list line that opens with a name and gives a date after it: "- Bilal (11-8-2014): notenallergie", "Lotte – 09-10-2016"
NAME_IN_LIST = re.compile(r"^[ \t]*(?:[-*•–][ \t]*)?[A-Z][\w'’-]+(?:[ \t]+(?:[a-z']{1,3}[ \t]+)*[A-Z][\w'’-]+){0,2}"
                          r"(?:[ \t]*(?:\([ \t]*[*°]?[ \t]*|[-–—:,][ \t]*)|[ \t]+)$")
# a list line that opens with a name, for a date in brackets further on: "- Noa Pinas – jarig! (06/05/2017)"
NAME_OPENS_LIST = re.compile(r"^[ \t]*(?:[-*•–][ \t]*)?[A-Z][\w'’-]+")
CHILD_YEARS = 2  # a date in such a list is a date of birth when it lies this many years back or more: no event
PUPIL_YEARS = range(3, 15)  # how many years back a primary-school pupil's date of birth lies
# a child named by what it is to the writer, the date right after it: "ons meisje (12-9-2016)", "onze zoon, 3-4-2017",
# "de jongste is van 03-04-2017"
CHILD_BEFORE = re.compile(r"\b(?:zoon(?:tje)?|dochter(?:tje)?|meisje|meid|jongen(?:tje)?|kind(?:je)?|baby|broertje|zusje|"
                          r"jongste|oudste|middelste|kleine|tweeling)\s*(?:\(\s*|[,:–-]\s*|(?:is\s+)?van\s+)$",
                          re.IGNORECASE)
# the age the child turns or turned, right after the date: "12 mei, wordt 8", "03-04-2017, hij wordt 9", "is 10 geworden"
AGE_AFTER = re.compile(r"^\)?\s*[,;:–-]?\s*(?:(?:en\s+)?(?:hij|ze|zij|die|ie)\s+)?(?:wordt|werd|is|was)\s+"
                       r"(?:(?:hij|ze|zij|die|ie|nu|dan|al|alweer|pas)\s+)?\d{1,2}(?:\s+jaar)?(?:\s+geworden)?(?![\w.,:%]\d|\s*\w)",
                       re.IGNORECASE)
NAME_HEADER = re.compile(r"naam|leerling|kind|name|pupil|student", re.IGNORECASE)
# a chat's question about a birth date, answered in one of the next messages: "Wanneer is Sem jarig?",
# "Wat is de geboortedatum van Noor?"
BIRTH_QUESTION = re.compile(r"\b(?:geboortedatum|geboortedag|geboren|jarig|verjaardag|birthday|date of birth)\b[^.!\n]*\?",
                            re.IGNORECASE)
# a message asking for the dates of birth of several children, without a question mark: "de juf vraagt de
# geboortedata van wie meegaat"; the messages after it (and the rest of it) answer it
BIRTH_REQUEST = re.compile(r"\b(?:geboortedat(?:a|ums)|geboortedagen|dates of birth|birth ?dates)\b", re.IGNORECASE)
ANSWER_MESSAGES = 3  # messages after the question that may answer it
DATE_CELL = re.compile(r"\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\s*")
# a table column of dates of birth: "| naam | groep | geboren |", "<th>Geboortedatum</th>"
# a table column of dates of birth, however the header is spelled: "geb.", "geb.datum", "gebdat", "Geboortedatum",
# "datum van geboorte", "dob", "birthday", "verjaardag" (not "gebouw", "gebruik")
BIRTH_HEADER = re.compile(r"^(?=.{0,30}$)(?:.*\b(?:geb(?:\.|oren|oorte|\s?dat|$)|dob\b|d\.o\.b|(?:date of )?birth|datum van geboorte|"
                          r"verjaardag|jarig))", re.IGNORECASE)
# the birth told after the date in the same sentence: "Op zondag 8-11-'26 om 6.40 uur is Boaz geboren"
BIRTH_AFTER = re.compile(r"^(?:[^.!?\n]|(?<=\d)\.(?=\d)){0,50}\b(?:(?<![\d-])jarig|geboren|verjaardag|ter wereld|bevallen|"
                         r"(?:moeder|vader|ouders?|mama|papa|opa|oma|grote\s+(?:broer|zus))\s+geworden)\b", re.IGNORECASE)
# "geboortedatum" further back in the same sentence of a chat: "de geboortedatum van Noortje ... het is 3-7-2016"
BIRTH_FAR_BEFORE = re.compile(r"\b(?:geboortedatum|geboortedag|geboren)\b[^.!?\n]{0,100}$", re.IGNORECASE)
# a date in brackets on a list line that opens with a name: "- Noa – jarig deze week! (06/05/2017)"
IN_BRACKETS = re.compile(r"\(\s*[*°]?\s*$")


# a form's label of another date: "Startdatum:", "Eerste schooldag:", "Datum van inschrijving:"
OTHER_DATE_LABEL = re.compile(r"\b(?:start|begin|ingangs|aanmeld|inschrijf|inschrijvings|plaatsings|verhuis|vertrek|"
                              r"eind|uitschrijf|afspraak)datum\s*:?\s*$|\beerste (?:school|les)dag\s*:?\s*$",
                              re.IGNORECASE)


DAY_MONTH = "date_day_month"
COMPACT = "date_compact"
# the birthday of no person: "Verjaardag van de school: 1 juni", "onze school is jarig op 3 mei"; not "op school
# vierden we dat Sem jarig was (3-4-2017)"
NOT_A_PERSONS_BIRTHDAY = re.compile(r"\bverjaardag van (?:de|het|onze|ons) (?:school|ikc|stichting|vereniging|club|bibliotheek|"
                                    r"gemeente|wijk|buurthuis|gebouw)\b[^.!?\n]*$|"
                                    r"\b(?:de|het|onze|ons) (?:school|ikc|stichting|vereniging|club) (?:is|wordt|was) jarig\b[^.!?\n]*$|"
                                    # "Onze school is in 1974 geboren uit een fusie; op 1-8-1974 ging de deur open"
                                    r"\b(?:de|het|onze|ons) (?:school|ikc|stichting|vereniging|club|plan|idee|project)\b"
                                    r"[^.!?\n]{0,30}\bgeboren\b[^.!?\n]*$",
                                    re.IGNORECASE)
# the same told after the date, in the next cell or clause: "| 12-03-2027 | Verjaardag van de school |"
NOT_A_PERSONS_BIRTHDAY_AFTER = re.compile(r"^[^.!?\n]{0,20}\bverjaardag van (?:de|het|onze|ons) (?:school|ikc|stichting|"
                                          r"vereniging|club|bibliotheek|gemeente|wijk|buurthuis|gebouw)\b", re.IGNORECASE)
# a birthday's label before a day and a month: "Verjaardag Ties: 28/2", "jarig: 3-4", "Birthday Sam: 12/5"
BIRTHDAY_LABEL = re.compile(r"\b(?:verjaardag|jarig|birthday|geb\.?|geboren)\b[^.!?\n:]{0,25}:\s*$", re.IGNORECASE)
# a birth cohort, the date a bound of it: "alle kinderen die geboren zijn tussen 1 januari en 31 december 2018",
# "geboren na 1 oktober 2021", "born between ...": whose date of birth it is, nobody can tell
COHORT = re.compile(r"\b(?:geboren|born)\s+(?:zijn\s+|is\s+|werden\s+)?(?:tussen|na|voor|vóór|vanaf|tot|t/m|tot en met|"
                    r"in de periode|from|between|after|before|on or after)\b[^.!?\n]{0,40}$", re.IGNORECASE)
# a list of birthdays: the heading above a list, or a table column's header
BIRTHDAYS_HEADING = re.compile(r"\b(?:jarig\w*|verjaardag\w*|birthdays?)\b", re.IGNORECASE)
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•–]|\d+[.)])[ \t]|^  (?=\S)")  # a Markdown list's bullet is blanked to two spaces
LIST_LINES = 40  # a heading further up than this many list lines is not looked for
# a list's line without a bullet: a name, a dash or colon, the date ("Bo – 4 december", "Mats: 18-12")
NAME_THEN_DATE = re.compile(r"[ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*[-–—:][ \t]*\d")


# a year as people type it: 2016, 16, '16 or ’16 ("8-11-'26")
YEAR = r"(?:(?:19|20)?\d{2}|['’]\d{2})"


DIGIT_SEPARATOR_DIGIT = regex.compile(r"\d[-/.]\d")


class NlBirthDateRecognizer(NlPatternRecognizer):
    ENTITY = "A2-GEBOORTEDATUM"
    PATTERNS = [
        Pattern("date_numeric", r"(?<![\d-])(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.]" + YEAR + r"(?![\d-])", 0.6),
        # a form typed with spaces around the slashes, dashes or dots: "14 / 02 / 2023", "12 - 06 - 2017", "3 / 9 / 18",
        # also after a form's dotted leader ("Geboortedatum ....... 22 - 08 - 2017") and with the dashes a word
        # processor makes of them ("22 – 08 – 2017"); not the tail of a longer chain
        Pattern("date_spaced", r"(?<![\d/–-][ \t])(?<!\d\.[ \t])(?<![\d/.–-])" + DAY + r"[ \t]{1,2}(?P<sep>[-/.–])[ \t]{1,2}"
                r"(?:0?[1-9]|1[0-2])[ \t]{1,2}(?P=sep)[ \t]{1,2}(?:19|20)?\d{2}(?![\d/.-])", 0.6),
        # also with a month or day of one digit: "2020-1-9"
        Pattern("date_iso", r"(?<!\d)(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\d-])", 0.6),
        # the year first with slashes or dots, as some forms and phones write it: "1990/02/17"
        Pattern("date_year_first", r"(?<![\d/.])(?:19|20)\d{2}[/.](?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|[12]\d|3[01])(?![\d/.])",
                0.6),
        # "3 mrt. 2016", "3e maart 2016", "3  maart  2016", "3-mrt-2016", "3rd of March 2016", "1 okt '16"
        # also the Spanish and Portuguese way: "4 de mayo de 2016"
        Pattern("date_words", r"(?<!\d)" + DAY + ORDINAL + r"(?:[ \t]{1,2}(?:(?:of|de)[ \t]+)?|-)(?:" + MONTHS
                + r")\.?(?:(?:[ \t]{1,2}(?:de[ \t]+)?|-)(?:19|20)\d{2}|[ \t]{1,2}['’]\d{2}|-['’]?\d{2})?(?![\w])", 0.6),
        # the month first, the English way: "Feb 3, 2016", "March 3rd, 2016"
        Pattern("date_month_first", r"(?<![\w])(?:" + MONTHS + r")\.?[ \t]{1,2}" + DAY + ORDINAL
                + r",?[ \t]{1,2}(?:19|20)\d{2}(?!\d)", 0.6),
        # a Roman month, as some forms and older parents write it: "3-III-2016", "3 III 2016"
        Pattern("date_roman", r"(?<![\w-])" + DAY + r"(?P<sep>[-/. ])" + ROMAN_MONTH + r"(?P=sep)(?:19|20)?\d{2}(?![\w-])",
                0.6),
        # the eight digits of a vCard's or an export's date ("BDAY:19820314"): only after a birth's label or under its header
        Pattern(COMPACT, r"(?<![\w.,/-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w.,/-])", 0.6),
        # a day and a month alone ("03-04"): a birthday only in a birthday column or a list of birthdays
        Pattern(DAY_MONTH, r"(?<![\d/.:-])(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])(?![\d/:-]|\.\d)", 0.6),
    ]
    CONTEXT = ["geboren", "geboortedatum", "jarig", "verjaardag", "geb"]
    # what each pattern cannot match without: a digit, a separator, a digit; a day and a month's name
    PATTERN_NEEDS = {
        "date_numeric": DIGIT_SEPARATOR_DIGIT,
        "date_spaced": regex.compile(r"\d[ \t]{1,2}[-/.–][ \t]{1,2}\d"),
        "date_iso": regex.compile(r"\d-\d"),
        "date_year_first": DIGIT_SEPARATOR_DIGIT,  # the same search, run once for both
        "date_words": regex.compile(r"\d" + ORDINAL + r"(?:[ \t]{1,2}(?:(?:of|de)[ \t]+)?|-)(?:" + MONTHS + ")",
                                    NlPatternRecognizer.REGEX_FLAGS),
        # looked for from each digit backwards: the month's alternatives are tried only there
        "date_month_first": regex.compile(r"(?<=(?:" + MONTHS + r")\.?[ \t]{1,2})\d", NlPatternRecognizer.REGEX_FLAGS),
        "date_roman": regex.compile(r"\d[-/. ](?-i:[IVX])"),
        COMPACT: regex.compile(r"(?<!\d)(?:19|20)\d{6}(?!\d)"),  # eight digits are rare: quicker than words first
        DAY_MONTH: AnyWord("jarig", "verjaardag", "geb", "dob", "birth", then=regex.compile(
            r"(?:^|[\s|(])(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])(?:$|[\s|),:])")),
    }

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        ahead, behind = after(text, result, 60), before(text, result, 120)
        if NOT_BIRTH_AFTER.match(ahead):
            return False  # a chat timestamp or an event's time; a footnote mark
        line, near = behind.rsplit("\n", 1)[-1], behind[-60:]
        if COHORT.search(near):
            return False  # "geboren tussen 1 januari en 31 december 2018": a cohort's bounds
        if OTHER_DATE_LABEL.search(line) or NOT_A_PERSONS_BIRTHDAY.search(near + text[result.start:result.end]) \
                or NOT_A_PERSONS_BIRTHDAY_AFTER.match(ahead):
            return False  # "Startdatum: 1 maart 2027 (zijn 4e verjaardag valt ...)": the first school day;
            # "Verjaardag van de school: 1 juni"
        if result.analysis_explanation is not None and result.analysis_explanation.pattern_name == DAY_MONTH:
            # "3-4" on its own: a score, a time, a week; after a birthday's label ("Verjaardag Ties: 28/2") a birthday
            return bool(BIRTHDAY_LABEL.search(line)) or _birthday_list(text, result.start)
        if result.analysis_explanation is not None and result.analysis_explanation.pattern_name == COMPACT:
            return bool(BIRTH_LABEL.search(near)) or table_column.headed(text, result.start, BIRTH_HEADER)
        years = _years_ago(text[result.start:result.end])
        if years > HISTORY_YEARS:
            return False  # "Annie M.G. Schmidt werd geboren op 20 mei 1911": no living person's
        line = _message(line)  # a chat message's text, after its time stamp and sender
        # not animals born: "Op de kinderboerderij zijn de geitjes geboren op 3 november"
        return self._birth_context(text, result, years, near, line, ahead) and not _animals_born(behind, ahead)

    @staticmethod
    def _birth_context(text: str, result, years: int, near: str, line: str, ahead: str) -> bool:  # noqa: ANN001
        """Does what surrounds the date make it a date of birth (see the module's docstring)?"""
        return bool(_birth_before(near) or BIRTH_LABEL.search(near) or BIRTH_STAR.search(line)
                    or AFTER_GROUP.search(line) or _birth_after(ahead)
                    or ((years >= CHILD_YEARS or years < 0) and AGE_AFTER.match(ahead))
                    or (years >= CHILD_YEARS and (_far_before(line) or _after_name_in_list(line))
                        and not _under_other_header(text, result.start))
                    or (years in PUPIL_YEARS and (CHILD_BEFORE.search(line) or _pupils_dates(text, result.start)))
                    or ((years >= CHILD_YEARS or (years < 0 and not YEAR_4.search(text, result.start, result.end)))
                        and _answers_birth_question(text, result.start))  # no year, or years back: not "12-03-2027"
                    or _birthday_list(text, result.start) or _life_span(text, result, years, ahead))


# a life's span: the date of birth, a dash and the date of death, as an in memoriam gives them ("3 mei 1951 – 27
# november 2026", "(12-03-1948 - † 02-11-2026)"); a span counts only where the text tells a death near it
LIFE_SPAN_AFTER = re.compile(r"^[ \t]*[-–—][ \t]*†?[ \t]*(?:\d{1,2}[ \t./-]{1,2}(?:[^\W\d_]{3,}\.?|\d{1,2})[ \t./-]{1,2})?"
                             r"(?:19|20)\d{2}(?!\d)")
DEATH_WORDS = re.compile(r"\bin memoriam\b|\boverl(?:eden|eed|ijden)\b|\bgestorven\b|\bontvallen\b|†|\bcondoleance|"
                         r"\brouwregister\b|\bverdrietig (?:bericht|nieuws)\b", re.IGNORECASE)
DEATH_REACH = 200  # characters before and after a life's span looked through for the death
# a period introduced as one: "werkte van 1 augustus 1985 – 31 juli 2026", "in de periode 1-9-2019 - 1-7-2024"
PERIOD_BEFORE = re.compile(r"\b(?:van|vanaf|tussen|periode|sinds|from|jaren)\s*$", re.IGNORECASE)


def _life_span(text: str, result, years: int, ahead: str) -> bool:  # noqa: ANN001
    """Is the date the first of a life's span in an in memoriam ("In memoriam Tine ... 3 mei 1951 – 27 november
    2026"), not the start of a period of work or a project ("1 augustus 1985 – 31 juli 2026")?"""
    if years < CHILD_YEARS or not LIFE_SPAN_AFTER.match(ahead) or PERIOD_BEFORE.search(before(text, result, 20)):
        return False
    return DEATH_WORDS.search(text, max(0, result.start - DEATH_REACH), result.end + DEATH_REACH) is not None


YEAR_4 = re.compile(r"\d{4}")
HISTORY_YEARS = 110  # a date of birth further back is a historical person's: the AVG protects the living
# a birth of animals, told in the sentence of the date: "de geitjes zijn geboren op 3 november", "Op 2 april kwamen de
# lammetjes ter wereld"
BORN = re.compile(r"\b(?:geboren|ter wereld|geworpen)\b", re.IGNORECASE)
SENTENCE_BEFORE = re.compile(r"[^.!?\n]*$")
SENTENCE_AFTER = re.compile(r"^[^.!?\n]*")
LOWER_WORD = re.compile(r"\b[a-zà-ÿ][a-zà-ÿ'’-]{2,}\b")
NOT_AN_ANIMAL_BORN = {"knuffel", "mascotte"}


def _animals_born(behind: str, ahead: str) -> bool:
    """Does the date's sentence tell animals born, an animal written in lower case ("geitjes", "kalfje", "kuikens")
    and no person: "Op de kinderboerderij zijn de geitjes geboren op 3 november 2026"?"""
    sentence = SENTENCE_BEFORE.search(behind).group() + " " + SENTENCE_AFTER.match(ahead).group()
    born = BORN.search(sentence)
    if born is None:
        return False
    from screener.text.not_persons.animal_names import _animal  # the animals the name stage knows

    # the animals born are the subject, before the verb: not "Ik ben geboren op 2 juni 2013 en heb drie katten"
    return any(word not in NOT_AN_ANIMAL_BORN and _animal(word) for word in LOWER_WORD.findall(sentence, 0, born.start()))


# a new clause between the birth and the date: "Geboren in Syrië, kwam op 12-03-2019 naar Nederland"
NEW_CLAUSE = re.compile(r"(?:[,;]\s*(?!(?:op|om|de|den|het)\b)|\s(?:en|maar|want|toen|daarna)\s+)[^\W\d_]{2,}",
                        re.IGNORECASE)


def _birth_before(near: str) -> bool:
    """A word of birth shortly before the date, in the same clause ("geboren op", "Geb. 12-3"), not
    before another verb's date ("Geboren in Syrië, kwam op 12-03-2019 naar ...")."""
    return _in_clause(BIRTH_BEFORE, near)


def _in_clause(pattern: re.Pattern, before_date: str) -> bool:
    match = pattern.search(before_date)
    return match is not None and NEW_CLAUSE.search(before_date, match.start()) is None


# a date as the day something happened: "kwam op 12-03-2019", "sinds 1-9-2020"
EVENT_BEFORE = re.compile(r"\b(?:op|sinds|vanaf|per|tot|na|voor)\s*$", re.IGNORECASE)


def _far_before(line: str) -> bool:
    """"de geboortedatum van Noortje ... en ik wist het niet meer, het is 3-7-2016" in a chat; not the day of
    another event in a new clause ("Geboren in Syrië, kwam op 12-03-2019 naar Nederland")."""
    return BIRTH_FAR_BEFORE.search(line) is not None and (
        EVENT_BEFORE.search(line) is None or _in_clause(BIRTH_FAR_BEFORE, line))


def _birth_after(ahead: str) -> bool:
    """The birth told after the date in the same clause: "Op 8-11-'26 om 6.40 uur is Boaz geboren"; not
    "Op 12-03-2019 kwam Sara naar Nederland; ze is geboren in Syrië"."""
    match = BIRTH_AFTER.search(ahead)
    return match is not None and NEW_CLAUSE.search(ahead, 0, match.end()) is None


def _after_name_in_list(line: str) -> bool:
    """Does the line open with a name (no ordinary word: "Opening: 12-03-2015" is an event) before the
    date, right after it ("Lotte – ", "Liva Ouchen 2017-02-28") or in brackets later on the line?"""
    match = NAME_IN_LIST.match(line)
    if match is None and IN_BRACKETS.search(line):
        match = NAME_OPENS_LIST.match(line)
    if match is None:
        return False
    first = re.search(r"[A-Z][\w'’-]+", line).group()
    return not vocabulary.is_lower_case_word(first)


def _message(line: str) -> str:
    """A chat message's line without its time stamp and sender ("[14-05-2026 20:06] Mark: Tim, 3-4-2017" gives
    "Tim, 3-4-2017"); any other line as it is."""
    message = nl_chat_names.MESSAGE.match(line)
    return line if message is None else message.group(2)


# a chat copied from WhatsApp Web or desktop ("[20:14, 12-11-2026] Mirjam: ..."), and the line that names a
# message's sender above its text: Teams ("[10:14] Sanne Bakker"), Telegram ("Jolien, [12.11.26 19:22]")
WEB_MESSAGE = re.compile(rf"^\[{nl_chat_names.TIME}, {nl_chat_names.DATE}\] ([^:\n]{{2,40}}?): ?(.*)$")
SENDER_LINE = re.compile(rf"^(?:\[{nl_chat_names.TIME}\] [^\n\[\]:]{{2,40}}|[^\n\[\]:,]{{2,40}}, \[{nl_chat_names.DATE} "
                         rf"{nl_chat_names.TIME}\])[ \t]*$")
CHAT_LINES = 30  # lines looked up for the messages before a date
# a message that asks for a date of birth without a question mark: it names one ("de geboortedatum nodig van",
# "geb.datum even checken"), or asks who or when with a word of birth ("wie is er deze maand jarig in de klas",
# "wat was de geboortedatum van Kees ook alweer")
BIRTH_NOUN = re.compile(r"\b(?:geboortedat(?:um|a|ums)|geb\.?\s?datum|geboortedag(?:en)?|dates? of birth|birth ?dates?)\b",
                        re.IGNORECASE)
ASKED_WITHOUT_MARK = re.compile(r"^(?:\W*\w+\W+){0,2}(?:wie|wat|wanneer|welke)\b[^.!?\n]{0,60}"
                                r"\b(?:geboren|jarig|verjaardag)\b", re.IGNORECASE)


def _chat_messages(text: str, at: int) -> list[str] | None:
    """The chat message the date at `at` stands in (its text up to the date) and the messages before it, nearest
    first, each without its time stamp and sender; None when the date is in no chat. A message on one line
    after its time stamp and sender (WhatsApp: "[12-11-2026 20:14:03] Mirjam: ...", "12-11-26 21:03 - Karin: ...",
    "[20:14, 12-11-2026] Mirjam: ...") or on the lines under its sender's line (Teams, Telegram), going on over
    the lines below either."""
    lines, line_start, end = [], text.rfind("\n", 0, at) + 1, at
    for _ in range(CHAT_LINES):
        lines.append(text[line_start:end])
        if line_start == 0:
            break
        end = line_start - 1
        line_start = text.rfind("\n", 0, end) + 1
    messages, pending, seen_chat = [], [], False
    for k, line in enumerate(lines):
        if "\x00" in line:
            break  # another draft
        message = nl_chat_names.MESSAGE.match(line) or WEB_MESSAGE.match(line)
        if message is not None:
            messages.append("\n".join([message.group(2)] + pending))
        elif k and SENDER_LINE.match(line):
            messages.append("\n".join(pending))
        else:
            pending.insert(0, line)
            continue
        pending, seen_chat = [], True
        if len(messages) > ANSWER_MESSAGES:
            break
    return messages if seen_chat else None


def _answers_birth_question(text: str, at: int) -> bool:
    """Is the date at `at` in a chat message that answers one asking for a date of birth a few messages
    before ("[..] Gerda: Wanneer is Sem jarig?" / "[..] Ahmed: 3 april, hij wordt 9" or "14-03-2016"), the nearest
    question before it ("Wanneer is de ouderavond?" / "Op 12 mei" is no answer of that kind)? A request needs no
    question mark: "de juf wil de geboortedata van wie meegaat", "Kun je de geb.datum van Milan even checken"."""
    messages = _chat_messages(text, at)
    if not messages:
        return False
    if BIRTH_REQUEST.search(messages[0]):
        return True  # "... de geboortedata van wie meerijdt. Noor is 4 april 2016": the asker's own answer
    for message in messages[1:ANSWER_MESSAGES + 1]:
        if BIRTH_REQUEST.search(message) or BIRTH_NOUN.search(message):
            return True  # a request for one or several children's dates of birth
        if "?" in message:
            return BIRTH_QUESTION.search(message) is not None  # the nearest question is answered
        if ASKED_WITHOUT_MARK.search(message):
            return True
    return False


def _under_other_header(text: str, at: int) -> bool:
    """Is the date at `at` in a table column whose header names another date ("| Naam | Instroom |": the first
    school day beside the name, no date of birth)?"""
    return any(any(ch.isalpha() for ch in column.header) and not BIRTH_HEADER.search(column.header)
               for column in table_column.columns(text, at))


def _pupils_dates(text: str, at: int) -> bool:
    """Is the date at `at` in a table column of pupils' dates of birth whose header does not say so: a column
    of dates that all lie a pupil's age back, beside a column of names, under an empty header ("| Naam | |
    Groep |", "Leerling;;Groep"); a header word says what the dates are ("Datum", "Instroom", "Deadline")."""
    for column in table_column.columns(text, at):
        if any(ch.isalpha() for ch in column.header) or not any(NAME_HEADER.search(h) for h in column.headers):
            continue
        if len(column.cells) >= 2 and all(DATE_CELL.fullmatch(cell) and _years_ago(cell.strip()) in PUPIL_YEARS
                                          for cell in column.cells):
            return True
    return False


def _birthday_list(text: str, at: int) -> bool:
    """Is the date at `at` a birthday in a list of them: in a table column headed "verjaardag", "geb.",
    or on a list line under a heading that says "Jarigen", "Verjaardagen"?"""
    line_start = text.rfind("\n", 0, at) + 1
    if LIST_ITEM.match(text[line_start:at + 1]) or NAME_THEN_DATE.match(text, line_start, at + 1):
        end = line_start - 1
        for _ in range(LIST_LINES):
            if end <= 0:
                break
            start = text.rfind("\n", 0, end) + 1
            above = text[start:end]
            end = start - 1
            if LIST_ITEM.match(above) or NAME_THEN_DATE.match(above):
                continue
            if not above.strip():
                continue
            if len(above) <= 80 and BIRTHDAYS_HEADING.search(above) is not None and "\x00" not in above:
                return True
            break  # the heading of another list; a Markdown table's row opens with two blanks too
    return table_column.headed(text, at, BIRTH_HEADER)


def _years_ago(date: str) -> int:
    """How many years before this year a date lies (-1 without a year); "'17" and "-17" are 2017, "'98" 1998."""
    this_year = datetime.date.today().year
    year = re.search(r"(?:19|20)\d{2}(?!\d)", date) if re.search(r"\d{4}", date) else None
    if year:
        return this_year - int(year.group())
    short = re.search(r"[-/.'’ ](\d{2})$", date)
    if short is None:
        return -1
    full = 2000 + int(short.group(1))
    return this_year - (full if full <= this_year else full - 100)
