"""Faces found per photo, and face-matching distances, on the photos in ../shared/data/faces.

Run: .venv/bin/python -m eval.faces [--faces DIR] [--threshold 0.6] [--others DIR]

`--others DIR` (or $SCREENER_EVAL_OTHERS) also measures whether a face is human: DIR holds the
ImageNet sample (one photo a class, github.com/EliSchwartz/imagenet-sample-images, research use:
read from outside the repository, never committed). NOT_HUMAN lists every detection there that is
not a person (looked at by eye: dogs, monkeys, a mink, dolls, drawings); every other detection is a
person's face. Printed: faces of animals and drawings that block, and human faces that block, with
and without the human check, with and without dlib (when it is installed) in the same run, why the
other faces still block (`human.why_human`), how many faces the check cannot decide dlib finds,
and the time the check costs as a ratio to no check in the same run.
Not to fit the sample: the sample is split in two by the parity of the ImageNet class id; the human
check's thresholds (screener/images/human.py) were chosen on the even classes only, and both halves
are printed. `--zonder-dlib` measures only the check as it runs without the faces extra.

Expected counts were set by looking at every photo (see EXPECTED). A photo counts as right when
the number of faces found lies between the faces certainly present and those plus the faces that
are only partly or blurrily visible. Goal: every face found, no matching errors.
Held-out photos are measured the same way: put them in the same layout and add them to EXPECTED.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

import numpy as np

from screener.config import from_dict
from screener.images import faces as faces_module, human
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

# ImageNet sample photo -> centres (x, y) of the detections that are not a person (by eye).
NOT_HUMAN: dict[str, list[tuple[int, int]]] = {
    "n02085620_Chihuahua.JPEG": [(350, 116)],
    "n02088364_beagle.JPEG": [(274, 186)],
    "n02089973_English_foxhound.JPEG": [(107, 62)],
    "n02090379_redbone.JPEG": [(117, 84), (198, 85)],
    "n02093256_Staffordshire_bullterrier.JPEG": [(243, 187)],
    "n02093428_American_Staffordshire_terrier.JPEG": [(181, 148)],
    "n02093991_Irish_terrier.JPEG": [(207, 190)],
    "n02100236_German_short-haired_pointer.JPEG": [(329, 116)],
    "n02100583_vizsla.JPEG": [(349, 177)],
    "n02105251_briard.JPEG": [(158, 128)],
    "n02106166_Border_collie.JPEG": [(157, 269)],
    "n02106550_Rottweiler.JPEG": [(192, 84)],
    "n02113023_Pembroke.JPEG": [(324, 157), (65, 184)],
    "n02442845_mink.JPEG": [(213, 228)],
    "n02487347_macaque.JPEG": [(188, 187)],
    "n02490219_marmoset.JPEG": [(301, 173)],
    "n02492035_capuchin.JPEG": [(257, 170)],
    "n02493509_titi.JPEG": [(168, 69)],
    "n02494079_squirrel_monkey.JPEG": [(201, 162)],
    "n03180011_desktop_computer.JPEG": [(321, 140)],  # a drawn face on the screen
    "n03218198_dogsled.JPEG": [(442, 142)],  # the dog; the musher is a person
    # dolls, embroidered faces and a slot machine's symbol: not people either
    "n02869837_bonnet.JPEG": [(238, 283)],
    "n03018349_china_cabinet.JPEG": [(45, 349)],
    "n03026506_Christmas_stocking.JPEG": [(197, 194), (132, 218)],
    "n03045698_cloak.JPEG": [(147, 61)],
    "n04243546_slot.JPEG": [(354, 122)],
}

# Who each face is, for matching: people/NAME/ photos show NAME (their largest face); in group
# photos faces are named left to right; None = someone not among the reference people.
GROUP_IDENTITIES: dict[str, list[str | None]] = {
    "group/obama_and_biden.jpg": ["biden", "obama", None],
    "group/obama_partial_face.jpg": ["obama"],
}


def _detect(path: Path, config, model: Path, human_check: bool = True):
    photo = open_photo(path, max_megapixels=config["images"]["max_megapixels"])
    faces = detect_faces(photo.image, photo.size, model=model, min_face_percent=config["images"]["min_face_percent"],
                         score_threshold=config["images"]["score_threshold"], human_check=human_check)
    return photo, faces


def _not_human(name: str, face) -> bool:
    cx, cy = face.box.x + face.box.width / 2, face.box.y + face.box.height / 2
    return any(abs(cx - x) <= 12 and abs(cy - y) <= 12 for x, y in NOT_HUMAN.get(name, []))


def _detect_with_reasons(path: Path, config, model: Path, dlib: bool):
    """The faces in the photo, each with why it counts as human (`human.why_human`; None: it only warns).

    `dlib`: False measures the check as it runs without the faces extra. Also returns, per face the
    check could not decide (FOUND_SMALL), whether dlib's detector finds it: why dlib cannot decide them.
    """
    asked = []

    def recording(look, rgb, row, score):
        reason = human.why_human(look, rgb, row, score)
        asked.append((row, reason, reason == human.FOUND_SMALL and dlib and human._dlib_finds_a_face(rgb, row)))
        return reason is not None

    no_dlib = contextlib.nullcontext() if dlib else mock.patch.object(human, "_dlib_detector", lambda: None)
    with mock.patch.object(faces_module, "is_human", recording), no_dlib:
        photo, faces = _detect(path, config, model)
    scale = photo.size[0] / photo.image.width

    def asked_about(face):
        cx, cy = face.box.x + face.box.width / 2, face.box.y + face.box.height / 2
        return min(asked, key=lambda a: abs((a[0][0] + a[0][2] / 2) * scale - cx) + abs((a[0][1] + a[0][3] / 2) * scale - cy))

    return [(face, *asked_about(face)[1:]) for face in faces]


def human_report(root: Path, config, model: Path) -> tuple[int, int]:
    """Animals' and drawings' faces, and human faces, that block; per half of the sample and in all.

    With and without dlib when it is installed. Returns (non-human faces that block, human faces
    that only warn) over the whole sample, with dlib when installed.
    """
    photos = sorted(p for p in root.iterdir() if p.suffix.lower() in (".jpeg", ".jpg", ".png"))
    settings = (True, False) if human._dlib_detector() is not None else (False,)
    counts = {(dlib, half): [0, 0, 0, 0] for dlib in settings for half in HALVES}  # other, blocking, human, blocking
    why_blocking = {dlib: collections.Counter() for dlib in settings}  # reasons the other faces still block
    undecided = [0, 0, 0, 0]  # human faces the check could not decide, found by dlib; the same for the others
    seconds = {True: 0.0, False: 0.0}
    for path in photos:
        for check in (False, True):
            started = time.perf_counter()
            _detect(path, config, model, human_check=check)
            seconds[check] += time.perf_counter() - started
        for dlib in settings:
            count = counts[(dlib, _half(path.name))]
            for face, reason, dlib_finds in _detect_with_reasons(path, config, model, dlib):
                other = _not_human(path.name, face)
                count[0 if other else 2] += 1
                count[1 if other else 3] += reason is not None
                if other and reason is not None:
                    why_blocking[dlib][reason] += 1
                if reason == human.FOUND_SMALL and dlib:
                    undecided[2 if other else 0] += 1
                    undecided[3 if other else 1] += dlib_finds
    print(f"\nmens of niet ({len(photos)} foto's uit {root}; tijd met menscontrole "
          f"{seconds[True] / max(seconds[False], 1e-9):.2f} x die zonder):")
    for dlib in settings:
        total = [sum(c[i] for (d, _), c in counts.items() if d == dlib) for i in range(4)]
        print(f"  {'met dlib' if dlib else 'zonder dlib'}:")
        for label, (other, other_blocking, people, people_blocking) in [
                *((half, counts[(dlib, half)]) for half in HALVES), ("samen", total)]:
            print(f"    {label:26} dieren, poppen, tekeningen: {other_blocking:>2} van {other:>2} blokkeren "
                  f"(zonder menscontrole {other});  mensen: {people_blocking:>3} van {people:>3} blokkeren "
                  f"(de andere {people - people_blocking}: alleen een waarschuwing)")
        reasons = ", ".join(f"{n} {REASONS[r]}" for r, n in why_blocking[dlib].most_common())
        print(f"    waarom de andere nog blokkeren: {reasons or '-'}")
    if True in settings:
        print(f"  niet te beslissen (nog gevonden als klein): {undecided[0]} mensen, dlib vindt er {undecided[1]}; "
              f"{undecided[2]} andere, dlib vindt er {undecided[3]}")
    with_dlib = settings[0]
    total = [sum(c[i] for (d, _), c in counts.items() if d == with_dlib) for i in range(4)]
    return total[1], total[2] - total[3]


# Dutch labels of human.why_human's reasons, for the report.
REASONS = {human.TOO_SMALL: "te klein om te beoordelen", human.SURE: "zeker gescoord",
           human.STEADY: "houden hun score", human.FOUND_SMALL: "ook klein nog gevonden (onbeslist)",
           human.DLIB: "door dlib gevonden"}


def speed_report(config, model: Path, others: Path | None, runs: int = 5) -> None:
    """Median time to find the faces in a 12 MP photo with three faces, with the human check as a ratio to without.

    The photo is bench/images.py's (clear faces from ../shared/data/faces); with --others also one
    with three faces the check has to look at (photos of the ImageNet sample; made in memory only).
    """
    from PIL import Image

    from bench.images import make_photo

    with tempfile.TemporaryDirectory(prefix="screener-eval-") as tmp:
        clear = Path(tmp) / "twaalf-megapixel.jpg"
        make_photo(clear)
        photos = [("duidelijke gezichten", clear)]
        if others and all((others / name).is_file() for name in HARD_TO_CHECK):
            doubtful = Path(tmp) / "twaalf-megapixel-twijfel.jpg"
            with Image.open(clear) as base:
                canvas = base.convert("RGB")
            for i, name in enumerate(HARD_TO_CHECK):
                with Image.open(others / name) as sample:
                    canvas.paste(sample.convert("RGB"), (150 + i * 1300, 300))
            canvas.save(doubtful, quality=90)
            photos.append(("gezichten die de controle bekijkt", doubtful))
        print(f"\nsnelheid (12 MP, mediaan over {runs} keer):")
        for label, path in photos:
            times: dict[bool, list[float]] = {True: [], False: []}
            for _ in range(runs + 1):  # the first round loads the models
                for check in (False, True):
                    started = time.perf_counter()
                    _, faces = _detect(path, config, model, human_check=check)
                    times[check].append(time.perf_counter() - started)
            with_check, without = (statistics.median(times[c][1:]) for c in (True, False))
            print(f"  {label:34} {len(faces)} gezichten, met menscontrole {with_check * 1000:.0f} ms, zonder "
                  f"{without * 1000:.0f} ms: {with_check / without:.2f} x")


# Photos of the ImageNet sample with faces the human check has to look at (a dog, goggles, a helmet).
HARD_TO_CHECK = ("n02088364_beagle.JPEG", "n04251144_snorkel.JPEG", "n03127747_crash_helmet.JPEG")

HALVES = ("even klassen (gekozen)", "oneven klassen (getoetst)")


def _half(name: str) -> str:
    """The ImageNet class id's parity ('n02085620_...'): thresholds were chosen on the even half only."""
    return HALVES[int(name[1:9]) % 2]


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
    parser.add_argument("--others", type=Path, default=os.environ.get("SCREENER_EVAL_OTHERS"),
                        help="map met de ImageNet-voorbeeldfoto's (dieren, voorwerpen, mensen)")
    parser.add_argument("--zonder-dlib", action="store_true", help="menscontrole zonder dlib (zoals zonder [faces])")
    args = parser.parse_args(argv)
    if args.zonder_dlib:
        human._dlib_detector = lambda: None
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
    for dlib in (True, False) if human._dlib_detector() is not None else (False,):
        humans = [reason for name in EXPECTED if (args.faces / name).is_file()
                  for _, reason, _ in _detect_with_reasons(args.faces / name, config, model, dlib)]
        print(f"menscontrole {'met' if dlib else 'zonder'} dlib: {sum(r is not None for r in humans)} van "
              f"{len(humans)} gevonden gezichten als mens bevestigd")
    errors = matching_report(args.faces, config, model, threshold)
    others = Path(args.others) if args.others and Path(args.others).is_dir() else None
    if others:
        human_report(others, config, model)
    else:
        print("\nmens of niet: overgeslagen (geef --others MAP met de ImageNet-voorbeeldfoto's)")
    speed_report(config, model, others)
    return 0 if missed == 0 and extra == 0 and errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
