"""What every document reader produces: the text to screen, mapped back to the original file."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path


class DocumentError(Exception):
    """A file that cannot be screened. The message is Dutch and names the file."""


@dataclass(frozen=True)
class ImageRef:
    """A photo the post shows: referenced from Markdown/HTML or given on the command line."""

    src: str  # as written in the post
    path: Path | None  # the local file inside the site; None when `kind` is not "file"
    line: int
    col: int
    alt: str = ""
    kind: str = "file"  # "file" | "embedded" (a data: URL) | "remote" (never fetched) | "outside" (not opened)
    data: bytes | None = field(default=None, repr=False, compare=False)  # the photo of an embedded reference


@dataclass(frozen=True)
class Comment:
    """An HTML comment in the post (`<!-- ... -->`): where inline suppressions live."""

    text: str
    line: int
    col: int
    end_line: int


class TextBuilder:
    """Builds the screened text from pieces of the source, remembering where each came from.

    `add(text, source_offset)` appends a verbatim piece (character i maps to source_offset + i);
    `add(text, source_offset, verbatim=False)` appends a replacement (e.g. a decoded entity),
    all of whose characters map to source_offset.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._starts: list[int] = []  # text offset where each piece starts
        self._sources: list[int] = []  # source offset of each piece
        self._verbatim: list[bool] = []
        self._length = 0
        self.hidden: list[tuple[int, int]] = []

    def add(self, text: str, source_offset: int, verbatim: bool = True, hidden: bool = False) -> None:
        """`hidden`: text that is in the page source but not shown (a comment, a script)."""
        if not text:
            return
        if hidden:
            self.hidden.append((self._length, self._length + len(text)))
        self._parts.append(text)
        self._starts.append(self._length)
        self._sources.append(source_offset)
        self._verbatim.append(verbatim)
        self._length += len(text)

    def separate(self, source_offset: int) -> None:
        """A block boundary: a blank line, so no finding spans two blocks."""
        if self._length and not "".join(self._parts[-1:]).endswith("\n\n"):
            self.add("\n\n", source_offset, verbatim=False)

    @property
    def length(self) -> int:
        """The length of the text built so far."""
        return self._length

    def build(self) -> tuple[str, "OffsetMap"]:
        return "".join(self._parts), OffsetMap(self._starts, self._sources, self._verbatim)


@dataclass(frozen=True)
class OffsetMap:
    starts: list[int]
    sources: list[int]
    verbatim: list[bool]

    @classmethod
    def identity(cls) -> "OffsetMap":
        return cls([0], [0], [True])

    def to_source(self, index: int) -> int:
        i = bisect.bisect_right(self.starts, index) - 1
        if i < 0:
            return 0
        if self.verbatim[i]:
            return self.sources[i] + index - self.starts[i]
        return self.sources[i]


@dataclass(frozen=True)
class Sender:
    """A field of an export that names who sent it (a calendar's organiser; the calendar's own name, which
    names its owner): text[start:end] of the document, with the sender's name and address as given."""

    start: int
    end: int
    name: str
    address: str


@dataclass
class Document:
    path: Path
    display_path: str  # as the user named it; used in every finding
    kind: str  # "text" | "markdown" | "html"
    source: str  # the file's text, as read
    text: str  # what the text stage screens: markup removed, alt texts and titles included
    offsets: OffsetMap
    meta: dict = field(default_factory=dict)  # front matter (Markdown) or <meta> values (HTML)
    images: list[ImageRef] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    # (start, end) ranges of `text` that the page source holds but a visitor does not see: HTML comments,
    # scripts and JSON-LD. Findings there are warnings that say so (see pipeline).
    hidden: list[tuple[int, int]] = field(default_factory=list)
    senders: list[Sender] = field(default_factory=list)  # an export's organiser (see documents.exports)
    front_matter_lines: int = 0  # the lines a Markdown post's front matter takes before its own text
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        for i, ch in enumerate(self.source):
            if ch == "\n":
                starts.append(i + 1)
        self._line_starts = starts

    def source_position(self, source_offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset in the source."""
        line = bisect.bisect_right(self._line_starts, source_offset) - 1
        return line + 1, source_offset - self._line_starts[line] + 1

    def is_hidden(self, text_index: int) -> bool:
        i = bisect.bisect_right(self.hidden, (text_index, float("inf"))) - 1
        return i >= 0 and self.hidden[i][0] <= text_index < self.hidden[i][1]

    def position(self, text_index: int) -> tuple[int, int]:
        """1-based (line, column) in the original file of a character of `text`."""
        return self.source_position(self.offsets.to_source(text_index))

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.source)
        return self.source[start:end]
