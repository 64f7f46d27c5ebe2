"""The consent list: clear Dutch errors from `screener consent check`, and names in the text cross-checked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

from screener.commands.consent import consent
from screener.config import from_dict
from screener.consent import cross_check_names, load
from screener.documents import from_text
from screener.findings import Severity
from screener.post import PostContext

NEXT_YEAR = (dt.date.today() + dt.timedelta(days=365)).isoformat()
LAST_YEAR = (dt.date.today() - dt.timedelta(days=365)).isoformat()
LONG_AGO = (dt.date.today() - dt.timedelta(days=730)).isoformat()
HEADER = "id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot;fotos\n"


def write_list(folder: Path, rows: list[str], name: str = "toestemming.csv") -> Path:
    path = folder / name
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_consent_check_names_every_problem_with_its_row(tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_text(
        "id;namen;rol;website;instagram;geldig_van;geldig_tot;fotos\n"
        f"p-1;Sanne de Vries;leerling;ja;ja;{LAST_YEAR};{NEXT_YEAR};\n"
        f"p-2;Daan Bakker;leerling;ja;nee;{LONG_AGO};{LAST_YEAR};\n"
        f"p-1;Noor El Amrani;leerling;ja;nee;{LAST_YEAR};{NEXT_YEAR};\n"
        f"p-4;Levi Smit;leerling;ja;nee;{LAST_YEAR};{NEXT_YEAR};referentie/p-4.jpg\n",
        encoding="utf-8")

    result = CliRunner().invoke(consent, ["check", str(path)])

    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any("lijst.csv:2 (p-1)" in line and "onbekend kanaal 'instagram'" in line for line in lines)
    assert any("lijst.csv:3 (p-2)" in line and "verlopen" in line and "waarschuwing" in line for line in lines)
    assert any("lijst.csv:4 (p-1)" in line and "dubbel" in line for line in lines)
    assert any("lijst.csv:5 (p-4)" in line and "referentiefoto" in line and "bestaat niet" in line for line in lines)


def test_a_clean_list_passes_the_check(tmp_path):
    path = write_list(tmp_path, [f"p-1;Sanne de Vries|Sanne;leerling;5b;ja;nee;ja;ja;{LAST_YEAR};{NEXT_YEAR};"])
    result = CliRunner().invoke(consent, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 personen, 0 fouten" in result.output


def test_yaml_list_reads_like_the_csv_list(tmp_path):
    path = tmp_path / "lijst.yaml"
    path.write_text(
        "personen:\n  - id: p-1\n    namen: [Sanne de Vries, Sanne]\n    rol: leerling\n    groep: 5b\n"
        f"    toestemming: {{website: ja, schoolaccount: nee}}\n    geldig_tot: {NEXT_YEAR}\n", encoding="utf-8")
    people = load(path)
    assert people.problems == []
    sanne = people.find("sanne  de vries")[0]
    assert sanne.consent_for("website") and not sanne.consent_for("schoolaccount")


def test_the_documented_samples_are_valid():
    samples = Path(__file__).resolve().parents[2] / "samples"
    for name in ("toestemming.csv", "toestemming.yaml"):
        assert load(samples / name).errors == [], name


def names_in(text: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.index(n), text.index(n) + len(n), n) for n in names]


def test_pupil_named_without_consent_for_the_channel_is_an_error(tmp_path):
    listed = write_list(tmp_path, [
        f"p-1;Sanne de Vries|Sanne;leerling;5b;ja;nee;ja;ja;{LAST_YEAR};{NEXT_YEAR};",
        f"p-2;Daan Bakker;leerling;5b;nee;nee;ja;ja;{LAST_YEAR};{NEXT_YEAR};",
    ])
    cfg = from_dict({"consent": {"list": str(listed)}})
    text = "Sportdag\n\nSanne de Vries won de zaklopen, Daan Bakker werd tweede en Piet derde.\n"
    doc = from_text(tmp_path / "bericht.txt", "bericht.txt", text)
    spans = names_in(text, "Sanne de Vries", "Daan Bakker", "Piet")

    findings, consented = cross_check_names(doc, spans, PostContext("website", "medewerker"), cfg)

    assert consented == {spans[0][:2]}
    assert [(f.rule, f.severity, f.line, f.col) for f in findings] == [
        ("A5-NAAM-ZONDER-TOESTEMMING", Severity.ERROR, 3, text.split("\n")[2].index("Daan") + 1)]
    assert "p-2" in findings[0].message and "Daan" not in findings[0].message
    assert findings[0].message == ("'D*** B*****' staat op de toestemmingslijst, maar mag niet genoemd worden in een "
                                   "bericht voor de website: p-2 (leerling): geen toestemming voor de website. "
                                   "Laat de naam weg of vraag eerst toestemming.")


def test_no_consent_list_configured_changes_nothing(tmp_path):
    text = "Sanne de Vries won.\n"
    doc = from_text(tmp_path / "b.txt", "b.txt", text)
    assert cross_check_names(doc, names_in(text, "Sanne de Vries"), PostContext("website", "medewerker"),
                       from_dict({})) == ([], set())


def test_consent_check_refuses_a_reference_photo_outside_the_lists_folder(tmp_path):
    (tmp_path / "lijst").mkdir()
    (tmp_path / "lijst" / "referentie").mkdir()
    (tmp_path / "prive.jpg").write_bytes(b"\xff\xd8\xff")  # exists, but outside the list's folder
    (tmp_path / "lijst" / "referentie" / "p-3.jpg").write_bytes(b"\xff\xd8\xff")
    path = write_list(tmp_path / "lijst", [
        f"p-1;Sanne de Vries;leerling;5b;ja;nee;ja;ja;{LAST_YEAR};{NEXT_YEAR};../../../../etc/passwd",
        f"p-2;Daan Bakker;leerling;5b;ja;nee;ja;ja;{LAST_YEAR};{NEXT_YEAR};../prive.jpg",
        f"p-3;Noor El Amrani;leerling;5b;ja;nee;ja;ja;{LAST_YEAR};{NEXT_YEAR};referentie/p-3.jpg"])
    result = CliRunner().invoke(consent, ["check", str(path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any("(p-1)" in line and "ligt buiten de map van de toestemmingslijst" in line for line in lines)
    assert any("(p-2)" in line and "ligt buiten de map" in line for line in lines)
    assert not any("(p-3)" in line for line in lines)
    people = load(path)
    assert [p.photos for p in people.people] == [(), (), (tmp_path / "lijst" / "referentie" / "p-3.jpg",)]


def test_names_are_looked_up_in_an_index_not_compared_with_every_row(tmp_path, monkeypatch):
    from screener.consent import registry

    rows = [f"p-{n};Kind{n} Achternaam{n}|Kind{n};leerling;5b;ja;nee;ja;ja;{LAST_YEAR};{NEXT_YEAR};"
            for n in range(20_000)]
    people = load(write_list(tmp_path, rows))
    calls = 0
    real = registry.normalise_name

    def counting(value: str) -> str:
        nonlocal calls
        calls += 1
        return real(value)

    monkeypatch.setattr(registry, "normalise_name", counting)
    names = [f"Kind{n} Achternaam{n}" for n in range(0, 20_000, 134)]  # 150 names in a post
    assert len(names) == 150
    assert [people.find(name)[0].id for name in names] == [f"p-{n}" for n in range(0, 20_000, 134)]
    assert people.find("p-7")[0].names[0] == "Kind7 Achternaam7"
    assert people.find("Iemand Anders") == []
    assert calls < 4 * len(rows)  # the list is indexed once; comparing each name with each row took 6 million
