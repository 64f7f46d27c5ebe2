"""Text benchmarks: cold `screener check` of a 300-word draft, and throughput over many drafts.

Run: `.venv/bin/python -m bench.text` (part of `make bench`).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.drafts import draft

COLD_RUNS = 7
MANY = 300
# the process's own CPU time, best of 3 alternating rounds: on a shared machine the wall clock measures the others
THROUGHPUT_ROUNDS = 3
NOT_MET = "NIET gehaald: de eigen namenregels en patronen van screener kosten meer dan de pijplijn zelf"


def cold_check_seconds(tmp: Path) -> list[float]:
    post = tmp / "bericht.md"
    post.write_text(draft(300, seed=1), encoding="utf-8")
    screener = Path(sys.executable).parent / "screener"
    times = []
    for _ in range(COLD_RUNS):
        start = time.perf_counter()
        proc = subprocess.run([str(screener), "check", str(post)], capture_output=True, text=True, cwd=tmp)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"screener check faalde: {proc.stderr}")
    return times


def load_deduce():
    """The rival: deduce, the Dutch de-identification tool whose name and place lists screener reads."""
    try:
        from deduce import Deduce
    except ImportError:
        return None
    return Deduce()


def throughput() -> tuple[float, float, float | None, str]:
    from screener import config, documents
    from screener.text import analyzer, names

    cfg = config.from_dict({})
    texts = []
    for i in range(MANY):
        doc = documents.from_text(Path(f"d{i}.md"), f"d{i}.md", draft(300, seed=100 + i))
        texts.append(doc.text)
    words = sum(len(t.split()) for t in texts)
    analyzer.analyze_many(texts[:5], cfg)  # warm up: build the engine once

    nlp = analyzer.nlp_for(cfg)
    deduce = load_deduce()
    if deduce is not None:
        deduce.deidentify(texts[0])  # warm up
    bare = ours = 0.0
    rival = None
    for _ in range(THROUGHPUT_ROUNDS):  # alternating, the best of each: other processes only slow a round down
        start = time.process_time()
        # the floor: the same spaCy pipeline without screener's own components (its name tagger), so that
        # the ratio shows what they cost too
        with nlp.select_pipes(disable=[names.COMPONENT]):
            for _ in nlp.pipe(texts, batch_size=32):
                pass
        bare = max(bare, words / (time.process_time() - start))

        start = time.process_time()
        analyzer.analyze_many(texts, cfg)
        ours = max(ours, words / (time.process_time() - start))

        if deduce is not None:
            start = time.process_time()
            for text in texts:
                deduce.deidentify(text)
            rival = max(rival or 0.0, words / (time.process_time() - start))
    return ours, bare, rival, analyzer.describe(cfg).get("model", "?")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        times = cold_check_seconds(Path(tmp))
    median = statistics.median(times)
    print(f"koude start `screener check` (300 woorden): mediaan {median:.2f} s over {COLD_RUNS} runs "
          f"(min {min(times):.2f}, max {max(times):.2f}); doel < 1.5 s: {'gehaald' if median < 1.5 else 'NIET gehaald'}")
    ours, bare, rival, model = throughput()
    ratio = ours / bare
    print(f"doorvoer tekst ({MANY} berichten, model {model}, CPU-tijd, beste van {THROUGHPUT_ROUNDS}): "
          f"screener {ours:,.0f} woorden/s, "
          f"kale spaCy-pijplijn (zonder de eigen namencomponent van screener) {bare:,.0f} woorden/s, "
          f"verhouding {ratio:.3f}; doel >= 0.50: "
          f"{'gehaald' if ratio >= 0.5 else NOT_MET}")
    if rival is None:
        print("rivaal deduce: niet geïnstalleerd, niet gemeten")
    else:
        print(f"rivaal deduce (Nederlandse de-identificatie, dezelfde {MANY} berichten, CPU-tijd, beste van "
              f"{THROUGHPUT_ROUNDS}): {rival:,.0f} woorden/s; screener {ours / rival:.2f}x zo snel")


if __name__ == "__main__":
    main()
