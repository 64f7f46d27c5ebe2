"""The spaCy pipeline for Dutch: `nl_core_news_sm` where installed, else a fast blank Dutch.

Either way the pipeline ends with screener's lexicon component (`screener_names`), which adds
PERSON and LOCATION entities from Dutch name and place lists; with the model it only adds
what the model missed (the model misses many Dutch first names).

The blank pipeline uses spaCy's Dutch punctuation rules but not its ~4,700 tokenizer special
cases (building them takes ~0.3 s on every cold start); the few abbreviations that matter
for names and sentence starts are kept. Hyphens between letters are split, so "Jan-Willem"
and "Visser-de Jong" are separate name parts, and so are the semicolons and commas of an exported
form glued to its fields ("Dekker;06-1827", "Koster,Groep 4").
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

import spacy
from spacy.lang.nl import Dutch
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from screener.text import names

MODEL_PACKAGE = "nl_core_news_sm"

ABBREVIATIONS = (
    "bijv. bv. o.a. m.b.t. i.v.m. a.s. z.s.m. t/m enz. etc. evt. incl. excl. ca. jl. nr. tel. mw. mvr. "
    "dhr. mevr. dr. drs. prof. ir. ing. mr. fam. geb. o.l.v. m.i.v. v.a. i.p.v. d.w.z. z.o.z. e.d. "
    "n.a.v. t.a.v. t.z.t. vs. blz. st. str. juf. mr. ds. p.s. v.d."
).split()

HYPHEN_BETWEEN_LETTERS = r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ])-(?=[A-Za-zÀ-ÖØ-öø-ÿ'])"
# the separators of an exported form or spreadsheet, glued to its fields: "Dekker;06-1827", "Koster,Groep",
# "Bosman","8a" (not the decimal comma of "2,45")
CELL_SEPARATOR = r'"?;"?|(?<=\S)"?,"?(?=[^\s\d])|(?<=[^\s\d])"?,"?(?=\S)'
# a bracket that closes a field before its separator: "Marjan (moeder Finn);astma" ("Finn", ")", ";")
BRACKET_BEFORE_SEPARATOR = r'(?<=\w)[)\]](?="?[;,]"?\S)'


def _exceptions() -> dict:
    exceptions = dict(BASE_EXCEPTIONS)
    for abbreviation in ABBREVIATIONS:
        for variant in (abbreviation, abbreviation[0].upper() + abbreviation[1:]):
            exceptions[variant] = [{ORTH: variant}]
    return exceptions


class FastDutchDefaults(Dutch.Defaults):
    tokenizer_exceptions = _exceptions()
    infixes = list(Dutch.Defaults.infixes) + [HYPHEN_BETWEEN_LETTERS, CELL_SEPARATOR, BRACKET_BEFORE_SEPARATOR]


class FastDutch(Language):
    """Dutch tokenisation without spaCy's large table of special cases."""

    lang = "nl"
    Defaults = FastDutchDefaults


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    model: str  # what describe() reports, in Dutch


def model_installed() -> bool:
    return importlib.util.find_spec(MODEL_PACKAGE) is not None


def model_version() -> str:
    try:
        from importlib.metadata import version

        return version(MODEL_PACKAGE)
    except Exception:  # noqa: BLE001 - any metadata problem means: version unknown
        return "?"


def build(setting: str = "auto", unknown_names: bool = True) -> Pipeline:
    """The Dutch pipeline for text.model = auto | nl_core_news_sm | lexicon."""
    if setting in ("auto", MODEL_PACKAGE) and model_installed():
        nlp = spacy.load(MODEL_PACKAGE, exclude=["parser", "lemmatizer"])
        _split_hyphens(nlp)
        model = f"{MODEL_PACKAGE} {model_version()} + lexicon"
    else:
        nlp = FastDutch()
        model = (
            "lexicon (geen nl_core_news_sm geïnstalleerd)"
            if setting != "lexicon"
            else "lexicon (ingesteld met text.model = \"lexicon\")"
        )
    nlp.add_pipe(names.COMPONENT, last=True, config={"unknown_names": unknown_names})
    return Pipeline(nlp=nlp, model=model)


def _split_hyphens(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + [HYPHEN_BETWEEN_LETTERS, CELL_SEPARATOR, BRACKET_BEFORE_SEPARATOR]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
