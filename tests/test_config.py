"""Configuration: one place, unknown keys are errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from screener import config
from screener.config import ConfigError
from screener.findings import Severity

from helpers import write


def test_defaults_without_a_file(tmp_path: Path) -> None:
    cfg = config.load(start=tmp_path)
    assert cfg.source is None
    assert cfg["post"]["channel"] == "website"
    assert cfg.rule_severity("A2-NAAM") is Severity.ERROR


def test_screener_toml_is_found_from_a_subfolder(tmp_path: Path) -> None:
    write(tmp_path / "screener.toml", '[organisation]\nschools = ["OBS De Regenboog"]\n[rules]\n"A2-PLAATS" = "off"\n')
    (tmp_path / ".git").mkdir()
    cfg = config.load(start=tmp_path / "content" / "posts")
    assert cfg["organisation"]["schools"] == ["OBS De Regenboog"]
    assert cfg.rule_severity("A2-PLAATS") is None
    assert cfg.base_dir == tmp_path


def test_tool_screener_in_pyproject(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.screener.post]\nchannel = "privé"\n')
    cfg = config.load(start=tmp_path)
    assert cfg["post"]["channel"] == "persoonlijk"


@pytest.mark.parametrize("toml, message", [
    ("[organisatie]\nname = 'x'\n", "onbekende instelling 'organisatie'"),
    ("[organisation]\nnaam = 'x'\n", "onbekende instelling 'organisation.naam'"),
    ("[rules]\n'A2-XYZ' = 'off'\n", "onbekende regel 'A2-XYZ'"),
    ("[rules]\n'A2-NAAM' = 'hoog'\n", "kies uit error, warning, info, off"),
    ("[post]\nchannel = 'tiktok'\n", "onbekend kanaal 'tiktok'"),
    ("[allow]\nnames = 'Sanne'\n", "'allow.names' moet een lijst"),
    ("[organisation\n", "geen geldige TOML"),
])
def test_configuration_errors_name_the_file_and_key(tmp_path: Path, toml: str, message: str) -> None:
    path = write(tmp_path / "screener.toml", toml)
    with pytest.raises(ConfigError) as caught:
        config.load(path)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("content, named", [
    ("[organisation]\nname = 'Basisschool Café'\n".encode("latin-1"), "is geen UTF-8-tekst"),
    (b"[policy]\nreferences = ['ons (kindcentrum']\n", "policy.references: 'ons (kindcentrum' is geen geldige reguliere"),
    (b"[policy]\ndisclaimer_phrases = ['*op eigen titel']\n", "policy.disclaimer_phrases: '*op eigen titel' is geen geldige"),
    (b"[policy]\nschool_hours = ['ma-vr 08:30-25:00']\n", "policy.school_hours: tijd '25:00' bestaat niet"),
    (b"[policy]\nschool_hours = ['elke dag']\n", "policy.school_hours: 'elke dag' begrijp ik niet"),
    (b"[policy]\nwork_channels = ['tiktok']\n", "policy.work_channels: onbekend kanaal 'tiktok'"),
])
def test_a_configuration_error_stops_check_and_scan_with_exit_2_naming_the_key(tmp_path: Path, monkeypatch,
                                                                               content: bytes, named: str) -> None:
    from click.testing import CliRunner

    from screener.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "screener.toml").write_bytes(content)
    write(tmp_path / "post.txt", "Op donderdag vieren we kerst.\n")
    for command in (["check", "post.txt"], ["scan", "--no-progress", "--no-cache", "."]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 2, result.output
        assert "screener.toml" in result.output and named in " ".join(result.output.split())
        assert "Traceback" not in result.output
