"""The face-detector model file: where the screener looks for it, and how set-up fetches it.

The screener itself never goes on the network: `locate()` only looks on disk. `fetch()` is run by
set-up (`make models`, or `python -m screener.images.model_files [--mirror DIR]`) and takes the file
from a local mirror folder when there is one, else from its official source; either way the sha256
must match the pinned one, or nothing is written.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from screener.config import Config
from screener.user_cache import user_cache_dir


@dataclass(frozen=True)
class ModelFile:
    name: str
    url: str
    sha256: str
    size: int
    licence: str


YUNET = ModelFile(
    name="face_detection_yunet_2023mar.onnx",
    url="https://github.com/opencv/opencv_zoo/raw/main/models/face_detection_yunet/face_detection_yunet_2023mar.onnx",
    sha256="8f2383e4dd3cfbb4553ea8718107fc0423210dc964f9f4280604804ed2552fa4",
    size=232_589,
    licence="MIT (OpenCV model zoo)",
)

PROJECT_MODELS = Path(__file__).resolve().parents[2] / "models"  # models/ in a source checkout


class ModelMissing(Exception):
    """The model file is not on this machine; the message (Dutch) says how to get it."""


def user_models_dir() -> Path:
    return user_cache_dir("models")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def locate(model: ModelFile = YUNET, config: Config | None = None) -> Path:
    """The model file on disk: configured path, else models/ in the checkout, else the user cache."""
    configured = (config["images"]["model"] if config else "") or ""
    if configured:
        path = Path(configured).expanduser()
        if not path.is_absolute() and config is not None:
            path = config.base_dir / path
        if not path.is_file():
            raise ModelMissing(f"gezichtsmodel niet gevonden op {path} (instelling images.model)")
        return path
    candidates = [PROJECT_MODELS / model.name, user_models_dir() / model.name]
    for path in candidates:
        if path.is_file():
            return path
    raise ModelMissing(
        f"gezichtsmodel {model.name} ontbreekt; voer `make models` of "
        "`python -m screener.images.model_files` uit (eenmalig, haalt het model op)"
    )


def fetch(model: ModelFile = YUNET, dest_dir: Path = PROJECT_MODELS, mirror: Path | None = None) -> Path:
    """Put the model in dest_dir, from `mirror` if it holds it, else from the official URL; sha256-checked."""
    target = dest_dir / model.name
    if target.is_file() and sha256_of(target) == model.sha256:
        return target
    dest_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=dest_dir, delete=False, suffix=".part") as tmp:
        tmp_path = Path(tmp.name)
    try:
        mirrored = mirror / model.name if mirror else None
        if mirrored and mirrored.is_file():
            shutil.copyfile(mirrored, tmp_path)
        else:
            with urllib.request.urlopen(model.url, timeout=60) as response, tmp_path.open("wb") as out:
                shutil.copyfileobj(response, out)
        actual = sha256_of(tmp_path)
        if actual != model.sha256:
            raise ModelMissing(f"{model.name}: sha256 klopt niet ({actual}, verwacht {model.sha256}); niet opgeslagen")
        tmp_path.replace(target)
    finally:
        tmp_path.unlink(missing_ok=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Haal het gezichtsmodel op (eenmalig, bij de installatie).")
    parser.add_argument("--mirror", type=Path, help="map met een kopie van het model (bv. ../shared/models)")
    parser.add_argument("--dest", type=Path, default=PROJECT_MODELS, help=f"doelmap (standaard {PROJECT_MODELS})")
    args = parser.parse_args(argv)
    try:
        path = fetch(YUNET, args.dest, args.mirror)
    except (ModelMissing, OSError) as exc:
        print(f"fout: {exc}", file=sys.stderr)
        return 1
    print(f"{path} (sha256 {YUNET.sha256[:12]}…, {YUNET.licence})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
