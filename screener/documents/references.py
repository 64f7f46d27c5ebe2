"""Where a photo reference in a post points, for every reader (Markdown, HTML).

A reference is one of: a file inside the site (screened), a photo embedded in the post as a
`data:` URL (decoded in memory and screened), a photo on another server (reported, never fetched),
or a path that leaves the site (reported, never opened). The site is the git repository the post
is in; without one, the folder the screener was started in when the post is inside it, else the
post's own folder.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes

from screener.documents.model import ImageRef

# Where a website keeps the files it serves from its root: Hugo's static/ and assets/, a built site's
# public/, or the site's own root (Jekyll, plain HTML).
SITE_FOLDERS = ("", "static", "assets", "public")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
# Jekyll and Hugo templates in a path: `{{ site.baseurl }}/img/x.jpg`, `{{ "/img/x.jpg" | relative_url }}`.
_TEMPLATE_PREFIX = re.compile(r"^\{\{-?\s*(?:site\.baseurl|site\.url|\.Site\.BaseURL|\$\.Site\.BaseURL)\s*-?\}\}")
_TEMPLATE_FILTER = re.compile(r"""^\{\{-?\s*["']([^"']+)["']\s*\|\s*(?:relative_url|absolute_url|relURL|absURL)\s*-?\}\}$""")


@lru_cache(maxsize=256)
def _repository_root(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def site_root(post_folder: Path) -> Path:
    """The folder no reference of a post in `post_folder` may leave (see the module's docstring)."""
    folder = Path(os.path.realpath(post_folder))
    repository = _repository_root(folder)
    if repository is not None:
        return repository
    cwd = Path(os.path.realpath(Path.cwd()))
    if cwd != Path(cwd.anchor) and folder.is_relative_to(cwd):
        return cwd
    return folder


def inside(path: Path, root: Path) -> bool:
    """Whether `path` (symbolic links followed) lies in `root`."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(root)
    except (OSError, ValueError, RuntimeError):  # a link loop, a NUL byte
        return False


def clean_src(src: str) -> str:
    """The path part of `src`, without a site template prefix (`{{ site.baseurl }}`), query or anchor."""
    src = src.strip()
    filtered = _TEMPLATE_FILTER.match(src)
    if filtered:
        src = filtered.group(1)
    src = _TEMPLATE_PREFIX.sub("", src)
    return src


def image_ref(src: str, base: Path, root: Path, line: int, col: int, alt: str = "") -> ImageRef:
    """The reference as written in a post in folder `base` of the site `root`."""
    src = clean_src(src)
    if src[:5].lower() == "data:":
        return ImageRef(src=_short(src), path=None, line=line, col=col, alt=alt, kind="embedded",
                        data=decode_data_url(src))
    if _SCHEME.match(src) or src.startswith("//"):  # http:, https:, //cdn...
        return ImageRef(src=src, path=None, line=line, col=col, alt=alt, kind="remote")
    path = resolve_image(src, base, root)
    if path is None:
        return ImageRef(src=src, path=None, line=line, col=col, alt=alt, kind="outside")
    return ImageRef(src=src, path=path, line=line, col=col, alt=alt)


def resolve_image(src: str, base: Path, root: Path | None = None) -> Path | None:
    """The local file `src` names, for a post in folder `base`; None for a URL or a path that leaves `root`."""
    if _SCHEME.match(src) or src.startswith("//"):
        return None
    root = root if root is not None else site_root(base)
    clean = unquote(clean_src(src).split("#")[0].split("?")[0])
    if "\x00" in clean:
        return None
    if clean.startswith("/"):
        path = _site_file(clean.lstrip("/"), base, root)
    else:
        path = base / clean
    return path if inside(path, root) else None


def _site_file(relative: str, base: Path, root: Path) -> Path:
    """A site-absolute path ('/img/optreden.jpg'): the file in the nearest folder above the post that
    has it, directly or in one of SITE_FOLDERS, up to the site root. When no folder has it, the path
    beside the post (which the report then names as missing)."""
    folder = Path(os.path.realpath(base))
    if folder.is_relative_to(root):
        for candidate_folder in (folder, *folder.parents):
            for sub in SITE_FOLDERS:
                candidate = candidate_folder / sub / relative
                if candidate.is_file() and inside(candidate, root):
                    return candidate
            if candidate_folder == root:
                break
    return base / relative


def decode_data_url(src: str) -> bytes:
    """The bytes of a `data:` URL; b"" when it cannot be decoded (the photo stage then says so)."""
    header, comma, payload = src.partition(",")
    if not comma:
        return b""
    if header.lower().endswith(";base64"):
        try:
            return base64.b64decode(re.sub(r"\s+", "", unquote(payload)), validate=False)
        except (binascii.Error, ValueError):
            return b""
    return unquote_to_bytes(payload)


def _short(src: str) -> str:
    """How an embedded photo is named in a report: its media type, never its content."""
    return src.split(",", 1)[0][:60] + ",…"


def srcset_urls(value: str) -> list[str]:
    """Every candidate URL of a `srcset` ("a.jpg 1x, b.jpg 2x"; URLs may hold commas, as data: URLs do)."""
    urls, i, n = [], 0, len(value)
    while i < n:
        while i < n and (value[i].isspace() or value[i] == ","):
            i += 1
        start = i
        while i < n and not value[i].isspace():
            i += 1
        url = value[start:i]
        if url.endswith(",") and not url.lower().startswith("data:"):
            url = url.rstrip(",")
        else:  # skip the descriptor, up to the next comma
            while i < n and value[i] != ",":
                i += 1
        if url:
            urls.append(url)
    return urls
