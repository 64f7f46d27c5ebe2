"""Photos: faces cross-checked against the consent list, hidden metadata, unreadable files.

What the pipeline calls. Importing this package loads neither OpenCV nor dlib: they are loaded the
first time a photo is actually screened, so a post without photos loads no face model.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from screener.config import Config
    from screener.documents import Document, ImageRef
    from screener.findings import Finding
    from screener.post import PostContext

# Every suffix handed to screen_image; the unsupported ones get a clear message instead of silence.
IMAGE_SUFFIXES: set[str] = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff",
                            ".heic", ".heif", ".avif", ".svg", ".svgz"}


def screen_image(path: Path | bytes, shown: str, *, config: "Config", post: "PostContext",
                 declared: list[str] | None = None, referenced_at: str | None = None) -> list["Finding"]:
    """Findings for one photo: a file, or its bytes (a photo inside an SVG, PDF or Word file).

    declared: ids/names the post declares for this photo (None: look for a sidecar file next to it).
    referenced_at: where a post shows the photo, as "post.md:line:col"; None when given directly.
    Findings carry `path=shown`, line 0, and for faces `box` in displayed pixels. An SVG is screened
    for its text and embedded photos, an animation (GIF, WebP, APNG) frame by frame.
    """
    from screener.images import animated, svg

    if svg.is_svg(path):
        return svg.screen_svg(path, shown, config=config, post=post, declared=declared, referenced_at=referenced_at)
    if animated.is_animated(path):
        return animated.screen_animation(path, shown, config=config, post=post, declared=declared,
                                         referenced_at=referenced_at)
    from screener.images.screening import screen_image as _screen

    return _screen(path, shown, config=config, post=post, declared=declared, referenced_at=referenced_at)


def declared_people(doc: "Document", image: "ImageRef") -> list[str] | None:
    """Who the post's front matter says is in `image` (ids or names), None when it says nothing.

    Front matter::

        photos:
          - src: foto/klas.jpg
            personen: [p-014, Sanne de Vries]
    """
    from screener.images.declared import declared_people as _declared

    return _declared(doc, image)


def describe(config: "Config") -> dict:
    """For `screener doctor`: which face model and consent set-up is in use; "ok" False when photos can't be checked."""
    import importlib.util

    from screener import consent
    from screener.config import ConfigError
    from screener.images.model_files import ModelMissing, locate

    info: dict = {"ok": True}
    try:
        info["gezichtsmodel"] = str(locate(config=config))
    except ModelMissing as exc:
        info["gezichtsmodel"] = f"ONTBREEKT: {exc}"
        info["ok"] = not config["images"]["faces"]
    try:
        info["vergelijken"] = consent.mode(config)
        people = consent.consent_list(config)
        info["toestemmingslijst"] = (f"{people.path} ({len(people.people)} personen, {len(people.errors)} fouten)"
                                     if people else "niet ingesteld")
    except ConfigError as exc:
        info["toestemmingslijst"] = f"FOUT: {exc}"
        info["ok"] = False
    if info.get("vergelijken") == "matching":
        found = importlib.util.find_spec("dlib") is not None
        info["dlib"] = "aanwezig" if found else "ONTBREEKT (pip install dlib-bin face_recognition_models)"
        info["ok"] = info["ok"] and found
    return info
