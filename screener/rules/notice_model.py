"""C1 by a small learned model: lines a model judges to be a practical notice passed on to a class or its
parents (a lesson cancelled, homework, what to bring, a trip), where no rule of channel.py found one.

The model only reads a post on which the rules' channel logic lets C1 apply: channel.announcements calls it
(staff or the school writing, on a channel where notices do not belong, no e-mail), never on the website's
information page and never on a post on the writer's own account that speaks to nobody; someone else's quoted
words are not read. It is the A8 model's kind (screener/rules/conduct_model.py: TF-IDF of character and word
n-grams, a logistic regression, plain arrays with a pinned sha256, read once, numpy only), trained by
`python -m eval.notice_model train` on the project's CC0 C1 cases and ordinary school posts. A missing or
changed file stops the post with a Dutch message (exit 3), never a silent "no C1".

A finding of the model is a C1-KANAAL warning like the rules' (suppressions and [rules] apply), with a message
that says a model judged the line and may be wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from screener.rules.analysis import Analysis
from screener.rules.conduct_model import Scorer, load_pinned

MODEL_FILE = Path(__file__).parent / "data" / "notice_model.npz"
MODEL_SHA256 = "a31e2d23bf89e168a703b44388fe68f2ed0c5e47613aa37ebaaab0a581c67f68"
UNCHECKED = "of het bericht praktische mededelingen (C1) bevat is niet gecontroleerd"
LABEL = "volgens het taalmodel een praktische mededeling"
MESSAGE = ("Een taalmodel schat deze regel in als een praktische mededeling aan een klas of de ouders (lesuitval, "
           "huiswerk, iets meenemen, een uitje). Zulke berichten gaan via Parro of e-mail: stuur het zo aan de "
           "ouders en haal het uit dit bericht. Het model kan zich vergissen: is het geen mededeling, laat de "
           "regel dan staan.")


def scorer() -> Scorer:
    """The shipped model, read and checked once per process."""
    return load_pinned(MODEL_FILE, MODEL_SHA256, "C1-taalmodel", UNCHECKED)


@dataclass(frozen=True)
class ModelAnnouncement:
    """A line the model judges a notice: channel.Announcement's fields, and its own message."""
    start: int
    end: int
    topic: str = LABEL
    detail: bool = False
    message: str = MESSAGE


def vetoed(analysis: Analysis, patterns, website: bool, start: int, end: int) -> bool:
    """The words with which the rules let a matter pass stand in the line, and the model does not overrule
    them: after the fact ("gisteren"), one's own family ("mijn dochter moet morgen ..."), outside school, a
    call for contributions, and on the website a standing rule ("op de gymdagen"). `patterns`: channel's."""
    kinds = [patterns.past, patterns.family, patterns.off_school, patterns.voluntary]
    return any(p.search(analysis.folded, start, end) for p in kinds + ([patterns.recurring] if website else []))


def with_model(analysis: Analysis, found: list, quoted: Callable[[int, int], bool], informs: bool, patterns,
               website: bool) -> list:
    """The rules' announcements plus one for each line the model judges a notice, in a paragraph where the
    rules found none (one notice, one warning), not quoted and not `vetoed`; none on an information page
    (`informs`)."""
    if informs:
        return found
    paragraphs = [(p.start, p.end) for p in analysis.paragraphs]

    def paragraph(at: int) -> tuple[int, int]:
        return next(((s, e) for s, e in paragraphs if s <= at < e), (at, at + 1))

    taken = {paragraph(a.start) for a in found}
    extra = []
    for start, end in scorer().hostile_lines(analysis.text):
        where = paragraph(start)
        if not quoted(start, end) and where not in taken and not vetoed(analysis, patterns, website, start, end):
            taken.add(where)
            extra.append(ModelAnnouncement(start, end))
    return sorted([*found, *extra], key=lambda a: a.start) if extra else found
