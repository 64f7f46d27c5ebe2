"""Faces found per photo, and face-matching distances, on the photos in ../shared/data/faces.

Run: .venv/bin/python -m eval.faces [--faces DIR] [--threshold 0.6]

Expected counts were set by looking at every photo (see EXPECTED). A photo counts as right when
the number of faces found lies between the faces certainly present and those plus the faces that
are only partly or blurrily visible. Goal: every face found, no matching errors.
Held-out photos are measured the same way: put them in the same layout and add them to EXPECTED.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

import numpy as np

from screener.config import from_dict
from screener.images.faces import detect_faces
from screener.images.model_files import ModelMissing, locate
from screener.images.opening import open_photo

FACES_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "faces"

# photo -> (faces certainly present, faces partly present that may or may not be counted)
EXPECTED: dict[str, tuple[int, int]] = {
    # Biden, Obama and a girl at the lower right (looking down); the woman at the right edge shows only hair.
    "group/obama_and_biden.jpg": (3, 0),
    # Obama, the left part of his face cut off by the photo's edge.
    "group/obama_partial_face.jpg": (1, 0),
    "people/alex_lacamoire/alex-lacamoire.png": (1, 0),
    "people/alex_lacamoire/knn_examples__train__alex_lacamoire__img1.jpg": (1, 0),
    "people/biden/biden.jpg": (1, 0),
    "people/biden/knn_examples__train__biden__biden2.jpg": (1, 0),
    "people/lin_manuel_miranda/lin-manuel-miranda.png": (1, 0),
    "people/obama/obama-480p.jpg": (1, 0),
    "people/obama/obama.jpg": (1, 0),
    # Obama at a lectern; at the right edge half of a blurred face behind him.
    "people/obama/obama2.jpg": (1, 1),
    # Obama standing; at the right edge only a green sleeve of another person.
    "people/obama/tests_obama3.jpg": (1, 0),
}

# Who each face is, for matching: people/NAME/ photos show NAME (their largest face); in group
# photos faces are named left to right; None = someone not among the reference people.
GROUP_IDENTITIES: dict[str, list[str | None]] = {
    "group/obama_and_biden.jpg": ["biden", "obama", None],
    "group/obama_partial_face.jpg": ["obama"],
}


def _detect(path: Path, config, model: Path):
    photo = open_photo(path, max_megapixels=config["images"]["max_megapixels"])
    faces = detect_faces(photo.image, photo.size, model=model, min_face_percent=config["images"]["min_face_percent"],
                         score_threshold=config["images"]["score_threshold"])
    return photo, faces


def detection_report(root: Path, config, model: Path) -> tuple[int, int, int]:
    """Prints one line a photo; returns (photos right, missed faces, extra faces)."""
    right = missed = extra = 0
    print(f"{'foto':62} {'gevonden':>8} {'aanwezig':>9}  scores")
    for name, (certain, partial) in EXPECTED.items():
        path = root / name
        if not path.is_file():
            print(f"{name:62} ontbreekt")
            continue
        started = time.perf_counter()
        _, faces = _detect(path, config, model)
        ms = (time.perf_counter() - started) * 1000
        found = len(faces)
        present = f"{certain}" if not partial else f"{certain}-{certain + partial}"
        ok = certain <= found <= certain + partial
        right += ok
        missed += max(0, certain - found)
        extra += max(0, found - certain - partial)
        scores = " ".join(f"{f.score:.2f}" for f in faces)
        print(f"{name:62} {found:>8} {present:>9}  {scores}  {'ok' if ok else 'FOUT'}  ({ms:.0f} ms)")
    return right, missed, extra


def _identities(root: Path, config, model: Path) -> list[tuple[str, str | None, np.ndarray]]:
    from screener.consent.embeddings import embed

    items = []
    for name in EXPECTED:
        path = root / name
        if not path.is_file():
            continue
        photo, faces = _detect(path, config, model)
        rgb = np.asarray(photo.image)
        if name.startswith("people/"):
            person = name.split("/")[1]
            largest = max(faces, key=lambda f: f.box.width * f.box.height, default=None)
            chosen = [(person, largest)] if largest else []
        else:
            left_to_right = sorted(faces, key=lambda f: f.box.x)
            chosen = list(zip(GROUP_IDENTITIES.get(name, []), left_to_right))
        for person, face in chosen:
            items.append((name, person, embed(rgb, face.box)))
    return items


def matching_report(root: Path, config, model: Path, threshold: float) -> int:
    items = _identities(root, config, model)
    same, different = [], []
    for (na, pa, va), (nb, pb, vb) in itertools.combinations(items, 2):
        if pa is None and pb is None:
            continue
        d = float(np.linalg.norm(va - vb))
        (same if pa == pb else different).append((d, na, nb))
    if not same or not different:
        print("te weinig gezichten om te vergelijken")
        return 1
    worst_same, worst_diff = max(same), min(different)
    false_reject = [s for s in same if s[0] > threshold]
    false_accept = [s for s in different if s[0] <= threshold]
    print(f"\ngezichtsvergelijking ({len(items)} gezichten, {len(same)} paren zelfde persoon, "
          f"{len(different)} paren verschillend), drempel {threshold}")
    print(f"  grootste afstand zelfde persoon:  {worst_same[0]:.3f}  ({worst_same[1]} ~ {worst_same[2]})")
    print(f"  kleinste afstand verschillend:    {worst_diff[0]:.3f}  ({worst_diff[1]} ~ {worst_diff[2]})")
    print(f"  fouten: {len(false_reject)} ten onrechte verschillend, {len(false_accept)} ten onrechte dezelfde")
    return len(false_reject) + len(false_accept)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--faces", type=Path, default=FACES_DIR)
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args(argv)
    if not args.faces.is_dir():
        print(f"overgeslagen: {args.faces} ontbreekt (de gedeelde evaluatiefoto's staan niet op deze machine)")
        return 0
    config = from_dict({})
    try:
        model = locate(config=config)
    except ModelMissing as exc:
        print(f"fout: {exc}", file=sys.stderr)
        return 1
    threshold = args.threshold if args.threshold is not None else config["consent"]["match_threshold"]
    right, missed, extra = detection_report(args.faces, config, model)
    print(f"\ngezichten: {right}/{len(EXPECTED)} foto's goed, {missed} gemist, {extra} te veel")
    errors = matching_report(args.faces, config, model, threshold)
    return 0 if missed == 0 and extra == 0 and errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
