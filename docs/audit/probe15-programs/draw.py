"""Draw the fifth programme recall probe: 30 releases of thaigov v2 (the whole v2.tar) published 2021-2025, the era
of dev-b, about industry, economy, farming, energy or SME policy that name some programme-like thing (seed 15).

Drawn exactly as probe13 was, by its script (../probe13-programs/draw.py: probe8's and probe10's filter over the whole
v2 corpus rather than its 4,000-release sample, so that it reaches releases no audit round could have drawn; a release
qualifies when it is dated 2021-2025 (its path's year), its text holds a topic word at least twice and a programme word
at least once and is at most 4,000 characters long, and it is neither a dev/dev-b release (seeds/SOURCES*.tsv), nor a
release any judged audit drew from (docs/audit/**/*.jsonl), nor one of another probe (docs/audit/probe*/releases/
index.tsv), probe13 and probe14 included), with seed 15. Writes one text file per release and index.tsv.

    python docs/audit/probe15-programs/draw.py V2.tar docs/audit/probe15-programs/releases
"""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("probe13_draw", HERE.parent / "probe13-programs" / "draw.py")
probe13 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe13)

SEED = 15

if __name__ == "__main__":
    probe13.main(*sys.argv[1:3], seed=SEED)
