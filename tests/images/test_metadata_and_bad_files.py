"""Hidden metadata is reported and can be cleaned; bad files get a Dutch message and do not stop the run."""

from __future__ import annotations

import hashlib
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

    assert result.exit_code == 1
    assert "HEIC" in result.output
    assert (out / "heel.jpg").is_file()
