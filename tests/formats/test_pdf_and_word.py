"""PDF newsletters and Word documents: text with page or paragraph, properties, photos, broken files."""

from __future__ import annotations

from pathlib import Path

from formats_helpers import BSN_SENTENCE, PLAIN_SENTENCE, faces_photo, pdf_newsletter, run_check, word_document
from screener import documents
from screener.config import from_dict
from screener.pipeline import screen_document
from screener.post import resolve


def test_a_pupils_bsn_on_page_2_of_a_pdf_newsletter_is_refused_naming_page_and_line(site: Path) -> None:
    pdf_newsletter(site / "nieuwsbrief.pdf", [[PLAIN_SENTENCE, "Tot ziens!"], ["Nieuws uit groep 5", BSN_SENTENCE]])
    result = run_check("nieuwsbrief.pdf")
    assert result.exit_code == 1
    bsn = [line for line in result.output.splitlines() if " A2-BSN " in line]
    assert len(bsn) == 1 and bsn[0].startswith("nieuwsbrief.pdf:"), result.output
    assert "error A2-BSN Pagina 2, regel 2: Burgerservicenummer gevonden: '*********'" in bsn[0]
    assert "111222333" not in result.output


def test_an_ordinary_pdf_newsletter_passes(site: Path) -> None:
    pdf_newsletter(site / "nieuwsbrief.pdf", [[PLAIN_SENTENCE], ["De kerstviering begint om half negen."]])
    result = run_check("nieuwsbrief.pdf")
    assert result.exit_code == 0, result.output
    assert "Geen bevindingen in 1 bestand." in result.output


def test_a_name_as_a_pdfs_author_is_reported_as_a_document_property(site: Path) -> None:
    pdf_newsletter(site / "nieuwsbrief.pdf", [[PLAIN_SENTENCE]], author="Sanne de Vries")
    result = run_check("nieuwsbrief.pdf")
    assert "warning A2-NAAM Documenteigenschap Auteur: Naam van een persoon gevonden: 'S**** d* V****'" in result.output
    assert "Sanne" not in result.output


def test_a_pupil_without_consent_as_author_blocks_the_pdf(site: Path) -> None:
    (site / "toestemming.csv").write_text(
        "id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"
        "p-001;Sanne de Vries;leerling;5;nee;nee;nee;nee;2024-08-01;2030-07-31\n", encoding="utf-8")
    (site / "screener.toml").write_text('[consent]\nlist = "toestemming.csv"\n', encoding="utf-8")
    pdf_newsletter(site / "nieuwsbrief.pdf", [[PLAIN_SENTENCE]], author="Sanne de Vries")
    result = run_check("nieuwsbrief.pdf")
    assert result.exit_code == 1, result.output
    assert "error A5-NAAM-ZONDER-TOESTEMMING Documenteigenschap Auteur" in result.output


def test_faces_in_a_pdfs_photo_are_reported_with_the_page(site: Path) -> None:
    pdf_newsletter(site / "nieuwsbrief.pdf", [[PLAIN_SENTENCE], ["Het kerstdiner"]], photo=faces_photo(), photo_page=2)
    result = run_check("nieuwsbrief.pdf")
    assert result.exit_code == 1
    faces = [line for line in result.output.splitlines() if "A5-GEZICHT" in line]
    assert len(faces) >= 2, result.output
    assert all("Afbeelding 1 op pagina 2: Gezicht" in line for line in faces), result.output


def test_a_broken_and_an_encrypted_pdf_exit_3_with_dutch_messages_and_the_other_files_are_reported(site: Path) -> None:
    (site / "kapot.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")  # cut off
    pdf_newsletter(site / "geheim.pdf", [[PLAIN_SENTENCE]], encrypt="wachtwoord")
    (site / "post.txt").write_text(BSN_SENTENCE + "\n", encoding="utf-8")
    result = run_check("kapot.pdf", "geheim.pdf", "post.txt")
    assert result.exit_code == 3
    assert "kapot.pdf: error E-BESTAND kapot.pdf: is geen leesbaar PDF-bestand" in result.output
    assert "geheim.pdf: error E-BESTAND geheim.pdf: de PDF is beveiligd met een wachtwoord" in result.output
    assert "post.txt:1:46: error A2-BSN" in result.output
    assert "2 bestanden konden niet gescreend worden" in result.output


def test_a_word_document_names_the_paragraph_the_table_the_header_and_the_comment(site: Path) -> None:
    word_document(site / "brief.docx", ["Beste ouders,", PLAIN_SENTENCE, BSN_SENTENCE], author="",
                  header="Telefoon van de moeder: 06-12345678", table=[["Naam", "Groep"], ["Daan Bakker", "5"]],
                  comment=("Webredactie", "Staat het IBAN NL91ABNA0417164300 er wel goed?"))
    result = run_check("brief.docx")
    assert result.exit_code == 1
    out = result.output
    assert "error A2-BSN Alinea 3: Burgerservicenummer gevonden" in out
    assert "error A2-NAAM Alinea 6 (in een tabel): Naam van een persoon gevonden: 'D*** B*****'" in out
    assert " A2-TELEFOON Koptekst: " in out
    assert " A2-IBAN Opmerking 1: " in out
    assert "Daan" not in out and "12345678" not in out


def test_a_face_in_a_word_documents_photo_is_reported_after_its_paragraph(site: Path) -> None:
    word_document(site / "verslag.docx", ["Verslag van de sportdag", PLAIN_SENTENCE], photo=faces_photo())
    result = run_check("verslag.docx")
    assert result.exit_code == 1
    faces = [line for line in result.output.splitlines() if "A5-GEZICHT" in line]
    assert faces and all("Afbeelding 1 (na alinea 2): Gezicht" in line for line in faces), result.output


def test_an_ordinary_word_letter_passes_and_a_broken_one_exits_3(site: Path) -> None:
    word_document(site / "brief.docx", ["Beste ouders,", PLAIN_SENTENCE])
    (site / "kapot.docx").write_bytes(b"PK\x03\x04 dit is geen Word-bestand")
    assert run_check("brief.docx").exit_code == 0
    result = run_check("kapot.docx", "brief.docx")
    assert result.exit_code == 3
    assert "kapot.docx: error E-BESTAND kapot.docx: is geen leesbaar Word-bestand" in result.output


def test_from_bytes_reads_every_post_format_in_memory(tmp_path: Path) -> None:
    pdf = pdf_newsletter(tmp_path / "n.pdf", [[BSN_SENTENCE]]).read_bytes()
    docx = word_document(tmp_path / "b.docx", [BSN_SENTENCE]).read_bytes()
    config = from_dict({})
    uploads = {"nieuwsbrief.pdf": pdf, "brief.docx": docx, "bericht.md": f"# Nieuws\n\n{BSN_SENTENCE}\n".encode(),
               "bericht.txt": BSN_SENTENCE.encode(), "bericht.html": f"<p>{BSN_SENTENCE}</p>".encode()}
    for name, data in uploads.items():
        doc = documents.from_bytes(name, data, shown=f"upload/{name}")
        findings = screen_document(doc, config, resolve(doc.meta, config))
        assert [f.rule for f in findings if f.rule == "A2-BSN"] == ["A2-BSN"], name
        assert all(f.path == f"upload/{name}" for f in findings)


def test_fix_leaves_a_word_document_untouched_and_says_why(site: Path) -> None:
    from click.testing import CliRunner

    from screener.cli import main

    letter = word_document(site / "mening.docx", ["Ik vind dat onze school, OBS De Regenboog, de beste is."])
    before = letter.read_bytes()
    result = CliRunner().invoke(main, ["fix", "--in-place", "--channel", "persoonlijk", "mening.docx"])
    assert result.exit_code == 2
    assert "verbetert de screener niet" in result.output
    assert letter.read_bytes() == before and not (site / "mening.docx.bak").exists()


def test_the_json_report_names_the_page_of_a_pdf_finding(site: Path) -> None:
    import json

    pdf_newsletter(site / "nieuwsbrief.pdf", [[PLAIN_SENTENCE], [BSN_SENTENCE]])
    report = json.loads(run_check("--format", "json", "nieuwsbrief.pdf").output)
    assert [(f["rule"], f["plek"]) for f in report["findings"]] == [("A2-BSN", "pagina 2, regel 1")]


def test_the_program_and_title_in_an_ordinary_pdfs_properties_give_no_findings(site: Path) -> None:
    from reportlab.pdfgen import canvas

    for number, creator in enumerate(("Microsoft® Word voor Microsoft 365", "Adobe InDesign 18.0 (Macintosh)",
                                      "Skia/PDF m120 Google Docs Renderer")):
        pdf = canvas.Canvas(str(site / f"nieuwsbrief-{number}.pdf"))
        pdf.setCreator(creator)
        pdf.setTitle("Nieuwsbrief december OBS De Regenboog")
        pdf.setKeywords("nieuwsbrief, kerst, sinterklaas")
        pdf.drawString(60, 700, PLAIN_SENTENCE)
        pdf.showPage()
        pdf.save()
    result = run_check("nieuwsbrief-0.pdf", "nieuwsbrief-1.pdf", "nieuwsbrief-2.pdf")
    assert result.exit_code == 0
    assert "Geen bevindingen in 3 bestanden." in result.output, result.output


def test_a_name_in_a_pdfs_xmp_creator_is_reported(site: Path) -> None:
    from pypdf import PdfWriter
    from pypdf.generic import StreamObject
    from pypdf.xmp import XmpInformation

    plain = pdf_newsletter(site / "zonder.pdf", [[PLAIN_SENTENCE]])
    writer = PdfWriter(clone_from=str(plain))
    stream = StreamObject()
    stream.set_data(b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                    b'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq>'
                    b'<rdf:li>Sanne de Vries</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    writer.xmp_metadata = XmpInformation(stream)
    writer.write(str(site / "nieuwsbrief.pdf"))
    result = run_check("nieuwsbrief.pdf")
    assert "warning A2-NAAM Documenteigenschap Auteur (XMP): Naam van een persoon gevonden: 'S**** d* V****'" \
        in result.output, result.output


def test_a_scanned_page_without_text_is_a_warning_that_its_text_was_not_read(site: Path) -> None:
    from PIL import Image

    scan = Image.new("RGB", (400, 560), (250, 250, 245))
    pdf_newsletter(site / "scan.pdf", [[PLAIN_SENTENCE], []], photo=scan, photo_page=2)
    result = run_check("scan.pdf")
    assert result.exit_code == 0, result.output
    assert "warning E-NIET-GECONTROLEERD Pagina 2 heeft geen tekst maar een afbeelding (een scan?)" in result.output


def test_a_spreadsheet_or_old_word_file_is_a_warning_that_it_was_not_screened_or_refused_when_configured(
        site: Path) -> None:
    (site / "klassenlijst.xlsx").write_bytes(b"PK\x03\x04 een werkmap")
    (site / "brief.doc").write_bytes(b"\xd0\xcf\x11\xe0 een oud Word-bestand")
    result = run_check("klassenlijst.xlsx", "brief.doc")
    assert result.exit_code == 0
    assert "klassenlijst.xlsx: warning E-NIET-GECONTROLEERD Dit is een Excel-werkmap; dat formaat kan de screener " \
           "niet lezen, dus het is niet gecontroleerd." in result.output
    assert "brief.doc: warning E-NIET-GECONTROLEERD Dit is een oud Word-bestand (.doc)" in result.output

    (site / "screener.toml").write_text('[images]\nunreadable = "error"\n', encoding="utf-8")
    refused = run_check("klassenlijst.xlsx")
    assert refused.exit_code == 3
    assert "error E-NIET-GECONTROLEERD" in refused.output


def test_text_deleted_with_track_changes_is_still_in_the_word_file_and_reported(site: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph(PLAIN_SENTENCE)
    paragraph = document.add_paragraph("De prijs ging naar ")
    paragraph._p.append(parse_xml(
        '<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="1" w:author="x">'
        '<w:r><w:delText xml:space="preserve">Sanne de Vries </w:delText></w:r></w:del>'))
    paragraph.add_run("een leerling uit groep 6.")
    document.save(str(site / "verslag.docx"))
    result = run_check("verslag.docx")
    assert result.exit_code == 1, result.output
    assert "error A2-NAAM Alinea 2: Naam van een persoon gevonden: 'S**** d* V****'" in result.output


def test_the_people_in_a_pdfs_photos_can_be_named_beside_it_and_then_their_consent_counts(site: Path) -> None:
    (site / "toestemming.csv").write_text(
        "id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"
        + "".join(f"p-00{i};Kind {i};leerling;5;ja;ja;ja;ja;2024-08-01;2099-07-31\n" for i in (1, 2, 3)),
        encoding="utf-8")
    (site / "screener.toml").write_text('[consent]\nlist = "toestemming.csv"\n', encoding="utf-8")
    pdf_newsletter(site / "nieuwsbrief.pdf", [[PLAIN_SENTENCE]], photo=faces_photo())
    unnamed = run_check("nieuwsbrief.pdf")
    assert unnamed.exit_code == 1 and "A5-NIET-BENOEMD Afbeelding 1 op pagina 1" in unnamed.output, unnamed.output

    (site / "nieuwsbrief.pdf.personen.txt").write_text("p-001\np-002\np-003\n", encoding="utf-8")
    named = run_check("nieuwsbrief.pdf")
    assert named.exit_code == 0, named.output


def test_a_pdfs_comments_form_fields_and_attachments_are_not_passed_in_silence(site: Path) -> None:
    from pypdf import PdfWriter
    from pypdf.annotations import Text
    from pypdf.generic import NameObject, TextStringObject
    from reportlab.pdfgen import canvas

    form = canvas.Canvas(str(site / "formulier.pdf"))
    form.drawString(60, 760, "Aanmelding schoolreis")
    form.acroForm.textfield(name="telefoon", value="06-12345678", x=60, y=700, width=200, height=20)
    form.showPage()
    form.save()
    writer = PdfWriter(clone_from=str(site / "formulier.pdf"))
    note = Text(rect=(50, 550, 200, 650), text="BSN van de leerling: 111222333")
    note[NameObject("/T")] = TextStringObject("Sanne de Vries")
    writer.add_annotation(page_number=0, annotation=note)
    writer.add_attachment("klassenlijst.xlsx", b"PK\x03\x04")
    writer.write(str(site / "aanmelding.pdf"))

    result = run_check("aanmelding.pdf")
    out = result.output
    assert result.exit_code == 1, out
    assert "error A2-TELEFOON Formulierveld: " in out
    assert "error A2-BSN Opmerking op pagina 1: " in out
    assert "warning A2-NAAM Documenteigenschap Auteur van een opmerking op pagina 1: " in out
    assert "warning E-NIET-GECONTROLEERD De PDF heeft 1 bijlage (ingesloten bestanden); die zijn niet gecontroleerd" in out
    assert "klassenlijst" not in out and "12345678" not in out


def test_an_excel_table_embedded_in_a_word_file_is_reported_as_not_screened(site: Path) -> None:
    import zipfile

    plain = word_document(site / "plain.docx", [PLAIN_SENTENCE])
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(site / "brief.docx", "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/embeddings/Microsoft_Excel_Worksheet.xlsx", b"PK\x03\x04 klassenlijst")
    result = run_check("brief.docx")
    assert result.exit_code == 0, result.output
    assert "warning E-NIET-GECONTROLEERD Het Word-bestand heeft 1 ingesloten bestand (bv. een Excel-tabel)" \
        in result.output


def test_text_in_a_word_text_box_is_reported_once_although_word_stores_it_twice(site: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    box = "<w:p><w:r><w:t>Daan Bakker uit groep 7</w:t></w:r></w:p>"
    document = docx.Document()
    document.add_paragraph(PLAIN_SENTENCE)
    holder = document.add_paragraph()
    holder._p.append(parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></mc:Choice>'
        f'<mc:Fallback><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></mc:Fallback>'
        '</mc:AlternateContent></w:r>'))
    document.save(str(site / "poster.docx"))
    result = run_check("poster.docx")
    names = [line for line in result.output.splitlines() if " A2-NAAM " in line]
    assert len(names) == 1, result.output
    assert "Alinea 2 (in een tekstvak): Naam van een persoon gevonden: 'D*** B*****'" in names[0]
