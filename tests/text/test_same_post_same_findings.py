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


# Drafts screened together (analyze_many: the eval, the bench) whose post-wide signals must stay in their own draft:
# a film and its character, a public figure, an author, a band with a town in its name, a name given again, a
# column of names, an English draft, a sign-off; each followed by a draft that uses the same word for a person or place.
SIDE_BY_SIDE = [
    "Vanmiddag keken we de film Frozen, met Olaf de sneeuwman.",
    "Anna heeft vandaag haar zwemdiploma B gehaald!",
    "Bij het hoogspringen wilde iedereen Femke Bol zijn.",
    "Ik ben Femke Nijhuis, de nieuwe juf van groep 4.",
    "In de bieb lazen we uit *Gips* van Anna Woltz.",
    "Anna Vos uit groep 7 won de voorleeswedstrijd.",
    "We dansten op Abracadabra (Kris Kross Amsterdam).",
    "Met de bus gaan we naar Amsterdam.",
    "Storm (groep 5) las het mooiste voor. Daarna las Storm nog een gedicht.",
    "Na de storm las de juf nog een verhaal voor.",
    "| Naam | Groep |\n|---|---|\n| Lotte | 5 |\n| Storm | 5 |\n| Noor | 6 |\n",
    "| Weer | Dag |\n|---|---|\n| Storm | maandag |\n",
    "Dear parents, this week the children went to the zoo and they saw a lion and a giraffe. We had a great time "
    "and the kids loved it. Thank you for driving us there!",
    "Vandaag kwam Hope uit groep 2 vertellen over haar nieuwe zusje.",
    "Hartelijke groet,\nJuf Marloes",
    "Morgen gaan we naar de kinderboerderij met groep 1 en Marloes.",
]


def test_drafts_screened_together_get_exactly_the_findings_each_gets_alone():
    """A title, a public figure or an author in one draft says nothing about the next draft's "Anna" or "Femke"."""
    from screener import config
    from screener.text import analyzer

    cfg = config.from_dict({})
    together = analyzer.analyze_many(SIDE_BY_SIDE, cfg)
    assert together == [analyzer.analyze(text, cfg) for text in SIDE_BY_SIDE]
    found = [[text[h.start:h.end] for h in hits] for text, hits in zip(SIDE_BY_SIDE, together)]
    assert found[1] == ["Anna"] and found[3] == ["Femke Nijhuis"] and found[5] == ["Anna Vos"]
    assert [h.rule for h in together[7]] == ["A2-PLAATS"]


def test_drafts_screened_together_in_small_chunks_get_the_findings_each_gets_alone():
    """The same when the drafts are spread over many chunks of the batch."""
    from screener import config
    from screener.text import analyzer

    cfg = config.from_dict({})
    assert analyzer.analyze_many(SIDE_BY_SIDE, cfg, chunk_chars=120) == [analyzer.analyze(t, cfg) for t in SIDE_BY_SIDE]
