"""Ordinary posts that a reader sees hold no person's name, as a user sees it from `screener check`: a name
right after the word for its kind ("de app Planeetjager", "Veiligheidsregio Rivierenland", "zorgboerderij De
Notenhoeve"), a quoted title beside another or after a team, a farm's or a working animal's name, a verb's
form in lower case ("als het brandt"), a step of instructions that opens with a verb and a number ("Kam drie
keer"), and the words heading a web page's table. A child's name in the same places is still found. The posts
are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_name_right_after_the_word_for_its_kind_is_no_persons(check):
    post = ("# Ruimteweek\n\n"
            "Thuis oefenen kan met de app Planeetjager en met de methode Samen Rekenen.\n"
            "Vrijdag keken we de film Kapitein Zeebonk.\n\n"
            "Dank aan Veiligheidsregio Rivierenland voor de gastles, en aan zorgboerderij De Notenhoeve voor de rondleiding.\n"
            "In de nieuwbouwwijk Oosterhagen komt een nieuwe speeltuin.\n")
    result = check("ruimteweek.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_beside_a_word_for_a_kind_is_still_found(check):
    post = ("# Fenna wint de voorleeswedstrijd\n\n"
            "Bij de film keek Fenna mee, en Daan uit groep 6 bouwde iets in de app van Noor.\n")
    result = check("voorlezen.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "voorlezen.md", post, "Fenna wint"), result.output
    for name in ("Daan", "van Noor"):  # "van Noor" as the finding reads it
        assert reported_at(result, "voorlezen.md", post, name), result.output


def test_quoted_titles_beside_each_other_and_a_quoted_team_are_no_persons(check):
    post = ('# Lampionnen\n\nWe oefenen in de klas "Zie de maan schijnt door de bomen" en "Hoppeldepop".\n\n'
            '1e plaats: team "Bliksemflits" van groep 7.\n')
    assert check("lampionnen.md", post).exit_code == 0


def test_a_child_after_a_quoted_team_is_still_found(check):
    post = '1e plaats: team "Bliksemflits" van groep 7. Noor uit groep 5 scoorde het vaakst.\n'
    result = check("toernooi.md", post)
    assert reported_at(result, "toernooi.md", post, "Noor"), result.output


def test_a_farms_animals_and_a_working_dog_are_no_persons(check):
    post = ("# Op de kinderboerderij\n\n"
            "Reddingshond Bruno liet zien hoe hij zoekt. Greta is de oudste geit van de boerderij.\n"
            "Pien en Floor waren vorige maand nog lammetjes. De eenden heten allemaal Kwak, zei de boer.\n")
    result = check("boerderij.md", post)
    assert result.exit_code == 0, result.output


def test_a_child_playing_or_walking_an_animal_is_still_found(check):
    post = "Sem was de wolf in de musical. Daan is de hond van de buren aan het uitlaten.\n"
    result = check("musical.md", post)
    for name in ("Sem", "Daan"):
        assert reported_at(result, "musical.md", post, name), result.output


def test_a_verbs_form_in_lower_case_is_no_name_but_a_child_in_lower_case_is(check):
    post = "wat doe je als het ergens brandt? bel 112! fenna en joep uit groep 6 wisten het meteen.\n"
    result = check("brandweer.txt", post)
    assert "'b*****'" not in result.output, result.output
    assert reported_at(result, "brandweer.txt", post, "fenna"), result.output


def test_a_step_that_opens_with_a_verb_and_a_number_is_no_name(check):
    post = "Zo pak je luizen aan:\n\n- Kam drie keer per week met een netenkam.\n- Was de knuffels op 60 graden.\n"
    assert check("luizen.md", post).exit_code == 0


def test_a_child_with_her_age_opening_a_line_is_still_found(check):
    post = "Nieuw in groep 3:\n\n- Kim 6 jaar, houdt van tekenen\n"
    result = check("nieuw.md", post)
    assert reported_at(result, "nieuw.md", post, "Kim"), result.output


TABLE = """<!DOCTYPE html>
<html lang="nl"><body>
<h1>Musical groep 8</h1>
<p>Vrijdag speelt groep 8 de musical in de aula.</p>
<table>
  <tr><th>Zaal</th><th>Groepen</th><th>Tijd</th></tr>
  <tr><td>Aula</td><td>5 en 6</td><td>13.00 uur</td></tr>
</table>
<table>
  <tr><th>Rol</th><th>Gespeeld door</th></tr>
  <tr><td>Verteller</td><td>{player}</td></tr>
</table>
</body></html>
"""


def test_the_words_heading_a_web_pages_table_are_no_names(check):
    result = check("musical.html", TABLE.format(player="groep 8 samen"))
    assert result.exit_code == 0, result.output


def test_a_child_in_the_body_of_that_table_is_still_found(check):
    post = TABLE.format(player="Fenna de Boer")
    result = check("musical.html", post)
    assert reported_at(result, "musical.html", post, "Fenna de Boer"), result.output


def test_a_phone_app_verb_before_a_name_still_finds_the_name(check):
    post = "Vragen over de bieb? Bel of app Jolien: 06-12345678.\n"
    result = check("bieb.md", post)
    assert reported_at(result, "bieb.md", post, "Jolien"), result.output


def test_a_method_listed_whole_after_its_kind_stays_quiet(check):
    post = "Ik reken graag met de methode Getal & Ruimte Junior en lees graag voor.\n"
    assert check("nieuw.md", post).exit_code == 0


def test_a_compound_or_participle_opening_a_line_is_no_name(check):
    post = ("Zomerpostkaarten groep 5 – kaarten uit Zwolle\n"
            "Gedownload op 12-03-2027 om 10:14\n\n"
            "Hoi allemaal, wij schrijven jullie een kaart.\n")
    assert check("kaarten.txt", post).exit_code == 0


def test_a_long_unknown_name_opening_a_line_is_still_found(check):
    post = "Xylander uit groep 5 won de tekenwedstrijd.\nMaximiliaan uit groep 4 werd tweede.\n"
    result = check("tekenen.txt", post)
    for name in ("Xylander", "Maximiliaan"):
        assert reported_at(result, "tekenen.txt", post, name), result.output


def test_a_bus_company_a_towns_building_and_an_aldermans_portfolio_are_no_persons(check):
    post = ("De bus van Hofstede brengt ons naar de grote zaal van de Zwolle\nSchouwburg.\n"
            "In Minecraft bouwden we de Deventer Waag na, en wethouder Onderwijs kwam kijken.\n")
    result = check("uitje.md", post)
    assert result.exit_code == 0, result.output


def test_a_surname_after_van_and_an_alderman_by_name_are_still_found(check):
    post = "Groetjes van de Vries. Wethouder Bakker opende de nieuwe speeltuin.\n"
    result = check("speeltuin.md", post)
    assert reported_at(result, "speeltuin.md", post, "van de Vries"), result.output
    assert reported_at(result, "speeltuin.md", post, "Wethouder Bakker"), result.output


def test_a_name_joined_to_a_verbs_compound_and_cuddly_toys_are_no_persons(check):
    post = ("Maak een kroon in de Juliana-knutselles.\n"
            "In groep 1 praten we met Saar en Tom, de knuffels uit de methode.\n")
    result = check("knutselen.md", post)
    assert result.exit_code == 0, result.output


def test_quiz_options_set_out_on_one_line_are_no_initials_but_children_as_options_stay_names(check):
    post = ("1. Welk lied zongen we bij de opening?\n   A. Zonnestraal  B. Regenboog  C. Vlinders in de Wind\n\n"
            "2. Wie won de voorleeswedstrijd?\n   A. Fenna  B. Daan  C. Noor\n")
    result = check("quiz.md", post)
    assert "'B. R********'" not in result.output and "'R********'" not in result.output, result.output
    assert reported_at(result, "quiz.md", post, "Fenna"), result.output


BOOK_LIST = """<!DOCTYPE html>
<html lang="nl"><body>
<h1>Boekentips</h1>
<ul>
  <li><strong>Groep 1/2:</strong> <em>Het Rode Vosje</em> van Annemarie Bon en <em>Kleine Kees</em> van {author}.</li>
</ul>
<p>Tweede werd <em>Rosa</em>, over een meisje dat heel hard kan fietsen.</p>
</body></html>
"""


def test_an_emphasised_title_in_a_list_item_with_a_bold_label_and_a_title_with_its_subject_are_quiet(check):
    result = check("boeken.html", BOOK_LIST.format(author="Harmen van Straaten"))
    assert result.exit_code == 0, result.output


def test_a_pupil_after_an_emphasised_title_in_that_list_is_still_found(check):
    post = BOOK_LIST.format(author="Sem Bakker (groep 7)")
    result = check("boeken.html", post)
    assert reported_at(result, "boeken.html", post, "Sem Bakker"), result.output


def test_a_firm_after_a_compound_of_its_kind_and_a_shop_with_its_town_are_no_persons(check):
    post = ("Dank aan de sponsors van de sponsorloop!\n\n"
            "🎵 Dansschool Swing & Bas voor de muziek, en Bruna Zwolle voor de bekers.\n")
    result = check("sponsorloop.txt", post)
    assert result.exit_code == 0, result.output


def test_a_child_after_school_and_a_shops_name_as_a_childs_with_a_surname_are_still_found(check):
    post = "Na school speelde Fenna nog buiten. Bruna Jansen uit groep 5 hielp mee.\n"
    result = check("buiten.txt", post)
    assert reported_at(result, "buiten.txt", post, "Fenna"), result.output
    assert reported_at(result, "buiten.txt", post, "Bruna Jansen"), result.output


def test_a_participle_after_a_long_first_line_of_an_export_is_no_name(check):
    post = ('Padlet: "Wat vond jij van de sportdag op het nieuwe veld?" – groep 7, OBS De Lindehof\n'
            "Gedownload op 19-03-2027 om 15:02\n\nHet was leuk!\n")
    assert check("padlet.txt", post).exit_code == 0


def test_a_person_after_an_organisation_and_a_name_that_ends_like_an_animal_are_still_found(check):
    post = ("Namens de politie Fenna Jansen kwam een wijkagent kijken.\n"
            "Gisteren hielp Nusrat Khan met opruimen.\n")
    result = check("opruimen.md", post)
    assert reported_at(result, "opruimen.md", post, "Fenna Jansen"), result.output
    assert reported_at(result, "opruimen.md", post, "Nusrat Khan"), result.output


def test_animals_told_as_a_storys_characters_are_no_persons_but_a_surname_alone_is(check):
    post = ("# Chinees Nieuwjaar\n\nDe Rat sprong op de rug van de Os en won de race. Daarna kwamen de Tijger en het "
            "Konijn.\n")
    assert check("nieuwjaar.md", post).exit_code == 0
    post = "Gisteren spraken we met de Vos over het schoolplein.\n"
    result = check("plein.md", post)
    assert result.exit_code == 1, result.output
