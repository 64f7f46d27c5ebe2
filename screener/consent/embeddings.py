"""Face embeddings with dlib's ResNet model (`dlib-bin` + `face_recognition_models`, CC0 models).

Only used when the organisation chose face matching ([consent] mode = "matching"). dlib is imported
on first use, never when screening text. `face_recognition_models` imports `pkg_resources` when
imported, so its model files are located with importlib instead.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import numpy as np

from screener.findings import Box

EMBEDDING_FACE_PX = 80  # a face narrower than this (in the reduced image) is cut from the full-resolution photo
_SHAPE_MODEL = "shape_predictor_5_face_landmarks.dat"
_RESNET_MODEL = "dlib_face_recognition_resnet_model_v1.dat"


class EmbeddingUnavailable(Exception):
    """dlib or its models are not installed; Dutch message."""


def models_dir() -> Path:
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingUnavailable("gezichtsvergelijking vraagt de pakketten dlib-bin en face_recognition_models; "
                                   "installeer ze met `pip install dlib-bin face_recognition_models`")
    return Path(list(spec.submodule_search_locations)[0]) / "models"


@functools.lru_cache(maxsize=1)
def _models():
    try:
        import dlib
    except ImportError:
        raise EmbeddingUnavailable("gezichtsvergelijking vraagt het pakket dlib-bin; installeer het met "
                                   "`pip install dlib-bin`") from None
    folder = models_dir()
    return (dlib, dlib.shape_predictor(str(folder / _SHAPE_MODEL)),
            dlib.face_recognition_model_v1(str(folder / _RESNET_MODEL)))


def embed(rgb: np.ndarray, box: Box) -> np.ndarray:
    """The 128-number embedding of the face in `box` (pixels of `rgb`, an RGB uint8 array)."""
    dlib, shape_predictor, resnet = _models()
    height, width = rgb.shape[:2]
    margin = int(max(box.width, box.height) * 0.5)
    x0, y0 = max(0, box.x - margin), max(0, box.y - margin)
    x1, y1 = min(width, box.x + box.width + margin), min(height, box.y + box.height + margin)
    crop = np.ascontiguousarray(rgb[y0:y1, x0:x1])
    rect = dlib.rectangle(box.x - x0, box.y - y0, box.x - x0 + box.width, box.y - y0 + box.height)
    shape = shape_predictor(crop, rect)
    return np.asarray(resnet.compute_face_descriptor(crop, shape), dtype=np.float32)


def distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(np.asarray(a) - np.asarray(b)))
