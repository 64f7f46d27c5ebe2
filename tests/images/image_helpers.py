"""Test photos are made at test time: faces cut from ../shared/data/faces and pasted onto plain canvases."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps

from screener.config import from_dict
from screener.post import PostContext

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
FACES = SHARED / "data" / "faces" / "people"
MODEL = SHARED / "models" / "face_detection_yunet_2023mar.onnx"

# Where the face is in each shared photo (displayed pixels, looked up once by eye and detector):
# (photo, (left, top, right, bottom)) with some hair and chin around it.
FACE_CROPS = {
    "obama": ("obama/obama.jpg", (320, 30, 660, 470)),
    "biden": ("biden/biden.jpg", (370, 110, 770, 610)),
    "lin": ("lin_manuel_miranda/lin-manuel-miranda.png", (200, 60, 590, 560)),
    "alex": ("alex_lacamoire/alex-lacamoire.png", (140, 60, 365, 350)),
}


def face(name: str, width: int) -> Image.Image:
    """A real face, cut from a shared photo, `width` pixels wide (face plus a little hair and chin)."""
    photo, crop = FACE_CROPS[name]
    img = ImageOps.exif_transpose(Image.open(FACES / photo)).convert("RGB").crop(crop)
    return img.resize((width, round(width * img.height / img.width)))


def canvas(size: tuple[int, int], placed: list[tuple[str, int, tuple[int, int]]]) -> Image.Image:
    """A plain grey canvas with faces pasted at (x, y): [(name, width, (x, y)), ...]."""
    img = Image.new("RGB", size, (170, 180, 175))
    for name, width, at in placed:
        img.paste(face(name, width), at)
    return img


def config(tmp_path: Path, consent_rows: list[str] | None = None, **sections) -> object:
    """A configuration with the shared model, and a consent list (CSV rows without header) when given."""
    data: dict = {"images": {"model": str(MODEL)}}
    if consent_rows is not None:
        path = tmp_path / "toestemming.csv"
        path.write_text("id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"
                        + "\n".join(consent_rows) + "\n", encoding="utf-8")
        data["consent"] = {"list": str(path)}
    for key, value in sections.items():
        data.setdefault(key, {}).update(value)
    return from_dict(data)


WEBSITE = PostContext(channel="website", author_role="medewerker")


def inside(box, x: int, y: int, w: int, h: int) -> bool:
    """The finding's box lies on the pasted face (centre within the pasted rectangle)."""
    cx, cy = box.x + box.width / 2, box.y + box.height / 2
    return x <= cx <= x + w and y <= cy <= y + h
