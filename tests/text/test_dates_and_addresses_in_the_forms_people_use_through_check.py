"""Dates of birth and addresses as a user sees them from `screener check`, in the forms real tools and hands
give them: a chat that asks for a date of birth without a question mark (WhatsApp on one line, Teams and
Telegram with the sender on a line of its own), a form filled in another language or a vCard's "BDAY:", a
street named after a bridge or across the border, an address abroad written number first. And their
look-alikes, which stay quiet: a date of birth of a historical person, animals born on the children's farm,
a school's age after its name, a group's number before a title, a shop's address in a sponsor list. The
posts are made up."""

from __future__ import annotations

from helpers import reported_at

DATE, ADDRESS = "A2-GEBOORTEDATUM", "A2-ADRES"
CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_date_sent_after_a_chat_message_that_needs_a_date_of_birth_without_a_question_mark_is_found(check):
    post = ("[03-02-2026 18:40:12] Esther: De bibliotheek heeft de geboortedatum nodig van iedereen die mee wil\n"
            "[03-02-2026 18:44:51] Gijs: bij ons is het 27-08-2017\n"
            "[03-02-2026 18:45:30] Esther: Dank je!\n")
    result = check("chat.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "chat.txt", post, "27-08-2017", DATE), result.output


def test_a_date_answering_who_has_a_birthday_asked_without_a_question_mark_is_found(check):
    post = ("[09-01-2026 08:01:10] Ilse: wie uit de klas is er in januari jarig\n"
            "[09-01-2026 08:03:44] Dirk: die van ons, 18-01-2018\n")
    result = check("jarig.txt", post)
    assert reported_at(result, "jarig.txt", post, "18-01-2018", DATE), result.output


def test_a_date_in_a_teams_reply_under_its_senders_line_is_found_and_a_meetings_date_stays_quiet(check):
    post = ("[14:02] Anouk Hermans\n"
            "Kun jij de geb.datum van Jurre opzoeken voor het OPP\n"
            "[14:05] Wouter Smeets\n"
            "staat in het systeem als 30-4-2016\n"
            "[14:06] Anouk Hermans\n"
            "Top. Het overleg is op 12-02-2026 om 15.00 uur\n")
    result = check("teams.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "teams.txt", post, "30-4-2016", DATE), result.output
    assert not reported_at(result, "teams.txt", post, "12-02-2026", DATE), result.output


def test_a_date_in_a_telegram_reply_under_its_senders_line_is_found(check):
    post = ("Hanneke, [20.01.26 21:10]\n"
            "wat was de geboortedatum van Sep ook alweer, de zwemschool vraagt het\n\n"
            "Ruud, [20.01.26 21:15]\n"
            "5 oktober 2019\n")
    result = check("telegram.txt", post)
    assert reported_at(result, "telegram.txt", post, "5 oktober 2019", DATE), result.output


def test_dates_after_a_polish_an_arabic_or_a_german_label_and_in_a_vcard_are_found(check):
    post = ("Data urodzenia: 14.06.2016\n"
            "تاريخ الميلاد: 2017/09/03\n"
            "Geburtsdatum: 21.02.2018\n"
            "BEGIN:VCARD\nFN:Jeroen Kamp\nBDAY:1985-07-30\nEND:VCARD\n")
    result = check("formulier.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("14.06.2016", "2017/09/03", "21.02.2018", "1985-07-30"):
        assert reported_at(result, "formulier.txt", post, needle, DATE), (needle, result.output)


def test_a_historical_persons_date_of_birth_and_animals_born_on_the_farm_stay_quiet(check):
    post = ("---\ntitel: Themaweek\nkanaal: website\n---\n"
            "Groep 7 leest over Multatuli, die werd geboren op 2 maart 1820 in Amsterdam.\n"
            "Onze oudste juf ooit werd geboren op 4-5-1901.\n\n"
            "Op de kinderboerderij zijn de lammetjes geboren op 9 maart 2026!\n")
    result = check("themaweek.md", post)
    assert DATE not in result.output, result.output


def test_an_animal_after_the_birth_does_not_hide_a_childs_date_of_birth(check):
    post = "Ik ben geboren op\n14 mei 2015 in Zwolle en ik heb twee konijnen.\n"
    result = check("ikben.md", post)
    assert reported_at(result, "ikben.md", post, "14 mei 2015", DATE), result.output


def test_a_street_named_after_a_bridge_and_a_german_street_are_found_as_addresses(check):
    post = ("Nieuw adres van de familie: Ossenbrug 17-hs, Deventer.\n"
            "Opa woont in Duitsland: Kirchstraße 22, Bad Bentheim.\n")
    result = check("adressen.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("Ossenbrug 17-hs", "Kirchstraße 22"):
        assert reported_at(result, "adressen.txt", post, needle, ADDRESS), (needle, result.output)


def test_an_address_abroad_written_number_first_is_found(check):
    post = ("Een kaart voor Lieke kan naar 7A Pohutukawa Drive, Tauranga, "
            "en voor Sam naar 45 rue des Lilas, Lyon.\n")
    result = check("kaartjes.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("7A Pohutukawa Drive", "45 rue des Lilas"):
        assert reported_at(result, "kaartjes.txt", post, needle, ADDRESS), (needle, result.output)


def test_a_schools_age_after_its_name_and_a_groups_number_before_a_title_are_no_address(check):
    post = ("---\ntitel: Feest\nkanaal: website\n---\n"
            "Basisschool Het Kastanjehof 60 jaar! Groep 8 Sesame Street zingt het slotlied.\n")
    result = check("feest.md", post)
    assert ADDRESS not in result.output, result.output


def test_a_shops_address_and_landline_in_a_sponsor_list_are_no_personal_data(check):
    post = ("---\ntitel: Sponsorloop\nkanaal: nieuwsbrief\n---\n"
            "Dank aan kapsalon Knip & Zo, Korte Bisschopstraat 9, 7411 CP Deventer, tel. 0570-614433!\n")
    result = check("sponsors.md", post)
    assert result.exit_code == 0, result.output
    for rule in (ADDRESS, "A2-POSTCODE", "A2-TELEFOON"):
        assert f"error {rule}" not in result.output, result.output


def test_a_date_of_birth_exported_with_a_midnight_time_is_found_and_a_chats_time_stamp_stays_quiet(check):
    post = ("Leerling;Geboortedatum;Groep\n"
            "Mik Jonker;7-10-2016 0:00:00;6\n"
            "Evi Stam;23-1-2017 0:00:00;6\n\n"
            "[07-10-2016 14:12:09] Mik: hoi\n")
    result = check("export.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("7-10-2016 0:00", "23-1-2017"):
        assert reported_at(result, "export.txt", post, needle, DATE), (needle, result.output)
    assert not reported_at(result, "export.txt", post, "07-10-2016 14", DATE), result.output


def test_a_birthday_after_its_label_is_found_and_a_calendars_birthday_of_the_school_stays_quiet(check):
    post = ("Traktaties\nVerjaardag Hidde: 14/3\n\n"
            "| Datum | Activiteit |\n| --- | --- |\n| 12-03-2027 | Verjaardag van de school |\n")
    result = check("kalender.md", post)
    assert reported_at(result, "kalender.md", post, "14/3", DATE), result.output
    assert not reported_at(result, "kalender.md", post, "12-03-2027", DATE), result.output


def test_a_street_typed_in_lower_case_in_a_chat_and_a_number_after_nr_are_found(check):
    post = ("[02-12-2026 17:01:22] Nina: het feestje is bij ons thuis, we wonen op de zwanenlaan 31\n"
            "Ophalen bij fam. Kramer, Kerkstraat nr. 6\n")
    result = check("adres.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("zwanenlaan 31", "Kerkstraat nr. 6"):
        assert reported_at(result, "adres.txt", post, needle, ADDRESS), (needle, result.output)


def test_a_postcode_after_the_countrys_code_is_found(check):
    post = "Please send it to Boxbergerweg 44, NL-7413 EH Deventer.\n"
    result = check("letter.txt", post)
    assert reported_at(result, "letter.txt", post, "7413 EH", "A2-POSTCODE"), result.output


def test_a_customer_number_that_passes_the_elfproef_is_no_bsn(check):
    post = "Bestelling gymmateriaal, klantnummer 100234987\n"
    result = check("bestelling.txt", post)
    assert "A2-BSN" not in result.output, result.output


def test_a_post_whose_last_word_is_van_is_screened_and_not_failed(check):
    result = check("kaartje.txt", "Lieve juf, bedankt voor alles! De groeten van")
    assert result.exit_code == 0, result.output
    assert "E-BESTAND" not in result.output, result.output


def test_a_street_whose_type_comes_first_is_found_and_the_same_street_as_a_landmark_stays_quiet(check):
    post = ("[12-11-2026 19:41:02] Henk: wij zijn verhuisd naar Laan van Vollenhove 18, kom gerust langs\n"
            "We fietsen via de Laan van Vollenhove naar het park.\n")
    result = check("verhuisd.txt", post)
    assert reported_at(result, "verhuisd.txt", post, "Laan van Vollenhove 18", ADDRESS), result.output
    assert result.output.count(ADDRESS) == 1, result.output


def test_a_vcards_compact_date_of_birth_is_found_and_a_compact_number_elsewhere_is_no_date(check):
    post = ("BEGIN:VCARD\nVERSION:4.0\nFN:Ilse Verbeek\nBDAY;VALUE=date:19830521\nEND:VCARD\n\n"
            "Factuur 20170312 is betaald.\n")
    result = check("contact.vcf.txt", post)
    assert reported_at(result, "contact.vcf.txt", post, "19830521", DATE), result.output
    assert not reported_at(result, "contact.vcf.txt", post, "20170312", DATE), result.output


def test_a_date_answering_a_request_in_a_chat_copied_from_whatsapp_web_is_found(check):
    post = ("[20:14, 12-11-2026] Mirjam: de juf heeft de geboortedatum nodig van wie meegaat\n"
            "[20:16, 12-11-2026] Ahmed: bij ons 14-03-2017\n"
            "[20:17, 12-11-2026] Kim: de bus vertrekt op 14-03-2027\n")
    result = check("web.txt", post)
    assert reported_at(result, "web.txt", post, "14-03-2017", DATE), result.output
    assert not reported_at(result, "web.txt", post, "14-03-2027", DATE), result.output


def test_dates_after_gebdat_and_birthdays_in_a_list_without_bullets_under_jarigen_are_found(check):
    post = ("Naam: Kian Dekker   Gebdat: 03.04.2018   Groep: 4\n\n"
            "Jarigen groep 2:\nBo – 4 december\nMats – 18 december\n")
    result = check("lijst.txt", post)
    assert result.exit_code == 1, result.output
    for needle in ("03.04.2018", "4 december", "18 december"):
        assert reported_at(result, "lijst.txt", post, needle, DATE), (needle, result.output)


def test_the_day_a_school_opened_after_it_was_born_of_a_merger_is_no_date_of_birth(check):
    post = ("---\ntitel: Geschiedenis\nkanaal: website\n---\n"
            "Onze school is in 1978 geboren uit een fusie; op 1-8-1978 ging de deur open.\n")
    result = check("geschiedenis.md", post)
    assert DATE not in result.output, result.output
