"""Screening one file of a scan, with its cache: never raises, whatever the file holds.

Used by `scan` (in worker processes); `pipeline.screen_one` is the guard `check` and the hook use too:
one bad file is that file's message (exit 3), never the end of the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from screener import pipeline
from screener.config import Config
from screener.pipeline import FileResult, Overrides, screen_one, unexpected
from screener.scan.cache import ScanCache, file_hash, serialise, signature


@dataclass
class Screened:
    """What a worker sends back: the result, and how to find it in the cache next time."""

    result: FileResult
    from_cache: bool = False
    key: str = ""  # the cache key: the scan's own process writes the cache, the workers only read it
    sig: list[int] = field(default_factory=list)
    photos: list = field(default_factory=list)  # [(photo path, signature)] for a post's photos
    stored: str = ""  # the findings as the cache stores them (made here, in parallel); "" from the cache


def _read_post(path: Path, shown: str):
    """(the post, the local photos it shows): the photos are part of the post's cache key, and the post
    read here is the one screened. (None, []) for a photo, a video or a post that cannot be read:
    screen_one reads it again and says what is wrong."""
    if not pipeline.is_document(path):
        return None, []
    from screener import documents

    try:
        doc = documents.load(path, shown)
    except Exception:  # noqa: BLE001 - any reader error: screen_one reports it for this file
        return None, []
    return doc, sorted({ref.path for ref in doc.images if ref.path is not None})


def screen_cached(path: Path, shown: str, config: Config, overrides: Overrides, cache: ScanCache | None) -> Screened:
    """Screen one file, or take its findings from the cache when its content (and its photos) did not
    change. Reads the cache, never writes it (the scan's own process does). Never raises."""
    if cache is None:
        return Screened(screen_one(path, shown, config, overrides))
    try:
        return _screen_cached(path, shown, config, overrides, cache)
    except FileNotFoundError:
        return Screened(pipeline.failed_file(shown, f"{shown}: bestand verdwenen tijdens het scannen"))
    except PermissionError:
        return Screened(pipeline.failed_file(shown, f"{shown}: geen toestemming om het bestand te lezen; het bestand "
                                                    "is niet gecontroleerd"))
    except OSError as exc:
        return Screened(pipeline.failed_file(shown, f"{shown}: bestand niet leesbaar ({exc.strerror})"))
    except Exception as exc:  # the cache must never make a file's error the end of the scan
        return Screened(unexpected(shown, exc))


def _screen_cached(path: Path, shown: str, config: Config, overrides: Overrides, cache: ScanCache) -> Screened:
    sig = signature(path)
    doc, photos = _read_post(path, shown)
    content = file_hash(path, photos)
    photo_sigs = []
    for photo in photos:
        try:
            photo_sigs.append((str(photo.resolve()), signature(photo)))
        except OSError:
            photo_sigs.append((str(photo), [-1]))
    key = cache.key(content, shown)
    found = cache.find(key)
    if found is not None:
        shows = {Path(photo) for photo, _ in photo_sigs}
        return Screened(FileResult(path=shown, findings=found, photos=shows), True, key, sig, photo_sigs)
    result = screen_one(path, shown, config, overrides, doc)
    return Screened(result, False, key, sig, photo_sigs, serialise(result.findings))
