"""Files for the format tests, made at test time: SVGs, animations, PDFs and Word documents."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from screener.cli import main

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GROUP_PHOTO = SHARED / "data" / "faces" / "group" / "obama_and_biden.jpg"
MODELS = SHARED / "models"

BSN_SENTENCE = "Welkom aan onze nieuwe leerling. Haar BSN is 111222333, zie de administratie."
PLAIN_SENTENCE = "Op donderdag vieren we kerst in de aula. Alle groepen zingen een lied."

LOGO_SVG = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 80">
  <title>Logo van de school</title>
  <desc>Een regenboog boven het schoolgebouw</desc>
  <circle cx="40" cy="40" r="30" fill="#e33"/>
  <text x="80" y="45">De Regenboog</text>
</svg>
"""


def run_check(*args: str):
    return CliRunner().invoke(main, ["check", "--no-colour", *args], catch_exceptions=False)


def faces_photo(size: tuple[int, int] = (640, 400)):
    """A real photo of two faces (from ../shared), or skip the test with a reason."""
    from PIL import Image, ImageOps

    if not GROUP_PHOTO.is_file() or not MODELS.is_dir():
        pytest.skip("../shared ontbreekt: geen foto met gezichten of geen gezichtsmodel voor deze test")
    return ImageOps.exif_transpose(Image.open(GROUP_PHOTO)).convert("RGB").resize(size)


def jpeg_bytes(img) -> bytes:
    buffer = io.BytesIO()
    img.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def svg_with_photo(data: bytes) -> str:
    encoded = base64.b64encode(data).decode()
    return ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'viewBox="0 0 640 400">\n  <title>Poster schoolfeest</title>\n'
            f'  <image width="640" height="400" xlink:href="data:image/jpeg;base64,{encoded}"/>\n</svg>\n')


def animated_gif(path: Path, frames: list, duration: int = 100) -> Path:
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=duration, loop=0)
    return path


def pdf_newsletter(path: Path, pages: list[list[str]], *, author: str = "", photo=None, photo_page: int = 1,
                   encrypt: str = "") -> Path:
    """A PDF with the given lines per page (reportlab), an optional photo on `photo_page` and author."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    kwargs = {}
    if encrypt:
        from reportlab.lib import pdfencrypt

        kwargs["encrypt"] = pdfencrypt.StandardEncryption(encrypt, canPrint=0)
    pdf = canvas.Canvas(str(path), pagesize=(595, 842), **kwargs)
    if author:
        pdf.setAuthor(author)
    pdf.setTitle("Nieuwsbrief december")
    for number, lines in enumerate(pages, start=1):
        text = pdf.beginText(60, 780)
        for line in lines:
            text.textLine(line)
        pdf.drawText(text)
        if photo is not None and number == photo_page:
            pdf.drawImage(ImageReader(io.BytesIO(jpeg_bytes(photo))), 60, 300, width=480, height=300)
        pdf.showPage()
    pdf.save()
    return path


def word_document(path: Path, paragraphs: list[str], *, author: str = "", header: str = "", table: list[list[str]] = (),
                  photo=None, comment: tuple[str, str] | None = None) -> Path:
    """A .docx (python-docx) with paragraphs, an optional table, header, photo, comment and author."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.core_properties.author = author
    document.core_properties.last_modified_by = ""
    for text in paragraphs:
        paragraph = document.add_paragraph(text)
    if comment:
        document.add_comment(paragraph.runs, text=comment[1], author=comment[0])
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    if photo is not None:
        document.add_picture(io.BytesIO(jpeg_bytes(photo)), width=Cm(12))
    if header:
        document.sections[0].header.paragraphs[0].text = header
    document.save(str(path))
    return path
