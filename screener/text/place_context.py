"""Is a place name tied to a person? "Sanne woont in Zwolle" is personal data; "we gingen naar
Zwolle", a trip destination or the school's own town is not.

A place is tied to a person when the sentence says someone lives, moves or comes from there
("woont in", "verhuist naar", "komt uit", "geboren in", "woonplaats:"), or when it follows a
person's name with "uit" ("Sanne uit Zwolle", "Daan (groep 5) uit Olst"), but not on a line of
history (a year before 1900, a century, or the war's years: "Hij werd in 1533 geboren ... in Duitsland") or of a
public figure (`public_sentence`: "Anne Frank werd geboren ... in Frankfurt"). The pipeline
shows only those as a warning; any other place name is info.

An address (street and number, postcode) that the sentence gives to a venue ("groepsaccommodatie
De Sprengenhoeve, Sprengenweg 4, 7451 KN Holten", "het zwembad aan de Dorpsstraat 3") is a
business's, not a person's: info as well. A person's address never follows such a word.
"""

from __future__ import annotations

import re

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


def tied_to_person(text: str, start: int, name_ends: list[int]) -> bool:
    """Does the place at text[start:] belong to a person? `name_ends`: ends of the names found."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    lives = LIVES.search(before)
    if before.endswith(("van de ", "van het ")) and OF_A_THING_AFTER.match(text, start):
        return False  # "de melk van de Deventer melkfabriek": the town names a firm or a thing, not a home
    if lives and _history(text, line_start, start):
        return False  # "Hij werd in 1533 geboren op kasteel Dillenburg in Duitsland": a birthplace in history
    if lives and _about_public_figure(text, start, name_ends):
        return False  # "Anne Frank werd geboren op 12 juni 1929 in Frankfurt": a public figure's
    if lives and not INSTITUTION_BETWEEN.search(before, lives.start()) and not VENUE_WORD.search(before, lives.start()) \
            and not _unnamed_group(before, start - len(before), name_ends) and not _firm_comes(before, lives.start(), start, name_ends):
        return True
    return any(end <= start and start - end <= 30 and AFTER_NAME.match(text[end:start]) for end in name_ends)


OF_A_THING_AFTER = re.compile(r"\w+ [a-z]{3,}")  # the place, then a lower-case noun: "Deventer melkfabriek"
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


def _firm_comes(before: str, lives: int, start: int, name_ends: list[int]) -> bool:
    """Does a firm named by its trade come from there ("komt Fotostudio Zonnestraal uit Deventer", "komt
    Bakkerij Lubbers uit Olst")? A firm's town is no one's home (the quiet set's choice 5); "de fotograaf
    komt uit Olst" and "komt juf Kim Smit uit Olst" (a name found in between) are a person's."""
    clause_start = start - len(before) + lives
    if any(clause_start < end <= start for end in name_ends):
        return False
    return any(_organisation_word(word.lower()) for word in CAPITALISED_WORD.findall(before, lives))


VENUE_BEFORE = re.compile(
    r"\b(?:(?:groeps)?accommodatie|kampeerboerderij|boerderij|camping|hotel|hostel|jeugdherberg|museum|zwembad|"
    r"sporthal|sportpark|gymzaal|kinderboerderij|speeltuin|dierentuin|restaurant|theater|schouwburg|bibliotheek|"
    r"kerk|moskee|buurthuis|wijkcentrum|kinderopvang|kinderdagverblijf|bso|peuterspeelzaal|gemeentehuis|stadhuis|"
    r"winkel|supermarkt|bakkerij|bedrijf|fabriek|kantoor|huisartsenpraktijk|tandarts|ziekenhuis|station|"
    r"asiel|dierenasiel|dierenopvang|manege|kwekerij|"
    # shops and trades a sponsor list or an advert names: "Fietsenmaker De Spaak, Brinkgreverweg 112", "de kazerne aan
    # de Hanzeweg (Hanzeweg 10)"
    r"fietsenmaker|fietsenwinkel|rijwielhandel|kapsalon|kapper|slagerij|slager|drogisterij|apotheek|bloemist|"
    r"garage|autobedrijf|snackbar|cafetaria|ijssalon|lunchroom|pizzeria|boekhandel|kazerne|brandweerkazerne|"
    r"politiebureau|sportschool|dansschool|muziekschool|kringloopwinkel|speelgoedwinkel)\b"
    r"[^.!?\n]{0,50}$",
    re.IGNORECASE,
)


VENUE_WORD = re.compile(VENUE_BEFORE.pattern.split(r"\b[^.!?\n]")[0] + r"\b", re.IGNORECASE)
# public bodies whose landline a post gives after their name ("De GGD helpt ook: 0570 - 63 00 00"); only for
# phone numbers: "woont in de gemeente Olst" is still a home town
PUBLIC_BODY = re.compile(r"\b(?:gemeente|ggd|politie|brandweer|rivm|consultatiebureau|jeugdgezondheidszorg|cjg|"
                         r"wijkteam|belastingdienst|duo|svb|kindertelefoon|veilig\s+thuis|fotostudio|"
                         r"huisarts(?:en)?(?:praktijk|post)?|gezondheidscentrum|tandarts(?:praktijk)?|apotheek|ziekenhuis|"
                         # a service's desk or line: "Storingsdienst alarminstallatie", "Servicedesk ICT", "Klantenservice"
                         r"\w*(?:helpdesk|servicedesk|service\s+desk|klantenservice|storingsdienst|storingslijn|meldpunt|"
                         r"meldkamer|informatielijn|infolijn|hulplijn|spoedpost|dokterspost)|"
                         # a practice of any care: "Fysiotherapiepraktijk", "Logopediepraktijk De Klank"
                         r"\w+praktijk)\b",
                         re.IGNORECASE)  # a form's "Huisarts: Gezondheidscentrum X, 0570 ..." is the practice's line
# a number the text calls an organisation's general one: "bel het algemene nummer", "ons centrale nummer", "hoofdnummer"
GENERAL_NUMBER = re.compile(r"\b(?:algeme(?:ne|en)|centra(?:le|al))\s+(?:telefoon)?nummer|\bhoofdnummer|\bservicenummer|"
                            r"\binformatienummer", re.IGNORECASE)
# numbers no person has: free and paid service numbers (0800, 0900, 0906, 0909)
SERVICE_NUMBER = re.compile(r"^(?:\+31|0031|0)\(?0?\)?(?:800|90[069])")


def venue_address(text: str, start: int) -> bool:
    """Does the sentence give the address at `start` to a venue or business (see the docstring)?"""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start]
    return VENUE_BEFORE.search(before) is not None and LIVES.search(before) is None  # "..., woont op": a person's


VENUE_PHONE_REACH = 120  # characters before a phone number, on its line, that may name the venue
# a sentence's or paragraph's end (not the dot of "tel.", "mob.", "nr."); not a colon ("De GGD helpt ook: 0570 ..."),
# a blank line after a comma or before a link's own line
# ... nor the dots that lead a form's label to its value ("Telefoon ........ 0570 ...")
CLAUSE_BREAK = re.compile(r"(?<!\b[Tt]el)(?<!\b[Mm]ob)(?<!\b[Nn]r)(?<!\.)[.!?;]\s"
                          r"|(?<=[^,\s])[ \t]*\n[ \t]*\n(?![ \t]*(?:https?://|www\.))|\n[ \t]*[-*•]")
MOBILE = re.compile(r"^(?:\+|00)?(?:31)?\s*\(?0?\)?\s*6")


def venue_phone(text: str, start: int, end: int, name_ends: list[int]) -> bool:
    """Is the phone number at text[start:end] a venue's or business's: a landline or company number on a
    line that names the venue before it ("Groepsaccommodatie 't Heidehuus, ..., telefoon 0572-331590",
    "Partou BSO De Ontdekkingsreis, www.partou.nl, 088 - 237 27 27", "Storingsdienst (Siemens): 088 ..."),
    or that the text calls an organisation's general number ("bel het algemene nummer, 088 ..."), with no
    person's name between? A service number (0800, 0900) is always an organisation's, unless a person is
    named before it. A mobile number (06) is a person's."""
    number = re.sub(r"[\s–—-]", "", text[start:end])
    if MOBILE.match(number):
        return False
    # its sentence, also over the blank lines an HTML page's link stands between ("BSO X, \n\nwww.x.nl, 088 ...")
    reach = max(0, start - VENUE_PHONE_REACH)
    sentence = max((m.end() for m in CLAUSE_BREAK.finditer(text, reach, start)), default=reach)
    venue = VENUE_WORD.search(text, sentence, start) or PUBLIC_BODY.search(text, sentence, start) \
        or GENERAL_NUMBER.search(text, sentence, start)
    if venue is None and SERVICE_NUMBER.match(number):
        return not any(sentence < name_end <= start for name_end in name_ends)
    if venue is None or LIVES.search(text[reach:start]):
        return False
    return not any(venue.start() < name_end <= start for name_end in name_ends)


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
