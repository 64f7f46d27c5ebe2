"""Is a place name tied to a person? "Sanne woont in Zwolle" is personal data; "we gingen naar
Zwolle", a trip destination or the school's own town is not.

A place is tied to a person when the sentence says someone lives, moves or comes from there
("woont in", "verhuist naar", "komt uit", "geboren in", "woonplaats:"), or when it follows a
person's name with "uit" ("Sanne uit Zwolle", "Daan (groep 5) uit Olst"), but not on a line of
history (a year before 1900, a century, or the war's years: "Hij werd in 1533 geboren ... in Duitsland") or of a
public figure (`public_sentence`: "Anne Frank werd geboren ... in Frankfurt"). Not either: the schools' own town
(`school_towns`), a town abroad someone comes from or was born in ("komt uit Aleppo"; "verhuist naar Madrid" is
a home), a quiz's question ("Welke zangeres komt uit Almelo?"), a birth before 1946, the town after a shop named
after its owner ("de kringloopwinkel van Dorcas in Diepenveen"). The pipeline shows only the places tied to a
person as a warning; any other place name is info.

An address (street and number, postcode) that the sentence gives to a venue ("groepsaccommodatie
De Sprengenhoeve, Sprengenweg 4, 7451 KN Holten", "het zwembad aan de Dorpsstraat 3") is a
business's, not a person's: info as well. A person's address never follows such a word. So are a venue's phone
number (also a landline with office hours after it: "0570 69 11 30 (ma-vr 9-17 uur)") and an account named after
the firm right before it ("Groenrijk Salland, volg ze op facebook.com/groenrijksalland", `organisation_handle`).
"""

from __future__ import annotations

import functools
import re

import phonenumbers

LIVES = re.compile(
    r"\b(?:woon(?:t|de|den|en|achtig)?|woonplaats|verhuis(?:t|d|de|den|zen|zing)?|verhuizen|vertrek(?:t|ken)?|"
    r"komt|kwam|kwamen|komen|afkomstig|geboren|opgegroeid|getogen|adres|wonend|woonadres)\b"
    r"[^.!?\n]{0,25}\b(?:in|naar|uit|te|bij|:)?\s*$",
    re.IGNORECASE,
)
AFTER_NAME = re.compile(r"^\s*(?:\([^)]{0,20}\)\s*)?,?\s*(?:uit|van|in)\s+$", re.IGNORECASE)


# the place is an institution's, not a home: "komt van een school in Apeldoorn", "werkte bij een bedrijf in Zwolle"
# (and a venue's, VENUE_WORD: "komt uit het asiel in Teuge")
INSTITUTION_BETWEEN = re.compile(
    r"\b(?:een|de|het|haar|zijn|hun)\s+(?:\w+\s+)?(?:\w*school|school\w*|opleiding|pabo|hogeschool|universiteit|"
    r"bedrijf|kantoor|ziekenhuis|vereniging|club|kinderopvang|peuterspeelzaal|bso)\b",
    re.IGNORECASE,
)
# a group nobody is named in: "oud-leerlingen kwamen zelfs uit Amsterdam", "ouders komen uit heel Deventer"
UNNAMED_GROUP = re.compile(
    r"\b(?:oud-?leerlingen|leerlingen|kinderen|ouders|gasten|bezoekers|deelnemers|mensen|teams|scholen|"
    r"lopers|collega'?s|oud-?collega'?s|families|gezinnen|supporters|fans)\b",
    re.IGNORECASE,
)


# the verb of living or coming in the plural: its subject is a group ("De Vikingen kwamen uit Noorwegen"), unless
# the clause names its members ("Sanne en Daan komen uit Olst")
PLURAL_LIVES = re.compile(r"\b(?:wonen|woonden|kwamen|komen|verhuizen|verhuisden|vertrekken|vertrokken)\b", re.IGNORECASE)


def _unnamed_group(before: str, offset: int, name_ends: list[int]) -> bool:
    """Does a group nobody is named in come or live there ("kwamen oud-leerlingen zelfs uit ...", "De Vikingen
    kwamen uit Noorwegen")? Not "de ouders van Sanne komen uit ...": with a name in reach the place is that
    person's."""
    group = UNNAMED_GROUP.search(before) is not None or PLURAL_LIVES.search(before) is not None
    return group and not any(offset < end <= offset + len(before) for end in name_ends)


def _history(text: str, line_start: int, at: int) -> bool:
    """Does the line from line_start (the place at `at` on it) tell history (`public_context.history_line`)?"""
    from screener.text.public_context import history_line

    line_end = text.find("\n", at)
    return history_line(text[line_start:line_end if line_end >= 0 else len(text)])


def _about_public_figure(text: str, start: int, name_ends: list[int]) -> bool:
    from screener.text.public_sentence import about_public_figure

    return about_public_figure(text, start, start, name_ends)


def tied_to_person(text: str, start: int, end: int, name_ends: list[int],
                   own_towns: frozenset[str] = frozenset()) -> bool:
    """Does the place at text[start:end] belong to a person? `name_ends`: ends of the names found; `own_towns`: the
    towns of the organisation's schools (`school_towns`): that a pupil lives there says nothing about where."""
    if text[start:end] in own_towns and not QUARTER_AFTER.match(text, end):
        return False  # "Ik woon in Deventer" in a Deventer school's post: most of its pupils do
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    lives = LIVES.search(before)
    if _origin_abroad(text[start:end], lives):
        return False  # "komt uit Aleppo", "Daryna uit Charkiv": where a newcomer comes from, not where she lives
    if lives and _question(text, start, before[:lives.start()]):
        return False  # "Welke zangeres komt uit Almelo?": a quiz asks, it names no one
    if lives and lives.group().lower().startswith("geboren") and OLD_YEAR.search(text, line_start, start):
        return False  # "werd geboren op 20 mei 1911 in Kapelle": a birthplace of someone long ago
    if before.endswith(("van de ", "van het ")) and OF_A_THING_AFTER.match(text, start):
        return False  # "de melk van de Deventer melkfabriek": the town names a firm or a thing, not a home
    if lives and _history(text, line_start, start):
        return False  # "Hij werd in 1533 geboren op kasteel Dillenburg in Duitsland": a birthplace in history
    if lives and _about_public_figure(text, start, name_ends):
        return False  # "Anne Frank werd geboren op 12 juni 1929 in Frankfurt": a public figure's
    if lives and not INSTITUTION_BETWEEN.search(before, lives.start()) and not VENUE_WORD.search(before, lives.start()) \
            and not _unnamed_group(before, start - len(before), name_ends) and not _firm_comes(before, lives.start(), start, name_ends):
        return True
    return any(name_end <= start and start - name_end <= 30 and AFTER_NAME.match(text[name_end:start])
               and not _shop_of(text[max(line_start, name_end - 60):name_end]) for name_end in name_ends)


# verbs of where someone lives now or will live, as opposed to where someone comes from or was born
LIVES_NOW = re.compile(r"woon|verhuis|vertrek|adres|wonend", re.IGNORECASE)
# "woont nog in", "wonen nu nog in": the relative who stayed in the country the family came from
STILL = re.compile(r"\bnog\b", re.IGNORECASE)
# a year of birth of someone born before the end of the war ("werd geboren op 20 mei 1911 in Kapelle")
OLD_YEAR = re.compile(r"\b(?:1[0-8]\d\d|19[0-3]\d|194[0-5])\b")
QUESTION_WORD = re.compile(r"\b(?:wie|welke|welk)\b", re.IGNORECASE)
# a firm or shop named after its owner: "de Fietsenmaker van Gerrit Jan", "de kringloopwinkel van Dorcas"
SHOP_OF = re.compile(r"\b(\w+)\s+van\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
QUARTER_AFTER = re.compile(r"[ \t]+(?:wijk|buurt|stadsdeel|kern)\b", re.IGNORECASE)  # "de Deventer wijk Colmschate"
POSTCODE_TOWN = re.compile(r"^\d{4}\s?[A-Z]{2}\s+(.+)$")


def school_towns(public: list[str]) -> frozenset[str]:
    """The towns of the organisation's own addresses ("7412 BK Deventer" in `[organisation] public`): the town
    most of them have (a complaints committee's "3508 AD Utrecht" among five Deventer addresses is not one)."""
    towns = [m.group(1).strip() for m in map(POSTCODE_TOWN.match, (v.strip() for v in public)) if m]
    if not towns:
        return frozenset()
    most = max(towns.count(t) for t in towns)
    return frozenset(t for t in towns if towns.count(t) == most)


def _origin_abroad(place: str, lives: re.Match | None) -> bool:
    """Is a place abroad someone's origin ("komt uit", "geboren in", "Yusuf uit Aleppo", the country a relative
    still lives in: "vader woont nog in Oekraïne"), not where someone lives now ("woont in Spanje", "verhuist naar
    Madrid")?"""
    from screener.text import lexicons

    return place in lexicons.load().world_places and not (lives and LIVES_NOW.match(lives.group())
                                                          and not STILL.search(lives.group()))


def _question(text: str, start: int, subject: str) -> bool:
    """Does a question word lead the clause whose verb ties the place ("Welke zangeres komt uit ...?"), in a sentence
    that ends with a question mark?"""
    rest = re.match(r"[^.!?\n]*[.!?]?", text[start:]).group()
    return rest.endswith("?") and QUESTION_WORD.search(subject) is not None


def _shop_of(before_name: str) -> bool:
    """Does a firm's or shop's word stand before the name with "van" ("Fietsenmaker van Gerrit Jan")?"""
    shop = SHOP_OF.search(before_name)
    return shop is not None and (_organisation_word(shop.group(1).lower())
                                 or VENUE_WORD.fullmatch(shop.group(1)) is not None)


OF_A_THING_AFTER = re.compile(r"\w+ [a-z]{3,}")  # the place, then a lower-case noun: "Deventer melkfabriek"
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _firm_comes(before: str, lives: int, start: int, name_ends: list[int]) -> bool:
    """Does a firm named by its trade or wares come from there ("komt Fotostudio Zonnestraal uit Deventer", "komt
    Bakkerij Lubbers uit Olst", "kwam Foto Koster uit Zutphen")? A firm's town is no one's home (the quiet set's
    choice 5); "de fotograaf komt uit Olst" and "komt juf Kim Smit uit Olst" (a name found in between) are a
    person's."""
    clause_start = start - len(before) + lives
    if any(clause_start < end <= start for end in name_ends):
        return False
    from screener.text.not_persons.firm_names import WARES  # "kwam Foto Koster uit Zutphen": a firm named by its wares

    return any(_organisation_word(word.lower()) or word.lower() in WARES
               for word in CAPITALISED_WORD.findall(before, lives))


VENUE_BEFORE = re.compile(
    # also as the end of a compound: "busbedrijf", "zorgboerderij", "Sportbedrijf"
    r"\b(?:kamp(?:adres|locatie|huis|terrein)|"
    r"\w*(?:(?:groeps)?accommodatie|kampeerboerderij|boerderij|camping|hotel|hostel|jeugdherberg|museum|zwembad|"
    r"sporthal|sportpark|gymzaal|kinderboerderij|speeltuin|dierentuin|restaurant|theater|schouwburg|bibliotheek|"
    r"kerk|moskee|buurthuis|wijkcentrum|kinderopvang|kinderdagverblijf|bso|peuterspeelzaal|gemeentehuis|stadhuis|"
    r"winkel|supermarkt|bakkerij|bedrijf|fabriek|kantoor|huisartsenpraktijk|tandarts|ziekenhuis|station|"
    r"asiel|dierenasiel|dierenopvang|manege|kwekerij|"
    # shops and trades a sponsor list or an advert names: "Fietsenmaker De Spaak, Brinkgreverweg 112", "de kazerne aan
    # de Hanzeweg (Hanzeweg 10)"
    r"fietsenmaker|fietsenwinkel|rijwielhandel|kapsalon|kapper|slagerij|slager|drogisterij|apotheek|bloemist|"
    r"garage|autobedrijf|snackbar|cafetaria|ijssalon|lunchroom|pizzeria|boekhandel|kazerne|brandweerkazerne|"
    r"politiebureau|sportschool|dansschool|muziekschool|kringloopwinkel|speelgoedwinkel|"
    # a school abroad and a famous person's birthplace, whose addresses a page on an exchange gives: "Grundschule St.
    # Mauritz staat aan de Warendorfer Str. 58", "Szkoła Podstawowa nr 12, ul. Bursaki 18", "het geboortehuis van ..."
    r"szkoła|schule|gymnasium|école|colegio|escuela|scuola|escola|okulu|lycée|collège|geboortehuis))\b"
    r"[^.!?\n]{0,50}$",
    re.IGNORECASE,
)


VENUE_WORD = re.compile(VENUE_BEFORE.pattern.split(r"\b[^.!?\n]")[0] + r"\b", re.IGNORECASE)
# public bodies whose landline a post gives after their name ("De GGD helpt ook: 0570 - 63 00 00"); only for
# phone numbers: "woont in de gemeente Olst" is still a home town
PUBLIC_BODY = re.compile(r"\b(?:gemeente|ggd|politie|brandweer|rivm|consultatiebureau|jeugdgezondheidszorg|cjg|"
                         r"wijkteam|belastingdienst|duo|svb|kindertelefoon|veilig\s+thuis|fotostudio|(?:centrum\s+voor\s+)?jeugd\s+en\s+gezin|"
                         r"huisarts(?:en)?(?:praktijk|post)?|gezondheidscentrum|tandarts(?:praktijk)?|apotheek|ziekenhuis|"
                         # a service's desk or line: "Storingsdienst alarminstallatie", "Servicedesk ICT", "Klantenservice"
                         r"\w*(?:helpdesk|servicedesk|service\s+desk|klantenservice|storingsdienst|storingslijn|meldpunt|"
                         r"meldkamer|informatielijn|infolijn|hulplijn|spoedpost|dokterspost|secretariaat|receptie|"
                         # a school's office, at home and abroad: "His new school is ..., tel.", "Sekretariat"
                         r"school|sekretariat|secretariat|secrétariat|secretaría|sekreterlik)|"
                         # a practice of any care: "Fysiotherapiepraktijk", "Logopediepraktijk De Klank"
                         r"\w+praktijk)\b",
                         re.IGNORECASE)  # a form's "Huisarts: Gezondheidscentrum X, 0570 ..." is the practice's line
# a number the text calls an organisation's general one: "bel het algemene nummer", "ons centrale nummer", "hoofdnummer"
GENERAL_NUMBER = re.compile(r"\b(?:algeme(?:ne|en)|centra(?:le|al))\s+(?:telefoon)?nummer|\bhoofdnummer|\bservicenummer|"
                            r"\binformatienummer", re.IGNORECASE)


SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n[ \t]*\n")


def historical_address(text: str, start: int, name_ends: list[int]) -> bool:
    """Does the sentence around the address at `start`, also over the lines it is wrapped on, tell history with no
    name found in it ("Anne Frank werd geboren op 12 juni 1929 ... in het Achterhuis aan de Prinsengracht 263")?"""
    from screener.text.public_context import history_line

    reach = max(0, start - 300)
    begin = max((m.end() for m in SENTENCE_END.finditer(text, reach, start)), default=reach)
    stop = SENTENCE_END.search(text, start)
    stop = stop.start() if stop else len(text)
    return history_line(text[begin:stop].replace("\n", " ")) and not any(begin < e <= stop for e in name_ends)


def venue_address(text: str, start: int) -> bool:
    """Does the sentence give the address at `start` to a venue or business (see the docstring)? Also when the
    venue ends the line before with a comma ("op Sportpark De Scheg,\nVijfhoevenlaan 4")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[max(0, line_start - 2):line_start].startswith(","):
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    before = text[max(line_start, start - 80) : start]
    if (not before.strip() or (STREET_BEFORE.fullmatch(before) and LIVES.search(before) is None)) \
            and _venue_above(text, line_start):
        return True  # also the postcode after the street on its line ("Haagstraat 12, 7411 AB Deventer")
    return VENUE_BEFORE.search(before) is not None and LIVES.search(before) is None  # "..., woont op": a person's


STREET_BEFORE = re.compile(r"[^\W\d][^\n,]{2,40}[ \t]\d{1,4}[ \t]?[a-zA-Z]?[ \t]*,?[ \t]*")  # "Haagstraat 12, "
ADDRESS_BLOCK_LINES = 2  # lines above a postcode: the street, then the venue's name


def _venue_above(text: str, line_start: int) -> bool:
    """Does the address opening the line at `line_start` stand in a block under a venue's name on a line of its own
    ("Zorgboerderij Mulder\nWesseperweg 21\n8124 AB Wesepe", a farm's signature)? Only the street's line may stand
    between them; "Sanne Mulder\nKerkstraat 3" names no venue."""
    end = line_start - 1
    for _ in range(ADDRESS_BLOCK_LINES):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if (VENUE_BEFORE.match(line) or _organisation_named(line, 0, len(line.split(" ", 1)[0])))\
                and LIVES.search(line) is None:  # the venue's name opens the line: "Woonzorgcentrum Het Haagje"
            return True
        if not re.search(r"\d", line):
            return False  # not the street's line
        end = start - 1
    return False


VENUE_PHONE_REACH = 120  # characters before a phone number, on its line, that may name the venue
# a sentence's or paragraph's end (not the dot of "tel.", "mob.", "nr."); not a colon ("De GGD helpt ook: 0570 ...")
# or a semicolon ("Het Centrum voor Jeugd en Gezin houdt spreekuur; u kunt ook bellen met 0570 ..."),
# a blank line after a comma or before a link's own line
# ... nor the dots that lead a form's label to its value ("Telefoon ........ 0570 ...")
CLAUSE_BREAK = re.compile(r"(?<!\b[Tt]el)(?<!\b[Mm]ob)(?<!\b[Nn]r)(?<!\.)[.!?]\s"
                          r"|(?<=[^,\s])[ \t]*\n[ \t]*\n(?![ \t]*(?:https?://|www\.))|\n[ \t]*[-*•]")
MOBILE = re.compile(r"^(?:\+|00)?(?:31)?\s*\(?0?\)?\s*6")


def venue_phone(text: str, start: int, end: int, name_ends: list[int]) -> bool:
    """Is the phone number at text[start:end] a venue's or business's: a landline or company number in a
    clause that names the venue before it ("Groepsaccommodatie 't Heidehuus, ..., telefoon 0572-331590",
    "Partou BSO De Ontdekkingsreis, www.partou.nl, 088 - 237 27 27", "Storingsdienst (Siemens): 088 ...",
    "EHBO-vereniging Deventer-Oost, 0570-..."), beside the organisation's own mailbox ("info@bibliotheek.nl,
    0570 ..."), in a table row whose first cells name it (`_row_names_organisation`), or that the text calls an
    organisation's general number ("bel het algemene nummer, 088 ...", "0570-... (algemeen nummer)"), with no
    person's name between? A number of a kind no person has (a company number 088, a service number 0800 or
    0900: `service_number`) is always an organisation's, unless a person is named before it. A mobile number
    (06) is a person's."""
    number = re.sub(r"[\s–—-]", "", text[start:end])
    if MOBILE.match(number):
        return False
    # its sentence, also over the blank lines an HTML page's link stands between ("BSO X, \n\nwww.x.nl, 088 ...")
    reach = max(0, start - VENUE_PHONE_REACH)
    sentence = max((m.end() for m in CLAUSE_BREAK.finditer(text, reach, start)), default=reach)
    venue = VENUE_WORD.search(text, sentence, start) or PUBLIC_BODY.search(text, sentence, start) \
        or GENERAL_NUMBER.search(text, sentence, start) or _organisation_named(text, sentence, start) \
        or _organisation_mailbox(text, sentence, end)
    if venue is None and (service_number(number) or OFFICE_HOURS_AFTER.match(text, end)
                          or GENERAL_AFTER.match(text, end)):
        return not any(sentence < name_end <= start for name_end in name_ends)
    if venue is None:
        venue = _row_names_organisation(text, sentence)
    if venue is None or LIVES.search(text[reach:start]):
        return False
    return not any(venue.start() < name_end <= start for name_end in name_ends)


def organisation_phones(text: str, phones: list[tuple[int, int]], name_ends: list[int]) -> set[int]:
    """The starts of the phone numbers at `phones` that are an organisation's (`venue_phone`), and of every other
    occurrence of the same number in the draft: a care home's reception number the letter gives first ("meld u bij
    de receptie (0570 61 29 00)") is the same number under the writer's own sign-off."""
    from screener.text.public_context import draft_bounds

    known = {start for start, end in phones if venue_phone(text, start, end, name_ends)}
    digits = {(draft_bounds(text, start, end)[0], _digits(text[start:end])) for start, end in phones if start in known}
    return known | {start for start, end in phones
                    if (draft_bounds(text, start, end)[0], _digits(text[start:end])) in digits}


def _digits(number: str) -> str:
    """A number's digits as dialled at home: "+31 570 61 29 00" and "0570-612900" are the same number."""
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    for country in ("0031", "31"):
        if digits.startswith(country) and not digits.startswith("0", len(country)):
            return "0" + digits[len(country):]
    return digits


def service_number(number: str) -> bool:
    """A number of a kind no person has, as the numbering plan (`phonenumbers`) types it: free and paid service
    numbers (0800, 0900, 0906, 0909) and company numbers (088; the plan's other "universal access" numbers, 084
    and 087, are personal follow-me numbers)."""
    try:
        parsed = phonenumbers.parse(number, "NL")
    except phonenumbers.NumberParseException:
        return False
    kind = phonenumbers.number_type(parsed)
    if kind == phonenumbers.PhoneNumberType.UAN:
        return str(parsed.national_number).startswith("88")
    return kind in SERVICE_TYPES


SERVICE_TYPES = {phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                 phonenumbers.PhoneNumberType.SHARED_COST}
# an organisation's desk named in brackets after the number: "0570-612288 (algemeen nummer)", "(receptie)"
GENERAL_AFTER = re.compile(r"[ \t]*\((?:[^()\n]{0,20}\b)?(?:algeme(?:ne|en)|centra(?:le|al)|hoofdnummer|receptie|"
                           r"secretariaat|balie|klantenservice|servicedesk|helpdesk|kantoor)\b", re.IGNORECASE)
# a capitalised word of the clause, also a compound with a hyphen ("EHBO-vereniging", "Korfbalvereniging")
CAPITALISED_COMPOUND = re.compile(r"\b[A-Z][\w'’]*(?:-[\w'’]+)*")
NOT_AN_ORGANISATION = {"groep", "group", "team"}  # "Groep 5", "Team Vlinderhof": a class or the school's team


def _organisation_named(text: str, start: int, end: int) -> re.Match | None:
    """The first capitalised word in text[start:end] that makes it an organisation's name (`organisation_words`:
    "Muziekschool Deventer", "EHBO-vereniging Deventer-Oost", "Openbare Bibliotheek"), as a match."""
    for word in CAPITALISED_COMPOUND.finditer(text, start, end):
        low = word.group().lower()
        if low not in NOT_AN_ORGANISATION and _organisation_word(low):
            return word
    return None


def _organisation_mailbox(text: str, start: int, end: int) -> re.Match | None:
    """An organisation's mailbox in the clause of the number or after it on its line ("info@bibliotheek.nl,
    0570 ...", "0570 ..., receptie@deworp.nl"), as a match: the number beside it is the same desk's."""
    from screener.text.recognizers.nl_email import is_role_mailbox

    line_end = text.find("\n", end)
    for mail in MAILBOX.finditer(text, start, len(text) if line_end < 0 else line_end):
        if is_role_mailbox(mail.group()):
            return mail
    return None


MAILBOX = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CELL_LINES = 3  # a table row's cells above the number's: the organisation's name, what it does, a link
CELL_LENGTH = 80


def _row_names_organisation(text: str, line_start: int) -> re.Match | None:
    """Does the number open a cell of a table row whose first cells name an organisation? An HTML table reads as
    one cell a line, a blank line between cells ("Zwembad De Scheg\n\nschoolzwemmen groep 4\n\n(0570) 69 50 00");
    the row's cells are short and end no sentence, and two blank lines end the row."""
    if line_start < 2 or text[line_start - 1] != "\n":
        return None
    at = line_start
    for _ in range(CELL_LINES):
        above_end = text.rfind("\n", 0, at)
        if above_end < 1 or text[above_end - 1] != "\n" or text[above_end - 2:above_end - 1] == "\n":
            return None  # no blank line above, or more than one: not the row's previous cell
        cell_end = above_end - 1
        cell_start = text.rfind("\n", 0, cell_end) + 1
        cell = text[cell_start:cell_end]
        if not cell.strip() or len(cell) > CELL_LENGTH or SENTENCE_END.search(cell + " "):
            return None
        venue = VENUE_WORD.search(text, cell_start, cell_end) or PUBLIC_BODY.search(text, cell_start, cell_end) \
            or _organisation_named(text, cell_start, cell_end)
        if venue is not None:
            return venue
        at = cell_start
    return None


# an office's hours or desk in brackets after a landline: "0570 69 11 30 (ma–vr 9–17 uur)", "(kantoor, ma-vr)"
OFFICE_HOURS_AFTER = re.compile(r"[ \t]*\((?:[^()\n]{0,20}\b)?(?:kantoor|kantooruren|werkdagen|ma(?:andag)?\s*"
                                r"(?:[-–]|t/m|tot en met)\s*(?:vr|vrij|vrijdag|do|donderdag))\b", re.IGNORECASE)


# a handle: lower case letters and digits only, without diacritics ("Groenrijk Salland" -> "groenrijksalland")
def _handle(words: str) -> str:
    from screener.text import lexicons

    return re.sub(r"[^a-z0-9]", "", lexicons.fold_name(words).lower())


NAME_RUN = re.compile(r"[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*)*")  # capitalised words in a row: a firm's name


def organisation_handle(text: str, start: int, end: int, schools: list[str]) -> bool:
    """Is the account at text[start:end] an organisation's? Its handle is the name of the firm just before it
    ("Hoveniersbedrijf Groenrijk Salland uit Olst, volg ze op facebook.com/groenrijksalland"), or an organisation's
    word with a place or the school's name after it ("@tsovlinderhof", "@bibliotheekdeventer")."""
    from screener.text import lexicons

    handle = _handle(re.split(r"[/@]", text[start:end].rstrip("/"))[-1] or "")
    if len(handle) < 5:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    first_names = lexicons.load().first_names
    for run in NAME_RUN.findall(text, max(line_start, start - 120), start):
        names = run.split()
        spans = ((i, j) for i in range(len(names)) for j in range(i + 1, len(names) + 1))
        # the firm's name, not a person's: "Piet Brinkhorst @pietbrinkhorst" is his own account
        if any(_handle(" ".join(names[i:j])) == handle
               and (names[i] not in first_names or any(_organisation_word(name.lower()) for name in names))
               for i, j in spans):
            return True
    words = lexicons.load().organisation_words
    tails = _place_handles() | {_handle(s.split()[-1]) for s in schools if s.split()}
    return any(handle[:k] in words and handle[k:] in tails for k in range(2, len(handle) - 3))


@functools.cache
def _place_handles() -> frozenset[str]:
    """The one-word places as handles: "deventer", "ijsselland"."""
    from screener.text import lexicons

    return frozenset(_handle(p) for p in lexicons.load().places if " " not in p)


# the holder named right after an account number: "NL34 TRIO 1983 4441 74 t.n.v. Stichting Speelgoedbank Salland"
ACCOUNT_HOLDER = re.compile(r"[ \t\n,;:)]*\(?\s*(?:t\.\s?n\.\s?v\.?|tnv|ten\s+name\s+van|op\s+naam\s+van)\s+"
                            r"(?:de\s+|het\s+)?([^\W\d_][\w'’-]*)", re.IGNORECASE)


def organisation_account(text: str, end: int) -> bool:
    """Is the account number ending at `end` held by an organisation, as the words after it say ("t.n.v.
    Stichting Speelgoedbank Salland", "t.n.v. Vereniging ...")? Not "t.n.v. J. Kerster" or "t.n.v. OR-lid M.
    Jonkman": a person holds those."""
    holder = ACCOUNT_HOLDER.match(text, end)
    return holder is not None and _organisation_word(holder.group(1).lower())


def _organisation_word(word: str) -> bool:
    from screener.text import lexicons

    words = lexicons.load().organisation_words
    return word in words or any(word.endswith(w) for w in words if len(w) >= 5 and w.isalpha())
