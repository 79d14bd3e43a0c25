"""Draw the seventh programme recall probe: 30 releases of thaigov v2 (the whole v2.tar) published 2021-2025, the era
of dev-b, about industry, economy, farming, energy or SME policy that name some programme-like thing (seed 28).

Drawn as probe16 was (../probe16-programs/draw.py: dated 2021-2025 by its path, a topic word at least twice and a
programme word at least once, at most 4,000 characters, neither a dev/dev-b release nor one of another probe nor one
of the two audit samples' tarballs given after the output folder), with seed 28 and one difference: the releases of
judged audit rounds are read only from rounds a session may open (the held-out rounds listed in HELD are not opened;
every audit round draws from the two samples, which are left out whole anyway). Writes one text file per release and
index.tsv.

    python docs/audit/probe28-programs/draw.py V2.tar docs/audit/probe28-programs/releases V1-SAMPLE.tar V2-SAMPLE.tar
"""

import csv
import importlib.util
import json
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
_spec = importlib.util.spec_from_file_location("probe13_draw", HERE.parent / "probe13-programs" / "draw.py")
probe13 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(probe13)
_uuid = probe13.probe10._uuid

SEED = 28
HELD = {"round6", "round8", "round10", "round11", "round12", "round17", "round18", "round21", "round23"}


def _seen() -> set[str]:
    """probe10's `_seen` without opening the held-out rounds: dev/dev-b, every probe, every readable judged round."""
    ids = set()
    for tsv in list(REPO.glob("seeds/SOURCES*.tsv")) + list(REPO.glob("docs/audit/probe*/releases/index.tsv")):
        with tsv.open(encoding="utf-8") as f:
            ids |= {_uuid(row.get("path") or row.get("corpus_path")) for row in csv.DictReader(f, delimiter="\t")}
    for path in REPO.glob("docs/audit/**/*.jsonl"):
        if HELD & set(path.relative_to(REPO / "docs" / "audit").parts):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("{") and '"release"' in line:
                release = json.loads(line).get("context", {}).get("release")
                if release:
                    ids.add(_uuid(release))
    return ids


def _sample_ids(tarballs: list[str]) -> set[str]:
    """The release keys of every member of the audit samples' tarballs."""
    ids = set()
    for tarball in tarballs:
        with tarfile.open(tarball) as tar:
            ids |= {_uuid(m.name) for m in tar.getmembers() if m.isfile()}
    return ids


if __name__ == "__main__":
    v2, out, *samples = sys.argv[1:]
    extra = _sample_ids(samples)
    probe13.probe10._seen = lambda: _seen() | extra
    probe13.main(v2, out, seed=SEED)
