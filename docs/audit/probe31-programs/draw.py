"""Draw the tenth programme recall probe: 30 releases of thaigov v2 (the whole v2.tar) published 2021-2025, the era
of dev-b, about industry, economy, farming, energy or SME policy that name some programme-like thing (seed 31).

probe30's draw (../probe30-programs/draw.py, itself probe29's, probe28's and probe16's) with seed 31: dated 2021-2025
by its path, a topic word at least twice and a programme word at least once, at most 4,000 characters, neither a
dev/dev-b release nor one of another probe (8, 10, 13, 14, 15, 16, 28, 29, 30: every docs/audit/probe*/releases/
index.tsv) nor a release of a readable judged audit round nor one of the two audit samples' tarballs given after the
output folder. round26 (held out in session 31) joins the held-out rounds that are not opened (every audit round draws
from the two samples, left out whole anyway).

    python docs/audit/probe31-programs/draw.py V2.tar docs/audit/probe31-programs/releases V1-SAMPLE.tar V2-SAMPLE.tar
"""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("probe28_draw", HERE.parent / "probe28-programs" / "draw.py")
probe28 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe28)

SEED = 31
probe28.HELD |= {"round24", "round25", "round26"}

if __name__ == "__main__":
    v2, out, *samples = sys.argv[1:]
    extra = probe28._sample_ids(samples)
    probe28.probe13.probe10._seen = lambda: probe28._seen() | extra
    probe28.probe13.main(v2, out, seed=SEED)
