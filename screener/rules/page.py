"""How a website post is laid out, as a reader sees it before reading a sentence: its title, its
section headings, tables, lists and photos. C1 uses it to tell an information page (the year's
calendar, a page about the school trip with "Tijden", "Meenemen" and "Kosten", the gym timetable,
a photo album) from a message that passes a notice on ("Huiswerk groep 8 voor donderdag: ...").

The structure comes from the source the reader saw: markdown-it-py's block tokens for Markdown
(after the front matter), the tags of an HTML page, and for plain text its list lines (also boxes to tick), rows
typed with tabs, headings typed in capitals and a title line.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

from markdown_it import MarkdownIt

from screener.documents import Document, DocumentError, frontmatter
from screener.rules import lexicon

_MD = MarkdownIt("commonmark", {"html": True}).enable(["table"])
_BOLD_LABEL = re.compile(r"\s*(?:\*\*|__)[^*_\n]{2,60}(?:\*\*|__)")  # "**Gymkleding.** Een sportbroek ..."
# a list item of plain text: "- slaapzak", "• muts", "2. regenjas", a box to tick ("[ ] slaapzak", "☐ muts")
_ITEM_MARK = r"(?:[-*\u2022\u2013\u2610\u2611\u2612\u25a1]|\d{1,2}[.)]|\[[ xX]?\])"
_TEXT_LIST_ITEM = re.compile(rf"^[ \t]*{_ITEM_MARK}[ \t]+\S", re.M)
# a row of a table typed with tabs ("Termijn 1<tab>01-10-2026<tab>€ 40,00")
_TEXT_TABLE_ROW = re.compile(r"^[^\t\n]*\S\t+\S[^\n]*$", re.M)
TABLE_ROWS = 2
# a heading typed in capitals, on a line of its own ("PAKLIJST (alles met naam erin!)", "VERVOER"): no small letter
# before a bracket, and a word of four capitals at least
_TEXT_HEADING = re.compile(r"^[ \t]*(?=[^\n(]*[A-Z]{4})[^a-z\n(]{4,60}(?:\([^\n]*\))?[ \t]*$", re.M)
# a short first line, then a blank line, a list or a table; a colon may part it ("Praktische informatie: gym",
# "Fotoalbum: kamp groep 8"), but not end it ("Beste ouders:" greets)
_TEXT_TITLE = re.compile(rf"\A\s*([^\n.!?]{{3,80}}(?<!:))[ \t]*\n(?:[ \t]*\n|(?=[ \t]*{_ITEM_MARK}[ \t]+\S|[^\t\n]*\S\t))")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SITE_FRAME = {"nav", "header", "footer", "aside"}  # the site's menu and footer, the same on every page
_CONTENT = {"main", "article"}  # inside them a <header> is the article's own (its h1), not the site's
ALBUM_PHOTOS = 2  # photos on a page that make it (also) an album


@dataclass(frozen=True)
class Layout:
    title: str  # front matter title, HTML <title>, else the first heading or a plain text's title line
    headings: int  # section headings, a paragraph opened by a bold label counted as one
    tables: int
    lists: int
    photos: int
    opening: str = ""  # the first paragraph of the page's own text, where a letter greets its readers

    @property
    def sections(self) -> int:
        """Parts a reader sees at a glance: headings, tables, lists, and an album of photos as one."""
        return self.headings + self.tables + self.lists + (1 if self.photos >= ALBUM_PHOTOS else 0)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.counts: dict[str, int] = {}
        self.title: list[str] = []
        self.first_heading: list[str] = []
        self.opening: list[str] = []
        self._in: str | None = None
        self._frame = 0  # depth inside the site's menu, header or footer
        self._content = 0  # depth inside <main> or <article>

    def _site_frame(self, tag: str) -> bool:
        return tag == "nav" or tag in _SITE_FRAME and not self._content

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _CONTENT:
            self._content += 1
        if self._site_frame(tag):
            self._frame += 1
        if self._frame:
            return
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if tag == "title" or (tag in _HEADINGS and not self.first_heading) or (tag == "p" and not self.opening):
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        if self._site_frame(tag) and self._frame:
            self._frame -= 1
        if tag in _CONTENT and self._content:
            self._content -= 1
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title.append(data)
        elif self._in in _HEADINGS:
            self.first_heading.append(data)
        elif self._in == "p":
            self.opening.append(data)


def _html(source: str) -> Layout:
    tags = _Tags()
    tags.feed(source)
    tags.close()
    count = tags.counts.get
    title = " ".join("".join(tags.title).split()) or " ".join("".join(tags.first_heading).split())
    return Layout(title, sum(count(h, 0) for h in _HEADINGS), count("table", 0),
                  count("ul", 0) + count("ol", 0) + count("dl", 0), count("img", 0), "".join(tags.opening).strip())


def _markdown(doc: Document) -> Layout:
    try:
        front = frontmatter.read(doc.source, doc.display_path)
    except DocumentError:  # the reader already refused the post; nothing to lay out
        return Layout("", 0, 0, 0, 0)
    tokens = _MD.parse(doc.source[front.end:])
    headings = tables = lists = photos = 0
    first_heading = opening = ""
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            headings += 1
            if not first_heading and i + 1 < len(tokens):
                first_heading = tokens[i + 1].content
        elif token.type == "table_open":
            tables += 1
        elif token.type in ("bullet_list_open", "ordered_list_open") and token.level == 0:
            lists += 1
        elif token.type == "inline":
            photos += sum(1 for child in token.children or [] if child.type == "image")
            if tokens[i - 1].type == "paragraph_open" and _BOLD_LABEL.match(token.content):
                headings += 1
            elif tokens[i - 1].type == "paragraph_open" and not opening:
                opening = token.content
    meta_title = next((str(doc.meta[k]) for k in ("title", "titel") if doc.meta.get(k)), "")
    return Layout(meta_title or first_heading, headings, tables, lists, photos, opening)


def _text(doc: Document) -> Layout:
    title = _TEXT_TITLE.match(doc.text)
    first_line = doc.text.strip().split("\n", 1)[0] if doc.text.strip() else ""
    headings = sum(1 for m in _TEXT_HEADING.finditer(doc.text) if m.group().strip() != first_line.strip())
    table = 1 if len(_TEXT_TABLE_ROW.findall(doc.text)) >= TABLE_ROWS else 0
    return Layout(title.group(1).strip() if title else "", headings, table,
                  1 if _TEXT_LIST_ITEM.search(doc.text) else 0, 0, first_line)


def layout(doc: Document) -> Layout:
    if doc.kind == "html":
        return _html(doc.source)
    if doc.kind == "markdown":
        return _markdown(doc)
    return _text(doc)


@functools.lru_cache(maxsize=1)
def _kinds() -> re.Pattern:
    return lexicon.regexes(list(lexicon.lines("page_kinds.txt")))


def names_information(title: str) -> bool:
    """The title names a page that informs: "Jaarkalender 2025-2026", "Gymrooster", "Fotoalbum: ..."."""
    return bool(title) and bool(_kinds().search(lexicon.fold(title)))


# a page of questions and answers ("Vraag: Hoe laat gaat de school open?" / "Antwoord van de eigenaar: ..."), as a
# school's public profile or its FAQ holds them: at least two questions, each answered on the lines below
_QUESTION = re.compile(r"^[ \t]*(?:vraag|v|q|question)[ \t]*(?:\d+[ \t]*)?:[^\n]*\?[ \t]*$", re.M | re.I)
_ANSWER = re.compile(r"^[ \t]*(?:antwoord|a|answer|reactie)\b[^\n:]{0,40}:", re.M | re.I)
QUESTIONS_ON_A_PAGE = 2
_CALENDAR_EXPORT = re.compile(r"\A\s*BEGIN:VCALENDAR\b")
RECORD_ROWS = 3  # rows with the same fields that make a draft an export of records
RECORD_FIELDS = 4
EXPORT_HEAD_LINES = 2  # a title line and the header row may stand above the rows


def answers_questions(text: str) -> bool:
    """The page answers questions about how the school works: a Q&A page (two or more questions, each with an
    answer after it). Its answers inform whoever reads them, as an information page does."""
    questions = list(_QUESTION.finditer(text))
    answered = sum(1 for q in questions if _ANSWER.match(text, q.end() + 1))
    return answered >= QUESTIONS_ON_A_PAGE


def is_calendar_export(text: str) -> bool:
    """An exported calendar (iCalendar, as Outlook and Google write it): the events of a calendar, no message."""
    return bool(_CALENDAR_EXPORT.match(text))


def is_records_export(text: str) -> bool:
    """An export of records (a pupil administration's list, a form's answers, a spreadsheet saved as text): under at
    most a title line and a header row, rows of one shape, at least RECORD_FIELDS fields parted by semicolons or tabs
    (a quoted answer may hold one more). Each row is somebody's data, nobody is told anything: no message, on any
    channel."""
    rows = [line for line in text.strip().splitlines() if line.strip()][:EXPORT_HEAD_LINES + RECORD_ROWS]
    for separator in (";", "\t"):
        counts = Counter(row.count(separator) for row in rows)
        fields, times = counts.most_common(1)[0] if counts else (0, 0)
        if fields >= RECORD_FIELDS - 1 and times >= RECORD_ROWS:
            return True
    return False
