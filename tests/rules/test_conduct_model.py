"""A8 by the learned model (screener/rules/conduct_model.py), through `screener check` as a user runs it:
a hostile line no rule of conduct.py finds gets an A8 warning that says a model judged it (exit 0: a
warning does not block), an ordinary post stays quiet, and a missing or changed model file stops the
post with a Dutch message naming the file (exit 3), never a silent "no A8". The sentences here are
written for this test and are in no data set.

If the rules come to find one of these hostile lines themselves, their finding replaces the model's:
write a new line the rules miss."""

from __future__ import annotations

import json

import pytest
from policy_helpers import reported_on_line

from screener.rules import conduct_model

PARENT = ("--channel", "persoonlijk", "--author-role", "ouder")
HOSTILE = [
    "Dat nieuwe joch uit groep 7 moet nog maar eens leren wie er op het plein de baas is, anders regelen we dat zelf.",
    "Met die vieze sloddervos uit groep 6 speelt vanaf nu niemand meer, geef het maar door.",
]
ORDINARY = """Vandaag hebben we met groep 7 op het plein geoefend voor de sportdag, wat een plezier!
De juf van groep 6 gaf daarna een les over vriendschap en samen spelen.
Vergeet morgen je gymschoenen en een flesje water niet.
"""


@pytest.fixture
def rules_only(monkeypatch):
    """The rules without the model: to show that they miss a line."""
    monkeypatch.setattr(conduct_model, "with_model", lambda text, found: found)


@pytest.mark.parametrize("line", HOSTILE)
def test_a_hostile_line_the_rules_miss_gets_an_a8_warning_from_the_model_and_exits_0(check, line):
    text = f"Even een berichtje aan de ouders van de klas.\n{line}\n"
    result = check(text, *PARENT)
    assert result.exit_code == 0, result.output
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN", name="bericht.md"), result.output
    assert "Een taalmodel schat de toon van deze regel in als mogelijk kwetsend of bedreigend" in result.output
    assert "Het model kan zich vergissen" in result.output


@pytest.mark.parametrize("line", HOSTILE)
def test_the_rules_alone_miss_the_hostile_lines_the_model_finds(check, rules_only, line):
    result = check(f"Even een berichtje aan de ouders van de klas.\n{line}\n", *PARENT)
    assert "A8-FATSOEN" not in result.output


def test_an_ordinary_post_gets_no_a8_from_the_model(check):
    result = check(ORDINARY, *PARENT)
    assert result.exit_code == 0
    assert "A8-FATSOEN" not in result.output


def test_the_models_finding_masks_names_and_digits_in_its_excerpt(check):
    line = "Die Bram uit groep 7 moet nog maar eens leren wie er op het plein de baas is, anders regelen we dat zelf."
    result = check(f"Hoi allemaal.\n{line}\n", *PARENT, "--format", "json")
    found = [f for f in json.loads(result.output)["findings"] if f["rule"] == "A8-FATSOEN"]
    assert [f["line"] for f in found] == [2]
    assert "Bram" not in result.output and "groep 7" not in result.output


def test_an_inline_suppression_silences_the_models_warning(check):
    text = f"<!-- screener: negeer A8-FATSOEN reden: citaat uit een les over pesten -->\n{HOSTILE[0]}\n"
    result = check(text, *PARENT)
    assert result.exit_code == 0
    assert "warning A8-FATSOEN" not in result.output


def test_a_changed_model_file_stops_the_post_with_exit_3_and_a_dutch_message_naming_it(check, tmp_path, monkeypatch):
    broken = tmp_path / "conduct_model.npz"
    content = bytearray(conduct_model.MODEL_FILE.read_bytes())
    content[len(content) // 2] ^= 0xFF
    broken.write_bytes(bytes(content))
    monkeypatch.setattr(conduct_model, "MODEL_FILE", broken)
    result = check(ORDINARY, *PARENT)
    assert result.exit_code == 3
    assert f"het A8-taalmodel {broken} is beschadigd" in result.output
    assert "niet gecontroleerd" in result.output


def test_a_missing_model_file_stops_the_post_with_exit_3_and_a_dutch_message_naming_it(check, tmp_path, monkeypatch):
    missing = tmp_path / "weg" / "conduct_model.npz"
    monkeypatch.setattr(conduct_model, "MODEL_FILE", missing)
    result = check(ORDINARY, *PARENT)
    assert result.exit_code == 3
    assert f"het A8-taalmodel {missing} ontbreekt" in result.output


def test_fix_with_a_damaged_model_file_exits_3_naming_the_post_and_writes_nothing(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from screener.cli import main

    broken = tmp_path / "conduct_model.npz"
    broken.write_bytes(b"kapot")
    monkeypatch.setattr(conduct_model, "MODEL_FILE", broken)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    post = tmp_path / "bericht.md"
    post.write_text("---\nkanaal: persoonlijk\nauteur_rol: medewerker\n---\n\nIk werk als juf op OBS De Klimop.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["fix", "bericht.md"], catch_exceptions=False)
    assert result.exit_code == 3
    assert "bericht.md" in result.output and "A8-taalmodel" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [".git", "bericht.md", "conduct_model.npz"]


def test_with_a8_switched_off_neither_the_rules_nor_a_damaged_model_stop_the_post(check, tmp_path, monkeypatch):
    broken = tmp_path / "conduct_model.npz"
    broken.write_bytes(b"kapot")
    monkeypatch.setattr(conduct_model, "MODEL_FILE", broken)
    config = tmp_path / "screener.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[rules]\n"A8-FATSOEN" = "off"\n', encoding="utf-8")
    result = check(HOSTILE[1] + "\n", *PARENT)
    assert result.exit_code == 0, result.output
    assert "A8" not in result.output


# A line of wrapped prose is a fragment of its paragraph; the model reads both, and only a paragraph that reads as
# hostile as a whole makes its line so. A section's title is read with the section it heads.
WRAPPED = """Nieuws uit groep 6

Op de open dag kwamen veel oud-leerlingen langs. De juf vertelde dat er nu
kinderen van wie je de vader of moeder ook nog in de klas hebt gehad.
Ze liet oude klassenfoto's zien en iedereen zocht zijn eigen ouders erop.
"""
FRAGMENT = "kinderen van wie je de vader of moeder ook nog in de klas hebt gehad."
SECTIONS = """Lampionnen maken

Zo pak je hem aan

Knip een raampje in het melkpak, plak er transparant papier achter en verf de buitenkant.
Hang er een ledlampje in en klaar is je lampion voor Sint-Maarten.
"""


def test_a_fragment_of_wrapped_prose_gets_no_a8_from_the_model_in_its_paragraph(check):
    alone = check(FRAGMENT + "\n", *PARENT, name="los.txt")
    assert "A8-FATSOEN" in alone.output  # the same words as a line of their own do get the model's warning
    result = check(WRAPPED, *PARENT, name="nieuws.txt")
    assert result.exit_code == 0
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_section_title_is_read_with_the_section_it_heads(check):
    assert "A8-FATSOEN" in check("Zo pak je hem aan\n", *PARENT, name="los.txt").output
    result = check(SECTIONS, *PARENT, name="knutselen.txt")
    assert "A8-FATSOEN" not in result.output, result.output


def test_a_hostile_line_after_an_ordinary_one_in_a_short_message_still_gets_the_models_warning(check):
    result = check(f"Hoi allemaal, even iets over het schoolplein.\n{HOSTILE[1]}\n", *PARENT)
    assert reported_on_line(result.output, 2, "warning A8-FATSOEN", name="bericht.md"), result.output
