"""fix, consent check, baseline, doctor and rules use the configuration nearest above the file they act
on, as check and scan do, from any current folder; --config still wins."""

from __future__ import annotations

from pathlib import Path

from helpers import write

OPINION = ("---\nchannel: persoonlijk\nauthor_role: medewerker\n---\n"
           "Lithora bezuinigt op muziek.\n\nDat vind ik jammer voor de kinderen.\n")
OWN_WORDING = "Ik schrijf dit als mezelf, niet namens {organisatie}."
CONSENT_LIST = ("id;namen;rol;groep;website;schoolaccount;nieuwsbrief;schoolapp;geldig_van;geldig_tot\n"
                "p-014;Sanne de Vries;leerling;5b;ja;nee;ja;ja;2020-01-01;2099-12-31\n")
KEY = "team-sleutel-0123456789abcdef"


def test_fix_from_outside_the_site_adds_the_wording_of_the_site_configuration(screener, site) -> None:
    write(site / "screener.toml", f'[policy]\ndisclaimer = "{OWN_WORDING}"\n')
    write(site / "content" / "mening.md", OPINION)

    result = screener("fix", "website/content/mening.md", cwd=site.parent)

    assert result.returncode == 0, result.out
    fixed = (site / "content" / "mening.verbeterd.md").read_text(encoding="utf-8")
    assert "Ik schrijf dit als mezelf, niet namens Lithora." in fixed
    assert (site / "content" / "mening.md").read_text(encoding="utf-8") == OPINION


def test_fix_with_config_uses_that_file_not_the_one_beside_the_post(screener, site, tmp_path) -> None:
    write(site / "screener.toml", f'[policy]\ndisclaimer = "{OWN_WORDING}"\n')
    write(site / "content" / "mening.md", OPINION)
    other = write(tmp_path / "ander.toml", '[policy]\ndisclaimer = "Persoonlijke mening, niet van {organisatie}."\n')

    result = screener("fix", "--config", str(other), "content/mening.md", cwd=site)

    assert result.returncode == 0, result.out
    fixed = (site / "content" / "mening.verbeterd.md").read_text(encoding="utf-8")
    assert "Persoonlijke mening, niet van Lithora." in fixed and "als mezelf" not in fixed


def test_consent_check_from_outside_uses_the_mode_of_the_site_beside_the_list(screener, site) -> None:
    write(site / "screener.toml", '[consent]\nlist = "toestemming.csv"\nmode = "matching"\n')
    write(site / "toestemming.csv", CONSENT_LIST)

    result = screener("consent", "check", "website/toestemming.csv", cwd=site.parent)

    assert result.returncode == 1, result.out
    assert "geen referentiefoto, terwijl gezichtsvergelijking aan staat" in result.out


def test_a_baseline_made_from_outside_the_site_accepts_what_check_reports_there(screener, site) -> None:
    write(site / "screener.toml", '[policy]\nconduct_words = ["blauwbes"]\n[rules]\n"A8-FATSOEN" = "error"\n')
    write(site / "content" / "reactie.md", "Wat een blauwbes ben jij.\n")
    before = screener("check", "website/content/reactie.md", cwd=site.parent, SCREENER_KEY=KEY)
    assert before.returncode == 1 and "error A8-FATSOEN" in before.out  # the site's own word

    made = screener("baseline", "create", "--reason", "archief", "--expires", "2099-12-31", "website/content",
                    cwd=site.parent, SCREENER_KEY=KEY)
    after = screener("check", "website/content/reactie.md", cwd=site.parent, SCREENER_KEY=KEY)

    assert made.returncode == 0, made.out
    assert "1 bevinding geaccepteerd" in made.out
    assert after.returncode == 0, after.out
    assert "A8-FATSOEN" not in after.out


def test_doctor_and_rules_with_a_path_show_the_configuration_that_applies_to_it(screener, site) -> None:
    config = write(site / "screener.toml", '[rules]\n"A2-PLAATS" = "off"\n')
    write(site / "content" / "post.md", "Tekst.\n")

    rules = screener("rules", "website/content/post.md", cwd=site.parent)
    plain = screener("rules", cwd=site.parent)

    assert rules.returncode == 0, rules.out
    assert f"Ernst volgens {config}" in rules.out
    assert [line for line in rules.out.splitlines() if line.startswith("A2-PLAATS ")][0].split()[1] == "uit"
    assert "A2-PLAATS" in plain.out and "Ernst volgens" not in plain.out  # the current folder has none
    doctor = screener("doctor", "website/content/post.md", cwd=site.parent)
    assert f"Configuratie: {config}" in doctor.out
