"""Names in the shapes session 17's recall4 helper found missed (school-posts-heldout14, the helpers' own batches), as
a user sees them from `screener check`: a name the draft gives with good evidence (a full name, a sender) that comes
back in lower case in a chat or alone in a photo's `title`; a surname that is also a word after "dhr.", "mevr." or
"fam."; a Teams sender written surname first under a time stamp with its day and date; a name made an animal's by a
sentence that only mentions the animal; two lower-case names before their verb, one of them a word too. Beside each
a look-alike that stays quiet. The posts are made up for each shape, not the sets' own sentences."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["Dr. Lindenlaan 4", "7411 AB Deventer", "info@obsdeklimop.nl"]
"""


def test_a_name_given_in_a_chat_comes_back_in_lower_case_where_no_article_makes_it_a_thing(check):
    post = ("[03-03-2026 19:01:10] Ilse: Wanneer is het optreden van Sterre de Vries uit groep 4?\n"
            "[03-03-2026 19:02:45] Gijs: volgens mij vrijdag, vraag het anders aan juf. komt sterre ook naar de "
            "generale?\n")
    result = check("chat.txt", post)
    assert reported_at(result, "chat.txt", post, "sterre ook"), result.output
    quiet = ("[03-03-2026 19:01:10] Ilse: Wanneer is het optreden van Sterre de Vries uit groep 4?\n"
             "[03-03-2026 19:02:45] Gijs: vrijdag, ik hoop dat het droog blijft. Goede hoop!\n")
    output = check("chat2.txt", quiet).output
    line = quiet.splitlines()[1]
    for col in (line.index("hoop") + 1, line.rindex("hoop") + 1):  # a verb after its subject, a noun after its adjective
        assert f"chat2.txt:2:{col}:" not in output, output


def test_a_word_that_is_a_name_found_whole_stays_a_word_after_an_article_or_adjective(check):
    post = ("Op de kunstmarkt verkocht Merel Jansma (groep 8) haar schilderij van een zingende merel.\n"
            "De mooiste merel van de markt, vond de jury.\n")
    result = check("markt.txt", post)
    assert reported_at(result, "markt.txt", post, "Merel Jansma"), result.output
    assert ":2:" not in result.output, result.output


def test_a_first_name_alone_in_a_photos_title_after_the_full_name_in_its_alt_is_found(check):
    post = ('<p>Ons project over vogels.</p>\n'
            '<img src="/foto/1.jpg" alt="Sterre van Dalen meet de vleugel van een opgezette buizerd"\n'
            '     title="Sterre meet een vleugel">\n')
    result = check("album.html", post)
    assert "A2-NAAM" in result.output
    line = next(i for i, row in enumerate(post.splitlines(), 1) if 'title="Sterre' in row)
    assert any(f"album.html:{line}:" in row and "A2-NAAM" in row for row in result.output.splitlines()), result.output
    quiet = ('<p>Sterrenkijken met groep 7.</p>\n'
             '<img src="/foto/2.jpg" alt="De sterrenkijker op het plein" title="Storm en regen bleven gelukkig weg">\n')
    assert check("album2.html", quiet).exit_code == 0


def test_a_surname_that_is_also_a_word_after_a_personal_title_is_a_name(check):
    post = ("| dag | ouder |\n"
            "| --- | --- |\n"
            "| ma | dhr. Kwast |\n"
            "| di | mevr. Schaap-Haan |\n"
            "| wo | fam. Smid |\n")
    result = check("rooster.md", post)
    for needle in ("dhr. Kwast", "mevr. Schaap-Haan", "fam. Smid"):
        assert reported_at(result, "rooster.md", post, needle), (needle, result.output)
    quiet = "Op woensdag is er gym bij meester Gym en juf Muziek, zoals de kinderen hen noemen.\n"
    assert "A2-NAAM" not in check("les.txt", quiet).output.replace("meester Gym", "")


def test_a_teams_sender_written_surname_first_under_a_dated_time_stamp_is_one_name(check):
    post = ("[woensdag 4 februari 2026 09:12] Hengelo, Jan-Pieter\n"
            "Kan iemand de map van groep 6 in de kast leggen?\n"
            "\n"
            "[woensdag 4 februari 2026 09:15] de Wit, Lotte\n"
            "Doe ik straks.\n")
    result = check("teams.txt", post)
    assert reported_at(result, "teams.txt", post, "Hengelo, Jan-Pieter"), result.output
    assert reported_at(result, "teams.txt", post, "de Wit, Lotte"), result.output
    assert "A2-PLAATS" not in result.output, result.output


def test_a_child_is_no_animal_where_the_animal_stands_after_a_preposition(check):
    post = ("Bij de verkleedpartij wilde Jorrit eerst een piraat zijn.\n"
            "Jorrit is van piraat naar tijger gewisseld, en Jorrit had de mooiste staart.\n")
    result = check("feest.txt", post)
    assert reported_at(result, "feest.txt", post, "Jorrit eerst"), result.output
    assert "feest.txt:2:1: error A2-NAAM" in result.output, result.output
    quiet = "Op de kinderboerderij woont een geit. Bertha is de oudste geit van de boerderij.\n"
    assert "A2-NAAM" not in check("boerderij.txt", quiet).output


def test_two_lower_case_names_before_their_verb_count_when_one_is_a_word_too(check):
    post = "[05-06-2026 18:20:11] Karin: lieke en fleur zwemmen zaterdag allebei mee, betaald\n"
    result = check("chat.txt", post)
    assert reported_at(result, "chat.txt", post, "lieke"), result.output
    assert reported_at(result, "chat.txt", post, "fleur"), result.output
