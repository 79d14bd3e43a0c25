"""Draw the third programme recall probe: 30 releases of thaigov v2 (the whole v2.tar) published 2021-2025, the era
of dev-b, about industry, economy, farming, energy or SME policy that name some programme-like thing (seed 13).

Drawn as probe8 and probe10 were (see ../probe10-programs/draw.py), but from the whole v2 corpus rather than its
4,000-release sample, so that it reaches releases no audit round could have drawn: a release qualifies when it is
dated 2021-2025 (its path's year), its text holds a topic word at least twice and a programme word at least once and
is at most 4,000 characters long, and it is neither a dev/dev-b release (seeds/SOURCES*.tsv), nor a release any judged
audit drew from (docs/audit/**/*.jsonl), nor one of another probe (docs/audit/probe*/releases/index.tsv). Writes one
text file per release and index.tsv.

    python docs/audit/probe13-programs/draw.py V2.tar docs/audit/probe13-programs/releases
"""

import importlib.util
import random
import re
import sys
from pathlib import Path

from phakhi.graph.read import ReadFailure, iter_releases

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("probe10_draw", HERE.parent / "probe10-programs" / "draw.py")
probe10 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe10)

SEED, SIZE = 13, 30
YEAR = re.compile(r"(?<!\d)(202[1-5])(?!\d)")


def _year(name: str) -> int | None:
    """The year in a v2 corpus path (its first 202x), or None."""
    m = YEAR.search(name)
    return int(m.group(1)) if m else None


def main(v2: str, out: str, seed: int = SEED) -> None:
    """Draw SIZE qualifying releases of `v2` with `seed` into `out` (probe14 draws the same way with its own seed)."""
    seen = probe10._seen()
    pool = [r for r in iter_releases([v2])
            if not isinstance(r, ReadFailure) and _year(r.name) and probe10._uuid(r.name) not in seen
            and len(r.text) <= probe10.MAX_CHARS and len(probe10.TOPIC.findall(r.text)) >= 2
            and probe10.PROGRAMME.search(r.text)]
    pool.sort(key=lambda r: r.name)
    chosen = random.Random(seed).sample(pool, SIZE)
    print(f"{v2}: {len(pool)} releases qualify; {SIZE} drawn, seed {seed}")
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    with (target / "index.tsv").open("w", encoding="utf-8") as index:
        index.write("file\tcorpus_path\n")
        for i, release in enumerate(sorted(chosen, key=lambda r: r.name), 1):
            (target / f"r{i:02d}.txt").write_text(release.text, encoding="utf-8")
            index.write(f"r{i:02d}.txt\t{release.name}\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
