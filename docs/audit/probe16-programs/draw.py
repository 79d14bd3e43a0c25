"""Draw the sixth programme recall probe: 30 releases of thaigov v2 (the whole v2.tar) published 2021-2025, the era
of dev-b, about industry, economy, farming, energy or SME policy that name some programme-like thing (seed 16).

Drawn as probe13, probe14 and probe15 were (../probe13-programs/draw.py: a release qualifies when it is dated
2021-2025 by its path, holds a topic word at least twice and a programme word at least once, is at most 4,000
characters long, and is neither a dev/dev-b release, nor one a judged audit drew from, nor one of another probe,
probe15 included), with seed 16 and one more exclusion: no release of the audit samples' tarballs given after the
output folder (v1-sample.tar, v2-sample.tar), so the probe is text no audit round could have drawn. Writes one text
file per release and index.tsv.

    python docs/audit/probe16-programs/draw.py V2.tar docs/audit/probe16-programs/releases V1-SAMPLE.tar V2-SAMPLE.tar
"""

import importlib.util
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("probe13_draw", HERE.parent / "probe13-programs" / "draw.py")
probe13 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe13)

SEED = 16


def _sample_ids(tarballs: list[str]) -> set[str]:
    """The release keys (probe10's `_uuid`) of every member of the audit samples' tarballs."""
    ids = set()
    for tarball in tarballs:
        with tarfile.open(tarball) as tar:
            ids |= {probe13.probe10._uuid(m.name) for m in tar.getmembers() if m.isfile()}
    return ids


if __name__ == "__main__":
    v2, out, *samples = sys.argv[1:]
    seen = probe13.probe10._seen
    extra = _sample_ids(samples)
    probe13.probe10._seen = lambda: seen() | extra
    probe13.main(v2, out, seed=SEED)
