"""A title set in `<em>`, `<i>`, `<cite>`, `<b>` or `<strong>` on a school website's page is a title, as it
is in a Markdown post: its words, its author and its characters are no persons, as a user sees it from
`screener check`. A child's name in bold in a sentence about the child is still found. The pages are made
up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_titles_in_html_emphasis_with_their_authors_and_characters_are_no_names(check):
    page = ("<html><body>\n"
            "<h1>Voorlezen in groep 5</h1>\n"
            "<p>In de klas lezen we <i>Het Geheim van Pim</i> door Marieke Smithuis.</p>\n"
            "<ul><li><cite>Gips</cite> – Anna Woltz. Fitz zit een hele dag in de wachtkamer.</li></ul>\n"
            "<p>De kleuters speelden de musical <b>Kapitein Kees</b>. Kees had een pet op.</p>\n"
            "</body></html>\n")
    result = check("boeken.html", page)
    assert result.exit_code == 0, result.output
    assert "A2-NAAM" not in result.output, result.output


def test_the_same_page_without_emphasis_is_not_quietened(check):
    page = "<p>In de klas lezen we Het Geheim van Pim door Marieke Smithuis.</p>\n"
    result = check("boeken.html", page)
    assert reported_at(result, "boeken.html", page, "Marieke Smithuis"), result.output


def test_a_childs_name_in_strong_in_a_sentence_about_the_child_is_still_found(check):
    page = ("<p>We lazen <em>Dikkie Dik</em> van Jet Boeke.</p>\n"
            "<p>Gefeliciteerd <strong>Daan Verhoef</strong> uit groep 6, hij won de voorleeswedstrijd!</p>\n")
    result = check("wedstrijd.html", page)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "wedstrijd.html", page, "Daan Verhoef"), result.output
    assert "Jet Boeke" not in result.output and "J** B****" not in result.output, result.output


def test_bold_inside_a_word_keeps_the_word_whole(check):
    page = "<p>De zwem<b>les</b> van Sanne de Groot uit groep 4 begint om 9 uur.</p>\n"
    result = check("zwemles.html", page)
    assert reported_at(result, "zwemles.html", page, "Sanne de Groot"), result.output


def test_a_name_with_only_one_part_in_bold_is_still_one_name(check):
    page = "<p>Gisteren ging <b>Daan</b> Jansen mee naar de bieb, en Lotte <strong>Bakker</strong> ook.</p>\n"
    result = check("bieb.html", page)
    assert reported_at(result, "bieb.html", page, "Daan"), result.output
    assert reported_at(result, "bieb.html", page, "Lotte"), result.output
    assert "'D*** J*****'" in result.output and "'L**** B*****'" in result.output, result.output
