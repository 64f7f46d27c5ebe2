"""Names and contact data in the shapes session 16's recall3 helper found missed (school-posts-heldout13 and older
sets), as a user sees them from `screener check`: a mobile abroad in an export's cell (nine digits that also pass
the BSN check), a marketplace's or sports app's profile URL, a nickname in quotes between first name and surname,
a name after a family word in a camel-case hashtag, surnames alone in a rota's "Gezin" column, lower-case names
that are words in a diary or a chat, a first name that is also a city beside another child, and a shop named after
a pupil's relative. Beside each a look-alike that stays quiet. The posts are made up for each shape, not the sets'
own sentences."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop", "IKC Twee Zeeën"]
public = ["Dr. Lindenlaan 4", "7411 AB Deventer", "info@obsdeklimop.nl"]
"""


def test_a_mobile_abroad_in_an_export_cell_is_a_phone_number_not_a_bsn(check):
    post = ("naam;ouder;mobiel\n"
            "Zofia;Ewa Zielinska;+48 512 384 927\n"
            "Mert;Ayse Kaya;+90 532 418 2706\n")
    result = check("export.txt", post)
    assert reported_at(result, "export.txt", post, "+48 512 384 927", rule="A2-TELEFOON"), result.output
    assert "A2-BSN" not in result.output, result.output
    bsn = "BSN leerling: 512 384 927\n"
    assert "A2-BSN" in check("bsn.txt", bsn).output


def test_a_profile_on_a_marketplace_or_sports_app_is_an_account_and_a_club_page_is_not(check):
    post = ("[02-05-2026 20:11:40] Petra: mijn spullen staan op marktplaats.nl/u/petra-brink/19283746\n"
            "[02-05-2026 20:12:02] Joost: en ik loop mee, zie strava.com/athletes/55120987\n")
    result = check("chat.txt", post)
    assert reported_at(result, "chat.txt", post, "marktplaats.nl/u/petra-brink", rule="A2-ACCOUNT"), result.output
    assert reported_at(result, "chat.txt", post, "strava.com/athletes/55120987", rule="A2-ACCOUNT"), result.output
    club = "Loop mee met de schoolloopgroep: strava.com/clubs/obs-de-klimop-loopt en kijk op www.marktplaats.nl.\n"
    assert "A2-ACCOUNT" not in check("club.txt", club).output


def test_a_nickname_in_quotes_between_first_name_and_surname_is_found_and_a_quoted_word_is_not(check):
    post = "In de musical speelde Willem “Wim” Hoekstra de bakker, en Fenna 'Snoetje' Bos was de kat.\n"
    result = check("musical.txt", post)
    assert reported_at(result, "musical.txt", post, "Wim"), result.output
    assert reported_at(result, "musical.txt", post, "Snoetje"), result.output
    quiet = "Het lied “Zonneschijn” werd gezongen door de 'echte' koning van groep 8.\n"
    assert check("lied.txt", quiet).exit_code == 0


def test_a_name_after_a_family_word_in_a_camel_case_hashtag_is_found_and_a_day_is_not(check):
    post = "Fijne ochtend met de grootouders! #opaGerrit #tanteRiet #mamaVanLieke\n"
    result = check("fb.txt", post)
    for needle in ("Gerrit", "Riet", "Lieke"):
        assert reported_at(result, "fb.txt", post, needle), (needle, result.output)
    quiet = "Fijne ochtend met de grootouders! #omaDag #teamopa #opaenoma #trotseoma\n"
    assert check("fb2.txt", quiet).exit_code == 0


def test_surnames_alone_in_the_family_column_of_a_rota_are_found(check):
    post = ("Dag       | Gezin     | Taak\n"
            "Maandag   | Bakker    | fruit snijden\n"
            "Dinsdag   | Mulder    | fruit snijden\n"
            "Woensdag  | Bos       | afwassen\n")
    result = check("rooster.txt", post)
    for needle in ("Bakker", "Mulder", "Bos"):
        assert reported_at(result, "rooster.txt", post, needle), (needle, result.output)
    quiet = ("Dag       | Taak\n"
             "Maandag   | water geven\n"
             "Dinsdag   | onkruid wieden\n")
    assert check("tuin.txt", quiet).exit_code == 0


def test_lower_case_names_that_are_words_are_found_where_a_person_acts_and_a_flower_is_not(check):
    post = ("vandaag hebben we geknutseld. roos was bang voor de lijm maar ze deed toch mee.\n"
            "in de kring vertelde storm over zijn nieuwe fiets.\n")
    result = check("dagboek.txt", post)
    assert reported_at(result, "dagboek.txt", post, "roos"), result.output
    assert reported_at(result, "dagboek.txt", post, "storm"), result.output
    quiet = "de roos bij het hek was mooi. de storm was zo hard dat hij de boom omblies.\n"
    assert check("tuin.txt", quiet).exit_code == 0


def test_children_taken_along_after_a_modal_verb_and_two_after_a_time_are_found(check):
    post = ("03-02-2026 17:41 - Mirjam: Ik kan lotte en bo meenemen naar zwemles\n"
            "03-02-2026 17:45 - Farid: Top! Op vrijdag waren sep en jade allebei jarig toch?\n")
    result = check("chat.txt", post)
    for needle in ("lotte", "bo meenemen", "sep", "jade"):
        assert reported_at(result, "chat.txt", post, needle), (needle, result.output)
    quiet = "03-02-2026 17:50 - Kim: Ik kan koffie en koek meenemen\n"
    result = check("chat2.txt", quiet)
    assert not reported_at(result, "chat2.txt", quiet, "koffie"), result.output
    assert not reported_at(result, "chat2.txt", quiet, "koek"), result.output


def test_a_first_name_that_is_a_city_beside_another_child_is_a_child_and_the_city_is_a_place(check):
    post = "Overdracht: Milan en Sofia lezen op niveau E4.\n"
    result = check("overdracht.txt", post)
    assert reported_at(result, "overdracht.txt", post, "Sofia", rule="A2-NAAM"), result.output
    trip = "De reis ging via Sofia naar Istanbul.\n"
    assert "A2-NAAM" not in check("reis.txt", trip).output


def test_a_shop_named_after_a_pupils_relative_is_a_name_and_a_shop_alone_is_not(check):
    post = "Snuffelstage: Daan loopt mee bij Garage Wolters & Zn. (de oom van Daan).\n"
    result = check("stage.txt", post)
    assert reported_at(result, "stage.txt", post, "Wolters"), result.output
    assert not reported_at(result, "stage.txt", post, "Zn"), result.output
    shop = "De snoeppot komt dit jaar van Bakkerij Wolters aan de Brink.\n"
    assert "A2-NAAM" not in check("bakker.txt", shop).output
