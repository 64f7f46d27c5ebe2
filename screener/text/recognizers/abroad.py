"""Which country the words around a number name: "mijn nummer in Polen", "(Spaans nummer)", a column
"Telefoon (PL)", "Handy (Deutschland)". Families write to and from many countries; a national number of
theirs ("512 384 907", "678 41 29 03") is only a phone number for the country the post names beside it.

The country names come from the `phonenumbers` library's own table of region names (Dutch, English and the
languages of the families at the schools), the adjectives a Dutch sentence uses ("Pools", "Spaanse") from the
short list below, and a region's code in brackets ("(PL)", "(DE)").
"""

from __future__ import annotations

import functools
import re

from phonenumbers.geodata.locale import LOCALE_DATA

from screener.text.recognizers import table_column

LANGUAGES = ("nl", "en", "de", "fr", "es", "pl", "tr", "it", "pt", "uk", "ru", "ar")
# how a Dutch sentence says where a number is from: "een Pools nummer", "de Spaanse gsm", "Turks mobiel"
ADJECTIVES = {
    "PL": "Pools Poolse", "DE": "Duits Duitse", "BE": "Belgisch Belgische", "TR": "Turks Turkse",
    "MA": "Marokkaans Marokkaanse", "SY": "Syrisch Syrische", "UA": "Oekraïens Oekraïense", "GB": "Brits Britse Engels Engelse",
    "ES": "Spaans Spaanse", "FR": "Frans Franse", "IT": "Italiaans Italiaanse", "PT": "Portugees Portugese",
    "RO": "Roemeens Roemeense", "BG": "Bulgaars Bulgaarse", "HR": "Kroatisch Kroatische", "RS": "Servisch Servische",
    "GR": "Grieks Griekse", "LT": "Litouws Litouwse", "LV": "Lets Letse", "HU": "Hongaars Hongaarse",
    "CZ": "Tsjechisch Tsjechische", "SK": "Slowaaks Slowaakse", "AT": "Oostenrijks Oostenrijkse", "CH": "Zwitsers Zwitserse",
    "IE": "Iers Ierse", "DK": "Deens Deense", "SE": "Zweeds Zweedse", "NO": "Noors Noorse", "FI": "Fins Finse",
    "US": "Amerikaans Amerikaanse", "EG": "Egyptisch Egyptische", "IQ": "Iraaks Iraakse", "IR": "Iraans Iraanse",
    "AF": "Afghaans Afghaanse", "ER": "Eritrees Eritrese", "SO": "Somalisch Somalische", "SR": "Surinaams Surinaamse",
}
CODE_IN_BRACKETS = re.compile(r"\((?-i:([A-Z]{2}))\)")
REACH = 60  # characters around a number, on its line, in which a country is named


@functools.cache
def _regions_by_name() -> dict[str, str]:
    """Each country's names in LANGUAGES and its Dutch adjectives, in lower case, to its region code."""
    names: dict[str, str] = {}
    for region, by_language in LOCALE_DATA.items():
        for language in LANGUAGES:
            name = by_language.get(language, "")
            while name.startswith("*"):  # "*de": the same as in German
                name = by_language.get(name[1:], "")
            if name and len(name) >= 4:
                names.setdefault(name.lower(), region)
    for region, words in ADJECTIVES.items():
        for word in words.split():
            names[word.lower()] = region
    return names


@functools.cache
def _country_words() -> re.Pattern:
    words = sorted(_regions_by_name(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def regions_near(text: str, start: int, end: int) -> list[str]:
    """The regions the words around text[start:end] name, on its line and within REACH characters, nearest
    first, then those of its table column's header ("Telefoon gastgezin (PL)")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo, hi = max(line_start, start - REACH), min(line_end, end + REACH)
    found = []
    for window, offset in ((text[lo:start], start), (text[end:hi], end)):
        found += [(abs(m.start() + (lo if offset == start else end) - offset), _region(m)) for m in
                  (*_country_words().finditer(window), *CODE_IN_BRACKETS.finditer(window))]
    regions = [region for _, region in sorted(found) if region]
    for column in table_column.columns(text, start):
        regions += [_region(m) for m in (*_country_words().finditer(column.header),
                                         *CODE_IN_BRACKETS.finditer(column.header))]
    return list(dict.fromkeys(r for r in regions if r and r != "NL"))  # a Dutch number is nl_phone's own


def _region(match: re.Match) -> str:
    if match.re is CODE_IN_BRACKETS:
        code = match.group(1)
        return code if code in LOCALE_DATA and code != "NL" else ""
    return _regions_by_name().get(match.group().lower(), "")
