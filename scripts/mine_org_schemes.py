"""Mine ontology/th/org_schemes.json: names that begin like an organization's (ธนาคาร…, ศูนย์…) but that the releases
write as the name of a scheme or activity, not of a body ("โครงการธนาคารปู", "กิจกรรมธนาคารขยะ", "ธนาคารอาหาร").

    python scripts/mine_org_schemes.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar \
        --skip v2-sample.tar --per-archive 100000

(every release of both corpora but the audit samples'.)

How a scheme is told from a body: a writer names a community scheme after the word for a programme or an activity
("โครงการธนาคารปูม้า", "กิจกรรมธนาคารอาหาร"; not_organizations.json "scheme_before"), and a body's own name hardly ever
so ("โครงการธนาคารออมสิน" is rare beside the hundreds of releases naming the bank). For every run of letters begun by an
organization prefix word (org_patterns.jsonl) and ended by a space, a bracket, punctuation or a line end, the script
counts the releases that write the run (`uses`) and those that write it right after a scheme word, glued or after one
space (`schemes`). A run so written in at least 3 releases and one in 10 of those writing it (TIERS) is a scheme's
name. Authority names are never listed (they are matched before any pattern).

Regexes only: about a minute of CPU for the 84,000 releases.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from mining import run_archive_miner, run_end, select_by_share, strided_texts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_schemes.json"
# (releases writing a run after a scheme word, one in how many of the releases writing it) for a run to be a scheme's
# name: "ธนาคารน้ำใต้ดิน" 8 of 65, "ธนาคารขยะ" 20 of 92; a bank's own name 0 or 1 of hundreds; a body a project built, 6 of 64
# ("ศูนย์ทดสอบยานยนต์และยางล้อแห่งชาติ": one in 12 took it). Twice is too few: runs
# into a sentence ("กลุ่มควรเป็นกลุ่มเล็ก") and bodies built by a project ("ศูนย์นวัตกรรมด้านการแพทย์") come in.
TIERS = ((3, 10),)


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    from phakhi.graph.extract.organizations import _prefix_pattern
    from phakhi.graph.text.thai import is_thai
    from phakhi.ontology import load_not_organizations

    words = tuple(load_not_organizations()["scheme_before"])
    uses: Counter[str] = Counter()
    schemes: Counter[str] = Counter()
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        used, marked = set(), set()
        for m in _prefix_pattern().finditer(text):
            start = m.start()
            end = run_end(text, m.end())
            if end is None:
                continue  # cut at the reach, mid-word: never a name the extractor finds
            run = text[start:end]
            if end - m.end() < 2 or not all(is_thai(ch) or ch in "ฯ-" for ch in run):
                continue
            used.add(run)
            before = text[max(0, start - 12):start]
            if before.endswith(words) or before.endswith(tuple(w + " " for w in words)):
                marked.add(run)
        uses.update(used)
        schemes.update(marked)
        if read % 5000 == 0:
            print(f"{read} releases", file=sys.stderr)
    names = select_by_share(schemes, uses, TIERS)
    return {"_doc": (f"Mined by scripts/mine_org_schemes.py from {read} releases of the thaigov v1 and v2 corpora (a "
                     "stride of each archive, none of the audit samples' releases): runs begun by an organization prefix "
                     f"word written right after a word for a programme or activity ({', '.join(words)}) in at least "
                     + " or ".join(f"{n} releases and one in {share}" for n, share in TIERS) +
                     " of the releases writing them: names of schemes (\"ธนาคารปู\", "
                     "\"ธนาคารขยะ\"), not of bodies. graph/extract/names.py scheme_name reads them."),
            "schemes": names,
            "evidence": {run: [schemes[run], uses[run]] for run in names}}


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['schemes'])} schemes", per_archive=4000)


if __name__ == "__main__":
    main()
