"""Draw the programme recall probe: 30 releases of 2020-2025 about industry, economy, farming, energy or SME policy
that name some programme-like thing, from a sample tarball nobody annotated (seed 8).

A release qualifies when its text holds a topic word at least twice and a programme word at least once, is at most
4,000 characters long (so that one annotator can read all 30), and is neither a dev/dev-b release (seeds/SOURCES*.tsv)
nor a release any judged audit drew from (docs/audit/*/*.jsonl). Writes one text file per release and index.tsv.

    python docs/audit/probe8-programs/draw.py /path/to/v2-sample.tar docs/audit/probe8-programs/releases
"""

import csv
import json
import random
import re
import sys
from pathlib import Path

from phakhi.graph.read import ReadFailure, iter_releases

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
TOPIC = re.compile(r"อุตสาหกรรม|เกษตร|พลังงาน|SME|เอสเอ็มอี|วิสาหกิจ|เศรษฐกิจ|การลงทุน|ผู้ประกอบการ")
PROGRAMME = re.compile(r"โครงการ|มาตรการ|นโยบาย|แผน|ยุทธศาสตร์|กองทุน|แคมเปญ|หลักสูตร")
SEED, SIZE, MAX_CHARS = 8, 30, 4000


def _seen() -> set[str]:
    """Corpus ids (the uuid ending each path) of releases already used for gold or audits."""
    ids = set()
    for tsv in REPO.glob("seeds/SOURCES*.tsv"):
        with tsv.open(encoding="utf-8") as f:
            ids |= {row["path"].rsplit("_", 1)[-1] for row in csv.DictReader(f, delimiter="\t")}
    for path in REPO.glob("docs/audit/*/*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("{") and '"release"' in line:
                release = json.loads(line).get("context", {}).get("release")
                if release:
                    ids.add(release.rsplit("_", 1)[-1])
    return ids


def main(tarball: str, out: str) -> None:
    seen = _seen()
    pool = [r for r in iter_releases([tarball])
            if not isinstance(r, ReadFailure) and r.name.rsplit("_", 1)[-1] not in seen
            and len(r.text) <= MAX_CHARS and len(TOPIC.findall(r.text)) >= 2 and PROGRAMME.search(r.text)]
    pool.sort(key=lambda r: r.name)
    chosen = random.Random(SEED).sample(pool, SIZE)
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    with (target / "index.tsv").open("w", encoding="utf-8") as index:
        index.write("file\tcorpus_path\n")
        for i, release in enumerate(sorted(chosen, key=lambda r: r.name), 1):
            (target / f"p{i:02d}.txt").write_text(release.text, encoding="utf-8")
            index.write(f"p{i:02d}.txt\t{release.name}\n")
    print(f"{len(pool)} releases qualify; {SIZE} drawn with seed {SEED}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
