"""What a school's communication staff see from `screener check` on ordinary school posts, with
the organisation's configuration: quiet where nothing is personal, every name the way people type
it, and only the writer's own sign-off as info."""

from __future__ import annotations

from pathlib import Path

import pytest


CONFIG = """
[organisation]
name = "Stichting Kindwijs"
schools = ["OBS De Zonnewijzer", "CBS De Klimop"]
public = ["0313-481920", "Stationsweg 8", "6971 AB Brummen", "info@dezonnewijzer.nl"]
domains = ["dezonnewijzer.nl"]
"""

SHARED_POSTS = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "school-posts"


def test_a_newsletter_about_nijntje_and_the_kinderboekenweek_exits_0(check):
    post = (
        "---\ntitel: Kinderboekenweek\nkanaal: website\nauteur_rol: schoolaccount\n---\n\n"
        "Tijdens de Kinderboekenweek lazen de kleuters *Nijntje in de dierentuin* van Dick Bruna en "
        "speelden ze Dikkie Dik na. Groep 4 koos *Dolfje Weerwolfje* van Paul van Loon; Dolfje en Timmie "
        "waren de favorieten. Groep 7 las *Harry Potter* en stemde: Hermelien won van Ron en Harry.\n\n"
        "De boeken kochten we bij boekhandel Van Dijk en bij de Bruna; de Albert Heijn trakteerde op fruit. "
        "Op vrijdag gingen we met de bus naar het Kinderboekenmuseum in Den Haag. Bellen kan altijd: "
        "(0313) 48 19 20 of via +31313481920.\n"
    )
    result = check("kinderboekenweek.md", post)
    assert result.exit_code == 0, result.output
    assert "A2-NAAM" not in result.output and "A2-TELEFOON" not in result.output


def test_names_typed_in_lower_case_are_reported_at_their_columns(check):
    result = check("groepsapp.txt", "haha kaan en mirthe waren vandaag allebei jarig 🎉\n")
    assert result.exit_code == 1
    line = "haha kaan en mirthe waren vandaag allebei jarig 🎉"
    for name in ("kaan", "mirthe"):
        assert f"groepsapp.txt:1:{line.index(name) + 1}: error A2-NAAM" in result.output, result.output


def test_the_name_in_a_hashtag_is_reported_at_its_own_column(check):
    caption = "Wat een wedstrijd! 🏆 #schoolvoetbal #teamMila\n"
    result = check("caption.txt", caption)
    assert f"caption.txt:1:{caption.index('Mila') + 1}: error A2-NAAM" in result.output, result.output


def test_a_parent_with_a_role_is_an_error_while_the_writers_sign_off_is_info(check):
    post = (
        "Beste ouders,\n\n"
        "Meneer Karim Benali (voorzitter MR) is bereikbaar via de school voor vragen over het jaarplan.\n"
        "De vergadering is in de aula.\n\n"
        "Met vriendelijke groet,\n\n"
        "Ilse Vermeulen\n"
        "leerkracht groep 6\n"
    )
    result = check("brief.txt", post, "--author-role", "medewerker", "--min-severity", "info")
    assert "brief.txt:3:1: error A2-NAAM" in result.output, result.output  # "Meneer Karim Benali"
    assert "brief.txt:8:1: info A2-NAAM" in result.output, result.output


def test_a_parents_own_sign_off_stays_an_error(check):
    post = "Wie rijdt er mee naar de kinderboerderij?\n\nGroetjes,\nSandra Mulder\nmoeder van Jesse\n"
    result = check("oproep.txt", post, "--author-role", "ouder")
    assert "oproep.txt:4:1: error A2-NAAM" in result.output, result.output


def test_the_writer_on_the_van_line_of_an_e_mail_is_info(check):
    post = ("Van: Ilse Vermeulen <i.vermeulen@dezonnewijzer.nl>\nAan: ouders groep 6\nOnderwerp: excursie\n\n"
            "Beste ouders,\n\nMorgen gaan we naar het bos.\n\nGroet,\nIlse Vermeulen\n")
    result = check("mail.txt", post, "--author-role", "medewerker", "--min-severity", "info")
    assert "mail.txt:1:6: info A2-NAAM" in result.output, result.output
    assert "mail.txt:10:1: info A2-NAAM" in result.output, result.output
    assert ": error " not in result.output


def test_a_date_of_birth_in_a_form_is_reported(check):
    result = check("aanmelding.txt", "Naam kind: Femke\nGeboren: 4/9/2017\n")
    assert "aanmelding.txt:2:10: error A2-GEBOORTEDATUM" in result.output, result.output


def test_the_schools_phone_number_in_another_form_and_its_short_name_are_quiet(check):
    post = ("Vragen? Bel De Zonnewijzer op (0313) 48 19 20, of +31 313 481920, of +31 (0)313-481920. "
            "Tot ziens op Zonnewijzer!\n")
    result = check("contact.txt", post)
    assert result.exit_code == 0, result.output
    assert "A2-TELEFOON" not in result.output and "A2-NAAM" not in result.output


def test_a_trip_destination_is_info_and_a_home_town_a_warning(check):
    trip = "Groep 5 ging met de bus naar Apeldoorn.\n"
    result = check("reis.txt", trip, "--min-severity", "info")
    assert result.exit_code == 0, result.output
    assert f"reis.txt:1:{trip.index('Apeldoorn') + 1}: info A2-PLAATS" in result.output, result.output
    move = "Sanne verhuist naar Apeldoorn, we gaan haar missen.\n"
    result = check("verhuizing.txt", move)
    assert f"verhuizing.txt:1:{move.index('Apeldoorn') + 1}: warning A2-PLAATS" in result.output, result.output


@pytest.mark.skipif(not (SHARED_POSTS / "posts").is_dir(), reason="../shared/data/school-posts ontbreekt")
def test_every_development_post_without_personal_data_exits_0_with_the_sets_configuration():
    from eval import school_posts
    from screener import config

    outcome = school_posts.evaluate(config.load(SHARED_POSTS / "screener.toml"), SHARED_POSTS / "posts")
    assert outcome.quiet and all(code == 0 for _, code in outcome.quiet), outcome.quiet


def test_a_teachers_self_introduction_is_info_and_a_quoted_pupils_is_an_error(check):
    post = ("Hallo allemaal! Ik ben Nadia Aouragh en vanaf maart de nieuwe intern begeleider.\n"
            "In groep 5 vertelde een leerling: 'Ik ben Sanne en ik hou van voetbal.'\n")
    result = check("voorstellen.txt", post, "--author-role", "medewerker", "--min-severity", "info")
    lines = post.splitlines()
    assert f"voorstellen.txt:1:{lines[0].index('Nadia') + 1}: info A2-NAAM" in result.output, result.output
    assert f"voorstellen.txt:2:{lines[1].index('Sanne') + 1}: error A2-NAAM" in result.output, result.output


def test_a_camp_sites_address_is_info_and_a_familys_stays_an_error(check):
    camp = "We slapen in groepsaccommodatie De Heidehoeve, Heideweg 12, 7451 KN Holten.\n"
    result = check("kamp.txt", camp, "--min-severity", "info")
    assert result.exit_code == 0, result.output
    assert f"kamp.txt:1:{camp.index('Heideweg') + 1}: info A2-ADRES" in result.output, result.output
    family = "Sanne, die bij de bakkerij werkt, woont op Heideweg 12, 7451 KN Holten.\n"
    result = check("familie.txt", family)
    assert f"familie.txt:1:{family.index('Heideweg') + 1}: error A2-ADRES" in result.output, result.output
