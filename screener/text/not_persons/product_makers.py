"""The maker or the name of a product, read from the words around it: a brand after "merk" ("van het merk
Prowise", "(merk Eromes, maat 5)"), a maker in brackets after the things it made ("40 schoolbanken (Eromes)", "een
kast met bakjes (Gratnells)"), the maker after the furniture or equipment it supplies ("nieuw meubilair van
Ahrend", "de stoelen zijn van Tangara"; after a piece of furniture only a word no name list knows: "de kast van Sem"
is the child's), a medicine after its form ("een tabletje Cetirizine", "zetpil Paracetamol", "Ibuprofen 200 mg"), a brand after
its package ("een pakje Wicky", "een zak Doritos"), and a
model's name after its listed maker ("IKEA Ekedalen").

A child is named after a thing only as its owner, and then by "van" ("de tas van Daan"), not in brackets after a
pile of tables: the things here are those a school buys, sells or hands out (furniture, equipment, medicine), not
a pupil's own things. School context beside the word keeps it a pupil's ("de kasten (Sem, groep 7)").
"""

from __future__ import annotations

import re

from screener.text.not_persons.school_context import pupil_beside, token_index

# the things a school buys or sells, as the last part of a word: "schoolbanken", "leerlingtafels", "opbergbakjes"
GOODS = ("tafel", "tafels", "stoel", "stoelen", "bank", "banken", "kast", "kasten", "bakken", "bakjes", "rek", "rekken",
         "meubilair", "meubels", "digibord", "digiborden", "whiteboard", "whiteboards", "laptops", "tablets",
         "chromebooks", "printer", "printers", "kopieerapparaat", "speeltoestel", "speeltoestellen", "klimrek",
         "glijbaan", "schommel", "zandbak", "matten", "kapstok", "kapstokken", "lockers", "bureau", "bureaus",
         "boekenkast", "boekenkasten", "kluisjes", "projector", "beamer", "koptelefoons", "headsets", "instrumenten",
         "fietsen", "steps", "skelters")
# the equipment a firm supplies: "meubilair van Ahrend" (not "de tafel van Sem": a child's own)
SUPPLIED = ("meubilair", "meubels", "inrichting", "digiborden", "whiteboards", "laptops", "chromebooks", "tablets",
            "speeltoestellen", "printers", "koptelefoons")
# a medicine's form before its name: "een tabletje Cetirizine", "zetpil Paracetamol", "neusspray Otrivin"
MEDICINE_FORMS = {"tablet", "tabletje", "tabletjes", "tabletten", "pil", "pilletje", "pillen", "zetpil", "zetpillen",
                  "capsule", "capsules", "drankje", "siroop", "hoestsiroop", "neusspray", "spray", "zalf", "zalfje",
                  "crème", "creme", "druppels", "oogdruppels", "oordruppels", "neusdruppels", "puffer", "pufje",
                  "inhalator", "kuur", "antibioticakuur"}  # not "medicijnen Lucas": the child's medicine
BRAND_KINDS = {"merk", "merken", "fabrikant", "leverancier"}  # "(merk Eromes)", "van het merk Prowise"
# a package before its brand: "een pakje Wicky", "een zak Doritos", "twee flesjes Spa Rood", "een reep Tony's"
PACKAGES = {"pak", "pakje", "pakjes", "zak", "zakje", "zakjes", "doos", "doosje", "doosjes", "fles", "flesje", "flesjes",
            "blik", "blikje", "blikjes", "reep", "repen", "rol", "rolletje", "potje", "pot", "tube", "kuipje", "beker",
            "bekertje", "bekers", "pakken", "zakken", "dozen", "flessen", "blikken"}
DOSE = re.compile(r"[ \t]+\d+(?:[.,]\d+)?[ \t]?(?:mg|ml|mcg|µg|microgram|milligram)\b", re.IGNORECASE)
GOODS_REACH = 5  # tokens before "(" that may hold the goods: "3 rode banken uit de aula (IKEA Ekedalen)"
NAME_WORDS = 3  # capitalised words of one name: "Tangara Groep", "Mobilia Interieur Groep"


def _capitalised(token) -> bool:  # noqa: ANN001
    return token.text[:1].isupper() and token.text[1:2].isalpha()


def _goods(word: str, heads: tuple[str, ...]) -> bool:
    """"schoolbanken", "leerlingtafels", "banken": a word ending in one of the things (three letters before the
    head at least in a compound, so "Ebank" or "opbank" are not read as one)."""
    if not word.isalpha() or not word.islower():
        return False
    head = next((h for h in heads if word.endswith(h)), None)
    return head is not None and (word == head or len(word) - len(head) >= 3)


def _name_end(doc, first: int, n: int) -> int:  # noqa: ANN001
    k = first
    while k < n and k - first < NAME_WORDS and _capitalised(doc[k]) and (k == first or doc[k - 1].whitespace_ == " "):
        k += 1
    return k


def _block(doc, blocked, first: int, end: int) -> None:  # noqa: ANN001
    if end > first and not pupil_beside(doc, first, end):
        for k in range(first, end):
            blocked.tokens[k] = True


def block_product_makers(doc, blocked, lex) -> None:  # noqa: ANN001
    """Block the makers and product names the module's docstring describes."""
    n = len(doc)
    for i in range(n - 1):
        low = doc[i].lower_
        nxt = doc[i + 1]
        if low in BRAND_KINDS or low in MEDICINE_FORMS or low in PACKAGES:
            if _capitalised(nxt) and "\n" not in doc[i].whitespace_ \
                    and (low in BRAND_KINDS or nxt.text not in lex.first_names):  # "de puffer Sem": whose it is
                _block(doc, blocked, i + 1, _name_end(doc, i + 1, n))  # "merk Eromes", "tabletje Cetirizine"
        elif low == "(" and _capitalised(nxt):
            line_start = doc.text.rfind("\n", 0, doc[i].idx)
            if any(_goods(doc[k].lower_, GOODS) for k in range(max(0, i - GOODS_REACH), i) if doc[k].idx > line_start):
                k = i + 1  # "(Eromes)", "(Nijdam, Zandstra)", "(IKEA Ekedalen)"; not "(Sem en Noor verfden ze)"
                while k < n and _capitalised(doc[k]) and doc[k].text not in lex.first_names:
                    end = _name_end(doc, k, n)
                    _block(doc, blocked, k, end)
                    k = end + 1 if end < n and doc[end].text in {",", "&", "/"} else n
        elif low == "van" and i > 0 and _capitalised(nxt) and (
                _goods(doc[i - 1].lower_, SUPPLIED) or (_goods(doc[i - 1].lower_, GOODS) or (
                    i > 1 and doc[i - 1].lower_ in {"zijn", "is", "komen", "komt"} and _goods(doc[i - 2].lower_, GOODS)))
                and nxt.text not in lex.first_names and nxt.text not in lex.surnames):
            # "nieuw meubilair van Ahrend", "de kasten van Bisley", "de stoelen zijn van Tangara"; not "de kast van Sem"
            _block(doc, blocked, i + 1, _name_end(doc, i + 1, n))
        elif i in blocked.ends and _capitalised(doc[i]) and not blocked.tokens[i] and doc[i - 1].whitespace_ == " " \
                and doc[i].text not in lex.first_names and doc[i].text not in lex.surnames \
                and doc[i].lower_ not in lex.interfixes:
            blocked.tokens[i] = True  # "IKEA Ekedalen": a model after its listed maker; not "Plus Van den Berg" (a
            # branch named after its owner, read by `listed_phrases`)
    if "mg" in doc.text or " ml" in doc.text:
        starts = [t.idx for t in doc]
        for match in DOSE.finditer(doc.text):  # "Ibuprofen 200 mg": the medicine before its dose
            k = token_index(starts, match.start() - 1)
            if k >= 0 and doc[k].idx + len(doc[k].text) == match.start() and _capitalised(doc[k]) \
                    and doc[k].text not in lex.first_names:
                _block(doc, blocked, k, k + 1)
