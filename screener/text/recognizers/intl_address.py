"""A home address abroad, the way its country writes it, with its house number and flat:

- the street's type first, abbreviated or not: Polish and Ukrainian "ul. Długa 5/2", "al. Kraśnicka 88 m. 14",
  "os. Widok 7/19", "vul. Shevchenka 41, kv. 9"; French, Spanish, Italian, Portuguese "Rue Ibn Tofail 27",
  "C/ de la Libertad 23, 2º B", "Avenida da Liberdade 110", "Via Roma 12";
- the street's type after its name: Turkish "Bahariye Cad. No: 48 D: 7", "Gül Sok. 5/3", German "Warendorfer
  Straße 112", "Kölner Str. 4" (a German street in one word, "Hauptstraße 5", is `nl_address`'s);
- whatever the street is called, when a postcode and a town follow it: "Am Burloh 19, 48157 Münster",
  "Hohenzollernring 7a, 48145 Münster" (the address line's structure says it is one).

The number first ("12 rue Victor Hugo", "27 Cranbrook Road") is `nl_address`'s. The flat after the number: "/2",
"m. 14", "kv. 9", "apt. 3", "D: 7", "Daire 3", "2º B", "bus 3", "bte 3". A count or a group after a word is no address
("groep 8, 20-150 ..." is not written; "Klas 6b" has no postcode after it).
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from screener.text.recognizers.base import AnyWord, NlPatternRecognizer, before
from screener.text.recognizers.nl_address import NUMBERED_BEFORE

WORD = r"\p{Lu}[\p{L}'’-]*\.?"  # "Długa", "Ibn", "Kraśnickie", "Cad."
SMALL = r"(?:de|la|del|los|las|di|da|do|dos|das|della|du|des|le|der|den|von|van|am|an|auf|im|zum|zur|ibn|bin|el|al|i|w)"
STREET_NAME = WORD + r"(?:[ \t](?:" + WORD + r"|" + SMALL + r"|\d{1,2}(?=[ \t]\p{Lu}))){0,3}"  # "3 Maja" of "ul. 3 Maja"
# the flat after a house number: "/2", " m. 14", ", kv. 9", " D: 7", " Daire 3", ", 2º B", " bus 3"
FLAT = (r"(?:[ \t]?/[ \t]?\d{1,4}[A-Za-z]?"
        r"|,?[ \t](?:m|lok|kv|apt|app|Apt|Flat|D|Daire|Kat|K|bus|bte|boîte)\.?:?[ \t]?\d{1,4}[A-Za-z]?"
        r"|,?[ \t]\d{1,2}[ \t]?[º°ª][ \t]?(?:[A-Za-z]\b)?)*")
HOUSE = r"(?:(?:No|Nr|nr|no|Nº|nº|n°)[.:]?[ \t]?)?\d{1,4}[A-Za-z]?(?:-\d{1,4})?" + FLAT + r"(?![\p{L}\d])"
SLAVIC_TYPES = r"(?i:ul|al|os|pl|vul|prosp)\.[ \t]?|(?i:ulica|aleja|osiedle|plac|vulytsia|vulytsya)[ \t]"
ROMANCE_TYPES = (r"(?:Rue|rue|Avenue|avenue|Av\.|av\.|Avda\.|avda\.|Boulevard|boulevard|Bd\.?|Place|Chemin|chemin|Allée|"
                 r"allée|Impasse|impasse|Quai|quai|Calle|calle|C/|c/|Avenida|avenida|Paseo|paseo|Plaza|plaza|Pza\.|"
                 r"Carrer|carrer|Via|Viale|viale|Piazza|piazza|Corso|corso|Rua|rua|Travessa|travessa|Largo|Praça|"
                 r"Strada|strada)[ \t]?")
ROMANCE_SMALL = r"(?:(?:de la|de l'|de los|de las|del|de|du|des|d'|da|do|dos|das|della|di)[ \t]?)?"
TURKISH_TYPES = r"(?:Cad\.|Caddesi|Cd\.|Sok\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.|Bulv\.)"
# only the unmistakable ones: "Heseper Weg 110" may be a park's, and a Dutch "Weg" is `nl_address`'s; other types
# ("Am Burloh 19", "Hohenzollernring 7a") are an address when a postcode follows
GERMAN_TYPES = r"(?:Straße|Strasse|Str\.|Landstraße|Chaussee|Allee|Gasse)"
# a postcode and a town after an address: "…, 48157 Münster", "…; 20-346;Lublin", "…, 34710 Kadıköy"
POSTCODE_AND_TOWN = r"(?=[ \t]*[,;][ \t]*(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{5})[ \t;,]+\p{Lu})"
START = r"(?<![\p{L}\d./])"


class IntlAddressRecognizer(NlPatternRecognizer):
    ENTITY = "A2-ADRES"
    PATTERNS = [
        Pattern("type_first_slavic", START + r"(?:" + SLAVIC_TYPES + r")" + STREET_NAME + r"[ \t]" + HOUSE, 0.6),
        Pattern("type_first_romance", START + ROMANCE_TYPES + ROMANCE_SMALL + STREET_NAME + r",?[ \t]" + HOUSE, 0.6),
        Pattern("type_after_turkish", START + STREET_NAME + r"[ \t]" + TURKISH_TYPES + r"[ \t]?" + HOUSE, 0.6),
        Pattern("type_after_german", START + r"\p{Lu}\p{L}+er[ \t]" + GERMAN_TYPES + r"[ \t]" + HOUSE, 0.6),
        Pattern("before_postcode", START + STREET_NAME + r"[ \t]" + HOUSE + POSTCODE_AND_TOWN, 0.6),
    ]
    CONTEXT = ["adres", "address", "adresse", "adres:", "straat", "woont", "wonen"]
    REGEX_FLAGS = regex.MULTILINE
    # per pattern, what it cannot match without (a quick search: most drafts have none of them)
    PATTERN_NEEDS = {
        "type_first_slavic": regex.compile(r"(?:ul|al|os|pl|vul|prosp)\.[ \t]?\p{Lu}[\p{L}'’-]*[ \t]\d"
                                           r"|(?i:ulica|aleja|osiedle|plac|vulyts)"),
        "type_first_romance": AnyWord("rue", "av.", "avenue", "avenida", "avda", "boulevard", "bd", "place", "chemin", "allée", "impasse", "quai",
                                      "calle", "c/", "paseo", "plaza", "pza.", "carrer", "via", "piazza", "corso",
                                      "rua", "travessa", "largo", "praça", "strada"),
        "type_after_turkish": AnyWord("cad.", "caddesi", "cd.", "sok.", "sokak", "sokağı", "sk.", "bulvarı", "blv.",
                                      "bulv."),
        "type_after_german": regex.compile(r"er[ \t]" + GERMAN_TYPES + r"[ \t]\d"),
        "before_postcode": regex.compile(r"[,;][ \t]*(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{5})[ \t;,]+\p{Lu}"),
    }

    def keep(self, text: str, result) -> bool:  # noqa: ANN001
        """Not a group's, a list's or a chapter's number ("Groep 8, 20-150 ...", "Klas 6, ...")."""
        first = text[result.start:result.end].split()[0]
        return not (NUMBERED_BEFORE.search(first + " ") or NUMBERED_BEFORE.search(before(text, result, 20)))
