"""Is a detected face human? YuNet also finds dogs', monkeys' and dolls' faces.

The check asks the face detector to look at the spot again (`look(face_px, how)`: its score when
it looks only there, with the face `face_px` wide, as it is, in grey or mirrored) and decides:

- human: too small to judge (HUMAN_CHECK_MIN_PX: it cannot be seen smaller than it is), scored
  sure at once, keeps its score over HUMAN_LOOKS, or does not vanish when seen small (below);
- not human (a warning for someone to look at): it vanishes when seen small (the mean score over
  SMALL_LOOKS stays under SMALL_SCORE) and dlib's human face detector, when installed, does not
  find it either.

Why "seen small": YuNet learned human faces down to a few pixels wide, so a person's face stays a
face at 40-48 px even from the side, behind goggles or under a helmet; a dog's or monkey's face
looked like a face only through detail (fur, a snout) that is gone at that size. A face the check
cannot decide is counted as human, so it blocks like any other face: a missed child costs more
than a blocked dog.

Measured with `eval/faces.py --others` on the ImageNet sample (one photo a class; 223 human faces,
29 of animals, dolls and drawings). SMALL_LOOKS and SMALL_SCORE were chosen on the classes with an
even id only: of the sets of looks at 32, 40 and 48 px, the cheapest one under which the most
animal faces there stop blocking while at most one of their 111 human faces only warns without dlib. On the odd
classes (112 human faces, 17 others) no human face was lost. Both halves together: without dlib
222 of 223 human faces still block (a face magnified behind a loupe warns), with dlib 223; 14 of the
29 other faces no longer block. Still blocking (`why_human`, printed by the eval): 7 too small to
judge (a titi monkey, a face drawn on a screen, a slot machine's symbol, dolls and embroidered
faces), a doll scored sure, and five short-haired dogs and two monkeys still found when small.

Why those seven stay undecided, even with dlib (measured on the whole sample, faces of 48 px or
more): dlib's CNN detector finds none of them, but it also misses 5 of the 14 human faces the check
cannot decide: a face covered in cream, two rescue workers in masks, a diver behind his mask and a
singer in dim red light. Letting dlib's "no" decide would make those five warn: a child with face
paint or a carnival mask must block. Nothing else measured tells those five from the seven animals
either: dlib's CNN on larger or smaller crops, with more context, mirrored, upsampled, aligned on
the eyes, equalised (only the singer is then found), dlib's HOG detector score, how well dlib's 68
landmarks fit YuNet's, the distance of dlib's face descriptor to the mean human one, skin-tone
fraction, the white of the eyes, YuNet's landmark geometry (eye distance against the box, nose and
mouth below the eyes) and YuNet's score rotated, blurred, brightened, darkened or upside down.

A human face-landmark model does not tell them apart either (measured 2026-12-01, not shipped).
MediaPipe's face mesh (`face_landmark.tflite` from the mediapipe 0.10.14 wheel, Apache-2.0, run with
`cv2.dnn.readNetFromTFLite(..., cv2.dnn.ENGINE_CLASSIC)`, NCHW input, RGB 0..1, as its
`face_landmark_cpu` graph feeds it: a 192 px crop 1.5 times the YuNet box, turned level on the eyes;
the face-presence score is the sigmoid of output `conv2d_31`). Its presence score says "an unmasked
face-shaped thing", not "a person": the rescue workers in masks score 0.05 and 0.00002, the diver
0.56, the singer 0.63, while five of the seven undecided animals score 0.996 to 1.0 (a foxhound, a
redbone, a vizsla, a capuchin, a squirrel monkey; the Staffordshire terrier and the Rottweiler 0.003
and 0.004). Any threshold that lets an undecided animal warn loses a masked person first; the same
holds with crops 1.2 or 1.8 times the box, unturned, or a second pass on the crop its own landmarks
give. Landmark plausibility does not help: the mean distance between its eyes, nose and mouth
corners and YuNet's, in eye distances, is 0.14-0.27 for the five people and 0.14-0.43 for the seven
animals; the Procrustes distance of its 468 points to the mean of the surely human faces (even
classes) 0.081-0.136 against 0.081-0.125. Faces too small to judge do not gain either: six of the
seven others there (dolls, embroidered faces, a titi, the drawn face) score 0.94-1.0, while 70 of
the 164 small human faces score under 0.5. MediaPipe's BlazeFace
(`face_detection_short_range.tflite`, 128 px, RGB -1..1, its best anchor inside the box; crops 1.5-4
times the box) gives the seven animals 0.50-0.81 and the five people 0.19-0.69 at 1.5 times the box,
and overlaps at every crop size. (The attention mesh and the full-range detector do not load in
OpenCV: custom or DENSIFY operators.)

The body around the face does not tell them apart either (measured 2026-12-01, not shipped; the
mediapipe 0.10.14 wheel's models, Apache-2.0). The test: of the 21 faces the check cannot decide
(14 people, the five above among them, and the seven animals), how many animals score below the
lowest of the people. MediaPipe's selfie segmentation (`selfie_segmentation.tflite`, 256 px, RGB
0..1, NCHW, OpenCV) is a foreground mask: a dog is "person" too. Mean mask in the face box on a crop
twice the box: animals 0.92-1.00, the five 0.89-1.00; under the face (a box two faces wide and one
high, crop three times the box moved half a face down): animals 0.61-1.00, the five 0.77-1.00;
whole photo 0.40-1.00 against 0.88-1.00; keeping all 14 people no animal would warn (one at best).
BlazePose's person detector (`pose_detection.tflite`; it needs LiteRT, OpenCV lacks its DENSIFY
operator; 224 px letterboxed, RGB -1..1, the best of its 2254 anchors with a box centred in the
YuNet box) scores a masked person as low as a dog: crop 3 times the box moved 0.75 face down, the
five 0.11-0.67, a snorkeller dlib finds 0.086, animals 0.035-0.49 (three under 0.086: a
Staffordshire, a foxhound, a vizsla); 0.06, chosen on the even classes, lets 2 of the 29 warn and
sits 0.026 under the snorkeller, while 14 of the 223 human faces score under 0.09. At 4 times the
box the rescue workers score 0.011 and 0.026, the animals 0.12-0.62; on the whole photo 0.02
against 0.004-0.59. BlazePose's landmark model (`pose_landmark_full.tflite`, 6.4 MB, loads in
OpenCV) says "a person is here" (pose flag, crop 4 times the box moved 1.25 faces down) for five of
the seven animals at 0.94-1.00 and for the rescue workers at 0.00 and 0.03; its person mask under
the face: the five 0.38-0.73, animals 0.25-0.99.
"""

from __future__ import annotations

import functools
from typing import Callable

import numpy as np

Look = Callable[[int, str], float]  # (face width in px, "" | "grey" | "mirrored") -> the detector's score

HUMAN_LOOKS = ((48, ""), (96, ""), (160, ""), (96, "grey"), (96, "mirrored"))
HUMAN_SCORE = 0.865  # mean over HUMAN_LOOKS: a clear human face keeps 0.89 or more, an animal's 0.84 or less
HUMAN_SURE_SCORE = 0.92  # a detection this sure needs no more looks (no animal scored above 0.88)
SMALL_LOOKS = (40, 48)  # face widths at which a human face is still found
# A face no wider than this in the analysed image cannot be seen smaller than it is: it counts as human.
HUMAN_CHECK_MIN_PX = max(SMALL_LOOKS)
SMALL_SCORE = 0.40  # mean over SMALL_LOOKS below which the face vanished: probably not human
DLIB_DETECTOR = "mmod_human_face_detector.dat"  # the second opinion, when the faces extra is installed
DLIB_FACE_PX = 80  # ... on a crop scaled so the face is this wide


# Why a face counts as human (`why_human`); None: probably not human.
TOO_SMALL, SURE, STEADY, FOUND_SMALL, DLIB = "too small to judge", "sure", "steady", "found small", "dlib"


def is_human(look: Look, rgb: np.ndarray, row: np.ndarray, score: float) -> bool:
    """False only for a face that vanishes when seen small and that dlib does not find: probably not human.

    `row` is YuNet's detection (x, y, w, h, landmarks) in `rgb` pixels, `score` its first score.
    """
    return why_human(look, rgb, row, score) is not None


def why_human(look: Look, rgb: np.ndarray, row: np.ndarray, score: float) -> str | None:
    """The first reason the face counts as human (TOO_SMALL ... DLIB), or None: probably not human.

    Cheap first: a sure or steady face costs no more looks, dlib is asked only about a vanishing one.
    """
    if float(row[2]) < HUMAN_CHECK_MIN_PX:
        return TOO_SMALL
    if score >= HUMAN_SURE_SCORE:
        return SURE
    seen = functools.cache(look)  # HUMAN_LOOKS and SMALL_LOOKS share the look at 48 px
    if human_score(seen) >= HUMAN_SCORE:
        return STEADY
    if small_score(seen) >= SMALL_SCORE:
        return FOUND_SMALL  # still a face when small: human, or undecided, and then it blocks too
    return DLIB if _dlib_finds_a_face(rgb, row) else None


def human_score(look: Look) -> float:
    """Mean score over HUMAN_LOOKS; stops early once HUMAN_SCORE cannot be reached any more."""
    total = 0.0
    for done, (face_px, how) in enumerate(HUMAN_LOOKS, start=1):
        total += look(face_px, how)
        if total + (len(HUMAN_LOOKS) - done) < HUMAN_SCORE * len(HUMAN_LOOKS):
            return total / done  # even perfect scores for the rest would not lift it
    return total / len(HUMAN_LOOKS)


def small_score(look: Look) -> float:
    """Mean score over SMALL_LOOKS: how well the face is still found when it is seen small."""
    return sum(look(face_px, "") for face_px in SMALL_LOOKS) / len(SMALL_LOOKS)


@functools.lru_cache(maxsize=1)
def _dlib_detector():
    """dlib's CNN face detector (face_recognition_models, CC0), or None when the faces extra is absent."""
    try:
        import dlib

        from screener.consent.embeddings import EmbeddingUnavailable, models_dir
    except ImportError:
        return None
    try:
        model = models_dir() / DLIB_DETECTOR
    except EmbeddingUnavailable:
        return None
    return dlib.cnn_face_detection_model_v1(str(model)) if model.is_file() else None


def _dlib_finds_a_face(rgb: np.ndarray, row: np.ndarray) -> bool:
    import cv2

    detector = _dlib_detector()
    if detector is None:
        return False
    x, y, w, h = (float(v) for v in row[:4])
    margin = max(w, h) * 0.6
    x0, y0 = int(max(0, x - margin)), int(max(0, y - margin))
    crop = rgb[y0:int(min(rgb.shape[0], y + h + margin)), x0:int(min(rgb.shape[1], x + w + margin))]
    factor = DLIB_FACE_PX / max(w, 1)
    crop = np.ascontiguousarray(cv2.resize(np.ascontiguousarray(crop), None, fx=factor, fy=factor))
    cx, cy = (x + w / 2 - x0) * factor, (y + h / 2 - y0) * factor
    for found in detector(crop, 0):
        r = found.rect
        if r.left() <= cx <= r.right() and r.top() <= cy <= r.bottom():
            return True
    return False
