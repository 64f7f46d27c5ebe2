"""Identifiers typed the way phones and word processors type them, seen from `screener check`: a
contact list with a non-breaking hyphen in a phone number, a postcode with two spaces, a house number
with a suffix, a date of birth with an abbreviated month; and the school's own contact data typed the
same ways, which stays no finding, in a post that exits 0 and is left as it was."""

from __future__ import annotations

from helpers import reported_at

CONFIG = """
[organisation]
name = "Stichting Kindwijs"
schools = ["OBS De Zonnewijzer"]
public = ["Zonnebloemstraat 4", "7421 EF Deventer", "0570-623451", "NL95 RABO 3568 7136 08"]
"""

CONTACT_LIST = (
    "# Contactlijst hulpouders schoolreis\n"
    "\n"
    "- Mirjam Kooistra, Esdoornlaan 14 hs, 7413\u00a0 KP Deventer, tel. 06\u201151293847\n"
    "- Youssef Amrani: 06\u201392 83 74 65, woont Kastanjelaan 3-II, 7414  BR Deventer\n"
    "\n"
    "Nog even voor de verzekering: Jesse (groep 5) is geboren op 14 febr. 2017.\n"
)


def test_a_contact_list_typed_with_odd_hyphens_and_spaces_is_reported_where_each_item_stands(check):
    result = check("hulpouders.md", CONTACT_LIST)
    assert result.exit_code == 1, result.output
    for needle, rule in [("06\u201151293847", "A2-TELEFOON"), ("06\u201392 83 74 65", "A2-TELEFOON"),
                         ("Esdoornlaan 14 hs", "A2-ADRES"), ("Kastanjelaan 3-II", "A2-ADRES"),
                         ("7413\u00a0 KP", "A2-POSTCODE"), ("7414  BR", "A2-POSTCODE"),
                         ("14 febr. 2017", "A2-GEBOORTEDATUM")]:
        assert reported_at(result, "hulpouders.md", CONTACT_LIST, needle, rule), (needle, result.output)


SCHOOL_NEWS = (
    "# Open dag op vrijdag 6\u00a0maart 2026\n"
    "\n"
    "Welkom van 8.30\u201312.00 uur aan de Zonnebloemstraat\u00a04, 7421  EF Deventer. Vragen? Bel de\n"
    "administratie: 0570\u2011623451. De ouderbijdrage (\u20ac\u00a045,50) graag naar NL95.RABO.3568.7136.08.\n"
    "Groep 5/6 en groep 7\u20138 laten hun werk zien; de uitslag van de voetbalquiz was 3\u20132.\n"
    "Het boek van de maand: ISBN 978\u201190\u2011451\u20111234\u20115.\n"
)


def test_the_schools_own_contact_data_typed_with_odd_dashes_and_spaces_stays_quiet(check, tmp_path):
    result = check("open-dag.md", SCHOOL_NEWS)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "open-dag.md").read_text(encoding="utf-8") == SCHOOL_NEWS
