"""Allow and deny lists from the configuration, batch analysis, and no network at run time."""

import subprocess
import sys
from pathlib import Path

from screener import config as screener_config
from screener.text import analyzer

REPO = Path(__file__).resolve().parents[2]


def test_schools_own_phone_address_and_domain_are_not_reported(find):
    cfg = screener_config.from_dict(
        {"organisation": {"public": ["030-1234567", "Schoolstraat 1"], "domains": ["obsregenboog.nl"]}}
    )
    text = "Bel de school op (030) 123 4567, mail info@obsregenboog.nl of kom naar Schoolstraat 1."
    assert find(text, cfg) == []


def test_someone_elses_phone_is_still_reported_with_the_school_allowed(find):
    cfg = screener_config.from_dict({"organisation": {"public": ["030-1234567"]}})
    assert ("06-87654321", "A2-TELEFOON") in find("Bel 030-1234567 of de juf op 06-87654321.", cfg)


def test_the_schools_own_social_media_accounts_are_not_reported_but_a_pupils_is(find):
    cfg = screener_config.from_dict({"organisation": {"schools": ["OBS De Regenboog"]}})
    text = ("Volg @obsderegenboog, facebook.com/obs.de.regenboog/ en instagram.com/lithora_nl; "
            "niet @sanne.devries2014 of @deesje123.")
    hits = find(text, cfg)
    assert [value for value, _ in hits] == ["@sanne.devries2014", "@deesje123"]
    assert {rule for _, rule in hits} == {"A2-ACCOUNT"}


def test_allowed_name_is_not_reported(find):
    cfg = screener_config.from_dict({"allow": {"names": ["Annie M.G. Schmidt"]}})
    assert not any(rule == "A2-NAAM" for _, rule in find("We lazen voor uit Annie M.G. Schmidt.", cfg))


def test_deny_name_is_always_reported(find):
    cfg = screener_config.from_dict({"deny": {"names": ["Bolleboos"]}})
    assert ("Bolleboos", "A2-DENY") in find("De bolleboos van de klas is Bolleboos.", cfg)


def test_long_bare_numbers_can_be_switched_off(find):
    text = "Ons kenmerk is 98765432."
    assert ("98765432", "A2-LEERLINGNUMMER") in find(text)
    quiet = screener_config.from_dict({"text": {"bare_numbers": False}})
    assert find(text, quiet) == []


def test_batch_gives_the_same_hits_as_one_by_one(cfg):
    texts = ["Juf Marieke belt 06-12345678.", "", "Sanne woont in Utrecht."]
    assert analyzer.analyze_many(texts, cfg) == [analyzer.analyze(t, cfg) for t in texts]


def test_hits_do_not_overlap_and_are_sorted(cfg):
    text = "Mail sanne.devries@gmail.com of bel Sanne de Vries op 06-12345678 in Kerkstraat 12, 3512 AB Utrecht."
    hits = analyzer.analyze(text, cfg)
    assert hits == sorted(hits, key=lambda h: h.start)
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))


NO_NETWORK_SCRIPT = """
import socket
def refuse(*args, **kwargs):
    raise SystemExit("screener probeerde het netwerk te gebruiken")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from screener import config
from screener.text import analyzer
hits = analyzer.analyze("Mail naar ouder@voorbeeld.nl of kijk op https://www.voorbeeld.nl/nieuws.", config.from_dict({}))
print(sorted({h.rule for h in hits}))
"""


def test_no_network_is_attempted_from_import_to_email_and_url():
    """A fresh process with every socket refused, before anything is imported."""
    result = subprocess.run([sys.executable, "-c", NO_NETWORK_SCRIPT], capture_output=True, text=True,
                            cwd=REPO, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "['A2-EMAIL', 'A2-URL']"


def test_describe_names_the_model_and_the_recognizers(cfg):
    info = analyzer.describe(cfg)
    assert info["model"]
    assert "NlBsnRecognizer" in info["recognizers"]


def test_spacy_command_line_still_works_after_the_fast_import():
    import spacy

    from screener.text import analyzer  # noqa: F401 - the fast import has happened

    assert callable(spacy.cli.download)
    assert isinstance(spacy.info(), dict)
