"""Markdown with YAML front matter.

Markup is blanked out (replaced by spaces, newlines kept) rather than removed, so every
character of the screened text sits at its own line and column in the file. Alt texts, link
texts, titles and the text values of the front matter stay; image paths become `ImageRef`s.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import frontmatter
import yaml

from screener.documents import html as html_reader
from screener.documents.model import Comment, Document, ImageRef, OffsetMap

# Front-matter keys that describe the post rather than being shown as text: never screened.
STRUCTURAL_KEYS = {
    "layout", "date", "lastmod", "publishdate", "expirydate", "slug", "url", "permalink", "lang",
    "language", "draft", "weight", "type", "template", "channel", "kanaal", "author_role", "rol",
    "role", "image", "images", "featured_image", "thumbnail", "cover", "photo", "photos", "foto",
    "fotos", "media", "aliases", "menu", "categories", "id", "uuid", "toc", "comments",
    "author_function", "functie", "auteur_functie", "auteur_rol",
    "consent", "toestemming", "screener",
}
# Front-matter keys that hold the post's photos.
IMAGE_KEYS = ("image", "images", "featured_image", "thumbnail", "cover", "photo", "photos", "foto", "fotos", "media")

_FM_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\n")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_KEY_LINE = re.compile(r"^(\s*)([A-Za-z0-9_\-]+)\s*:\s?(.*)$")
_LIST_LINE = re.compile(r"^(\s*)-\s+(.*)$")

_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_IMAGE = re.compile(r'!\[(?P<alt>[^\]\n]*)\]\(\s*<?(?P<src>[^)\s>]+)>?(?:\s+["\'](?P<title>[^"\'\n]*)["\'])?\s*\)')
_LINK = re.compile(r'(?<!!)\[(?P<text>[^\]\n]*)\]\(\s*<?(?P<url>[^)\s>]*)>?(?:\s+["\'](?P<title>[^"\'\n]*)["\'])?\s*\)')
_REF_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*", re.M)
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+|[^>\s@]+@[^>\s@]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_BLOCK_MARK = re.compile(
    r"^(?P<mark>[ \t]*(?:>[ \t]?)*(?:#{1,6}(?=[ \t])|[-*+](?=[ \t])|\d{1,3}[.)](?=[ \t]))?)", re.M
)
_RULE_LINE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)[^\n]*$", re.M)
_EMPHASIS = re.compile(r"(?<![\w\\])[*_~`]+|[*_~`]+(?![\w])")
_TABLE_PIPE = re.compile(r"(?<!\\)\|")
_TABLE_RULE = re.compile(r"^[ \t|:\-]+$", re.M)


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _front_matter(source: str, chars: list[str]) -> tuple[dict, int]:
    """Parse the front matter; blank keys, structural values and the fences. Returns (meta, body start)."""
    opened = _FM_OPEN.match(source)
    if not opened:
        return {}, 0
    close = _FM_CLOSE.search(source, opened.end())
    if not close:
        return {}, 0
    end = close.end()
    try:
        meta = frontmatter.loads(source[:end] + "\n").metadata
    except yaml.YAMLError:
        meta = {}
    meta = {str(k): v for k, v in meta.items()}
    _blank(chars, 0, opened.end())
    _blank(chars, close.start(), end)

    offset = opened.end()
    current_key = ""
    for line in source[opened.end():close.start()].split("\n"):
        start = offset
        offset += len(line) + 1
        keyed = _KEY_LINE.match(line)
        listed = _LIST_LINE.match(line)
        if keyed and not listed:
            current_key = keyed.group(2).lower()
            value_start = start + keyed.start(3)
        elif listed:
            value_start = start + listed.start(2)
        else:
            value_start = start + len(line) - len(line.lstrip())
        if current_key in STRUCTURAL_KEYS:
            _blank(chars, start, start + len(line))
            continue
        _blank(chars, start, value_start)
        # quotes around a YAML string are markup too
        value_end = start + len(line)
        value = source[value_start:value_end]
        stripped = value.strip()
        if len(stripped) >= 2 and stripped[0] == stripped[-1] and stripped[0] in "\"'":
            q1 = value_start + value.index(stripped[0])
            _blank(chars, q1, q1 + 1)
            _blank(chars, q1 + len(stripped) - 1, q1 + len(stripped))
        if stripped.startswith("[") and stripped.endswith("]"):
            for i in range(value_start, value_end):
                if source[i] in "[],":
                    chars[i] = " "
    return meta, end


def _front_matter_images(meta: dict) -> list[str]:
    found: list[str] = []
    for key in IMAGE_KEYS:
        value = meta.get(key)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, str):
                found.append(v)
            elif isinstance(v, dict):
                for field in ("src", "path", "file", "bestand"):
                    if isinstance(v.get(field), str):
                        found.append(v[field])
    return found


# Where a website keeps the files it serves from its root: Hugo's static/ and assets/, a built site's
# public/, or the site's own root (Jekyll, plain HTML).
SITE_FOLDERS = ("", "static", "assets", "public")


def resolve_image(src: str, base: Path) -> Path | None:
    """A local image path for `src` as written in a post in folder `base`; None for remote or data URLs."""
    if re.match(r"^[a-z][a-z0-9+.-]*:", src, re.I) or src.startswith("//"):  # http:, data:, //cdn...
        return None
    clean = unquote(src.split("#")[0].split("?")[0])
    if not clean.startswith("/"):
        return base / clean
    return _site_file(clean.lstrip("/"), base)


def _site_file(relative: str, base: Path) -> Path:
    """A site-absolute path ('/img/optreden.jpg'): the file in the nearest folder above the post that
    has it, directly or in one of SITE_FOLDERS; the search ends at the repository root. When no
    folder has it, the path beside the post (which the report then names as missing)."""
    for folder in (base.absolute(), *base.absolute().parents):
        for sub in SITE_FOLDERS:
            candidate = folder / sub / relative
            if candidate.is_file():
                return candidate
        if (folder / ".git").exists():
            break
    return base / relative


def parse(path: Path, shown: str, source: str) -> Document:
    chars = list(source)
    meta, body_start = _front_matter(source, chars)
    base = path.parent
    images: list[ImageRef] = []
    comments: list[Comment] = []

    def position(offset: int) -> tuple[int, int]:
        line = source.count("\n", 0, offset) + 1
        return line, offset - (source.rfind("\n", 0, offset) + 1) + 1

    for src in _front_matter_images(meta):
        line, col = 1, 1
        at = source.find(src, 0, body_start)
        if at >= 0:
            line, col = position(at)
        images.append(ImageRef(src=src, path=resolve_image(src, base), line=line, col=col))

    body = source[body_start:]

    def spans(pattern: re.Pattern) -> list[re.Match]:
        return list(pattern.finditer(body))

    for m in spans(_COMMENT):
        s, e = body_start + m.start(), body_start + m.end()
        line, col = position(s)
        comments.append(Comment(text=m.group(1).strip(), line=line, col=col, end_line=position(e)[0]))
        _blank(chars, s, e)

    for m in spans(_IMAGE):
        s = body_start + m.start()
        line, col = position(s)
        images.append(ImageRef(src=m.group("src"), path=resolve_image(m.group("src"), base),
                               line=line, col=col, alt=m.group("alt")))
        keep = [(m.start("alt"), m.end("alt"))]
        if m.group("title") is not None:
            keep.append((m.start("title"), m.end("title")))
        _blank_except(chars, body_start, m.start(), m.end(), keep)

    for m in spans(_LINK):
        keep = [(m.start("text"), m.end("text")), (m.start("url"), m.end("url"))]
        if m.group("title") is not None:
            keep.append((m.start("title"), m.end("title")))
        _blank_except(chars, body_start, m.start(), m.end(), keep)

    for m in spans(_AUTOLINK):
        chars[body_start + m.start()] = " "
        chars[body_start + m.end() - 1] = " "

    for m in spans(_TAG):
        if chars[body_start + m.start()] != "<":  # already blanked (inside a comment)
            continue
        tag_images, keep = html_reader.inline_tag(m.group(0))
        s = body_start + m.start()
        for src, alt in tag_images:
            line, col = position(s)
            images.append(ImageRef(src=src, path=resolve_image(src, base), line=line, col=col, alt=alt))
        _blank_except(chars, body_start, m.start(), m.end(), [(m.start() + a, m.start() + b) for a, b in keep])

    for pattern in (_FENCE, _RULE_LINE, _TABLE_RULE, _REF_DEF):
        for m in spans(pattern):
            if m.group(0).strip():
                _blank(chars, body_start + m.start(), body_start + m.end())
    for m in spans(_BLOCK_MARK):
        _blank(chars, body_start + m.start(), body_start + m.end())
    for m in _TABLE_PIPE.finditer("".join(chars[body_start:])):
        _blank(chars, body_start + m.start(), body_start + m.end())
    for m in _EMPHASIS.finditer("".join(chars)):  # front matter titles use emphasis too
        _blank(chars, m.start(), m.end())

    images.sort(key=lambda ref: (ref.line, ref.col))
    return Document(path=path, display_path=shown, kind="markdown", source=source, text="".join(chars),
                    offsets=OffsetMap.identity(), meta=meta, images=images, comments=comments)


def _blank_except(chars: list[str], base: int, start: int, end: int, keep: list[tuple[int, int]]) -> None:
    kept = set()
    for a, b in keep:
        kept.update(range(a, b))
    for i in range(start, end):
        if i not in kept and chars[base + i] != "\n":
            chars[base + i] = " "
