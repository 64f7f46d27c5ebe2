"""Precision and recall per protocol rule on labelled drafts.

Run: .venv/bin/python -m eval.rules [-v] [FOLDER]

Without FOLDER three sets are measured, each with its own table: tests/data/policy (the drafts
the rules were developed on), tests/data/policy-blind (drafts written afterwards without
looking at the rules, tuned on since) and, when ../shared is present, the 50 protocol cases of
../shared/data/school-posts/rules (written independently of this project; development set), and tests/data/school-posts-rules-blind
(60 cases in the same format, written blind for issue 14 before the rules' word lists were read;
measured blind first: C1 0.89, C2 0.95, D3 0.93, D4 0.93, A8 0.75; the rules were fixed on it
afterwards, so it is now a development set too), and tests/data/school-posts-rules-heldout (60 further
cases written for issue 14 before the rules were read, measured with the Lithora configuration of
../shared, so only when ../shared is present; measured held out first: C1 0.86, C2 0.78, D3 0.90,
D4 0.91, A8 0.36; the rules were fixed on it afterwards, so it is now a development set too), and
tests/data/school-posts-rules-heldout2 (a third 60 cases written the same way, Lithora configuration
of ../shared; measured held out first: C1 0.86, C2 0.90, D3 1.00, D4 0.93, A8 0.18; the rules were fixed on
it afterwards, so it is now a development set too), and tests/data/conduct-dev (short A8 positives per
kind of conduct and hard negatives, written for A8's kinds; a development set: recall per kind, false
alarms on the negatives, A8 F1), and tests/data/conduct-blind (70 A8 cases, 35 quiet, written blind
while the kinds of conduct were built and measured only afterwards: A8 F1 0.19 with the phrase
patterns alone, 0.40 with the kinds; then developed on in halves: the even half measured unread at 0.46
after the odd half was fixed, so now a development set too),
tests/data/school-posts-rules-heldout3 (a fourth 60 cases, written blind, Lithora configuration of ../shared;
measured blind first, C1 0.67 C2 0.94 D3 0.92 D4 0.92 A8 0.67, then developed on), and
tests/data/conduct-blind2 (80 cases, 40 A8, 40 quiet, written blind without seeing the rule or
conduct-blind; measured blind first: A8 precision 0.75, recall 0.30, F1 0.43; then developed on in
halves, the even half measured unread at 0.60 after the odd half was fixed), and
tests/data/conduct-blind3 (80 cases, 40 A8, 40 quiet, written blind; measured blind first: A8
precision 0.75, recall 0.45, F1 0.56; then developed on in halves, the even half measured unread at 0.45
after the odd half was fixed, so now a development set too), tests/data/school-posts-rules-heldout4 (a
fifth 60 cases, written blind, Lithora configuration of ../shared; measured blind first: C1 0.80, C2
0.90, D3 0.86, D4 0.93, A8 0.62; then developed on in halves, the even half measured unread after the
odd half was fixed: C1 0.75, C2 1.00, D3 0.80, D4 1.00, A8 0.67), and
tests/data/school-posts-rules-heldout5 (a sixth 60 cases, written blind and kept blind in session 9;
its README has the numbers) and tests/data/conduct-blind4 (80 A8 cases, 40 quiet, written blind in
session 9 and kept blind then). Each set's README keeps its blind numbers; all are development sets
now (the last two since session 10).
`-v` lists the wrong cases; `-c` gives FOLDER a configuration of its own. tests/data/school-posts-rules-heldout6
(a seventh 60 cases, written blind and kept blind in session 10; a development set since session 11) and
tests/data/school-posts-rules-heldout7 (an eighth 60 cases, kept blind in session 11; a development set since session 12)
and tests/data/school-posts-rules-heldout8 (a ninth 60 cases, kept blind in session 12; a development set since session 13),
tests/data/school-posts-rules-heldout9 (a tenth 60 cases, kept blind in session 13; a development set since session 14),
tests/data/school-posts-rules-heldout11 (a twelfth 60 cases, kept blind in session 15; a development set since session 16),
tests/data/school-posts-rules-heldout12 (a thirteenth 60 cases, kept blind in session 16; a development set since session 17),
tests/data/school-posts-rules-own13 (30 cases written by session 13's rules helper before changing the rules; not blind),
tests/data/school-posts-rules-own14 (30 cases written by session 14's rules helper before changing the
rules; not blind), tests/data/school-posts-rules-own15 (30 cases written by session 15's rules helper before
changing the rules; not blind), tests/data/school-posts-rules-own16 (30 cases for C1, C2, D3 and D4 written by
session 16's rules helper before changing the rules; not blind; only those four rules are scored) and
tests/data/school-posts-rules-own16-conduct (30 A8 cases written by session 16's conduct helper before changing the
code; not blind), tests/data/school-posts-rules-own17 (30 cases for C1, C2, D3 and D4, some without a given
channel, written by session 17's rules helper before changing the rules; not blind; only those four rules are scored)
and tests/data/school-posts-rules-own17-conduct (30 A8 cases written by session 17's conduct helper before changing
the code; not blind; only A8 is scored).
`--blind` measures only the sets kept blind (BLIND_SETS: tests/data/school-posts-rules-heldout13, a fourteenth 60
cases written blind in session 17 and kept blind then);
the default run leaves them out.

FOLDER holds one draft per file (Markdown with front matter, HTML or text) and an `expected.yaml`
mapping each file name to the rule ids it should get (or a sidecar `<draft>.expected.yaml` per
draft); a `screener.toml` beside them, if present, is the configuration. A draft counts once per
rule: found or not. Only the policy rules are measured. Exits 0.

The school-posts cases are `cNN.txt` (the post body) with `cNN.json`: `meta` (rol, functie,
kanaal, given as --author-role, --author-function, --channel would), `expect` (rule ids that must
be reported) and `optional` (free). Any other of C1, C2, D3, D4, A8 reported is a false positive;
the set's own screener.toml is the configuration. A FOLDER holding cNN.json files is read this way.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from screener import catalog, config, documents, post
from screener.rules import check_policy

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
DEFAULT_FOLDER = DATA / "policy"
DEFAULT_SETS = [
    ("Ontwikkelset (de regels zijn hierop gemaakt)", DATA / "policy"),
    ("Tweede set (blind geschreven en eerst blind gemeten; de regels zijn daarna bijgesteld, dus nu ook ontwikkelset)",
     DATA / "policy-blind"),
]
POLICY_IDS = [r.id for r in catalog.POLICY_RULES]
SCHOOL_POSTS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "school-posts"
SCHOOL_POSTS_TITLE = "School-posts: 50 protocolgevallen (onafhankelijk geschreven, ontwikkelset)"
BLIND_CASES = DATA / "school-posts-rules-blind"
BLIND_TITLE = ("Blinde set: 60 protocolgevallen (geschreven zonder de woordenlijsten te kennen en eerst blind "
               "gemeten; de regels zijn daarna bijgesteld, dus nu ook ontwikkelset)")
HELDOUT_CASES = DATA / "school-posts-rules-heldout"
HELDOUT_TITLE = ("Held-out set: 60 protocolgevallen (geschreven zonder de regels te lezen, met de configuratie van "
                 "Lithora uit ../shared; eerst held-out gemeten, de regels zijn daarna bijgesteld, dus nu ook ontwikkelset)")
HELDOUT2_CASES = DATA / "school-posts-rules-heldout2"
HELDOUT2_TITLE = ("Derde held-out set: 60 protocolgevallen (geschreven zonder de regels te lezen, met de configuratie "
                  "van Lithora uit ../shared; eerst held-out gemeten, de regels zijn daarna bijgesteld, dus nu ook "
                  "ontwikkelset)")
HELDOUT3_CASES = DATA / "school-posts-rules-heldout3"
HELDOUT3_TITLE = ("Vierde held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                  "lezen, configuratie van Lithora uit ../shared; eerst blind gemeten, de regels zijn daarna "
                  "bijgesteld, dus nu ook ontwikkelset)")
HELDOUT4_CASES = DATA / "school-posts-rules-heldout4"
HELDOUT4_TITLE = ("Vijfde held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                  "lezen, configuratie van Lithora uit ../shared; eerst blind gemeten; C1, C2, D3 en D4 daarna in "
                  "helften bijgesteld, de even helft ongelezen gemeten: C1 0,75, C2 1,00, D3 0,80, D4 1,00; voor die "
                  "regels nu ook ontwikkelset)")
HELDOUT5_CASES = DATA / "school-posts-rules-heldout5"
HELDOUT5_TITLE = ("Zesde held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                  "lezen, configuratie van Lithora uit ../shared; twee keer blind gemeten, sinds sessie 10 ontwikkelset)")
HELDOUT6_CASES = DATA / "school-posts-rules-heldout6"
HELDOUT6_TITLE = ("Zevende held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                  "lezen, configuratie van Lithora uit ../shared; in sessie 10 blind gehouden, sinds sessie 11 "
                  "ontwikkelset)")
HELDOUT7_CASES = DATA / "school-posts-rules-heldout7"
HELDOUT7_TITLE = ("Achtste held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                  "lezen, configuratie van Lithora uit ../shared; in sessie 11 blind gehouden, sinds sessie 12 "
                  "ontwikkelset)")
HELDOUT8_CASES = DATA / "school-posts-rules-heldout8"
HELDOUT8_TITLE = ("Negende held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                  "lezen, configuratie van Lithora uit ../shared; in sessie 12 blind gehouden, sinds sessie 13 "
                  "ontwikkelset)")
OWN13_CASES = DATA / "school-posts-rules-own13"
OWN13_TITLE = ("Ongelezen batch sessie 13: 30 protocolgevallen (geschreven door de helper van de regels voordat die "
               "iets veranderde, niet blind; gemeten voor en na het werk, zie de README)")
OWN14_CASES = DATA / "school-posts-rules-own14"
OWN14_TITLE = ("Ongelezen batch sessie 14: 30 protocolgevallen (geschreven door de helper van de regels voordat die "
               "iets veranderde, niet blind; gemeten voor en na het werk, zie de README)")
OWN15_CASES = DATA / "school-posts-rules-own15"
OWN15_TITLE = ("Ongelezen batch sessie 15: 30 protocolgevallen (geschreven door de helper van de regels voordat die "
               "iets veranderde, niet blind; gemeten voor en na het werk, zie de README)")
OWN16_CASES = DATA / "school-posts-rules-own16"
OWN16_TITLE = ("Ongelezen batch sessie 16: 30 protocolgevallen voor C1, C2, D3 en D4 (geschreven door de helper van de "
               "regels voordat die iets veranderde, niet blind; gemeten voor en na het werk, zie de README)")
OWN16_CONDUCT_CASES = DATA / "school-posts-rules-own16-conduct"
OWN16_CONDUCT_TITLE = ("Ongelezen batch sessie 16: 30 A8-gevallen (15 A8, 15 net niet; geschreven door de helper van A8 "
                       "voordat die iets veranderde, niet blind; gemeten voor en na het werk, zie de README)")
OWN17_CASES = DATA / "school-posts-rules-own17"
OWN17_TITLE = ("Ongelezen batch sessie 17: 30 protocolgevallen voor C1, C2, D3 en D4, ook zonder opgegeven kanaal "
               "(geschreven door de helper van de regels voordat die iets veranderde, niet blind; gemeten voor en na "
               "het werk, zie de README)")
OWN17_CONDUCT_CASES = DATA / "school-posts-rules-own17-conduct"
OWN17_CONDUCT_TITLE = ("Ongelezen batch sessie 17: 30 A8-gevallen (15 A8 in nieuwe vormen en talen, 15 net niet; geschreven "
                       "door de helper van A8 voordat die iets veranderde, niet blind; alleen A8 geteld, zie de README)")
HELDOUT9_CASES = DATA / "school-posts-rules-heldout9"
HELDOUT9_TITLE = ("Tiende held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                  "lezen, configuratie van Lithora uit ../shared; in sessie 13 blind gehouden, sinds sessie 14 "
                  "ontwikkelset)")
HELDOUT10_CASES = DATA / "school-posts-rules-heldout10"
HELDOUT10_TITLE = ("Elfde held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                   "lezen, configuratie van Lithora uit ../shared; in sessie 14 blind gehouden, sinds sessie 15 "
                   "ontwikkelset)")
HELDOUT11_CASES = DATA / "school-posts-rules-heldout11"
HELDOUT11_TITLE = ("Twaalfde held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                   "lezen, configuratie van Lithora uit ../shared; in sessie 15 blind gehouden, sinds sessie 16 "
                   "ontwikkelset)")
HELDOUT12_CASES = DATA / "school-posts-rules-heldout12"
HELDOUT12_TITLE = ("Dertiende held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets te "
                   "lezen, configuratie van Lithora uit ../shared; in sessie 16 blind gehouden, sinds sessie 17 "
                   "ontwikkelset)")
HELDOUT13_CASES = DATA / "school-posts-rules-heldout13"
HELDOUT13_TITLE = ("Veertiende held-out set: 60 protocolgevallen (blind geschreven zonder de regels of de andere sets "
                   "te lezen, configuratie van Lithora uit ../shared; in sessie 17 blind gehouden)")
# Kept blind: measured only with --blind, never in the default run, so nobody tunes on its totals.
BLIND_SETS: list[tuple[str, Path]] = [(HELDOUT13_TITLE, HELDOUT13_CASES)]
CONDUCT_BLIND = DATA / "conduct-blind"
CONDUCT_BLIND_TITLE = ("A8 blind: 70 gevallen (35 A8, 35 net niet), geschreven zonder de regel te kennen, terwijl "
                       "de soorten gedrag gebouwd werden; eerst blind gemeten (F1 0,40), daarna in helften op "
                       "bijgesteld, dus nu ook ontwikkelset")
CONDUCT_BLIND2 = DATA / "conduct-blind2"
CONDUCT_BLIND2_TITLE = ("A8 blind 2: 80 gevallen (40 A8, 40 net niet), geschreven zonder de regel of de eerste "
                        "blinde set te kennen; eerst blind gemeten (F1 0,43), daarna in helften op bijgesteld (de "
                        "even helft ongelezen gemeten: 0,60), dus nu ook ontwikkelset")
CONDUCT_BLIND3 = DATA / "conduct-blind3"
CONDUCT_BLIND3_TITLE = ("A8 blind 3: 80 gevallen (40 A8, 40 net niet), blind geschreven zonder de regel of de eerdere "
                        "blinde sets te kennen; eerst blind gemeten (F1 0,56), daarna in helften op bijgesteld (de "
                        "even helft ongelezen gemeten: 0,45), dus nu ook ontwikkelset")
CONDUCT_BLIND4 = DATA / "conduct-blind4"
CONDUCT_BLIND4_TITLE = ("A8 blind 4: 80 gevallen (40 A8, 40 net niet), blind geschreven zonder de regel of de eerdere "
                        "blinde sets te kennen; in sessie 9 blind gehouden (F1 0,76), sinds sessie 10 ontwikkelset)")
# The short ids the school-posts cases use, and the rules they stand for.
CONDUCT_DEV = DATA / "conduct-dev" / "cases.yaml"
CONDUCT_DEV_TITLE = ("A8-ontwikkelset: korte berichten per soort gedrag en lastige negatieven (voetbaltaal, "
                     "overdrijving, lesteksten over pesten; ontwikkelset, de regels zijn hierop gemaakt)")
CASE_RULES = {"C1": "C1-KANAAL", "C2": "C2-FUNCTIE", "D3": "D3-MEDEWERKER", "D4": "D4-DISCLAIMER",
              "A8": "A8-FATSOEN"}


DRAFT_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")


def _rule_ids(entry) -> set[str]:
    """Expected findings as written: ["C2-FUNCTIE"], [{rule: C2-FUNCTIE, line: 3}], {findings: [...]}."""
    if isinstance(entry, dict):
        entry = entry.get("findings", entry.get("expected", entry.get("rules", [])))
    ids = set()
    for item in entry or []:
        ids.add(str(item.get("rule", item.get("id", ""))) if isinstance(item, dict) else str(item))
    return {i.strip().upper() for i in ids if i.strip()}


def load_expected(folder: Path) -> dict[str, set[str]]:
    """expected.yaml (file name -> rule ids), or a sidecar `<draft>.expected.yaml` per draft."""
    single = folder / "expected.yaml"
    if single.is_file():
        data = yaml.safe_load(single.read_text(encoding="utf-8")) or {}
        return {name: _rule_ids(entry) for name, entry in data.items()}
    expected = {}
    for draft in sorted(p for p in folder.iterdir() if p.suffix.lower() in DRAFT_SUFFIXES):
        for sidecar in (draft.with_name(draft.name + ".expected.yaml"), draft.with_suffix(".expected.yaml"),
                        draft.with_suffix(".yaml")):
            if sidecar.is_file():
                expected[draft.name] = _rule_ids(yaml.safe_load(sidecar.read_text(encoding="utf-8")))
                break
    return expected


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    wanted: frozenset[str]
    optional: frozenset[str] = frozenset()
    meta: dict | None = None  # channel and author as the command-line options give them


def policy_cases(folder: Path) -> list[Case]:
    return [Case(name, folder / name, frozenset(wanted)) for name, wanted in sorted(load_expected(folder).items())]


def school_post_cases(folder: Path) -> list[Case]:
    """The cNN.txt + cNN.json cases of the school-posts set."""
    cases = []
    for label in sorted(folder.glob("c*.json")):
        data = json.loads(label.read_text(encoding="utf-8"))
        meta = data.get("meta", {})
        cases.append(Case(label.with_suffix(".txt").name, label.with_suffix(".txt"),
                          frozenset(CASE_RULES[r] for r in data.get("expect", [])),
                          # optional ids of rules that are not scored here (A2, A5, A7) change nothing
                          frozenset(CASE_RULES[r] for r in data.get("optional", []) if r in CASE_RULES),
                          {"channel": meta.get("kanaal"), "author_role": meta.get("rol"),
                           "author_function": meta.get("functie")}))
    return cases


@dataclass(frozen=True)
class Timing:
    rules_ms: float  # per draft: the policy rules
    reading_ms: float  # per draft: reading the file into a Document, the floor measured in the same run


def evaluate(folder: Path, cases: list[Case] | None = None, scored: list[str] | None = None,
             cfg_file: Path | None = None) -> tuple[Counter, Counter, Counter, list[str], Timing]:
    """(true positives, false positives, false negatives) per rule, the mistakes, time per draft.

    The configuration is `cfg_file`, else the folder's own screener.toml, else the defaults."""
    cases = policy_cases(folder) if cases is None else cases
    scored = POLICY_IDS if scored is None else scored
    cfg_file = cfg_file or folder / "screener.toml"
    cfg = config.load(cfg_file) if cfg_file.is_file() else config.from_dict({})
    tp, fp, fn = Counter(), Counter(), Counter()
    mistakes, elapsed, reading = [], 0.0, 0.0
    if cases:  # the lexicons compile once per run: not part of the time per draft
        warm = documents.load(cases[0].path)
        check_policy(warm, post.resolve(warm.meta, cfg, **(cases[0].meta or {})), cfg)
    for case in cases:
        began = time.perf_counter()
        doc = documents.load(case.path)
        reading += time.perf_counter() - began
        context = post.resolve(doc.meta, cfg, **(case.meta or {}))
        began = time.perf_counter()
        got = {f.rule for f in check_policy(doc, context, cfg)}
        elapsed += time.perf_counter() - began
        for rule in scored:
            if rule in got and rule in case.wanted:
                tp[rule] += 1
            elif rule in got and rule not in case.optional:
                fp[rule] += 1
                mistakes.append(f"  onterecht  {rule:14} {case.name}")
            elif rule in case.wanted and rule not in got:
                fn[rule] += 1
                mistakes.append(f"  gemist     {rule:14} {case.name}")
    return tp, fp, fn, mistakes, Timing(1000 * elapsed / max(1, len(cases)), 1000 * reading / max(1, len(cases)))


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def _f1(tp: int, fp: int, fn: int) -> str:
    return f"{2 * tp / (2 * tp + fp + fn):.2f}" if tp + fp + fn else "  - "


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.rules", description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="de fout beoordeelde gevallen tonen")
    parser.add_argument("-c", "--config", type=Path,
                        help="configuratie (screener.toml) voor FOLDER; standaard die in FOLDER zelf")
    parser.add_argument("--blind", action="store_true", help="alleen de blind gehouden sets meten")
    args = parser.parse_args(argv)
    if args.blind:
        if not (SCHOOL_POSTS / "screener.toml").is_file():
            print(f"eval.rules: {SCHOOL_POSTS} ontbreekt (../shared niet aanwezig); de blinde sets zijn niet gemeten")
            return 0
        for title, folder in BLIND_SETS:
            print(f"== {title}")
            report(folder, school_post_cases(folder), list(CASE_RULES.values()), verbose=args.verbose,
                   cfg_file=SCHOOL_POSTS / "screener.toml")
        return 0
    if args.folder:
        if any(args.folder.glob("c*.json")):
            report(args.folder, school_post_cases(args.folder), list(CASE_RULES.values()), verbose=args.verbose,
                   cfg_file=args.config)
        else:
            report(args.folder, verbose=args.verbose, cfg_file=args.config)
        return 0
    for title, folder in DEFAULT_SETS:
        print(f"== {title}")
        report(folder, verbose=args.verbose)
        print()
    print(f"== {BLIND_TITLE}")
    report(BLIND_CASES, school_post_cases(BLIND_CASES), list(CASE_RULES.values()), verbose=args.verbose)
    print()
    print(f"== {SCHOOL_POSTS_TITLE}")
    rules = SCHOOL_POSTS / "rules"
    if not rules.is_dir():
        print(f"eval.rules: {rules} ontbreekt (../shared niet aanwezig); deze set is niet gemeten")
        return 0
    report(SCHOOL_POSTS, school_post_cases(rules), list(CASE_RULES.values()), verbose=args.verbose)
    print()
    print(f"== {HELDOUT_TITLE}")
    report(HELDOUT_CASES, school_post_cases(HELDOUT_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT2_TITLE}")
    report(HELDOUT2_CASES, school_post_cases(HELDOUT2_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT3_TITLE}")
    report(HELDOUT3_CASES, school_post_cases(HELDOUT3_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT4_TITLE}")
    report(HELDOUT4_CASES, school_post_cases(HELDOUT4_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT5_TITLE}")
    report(HELDOUT5_CASES, school_post_cases(HELDOUT5_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT6_TITLE}")
    report(HELDOUT6_CASES, school_post_cases(HELDOUT6_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT7_TITLE}")
    report(HELDOUT7_CASES, school_post_cases(HELDOUT7_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT8_TITLE}")
    report(HELDOUT8_CASES, school_post_cases(HELDOUT8_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT9_TITLE}")
    report(HELDOUT9_CASES, school_post_cases(HELDOUT9_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT10_TITLE}")
    report(HELDOUT10_CASES, school_post_cases(HELDOUT10_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT11_TITLE}")
    report(HELDOUT11_CASES, school_post_cases(HELDOUT11_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {HELDOUT12_TITLE}")
    report(HELDOUT12_CASES, school_post_cases(HELDOUT12_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {OWN13_TITLE}")
    report(OWN13_CASES, school_post_cases(OWN13_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {OWN14_TITLE}")
    report(OWN14_CASES, school_post_cases(OWN14_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {OWN15_TITLE}")
    report(OWN15_CASES, school_post_cases(OWN15_CASES), list(CASE_RULES.values()), verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {OWN16_TITLE}")
    report(OWN16_CASES, school_post_cases(OWN16_CASES), [CASE_RULES[r] for r in ("C1", "C2", "D3", "D4")],
            verbose=args.verbose, cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {OWN16_CONDUCT_TITLE}")
    report(OWN16_CONDUCT_CASES, school_post_cases(OWN16_CONDUCT_CASES), list(CASE_RULES.values()),
           verbose=args.verbose, cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {OWN17_TITLE}")
    report(OWN17_CASES, school_post_cases(OWN17_CASES), [CASE_RULES[r] for r in ("C1", "C2", "D3", "D4")],
           verbose=args.verbose, cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {OWN17_CONDUCT_TITLE}")
    report(OWN17_CONDUCT_CASES, school_post_cases(OWN17_CONDUCT_CASES), ["A8-FATSOEN"], verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {CONDUCT_DEV_TITLE}")
    conduct_report(CONDUCT_DEV, verbose=args.verbose)
    print()
    print(f"== {CONDUCT_BLIND_TITLE}")
    report(CONDUCT_BLIND, school_post_cases(CONDUCT_BLIND), ["A8-FATSOEN"], verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {CONDUCT_BLIND2_TITLE}")
    report(CONDUCT_BLIND2, school_post_cases(CONDUCT_BLIND2), ["A8-FATSOEN"], verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {CONDUCT_BLIND3_TITLE}")
    report(CONDUCT_BLIND3, school_post_cases(CONDUCT_BLIND3), ["A8-FATSOEN"], verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    print()
    print(f"== {CONDUCT_BLIND4_TITLE}")
    report(CONDUCT_BLIND4, school_post_cases(CONDUCT_BLIND4), ["A8-FATSOEN"], verbose=args.verbose,
           cfg_file=SCHOOL_POSTS / "screener.toml")
    return 0


def conduct_report(cases_file: Path, verbose: bool = False) -> None:
    """A8 on the conduct development set: recall per kind, false alarms on the hard negatives, F1."""
    data = yaml.safe_load(cases_file.read_text(encoding="utf-8"))
    cfg = config.from_dict({})

    def flagged(index: int, text: str) -> bool:
        doc = documents.from_text(Path(f"geval-{index}.txt"), f"geval-{index}.txt", text)
        return any(f.rule == "A8-FATSOEN" for f in check_policy(doc, post.resolve(doc.meta, cfg), cfg))

    found, missed, alarms = Counter(), [], []
    support = Counter(case["soort"] for case in data["positief"])
    for i, case in enumerate(data["positief"]):
        if flagged(i, case["tekst"]):
            found[case["soort"]] += 1
        else:
            missed.append(f"  gemist     {case['soort']:14} {case['tekst']}")
    for i, case in enumerate(data["negatief"]):
        if flagged(i, case["tekst"]):
            alarms.append(f"  onterecht  {case['register']:14} {case['tekst']}")
    print(f"A8 op {cases_file.resolve()} ({len(data['positief'])} positief, {len(data['negatief'])} negatief)")
    print(f"{'soort':15} {'recall':>7} {'steun':>6}")
    for kind in support:
        print(f"{kind:15} {_ratio(found[kind], support[kind]):>7} {support[kind]:>6}")
    tp, fn, fp = sum(found.values()), len(missed), len(alarms)
    print(f"{'A8-FATSOEN':15} precisie {_ratio(tp, tp + fp)} recall {_ratio(tp, tp + fn)} F1 {_f1(tp, fp, fn)}; "
          f"{fp} van de {len(data['negatief'])} negatieven onterecht gemeld")
    if verbose and (missed or alarms):
        print("Fouten:")
        print("\n".join(missed + alarms))
    elif missed or alarms:
        print(f"{len(missed) + len(alarms)} fouten; `python -m eval.rules -v` toont ze")


def report(folder: Path, cases: list[Case] | None = None, scored: list[str] | None = None,
           verbose: bool = False, cfg_file: Path | None = None) -> None:
    """Print the table (and with `verbose` the mistakes) for one folder of labelled drafts."""
    cases = policy_cases(folder) if cases is None and folder.is_dir() else cases
    if not cases:
        print(f"eval.rules: geen gelabelde berichten in {folder} (expected.yaml of BERICHT.expected.yaml)")
        return
    scored = POLICY_IDS if scored is None else scored
    tp, fp, fn, mistakes, timing = evaluate(folder, cases, scored, cfg_file)
    ratio = timing.rules_ms / timing.reading_ms if timing.reading_ms else 0.0
    print(f"Protocolregels op {folder.resolve()} ({len(cases)} berichten; de regels kosten {ratio:.1f}x de tijd "
          f"van het inlezen, {timing.rules_ms:.2f} ms per bericht)")
    print(f"{'regel':15} {'precisie':>8} {'recall':>7} {'F1':>5} {'steun':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for rule in scored:
        support = tp[rule] + fn[rule]
        print(f"{rule:15} {_ratio(tp[rule], tp[rule] + fp[rule]):>8} {_ratio(tp[rule], support):>7} "
              f"{_f1(tp[rule], fp[rule], fn[rule]):>5} {support:>6} {tp[rule]:>4} {fp[rule]:>4} {fn[rule]:>4}")
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'totaal':15} {_ratio(total_tp, total_tp + total_fp):>8} {_ratio(total_tp, total_tp + total_fn):>7} "
          f"{_f1(total_tp, total_fp, total_fn):>5} {total_tp + total_fn:>6} {total_tp:>4} {total_fp:>4} {total_fn:>4}")
    if mistakes and verbose:
        print("Fouten:")
        print("\n".join(mistakes))
    elif mistakes:
        print(f"{len(mistakes)} fouten; `python -m eval.rules -v` toont ze")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
