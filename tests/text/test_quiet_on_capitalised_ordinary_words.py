"""A capitalised ordinary word is no name, as a user sees it from `screener check`: a Markdown heading of
one plural noun right over its paragraph ("### Vogels" then the birds seen). A first name on such a heading
is still found ("### Sanne"). The posts are made up."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Eikenrijk"
schools = ["OBS De Lindehof"]
public = ["Beukenlaan 4", "7411 AB Deventer", "info@obslindehof.nl"]
"""


def test_a_heading_of_a_plural_noun_right_over_its_paragraph_is_no_name(check):
    post = ("---\ntitel: \"Natuurwandeling\"\n---\n\n"
            "Groep 5 liep door het park.\n\n"
            "### Vogels\n"
            "We zagen een merel en een roodborstje.\n\n"
            "### Bomen\n"
            "De eik is de oudste boom van het park.\n")
    result = check("wandeling.md", post)
    assert result.exit_code == 0, result.output


def test_a_first_name_on_a_heading_right_over_its_paragraph_is_still_found(check):
    post = ("# Nieuws uit groep 5\n\n"
            "Groep 5 liep door het park.\n\n"
            "### Sanne\n"
            "Ze zag een merel en een roodborstje.\n")
    result = check("nieuws.md", post)
    assert result.exit_code == 1, result.output
    assert reported_at(result, "nieuws.md", post, "Sanne"), result.output
