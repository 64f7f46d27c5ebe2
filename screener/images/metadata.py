"""Hidden data in a photo file (EXIF, IPTC, XMP, PNG text) that says where, by whom or of whom it was made.

`read_metadata()` lists what is there (values masked: a report is shared); `hidden_texts()` gives the
captions and descriptions themselves, to be screened as text and never written anywhere;
`clean_copy()` writes a copy without any of it. The original is never changed by this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image, IptcImagePlugin

from screener.findings import mask

# EXIF tags, by where they live and what they reveal.
GPS_POSITION = {1: "GPSLatitudeRef", 2: "GPSLatitude", 3: "GPSLongitudeRef", 4: "GPSLongitude"}
OWNER_IFD0 = {0x013B: "Artist", 0x8298: "Copyright", 0x9C9D: "XPAuthor"}
OWNER_EXIF = {0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber", 0xA435: "LensSerialNumber"}
TEXT_IFD0 = {0x010E: "ImageDescription", 0x9C9C: "XPComment", 0x9C9E: "XPKeywords", 0x9C9F: "XPSubject",
             0x9C9B: "XPTitle"}
TEXT_EXIF = {0x9286: "UserComment"}
ORIENTATION = 0x0112

# IPTC datasets (record 2) by what they reveal: (dataset, name as photo software shows it).
IPTC_FIELDS = {
    "owner": ((80, "By-line"), (85, "By-line Title"), (116, "Copyright Notice"), (122, "Writer/Editor"),
              (110, "Credit"), (118, "Contact")),
    "place": ((90, "City"), (92, "Sub-location"), (95, "Province/State"), (101, "Country")),
    "text": ((120, "Caption/Abstract"), (105, "Headline"), (5, "Object Name"), (25, "Keywords"),
             (40, "Special Instructions")),
}

# XMP properties (namespace prefix as usually written) by what they reveal.
XMP_FIELDS = {
    "gps": ("exif:GPSLatitude", "exif:GPSLongitude", "exif:GPSAltitude"),
    "owner": ("dc:creator", "dc:rights", "photoshop:AuthorsPosition", "photoshop:CaptionWriter", "photoshop:Credit",
              "xmpRights:Owner", "aux:SerialNumber", "exifEX:BodySerialNumber", "exifEX:CameraOwnerName",
              "aux:OwnerName", "Iptc4xmpCore:CreatorContactInfo"),
    "place": ("photoshop:City", "photoshop:State", "photoshop:Country", "Iptc4xmpCore:Location",
              "Iptc4xmpExt:LocationShown", "Iptc4xmpExt:LocationCreated", "Iptc4xmpExt:Sublocation",
              "Iptc4xmpExt:City"),
    "text": ("dc:description", "dc:subject", "dc:title", "Iptc4xmpExt:PersonInImage", "mwg-rs:Name",
             "photoshop:Headline", "lr:hierarchicalSubject", "exif:UserComment", "tiff:ImageDescription"),
}
PNG_TEXT_OWNER = {"author", "artist", "copyright", "owner"}
PNG_TEXT_DESCRIPTION = {"description", "comment", "title", "subject", "keywords"}


@dataclass(frozen=True)
class MetaItem:
    kind: str  # "gps" | "place" | "owner" | "text" | "thumbnail"
    field: str  # e.g. "EXIF Artist", "XMP dc:creator"
    excerpt: str = ""  # masked value


def _text(value) -> str:
    if isinstance(value, bytes):
        if value[:8] in (b"ASCII\x00\x00\x00", b"UNICODE\x00"):  # EXIF UserComment
            value = value[8:]
        try:
            value = value.decode("utf-16-le") if b"\x00" in value[:4] else value.decode("utf-8", "replace")
        except UnicodeDecodeError:
            value = value.decode("latin-1")
    return " ".join(str(value).replace("\x00", " ").split())


def _excerpt(value) -> str:
    text = _text(value)
    return mask(text[:60]) + ("…" if len(text) > 60 else "")


def read_metadata(img: Image.Image) -> list[MetaItem]:
    """What personal data an opened image carries in its metadata (values masked)."""
    items = [MetaItem(kind, field, "GPS-positie" if kind == "gps" else _excerpt(value) if value else "")
             for kind, field, value in _fields(img)]
    return _unique(items)


def hidden_texts(img: Image.Image) -> list[tuple[str, str]]:
    """(field, text) of every caption, description and keyword field: to be screened, never to be shown."""
    return [(field, _text(value)) for kind, field, value in _fields(img) if kind == "text" and value]


def _fields(img: Image.Image):
    """(kind, field, raw value) for every hidden field that says something about a person or a place."""
    exif = img.getexif()
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if any(tag in gps for tag in (2, 4)):
        yield "gps", "EXIF GPS", ""
    exif_ifd = exif.get_ifd(ExifTags.IFD.Exif)
    for kind, tags, source in (("owner", OWNER_IFD0, exif), ("owner", OWNER_EXIF, exif_ifd),
                               ("text", TEXT_IFD0, exif), ("text", TEXT_EXIF, exif_ifd)):
        for tag, name in tags.items():
            if _text(source.get(tag, "")):
                yield kind, f"EXIF {name}", source[tag]
    ifd1 = exif.get_ifd(ExifTags.IFD.IFD1)
    if 0x0201 in ifd1 or 0x0111 in ifd1:  # JPEGInterchangeFormat / StripOffsets of a thumbnail
        yield "thumbnail", "EXIF miniatuur", ""
    yield from _iptc_fields(img)
    xmp = img.info.get("xmp") or img.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    if xmp:
        yield from _xmp_fields(xmp)
    for key, value in (getattr(img, "text", None) or {}).items() if img.format == "PNG" else ():
        lowered = key.lower()
        if lowered in PNG_TEXT_OWNER and _text(value):
            yield "owner", f"PNG {key}", value
        elif lowered in PNG_TEXT_DESCRIPTION and _text(value):
            yield "text", f"PNG {key}", value
        elif lowered.startswith("raw profile type") and _text(value):  # EXIF/IPTC/XMP as hex (ImageMagick)
            yield "text", f"PNG {key}", ""


def _iptc_fields(img: Image.Image):
    try:
        iptc = IptcImagePlugin.getiptcinfo(img) or {}
    except Exception:  # noqa: BLE001 - a damaged IPTC block: report it rather than guess what it said
        yield "text", "IPTC (beschadigd)", ""
        return
    for kind, datasets in IPTC_FIELDS.items():
        for dataset, name in datasets:
            value = iptc.get((2, dataset))
            if isinstance(value, list):  # repeatable datasets (keywords, several makers)
                value = b", ".join(value)
            if value and _text(value):
                yield kind, f"IPTC {name}", value


def _xmp_fields(xmp: bytes):
    for kind, names in XMP_FIELDS.items():
        for name in names:
            # as an element <exif:GPSLatitude>…</…> or an attribute exif:GPSLatitude="…"
            found = re.search(rb"<" + re.escape(name.encode()) + rb"\b[^>]*>(.*?)</" + re.escape(name.encode()),
                              xmp, re.S) or re.search(re.escape(name.encode()) + rb'\s*=\s*"([^"]*)"', xmp)
            if not found:
                continue
            inner = found.group(1)  # text between tags, and a structure's fields written as attributes
            value = re.sub(rb"<[^>]+>", b" ", inner) + b" " + b" ".join(
                re.findall(rb'\s(?!xml:|rdf:|xmlns)[\w-]+:[\w-]+\s*=\s*"([^"]*)"', inner))
            if _text(value):
                yield kind, f"XMP {name}", value


def _unique(items: list[MetaItem]) -> list[MetaItem]:
    seen, result = set(), []
    for item in items:
        if (item.kind, item.field) not in seen:
            seen.add((item.kind, item.field))
            result.append(item)
    return result


class CleanError(Exception):
    """A cleaned copy could not be written; Dutch message."""


def clean_copy(source: Path, target: Path) -> list[MetaItem]:
    """Write `target`: the same picture without EXIF/XMP/comments/thumbnail (orientation kept).

    Returns what was removed. JPEG keeps its quantisation tables (quality "keep"), PNG stays lossless.
    """
    if source.resolve() == target.resolve():
        raise CleanError("de kopie mag niet hetzelfde bestand zijn als het origineel")
    with Image.open(source) as img:
        removed = read_metadata(img)
        fmt = img.format
        kept_exif = Image.Exif()
        orientation = img.getexif().get(ORIENTATION)
        if orientation:
            kept_exif[ORIENTATION] = orientation
        options: dict = {"exif": kept_exif.tobytes() if orientation else b"", "xmp": b""}
        if img.info.get("icc_profile"):
            options["icc_profile"] = img.info["icc_profile"]
        if fmt == "JPEG":
            options.update(comment=b"")
            options.update(quality="keep", subsampling="keep") if img.mode != "CMYK" else options.update(quality=95)
        elif fmt == "WEBP":
            options.update(quality=95, lossless=bool(img.info.get("lossless")))
        elif fmt not in ("PNG", "TIFF"):
            raise CleanError(f"schoonmaken van {fmt}-bestanden wordt niet ondersteund; gebruik JPEG of PNG")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        try:
            # Pillow copies IPTC, Photoshop and XMP tags from an opened TIFF into the one it saves: save
            # its pixels only. (Not for JPEG: "keep" needs the opened file's quantisation tables.)
            (img.copy() if fmt == "TIFF" else img).save(tmp, format=fmt, **options)
            tmp.replace(target)
        finally:
            tmp.unlink(missing_ok=True)
    return removed
