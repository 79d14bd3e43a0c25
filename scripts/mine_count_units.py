"""Mine the classifiers Thai releases count with: the word right after "จำนวน <number>" ("จำนวน 4 มาตรฐาน",
"จำนวน 5 คณะ"), counted over the given corpus archives. Words seen often enough that are not already units,
multipliers, month names or known non-units go to ontology/th/count_units.json.

    python scripts/mine_count_units.py ../shared/corpus/thaigov-v1.tar.xz ../shared/corpus/thaigov-v2.tar.xz [--min 25]

Reads the archives with phakhi's own reader; tokenises only the few characters after each match."""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from phakhi.graph.text.numbers import NUMBER
from phakhi.graph.read import iter_releases
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import HERE, load_counts_data, load_months

_AFTER = re.compile(r"จำนวน\s{0,2}(?:" + NUMBER + r")\s{0,2}([\u0e01-\u0e2e\u0e30-\u0e4e]{2,30})")
OUT = HERE / "th" / "count_units.json"


def mine(paths: list[str], minimum: int) -> dict:
    seen: Counter[str] = Counter()
    releases = 0
    for release in iter_releases(paths):
        text = getattr(release, "text", None)
        if text is None:
            continue
        releases += 1
        for m in _AFTER.finditer(text):
            tokens = tokenize(m.group(1))
            if tokens:
                seen[tokens[0]] += 1
    data = load_counts_data()
    known = set(data["units"]) | set(data["currencies"]) | set(data["multipliers"]) | set(load_months()["months"])
    refused = set(data["not_units"])
    words = sorted((w for w, n in seen.items() if n >= minimum and len(w) >= 2 and w not in known | refused),
                   key=lambda w: (-seen[w], w))
    return {"_doc": f"Classifiers mined by scripts/mine_count_units.py: the word after \"จำนวน <number>\" seen at "
                    f"least {minimum} times in {releases} releases ({', '.join(Path(p).name for p in paths)}), "
                    f"less the units, currencies, multipliers and month names counts.json already has and its "
                    f"not_units. Rebuild with the command in that script's docstring.",
            "units": {w: seen[w] for w in words}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--min", type=int, default=25)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    result = mine(args.paths, args.min)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(result['units'])} units -> {args.out}")


if __name__ == "__main__":
    main()
