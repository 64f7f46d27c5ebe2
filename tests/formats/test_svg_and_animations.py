"""SVG logos and animated GIFs on a school website: screened for what they show, not refused."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from formats_helpers import LOGO_SVG, animated_gif, faces_photo, jpeg_bytes, run_check, svg_with_photo
from helpers import write


def test_a_plain_svg_logo_passes(site: Path) -> None:
    write(site / "static" / "logo.svg", LOGO_SVG)
    result = run_check("static/logo.svg")
    assert result.exit_code == 0, result.output
    assert "Geen bevindingen in 1 bestand." in result.output


def test_a_name_and_bsn_in_an_svgs_text_are_reported_at_their_line_in_the_svg(site: Path) -> None:
    write(site / "oorkonde.svg", '<svg xmlns="http://www.w3.org/2000/svg">\n'
                                 '  <text x="10" y="20">Oorkonde voor</text>\n'
                                 '  <text x="10" y="40">Sanne de Vries</text>\n'
                                 '  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                                 'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>BSN 111222333'
                                 '</dc:description></rdf:RDF></metadata>\n</svg>\n')
    result = run_check("oorkonde.svg")
    assert result.exit_code == 1
    assert "oorkonde.svg:3:23: error A2-NAAM " in result.output
    assert "oorkonde.svg:4:" in result.output and "A2-BSN" in result.output
    assert "111222333" not in result.output and "Sanne" not in result.output


def test_a_face_in_a_photo_embedded_in_an_svg_is_reported(site: Path) -> None:
    write(site / "poster.svg", svg_with_photo(jpeg_bytes(faces_photo())))
    result = run_check("poster.svg")
    assert result.exit_code == 1, result.output
    faces = [line for line in result.output.splitlines() if "A5-GEZICHT-ZONDER-TOESTEMMING" in line]
    assert len(faces) >= 2, result.output  # the photo shows two people (and part of a third)
    assert all(line.startswith("poster.svg:3:3: error") and "Afbeelding 1 in de SVG: Gezicht" in line
               for line in faces), result.output


def test_an_svg_pointing_to_a_photo_on_the_internet_is_a_warning_and_an_organisation_can_refuse_it(
        site: Path) -> None:
    write(site / "banner.svg", '<svg xmlns="http://www.w3.org/2000/svg">\n'
                               '  <image href="https://cdn.example.org/klas.jpg" width="10" height="10"/>\n</svg>\n')
    result = run_check("banner.svg")
    assert result.exit_code == 0
    assert "banner.svg:2:3: warning E-NIET-GECONTROLEERD Afbeelding 1 in de SVG is niet gecontroleerd" in result.output
    assert "cdn.example.org" not in result.output

    write(site / "screener.toml", '[images]\nunreadable = "error"\n')
    refused = run_check("banner.svg")
    assert refused.exit_code == 3
    assert "error E-NIET-GECONTROLEERD" in refused.output


def test_an_svg_with_a_script_or_entities_is_refused_with_a_dutch_message_and_other_files_are_reported(
        site: Path) -> None:
    write(site / "actief.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    write(site / "bom.svg", '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
                            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
                            '<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>')
    write(site / "logo.svg", LOGO_SVG)
    write(site / "post.txt", "Haar BSN is 111222333.\n")
    result = run_check("actief.svg", "bom.svg", "logo.svg", "post.txt")
    assert result.exit_code == 3
    assert "actief.svg: error E-AFBEELDING" in result.output and "script" in result.output
    assert "bom.svg: error E-AFBEELDING" in result.output and "entiteiten" in result.output
    assert "post.txt:1:13: error A2-BSN" in result.output
    assert "logo.svg" not in result.output


def test_a_face_in_frame_5_of_an_animated_gif_is_reported_with_the_frame(site: Path) -> None:
    photo = faces_photo()
    blanks = [Image.new("RGB", photo.size, (200 + i, 210, 205)) for i in range(7)]  # no two frames alike
    moving = [photo, photo.transpose(Image.Transpose.FLIP_LEFT_RIGHT), photo]
    animated_gif(site / "feest.gif", blanks[:4] + moving + blanks[4:])
    result = run_check("feest.gif")
    assert result.exit_code == 1, result.output
    faces = [line for line in result.output.splitlines() if "A5-GEZICHT" in line]
    assert len(faces) >= 2, result.output  # the faces, reported once although they stay for 3 frames
    assert all("Beeldje 5 van 10 (na 0,4 s): Gezicht" in line for line in faces), result.output


def test_an_animated_gif_without_people_and_a_static_gif_pass(site: Path) -> None:
    frames = [Image.new("RGB", (60, 60), colour) for colour in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    animated_gif(site / "knipper.gif", frames)
    frames[0].save(site / "stip.gif")
    result = run_check("knipper.gif", "stip.gif")
    assert result.exit_code == 0, result.output
    assert "Geen bevindingen in 2 bestanden." in result.output


def test_a_long_animation_is_sampled_over_its_whole_playing_time() -> None:
    from screener.images.animated import MAX_FRAMES, pick_frames

    assert pick_frames([100] * 10) == list(range(10))
    picked = pick_frames([100] * 300)
    assert len(picked) == MAX_FRAMES and picked[0] == 0 and picked[-1] >= 290
    # one long frame in the middle (5 of the 10 seconds) gets half of the samples
    durations = [10] * 250 + [5000] + [10] * 250
    assert pick_frames(durations).count(250) == 1 and 250 in pick_frames(durations)


def test_a_heic_photo_is_a_warning_that_it_was_not_screened_and_a_wrong_setting_is_exit_2(site: Path) -> None:
    (site / "iphone.heic").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    result = run_check("iphone.heic")
    assert result.exit_code == 0
    assert "iphone.heic: warning E-NIET-GECONTROLEERD Foto is niet gecontroleerd: HEIC" in result.output

    write(site / "screener.toml", '[images]\nunreadable = "negeren"\n')
    wrong = run_check("iphone.heic")
    assert wrong.exit_code == 2
    assert "images.unreadable" in wrong.output and "warning, error" in wrong.output


def test_an_svg_a_post_shows_is_screened_with_the_post_and_a_photo_beside_it_too(site: Path) -> None:
    faces_photo().save(site / "klas.jpg")
    write(site / "poster.svg", '<svg xmlns="http://www.w3.org/2000/svg">\n  <text>Schoolfeest</text>\n'
                               '  <image href="klas.jpg" width="640" height="400"/>\n</svg>\n')
    write(site / "post.md", "# Schoolfeest\n\nDe poster hangt in de hal.\n\n![poster](poster.svg)\n")
    result = run_check("post.md")
    assert result.exit_code == 1, result.output
    faces = [line for line in result.output.splitlines() if "A5-GEZICHT" in line]
    assert faces and all(line.startswith("klas.jpg: error") and "poster.svg:3:3" in line for line in faces), \
        result.output


def test_an_e_mail_address_behind_a_link_in_an_svg_is_reported(site: Path) -> None:
    write(site / "kaart.svg", '<svg xmlns="http://www.w3.org/2000/svg">\n'
                              '  <a href="mailto:sanne.devries@gmail.com"><text>Mail mij</text></a>\n</svg>\n')
    result = run_check("kaart.svg")
    assert result.exit_code == 1, result.output
    assert "kaart.svg:2:19: error A2-EMAIL" in result.output
