"""Persons: the person rules of the name tagger (`screener.text.names`), one module per kind of signal,
joined here into one mixin:

- `person_titled`: a title, initials or a known first name with a surname ("juf Marieke",
  "A. de Vries", "mevrouw Visser-de Jong", "Jan-Willem");
- `person_surname_alone`: a surname alone that a list knows ("de Vries", "zegt Van Diepenbeek");
- `person_by_cue`: a name no list knows that school context or the sentence marks ("de moeder van
  Xyla", "Xyla uit groep 5", "Xyla vertelde", "Xyla: 'Het was super'");
- `person_unknown_word`: an unknown capitalised word in mid-sentence, with a low score, and what
  makes a found span an organisation or a disease instead ("Omega Pharma", "M. Alzheimer");
- `person_in_column`: an entry written as a name in a column whose other entries are persons
  ("Storm", "faas", "Lieve-Mae" in a two-column list of a Sinterklaas draw);
- `person_repeated`: the words of a person found, where the same draft names that person again
  ("Storm (groep 5)" ... "Storm las daarna", "Luuk Visser" ... "Visser, zo noemt iedereen hem").
"""

from __future__ import annotations

from screener.text.person_by_cue import CueRules
from screener.text.person_in_column import ColumnRules
from screener.text.person_repeated import RepeatedRules
from screener.text.person_surname_alone import SurnameAloneRules
from screener.text.person_titled import TitledRules
from screener.text.person_unknown_word import UnknownWordRules


class PersonRules(TitledRules, SurnameAloneRules, CueRules, UnknownWordRules, ColumnRules,
                  RepeatedRules):
    """The person rules as one mixin: each may ask the others (a surname after a title, a word among words)."""
