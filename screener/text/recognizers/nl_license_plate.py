"""Dutch licence plate (kenteken) in the RDW side codes 1-14, written with dashes:
XX-99-99, 99-99-XX, 99-XX-99, XX-99-XX, XX-XX-99, 99-XX-XX, 99-XXX-9, 9-XXX-99, XX-999-X,
X-999-XX, XXX-99-X, X-99-XXX, 9-XX-999, 999-XX-9. In capitals, or all in lower case as people
type them in a chat ("xf-28-zr"): then only with the consonants the RDW issues, so that a word
such as "ik-12-je" is no plate. In lower case also with spaces for the dashes ("ghx 74 p"), then
only in the side codes of a group of three that open with letters (XX-999-X, X-999-XX, XXX-99-X,
X-99-XXX), and only with a car near ("kenteken", "auto", "geparkeerd"): "tm 12 30", "10 mnd 3" and
"3 dvd 12 x" are no plate."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from screener.text.recognizers.base import AnyWord, NlPatternRecognizer, after, before

L, D = "[A-Z]", r"\d"
LOWER = "[bdfghjklmnprstvxz]"  # the RDW issues no vowels and no C, Q, W, Y on current plates
SHAPES = [
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
    "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
]

VEHICLE = regex.compile(r"\b(?:kenteken|nummerbord|auto|wagen|busje|bus|bestelbus|geparkeerd|parkeer|parkeren|"
                        r"rijdt|rijden|scooter|brommer|motor)", regex.IGNORECASE)
# the same, looked for as plain words first ("bus" also in "busje", "auto" in "autoriteit"), then as VEHICLE
VEHICLE_IN_TEXT = AnyWord("kenteken", "nummerbord", "auto", "wagen", "bus", "geparkeerd", "parkeer", "rijdt", "rijden",
                          "scooter", "brommer", "motor", then=VEHICLE)
SPACED_SHAPES = ["LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL"]
# what every shape has in common, looked for before the fourteen shapes are tried one by one at a spot:
# three groups of one to three characters joined by dashes
THREE_GROUPS = r"(?=\w{1,3}-\w{2,3}-\w{1,3}(?![\w-]))"


def _shape_regex(shape: str, letter: str = L, dash: str = "-") -> str:
    return "".join({"L": letter, "D": D, "-": dash}[c] for c in shape)


class NlLicensePlateRecognizer(NlPatternRecognizer):
    ENTITY = "A2-KENTEKEN"
    PATTERNS = [
        Pattern("kenteken", r"(?<![\w-])" + THREE_GROUPS + "(?:" + "|".join(_shape_regex(s) for s in SHAPES)
                + r")(?![\w-])", 0.6),
        Pattern("kenteken_lower", r"(?<![\w-])" + THREE_GROUPS + "(?:" + "|".join(_shape_regex(s, LOWER) for s in SHAPES)
                + r")(?![\w-])", 0.5),
    ]
    CONTEXT = ["kenteken", "auto", "nummerbord", "geparkeerd", "busje", "bus"]
    REGEX_FLAGS = regex.MULTILINE
    NEEDS = regex.compile(r"\w-\w{2,3}-\w")  # the three groups joined by dashes, looked for once in the text


CONSONANT = "[BDFGHJKLMNPRSTVXZ]"


class NlSpacedLicensePlateRecognizer(NlLicensePlateRecognizer):
    """A plate typed in lower case with spaces ("ghx 74 p"), or in capitals without its dashes or with spaces
    for them in any side code ("GF1234", "GF 12 HZ"), then only with the consonants the RDW issues, so that
    "AB1234" or "PO 12 34" is no plate: run only on a text about a car, and kept only with a car near."""

    PATTERNS = [
        Pattern("kenteken_lower_spaced", r"(?<![\w-])(?=" + LOWER + r"{1,3} \d)(?:"
                + "|".join(_shape_regex(s, LOWER, " ") for s in SPACED_SHAPES) + r")(?![\w-])", 0.5),
        Pattern("kenteken_joined", r"(?<![\w-])(?:" + "|".join(_shape_regex(s, CONSONANT, "") for s in SHAPES)
                + r")(?![\w-])", 0.5),
        Pattern("kenteken_spaced", r"(?<![\w-])(?:" + "|".join(_shape_regex(s, CONSONANT, " ") for s in SHAPES)
                + r")(?![\w-])", 0.5),
    ]
    NEEDS = VEHICLE_IN_TEXT

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        return VEHICLE.search(before(text, result, 80) + " " + after(text, result, 80)) is not None

