"""Dutch postcode: four digits (not starting with 0) and two capital letters, e.g. 1234 AB or
1234AB (also 1234ab). Letter pairs SA, SD and SS are never issued; "1250 mg" is a dose, but "7412 ML
Deventer" under a street and house number is a postcode.
In lower case with a space ("3025 ab") only where an address puts it: before a town ("3025 ab
Rotterdam") or after a house number ("Merelstraat 7, 3025 ab"), near a street with a house number (a chat:
"jullie wonen toch Zandweerdlaan 41?" - "ja, voor de navigatie: 7415 dz") or after a word such as
"postcode", and never when the letters are a word: "in 2023 en 2024", "2023 in Deventer". So too with two spaces, a tab or a dash between digits and letters, in any case:
"Dorpsstraat 3  7415  KP  Deventer", "Postcode: 7415-KP"."""

from __future__ import annotations

import regex
import re

from presidio_analyzer import Pattern

from screener.text.recognizers.base import NlPatternRecognizer, after, before

TOWN_AFTER = re.compile(r"^\s+(?:'s-|'t |den |de )?[A-Z][a-z]")
NUMBER_BEFORE = re.compile(r"\d+\s*[a-zA-Z]{0,3}(?:-\w{1,3})?\s*,\s*$")
STREET = re.compile(r"\b[A-Z][a-zà-ÿ]+(?:straat|weg|laan|plein|singel|hof|kade|dijk|gracht|steeg|pad|dreef|park|"
                    r"markt|ring|allee|wal|haven|veld|erf)\s+\d")
LABEL_BEFORE = re.compile(r"\b(?:postcode|adres|navigatie|navi|tomtom|woont|wonen)\b[^.!?\n]{0,30}$", re.IGNORECASE)
WORDS = {"en", "in", "op", "om", "of", "na", "te", "al", "er", "is", "ik", "je", "ze", "we", "zo", "nu", "ja", "de",
         "el", "uw", "nr", "ca", "km", "tm", "vs", "bv", "ol", "uu", "to", "at", "on", "an", "as", "or", "by", "it"}
PLATE_LABEL_BEFORE = re.compile(r"\b(?:kenteken|nummerbord)\w*\s*(?:[:=]|is|was)?\s*$", re.IGNORECASE)
ODD_SEPARATOR = r"(?:[ \t]{2,3}|\t| ?- ?)"
ODD_SEPARATOR_RE = re.compile(r"\d" + ODD_SEPARATOR + r"[A-Za-z]")
UNITS = {"mg", "ml", "kg", "km", "cm", "mm", "dl", "cl", "gr", "kb", "mb", "gb", "tb", "uf", "pk", "kw", "ha", "st"}


class NlPostcodeRecognizer(NlPatternRecognizer):
    ENTITY = "A2-POSTCODE"
    PATTERNS = [
        Pattern("postcode_capitals", r"(?<![\w-])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\w-])", 0.6),
        Pattern("postcode_lower_joined", r"(?<![\w-])[1-9]\d{3}(?!sa|sd|ss)[a-z]{2}(?![\w-])", 0.5),
        Pattern("postcode_lower_spaced", r"(?<![\w-])[1-9]\d{3} (?!sa|sd|ss)[a-z]{2}(?![\w-])", 0.5),
        # after the country's code an international letter puts first: "NL-7413 EH"
        Pattern("postcode_after_country", r"(?<=\bNL-)[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\w-])", 0.6),
        # two spaces, a tab or a dash between digits and letters ("7415  KP", "7415-KP"): only where an address puts it
        Pattern("postcode_odd_separator", r"(?<![\w-])[1-9]\d{3}" + ODD_SEPARATOR
                + r"(?!SA|SD|SS|sa|sd|ss)(?:[A-Z]{2}|[a-z]{2})(?![\w-])", 0.5),
    ]
    CONTEXT = ["postcode", "adres", "woont", "wonen", "straat"]
    REGEX_FLAGS = regex.MULTILINE
    PATTERN_NEEDS = {"postcode_after_country": regex.compile(r"NL-\d")}

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        value = text[result.start : result.end]
        if value[-2:].lower() in UNITS:  # "1250 mg" is a dose; "7412 ML Deventer" under a street is a postcode
            return value[-2:].isupper() and " " in value and bool(TOWN_AFTER.match(after(text, result, 20))) \
                and STREET.search(before(text, result, 200)) is not None
        if PLATE_LABEL_BEFORE.search(before(text, result, 30)):
            return False  # "kenteken 1234GF": a plate of side code 2 typed without its dashes
        odd = ODD_SEPARATOR_RE.search(value) is not None
        if not odd and (" " not in value or not value[-2:].islower()):
            return True
        if value[-2:].lower() in WORDS:
            return False
        return bool(TOWN_AFTER.match(after(text, result, 20)) or NUMBER_BEFORE.search(before(text, result, 30))
                    or LABEL_BEFORE.search(before(text, result, 60))
                    or STREET.search(before(text, result, 200) + " " + after(text, result, 100)))
