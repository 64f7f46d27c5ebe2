"""Hidden metadata is reported and can be cleaned; bad files get a Dutch message and do not stop the run."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

from click.testing import CliRunner
from PIL import Image

from helpers import photo_with_gps
from screener.commands.clean import clean
from screener.config import from_dict
from screener.findings import Severity
from screener.images import screen_image
from screener.images.metadata import read_metadata
from screener.post import PostContext

WEBSITE = PostContext(channel="website", author_role="medewerker")
NO_FACES = from_dict({"images": {"faces": False}})  # metadata and file checks only: no model needed


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_gps_and_maker_in_exif_are_reported(tmp_path):
    photo = photo_with_gps(tmp_path / "uitje.jpg")

    findings = screen_image(photo, "uitje.jpg", config=NO_FACES, post=WEBSITE)

    by_rule = {f.rule: f for f in findings}
    assert by_rule["A2-FOTO-GPS"].severity == Severity.ERROR
    assert "GPS" in by_rule["A2-FOTO-GPS"].message
    assert "Marieke" not in by_rule["A2-FOTO-EIGENAAR"].excerpt  # masked: 'M****** J*****'
    assert by_rule["A2-FOTO-EIGENAAR"].excerpt.startswith("M*")


def test_clean_copy_has_no_gps_and_original_is_unchanged(tmp_path):
    photo = photo_with_gps(tmp_path / "uitje.jpg")
    before = sha(photo)
    copy = tmp_path / "schoon" / "uitje.jpg"

    result = CliRunner().invoke(clean, [str(photo), "--output", str(copy)])

    assert result.exit_code == 0, result.output
    assert sha(photo) == before
    with Image.open(copy) as img:
        assert read_metadata(img) == []
        assert img.size == (320, 240)
    assert screen_image(copy, "schoon/uitje.jpg", config=NO_FACES, post=WEBSITE) == []


def test_embedded_thumbnail_is_reported(shared, tmp_path):
    findings = screen_image(shared / "data/faces/people/obama/obama.jpg", "obama.jpg", config=NO_FACES, post=WEBSITE)
    assert "A2-FOTO-MINIATUUR" in {f.rule for f in findings}


def png_claiming(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims an enormous picture: a decompression bomb."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
                     + chunk(b"IEND", b""))
    return path


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, a word the Dutch message must contain)."""
    (folder / "leeg.jpg").write_bytes(b"")
    good = photo_with_gps(folder / "heel.jpg")
    (folder / "afgebroken.jpg").write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    (folder / "kapot.jpg").write_bytes(b"dit is geen foto maar een tekst " * 20)
    (folder / "iphone.heic").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    (folder / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    return {
        "leeg": (folder / "leeg.jpg", "leeg"),
        "afgebroken": (folder / "afgebroken.jpg", "onvolledig"),
        "kapot": (folder / "kapot.jpg", "geen (leesbare) afbeelding"),
        "bom": (png_claiming(folder / "bom.png", 60000, 60000), "te groot"),
        "heic": (folder / "iphone.heic", "HEIC"),
        "svg": (folder / "logo.svg", "script"),
    }


def test_each_bad_file_gets_its_own_dutch_message_and_the_rest_goes_on(tmp_path):
    files = bad_files(tmp_path)
    good = tmp_path / "heel.jpg"
    results = {name: screen_image(path, path.name, config=NO_FACES, post=WEBSITE) for name, (path, _) in files.items()}
    results["heel"] = screen_image(good, good.name, config=NO_FACES, post=WEBSITE)

    for name, (path, word) in files.items():
        findings = results[name]
        if name == "heic":  # no reader for it: not screened, a warning unless [images] unreadable = "error"
            assert [(f.rule, f.severity) for f in findings] == [("E-NIET-GECONTROLEERD", Severity.WARNING)]
        else:
            assert [(f.rule, f.severity) for f in findings] == [("E-AFBEELDING", Severity.ERROR)], name
        assert findings[0].path == path.name
        assert word.lower() in findings[0].message.lower(), (name, findings[0].message)
    assert "A2-FOTO-GPS" in {f.rule for f in results["heel"]}


def test_clean_refuses_a_bad_file_but_cleans_the_next(tmp_path):
    files = bad_files(tmp_path)
    out = tmp_path / "uit"
    out.mkdir()

    result = CliRunner().invoke(clean, [str(files["heic"][0]), str(tmp_path / "heel.jpg"), "--output", str(out)])

    assert result.exit_code == 3
    assert "HEIC" in result.output
    assert (out / "heel.jpg").is_file()


def _iptc_jpeg(path: Path, datasets: dict[int, str]) -> Path:
    """A JPEG with an IPTC block (Photoshop APP13, resource 0x0404), as photo software writes it."""
    iptc = b"\x1c\x01\x5a\x00\x03\x1b%G"  # 1:90 coded character set: UTF-8
    for number, value in datasets.items():
        data = value.encode("utf-8")
        iptc += b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(data)) + data
    if len(iptc) % 2:
        iptc += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    segment = b"Photoshop 3.0\x00" + resource
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (120, 160, 200)).save(buffer, format="JPEG", quality=90)
    jpeg = buffer.getvalue()
    path.write_bytes(jpeg[:2] + b"\xff\xed" + struct.pack(">H", len(segment) + 2) + segment + jpeg[2:])
    return path


CAPTION = "Sanne de Vries (groep 5b) wint de tekenwedstrijd, BSN 111222333"


def test_iptc_caption_is_screened_as_text_and_the_by_line_is_the_maker(tmp_path):
    photo = _iptc_jpeg(tmp_path / "wedstrijd.jpg", {80: "Marieke Jansen", 120: CAPTION, 90: "Vinkeveen"})

    findings = screen_image(photo, "wedstrijd.jpg", config=NO_FACES, post=WEBSITE)

    by_rule = {f.rule: f for f in findings}
    assert {"A2-NAAM", "A2-BSN", "A2-FOTO-EIGENAAR", "A2-FOTO-BESCHRIJVING", "A2-FOTO-PLAATS"} <= set(by_rule)
    assert "IPTC Caption/Abstract" in by_rule["A2-NAAM"].message
    assert "IPTC By-line" in by_rule["A2-FOTO-EIGENAAR"].message
    shown = " ".join(f.message + f.excerpt + str(f.extra) for f in findings)
    assert "Sanne" not in shown and "Marieke" not in shown and "111222333" not in shown


def test_clean_removes_iptc_and_says_what_it_removed(tmp_path):
    photo = _iptc_jpeg(tmp_path / "wedstrijd.jpg", {80: "Marieke Jansen", 120: CAPTION})
    before = sha(photo)

    result = CliRunner().invoke(clean, [str(photo), "--output", str(tmp_path / "schoon.jpg")])

    assert result.exit_code == 0, result.output
    assert "IPTC By-line" in result.output and "IPTC Caption/Abstract" in result.output
    assert "Marieke" not in result.output and sha(photo) == before
    assert b"Marieke" not in (tmp_path / "schoon.jpg").read_bytes()
    assert screen_image(tmp_path / "schoon.jpg", "schoon.jpg", config=NO_FACES, post=WEBSITE) == []


XMP = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:exif="http://ns.adobe.com/exif/1.0/"
  xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
  photoshop:City="Vinkeveen" Iptc4xmpCore:Location="Speeltuin Kerkstraat"
  exif:GPSLatitude="52,12.5N" exif:GPSLongitude="4,56.1E">
<dc:creator><rdf:Seq><rdf:li>Marieke Jansen</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Sanne de Vries op het klimrek</rdf:li></rdf:Alt></dc:description>
</rdf:Description></rdf:RDF></x:xmpmeta>"""


def test_xmp_maker_place_gps_and_description_are_found_and_cleaned(tmp_path):
    photo = tmp_path / "speeltuin.jpg"
    Image.new("RGB", (320, 240), (90, 140, 90)).save(photo, format="JPEG", xmp=XMP.encode("utf-8"))

    findings = screen_image(photo, "speeltuin.jpg", config=NO_FACES, post=WEBSITE)

    rules = {f.rule for f in findings}
    assert {"A2-FOTO-GPS", "A2-FOTO-EIGENAAR", "A2-FOTO-PLAATS", "A2-FOTO-BESCHRIJVING", "A2-NAAM"} <= rules
    place = next(f for f in findings if f.rule == "A2-FOTO-PLAATS")
    assert "XMP photoshop:City" in place.message and "XMP Iptc4xmpCore:Location" in place.message
    assert "Vinkeveen" not in place.excerpt and "Kerkstraat" not in place.excerpt

    result = CliRunner().invoke(clean, [str(photo), "--output", str(tmp_path / "schoon.jpg")])
    assert result.exit_code == 0 and "XMP dc:creator" in result.output
    assert b"Marieke" not in (tmp_path / "schoon.jpg").read_bytes()
    assert screen_image(tmp_path / "schoon.jpg", "schoon.jpg", config=NO_FACES, post=WEBSITE) == []


def test_png_text_chunks_are_found_and_cleaned(tmp_path):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Marieke Jansen")
    info.add_itxt("Description", "Sanne de Vries bij de kerstmarkt")
    info.add_text("Comment", "foto van Daan Bakker", zip=True)  # a zTXt chunk
    info.add_text("Raw profile type iptc", "\niptc\n      14\n1c0250000e4d617269656b65204a616e73656e\n", zip=True)
    photo = tmp_path / "kerst.png"
    Image.new("RGB", (320, 240), (200, 60, 60)).save(photo, pnginfo=info)

    findings = screen_image(photo, "kerst.png", config=NO_FACES, post=WEBSITE)

    rules = [f.rule for f in findings]
    assert {"A2-FOTO-EIGENAAR", "A2-FOTO-BESCHRIJVING"} <= set(rules) and rules.count("A2-NAAM") >= 2
    result = CliRunner().invoke(clean, [str(photo), "--output", str(tmp_path / "schoon.png")])
    assert result.exit_code == 0
    assert "PNG Author" in result.output and "PNG Description" in result.output and "PNG Comment" in result.output
    assert "PNG Raw profile type iptc" in result.output  # a profile ImageMagick wrote as hex: reported, removed
    assert screen_image(tmp_path / "schoon.png", "schoon.png", config=NO_FACES, post=WEBSITE) == []


def test_a_photo_agency_id_in_the_title_is_not_taken_for_a_pupil_number(tmp_path):
    photo = _iptc_jpeg(tmp_path / "persfoto.jpg", {5: "Was1849788", 120: "DSC_0042"})

    findings = screen_image(photo, "persfoto.jpg", config=NO_FACES, post=WEBSITE)

    assert [f.rule for f in findings] == ["A2-FOTO-BESCHRIJVING"]
    assert findings[0].severity == Severity.WARNING


def test_clean_copy_of_a_tiff_drops_its_iptc_and_xmp_tags(tmp_path):
    from PIL import TiffImagePlugin

    tags = TiffImagePlugin.ImageFileDirectory_v2()
    tags[315] = "Marieke Jansen"  # Artist
    tags[33723] = b"\x1c\x02\x50\x00\x0eMarieke Jansen"  # IPTC By-line
    tags[700] = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Marieke Jansen</dc:creator></x:xmpmeta>'
    photo = tmp_path / "scan.tif"
    Image.new("RGB", (64, 48), (10, 120, 60)).save(photo, tiffinfo=tags)
    assert {"EXIF Artist", "IPTC By-line", "XMP dc:creator"} <= {item.field for item in read_metadata(Image.open(photo))}

    result = CliRunner().invoke(clean, [str(photo), "--output", str(tmp_path / "schoon.tif")])

    assert result.exit_code == 0, result.output
    assert b"Marieke" not in (tmp_path / "schoon.tif").read_bytes()
    with Image.open(tmp_path / "schoon.tif") as img:
        assert read_metadata(img) == [] and img.size == (64, 48)
