"""Write a folder of protocol cases (`cNN.txt` with `cNN.json`, the format of ../shared/data/school-posts/rules/)
from a list of tuples; used by the `build.py` of the sets written as Python (school-posts-rules-own14, -own15)."""

import json
from pathlib import Path

# one case: (rol, functie, kanaal, expect, optional, why, text); a rol or kanaal of None is not given (the
# screener decides it from the draft, as without front matter)
Case = tuple[str | None, str | None, str | None, list[str], list[str], str, str]


def write(out: Path, cases: list[Case]) -> None:
    """Write each case as cNN.txt and cNN.json in `out` and print how many there are."""
    out.mkdir(parents=True, exist_ok=True)
    for i, (rol, functie, kanaal, expect, optional, why, text) in enumerate(cases, 1):
        given = {"rol": rol, "functie": functie, "kanaal": kanaal}
        meta = {key: value for key, value in given.items() if value}
        (out / f"c{i:02}.txt").write_text(text + "\n", encoding="utf-8")
        (out / f"c{i:02}.json").write_text(json.dumps({"meta": meta, "expect": expect, "optional": optional,
                                                       "why": why}, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
    print(len(cases))
