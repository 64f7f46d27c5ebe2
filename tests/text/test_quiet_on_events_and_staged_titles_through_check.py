"""An event named after its town or its course, and a title named after its hero, are no persons, as a user sees it
from `screener check`: "de Olympische Spelen van Sydney", "de Winterspelen van Sapporo", "de Enschede Marathon", "de
Brink tot Brinkloop", "de musical Kees de jongen" with "Kees" sung again, "van Soldaat van Oranje tot Annie". A
person's run or fair ("de marathon van Anna Jansen", "de kermis van Sem") and children in a range ("van Sem tot
Daan") are still found. The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_events_named_after_a_town_or_a_course_are_no_persons(check):
    post = ("# Sportieve ouders\n\n"
            "Onze gymjuf zag de Olympische Spelen van Sydney en de Winterspelen van Sapporo nog van dichtbij. Dit\n"
            "jaar lopen ouders de Brink tot Brinkloop en de Enschede Marathon voor kids.\n")
    result = check("sport.md", post)
    assert "A2-NAAM" not in result.output, result.output
    assert result.exit_code == 0, result.output


def test_a_persons_run_or_fair_is_still_a_person(check):
    post = "Het was de kermis van Sem en de marathon van Anna Jansen.\n"
    result = check("kermis.md", post)
    assert reported_at(result, "kermis.md", post, "Sem"), result.output
    assert reported_at(result, "kermis.md", post, "Anna Jansen"), result.output


def test_a_staged_title_and_its_hero_again_and_a_range_of_titles_are_no_persons(check):
    post = ("# Naar het theater\n\n"
            "Groep 8 zag de musical Kees de jongen. In de bus zongen ze nog lang \"Ik ben Kees\".\n"
            "Van Soldaat van Oranje tot Annie: wie weet staan jullie er later ook.\n")
    result = check("theater.md", post)
    assert "A2-NAAM" not in result.output, result.output


def test_children_in_a_range_are_still_found(check):
    post = "Alle leerlingen van Sem tot Daan deden mee.\n"
    result = check("range.md", post)
    assert reported_at(result, "range.md", post, "Sem"), result.output
    assert reported_at(result, "range.md", post, "Daan"), result.output
