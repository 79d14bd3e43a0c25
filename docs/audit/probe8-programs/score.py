"""Score programme extraction on the probe: recall on the core names (as `phakhi eval` would), precision counting a
prediction right when it matches a core or an optional (borderline) name, and the list of misses.

    python docs/audit/probe8-programs/score.py [--misses] [PROBE-DIR]

PROBE-DIR (default: this folder) is any probe laid out like this one: releases/*.txt and gold/*.json (probe10 too).
"""

import sys
import tempfile
from pathlib import Path

from phakhi.graph.cli.evaluate import _program_names_match, load_gold, match, predict_paths
from phakhi.graph.store import open_store

HERE = Path(__file__).resolve().parent


def same(g: dict, p: dict) -> bool:
    return _program_names_match(g["names"], p["names"])


def main() -> None:
    here = next((Path(a) for a in sys.argv[1:] if not a.startswith("--")), HERE)
    gold = load_gold(here / "gold")
    with tempfile.TemporaryDirectory() as tmp:
        predicted = predict_paths(open_store(tmp), sorted((here / "releases").glob("*.txt")))
    found = core = predictions = right = 0
    misses, spurious = [], []
    for name, facts in sorted(gold.items()):
        pred = predicted.get(name, {}).get("programs", [])
        pairs = match(facts["programs"], pred, same)
        found, core = found + len(pairs), core + len(facts["programs"])
        misses += [(name, facts["programs"][i]["names"][0]) for i in set(range(len(facts["programs"]))) - {i for i, _ in pairs}]
        wider = facts["programs"] + facts.get("optional_programs", [])
        ok = {j for _, j in match(wider, pred, same)}
        predictions, right = predictions + len(pred), right + len(ok)
        spurious += [(name, p["names"][0]) for j, p in enumerate(pred) if j not in ok]
    print(f"recall {found}/{core} = {found / core:.3f}; precision (core or optional) {right}/{predictions} = "
          f"{right / max(1, predictions):.3f}")
    if "--misses" in sys.argv:
        print("\n".join(f"missed\t{r}\t{n}" for r, n in misses))
        print("\n".join(f"spurious\t{r}\t{n}" for r, n in spurious))


if __name__ == "__main__":
    main()
