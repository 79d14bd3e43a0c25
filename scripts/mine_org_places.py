"""Mine ontology/th/org_places.json: names begun by an organization prefix word and ended by an area word
(not_organizations `placed_words`: จังหวัด, อำเภอ, ตำบล) that the releases complete with the name of a place
("สำนักงานเกษตรจังหวัด|เชียงใหม่", "สำนักงานสาธารณสุขอำเภอ|เมือง จังหวัด…"): the kind of body every province, district
or subdistrict has, so that written with no place after it the name names no one body.

    python scripts/mine_org_places.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 2000

How a kind is told from one body named for the provinces it serves ("สำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด",
a bureau of one department): for every area word inside a run of letters begun by a prefix word, the run up to and
through the area word (the stem) counts the releases that write a place right after it (names.place_after: a
province after จังหวัด; after อำเภอ, ตำบล, a name the text follows with the area above it) and the different places
written. A stem completed in at least MIN_RELEASES releases with MIN_PLACES different places is listed; the authority
file's names are matched before any pattern and are not. graph/extract/names.py placed_kind reads the list.

Regexes only (no segmenting): about 25 s of CPU for 4,000 releases.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from mining import run_archive_miner, run_stop, strided_texts


ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_places.json"
MIN_RELEASES = 2  # releases completing a stem with a place
MIN_PLACES = 2  # different places written after it: a kind in many places, not one body's address
RUN_REACH = 80  # longest run read after a prefix word


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    from phakhi.graph.extract.authority import organizations
    from phakhi.graph.extract.names import place_after
    from phakhi.graph.extract.organizations import _prefix_pattern, _splits_prefix
    from phakhi.graph.text.thai import is_thai, thai_boundary_ok
    from phakhi.ontology import load_not_organizations

    words = load_not_organizations()["placed_words"]
    area = re.compile("|".join(map(re.escape, words)))
    completed: Counter[str] = Counter()
    places: dict[str, set[str]] = {}
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        seen: set[str] = set()
        for m in _prefix_pattern().finditer(text):
            if not thai_boundary_ok(text, m.start(), m.end()) or \
                    m.start() > 0 and is_thai(text[m.start() - 1]) and _splits_prefix(text, m.start(), m.end()):
                continue  # "นาย|กองค์การ…": the prefix word is inside another word
            end = run_stop(text, m.end(), RUN_REACH)
            for a in area.finditer(text, m.end(), end):
                stem = text[m.start():a.end()]
                if not all(is_thai(ch) for ch in stem):
                    break
                after = place_after(text, a.end(), a.group())
                if after is None:
                    continue
                seen.add(stem)
                places.setdefault(stem, set()).add(text[a.end():after].strip())
        completed.update(seen)
    known = {label.replace(" ", "") for row in organizations().values() for label in (row["th"], *row["alt"]) if label}
    names = sorted(s for s, n in completed.items()
                   if n >= MIN_RELEASES and len(places[s]) >= MIN_PLACES and s not in known)
    return {"_doc": (f"Mined by scripts/mine_org_places.py from {read} releases of the thaigov v1 and v2 corpora (a stride "
                     "of each archive, none of the audit samples' releases): names begun by an organization prefix word "
                     "and ended by an area word (จังหวัด, อำเภอ, ตำบล) that at least "
                     f"{MIN_RELEASES} releases complete with a place, {MIN_PLACES} or more different places: the kind of "
                     "body every province or district has. Written with no place after it, such a name names no one "
                     "body; graph/extract/names.py placed_kind reads them."),
            "names": names,
            "evidence": {s: [completed[s], len(places[s])] for s in names}}


def main() -> None:

    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} names", per_archive=2000)


if __name__ == "__main__":
    main()
