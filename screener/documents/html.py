"""HTML: a post of the school website.

Text nodes, the page title, `<meta>` descriptions, and the alt/title/aria-label attributes are
screened; scripts and styles are not. Python's own HTML parser is used because it reports where
every piece of text sits in the file, which a finding's line:col needs.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from screener.documents.model import Comment, Document, ImageRef, TextBuilder

TEXT_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
META_TEXT = ("description", "og:title", "og:description", "twitter:title", "twitter:description", "author")
SKIP_CONTENT = {"script", "style", "template", "svg", "math", "code-example"}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul", "caption",
    "body", "head", "html", "img", "option", "button", "label",
}

_ATTR = re.compile(r"""([^\s"'>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _attribute_spans(tag_text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of every attribute value inside the raw text of a start tag."""
    spans = []
    for m in _ATTR.finditer(tag_text):
        group = 2 if m.group(2) is not None else 3 if m.group(3) is not None else 4
        spans.append((m.group(1).lower(), m.start(group), m.end(group)))
    return spans


def inline_tag(tag_text: str) -> tuple[list[tuple[str, str]], list[tuple[int, int]]]:
    """For a tag inside Markdown: its images as (src, alt) and the spans of text attributes to keep."""
    images, keep = [], []
    name = re.match(r"</?([A-Za-z][A-Za-z0-9-]*)", tag_text).group(1).lower()
    attrs = {}
    for attr, start, end in _attribute_spans(tag_text):
        attrs[attr] = html.unescape(tag_text[start:end])
        if attr in TEXT_ATTRIBUTES or attr == "href":
            keep.append((start, end))
    if name == "img" and attrs.get("src"):
        images.append((attrs["src"], attrs.get("alt", "")))
    return images, keep


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self.out = TextBuilder()
        self.skip_depth = 0
        self.images: list[tuple[str, int, str]] = []  # (src, offset, alt)
        self.comments: list[tuple[str, int, int]] = []
        self.meta: dict[str, str] = {}

    def source_offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._tag(tag, attrs, closing=False)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._tag(tag, attrs, closing=True)

    def _tag(self, tag: str, attrs: list, closing: bool) -> None:
        start = self.source_offset()
        if tag in SKIP_CONTENT and not closing:
            self.skip_depth += 1
            return
        if tag in BLOCK_TAGS:
            self.out.separate(start)
        values = {name: (value or "") for name, value in attrs}
        raw = self.get_starttag_text() or ""
        spans = {name: (s, e) for name, s, e in _attribute_spans(raw)}

        def add_attribute(name: str) -> None:
            if name not in spans or not values.get(name, "").strip():
                return
            s, e = spans[name]
            raw_value = raw[s:e]
            self.out.separate(start + s)
            if "&" in raw_value:
                self.out.add(html.unescape(raw_value), start + s, verbatim=False)
            else:
                self.out.add(raw_value, start + s)
            self.out.separate(start + e)

        if tag == "meta":
            key = (values.get("name") or values.get("property") or "").lower()
            if key:
                self.meta[key] = values.get("content", "")
            if key in META_TEXT:
                add_attribute("content")
            return
        for name in TEXT_ATTRIBUTES:
            add_attribute(name)
        if tag == "a" and values.get("href", "").startswith(("mailto:", "tel:", "http")):
            add_attribute("href")
        if tag == "img" and values.get("src"):
            self.images.append((values["src"], start, values.get("alt", "")))
        if tag in {"source"} and values.get("srcset"):
            self.images.append((values["srcset"].split()[0], start, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_CONTENT:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in BLOCK_TAGS:
            self.out.separate(self.source_offset())

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.out.add(data, self.source_offset())

    def handle_entityref(self, name: str) -> None:
        if not self.skip_depth:
            self.out.add(html.unescape(f"&{name};"), self.source_offset(), verbatim=False)

    def handle_charref(self, name: str) -> None:
        if not self.skip_depth:
            self.out.add(html.unescape(f"&#{name};"), self.source_offset(), verbatim=False)

    def handle_comment(self, data: str) -> None:
        start = self.source_offset()
        self.comments.append((data.strip(), start, start + len(data) + 7))


def parse(path: Path, shown: str, source: str) -> Document:
    from screener.documents.markdown import resolve_image

    extractor = _Extractor(source)
    extractor.feed(source)
    extractor.close()
    text, offsets = extractor.out.build()
    doc = Document(path=path, display_path=shown, kind="html", source=source, text=text, offsets=offsets,
                   meta=extractor.meta)
    for src, offset, alt in extractor.images:
        line, col = doc.source_position(offset)
        doc.images.append(ImageRef(src=src, path=resolve_image(src, path.parent), line=line, col=col, alt=alt))
    for text_, start, end in extractor.comments:
        line, col = doc.source_position(start)
        doc.comments.append(Comment(text=text_, line=line, col=col, end_line=doc.source_position(end)[0]))
    return doc
