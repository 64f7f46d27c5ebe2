"""The commit benchmark for this tree and for an earlier revision, alternating, in one run.

Run: `.venv/bin/python -m bench.commit_before_after [--before main] [--rounds 4]`. The earlier
revision is exported with `git archive` into a temporary folder and run with this virtualenv. On a
machine shared with other work the seconds vary from run to run; the ratio now/before, measured
in the same run, is the figure to compare.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench.scan import GOAL_COMMIT_SECONDS, ROOT, commit_seconds

KINDS = {"hook": "install-hook", "entry": "pre-commit-entry"}


def export(revision: str, folder: Path) -> Path:
    archive = subprocess.run(["git", "archive", revision], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main", help="git-revisie om mee te vergelijken (standaard: main)")
    parser.add_argument("--rounds", type=int, default=4, help="rondes; elke ronde 5 commits per versie")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="screener-bench-") as name:
        tmp = Path(name)
        (tmp / "voor").mkdir()
        trees = {"voor": export(args.before, tmp / "voor"), "nu": ROOT}
        times = {(tree, kind): [] for tree in trees for kind in KINDS}
        for round_no in range(args.rounds):  # the order alternates, so a machine that slows down favours neither
            for tree in (("voor", "nu") if round_no % 2 == 0 else ("nu", "voor")):
                work = tmp / f"ronde-{round_no}-{tree}"
                work.mkdir()
                for kind, seconds in commit_seconds(work, runs=5, root=trees[tree]).items():
                    times[(tree, kind)] += seconds
    print(f"Commit van 1 bericht van 300 woorden, mediaan van {5 * args.rounds} keer, {args.before} tegen nu:")
    for kind, label in KINDS.items():
        before, now = (statistics.median(times[(tree, kind)]) for tree in ("voor", "nu"))
        print(f"  {label:<18} voor {before:.2f} s   nu {now:.2f} s   nu/voor {now / before:.2f}x   "
              f"(doel: < {GOAL_COMMIT_SECONDS} s op een vrije machine)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
