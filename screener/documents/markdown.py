"""Markdown with front matter (YAML or TOML), as Jekyll and Hugo sites write it.

markdown-it-py gives the structure: which lines are code, HTML blocks, tables, paragraphs, and
which images a paragraph shows (also reference-style `![a][ref]` and `<paths with spaces.jpg>`).
Markup is then blanked out in place (replaced by spaces, newlines kept) rather than removed, so
every character of the screened text sits at its own line and column in the file. Only what would split
a word or number is removed instead, its neighbours keeping their places: emphasis inside a word
(`111**222**333`) and the rest of a decoded character reference (`&#x31;`). Alt texts, link
texts, titles, shortcode captions and the text values of the front matter stay; photo paths become
`ImageRef`s. HTML comments and scripts are kept as hidden text (see `Document.hidden`).
"""

from __future__ import annotations

import bisect
import functools
import html as html_entities
import os
import re
from pathlib import Path
from urllib.parse import unquote

from screener.documents import frontmatter, html as html_reader
from screener.documents.model import Comment, Document, ImageRef, OffsetMap
from screener.documents.references import image_ref, inside, site_root

# kept for callers that know the front-matter keys from here
IMAGE_KEYS = frontmatter.IMAGE_KEYS
STRUCTURAL_KEYS = frontmatter.STRUCTURAL_KEYS


@functools.cache
def _parsers() -> tuple:
    """markdown-it's parsers (inline, blocks), made on the first post read: a command that reads none (a warm scan,
    answered from its cache) does not import markdown-it."""
    from markdown_it import MarkdownIt

    inline = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    inline.validateLink = lambda url: True  # nothing is rendered: every image is a reference to check (data:, svg)
    return inline, MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).disable("inline")


# markdown-it's inline parser takes quadratic time on some text (thousands of '['); a longer paragraph's
# images come from the bracket scan here, which is linear.
MAX_INLINE_PARSE = 2000
MAX_DESTINATION = 4096  # characters of a <path with spaces> destination

# Hugo shortcodes ({{< figure src="x.jpg" caption="..." >}}, {{% ... %}}), Liquid tags ({% include ... %})
# and template output ({{ site.baseurl }}).
_TEMPLATE = re.compile(r"\{\{[<%](?:(?!\{[{%])[\s\S]){0,1000}?[>%]\}\}|\{%(?:(?!\{[{%])[\s\S]){0,1000}?%\}"
                       r"|\{\{-?\s*(?:site|page|include|post|layout|jekyll|paginator|\.|\$|[\"'])[^{}\n]{0,200}?-?\}\}")
_TEMPLATE_PATH = re.compile(r"""\A\{\{-?\s*["']([^"'\n]+)["']\s*\|\s*(?:relative_url|absolute_url|relURL|absURL)\s*-?\}\}\Z""")
_TEMPLATE_ARG = re.compile(r"""(?:([A-Za-z_][\w-]*)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`=]+))""")
SHORTCODE_IMAGES = ("src", "image", "img", "file", "path", "photo", "foto", "thumb", "thumbnail", "url")
# Arguments that are not text a visitor reads; every other quoted argument (caption, title, alt, ...) is screened.
SHORTCODE_NOT_TEXT = SHORTCODE_IMAGES + ("class", "width", "height", "link", "target", "rel", "loading", "id",
                                         "align", "position", "style", "size", "type", "lang", "href", "ref", "relref")
_PHOTO_FILE = html_reader.PHOTO_LINK

_HTML_INLINE = re.compile(r"<!--.*?(?:-->|\Z)|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^<>\s]{1,2048}|[^<>\s@]{1,254}@[^<>\s@]{1,254})>")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~\n])")
# Line prefixes: block quotes, list markers (nested), a heading's #, a task list's [x].
_BLOCK_MARK = re.compile(
    r"^[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)*(?:#{1,6}(?=[ \t]|$))?(?:[ \t]*\[[ xX]\](?=[ \t]))?",
    re.M)
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$", re.M)
_RULE_LINE = re.compile(r"^[ \t]*(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|-+[ \t]*)$", re.M)
_FENCE = re.compile(r"^[ \t>]*(?:`{3,}|~{3,})[^\n]*$", re.M)
_EMPHASIS = re.compile(r"(?<![\w\\])[*_~]+|[*_~]+(?![\w])")
_INTRAWORD_EMPHASIS = re.compile(r"(?<=[^\W_])[*~]+(?=[^\W_])")
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TABLE_PIPE = re.compile(r"(?<!\\)\|")
_TABLE_RULE = re.compile(r"^[ \t|:\-]+$", re.M)
_REF_DEF = re.compile(r"^[ ]{0,3}\[(?:[^\]\\\n]|\\.)+\]:[ \t]*(?:<([^>\n]*)>|(\S+))?", re.M)
_TITLE = re.compile(r"""\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|\(((?:[^()\\]|\\.)*)\))\s*\)\Z""", re.S)
BUNDLE_NAMES = {"index.md", "index.markdown", "_index.md", "_index.markdown", "index.html", "_index.html"}
MAX_BUNDLE_PHOTOS = 200
MAX_BUNDLE_ENTRIES = 5000  # files looked at for a bundle's photos or a resource pattern


class _Page:
    """The post being read: its source, the screened characters, and what was found."""

    def __init__(self, path: Path, shown: str, source: str, root: Path) -> None:
        self.path, self.shown, self.source, self.root = path, shown, source, root
        self.chars = list(source)
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self.images: list[ImageRef] = []
        self.comments: list[Comment] = []
        self.hidden: list[tuple[int, int]] = []
        self.code = bytearray(len(source))  # 1: code (blocks and spans), not to treat as markup
        # applied last (they change the length of the text): (offset, length, text) replaces a decoded reference,
        # and text of length 0 goes before the character at offset
        self.decoded: list[tuple[int, int, str]] = []
        self.removed: list[tuple[int, int]] = []

    def position(self, offset: int) -> tuple[int, int]:
        import bisect

        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_offset(self, line: int) -> int:
        return self.line_starts[line] if line < len(self.line_starts) else len(self.source)

    def blank(self, start: int, end: int) -> None:
        chars = self.chars
        for i in range(max(0, start), min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "

    def restore(self, start: int, end: int) -> None:
        self.chars[start:end] = self.source[start:end]

    def add_image(self, src: str, offset: int, alt: str = "") -> None:
        line, col = self.position(offset)
        self.images.append(image_ref(src, self.path.parent, self.root, line, col, alt))

    def in_code(self, offset: int) -> bool:
        return bool(self.code[offset]) if 0 <= offset < len(self.code) else False

    def mark_code(self, start: int, end: int) -> None:
        self.code[start:end] = b"\x01" * (end - start)

    def html(self, start: int, end: int) -> None:
        """HTML inside the post (a block or an inline tag): its text attributes, photos, comments, scripts."""
        extractor = html_reader.Extractor(self.source[start:end], base_offset=start).run(self.source[start:end],
                                                                                          self.shown)
        self.blank(start, end)
        for piece in extractor.pieces:
            if isinstance(piece, int):
                continue
            if len(piece.text) == piece.length:
                self.restore(piece.offset, piece.offset + piece.length)
            else:  # a decoded entity stands at the start of what it replaces
                self.decoded.append((piece.offset, piece.length, piece.text))
            if piece.hidden:
                self.hidden.append((piece.offset, piece.offset + piece.length))
        for src, offset, alt in extractor.images:
            self.add_image(src, offset, alt)
        for text, s, e in extractor.comments:
            line, col = self.position(s)
            self.comments.append(Comment(text=text, line=line, col=col, end_line=self.position(min(e, end) - 1)[0]))


def parse(path: Path, shown: str, source: str, root: Path | None = None) -> Document:
    page = _Page(path, shown, source, root if root is not None else site_root(path.parent))
    front = frontmatter.read(source, shown)
    page.blank(0, front.end)
    for start, end in front.keep:
        page.restore(start, end)
    for src, offset in front.images:
        for found in _expand(src, path.parent, page):
            page.add_image(found, offset)

    view = _templates_masked(source, front.end)
    env: dict = {}
    inline_parser, blocks = _parsers()
    tokens = blocks.parse(view[front.end:], env)
    first_line = source.count("\n", 0, front.end)
    covered: set[int] = set(range(first_line))
    code_lines: set[int] = set()
    inline: dict[tuple[int, int], list] = {}  # the cells of a table row share their line: one segment
    for token in tokens:
        if token.map is None:
            continue
        a, b = first_line + token.map[0], first_line + token.map[1]
        start, end = page.line_offset(a), page.line_offset(b)
        if token.level == 0 or token.type in ("fence", "code_block", "html_block"):
            covered.update(range(a, b))
        if token.type in ("fence", "code_block"):
            code_lines.update(range(a, b))
            page.mark_code(start, end)
            if token.type == "fence":
                for m in _FENCE.finditer(source, start, end):
                    page.blank(m.start(), m.end())
        elif token.type == "html_block":
            code_lines.update(range(a, b))
            page.html(start, end)
        elif token.type == "inline":
            images = None
            if len(token.content) <= MAX_INLINE_PARSE:
                parsed = inline_parser.parseInline(token.content, env)
                images = [c for c in parsed[0].children or [] if c.type == "image"] if parsed else []
            found = inline.setdefault((start, end), [])
            if found is not None:
                inline[(start, end)] = None if images is None else found + images
        elif token.type == "table_open":
            for m in _TABLE_RULE.finditer(source, start, end):
                if "-" in m.group(0):
                    page.blank(m.start(), m.end())
            for m in _TABLE_PIPE.finditer(source, start, end):
                page.blank(m.start(), m.end())

    for (start, end), images in inline.items():
        _inline(page, view, start, end, images, env.get("references", {}))
    _templates(page, front.end)
    _reference_definitions(page, covered, first_line)
    for m in _BLOCK_MARK.finditer(source, front.end):
        if page.position(m.start())[0] - 1 not in code_lines:
            page.blank(m.start(), m.end())
    for pattern in (_RULE_LINE, _HEADING_CLOSE):
        for m in pattern.finditer(source, front.end):
            if page.position(m.start())[0] - 1 not in code_lines and m.group(0).strip():
                page.blank(m.start(), m.end())
    text = "".join(page.chars)
    for m in _INTRAWORD_EMPHASIS.finditer(text):  # 111**222**333: the number stays whole
        if not page.in_code(m.start()):
            page.removed.append((m.start(), m.end()))
    for m in _EMPHASIS.finditer(text):  # front matter titles use emphasis too
        if not page.in_code(m.start()):
            page.blank(m.start(), m.end())
    _bundle_photos(page)

    page.images.sort(key=lambda ref: (ref.line, ref.col))
    text, offsets, hidden = _screened_text(page)
    return Document(path=path, display_path=shown, kind="markdown", source=source, text=text,
                    offsets=offsets, meta=front.meta, images=page.images, comments=page.comments, hidden=hidden,
                    front_matter_lines=source.count("\n", 0, front.end))


def _screened_text(page: _Page) -> tuple[str, OffsetMap, list[tuple[int, int]]]:
    """The page's characters with removals and decoded references applied, mapped back to the source."""
    chars = page.chars
    if not page.removed and not page.decoded:
        return "".join(chars), OffsetMap.identity(), sorted(page.hidden)
    for start, end in page.removed:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = ""
    for offset, length, text in page.decoded:
        if length == 0:
            chars[offset] = text + " " + chars[offset]
            continue
        chars[offset] = text
        for i in range(offset + 1, min(offset + length, len(chars))):
            chars[i] = ""
    replaced = {offset for offset, _, _ in page.decoded}
    starts, sources, verbatim = [], [], []
    size, run = 0, False  # run: the current piece maps character by character
    for i, ch in enumerate(chars):
        if len(ch) == 1 and i not in replaced:
            if not run:
                starts.append(size)
                sources.append(i)
                verbatim.append(True)
                run = True
        else:
            run = False
            if ch:
                starts.append(size)
                sources.append(i)
                verbatim.append(False)
        size += len(ch)
    offsets = OffsetMap(starts or [0], sources or [0], verbatim or [True])

    def to_text(offset: int) -> int:
        i = bisect.bisect_right(sources, offset) - 1
        if i < 0:
            return 0
        end = starts[i + 1] if i + 1 < len(starts) else size
        return min(starts[i] + offset - sources[i], end) if verbatim[i] else starts[i]

    hidden = sorted((to_text(a), to_text(b)) for a, b in page.hidden)
    return "".join(chars), offsets, [(a, b) for a, b in hidden if b > a]


def _templates_masked(source: str, start: int) -> str:
    """`source` with template constructs blanked, so markdown-it sees the Markdown around them;
    `{{ "/img/x.jpg" | relative_url }}` keeps its path, `{{ site.baseurl }}` becomes spaces."""
    def mask(m: re.Match) -> str:
        text = m.group(0)
        path = _TEMPLATE_PATH.match(text)
        kept = path.group(1) if path and "\n" not in text else ""
        return kept + "".join(ch if ch == "\n" else " " for ch in text[len(kept):])

    return source[:start] + _TEMPLATE.sub(mask, source[start:])


def _templates(page: _Page, body: int) -> None:
    """Shortcodes and Liquid tags: their photos become references, their captions stay as text."""
    for m in _TEMPLATE.finditer(page.source, body):
        if page.in_code(m.start()):
            continue
        text = m.group(0)
        page.blank(m.start(), m.end())
        if text.startswith("{{") and text[2:3] not in "<%":
            continue  # template output; a path in it was read with the image around it
        inner = 3 if text.startswith("{{") else 2
        name_match = re.match(r"\s*/?\s*([\w./-]+)", text[inner:])
        name = name_match.group(1).lower() if name_match else ""
        args_start = inner + (name_match.end() if name_match else 0)
        for arg in _TEMPLATE_ARG.finditer(text, args_start, len(text) - inner):
            group = next((g for g in (2, 3, 4, 5) if arg.group(g) is not None), None)
            if group is None:
                continue
            key, value = (arg.group(1) or "").lower(), arg.group(group)
            at = m.start() + arg.start(group)
            if key in SHORTCODE_IMAGES or (not key and _PHOTO_FILE.search(value)):
                if key != "url" or _PHOTO_FILE.search(value):
                    page.add_image(value, at)
            elif key not in SHORTCODE_NOT_TEXT and group != 5:
                page.restore(at, at + len(value))


def _inline(page: _Page, view: str, start: int, end: int, images: list | None, references: dict) -> None:
    """A paragraph, heading or table cell: code spans, inline HTML, images and links.
    `images`: markdown-it's image tokens of the segment, None when it was too long to parse inline."""
    segment = view[start:end]
    blocked = bytearray(len(segment))  # code spans and HTML: no markup there
    for s, e in _code_spans(segment):
        blocked[s:e] = b"\x01" * (e - s)
        page.mark_code(start + s, start + e)
        ticks = len(segment[s:e]) - len(segment[s:e].lstrip("`"))
        page.blank(start + s, start + s + ticks)
        page.blank(start + e - ticks, start + e)
    for m in _HTML_INLINE.finditer(segment):
        if blocked[m.start()]:
            continue
        blocked[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        page.html(start + m.start(), start + m.end())
    for m in _AUTOLINK.finditer(segment):
        if not blocked[m.start()]:
            page.blank(start + m.start(), start + m.start() + 1)
            page.blank(start + m.end() - 1, start + m.end())
    for m in _ESCAPE.finditer(segment):
        if not blocked[m.start()]:
            page.blank(start + m.start(), start + m.start() + 1)
    for m in _CHARACTER_REFERENCE.finditer(segment):
        decoded = html_entities.unescape(m.group(0))
        if not blocked[m.start()] and decoded != m.group(0) and not page.in_code(start + m.start()):
            page.decoded.append((start + m.start(), m.end() - m.start(), decoded))

    located = _brackets(page, segment, start, blocked, references)
    if images is None:
        for at, src, alt in located:
            if src is not None:
                page.add_image(src, at, alt)
        return
    unused = list(located)
    for child in images:  # markdown-it's images, each at the '![' of the same path (else the next one)
        src = unquote(child.attrGet("src") or "")
        match = next((i for i, (_, found, _) in enumerate(unused) if found is not None and unquote(found) == src), 0)
        at = unused.pop(match)[0] if unused else start
        page.add_image(src, at, child.content)
    for at, src, alt in unused:  # not an image to CommonMark (a control character in the path), but a photo's path
        if src and _PHOTO_FILE.search(src):
            page.add_image(src, at, alt)


def _code_spans(segment: str) -> list[tuple[int, int]]:
    """(start, end) of every code span: a run of backticks up to the next run of the same length.
    One pass over the runs (a regex with a lazy body would take quadratic time on stray backticks)."""
    runs = [(m.start(), m.end() - m.start()) for m in re.finditer(r"`+", segment)]
    later: dict[int, list[int]] = {}
    for index in range(len(runs) - 1, -1, -1):
        later.setdefault(runs[index][1], []).append(index)  # per length, indexes in reverse order
    spans, i = [], 0
    while i < len(runs):
        position, length = runs[i]
        candidates = later[length]
        while candidates and candidates[-1] <= i:
            candidates.pop()
        if candidates:
            j = candidates[-1]
            spans.append((position, runs[j][0] + length))
            i = j + 1
        else:
            i += 1
    return spans


def _pairs(segment: str, blocked: bytearray, opening: str, closing: str) -> dict[int, int]:
    """Each opening bracket's closing partner, in one pass (backslash escapes and code skipped)."""
    pairs, stack = {}, []
    for m in re.finditer(r"\\.|" + re.escape(opening) + "|" + re.escape(closing), segment, re.S):
        i = m.start()
        if len(m.group(0)) == 2 or blocked[i]:
            continue
        if m.group(0) == opening:
            stack.append(i)
        elif stack:
            pairs[stack.pop()] = i
    return pairs


def _brackets(page: _Page, segment: str, start: int, blocked: bytearray,
              references: dict) -> list[tuple[int, str | None, str]]:
    """Blank the markup of every link and image in the segment; (offset of '![', src or None, alt) per image."""
    images = []
    squares = _pairs(segment, blocked, "[", "]")
    rounds = _pairs(segment, blocked, "(", ")")
    for i in sorted(squares):
        close = squares[i]
        image = i > 0 and segment[i - 1] == "!" and not (i > 1 and segment[i - 2] == "\\")
        opener = i - 1 if image else i
        page.blank(start + opener, start + i + 1)
        page.blank(start + close, start + close + 1)
        after = close + 1
        label = segment[i + 1:close]
        src = None
        if after < len(segment) and segment[after] == "(":
            stop = rounds.get(after, -1)
            if segment[after + 1:after + 2] == "<":  # <a path with spaces.jpg>; searched nearby only
                angle = segment.find(">", after, after + MAX_DESTINATION)
                stop = segment.find(")", angle, angle + MAX_DESTINATION) if angle > 0 else -1
            # an embedded photo (data:) is as long as the photo: its base64 line has no length limit
            if 0 < stop and (stop <= after + MAX_DESTINATION or segment.startswith("data:", after + 1)):
                src = _destination(page, segment, start, opener, after, stop, image)
        elif after < len(segment) and segment[after] == "[" and after in squares:
            page.blank(start + after, start + squares[after] + 1)
            label = segment[after + 1:squares[after]] or label
        if src is None and image:
            from markdown_it.common.utils import normalizeReference

            src = references.get(normalizeReference(label), {}).get("href")
        if image:
            images.append((start + opener, src, label))
    return images


def _destination(page: _Page, segment: str, start: int, opener: int, after: int, stop: int, image: bool) -> str:
    """The `(destination "title")` of a link or image: blanked, except the title and a link's address.
    Returns the destination."""
    inner = segment[after:stop + 1]
    title = _TITLE.search(inner)
    keep = []
    if title:
        g = next(g for g in (1, 2, 3) if title.group(g) is not None)
        keep.append((after + title.start(g), after + title.end(g)))
    destination = inner[1:title.start() if title else -1].strip()
    if not image:
        if _PHOTO_FILE.search(destination.strip("<>")):
            page.add_image(destination.strip("<>"), start + opener)
        elif destination:
            at = segment.find(destination, after, stop)
            if at >= 0:
                keep.append((at, at + len(destination)))
    page.blank(start + after, start + stop + 1)
    for a, b in keep:
        page.restore(start + a, start + b)
    return destination[1:-1] if destination.startswith("<") and destination.endswith(">") else destination


def _reference_definitions(page: _Page, covered: set[int], first_line: int) -> None:
    """`[ref]: path "title"` lines (no block of their own): the label goes, and a photo's path too."""
    for m in _REF_DEF.finditer(page.source, page.line_offset(first_line)):
        if page.position(m.start())[0] - 1 in covered:
            continue
        destination = m.group(1) if m.group(1) is not None else m.group(2)
        label_end = m.start(1) - 1 if m.group(1) is not None else m.start(2) if m.group(2) else m.end()
        page.blank(m.start(), label_end)
        if destination and (_PHOTO_FILE.search(destination) or destination.lower().startswith("data:")):
            page.blank(m.start(), m.end())


def _expand(src: str, base: Path, page: _Page) -> list[str]:
    """A Hugo resource pattern (`images/*.jpg`) as the files it matches in the bundle folder; other paths as
    they are. A pattern that leaves the folder is not searched (it is then reported as leaving the site)."""
    if not any(ch in src for ch in "*?[") or src.startswith(("/", "data:")) or "://" in src:
        return [src]
    if ".." in Path(src).parts or Path(src).is_absolute():
        return [src]
    found: list[str] = []
    try:
        for seen, match in enumerate(base.glob(src)):
            if match.is_file() and inside(match, page.root):
                found.append(str(match.relative_to(base)))
            if len(found) >= MAX_BUNDLE_PHOTOS or seen >= MAX_BUNDLE_ENTRIES:
                break
    except (ValueError, OSError, NotImplementedError, RuntimeError):
        return [src]
    return sorted(found) or [src]


def _bundle_photos(page: _Page) -> None:
    """A Hugo page bundle (a folder with index.md): the photos in its folder are the post's own."""
    if page.path.name.lower() not in BUNDLE_NAMES:
        return
    from screener.images import IMAGE_SUFFIXES

    folder = page.path.parent
    try:
        parts = Path(os.path.realpath(folder)).relative_to(page.root).parts
    except ValueError:
        return
    if "content" not in parts[:-1]:  # Hugo's content folder; a Jekyll site's index.md is its home page
        return
    known = {os.path.realpath(ref.path) for ref in page.images if ref.path is not None}
    leaf = not page.path.name.startswith("_")
    candidates: list[Path] = []
    for here, folders, files in os.walk(folder):  # links to folders are not followed
        candidates += [Path(here) / name for name in files]
        if not leaf or len(candidates) > MAX_BUNDLE_ENTRIES:
            break
    candidates.sort()
    added = 0
    for candidate in candidates:
        if added >= MAX_BUNDLE_PHOTOS:
            break
        if candidate.suffix.lower() not in IMAGE_SUFFIXES or not candidate.is_file():
            continue
        if os.path.realpath(candidate) in known:
            continue
        page.add_image(str(candidate.relative_to(folder)), 0)
        added += 1
