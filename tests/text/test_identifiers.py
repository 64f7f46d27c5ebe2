"""Each Dutch identifier is found at the right place, and its look-alikes are not."""

import pytest


def test_valid_bsn_is_reported_and_its_offsets_point_at_the_number(cfg):
    from screener.text import analyzer

    text = "Het BSN van Daan is 123456782, geef het niet door."
    hits = [h for h in analyzer.analyze(text, cfg) if h.rule == "A2-BSN"]
    assert [(h.start, h.end) for h in hits] == [(text.index("123456782"), text.index("123456782") + 9)]


def test_nine_digits_failing_the_elfproef_is_not_a_bsn(find):
    assert ("123456789", "A2-BSN") not in find("Bestelnummer 123456789 is verzonden.")


@pytest.mark.parametrize("number", ["06-12345678", "06 12 34 56 78", "(030) 123 4567", "+31 6 12345678",
                                    "0031 6 12345678", "088-1234567", "0800 1234", "030 - 123 45 67"])
def test_dutch_phone_numbers_in_every_common_notation(find, number):
    assert (number, "A2-TELEFOON") in find(f"Bel de moeder van Sem op {number} na schooltijd.")


def test_amounts_and_years_are_not_phone_numbers(find):
    rules = {rule for _, rule in find("De ouderbijdrage is 45,50 euro voor 2024-2025, groep 1 tot en met 8.")}
    assert "A2-TELEFOON" not in rules


def test_iban_with_spaces_is_reported_and_a_wrong_checksum_is_not(find):
    assert ("NL91 ABNA 0417 1643 00", "A2-IBAN") in find("Maak het over op NL91 ABNA 0417 1643 00 t.n.v. de ouder.")
    assert not any(rule == "A2-IBAN" for _, rule in find("Maak het over op NL92 ABNA 0417 1643 00."))


def test_postcode_with_and_without_space_but_not_a_dose(find):
    assert ("3512 AB", "A2-POSTCODE") in find("Ze woont in 3512 AB Utrecht.")
    assert ("3512AB", "A2-POSTCODE") in find("Postcode 3512AB graag invullen.")
    assert not any(rule == "A2-POSTCODE" for _, rule in find("Geef het kind 1250 mg paracetamol niet zomaar."))


@pytest.mark.parametrize("address", ["Kerkstraat 12a", "Postbus 123", "Dorpsstr. 4", "Van Goghlaan 7"])
def test_street_with_house_number_is_an_address(find, address):
    assert (address, "A2-ADRES") in find(f"Het feest is op {address} in het dorp.")


def test_date_near_geboren_is_a_date_of_birth_but_an_event_date_is_not(find):
    assert ("3 mei 2017", "A2-GEBOORTEDATUM") in find("Onze kleine Lisa is geboren op 3 mei 2017!")
    assert ("14-02-2016", "A2-GEBOORTEDATUM") in find("Geboortedatum: 14-02-2016")
    assert not any(rule == "A2-GEBOORTEDATUM" for _, rule in find("Op 12 maart gaan we naar het museum."))
    assert not any(rule == "A2-GEBOORTEDATUM" for _, rule in find("De kerstviering is op donderdag 17 december."))
    assert ("3 maart", "A2-GEBOORTEDATUM") in find("Sanne is op 3 maart jarig.")


def test_a_role_mailbox_is_no_one_persons_address_but_a_personal_one_is(find):
    hits = find("Vragen? Mail info@obsderegenboog.nl of de juf: a.jansen@gmail.com.")
    assert ("info@obsderegenboog.nl", "A2-EMAIL-ALGEMEEN") in hits
    assert ("a.jansen@gmail.com", "A2-EMAIL") in hits


@pytest.mark.parametrize("plate", ["12-ABC-3", "AB-123-C", "XX-99-99".replace("X", "G").replace("9", "4")])
def test_dutch_licence_plates(find, plate):
    assert (plate, "A2-KENTEKEN") in find(f"De auto met kenteken {plate} stond op het plein.")


def test_pupil_number_after_leerlingnummer(find):
    assert ("45678", "A2-LEERLINGNUMMER") in find("Leerlingnummer: 45678 (groep 6)")


def test_valid_onderwijsnummer_without_context(find):
    assert ("101234567", "A2-LEERLINGNUMMER") in find("Zie 101234567 in het dossier.")


def test_short_numbers_without_context_are_not_pupil_numbers(find):
    assert find("We haalden 12345 euro op met de sponsorloop.") == []


def test_email_url_handle_and_profile_link(find):
    hits = find("Mail juf.anna@gmail.com, volg @sanne_2014 of instagram.com/daan.devries; zie www.voorbeeld.nl/foto.")
    assert ("juf.anna@gmail.com", "A2-EMAIL") in hits
    assert ("@sanne_2014", "A2-ACCOUNT") in hits
    assert ("instagram.com/daan.devries", "A2-ACCOUNT") in hits
    assert ("www.voorbeeld.nl/foto", "A2-URL") in hits


def test_ip_address(find):
    assert ("192.168.10.20", "A2-IP") in find("Het digibord hangt aan 192.168.10.20.")
