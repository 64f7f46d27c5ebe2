"""As a user sees it from `screener check`: a post with German text (a letter from a partner school, a
bilingual host-family form, a greeting under a Dutch post) does not take German nouns for names, since German
capitalises every noun ("Besuch", "Klassenfahrt", "Mit freundlichen Grüßen"); German words in a Dutch
sentence ("lunch: Würstchen en Spätzle") and towns, lakes and streets abroad ("Gronau", "den Dümmersee",
"Bahnhofstraße") are no names either. The host family's names, a German teacher after "Frau" and a German
pupil in the same text are found still. The posts are made up for these tests."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""

NAME = "A2-NAAM"


def _name_lines(output: str, name: str) -> set[int]:
    return {int(line.split(":")[1]) for line in output.splitlines() if line.startswith(name + ":") and f" {NAME} " in line}


def test_a_german_letter_from_a_partner_school_is_quiet(check):
    post = ("# Post uit Duitsland\n\n"
            "Groep 7 kreeg een brief van de partnerschool in Gronau:\n\n"
            "Hallo liebe Freunde,\n"
            "wir sind die Klasse 4b. Im Herbst machen wir eine Klassenfahrt an den Dümmersee. Unser Lehrer sagt,\n"
            "dass wir dort Kanu fahren und Stockbrot am Lagerfeuer backen. Habt ihr auch eine Turnhalle mit\n"
            "Kletterwand? Wir freuen uns auf euren Besuch im Frühling!\n\n"
            "Mit freundlichen Grüßen aus der Bahnhofstraße\n")
    result = check("brief.md", post)
    assert result.exit_code == 0, result.output
    assert _name_lines(result.output, "brief.md") == set(), result.output


def test_german_words_in_a_dutch_programme_and_a_month_beside_its_date_are_no_names(check):
    post = ("Uitwisseling met Gronau, 3.–5. Juni 2027\n\n"
            "- 12.00 uur lunch: Würstchen, Spätzle en appelsap\n"
            "- 13.30 uur spelletjes op het schoolplein\n")
    result = check("programma.txt", post)
    assert _name_lines(result.output, "programma.txt") == set(), result.output
    assert result.exit_code == 0, result.output


def test_the_host_family_and_a_german_pupil_in_german_text_are_found(check):
    post = ("Anmeldung Gastfamilie / Aanmelding gastgezin\n\n"
            "Gastkind: Leonie Vosskamp, Klasse 4b bei Frau Terhorst\n"
            "Wir wohnen in der Nähe vom Bahnhof. Die Gastfamilie ist Familie Bruggink, die Tochter heißt Fenna.\n"
            "Unterschrift: Tobias Vosskamp\n")
    result = check("formulier.txt", post)
    assert result.exit_code == 1
    for needle in ("Leonie Vosskamp", "Frau Terhorst", "Familie Bruggink", "Fenna", "Tobias Vosskamp"):
        assert reported_at(result, "formulier.txt", post, needle), (needle, result.output)
    assert not reported_at(result, "formulier.txt", post, "Nähe") and not reported_at(result, "formulier.txt", post,
                                                                                      "Bahnhof"), result.output


def test_german_nouns_beside_a_pupils_name_stay_quiet_while_the_name_is_found(check):
    post = ("Liebe Eltern,\n\n"
            "am Freitag backt die Klasse Waffeln für das Schulfest. Jannik und seine Mutter bringen den Teig mit,\n"
            "und die Kinder verkaufen die Waffeln auf dem Marktplatz.\n")
    result = check("schulfest.txt", post)
    assert _name_lines(result.output, "schulfest.txt") == {3}, result.output
    assert reported_at(result, "schulfest.txt", post, "Jannik"), result.output


def test_an_ordinary_dutch_post_with_a_pupils_name_still_reports_it(check):
    post = "Vandaag heeft Sofie Hendriks uit groep 6 de voorleeswedstrijd gewonnen. Gefeliciteerd!\n"
    result = check("nieuws.txt", post)
    assert result.exit_code == 1
    assert reported_at(result, "nieuws.txt", post, "Sofie Hendriks"), result.output


def test_schools_abroad_named_after_a_saint_or_with_the_article_written_on_are_no_persons(check):
    post = ("Groep 8 schrijft dit jaar naar de Sankt-Ansgar-Schule in Gronau en naar l'École Jules Ferry in Lille.\n"
            "In mei bezoeken we het Don-Bosco-Gymnasium.\n\n"
            "Notre maîtresse s'appelle Madame Lefèvre.\n")
    result = check("scholen.txt", post)
    assert _name_lines(result.output, "scholen.txt") == {4}, result.output
    assert reported_at(result, "scholen.txt", post, "Lefèvre"), result.output


def test_a_word_beside_its_dutch_translation_is_no_name_while_two_pupils_parted_by_a_slash_are(check):
    post = ("Aanmelding / Anmeldung vóór 1 mei\n\n"
            "Vragen / Fragen: bel de administratie.\n"
            "Voorlezen: Sanne / Jonas uit groep 7.\n")
    result = check("aanmelding.txt", post)
    assert _name_lines(result.output, "aanmelding.txt") == {4}, result.output
    assert reported_at(result, "aanmelding.txt", post, "Sanne") and reported_at(result, "aanmelding.txt", post, "Jonas")


def test_a_german_song_line_quoted_in_a_dutch_paragraph_is_quiet_while_the_singers_are_found(check):
    post = ("Groep 4 oefent een Duits lied voor de partnerklas. Het begint zo:\n"
            "\"Wir fahren mit dem Bus nach Haus, denn wir sind schon müde.\" Daarna zongen Daan en Lieke het tweede"
            " couplet.\n")
    result = check("lied.txt", post)
    assert _name_lines(result.output, "lied.txt") == {2}, result.output
    assert not reported_at(result, "lied.txt", post, "denn") and not reported_at(result, "lied.txt", post, "Bus")
    assert reported_at(result, "lied.txt", post, "Daan") and reported_at(result, "lied.txt", post, "Lieke")
