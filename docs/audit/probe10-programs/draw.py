"""Draw the second programme recall probe: 30 releases (20 of thaigov v2, 2020-2025, and 10 of v1, 2016-2020) about
industry, economy, farming, energy or SME policy that name some programme-like thing, from the sample tarballs
nobody annotated (seed 10).

Drawn as probe8 was (see ../probe8-programs/draw.py): a release qualifies when its text holds a topic word at least
twice and a programme word at least once and is at most 4,000 characters long, and it is neither a dev/dev-b
release (seeds/SOURCES*.tsv), nor a release any judged audit drew from (docs/audit/*/*.jsonl), nor one of another
probe (docs/audit/probe*/releases/index.tsv). Writes one text file per release and index.tsv.

    python docs/audit/probe10-programs/draw.py V1-SAMPLE.tar V2-SAMPLE.tar docs/audit/probe10-programs/releases
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
SEED, MAX_CHARS = 10, 4000
SIZES = (10, 20)  # v1, v2


def _uuid(path: str) -> str:
    """A release's key: the uuid ending a v2 path; for v1 (no uuid) the path below the corpus folder."""
    tail = path.rsplit("_", 1)[-1]
    if re.fullmatch(r"[0-9a-f-]{36}\.txt", tail):
        return tail
    return re.sub(r"^(thaigov-v[12]/|data/)", "", path)


def _seen() -> set[str]:
    """Corpus ids (the uuid ending each path) of releases already used for gold, audits or another probe."""
    ids = set()
    for tsv in list(REPO.glob("seeds/SOURCES*.tsv")) + list(REPO.glob("docs/audit/probe*/releases/index.tsv")):
        with tsv.open(encoding="utf-8") as f:
            rows = csv.DictReader(f, delimiter="\t")
            ids |= {_uuid(row.get("path") or row.get("corpus_path")) for row in rows}
    for path in REPO.glob("docs/audit/**/*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("{") and '"release"' in line:
                release = json.loads(line).get("context", {}).get("release")
                if release:
                    ids.add(_uuid(release))
    return ids


def _pool(tarball: str, seen: set[str]) -> list:
    pool = [r for r in iter_releases([tarball])
            if not isinstance(r, ReadFailure) and _uuid(r.name) not in seen
            and len(r.text) <= MAX_CHARS and len(TOPIC.findall(r.text)) >= 2 and PROGRAMME.search(r.text)]
    return sorted(pool, key=lambda r: r.name)


def main(v1: str, v2: str, out: str) -> None:
    seen = _seen()
    rng = random.Random(SEED)
    chosen = []
    for tarball, size in zip((v1, v2), SIZES):
        pool = _pool(tarball, seen)
        chosen += rng.sample(pool, size)
        print(f"{tarball}: {len(pool)} releases qualify; {size} drawn")
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    with (target / "index.tsv").open("w", encoding="utf-8") as index:
        index.write("file\tcorpus_path\n")
        for i, release in enumerate(sorted(chosen, key=lambda r: r.name), 1):
            (target / f"q{i:02d}.txt").write_text(release.text, encoding="utf-8")
            index.write(f"q{i:02d}.txt\t{release.name}\n")
    print(f"seed {SEED}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
