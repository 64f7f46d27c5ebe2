"""What the blind set of school posts (tests/data/school-posts-blind) showed, as a user sees it from
`screener check`: ordinary posts quiet, and the names people type still found next to them."""

from __future__ import annotations

from pathlib import Path


BLIND = Path(__file__).resolve().parents[1] / "data" / "school-posts-blind"

CONFIG = """
[organisation]
name = "Stichting Rivierland"
schools = ["OBS De Klaproos", "CBS De Ark"]
public = ["0488-451200", "Dorpsstraat 4", "6669 AB Dodewaard", "info@obsdeklaproos.nl",
          "www.obsdeklaproos.nl", "NL20 RABO 0123 4567 89"]
"""


def _at(result, name: str, text: str, needle: str, line: int = 1) -> bool:
    col = text.splitlines()[line - 1].index(needle) + 1
    return f"{name}:{line}:{col}: error A2-NAAM" in result.output


def test_every_blind_post_without_personal_data_exits_0_and_every_name_in_it_is_found():
    from eval import school_posts
    from screener import config

    outcome = school_posts.evaluate(config.load(BLIND / "screener.toml"), BLIND / "posts")
    assert len(outcome.quiet) == 9 and all(code == 0 for _, code in outcome.quiet), outcome.quiet
    assert outcome.tallies["name"].found == outcome.tallies["name"].gold, outcome.missed


def test_organisations_in_compound_words_are_no_persons_but_the_child_beside_them_is(check):
    post = ("Dank aan Atletiekvereniging Athlos en Verhuisbedrijf De Gier. De bus van Van Kooten Reizen "
            "bracht ons terug, samen met Xyla uit groep 5.\n")
    result = check("dank.txt", post)
    assert "'A*****'" not in result.output and "'D* G***'" not in result.output, result.output
    assert "'V** K*****'" not in result.output, result.output
    assert _at(result, "dank.txt", post, "Xyla"), result.output


def test_a_quoted_song_title_and_a_role_in_the_musical_are_no_persons_but_the_player_is(check):
    post = ('Groep 3 zong "Rudolph the Red-Nosed Reindeer" en in de musical "Oliver Twist" speelde '
            "gijs als Fagin, samen met fatima.\n")
    result = check("kerst.txt", post)
    for masked in ("'R******'", "'O***** T****'", "'F****'"):
        assert masked not in result.output, result.output
    assert _at(result, "kerst.txt", post, "gijs") and _at(result, "kerst.txt", post, "fatima"), result.output


def test_nativity_characters_an_author_in_brackets_and_half_a_compound_are_quiet(check):
    post = ("In het kerstverhaal speelde groep 4 Maria en Jozef. Groep 6 leest Kruimeltje (Chris van Abkoude).\n"
            "Meer informatie bij de GGD Noord- en Oost-Gelderland.\n")
    result = check("nieuws.txt", post)
    assert result.exit_code == 0, result.output
    assert "A2-NAAM" not in result.output, result.output


def test_animals_names_are_quiet_but_the_child_who_feeds_them_is_found(check):
    post = ("Ons klassenkonijn Snuffie is weer beter. In de dierentuin zagen we de panda's. Ze heten Wu Wen "
            "en Xing Ya. Xing Ya at de hele dag bamboe.\nLiam gaf Snuffie een wortel.\n")
    result = check("dieren.txt", post)
    assert "'S******'" not in result.output and "'X*** Y*'" not in result.output, result.output
    assert "'W*'" not in result.output, result.output
    assert _at(result, "dieren.txt", post, "Liam", line=2), result.output


def test_words_in_a_list_of_words_are_no_names_but_a_list_of_surnames_is(check):
    words = "Roos, Tulp en Zonnebloem zijn de overblijfgroepen. Vandaag eet groep Tulp buiten.\n"
    result = check("groepen.txt", words)
    assert result.exit_code == 0, result.output
    people = "De vergadering werd geleid door Visser en Bakker.\n"
    result = check("mr.txt", people)
    assert _at(result, "mr.txt", people, "Visser") and _at(result, "mr.txt", people, "Bakker"), result.output


def test_every_name_in_a_lower_case_list_is_found_also_one_that_is_a_word(check):
    post = "super trots op sterre, mees en fatima vandaag 👏 en op tess, noor en anna\n"
    result = check("insta.txt", post)
    for name in ("sterre", "mees", "fatima", "tess", "noor", "anna"):
        assert _at(result, "insta.txt", post, name), (name, result.output)


def test_english_song_titles_in_single_or_curly_quotes_are_no_persons(check):
    post = "Groep 8 zong 'Let It Go' en daarna “We Are The Champions”, met Sanne als solist.\n"
    result = check("musical.txt", post)
    assert "'I* G*'" not in result.output and "'T** C********'" not in result.output, result.output
    assert _at(result, "musical.txt", post, "Sanne"), result.output


def test_the_schools_iban_without_spaces_and_its_register_numbers_are_no_pupil_number_or_bsn(check):
    post = ("Betaal de ouderbijdrage op NL20RABO0123456789.\nKvK-nummer: 41038542\nRSIN: 507529170\n"
            "BSN van het kind: 252760189\n")
    result = check("contact.txt", post)
    assert "contact.txt:1:" not in result.output and "contact.txt:2:" not in result.output, result.output
    assert "contact.txt:3:" not in result.output, result.output
    assert "contact.txt:4:19: error A2-BSN" in result.output, result.output


def test_a_parents_van_line_from_a_private_address_is_an_error_and_a_staff_members_is_info(check):
    parent = ("Van: Henk Timmerman <henk.timmerman@ziggo.nl>\nAan: ouders groep 7\n\nHallo allemaal,\n\n"
              "Donderdag rijden we om 9 uur.\n\nGroeten,\nHenk\n")
    result = check("rijden.txt", parent)
    assert "rijden.txt:1:6: error A2-NAAM" in result.output, result.output
    assert "rijden.txt:1:22: error A2-EMAIL" in result.output, result.output
    staff = ("Van: Tijmen Bos <t.bos@obsdeklaproos.nl>\nAan: ouders groep 6\n\nBeste ouders,\n\n"
             "Dinsdag is de informatieavond.\n\nGroet,\nMeester Tijmen\n")
    result = check("avond.txt", staff, "--min-severity", "info")
    assert "avond.txt:1:6: info A2-NAAM" in result.output, result.output
    assert ": error " not in result.output, result.output


def test_the_directors_sign_off_under_a_van_line_of_the_school_is_info(check):
    post = ("Van: OBS De Klaproos <info@obsdeklaproos.nl>\nAan: ouders\nOnderwerp: hoofdluis\n\nBeste ouders,\n\n"
            "Woensdag is de luizencontrole.\n\nMet vriendelijke groet,\n\nWouter Brink\ndirecteur OBS De Klaproos\n")
    result = check("luizen.txt", post, "--min-severity", "info")
    assert "luizen.txt:11:1: info A2-NAAM" in result.output, result.output
    assert ": error " not in result.output, result.output


def test_a_shops_branch_named_after_its_owner_is_no_person_but_a_child_with_that_surname_is(check):
    post = "De fruitbakjes kwamen van Plus Van den Berg.\nLotte van den Berg uit groep 4 deelde ze uit.\n"
    result = check("fruit.txt", post)
    assert "fruit.txt:1:" not in result.output, result.output
    assert "fruit.txt:2:1: error A2-NAAM" in result.output, result.output


def test_a_pupil_whose_first_name_is_a_brand_is_found_after_school_context(check):
    post = ("De voorleeswedstrijd is gewonnen door een leerling van groep 6, Lego Jansen.\n"
            "De fruitbakjes kwamen van Jumbo Visser.\n")
    result = check("lezen.txt", post)
    assert "lezen.txt:1:" in result.output and "error A2-NAAM" in result.output, result.output
    assert "lezen.txt:2:" not in result.output, result.output
