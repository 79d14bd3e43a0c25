"""Mine ontology/th/org_sites.json: the names of districts, subdistricts and roads, as the releases write them after
an area word with the area above them right after ("อ.|แม่ริม จ.เชียงใหม่", "ตำบล|คลองหนึ่ง อำเภอ…", "ถนน|พหลโยธิน
แขวง…"), so that a prefix word of a body's sites glued to one alone ("ศูนย์แม่ริม", "สำนักพหลโยธิน": a university's
campus, a bank's branch, named by where it is) is read as a place, not as a body (organizations._site_only).

    python scripts/mine_org_sites.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 8000

not_organizations.json `site_areas` holds the area words read before a place, `place_then` and `site_areas` the
words that may follow it. A place written so in at least MIN_RELEASES releases is listed, unless it is a stopword or
an area or site word itself ("อ.|และ อ.…": a list of districts, no place).

Regexes only (no segmenting).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from mining import run_archive_miner, strided_texts


ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_sites.json"
MIN_RELEASES = 3  # releases writing a place after an area word with the area above it


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    from phakhi.ontology import load_not_organizations

    data = load_not_organizations()
    areas = data["site_areas"]
    then = sorted(set(areas) | set(data["place_then"]), key=len, reverse=True)
    # the area word begins a word: "ผอ.|ประจำ…" is a director's title, no district
    pattern = re.compile(r"(?<![\u0e01-\u0e4e])(?:" + "|".join(map(re.escape, sorted(areas, key=len, reverse=True))) + ")"
                         r" ?([\u0e01-\u0e2e\u0e30-\u0e4e]{2,30}) ?(?=" + "|".join(map(re.escape, then)) + ")")
    seen: Counter[str] = Counter()
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        seen.update({m.group(1) for m in pattern.finditer(text)})
    from pythainlp.corpus import thai_stopwords

    common = set(thai_stopwords()) | set(then) | set(data["site_heads"])  # "อ.|และ อ.…", "ต.|ใน อ.…": no place
    names = sorted(n for n, c in seen.items() if c >= MIN_RELEASES and n not in common)
    return {"_doc": (f"Mined by scripts/mine_org_sites.py from {read} releases of the thaigov v1 and v2 corpora (a stride "
                     "of each archive, none of the audit samples' releases): districts, subdistricts and roads, the runs "
                     f"of Thai letters that at least {MIN_RELEASES} releases write after an area word (not_organizations "
                     "site_areas) with another area word right after them (อ.|แม่ริม จ.…, ถนน|พหลโยธิน แขวง…). A prefix "
                     "word of a body's sites glued to one alone names a campus or a branch, a place "
                     "(graph/extract/organizations.py _site_only)."),
            "names": names,
            "evidence": {n: seen[n] for n in names}}


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} places", per_archive=8000)


if __name__ == "__main__":
    main()
