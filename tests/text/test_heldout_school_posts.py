"""What the second blind set (tests/data/school-posts-heldout, Lithora's posts) showed, as a user sees it
from `screener check`: wrapped prose, captions, lists and e-mails stay quiet where they name no one,
and the names, numbers and dates people type there are still found. The sentences here are new ones
for each class of error, not the set's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import reported_at

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "school-posts"
HELDOUT = Path(__file__).resolve().parents[1] / "data" / "school-posts-heldout"

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["KBS De Linde"]
public = ["Dr. Ariënsstraat 5", "7411 AB Deventer", "0570-611223", "info@kbsdelinde.nl", "www.kbsdelinde.nl",
          "NL75 SNSB 2772 3002 27"]
"""


def test_the_heldout_posts_without_personal_data_exit_0_but_one_and_its_names_are_nearly_all_found():
    if not (SHARED / "screener.toml").is_file():
        pytest.skip("../shared/data/school-posts ontbreekt: de held-out set wordt met de configuratie daarvan gescreend")
    from eval import school_posts
    from screener import config

    outcome = school_posts.evaluate(config.load(SHARED / "screener.toml"), HELDOUT / "posts")
    assert sum(code == 0 for _, code in outcome.quiet) >= 9, outcome.quiet
    names = outcome.tallies["name"]
    assert names.found / names.gold >= 0.97, outcome.missed


def test_authors_and_a_street_cut_by_the_wrap_of_a_paragraph_are_quiet(check):
    post = ("---\ntitel: Voorlezen\nkanaal: website\n---\n\nIn de onderbouw lezen we deze week *Het kleine Gruffalo-meisje* van Julia Donaldson en Axel\n"
            "Scheffler, en groep 5 leest het nieuwste boek van Harmen van Straaten, na de wandeling over de Michiel de\n"
            "Ruyterstraat naar de bibliotheek.\n")
    result = check("voorlezen.md", post)
    assert result.exit_code == 0, result.output
    assert "A2-NAAM" not in result.output, result.output


def test_a_word_after_an_emoji_at_the_start_of_a_caption_line_is_no_name(check):
    post = "📚 Voorleesweek!\n👉 Volg ons voor meer foto's van de week.\n🎈 Kijk ook op de website.\n"
    result = check("caption.txt", post)
    assert result.exit_code == 0, result.output


def test_characters_named_among_other_characters_are_quiet_but_a_child_with_the_same_name_is_found(check):
    post = "Favoriet in groep 6: Sonic, Zelda en Pikachu.\nZelda uit groep 4 won de tekenwedstrijd.\n"
    result = check("games.txt", post)
    assert "games.txt:1:" not in result.output, result.output
    assert reported_at(result, "games.txt", post, "Zelda uit"), result.output


def test_the_schools_own_data_in_other_forms_is_no_personal_data(check):
    post = ("Ouderbijdrage: NL75SNSB2772300227 t.n.v. KBS De Linde.\nBezoekadres: Dr Ariënsstraat 5, 7411AB Deventer\n"
            "KvK 08123456\nWe lopen via de Keizerstraat en de Brink naar sportpark Zandweerd en de Laan van Borgele.\n")
    result = check("contact.txt", post)
    assert result.exit_code == 0, result.output


def test_a_mobile_number_written_with_the_six_in_brackets_is_found(check):
    post = "Bel de coördinator op +31 (6) 1928 3746 of mail.\n"
    result = check("oproep.txt", post)
    assert reported_at(result, "oproep.txt", post, "+31 (6) 1928 3746", rule="A2-TELEFOON"), result.output


def test_a_date_of_birth_in_brackets_after_a_name_in_a_list_is_found_but_an_event_date_is_not(check):
    post = "Allergieën:\n- Sami (3-2-2015): pinda's\n- Kerstviering (17-12-2026): in de aula\n"
    result = check("kamp.txt", post)
    assert reported_at(result, "kamp.txt", post, "3-2-2015", rule="A2-GEBOORTEDATUM"), result.output
    assert "17-12-2026" not in result.output and "kamp.txt:3:16" not in result.output, result.output


def test_lower_case_names_that_are_also_words_are_found_after_of_and_in_a_list(check):
    post = ("hoi! ik ben de vader van mees, kan iemand hem zaterdag meenemen?\n"
            "dan gaan storm, jayden en ayoub mee in de auto\n")
    result = check("app.txt", post)
    assert reported_at(result, "app.txt", post, "mees"), result.output
    assert reported_at(result, "app.txt", post, "storm"), result.output


def test_a_name_opening_a_hashtag_a_quoted_name_and_a_word_name_joined_to_a_name_are_found(check):
    post = ('Op de tas staat "Fenna" in grote letters.\nGoed gedaan! Storm en Jade hebben getekend.\n'
            "#groep2 #Jelte6jaar #traktatie\n")
    result = check("insta.txt", post)
    assert reported_at(result, "insta.txt", post, "Fenna"), result.output
    assert reported_at(result, "insta.txt", post, "Storm"), result.output
    assert reported_at(result, "insta.txt", post, "Jelte"), result.output


def test_a_teachers_sign_off_under_her_work_address_is_info_and_a_parents_under_a_private_one_an_error(check):
    staff = ("Van: Hanneke Bos <h.bos@kbsdelinde.nl>\nAan: ouders groep 8\n\nBeste ouders,\n\n"
             "Maandag vertrekken we om half acht.\n\nHartelijke groet,\nHanneke Bos\nleerkracht groep 8\n")
    result = check("kamp.txt", staff)
    assert result.exit_code == 0, result.output
    parent = ("Van: Emre Aydın <emre.aydin@gmail.com>\nAan: ouders\n\nBeste ouders,\n\n"
              "Betaal de ouderbijdrage voor 1 december.\n\nMet vriendelijke groet,\n\nEmre Aydın\n"
              "penningmeester ouderraad\n")
    result = check("herinnering.txt", parent)
    assert "herinnering.txt:10:1: error A2-NAAM" in result.output, result.output


def test_a_teacher_introducing_herself_as_the_juf_of_a_group_with_her_work_address_is_quiet(check):
    post = ("---\ntitel: Even voorstellen\nkanaal: website\nauteur_rol: medewerker\n---\n\n"
            "Hallo allemaal! Mijn naam is Sanne Dekker en vanaf dit schooljaar ben ik de juf van groep 4 op\n"
            "KBS De Linde. Mailen kan altijd: s.dekker@kbsdelinde.nl.\n")
    result = check("voorstellen.md", post)
    assert result.exit_code == 0, result.output
