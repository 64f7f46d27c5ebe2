"""Front matter of a Markdown post: YAML between `---` lines (Jekyll, Hugo) or TOML between `+++` (Hugo).

A front matter that cannot be read is a `DocumentError` naming the file and the line, never "no
front matter": the channel, the author and the consent declarations are in it. The YAML is read
node by node, so every text value keeps its exact place in the file, aliases cannot blow up the
work (`MAX_NODES`), and a key that is not text (`null:`, `true:`, `1:`) is named.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from screener.documents.model import DocumentError

# Front-matter keys that describe the post rather than being shown as text: never screened.
STRUCTURAL_KEYS = {
    "layout", "date", "lastmod", "publishdate", "expirydate", "slug", "url", "permalink", "lang",
    "language", "draft", "weight", "type", "template", "channel", "kanaal", "author_role", "rol",
    "role", "image", "images", "featured_image", "thumbnail", "cover", "photo", "photos", "foto",
    "fotos", "media", "aliases", "menu", "categories", "id", "uuid", "toc", "comments",
    "author_function", "functie", "auteur_functie", "auteur_rol",
    "consent", "toestemming", "screener",
    # paths inside a photo entry or a Hugo page resource: their file names are screened as file names
    "src", "path", "file", "bestand",
}
# Front-matter keys that hold the post's photos (Hugo's page-bundle `resources` among them).
IMAGE_KEYS = ("image", "images", "featured_image", "thumbnail", "cover", "photo", "photos", "foto", "fotos", "media",
              "resources")
# The field of a photo entry (a mapping) that names its file: `- src: klas.jpg`, `cover: {image: x.jpg}`.
IMAGE_FIELDS = ("src", "path", "file", "bestand", "image")

MAX_NODES = 20_000  # values in one front matter, aliases counted each time they are used
_YAML_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\n")
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_TOML_OPEN = re.compile(r"\A(?:\ufeff)?\+\+\+[ \t]*\n")
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*$", re.M)
_TOML_STRING = re.compile(r"""^[ \t]*([A-Za-z0-9_.\-"']+)[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)')[ \t]*(?:#.*)?$""",
                          re.M)
_TOML_TABLE = re.compile(r"^[ \t]*\[\[?[ \t]*([^\]\n]+?)[ \t]*\]\]?[ \t]*$", re.M)
_TOML_LINE = re.compile(r"at line (\d+)")


@dataclass
class FrontMatter:
    meta: dict = field(default_factory=dict)
    end: int = 0  # offset where the body starts
    keep: list[tuple[int, int]] = field(default_factory=list)  # source spans of text values to screen
    images: list[tuple[str, int]] = field(default_factory=list)  # (src, source offset)


def read(source: str, shown: str) -> FrontMatter:
    """The front matter at the start of `source`; an empty FrontMatter when the post has none."""
    for opening, closing, reader in ((_YAML_OPEN, _YAML_CLOSE, _yaml), (_TOML_OPEN, _TOML_CLOSE, _toml)):
        opened = opening.match(source)
        if not opened:
            continue
        close = closing.search(source, opened.end())
        if not close:
            fence = source[opened.start():opened.end()].strip().lstrip("\ufeff")
            raise DocumentError(f"{shown}:1: de front matter wordt niet afgesloten: zet een regel '{fence}' "
                                "onder de instellingen bovenaan het bericht")
        first_line = source.count("\n", 0, opened.end()) + 1
        found = reader(source[opened.end():close.start()], opened.end(), first_line, shown)
        end = close.end() + 1 if source[close.end():close.end() + 1] == "\n" else close.end()
        found.end = end
        return found
    return FrontMatter()


def _error(shown: str, line: int, what: str) -> DocumentError:
    return DocumentError(f"{shown}:{line}: de front matter is niet te lezen: {what}. Het kanaal, de auteur en de "
                         "toestemmingen staan daarin, dus het bericht is niet gecontroleerd; herstel de regel")


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader; only its node-by-node parts are used."""


def _yaml(text: str, offset: int, first_line: int, shown: str) -> FrontMatter:
    loader = None
    try:
        try:
            loader = _Loader(text)  # already reads the text: a control character is a ReaderError here
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.context_mark or exc.problem_mark  # where the broken list or text begins
            line = first_line + (mark.line if mark else 0)
            raise _error(shown, line, _SYNTAX) from None
        except (yaml.YAMLError, RecursionError, ValueError):
            raise _error(shown, first_line, _SYNTAX) from None
        if node is None:
            return FrontMatter()
        if not isinstance(node, MappingNode):
            raise _error(shown, first_line, "verwacht 'sleutel: waarde'-regels")
        _count_nodes(node, shown, first_line)
        written: set[str] = set()
        for key_node, _ in node.value:  # before merging: `<<: *base` may be overridden, a key written twice not
            if isinstance(key_node, ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                if key_node.value in written:  # which one counts differs per site generator
                    raise _error(shown, first_line + key_node.start_mark.line,
                                 f"de sleutel '{key_node.value[:40]}' staat er twee keer in; laat er één staan")
                written.add(key_node.value)
        found = FrontMatter()
        try:
            loader.flatten_mapping(node)
        except yaml.YAMLError:
            raise _error(shown, first_line, "een samenvoeging met << verwijst niet naar sleutels") from None
        for key_node, value_node in node.value:
            line = first_line + key_node.start_mark.line
            try:
                key = loader.construct_object(key_node, deep=True)
                value = loader.construct_object(value_node, deep=True)
            except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
                at = first_line + getattr(getattr(exc, "problem_mark", None), "line", key_node.start_mark.line)
                raise _error(shown, at, _value_problem(exc)) from None
            if not isinstance(key, str):
                written = f"'{key_node.value[:20]}'" if isinstance(key_node, ScalarNode) else "(een lijst)"
                raise _error(shown, line, f"de sleutel {written} is geen tekst; zet hem tussen "
                                          "aanhalingstekens of kies een andere naam")
            found.meta[key] = value
            key_lower = key.lower()
            _keep_text(value_node, key_lower, offset, found.keep, set())
            if key_lower in IMAGE_KEYS:
                _image_nodes(value_node, offset, found.images)
        return found
    finally:
        if loader is not None:
            loader.dispose()


_SYNTAX = ("de opmaak klopt niet (YAML), bijvoorbeeld een ontbrekend ']' of aanhalingsteken, een tab of een "
           "dubbele punt te veel")


def _value_problem(exc: Exception) -> str:
    if isinstance(exc, yaml.YAMLError):
        return "een waarde of markering (zoals !!python of !!binary) wordt niet ondersteund"
    return ("een waarde past niet bij haar soort, bijvoorbeeld een datum die niet bestaat (2025-02-30), "
            "een uur boven 23 of !!int bij tekst")


def _count_nodes(root: Node, shown: str, first_line: int) -> None:
    """Refuse a front matter whose aliases make it bigger than any post needs (a 'billion laughs')."""
    stack, seen = [root], 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > MAX_NODES:
            raise _error(shown, first_line, f"meer dan {MAX_NODES} waarden (door YAML-verwijzingen met & en *); "
                                            "schrijf de waarden uit zonder verwijzingen")
        if isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack.extend((key, value))


_STR_TAG = "tag:yaml.org,2002:str"


def _keep_text(node: Node, key: str, offset: int, keep: list[tuple[int, int]], done: set[int]) -> None:
    """The source spans of the string values under `key` (nested keys decide for their own values)."""
    if id(node) in done:  # an alias: its text is kept where the anchor is
        return
    done.add(id(node))
    if isinstance(node, ScalarNode):
        if key in STRUCTURAL_KEYS or node.tag != _STR_TAG or not node.value.strip():
            return
        start, end = node.start_mark.index, node.end_mark.index
        if node.style in ("'", '"'):
            start, end = start + 1, end - 1
        keep.append((offset + start, offset + max(start, end)))
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _keep_text(item, key, offset, keep, done)
    elif isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            nested = key_node.value.lower() if isinstance(key_node, ScalarNode) else key
            _keep_text(value_node, nested, offset, keep, done)


def _image_nodes(node: Node, offset: int, images: list[tuple[str, int]]) -> None:
    """(src, offset) of the photos an image key names: a path, a list of paths, or entries with `src`."""
    if isinstance(node, ScalarNode):
        if node.tag == _STR_TAG and node.value.strip():
            at = node.start_mark.index + (1 if node.style in ("'", '"') else 0)
            images.append((node.value.strip(), offset + at))
    elif isinstance(node, SequenceNode):
        for item in node.value[:1000]:
            _image_nodes(item, offset, images)
    elif isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value.lower() in IMAGE_FIELDS:
                if isinstance(value_node, ScalarNode):
                    _image_nodes(value_node, offset, images)


def _toml(text: str, offset: int, first_line: int, shown: str) -> FrontMatter:
    try:
        meta = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = _TOML_LINE.search(str(exc))
        line = first_line + int(at.group(1)) - 1 if at else first_line
        raise _error(shown, line, "geen geldige TOML") from None
    except (ValueError, RecursionError):
        raise _error(shown, first_line, "geen geldige TOML") from None
    found = FrontMatter(meta=meta)
    table = ""
    tables = [(m.start(), m.group(1).strip().strip("\"'").split(".")[-1].lower()) for m in _TOML_TABLE.finditer(text)]
    for m in _TOML_STRING.finditer(text):
        for start, name in tables:
            if start < m.start():
                table = name
        key = m.group(1).strip("\"'").split(".")[-1].lower()
        group = 2 if m.group(2) is not None else 3
        if key in IMAGE_KEYS or (table in IMAGE_KEYS and key in IMAGE_FIELDS):
            found.images.append((m.group(group), offset + m.start(group)))
        if key not in STRUCTURAL_KEYS and m.group(group).strip():
            found.keep.append((offset + m.start(group), offset + m.end(group)))
    return found
