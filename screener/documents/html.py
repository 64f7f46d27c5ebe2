"""HTML: a post of the school website.

Text nodes, the page title, `<meta>` descriptions, and the alt/title/aria-label attributes are
screened, and so is the page an `<iframe srcdoc>` shows. What the page source holds but a visitor does
not see (HTML comments, CDATA sections, processing instructions such as `<?php ... ?>`, CSS comments,
the strings of a `<script>` or JSON-LD block) is screened as hidden text: its findings say it is in the
page source.
Python's own HTML parser is used because it reports where every piece of text sits in the file,
which a finding's line:col needs.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from screener.documents.model import Comment, Document, DocumentError, TextBuilder
from screener.documents.references import image_ref, site_root, srcset_urls

TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
META_TEXT = ("description", "og:title", "og:description", "twitter:title", "twitter:description", "author")
META_IMAGES = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "image", "thumbnail")
SKIP_CONTENT = {"script", "style", "template"}
# Attributes a visitor does not see but the page source holds: screened as hidden text.
HIDDEN_ATTRIBUTES = re.compile(r"^data-(?!src$|srcset$|sizes$|lazy)[\w.:-]+$")
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "caption",
    "body", "head", "html", "img", "option", "button", "label",
}
# Emphasis around a title ("<em>Bobbi</em> van Ingeborg Bijlsma") is handed over as Markdown's is: blanked
# to two spaces either side, unless the tag stands inside a word ("zwem<b>les</b>") or inside a name
# ("<b>Daan</b> Jansen", "Daan <b>Jansen</b>" stay one name).
EMPHASIS_TAGS = {"em", "i", "cite", "b", "strong"}
EMPHASIS_MARK = "  "
_WORD_BEFORE = re.compile(r"(?:\w|[A-ZÀ-Ý][\w'’-]* )$")
_WORD_AFTER = re.compile(r"\w| [A-ZÀ-Ý]")
# A link to a photo publishes it too (a gallery's full-size photo behind a thumbnail).
PHOTO_LINK = re.compile(r"\.(?:jpe?g|jpe|jfif|png|webp|gif|bmp|tiff?|heic|heif|avif|svgz?)(?:[?#].*)?$", re.I)

_ATTR = re.compile(r"""([^\s"'>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# A string in a script or JSON-LD block that is a value, not an object key.
_SCRIPT_STRING = re.compile(r""""((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'""")
_KEY_AFTER = re.compile(r"\s*:")
_CSS_COMMENT = re.compile(r"/\*(.*?)(?:\*/|$)", re.S)
_DIRECTIVE = re.compile(r"^\s*screener\s*:", re.I)


def is_directive(comment: str) -> bool:
    """Whether an HTML comment is a screener suppression (not text of the page)."""
    return bool(_DIRECTIVE.match(comment))


def _attribute_spans(tag_text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of every attribute value inside the raw text of a start tag."""
    spans = []
    for m in _ATTR.finditer(tag_text):
        group = 2 if m.group(2) is not None else 3 if m.group(3) is not None else 4
        spans.append((m.group(1).lower(), m.start(group), m.end(group)))
    return spans


def tag_images(tag: str, values: dict[str, str], in_picture: bool = False) -> list[str]:
    """The photo sources a start tag names: src, every srcset candidate, lazy-loading data-src, og:image."""
    found: list[str] = []
    if tag == "img" or (tag == "source" and in_picture) or tag == "source" and values.get("srcset"):
        for name in ("src", "data-src"):
            if values.get(name, "").strip():
                found.append(values[name].strip())
        for name in ("srcset", "data-srcset"):
            found.extend(srcset_urls(values.get(name, "")))
    elif tag == "meta" and (values.get("property") or values.get("name") or "").lower() in META_IMAGES:
        if values.get("content", "").strip():
            found.append(values["content"].strip())
    elif tag == "a" and PHOTO_LINK.search(values.get("href", "").strip()):
        found.append(values["href"].strip())
    return list(dict.fromkeys(found))


@dataclass(frozen=True)
class Piece:
    """A piece of screened text: where it starts in the source and how many source characters it stands for."""

    text: str
    offset: int
    length: int
    hidden: bool = False


class Extractor(HTMLParser):
    """Collects the text pieces, photos and comments of HTML source (a page, or HTML inside Markdown)."""

    def __init__(self, source: str, base_offset: int = 0, emphasis: bool = False) -> None:
        super().__init__(convert_charrefs=False)
        self.base_offset = base_offset
        self.emphasis = emphasis  # blank emphasis tags to spaces (a page; Markdown blanks its HTML itself)
        self.source = source
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self.pieces: list[Piece | int] = []  # an int: a block boundary at that source offset
        self.skip: list[str] = []
        self.picture_depth = 0
        self.images: list[tuple[str, int, str]] = []  # (src, offset, alt)
        self.comments: list[tuple[str, int, int]] = []  # (text, start, end)
        self.meta: dict[str, str] = {}

    def source_offset(self) -> int:
        line, col = self.getpos()
        return self.base_offset + self.line_starts[line - 1] + col

    def run(self, source: str, shown: str) -> "Extractor":
        try:
            # html.parser takes quadratic time on a '<' with no '>' after it (an unclosed comment or tag
            # at the end); a closing '>' keeps it linear. Nothing beyond the source is kept (see _add).
            self.feed(source)
            self.feed(">")
            self.close()
        except Exception as exc:  # html.parser's AssertionError and the like: never quote the page
            line = self.getpos()[0]
            raise DocumentError(f"{shown}: de HTML is rond regel {line} niet te lezen ({type(exc).__name__}); "
                                "controleer of de tags daar volledig zijn") from None
        return self

    def _add(self, text: str, offset: int, length: int, hidden: bool = False) -> None:
        end = self.base_offset + len(self.source)
        if length > 0 and offset + length > end:  # the '>' that run() adds
            length = max(0, end - offset)
            text = text[:length]
        if text:
            self.pieces.append(Piece(text, offset, length, hidden))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._tag(tag, attrs, closing=False)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._tag(tag, attrs, closing=True)

    def _tag(self, tag: str, attrs: list, closing: bool) -> None:
        start = self.source_offset()
        values = {name: (value or "") for name, value in attrs}
        if tag in SKIP_CONTENT and not closing:
            self.skip.append(tag)
            return
        if self.skip:
            return
        if tag == "picture" and not closing:
            self.picture_depth += 1
        if tag in EMPHASIS_TAGS and self.emphasis and not closing:
            local = start - self.base_offset
            if not _WORD_BEFORE.search(self.source[max(0, local - 40):local]):
                self._add(EMPHASIS_MARK, start, 0)
        if tag in BLOCK_TAGS:
            self.pieces.append(start)
        raw = self.get_starttag_text() or ""
        spans = {name: (s, e) for name, s, e in _attribute_spans(raw)}

        def add_attribute(name: str) -> None:
            if name not in spans or not values.get(name, "").strip():
                return
            s, e = spans[name]
            self.pieces.append(start + s)
            self._add(html.unescape(raw[s:e]), start + s, e - s)
            self.pieces.append(start + e)

        for src in tag_images(tag, values, self.picture_depth > 0):
            self.images.append((src, start, values.get("alt", "")))
        if tag == "meta":
            key = (values.get("name") or values.get("property") or "").lower()
            if key:
                self.meta[key] = values.get("content", "")
            if key in META_TEXT:
                add_attribute("content")
            return
        for name in TEXT_ATTRIBUTES:
            add_attribute(name)
        for name, (s, e) in spans.items():
            if HIDDEN_ATTRIBUTES.match(name) and any(ch.isalpha() for ch in raw[s:e]):
                self.pieces.append(start + s)
                self._add(html.unescape(raw[s:e]), start + s, e - s, hidden=True)
                self.pieces.append(start + e)
        if tag == "a" and values.get("href", "").startswith(("mailto:", "tel:", "http")):
            add_attribute("href")
        if tag == "iframe" and "srcdoc" in spans and values.get("srcdoc", "").strip():
            self._srcdoc(values["srcdoc"], start + spans["srcdoc"][0])

    def _srcdoc(self, page: str, offset: int) -> None:
        """The page an `<iframe srcdoc>` shows: its text, all of it standing at the attribute's value."""
        inner = Extractor(page)
        try:
            inner.run(page, "")
        except DocumentError:  # not readable as HTML: screen the attribute's text as it is
            self._add(page, offset, 0)
            return
        self.pieces.append(offset)
        for piece in inner.pieces:
            if isinstance(piece, Piece):
                self._add(piece.text, offset, 0, piece.hidden)
            else:
                self.pieces.append(offset)
        self.images.extend((src, offset, alt) for src, _, alt in inner.images)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag == "picture":
            self.picture_depth = max(0, self.picture_depth - 1)
        if tag in EMPHASIS_TAGS and self.emphasis:
            start = self.source_offset()
            close = self.source.find(">", start - self.base_offset)
            if close >= 0 and not _WORD_AFTER.match(self.source, close + 1):
                self._add(EMPHASIS_MARK, start, 0)
        if tag in BLOCK_TAGS:
            self.pieces.append(self.source_offset())

    def handle_data(self, data: str) -> None:
        start = self.source_offset()
        if not self.skip:
            self._add(data, start, len(data))
        elif self.skip[-1] == "template":  # shown by a script later; in the page source now
            self._add(data, start, len(data), hidden=True)
        elif self.skip[-1] == "script":  # the strings of a script or JSON-LD block are in the page source
            for m in _SCRIPT_STRING.finditer(data):
                group = 1 if m.group(1) is not None else 2
                if _KEY_AFTER.match(data, m.end()):
                    continue  # an object key ("name":), not a value
                if any(ch.isalnum() for ch in m.group(group)):
                    self.pieces.append(start + m.start(group))
                    self._add(m.group(group), start + m.start(group), len(m.group(group)), hidden=True)
                    self.pieces.append(start + m.end(group))
        elif self.skip[-1] == "style":  # a CSS comment is in the page source
            for m in _CSS_COMMENT.finditer(data):
                self._hidden(m.group(1), start + m.start(1))

    def _hidden(self, text: str, offset: int) -> None:
        """Text of the page source that is never shown, as a block of its own."""
        if text.strip():
            self.pieces.append(offset)
            self._add(text, offset, len(text), hidden=True)
            self.pieces.append(offset + len(text))

    def unknown_decl(self, data: str) -> None:
        """`<![CDATA[...]]>` (and the like): in the page source."""
        if not self.skip and data.startswith("CDATA["):
            self._hidden(data[len("CDATA["):], self.source_offset() + len("<![CDATA["))

    def handle_pi(self, data: str) -> None:
        """`<?php ... ?>`, `<?xml ...?>`: in the page source (a server may even print it)."""
        if not self.skip:
            self._hidden(data, self.source_offset() + len("<?"))

    def handle_entityref(self, name: str) -> None:
        self._reference(len(name) + 1)

    def handle_charref(self, name: str) -> None:
        self._reference(len(name) + 2)

    def _reference(self, length: int) -> None:
        """`&eacute;`, `&#233;` (the ';' may be missing): decoded, standing where it was written."""
        if self.skip:
            return
        start = self.source_offset()
        local = start - self.base_offset
        if self.source[local + length:local + length + 1] == ";":
            length += 1
        self._add(html.unescape(self.source[local:local + length]), start, length)

    def handle_comment(self, data: str) -> None:
        start = self.source_offset()
        local = start - self.base_offset
        found = self.source.find(data, local) if data else -1
        inner = self.base_offset + found if found >= 0 else start  # after '<!--' (or '</' of a bogus comment)
        end = inner + len(data) + (3 if self.source.startswith("-->", inner - self.base_offset + len(data)) else 1)
        self.comments.append((data.strip(), start, end))
        if not self.skip and not is_directive(data):
            self.pieces.append(start)
            self._add(data, inner, len(data), hidden=True)
            self.pieces.append(inner + len(data))


def parse(path: Path, shown: str, source: str, root: Path | None = None) -> Document:
    extractor = Extractor(source, emphasis=True).run(source, shown)
    out = TextBuilder()
    for piece in extractor.pieces:
        if isinstance(piece, int):
            out.separate(piece)
        else:
            out.add(piece.text, piece.offset, verbatim=len(piece.text) == piece.length, hidden=piece.hidden)
    text, offsets = out.build()
    doc = Document(path=path, display_path=shown, kind="html", source=source, text=text, offsets=offsets,
                   meta=extractor.meta, hidden=out.hidden)
    root = root if root is not None else site_root(path.parent)
    for src, offset, alt in extractor.images:
        line, col = doc.source_position(offset)
        doc.images.append(image_ref(src, path.parent, root, line, col, alt))
    for text_, start, end in extractor.comments:
        line, col = doc.source_position(start)
        doc.comments.append(Comment(text=text_, line=line, col=col, end_line=doc.source_position(end)[0]))
    return doc
