"""The face-detector model file: shipped inside the package, checked at load, fetched only for updates.

YuNet (232,589 bytes, MIT, licence text beside it in `models/`) is package data, so every install
(`pip install`, the pre-commit framework's environment, an editable install) can screen photos
without a download. `locate()` only looks on disk and checks the pinned sha256 before the file is
used: a damaged or swapped model is an error, never a silent pass. `fetch()` is for updating the
shipped copy (`make models`, or `python -m screener.images.model_files [--mirror DIR]`): from a local
mirror folder when it holds the file, else from the official source; either way the sha256 must
match the pinned one, or nothing is written.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import shutil
import sys
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from screener.config import Config


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
    licence="MIT (OpenCV model zoo), zie LICENSE-yunet.txt",
)

PACKAGED_MODELS = Path(__file__).resolve().parent / "models"  # package data: installed with the screener


class ModelMissing(Exception):
    """The model file is missing or not the pinned one; the message (Dutch) says what to do."""


def sha256_of(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


@functools.lru_cache(maxsize=8)
def _verified(path: Path, size: int, mtime_ns: int, expected: str) -> bool:
    """Whether the file has the pinned sha256; once per file version and process (about 1 ms)."""
    return sha256_of(path) == expected


def _check(path: Path, model: ModelFile, where: str) -> Path:
    try:
        stat = path.stat()
    except OSError:
        raise ModelMissing(f"gezichtsmodel niet gevonden op {path} ({where})") from None
    if path.is_dir():
        raise ModelMissing(f"gezichtsmodel {path} ({where}) is een map; geef het modelbestand zelf (.onnx)")
    if not _verified(path, stat.st_size, stat.st_mtime_ns, model.sha256):
        raise ModelMissing(f"het gezichtsmodel {path} ({where}) is beschadigd of niet het vastgelegde model "
                           f"(sha256 klopt niet); installeer de screener opnieuw")
    return path


def locate(model: ModelFile = YUNET, config: Config | None = None) -> Path:
    """The model file on disk, sha256-checked: the configured path (images.model), else the shipped copy."""
    configured = (config["images"]["model"] if config else "") or ""
    if configured:
        path = Path(configured).expanduser()
        if not path.is_absolute() and config is not None:
            path = config.base_dir / path
        return _check(path, model, "instelling images.model")
    shipped = PACKAGED_MODELS / model.name
    if not shipped.is_file():
        raise ModelMissing(f"gezichtsmodel {model.name} ontbreekt in de installatie ({PACKAGED_MODELS}); "
                           "installeer de screener opnieuw (het model hoort bij het pakket)")
    return _check(shipped, model, "meegeleverd met de screener")


def fetch(model: ModelFile = YUNET, dest_dir: Path = PACKAGED_MODELS, mirror: Path | None = None) -> Path:
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
    parser = argparse.ArgumentParser(description="Controleer het meegeleverde gezichtsmodel, of haal het opnieuw "
                                                 "op (alleen nodig bij een update).")
    parser.add_argument("--mirror", type=Path, help="map met een kopie van het model (bv. ../shared/models)")
    parser.add_argument("--dest", type=Path, default=PACKAGED_MODELS, help=f"doelmap (standaard {PACKAGED_MODELS})")
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
