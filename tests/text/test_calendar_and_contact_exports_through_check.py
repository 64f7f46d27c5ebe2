"""Calendar and contact exports as staff paste or save them, as a user sees it from `screener check`:
an iCalendar (.ics) or vCard (.vcf) file, or the same export pasted into a text post. Every person in
it (a `CN=` name, a `mailto:` address, a vCard's name, number, address and birthday, a name in a
description) is reported at its own line and column in the file; property names, event ids, time
stamps and the school's own addresses stay quiet; the teacher's own invitation from a work address
is info. The exports are made up for these tests."""

from __future__ import annotations

import base64
import re

from helpers import photo_with_gps

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl", "0318-123450", "Kastanjelaan 4", "@obsdeklimop"]
"""

CALENDAR = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
    "X-WR-CALNAME:Rapportgesprekken groep 5 (meester Thijs)\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:20280314T141500-gr5-04@obsdeklimop.nl\r\n"
    "DTSTAMP:20280301T080000Z\r\n"
    "DTSTART;TZID=W. Europe Standard Time:20280314T141500\r\n"
    "SUMMARY:Rapportgesprek Jesse\r\n"
    "LOCATION:Lokaal 5\\, OBS De Klimop\r\n"
    "ORGANIZER;CN=Meester Thijs:mailto:info@obsdeklimop.nl\r\n"
    "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Wendy Brouwer\";RSVP=TRUE:mailto:wendy.brouwer@\r\n"
    " kpnmail.nl\r\n"
    "ATTENDEE;CN=Orhan Yildiz;ROLE=OPT-PARTICIPANT:mailto:o.yildiz@planet.nl\r\n"
    "DESCRIPTION:Over de toets van blok 3.\\nJesse heeft thuis hulp bij lezen va\r\n"
    " n zijn oom Freek.\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def _at(source: str, needle: str, after: str = "") -> str:
    """'LINE:COL' in the file of the first `needle` (on the first line holding `after`, if given)."""
    for number, line in enumerate(source.splitlines(), start=1):
        if needle in line and after in line:
            return f"{number}:{line.index(needle) + 1}"
    raise AssertionError(needle)


def _findings(output: str, name: str) -> list[str]:
    """'LINE:COL: severity RULE' of each finding of `name`."""
    return [m.group(1) for m in re.finditer(rf"^{re.escape(name)}:(\d+:\d+: \w+ [A-Z0-9-]+)", output, re.MULTILINE)]


def test_an_outlook_export_reports_each_attendee_and_description_name_at_its_own_line_and_column(check):
    result = check("gesprekken.ics", CALENDAR, "--min-severity", "info")
    found = _findings(result.output, "gesprekken.ics")
    assert _at(CALENDAR, "Wendy Brouwer") + ": error A2-NAAM" in found, result.output  # in the quoted CN=
    assert _at(CALENDAR, "wendy.brouwer@") + ": error A2-EMAIL" in found, result.output  # folded onto the next line
    assert _at(CALENDAR, "Orhan Yildiz") + ": error A2-NAAM" in found, result.output
    assert _at(CALENDAR, "o.yildiz@") + ": error A2-EMAIL" in found, result.output
    assert _at(CALENDAR, "Jesse", "SUMMARY") + ": error A2-NAAM" in found, result.output
    assert _at(CALENDAR, "Jesse", "DESCRIPTION") + ": error A2-NAAM" in found, result.output  # after the escaped \\n
    assert any(f.startswith("16:") and "A2-NAAM" in f for f in found), result.output  # Freek, after the fold
    assert result.exit_code == 1


def test_the_property_names_event_ids_and_time_stamps_of_an_export_stay_quiet(check):
    result = check("gesprekken.ics", CALENDAR, "--min-severity", "info")
    lines = {int(f.split(":")[0]) for f in _findings(result.output, "gesprekken.ics")}
    assert not lines & {1, 2, 3, 5, 6, 7, 8, 10, 17, 18}, result.output  # BEGIN, PRODID, UID, DTSTART, LOCATION ...
    assert "A2-EMAIL" not in "".join(f for f in _findings(result.output, "gesprekken.ics") if f.startswith("6:"))


def test_the_teachers_own_invitation_from_the_schools_address_is_info_not_an_error(check):
    result = check("gesprekken.ics", CALENDAR, "--min-severity", "info")
    found = _findings(result.output, "gesprekken.ics")
    assert _at(CALENDAR, "Meester Thijs") + ": info A2-NAAM" in found, result.output  # ORGANIZER;CN=
    assert not any(f.startswith("4:") and ("error" in f or "warning" in f) for f in found), result.output
    assert "organisator" in result.output


def test_a_parents_invitation_from_a_private_address_keeps_the_organiser_an_error(check):
    invitation = ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:9f2c1e70-4b1a-4d7e-a0c3-7d5b2e9f8a11\n"
                  "SUMMARY:Speelafspraak na school\n"
                  "ORGANIZER;CN=Ilse Meijering:mailto:ilse.meijering@gmail.com\n"
                  "ATTENDEE;CN=Rob Aalders:mailto:rob.aalders@hetnet.nl\nEND:VEVENT\nEND:VCALENDAR\n")
    result = check("speelafspraak.ics", invitation)
    found = _findings(result.output, "speelafspraak.ics")
    assert _at(invitation, "Ilse Meijering") + ": error A2-NAAM" in found, result.output
    assert _at(invitation, "ilse.meijering@") + ": error A2-EMAIL" in found, result.output
    assert _at(invitation, "Rob Aalders") + ": error A2-NAAM" in found, result.output


def test_the_same_export_pasted_into_a_text_post_gives_the_same_findings_two_lines_lower(check):
    as_file = _findings(check("gesprekken.ics", CALENDAR, "--min-severity", "info").output, "gesprekken.ics")
    pasted = "Hoi allemaal, hieronder mijn planning voor donderdag.\n\n" + CALENDAR.replace("\r\n", "\n")
    in_text = _findings(check("planning.txt", pasted, "--min-severity", "info").output, "planning.txt")
    shifted = [f"{int(f.split(':')[0]) + 2}:{f.split(':', 1)[1]}" for f in as_file]
    assert in_text == shifted, (as_file, in_text)


def test_a_vcard_reports_its_persons_name_number_address_and_birthday_at_their_fields(check):
    card = ("BEGIN:VCARD\nVERSION:3.0\nN:Hoekstra;Marit;;;\nFN:Marit Hoekstra\n"
            "TEL;TYPE=CELL:06-41 27 93 55\nEMAIL;TYPE=HOME:marit.hoekstra@ziggo.nl\n"
            "ADR;TYPE=HOME:;;Beukenlaan 17;Veenendaal;;3904 KL;Nederland\nBDAY:1986-11-02\n"
            "UID:urn:uuid:0b6f6c1e-2f0e-4c57-b8a6-4c2d1f1a9e33\nEND:VCARD\n")
    result = check("marit.vcf", card)
    found = _findings(result.output, "marit.vcf")
    for needle, after, rule in (("Hoekstra", "N:", "A2-NAAM"), ("Marit", "N:", "A2-NAAM"),
                                ("Marit Hoekstra", "FN:", "A2-NAAM"), ("06-41", "", "A2-TELEFOON"),
                                ("marit.hoekstra@", "", "A2-EMAIL"), ("Beukenlaan 17", "", "A2-ADRES"),
                                ("3904 KL", "", "A2-POSTCODE"), ("1986-11-02", "", "A2-GEBOORTEDATUM")):
        assert f"{_at(card, needle, after)}: error {rule}" in found, (needle, result.output)
    assert not any(f.startswith(("1:", "2:", "9:", "10:")) for f in found), result.output


def test_the_schools_own_contact_card_and_a_calendar_of_school_holidays_pass(check):
    card = ("BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:OBS De Klimop\nORG:OBS De Klimop\n"
            "TEL;TYPE=work;VALUE=uri:tel:+31-318-123450\nEMAIL;TYPE=work:info@obsdeklimop.nl\n"
            "REV:20280105T101500Z\nEND:VCARD\n")
    assert check("klimop.vcf", card).exit_code == 0
    holidays = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Eikenrijk//Jaarplanning//NL\n"
                "BEGIN:VEVENT\nUID:herfstvakantie-2027@obsdeklimop.nl\nDTSTART;VALUE=DATE:20271018\n"
                "DTEND;VALUE=DATE:20271023\nSUMMARY:Herfstvakantie\nCATEGORIES:Vakantie\nEND:VEVENT\n"
                "BEGIN:VEVENT\nUID:kijkavond-2027@obsdeklimop.nl\nDTSTART:20271109T183000\n"
                "SUMMARY:Kijkavond: de kinderen laten hun werk zien\nLOCATION:Aula\nEND:VEVENT\nEND:VCALENDAR\n")
    result = check("vakanties.ics", holidays)
    assert result.exit_code == 0, result.output


def test_a_photo_inside_a_vcard_is_screened_as_a_photo_of_the_post(check, tmp_path):
    photo = base64.b64encode(photo_with_gps(tmp_path / "p.jpg").read_bytes()).decode()
    folded = "\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    card = f"BEGIN:VCARD\nVERSION:3.0\nFN:Stijn Roelofs\nPHOTO;ENCODING=b;TYPE=JPEG:{folded}\nEND:VCARD\n"
    result = check("stijn.vcf", card)
    assert "stijn.vcf:4:1: error A2-FOTO-GPS" in result.output, result.output
    assert "PHOTO in de export" in result.output


def test_an_ics_file_that_holds_no_calendar_is_not_screened_and_says_so_in_dutch(check):
    result = check("agenda.ics", "Dit is geen agenda maar een boodschappenlijst: melk, brood.\n")
    assert result.exit_code == 3, result.output
    assert "agenda.ics" in result.output and "BEGIN:VCALENDAR ontbreekt" in result.output, result.output


def test_an_organisations_contact_card_gives_its_general_number_as_info_and_a_mobile_in_it_stays_an_error(check):
    card = ("BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Kinderopvang De Boomhut\nORG:Kinderopvang De Boomhut\n"
            "TEL;TYPE=work:0318-640 218\nTEL;TYPE=cell:06-19 28 55 01\nEND:VCARD\n")
    result = check("boomhut.vcf", card, "--min-severity", "info")
    found = _findings(result.output, "boomhut.vcf")
    assert _at(card, "0318-640") + ": info A2-TELEFOON" in found, result.output
    assert _at(card, "06-19") + ": error A2-TELEFOON" in found, result.output
    assert not any(f.startswith("4:") and "error" in f for f in found), result.output
