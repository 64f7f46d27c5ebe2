"""Opening a photo safely: a clear Dutch message for every file that cannot be screened.

The photo is decoded as it is displayed (EXIF orientation applied) and, for large JPEGs, at a
reduced size straight from the decoder (PIL `draft()`), never smaller than `min_side` allows.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PIL import Image, ImageOps, UnidentifiedImageError

HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")
_SVG_ACTIVE = re.compile(rb"<\s*script|\bon[a-z]+\s*=|javascript:|<\s*foreignObject", re.I)


class ImageProblem(Exception):
    """A photo that cannot be screened; the message is Dutch, without the file name."""


class NoReader(ImageProblem):
    """A format the screener has no reader for (HEIC): not broken, but not screened either."""


@dataclass
class Photo:
    image: Image.Image  # RGB, as displayed, possibly reduced
    size: tuple[int, int]  # (width, height) as displayed, full resolution
    format: str  # "JPEG", "PNG", ...
    path: Path | bytes  # the file, or the photo's bytes when it is screened in memory

    @property
    def scale(self) -> float:
        """Displayed-pixel size of one pixel of `image`."""
        return self.size[0] / self.image.width


def readable(source: Path | bytes) -> Path | io.BytesIO:
    """What Pillow opens: the file, or the bytes of a photo screened in memory."""
    return io.BytesIO(source) if isinstance(source, bytes) else source


def sniff(path: Path | bytes, head: bytes) -> None:
    """Refuse what Pillow cannot or should not read, before it tries."""
    if not head:
        raise ImageProblem("het bestand is leeg (0 bytes)")
    if head[4:8] == b"ftyp" and head[8:12] in HEIC_BRANDS:
        raise NoReader("HEIC/HEIF-foto's (iPhone) kan de screener niet lezen; "
                       "exporteer de foto als JPEG (op de iPhone: Instellingen > Camera > Formaten > Meest compatibel)")
    text_start = head.lstrip()[:256].lower()
    suffix = path.suffix.lower() if isinstance(path, Path) else ""
    if suffix in (".svg", ".svgz") or text_start.startswith(b"<svg") or (
            text_start.startswith(b"<?xml") and b"<svg" in head[:4096].lower()):
        data = path if isinstance(path, bytes) else path.read_bytes()
        if _SVG_ACTIVE.search(data):
            raise ImageProblem("SVG-afbeelding met een script of actieve inhoud; publiceer die niet, "
                               "en lever de afbeelding aan als PNG of JPEG")
        raise ImageProblem("SVG-afbeeldingen worden niet op gezichten gecontroleerd; lever de afbeelding aan als PNG of JPEG")


def open_photo(path: Path | bytes, *, max_megapixels: float,
               min_side: Callable[[tuple[int, int]], int] | None = None) -> Photo:
    """Decode `path` (a file, or a photo's bytes) as displayed. `min_side(displayed size)`: the longer
    side a reduced decode must keep."""
    try:
        if isinstance(path, bytes):
            head = path[:4096]
        else:
            with path.open("rb") as fh:
                head = fh.read(4096)
    except FileNotFoundError:
        raise ImageProblem("de foto bestaat niet") from None
    except IsADirectoryError:
        raise ImageProblem("is een map, geen foto") from None
    except OSError as exc:
        raise ImageProblem(f"kan de foto niet lezen ({exc.strerror})") from None
    sniff(path, head)
    limit = int(max_megapixels * 1_000_000)
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = limit
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(readable(path)) as img:
                fmt = img.format or "?"
                if getattr(img, "n_frames", 1) > 1:
                    raise ImageProblem(f"bewegende afbeelding ({fmt}, {img.n_frames} beeldjes) wordt niet "
                                       "ondersteund; elk beeldje kan iemand tonen; lever losse foto's aan (JPEG of PNG)")
                orientation = img.getexif().get(0x0112, 1)
                width, height = img.size
                if orientation in (5, 6, 7, 8):
                    width, height = height, width
                keep = min_side((width, height)) if min_side else None
                if fmt == "JPEG" and keep and max(width, height) > keep:
                    factor = keep / max(width, height)
                    img.draft("RGB", (max(1, int(img.width * factor)), max(1, int(img.height * factor))))
                img.load()
                shown = ImageOps.exif_transpose(img)
                rgb = _to_rgb(shown)
    except ImageProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageProblem(f"de afbeelding is te groot (meer dan {max_megapixels:g} megapixel) of een "
                           "'decompressiebom'; verklein de foto en probeer opnieuw") from None
    except UnidentifiedImageError:
        raise ImageProblem("geen (leesbare) afbeelding; lever de foto aan als JPEG of PNG") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        if "truncated" in str(exc).lower():
            raise ImageProblem("de foto is onvolledig (afgebroken bestand); kopieer of exporteer hem opnieuw") from None
        raise ImageProblem(f"de foto is beschadigd en kan niet worden gelezen ({type(exc).__name__})") from None
    finally:
        Image.MAX_IMAGE_PIXELS = previous
    return Photo(image=rgb, size=(width, height), format=fmt, path=path)


def _to_rgb(img: Image.Image) -> Image.Image:
    if img.mode == "RGB":
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return img.convert("RGB")
