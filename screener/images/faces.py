"""Finding faces with OpenCV's YuNet detector (`cv2.FaceDetectorYN`).

YuNet finds faces from about 16 px wide. A photo is therefore looked at twice: once reduced to
the detector's own size (large, close-up faces) and once at a resolution where the smallest face
that must be found (`images.min_face_percent` of the longer side, at least 16 px) is about
`DETECTOR_FACE_PX` wide: reduced for a large photo, enlarged for a small one with tiny faces.
Both passes are merged (overlapping boxes: the surest one wins). A detection the detector is not
sure of gets a second look on a crop around it at a standard face size; background texture that
looked like a face in passing does not survive it. Because of that second look, detections from
a low score (`images.score_threshold`, 0.4) are candidates: a 40 px face in a 12-megapixel photo
often scores 0.4-0.6 in the detail pass and clearly above 0.75 in its second look (on synthetic
school-yard photos with 192 such faces: 185 found at 0.6, 192 at 0.4, no extra boxes either way).
Last, is it human (`human.is_human`)? YuNet also finds dogs, monkeys and dolls; a face that
vanishes when seen small, and that dlib does not find either, is marked doubtful.
Boxes are in displayed pixels.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from screener.findings import Box
from screener.images.human import is_human

DETECTOR_FACE_PX = 20  # YuNet finds nearly every face of this width (16 px: 39 of 40)
MIN_FACE_FLOOR_PX = 16  # faces smaller than this in the photo are not recognisable
OVERVIEW_SIDE = 640  # YuNet's native input size: the pass for large faces
MAX_WORK_SIDE = 4000  # never enlarge a photo beyond this
NMS_OVERLAP = 0.3
SURE_SCORE = 0.85  # below this a detection gets a second look
SECOND_LOOK_FACE_PX = 96  # ... on a crop around it, enlarged or reduced so the face is this wide
SECOND_LOOK_SCORE = 0.75  # real faces scored 0.89 or more there; texture (paintings, lamps) 0.61 or less


@dataclass(frozen=True)
class Face:
    box: Box  # displayed pixels
    score: float
    landmarks: tuple[tuple[float, float], ...]  # eyes, nose, mouth corners, displayed pixels
    human: bool = True  # False: probably an animal's face (see images/human.py); undecided counts as human


def min_face_px(size: tuple[int, int], min_face_percent: float) -> float:
    return max(MIN_FACE_FLOOR_PX, max(size) * min_face_percent / 100)


def work_side(size: tuple[int, int], min_face_percent: float) -> int:
    """The longer side at which the smallest face that must be found is DETECTOR_FACE_PX wide."""
    scale = DETECTOR_FACE_PX / min_face_px(size, min_face_percent)
    return int(min(MAX_WORK_SIDE, max(OVERVIEW_SIDE, max(size) * scale)))


@functools.lru_cache(maxsize=4)
def _detector(model: str, score_threshold: float):
    import cv2

    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)  # no engine chatter in a user's report
    return cv2.FaceDetectorYN.create(model, "", (OVERVIEW_SIDE, OVERVIEW_SIDE), score_threshold, NMS_OVERLAP, 5000)


def _detect_at(detector, rgb: np.ndarray, side: int) -> list[tuple[np.ndarray, float]]:
    """Detections on `rgb` resized so its longer side is `side`; rows scaled back to `rgb` pixels."""
    import cv2

    height, width = rgb.shape[:2]
    factor = side / max(width, height)
    if abs(factor - 1) > 0.01:
        interpolation = cv2.INTER_AREA if factor < 1 else cv2.INTER_LINEAR
        work = cv2.resize(rgb, (max(1, round(width * factor)), max(1, round(height * factor))),
                          interpolation=interpolation)
    else:
        factor, work = 1.0, rgb
    bgr = cv2.cvtColor(work, cv2.COLOR_RGB2BGR)
    detector.setInputSize((bgr.shape[1], bgr.shape[0]))
    _, rows = detector.detect(bgr)
    if rows is None:
        return []
    return [(row[:14] / factor, float(row[14])) for row in rows]


def look_again(detector, rgb: np.ndarray, row: np.ndarray, face_px: int, how: str = "") -> float:
    """The detector's score for this spot when it looks only here, the face `face_px` wide (0: no face).

    `how`: "grey" (colour removed) or "mirrored" (left and right swapped), or "" as it is.
    """
    import cv2

    x, y, w, h = (float(v) for v in row[:4])
    margin = max(w, h) * 0.75
    x0, y0 = int(max(0, x - margin)), int(max(0, y - margin))
    x1, y1 = int(min(rgb.shape[1], x + w + margin)), int(min(rgb.shape[0], y + h + margin))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return 0.0
    crop = rgb[y0:y1, x0:x1]
    cx, cy = x + w / 2 - x0, y + h / 2 - y0
    if how == "grey":
        crop = cv2.cvtColor(cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    elif how == "mirrored":
        crop, cx = crop[:, ::-1], (x1 - x0) - cx
    crop = np.ascontiguousarray(crop)
    side = max(32, int(max(crop.shape[:2]) * face_px / max(w, h, 1)))
    best = 0.0
    for again, score in _detect_at(detector, crop, side):
        ax, ay = again[0] + again[2] / 2, again[1] + again[3] / 2
        if abs(ax - cx) < w / 2 and abs(ay - cy) < h / 2:
            best = max(best, score)
    return best


def _second_look(detector, rgb: np.ndarray, row: np.ndarray) -> bool:
    """Does the detector find a face here again, looking only at this spot at a standard face size?"""
    return look_again(detector, rgb, row, SECOND_LOOK_FACE_PX) >= SECOND_LOOK_SCORE


def _overlap(a: np.ndarray, b: np.ndarray) -> float:
    ax2, ay2, bx2, by2 = a[0] + a[2], a[1] + a[3], b[0] + b[2], b[1] + b[3]
    iw = max(0.0, min(ax2, bx2) - max(a[0], b[0]))
    ih = max(0.0, min(ay2, by2) - max(a[1], b[1]))
    inter = iw * ih
    smaller = min(a[2] * a[3], b[2] * b[3])
    return inter / smaller if smaller > 0 else 0.0


def detect_faces(image, size: tuple[int, int], *, model: Path, min_face_percent: float = 1.0,
                 score_threshold: float = 0.4, human_check: bool = True) -> list[Face]:
    """Faces in `image` (PIL RGB, possibly reduced from a photo displayed at `size`), in reading order.

    `human_check`: mark faces that are probably not human (`Face.human`); False: every face is human.
    """
    detector = _detector(str(model), float(score_threshold))
    rgb = np.asarray(image)
    to_displayed = size[0] / image.width
    wanted = work_side(size, min_face_percent)  # the longer side to detect at
    sides = {min(OVERVIEW_SIDE, max(image.size))}
    if wanted > OVERVIEW_SIDE * 1.1:
        sides.add(int(wanted))
    found: list[tuple[np.ndarray, float]] = []
    for side in sorted(sides):
        found.extend(_detect_at(detector, rgb, side))
    kept: list[tuple[np.ndarray, float]] = []
    for row, score in sorted(found, key=lambda item: -item[1]):
        if all(_overlap(row, other) < 0.5 for other, _ in kept):
            kept.append((row, score))
    kept = [(row, score) for row, score in kept if score >= SURE_SCORE or _second_look(detector, rgb, row)]
    faces = [_face(row, score, to_displayed, size, human=not human_check or is_human(
                 functools.partial(look_again, detector, rgb, row), rgb, row, score)) for row, score in kept]
    smallest = 0.5 * min_face_px(size, min_face_percent)  # far below what must be found: texture, not a face
    return reading_order([f for f in faces if f.box.width >= smallest])


def reading_order(faces: list[Face]) -> list[Face]:
    """Top row first, left to right within a row, as a person counts faces in a group photo."""
    if not faces:
        return []
    row_height = float(np.median([f.box.height for f in faces]))
    return sorted(faces, key=lambda f: (round((f.box.y + f.box.height / 2) / row_height), f.box.x))


def _face(row: np.ndarray, score: float, scale: float, size: tuple[int, int], human: bool = True) -> Face:
    x, y, w, h = (float(v) * scale for v in row[:4])
    x0, y0 = max(0, int(round(x))), max(0, int(round(y)))
    x1, y1 = min(size[0], int(round(x + w))), min(size[1], int(round(y + h)))
    landmarks = tuple((float(row[4 + 2 * i]) * scale, float(row[5 + 2 * i]) * scale) for i in range(5))
    return Face(box=Box(x0, y0, max(1, x1 - x0), max(1, y1 - y0)), score=score, landmarks=landmarks, human=human)
