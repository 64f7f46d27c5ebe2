"""Face matching (opt-in): reference embeddings from the consent list's photos, and who a face is.

`enroll()` makes the references (`screener consent enroll`); `references()` reads them back for
screening; `identify()` names the closest person within the threshold, or nobody.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from screener.config import Config
from screener.consent import cache
from screener.consent.registry import ConsentList


@dataclass
class EnrollResult:
    cache_file: Path
    enrolled: dict[str, int] = field(default_factory=dict)  # person id -> number of reference faces
    problems: list[str] = field(default_factory=list)  # Dutch, one per photo that could not be used


def enroll(config: Config, people: ConsentList) -> EnrollResult:
    """Embed the one face in every reference photo; store them privately. Raises cache.CacheError."""
    from screener.consent.embeddings import embed
    from screener.images.faces import detect_faces
    from screener.images.model_files import locate
    from screener.images.opening import ImageProblem, open_photo

    target = cache.cache_file(config, people.path)  # refuses a location inside a git work tree first
    model = locate(config=config)
    result = EnrollResult(cache_file=target)
    stored: dict[str, list[list[float]]] = {}
    for person in people.people:
        for photo_path in person.photos:
            shown = f"{person.id}: {photo_path.name}"
            try:
                photo = open_photo(photo_path, max_megapixels=config["images"]["max_megapixels"])
            except ImageProblem as exc:
                result.problems.append(f"{shown}: {exc}")
                continue
            faces = detect_faces(photo.image, photo.size, model=model,
                                 min_face_percent=config["images"]["min_face_percent"],
                                 score_threshold=config["images"]["score_threshold"])
            if len(faces) != 1:
                result.problems.append(f"{shown}: een referentiefoto moet precies één gezicht tonen, "
                                       f"deze toont er {len(faces)}")
                continue
            vector = embed(np.asarray(photo.image), faces[0].box)
            stored.setdefault(person.id, []).append([round(float(v), 6) for v in vector])
        if person.photos and person.id in stored:
            result.enrolled[person.id] = len(stored[person.id])
    cache.save(target, people.path, stored)
    return result


@functools.lru_cache(maxsize=4)
def _read(path: str, mtime_ns: int) -> dict[str, np.ndarray]:
    return {pid: np.asarray(vectors, dtype=np.float32) for pid, vectors in cache.load(Path(path)).items()}


def references(config: Config, people: ConsentList) -> dict[str, np.ndarray]:
    """person id -> (n, 128) reference embeddings. Raises cache.CacheError (Dutch) when missing."""
    path = cache.cache_file(config, people.path)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = 0
    return _read(str(path), mtime)


def identify(vector: np.ndarray, refs: dict[str, np.ndarray], threshold: float) -> tuple[str | None, float]:
    """(person id, distance) of the closest reference within `threshold`, else (None, closest distance)."""
    best_id, best = None, float("inf")
    for person_id, vectors in refs.items():
        if len(vectors) == 0:
            continue
        d = float(np.min(np.linalg.norm(vectors - vector, axis=1)))
        if d < best:
            best_id, best = person_id, d
    return (best_id, best) if best <= threshold else (None, best)
