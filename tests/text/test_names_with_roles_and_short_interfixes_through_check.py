"""Names that a word of the name itself or the word before it used to hide: a surname after "'t"
("Lotte 't Hart", where "hart" alone is never a name), a trade before a first name and surname
("fotograaf Mehmet Aydoğan", where a trade before a name used to make it a firm); as a user sees it
from `screener check`, each beside a look-alike that stays quiet. The posts are made up for these
tests."""

from __future__ import annotations

from tests.helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
"""

SPEAKERS = ("# Spreekbeurten groep 6\n\n"
            "Deze week vertelde Lotte ’t Hart over haar konijn, en Bram 't Zand over vulkanen.\n"
            "Met heel ons 't hart bedanken we de ouders die kwamen luisteren.\n")


def test_a_surname_after_t_following_a_first_name_is_found_with_the_first_name(check):
    result = check("spreekbeurten.md", SPEAKERS)
    assert reported_at(result, "spreekbeurten.md", SPEAKERS, "Lotte ’t Hart"), result.output
    assert "'L**** ’t H***'" in result.output, result.output  # the whole name, not "Lotte" alone
    assert "'B*** 't Z***'" in result.output, result.output
    assert result.exit_code == 1, result.output


def test_t_hart_without_a_first_name_before_it_is_no_name(check):
    result = check("spreekbeurten.md", SPEAKERS)
    assert "spreekbeurten.md:4:" not in result.output, result.output


PHOTOS = ("# Schoolfotograaf\n\n"
          "Fotograaf Mehmet Aydoğan maakte dit jaar de klassenfoto's.\n"
          "De portretten zijn gemaakt door fotografe Sanne Visser.\n")

FIRMS = ("# Schoolfotograaf\n\n"
         "Dit jaar komt Fotostudio Zonnestraal de klassenfoto's maken.\n"
         "De bloemen voor de juf kwamen van bloemist Roos aan de Markt.\n")


def test_a_trade_before_a_first_name_and_surname_is_the_persons_role(check):
    result = check("fotograaf.md", PHOTOS)
    assert reported_at(result, "fotograaf.md", PHOTOS, "Mehmet Aydoğan"), result.output
    assert reported_at(result, "fotograaf.md", PHOTOS, "Sanne Visser"), result.output
    assert result.exit_code == 1, result.output


def test_a_firm_named_by_its_trade_stays_quiet(check):
    result = check("fotograaf.md", FIRMS)
    assert "A2-NAAM" not in result.output, result.output
    assert result.exit_code == 0, result.output


CARE = ("# De klassencavia\n\n"
        "Elke week zorgen twee kinderen voor de cavia. Deze week zijn het Lieve en Yusuf.\n\n"
        "Lieve mocht als eerste het hok schoonmaken.\n\n"
        "Lieve ouders, bedankt voor alle groente die u bracht!\n")


def test_a_first_name_that_is_never_a_name_alone_is_a_child_in_a_list_of_names_and_where_named_again(check):
    result = check("cavia.md", CARE)
    line = CARE.splitlines()[2]
    assert f"cavia.md:3:{line.index('Lieve') + 1}: error A2-NAAM" in result.output, result.output
    assert "cavia.md:5:1: error A2-NAAM" in result.output, result.output  # "Lieve mocht als eerste"
    assert result.exit_code == 1, result.output


def test_the_greeting_lieve_before_a_noun_stays_a_word_where_a_child_lieve_is_named(check):
    result = check("cavia.md", CARE)
    assert "cavia.md:7:1:" not in result.output, result.output


BIRTHDAYS = ("feest in groep 4 deze week! op dinsdag trakteerde lieve op pannenkoekjes en vrijdag mochten we\n"
             "allemaal verkleed komen.\n"
             "op vrijdag trakteerde lieve juffen ons op koffie, en vandaag kreeg hoop een nieuwe kleur.\n")


def test_a_lower_case_name_after_a_time_and_a_verb_is_the_verbs_subject(check):
    result = check("jarigen.md", BIRTHDAYS)
    assert reported_at(result, "jarigen.md", BIRTHDAYS, "lieve op"), result.output
    assert result.exit_code == 1, result.output


def test_an_adjective_or_a_noun_after_a_time_and_a_verb_stays_a_word(check):
    result = check("jarigen.md", BIRTHDAYS)
    assert "jarigen.md:3:" not in result.output, result.output
