"""A report or a baseline that leaves the machine never gives a value back: fingerprints are keyed
with the team's secret, masks show no digit of a number."""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
from pathlib import Path

from trust_helpers import BSN, IBAN, KEY, NUMBERS_POST, PHONE, run

from screener import fingerprint_key


def _unkeyed(rule: str, value: str, salt: str = "screener:Lithora") -> str:
    """The fingerprint as earlier versions made it: anyone who knows the organisation's name can make it."""
    return hashlib.sha256(f"{salt}\x00{rule}\x00{value}".encode()).hexdigest()[:32]


def _sarif_fingerprints(school: Path, env: dict | None = None) -> dict[str, str]:
    (school / "post.txt").write_text(NUMBERS_POST, encoding="utf-8")
    result = run("check", "--format", "sarif", "post.txt", env=env)
    assert result.exit_code == 1, result.output
    results = json.loads(result.stdout)["runs"][0]["results"]
    return {r["ruleId"]: r.get("partialFingerprints", {}).get("screenerValue/v1") for r in results}


def test_a_bsn_cannot_be_recovered_from_a_sarif_fingerprint_by_trying_every_number(school: Path) -> None:
    prints = _sarif_fingerprints(school, env={"SCREENER_KEY": KEY})
    found = prints["A2-BSN"]
    assert found and len(found) == 32
    # The attack that worked before: hash candidate numbers with the public salt. The true BSN is among them.
    candidates = [f"{n:09d}" for n in range(111222000, 111223000)]
    assert BSN in candidates
    assert all(found not in (_unkeyed("A2-BSN", c), _unkeyed("A2-BSN", c, "")) for c in candidates)
    assert found not in (hashlib.sha256(BSN.encode()).hexdigest()[:32],)


def test_without_a_key_reports_carry_no_fingerprint_at_all(school: Path) -> None:
    prints = _sarif_fingerprints(school)
    assert prints and set(prints.values()) == {None}
    report = json.loads(run("check", "--format", "json", "post.txt").stdout)
    assert report["findings"] and {f["fingerprint"] for f in report["findings"]} == {None}


def test_the_same_key_gives_the_same_fingerprint_and_another_key_another(school: Path) -> None:
    ours = _sarif_fingerprints(school, env={"SCREENER_KEY": KEY})
    again = _sarif_fingerprints(school, env={"SCREENER_KEY": KEY})
    other = _sarif_fingerprints(school, env={"SCREENER_KEY": "een-heel-andere-sleutel-42"})
    assert ours == again
    assert ours["A2-BSN"] != other["A2-BSN"]


def test_a_too_short_key_in_the_environment_is_a_configuration_error(school: Path) -> None:
    (school / "post.txt").write_text(NUMBERS_POST, encoding="utf-8")
    result = run("check", "post.txt", env={"SCREENER_KEY": "kort"})
    assert result.exit_code == 2
    assert "SCREENER_KEY is te kort" in result.output


def test_masks_show_the_shape_of_a_number_but_none_of_its_digits(school: Path) -> None:
    (school / "post.txt").write_text(NUMBERS_POST, encoding="utf-8")
    result = run("check", "--format", "json", "post.txt")
    excerpts = {f["rule"]: f["excerpt"] for f in json.loads(result.stdout)["findings"]}
    assert excerpts["A2-BSN"] == "*********"
    assert excerpts["A2-TELEFOON"] == "**-********"
    assert excerpts["A2-IBAN"] == "*" * len(IBAN)
    text = run("check", "--no-colour", "post.txt").stdout
    assert "*********" in text
    for value in (BSN, PHONE, IBAN, "12345678", "NL91", "1********"):
        assert value not in text


def test_key_create_makes_a_private_key_file_and_never_replaces_it(school: Path) -> None:
    made = run("key", "create")
    assert made.exit_code == 0, made.output
    path = fingerprint_key.key_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first = path.read_bytes()
    again = run("key", "create")
    assert again.exit_code == 2 and "er is al een sleutel" in again.output
    assert path.read_bytes() == first
    shown = run("key", "show")
    assert str(path) in shown.output and first.decode().strip() not in shown.output


def test_a_baseline_works_for_a_colleague_with_the_copied_key_and_says_so_without_it(
        school: Path, tmp_path_factory, monkeypatch) -> None:
    (school / "post.txt").write_text(NUMBERS_POST, encoding="utf-8")
    created = run("baseline", "create", "--reason", "archief", "--expires", "2099-12-31", "post.txt")
    assert created.exit_code == 0, created.output
    assert "nieuwe geheime sleutel gemaakt" in created.stderr
    key_file = fingerprint_key.key_file()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    stored = Path(".screener-baseline.json").read_text(encoding="utf-8")
    assert all(_unkeyed(rule, BSN) not in stored for rule in ("A2-BSN", "A2-NUMMER"))
    assert run("check", "post.txt").exit_code == 0  # accepted

    colleague = tmp_path_factory.mktemp("colleague-config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(colleague))
    without = run("check", "post.txt")
    assert without.exit_code == 2
    assert "geheime sleutel" in without.output and "ontbreekt" in without.output
    assert str(fingerprint_key.key_file()) in without.output.replace("\n", "")

    fingerprint_key.key_file().parent.mkdir(parents=True)
    shutil.copy(key_file, fingerprint_key.key_file())
    assert run("check", "post.txt").exit_code == 0

    other = run("check", "post.txt", env={"SCREENER_KEY": "een-heel-andere-sleutel-42"})
    assert other.exit_code == 2 and "andere geheime sleutel" in other.output


def test_a_baseline_of_an_earlier_version_asks_to_be_made_again(school: Path) -> None:
    (school / "post.txt").write_text(NUMBERS_POST, encoding="utf-8")
    old = {"schema": "screener-baseline/1", "entries": [
        {"rule": "A2-BSN", "path": "post.txt", "fingerprint": _unkeyed("A2-BSN", BSN), "reason": "oud",
         "expires": "2099-12-31", "added": "2024-01-01"}]}
    Path(".screener-baseline.json").write_text(json.dumps(old), encoding="utf-8")
    result = run("check", "post.txt")
    assert result.exit_code == 2
    assert "oudere screener" in result.output and "baseline create" in result.output


def test_a_salt_in_the_configuration_is_refused_with_the_reason(school: Path) -> None:
    (school / "screener.toml").write_text('[report]\nsalt = "geheim"\n', encoding="utf-8")
    (school / "post.txt").write_text("Hallo.\n", encoding="utf-8")
    result = run("check", "post.txt")
    assert result.exit_code == 2
    assert "report.salt" in result.output and "niet geheim" in result.output
