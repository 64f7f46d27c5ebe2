"""Is a place name tied to a person? "Sanne woont in Zwolle" is personal data; "we gingen naar
Zwolle", a trip destination or the school's own town is not.

A place is tied to a person when the sentence says someone lives, moves or comes from there
("woont in", "verhuist naar", "komt uit", "geboren in", "woonplaats:"), or when it follows a
person's name with "uit" ("Sanne uit Zwolle", "Daan (groep 5) uit Olst"). The pipeline shows
only those as a warning; any other place name is info.

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


def tied_to_person(text: str, start: int, name_ends: list[int]) -> bool:
    """Does the place at text[start:] belong to a person? `name_ends`: ends of the names found."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    if LIVES.search(before):
        return True
    return any(end <= start and start - end <= 30 and AFTER_NAME.match(text[end:start]) for end in name_ends)


VENUE_BEFORE = re.compile(
    r"\b(?:(?:groeps)?accommodatie|kampeerboerderij|boerderij|camping|hotel|hostel|jeugdherberg|museum|zwembad|"
    r"sporthal|sportpark|gymzaal|kinderboerderij|speeltuin|dierentuin|restaurant|theater|schouwburg|bibliotheek|"
    r"kerk|moskee|buurthuis|wijkcentrum|kinderopvang|kinderdagverblijf|bso|peuterspeelzaal|gemeentehuis|stadhuis|"
    r"winkel|supermarkt|bakkerij|bedrijf|fabriek|kantoor|huisartsenpraktijk|tandarts|ziekenhuis|station)\b"
    r"[^.!?\n]{0,50}$",
    re.IGNORECASE,
)


def venue_address(text: str, start: int) -> bool:
    """Does the sentence give the address at `start` to a venue or business (see the docstring)?"""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 80) : start]
    return VENUE_BEFORE.search(before) is not None and LIVES.search(before) is None  # "..., woont op": a person's
