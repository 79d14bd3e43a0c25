"""Mine ontology/th/org_unit_functions.json: the work a unit of a body is named by (its name after its prefix word:
"ประชาสัมพันธ์" in "กลุ่มงานประชาสัมพันธ์", "ฝ่ายประชาสัมพันธ์", "ส่วนประชาสัมพันธ์"), when the releases write units named
by it with many different parent bodies right after them. Such a unit's name ("กลุ่มงานที่ปรึกษา", "ฝ่ายองค์กรสัมพันธ์
และสื่อสาร") names no one body alone, even when the corpora write that exact name with one parent only (org_units.json
needs two or more for the name itself): a public-relations group is every body's.

    python scripts/mine_org_functions.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar \
        --skip v2-sample.tar --per-archive 100000

The runs are mine_org_units.py's (`written_units`: a run begun by a prefix word, and the parent body written right
after it, glued or after one space; an authority body counted as the body right under the top of its chain). Only
runs begun by a division's prefix word (org_patterns.jsonl `division`: กลุ่ม…, กลุ่มงาน…, ฝ่าย…, ส่วน…, กอง…, สำนัก…,
ศูนย์…) that heads no parent level (names.parent_level_head: กรม…) count. A work written with MIN_PARENTS or more
different parents, under MIN_PREFIXES or more prefix words, is a unit's generic work
(`kept_function` is the filter of one row, which scripts/check_mined.py asks of every shipped row). Evidence per work:
[releases writing it with a parent, different parents, different prefix words].
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from mine_org_units import written_units
from mining import run_archive_miner, strided_texts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_unit_functions.json"
MIN_PARENTS = 5  # different parents written after units of one work before the work is any body's
MIN_PREFIXES = 2  # ... and named under this many prefix words ("กลุ่มประชาสัมพันธ์", "ฝ่ายประชาสัมพันธ์"): a work
# named under one only is mostly that word's compound, no unit's work ("กลุ่ม|เกษตรกร", "กลุ่ม|ประเทศ", "กอง|ทัพเรือ")
MIN_LETTERS = 4  # a work shorter than this is a cut word, not a work ("กองทุ|น")


def kept_function(work: str) -> bool:
    """Would a work be listed at all, whatever its counts: Thai letters only, no shorter than MIN_LETTERS, not a
    province (a body's office in a place is a branch, _parent_before's), and no prefix word of its own (a run on
    into a second body: "กอง…สำนักงาน…")?"""
    from phakhi.graph.extract.names import provinces
    from phakhi.graph.extract.organizations import _prefix_pattern
    from phakhi.graph.text.thai import is_thai

    return (len(work) >= MIN_LETTERS and all(is_thai(ch) for ch in work) and work not in provinces()
            and _prefix_pattern().search(work) is None)


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:

    from phakhi.graph.extract.names import parent_level_head
    from phakhi.graph.extract.organizations import _divides

    parented: Counter[str] = Counter()
    parents: dict[str, set[str]] = defaultdict(set)
    prefixes: dict[str, set[str]] = defaultdict(set)
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        works = set()
        for name, prefix, parent in written_units(text):
            if parent is None or not _divides(prefix) or parent_level_head(name):
                continue
            work = name[len(prefix):].replace(" ", "")
            if not kept_function(work):
                continue
            works.add(work)
            parents[work].add(parent)
            prefixes[work].add(prefix)
        parented.update(works)
        if read % 5000 == 0:
            print(f"{read} releases", file=sys.stderr)
    evidence = {w: [parented[w], len(parents[w]), len(prefixes[w])] for w in parented
                if len(parents[w]) >= MIN_PARENTS and len(prefixes[w]) >= MIN_PREFIXES}
    names = sorted(evidence)
    return {"_doc": (f"Mined by scripts/mine_org_functions.py from {read} releases of the thaigov v1 and v2 corpora (a "
                     "stride of each archive, none of the audit samples' releases): the work a unit is named by after "
                     "a division's prefix word (\"ประชาสัมพันธ์\" in \"กลุ่มงานประชาสัมพันธ์\"), written with "
                     f"{MIN_PARENTS} or more different parent bodies right after units so named, under {MIN_PREFIXES} "
                     f"or more prefix words. Evidence: [releases with a parent, "
                     "parents, prefix words]. A unit named by such a work is any body's (names.generic_unit): "
                     "graph/extract/organizations.py names it with the parent written after it, else treats it as a "
                     "unit of many written bare."),
            "names": names,
            "evidence": {w: evidence[w] for w in names}}


def main() -> None:

    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} works", per_archive=2000)


if __name__ == "__main__":
    main()
