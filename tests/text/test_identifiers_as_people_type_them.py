"""Identifiers written the way people type them (dots, spaces, lower case, forms and lists) are
found, and the dates, years and amounts that look like them are not."""

import pytest


@pytest.mark.parametrize("number", ["111.222.333", "1112.22.333", "111 222 333", "11 12 22 333"])
def test_a_bsn_in_groups_of_digits_is_reported(find, number):
    assert (number, "A2-BSN") in find(f"Voor de aanvraag is het BSN van Thijs nodig: {number}, graag per post.")


def test_grouped_digits_failing_the_elfproef_are_no_bsn(find):
    assert not any(rule == "A2-BSN" for _, rule in find("Het sponsorbedrag: 123.456.789 stappen in totaal."))


def test_an_onderwijsnummer_with_dots_is_a_pupil_number(find):
    # 101234564 passes the onderwijsnummer check; grouped as people copy it from the administration
    assert ("1012.34.564", "A2-LEERLINGNUMMER") in find("Zij staat in het systeem onder 1012.34.564 tot de BSN komt.")


@pytest.mark.parametrize("plate", ["gz-412-k", "31-zdh-6", "v-482-bg", "xf-28-zr"])
def test_a_licence_plate_typed_in_lower_case_is_reported(find, plate):
    assert (plate, "A2-KENTEKEN") in find(f"ik rij met de rode polo ({plate}), wie wil er mee?")


def test_lower_case_words_around_digits_are_no_licence_plate(find):
    assert not any(rule == "A2-KENTEKEN" for _, rule in find("we zijn op-12-af en ik-12-je"))


def test_a_lower_case_postcode_before_a_town_is_reported(find):
    assert ("7415 kp", "A2-POSTCODE") in find("Stuur de kaart naar Dorpsstraat 3, 7415 kp Deventer.")


def test_a_year_followed_by_a_short_word_is_no_postcode(find):
    found = find("In 2023 en 2024 zijn we gegroeid; sinds 2022 op dinsdag.")
    assert not any(rule == "A2-POSTCODE" for _, rule in found)


@pytest.mark.parametrize("text, date", [
    ("Geboren: 4/9/2017", "4/9/2017"),
    ("Naam: Femke Bos\nGeb.: 21-11-2015", "21-11-2015"),
    ("Geboortedatum\n\n2016-05-30", "2016-05-30"),
    ("- Sem (groep 2) – 14-01-2019", "14-01-2019"),
    ("2. Femke Bos * 21/11/2015", "21/11/2015"),
    ("Ons zoontje, geboren 03-03-2025, weegt 3400 gram.", "03-03-2025"),
])
def test_dates_of_birth_in_lists_and_forms(find, text, date):
    assert (date, "A2-GEBOORTEDATUM") in find(text)


@pytest.mark.parametrize("text", [
    "[14-03-2025 08:12:40] Tante Ria: Femke is vandaag jarig!",
    "Studiedag 14-03-2025* (zie onderaan)",
    "De MR vergaderde op 12-09-2023, 07-11-2023 en 16-01-2024.",
])
def test_timestamps_event_dates_and_calendars_are_no_dates_of_birth_or_phone_numbers(find, text):
    assert not any(rule in ("A2-GEBOORTEDATUM", "A2-TELEFOON") for _, rule in find(text))
