"""A post gets the same findings in every run: nothing may depend on the order in which Python
happens to iterate a set of strings (it changes per process, with PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BUILD = """
import hashlib, sys
from screener.text import lexicons
lex = lexicons.build(lexicons.deduce_lookup_dir())
print(hashlib.sha256(repr(sorted(lex.non_persons.items())).encode()).hexdigest())
"""

POST = ("1. Minecraft (42 stemmen). Steve en Alex blijven populair. Een jongen uit groep 6 bouwde de\n"
        "   Lebuïnuskerk na, met de klokken erbij.\n")


def _in_process(code: str, seed: int, *args: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True).stdout


def test_the_lists_of_characters_brands_and_authors_are_built_the_same_whatever_the_hash_seed():
    assert len({_in_process(BUILD, seed) for seed in (1, 2, 3)}) == 1


def test_characters_of_one_game_named_together_are_quiet_in_every_run(tmp_path):
    post = tmp_path / "top5.txt"
    post.write_text(POST, encoding="utf-8")
    check = ("import sys; from screener.cli import main; sys.argv = ['screener', 'check', '--no-colour', sys.argv[1]];"
             "main()")
    for seed in range(1, 9):
        env = dict(os.environ, PYTHONHASHSEED=str(seed), XDG_CACHE_HOME=str(tmp_path / f"cache{seed}"))
        result = subprocess.run([sys.executable, "-c", check, str(post)], cwd=tmp_path, env=env,
                                capture_output=True, text=True)
        assert result.returncode == 0, (seed, result.stdout)


def test_a_draft_screened_beside_others_gets_the_findings_it_gets_alone():
    """Short drafts are screened joined together (scan, eval): one draft's words ("postcode", a
    street) must not make another's "1234 aa" a postcode."""
    from screener import config
    from screener.text import analyzer

    cfg = config.from_dict({})
    drafts = ["Ons adres is Merelstraat 7 en vraag gerust naar de postcode", "1234 aa", "Postcode: 1234 aa"]
    together = analyzer.analyze_many(drafts, cfg)
    alone = [analyzer.analyze(text, cfg) for text in drafts]
    assert [[h.rule for h in hits] for hits in together] == [[h.rule for h in hits] for hits in alone]
    assert [h.rule for h in together[1]] == [] and [h.rule for h in together[2]] == ["A2-POSTCODE"]


def test_a_shop_named_in_one_draft_leaves_the_same_surname_in_another_draft_a_person():
    """"Slagerij Terpstra" in one draft makes "de worstjes van Terpstra" the shop's there, not in the next
    draft screened beside it."""
    from screener import config
    from screener.text import analyzer

    cfg = config.from_dict({})
    drafts = ["De prijzen kwamen van Slagerij Terpstra. De worstjes van Terpstra waren op.",
              "Het boek werd voorgelezen door Terpstra."]
    together = analyzer.analyze_many(drafts, cfg)
    alone = [analyzer.analyze(text, cfg) for text in drafts]
    assert [[h.rule for h in hits] for hits in together] == [[h.rule for h in hits] for hits in alone]
    assert [h.rule for h in together[0]] == [] and [h.rule for h in together[1]] == ["A2-NAAM"]
