"""Pupils and staff that a history lesson, a role, a brand's word or a book character beside them used to silence,
as a user sees it from `screener check`: "In 1817 werd de school gebouwd. Fenna en Daan zochten uit ...", "In de
musical speelt Lotte Elsa", "zie maandag, plus Ilias Bakkali", "Morgen is meester Kees naar een cursus". The
look-alikes stay quiet: the persons of the history sentence, the role, the brand, the book's teacher. The posts
are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_pupils_in_the_other_sentence_of_a_history_paragraph_are_found(check):
    post = ("# Ons gebouw is oud\n\n"
            "Rond 1863 kreeg het dorp een eigen school met één lokaal. Mirthe en Joep vroegen in het archief "
            "naar oude foto's.\n")
    result = check("gebouw.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "gebouw.md", post, "Mirthe"), result.output
    assert reported_at(result, "gebouw.md", post, "Joep"), result.output


def test_the_persons_of_a_history_sentence_stay_quiet_also_when_named_again(check):
    post = ("# Geschiedenisles groep 7\n\n"
            "In 1672 werd Johan de Witt in Den Haag vermoord. Johan was raadpensionaris van Holland. "
            "Ook zijn broer Cornelis werd gedood.\n")
    result = check("les.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_named_after_the_verb_before_her_role_is_found(check):
    post = ("# Musical groep 8\n\n"
            "Joris speelt Shrek, en in het tweede bedrijf speelt Lotte Elsa.\n\n"
            "Sanne speelt Assepoester en Vera speelt Belle.\n")
    result = check("musical.md", post)
    assert reported_at(result, "musical.md", post, "Lotte"), result.output
    assert reported_at(result, "musical.md", post, "Vera"), result.output
    assert "'E***'" not in result.output and "'A**********'" not in result.output, result.output


def test_the_roles_alone_stay_quiet(check):
    post = "# Musical\n\nIn de musical speelt de juf Elsa en spelen de ouders Shrek en Fiona.\n"
    result = check("rollen.md", post)
    assert "'E***'" not in result.output, result.output


def test_a_name_after_the_word_plus_in_lower_case_is_found(check):
    post = ("Ophalen na school\n"
            "MAANDAG - Sem en Noor (gr. 4)\n"
            "DINSDAG - zie maandag, plus Ilias Bakkali (gr. 5, loopt zelf)\n")
    result = check("ophalen.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "ophalen.txt", post, "Ilias Bakkali"), result.output


def test_the_owner_after_a_shop_stays_quiet(check):
    post = "# Sponsorloop\n\nDe bananen kregen we van Plus Lubbers. Bedankt!\n"
    result = check("sponsor.md", post)
    assert "'L******'" not in result.output, result.output


def test_a_teacher_whose_title_and_name_a_book_character_carries_is_found(check):
    post = ("Klassenstream groep 6\n\n"
            "Morgen is meester Kees naar een cursus, dan neem ik de klas over.\n")
    result = check("stream.txt", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "stream.txt", post, "meester Kees"), result.output


def test_the_book_character_beside_its_book_stays_quiet(check):
    post = "# Voorlezen\n\nWe lezen Mees Kees van Mirjam Oldenhave. Meester Kees is de leukste meester die er is.\n"
    result = check("voorlezen.md", post)
    assert result.exit_code == 0, result.output


def test_a_word_the_writer_says_really_is_the_childs_name_is_found(check):
    post = ("# Jarigen in groep 2\n\n"
            "Lieve mocht de kroon op. Storm (ja, die heet echt zo) blies de kaarsjes uit.\n\n"
            "Daarna was Wolk (echt zo genoemd door haar ouders) jarig.\n")
    result = check("jarigen.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "jarigen.md", post, "Storm"), result.output
    assert reported_at(result, "jarigen.md", post, "Wolk"), result.output


def test_an_ordinary_word_with_a_remark_in_brackets_stays_quiet(check):
    post = "# Herfst\n\nDe Storm (zo noemen we de wind van gisteren) blies de tent om. Echt zo.\n"
    result = check("herfst.md", post)
    assert result.exit_code == 0, result.output
