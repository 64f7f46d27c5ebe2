"""As a user sees it from `screener check`: a capitalised ordinary word of a Polish, Turkish or French sentence
("Szanowni Rodzice", "Dzień Otwarty", "12 Nisan Cumartesi", "les Pays-Bas"), a Polish word inside an English
e-mail of a Polish exchange ("the Rada Rodziców") and an English month after "in" or "until" are no names, while
the people named in the same drafts are found ("pani Marta Zielińska", "Elif ve Deniz", "Mother Katarzyna
Wiśniewska", "Jean-Pierre", a host child who shares a footballer's surname). The posts are made up for these
tests, written apart from the development sets."""

from __future__ import annotations

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""

NAME = "A2-NAAM"


def _name_columns(output: str, name: str) -> set[tuple[int, int]]:
    found = set()
    for line in output.splitlines():
        if line.startswith(name + ":") and f" {NAME} " in line:
            _, row, column = line.split(":")[:3]
            found.add((int(row), int(column)))
    return found


def test_a_polish_letter_keeps_its_interpreter_and_nothing_else(check):
    post = ("Informatie voor de Poolse ouders / Informacja dla rodziców\n\n"
            "Szanowni Rodzice,\n\n"
            "W środę 14 maja zapraszamy na Dzień Otwarty naszej szkoły. Prosimy Państwa o zgłoszenie do "
            "poniedziałku. Tłumaczką będzie pani Marta Zielińska, a dzieci z grupy 7 pokażą swoje prace.\n\n"
            "Z pozdrowieniami,\nZespół szkoły\n")
    result = check("brief.txt", post)
    assert _name_columns(result.output, "brief.txt") == {(5, 128)}, result.output


def test_a_turkish_date_is_no_name_and_the_children_are(check):
    post = ("Sevgili Veliler,\n\n"
            "12 Nisan Cumartesi günü okulumuzda bahar şenliği var. Elif ve Deniz şiir okuyacaklar. "
            "Herkesi bekliyoruz!\n")
    result = check("davet.txt", post)
    assert _name_columns(result.output, "davet.txt") == {(3, 55), (3, 63)}, result.output


def test_an_english_mail_of_a_polish_exchange_keeps_the_mother_and_drops_the_polish_words(check):
    post = ("Dear Zofia and family,\n\n"
            "Thank you for hosting our pupils. Please send the signed form to the Rada Rodziców before Friday. "
            "Mother Katarzyna Wiśniewska already called us. In June we will come back, and until May the pupils "
            "will write letters.\n\n"
            "Kind regards / Serdeczne pozdrowienia,\nThe exchange team\n")
    result = check("mail.txt", post)
    assert _name_columns(result.output, "mail.txt") == {(1, 6), (3, 106)}, result.output


def test_a_french_place_joined_by_a_hyphen_is_no_first_name(check):
    post = ("Een stukje uit de brief van onze penvrienden:\n\n"
            "> Bonjour ! Notre école est à Port-Louis, près de la mer. Nous aimons beaucoup les Pays-Bas et les "
            "vélos. Jean-Pierre, notre maître, dit bonjour aussi.\n")
    result = check("brieven.txt", post)
    assert _name_columns(result.output, "brieven.txt") == {(3, 107)}, result.output


def test_a_host_child_who_shares_a_footballers_surname_is_found(check):
    post = ("Dear colleagues,\n\n"
            "Here are our host families:\n"
            "1. Filip Lewandowski (born 12.03.2014) – hosts Sem\n\n"
            "The children already practise Robert Lewandowski free kicks.\n")
    result = check("hosts.txt", post)
    columns = _name_columns(result.output, "hosts.txt")
    assert (4, 4) in columns and not any(row == 6 for row, _ in columns), result.output


def test_countries_named_in_polish_and_turkish_are_no_names(check):
    post = ("Drodzy Rodzice,\n\n"
            "W tym roku dzieci z Polski, Holandii i Turcji śpiewają razem. Dziękujemy!\n\n"
            "Sevgili Veliler, bu yıl Almanya ve Hollanda'dan misafirlerimiz var.\n")
    result = check("koor.txt", post)
    assert _name_columns(result.output, "koor.txt") == set(), result.output
