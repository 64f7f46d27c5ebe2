"""As a user sees it from `screener check`: dates of birth in a school administration's export typed as a
Markdown table with empty cells, with or without its outer pipes, or in a column with no header word beside
the pupils' names; dates of birth in a parents' group chat ("ons meisje (12-9-2016)", "jarig op 12 mei,
wordt 8", a name and a date after a comma); an English newsletter of a Dutch school whose ordinary capitalised
words are no names while a pupil named in it still is; and a chat server's mentions of everyone, of a role,
of a bot and of a public body's page, which are no one's account, beside a person's handle, which is. Beside
each class a look-alike without personal data stays quiet. The posts are made up for these tests."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Klimop"]
public = ["info@obsdeklimop.nl"]
"""

BIRTH = "A2-GEBOORTEDATUM"


def _lines_with(output: str, name: str, rule: str) -> set[int]:
    return {int(line.split(":")[1]) for line in output.splitlines() if line.startswith(name + ":") and f" {rule} " in line}


def test_dates_of_birth_in_an_export_table_with_empty_cells_are_found_on_each_row(check):
    post = ("# Overdracht groep 8\n\n"
            "| Achternaam | Tussenv. | Roepnaam | Geb. datum | Groep | Opmerking |\n"
            "|---|---|---|---|---|---|\n"
            "| Hofstede | | Jelmer | 14-03-2014 | 8 | |\n"
            "| Veen | van der | Iris | 02-11-2013 | 8 | medicatie |\n"
            "| Kaya | | Deniz | 30-06-2014 | 8 | |\n")
    result = check("overdracht.md", post)
    assert result.exit_code == 1
    assert _lines_with(result.output, "overdracht.md", BIRTH) == {5, 6, 7}, result.output
    assert reported_at(result, "overdracht.md", post, "02-11-2013", BIRTH), result.output


def test_an_export_table_lined_up_with_padding_and_empty_cells_keeps_each_date_under_its_header(check):
    post = ("| Achternaam | Tussenv. | Roepnaam | Geboren    | Groep |\n"
            "|------------|----------|----------|------------|-------|\n"
            "| Hofstede   |          | Jelmer   | 14-03-2014 | 8     |\n"
            "| Veen       | van der  | Iris     | 2 nov 2013 |       |\n")
    result = check("lijst.md", post)
    assert _lines_with(result.output, "lijst.md", BIRTH) == {3, 4}, result.output


def test_a_markdown_table_without_its_outer_pipes_reports_the_dates_under_geb(check):
    post = ("Nieuwe leerlingen\n\nnaam | groep | geb. | herkomst\n--- | --- | --- | ---\n"
            "Jelmer Hofstede | 1 | 04-05-2022 | peuterspeelzaal\nIris Kaya | 1 | 17-06-2022 | kinderopvang\n")
    result = check("nieuw.md", post)
    assert _lines_with(result.output, "nieuw.md", BIRTH) == {5, 6}, result.output


def test_a_date_column_without_a_header_word_beside_the_pupils_names_is_a_column_of_dates_of_birth(check):
    post = ("| Naam | | Groep |\n|---|---|---|\n| Jelmer Hofstede | 04-02-2016 | 6 |\n"
            "| Iris Kaya | 19-10-2015 | 6 |\n| Deniz Veen | 11-01-2016 | 6 |\n")
    result = check("aanmeldingen.md", post)
    assert _lines_with(result.output, "aanmeldingen.md", BIRTH) == {3, 4, 5}, result.output


def test_tables_of_a_rota_a_deadline_and_a_schools_history_stay_quiet(check):
    rota = ("| Datum | Groep | Ouders nodig |\n|---|---|---|\n| 14-09-2026 | 3 en 4 | 2 |\n"
            "| 21-09-2026 | 5 en 6 | 3 |\n")
    assert check("rooster.md", rota).exit_code == 0
    deadline = "Onderdeel;Deadline;Betaald op\nSchoolreis;01-10-2026;15-09-2026\nKamp;15-03-2027;01-02-2027\n"
    assert check("betalingen.txt", deadline).exit_code == 0
    history = ("| Jaar | Gebeurtenis | Datum |\n|---|---|---|\n| 2016 | Nieuwe vleugel geopend | 14-03-2016 |\n"
               "| 2018 | Schoolplein vernieuwd | 02-06-2018 |\n")
    result = check("geschiedenis.md", history)
    assert result.exit_code == 0, result.output
    arrivals = ("| Naam | Instroom | Groep |\n|---|---|---|\n| Jelmer Hofstede | 01-09-2018 | 8 |\n"
                "| Iris Kaya | 01-09-2017 | 8 |\n")
    result = check("instroom.md", arrivals)
    assert BIRTH not in result.output, result.output  # the first school day, years back, under its header


def test_dates_of_birth_told_in_a_parents_chat_are_found_at_their_line(check):
    post = ("[14-05-2026 20:01:14] Gerda Wolters: Voor het verjaardagsboek, wie weet wanneer de kinderen jarig zijn?\n"
            "[14-05-2026 20:06:11] Ahmed Tahiri: Ons meisje (12-9-2016) wil graag een taart\n"
            "[14-05-2026 20:07:30] Gerda Wolters: Mijn jongste is 3 mei, wordt 7!\n"
            "[14-05-2026 20:08:02] Ahmed Tahiri: Yara Tahiri, 14 maart 2016, diploma B\n"
            "[14-05-2026 20:09:40] Gerda Wolters: En Sem is van 03-04-2017, hij wordt 9\n")
    result = check("chat.txt", post)
    assert result.exit_code == 1
    assert _lines_with(result.output, "chat.txt", BIRTH) == {2, 3, 4, 5}, result.output
    assert reported_at(result, "chat.txt", post, "12-9-2016", BIRTH), result.output


def test_dates_of_events_in_a_parents_chat_and_a_birth_cohort_stay_quiet(check):
    post = ("[14-05-2026 20:01:14] Gerda Wolters: Op 12 mei is het schoolreisje, op 14 mei wordt groep 8 opgehaald\n"
            "[14-05-2026 20:02:10] Ahmed Tahiri: Onze zoon zit sinds 1-9-2019 op deze school\n"
            "[14-05-2026 20:03:40] Gerda Wolters: De foto's van de musical van 12-03-2019 staan nog online\n"
            "[14-05-2026 20:04:00] Ahmed Tahiri: Kinderen die geboren zijn tussen 1 januari en 31 december 2018 "
            "krijgen een oproep\n")
    result = check("chat.txt", post)
    assert BIRTH not in result.output, result.output


ENGLISH = """# Newsletter for International Parents

Dear Parents,

Welcome back after the Autumn Break! We hope everyone had a wonderful holiday. This newsletter is for
the English-speaking families of our school.

## Upcoming Events

**Parent Evening** – Thursday 16 October in the Main Hall. Teachers will explain the Dutch school system
and how Reading Groups work. Please sign up through the app.

**Sports Day** – On Friday the whole school goes to the Sports Park. Bring Water Bottles and Sunscreen!

## Library Corner

Our School Library now has English Books for every group. Ask at Reception if you want to Volunteer.
Well done to all readers, and Great Job on the Reading Challenge.

Kind regards,

The Team
"""


def test_an_english_newsletter_of_a_dutch_school_names_nobody(check):
    result = check("newsletter.md", ENGLISH)
    assert result.exit_code == 0, result.output
    assert "A2-NAAM" not in result.output, result.output


def test_a_pupil_and_a_teacher_named_in_an_english_newsletter_are_still_found(check):
    post = ENGLISH.replace("Well done to all readers", "Jelmer from group 5 won the Drawing Contest. Well done to "
                           "all readers").replace("Ask at Reception", "Ask Mrs Hofstede at Reception")
    result = check("newsletter.md", post)
    assert result.exit_code == 1
    assert reported_at(result, "newsletter.md", post, "Jelmer"), result.output
    assert reported_at(result, "newsletter.md", post, "Mrs Hofstede"), result.output
    assert _lines_with(result.output, "newsletter.md", "A2-NAAM") == {17, 18}, result.output


def test_a_chat_servers_mentions_of_everyone_roles_bots_and_a_municipality_are_no_accounts(check):
    post = ("# Regels van onze Discord-server\n\n@everyone welkom! Lees de regels even door.\n\n"
            "1. Meldingen over pesten gaan naar @Moderators.\n"
            "2. Gebruik @here alleen bij iets dringends, en @channel nooit 's nachts.\n"
            "3. Vragen over huiswerk? Tag @Leerkrachten of @Groep 7.\n"
            "4. De bot @MEE6 deelt de rollen uit.\n"
            "5. Nieuws van de gemeente staat op @gemeentedeventer.\n")
    result = check("regels.md", post)
    assert result.exit_code == 0, result.output
    assert "A2-ACCOUNT" not in result.output, result.output


def test_a_persons_handle_among_role_mentions_is_still_an_account(check):
    post = ("Tag @Moderators als er iets is.\nVolg onze oud-leerling @jelmer.tekent2014 voor zijn tekeningen.\n"
            "Vragen over de brandweerles? Die gaan naar @brandweer_marco_dv.\n")
    result = check("regels.md", post)
    assert result.exit_code == 1
    assert _lines_with(result.output, "regels.md", "A2-ACCOUNT") == {2, 3}, result.output


def test_a_pipe_export_in_a_text_file_with_a_title_above_its_header_reports_the_dates_under_geb_datum(check):
    post = ("| Leerlingenlijst groep 5 – schooljaar 2026/2027 |\n"
            "| naam | roepnaam | geb. datum | groep |\n|---|---|---|---|\n"
            "| Hofstede, J. | Jelmer | 14-03-2016 | 5 |\n| Kaya, I. | Iris | 02-11-2015 | 5 |\n")
    result = check("lijst.txt", post)
    assert _lines_with(result.output, "lijst.txt", BIRTH) == {4, 5}, result.output


def test_a_chat_message_answering_a_question_about_a_birthday_reports_its_date_but_not_after_another_question(check):
    post = ("[14-05-2026 20:01:14] Gerda Wolters: Wat is de geboortedatum van Sem? Ik vul het zwemformulier in\n"
            "[14-05-2026 20:02:10] Ahmed Tahiri: 03-04-2017\n"
            "[14-05-2026 20:03:40] Gerda Wolters: En wanneer is de ouderavond?\n"
            "[14-05-2026 20:04:00] Ahmed Tahiri: Op 12 mei\n")
    result = check("chat.txt", post)
    assert _lines_with(result.output, "chat.txt", BIRTH) == {2}, result.output


def test_countries_and_cities_by_their_english_names_are_no_persons_while_a_pupil_beside_them_is(check):
    post = ("# Welcome back\n\n"
            "Saint Nicholas arrives by steamboat from Spain, and after Christmas group 8 writes to pen pals in "
            "Poland and Germany.\n"
            "Noah from group 5 told us about his trip to London and Brussels.\n")
    result = check("welcome.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "welcome.md", post, "Noah"), result.output
    assert result.output.count("A2-NAAM") == 1, result.output
