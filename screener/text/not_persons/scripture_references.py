"""A book of the Bible with a chapter after it is a reference, not a person: "Johannes 15", "Lucas 2:1-7",
"Psalm 23", "1 Samuël 3", "Marcus 10:13-16"; and a sura of the Quran after "soera" ("soera 12", "soera Al-Fatiha").

The books form a closed list (below). A book that is also a first name ("Johannes", "Lucas", "Marcus", "Ruth",
"Daniël") is a reference only with a verse ("Lucas 2:1"), a quotation after its chapter ("Johannes 15: 'Ik ben
de wijnstok'"), or words of scripture on its line ("we lazen", "bijbel", "vers", "weekopening"); so "Daniël 7"
in a list of marks stays a pupil's, and so does "Lucas (groep 6)".
"""

from __future__ import annotations

import re

from screener.text.not_persons.school_context import pupil_beside, token_index

BOOKS = {
    "genesis", "exodus", "leviticus", "numeri", "deuteronomium", "jozua", "rechters", "richteren", "ruth", "samuël",
    "samuel", "koningen", "kronieken", "ezra", "nehemia", "ester", "esther", "job", "psalm", "psalmen", "spreuken",
    "prediker", "hooglied", "jesaja", "jeremia", "klaagliederen", "ezechiël", "daniël", "daniel", "hosea", "joël",
    "amos", "obadja", "jona", "micha", "nahum", "habakuk", "sefanja", "haggai", "zacharia", "maleachi", "matteüs",
    "mattheüs", "matteus", "mattheus", "marcus", "markus", "lucas", "lukas", "johannes", "handelingen", "romeinen",
    "korintiërs", "korinthiërs", "galaten", "efeziërs", "filippenzen", "kolossenzen", "tessalonicenzen",
    "thessalonicenzen", "timoteüs", "timotheüs", "titus", "filemon", "hebreeën", "jakobus", "petrus", "judas",
    "openbaring", "tobit", "judit", "wijsheid", "sirach", "makkabeeën",
}
# a chapter after the book: "15", "2:1", "10:13-16", "23,1"; then not a unit ("Daniël 7 jaar", "Job 3 punten")
CHAPTER = re.compile(r"[ \t]+(\d{1,3})(?:([:,]\d{1,3}(?:[-–]\d{1,3})?)|(:[ \t]*[\"“'‘]))?(?![\d.,]\d)"
                     r"(?![ \t]*(?:jaar|jr|punten|pnt|min|minuten|km|meter|m|cm|kg|keer|x|%|euro|€|/))")
SCRIPTURE_LINE = re.compile(r"\b(?:bijbel\w*|vers(?:en)?|evangeli\w*|psalm\w*|weekopening|dagopening|vieringen?|"
                            r"kerk\w*|gods?|jezus|christus|heer|gebed\w*|lezing|lazen|gelezen|lezen|leest|las|"
                            r"schrift|testament|profeet|apostel\w*|koran|soera\w*)\b", re.IGNORECASE)
SURA = re.compile(r"\b(?:soera|sura|surah|soerah)[ \t]+(?:\d{1,3}|[A-Z][\w'-]+)", re.IGNORECASE)


def block_scripture_references(doc, blocked, lex) -> None:  # noqa: ANN001
    """Block a book of the Bible before its chapter, and a sura's name (see the module's docstring)."""
    text = doc.text
    n = len(doc)
    for i in range(n - 1):
        token = doc[i]
        if not doc[i + 1].text[:1].isdigit() or token.lower_ not in BOOKS or not token.text[:1].isupper():
            continue  # the quick way out: most words before a number are no book of the Bible
        start = i
        if i > 0 and doc[i - 1].text in {"1", "2", "3", "I", "II", "III"} and doc[i - 1].whitespace_ == " ":
            start = i - 1  # "1 Samuël 3", "2 Koningen 5"
        end = token.idx + len(token.text)
        chapter = CHAPTER.match(text, end)
        if chapter is None:
            continue
        if token.text in lex.first_names and not chapter.group(2) and not chapter.group(3):
            line_start = text.rfind("\n", 0, token.idx) + 1
            line_end = text.find("\n", end)
            if not SCRIPTURE_LINE.search(text, line_start, line_end if line_end >= 0 else len(text)):
                continue  # "Daniël 7" in a list of marks: a pupil
        if pupil_beside(doc, i, i + 1):
            continue
        for k in range(start, i + 1):
            blocked.tokens[k] = True
    if "oera" in text or "ura" in text:  # the quick way out
        starts = [t.idx for t in doc]
        for match in SURA.finditer(text):
            name = token_index(starts, match.end() - 1)
            first = token_index(starts, match.start())
            for k in range(first + 1, name + 1):
                blocked.tokens[k] = True
