"""Mine ontology/th/org_verbs.json: for each word the corpora write right after an organization prefix word, how often
they write it so (a name's word: "ศูนย์|ติดตาม…", "กอง|คุ้มครองแรงงาน") and how often right after a word written
before verbs only (not_organizations "strict_verb_markers": "จะ|จ้าง", "ต้อง|บูรณาการ", "ไม่|คอย"). Like
org_followers.json (scripts/mine_org_followers.py), without the markers that also stand before nouns ("ได้|ดอกเบี้ย",
"ยัง|พื้นที่", "ขอ|สินเชื่อ", "ก็|ทาง…"), whose words read as verbs there and are not.

    python scripts/mine_org_verbs.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 100000

graph/extract/org_run_ons.py reads the share of the second as how much the corpora use the word as a verb: one the
tagger reads as a noun of names, glued after a name the whole corpora close, goes on with the sentence
("กองคุ้มครองแรงงาน|จ้างข้าราชการเกษียณอายุ"). The first word after each prefix word counted once per release
(organizations.followers); every release segmented whole and the word after each strict marker counted once per
release; words written after a prefix word in at least one release and after a marker in MIN_VERB or more are kept,
with [releases after a prefix word, releases after a strict marker]. The releases read are a stride of each archive
(--per-archive of them), skipping every release a --skip archive holds (the audit samples).
"""

from __future__ import annotations

from pathlib import Path

from mine_org_followers import count
from mining import run_archive_miner

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_verbs.json"
MIN_VERB = 3  # releases writing a word after a strict marker, for it to count as a verb at all


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    read, named, verbs, _, _ = count(paths, skip_paths, per_archive, "strict_verb_markers")
    words = {w: [n, verbs[w]] for w, n in sorted(named.items()) if verbs[w] >= MIN_VERB}
    return {"_doc": (f"Mined by scripts/mine_org_verbs.py from {read} releases of the thaigov v1 and v2 corpora (the "
                     "audit samples left out): word written right after an organization prefix word -> [releases "
                     "writing it so, releases writing it right after a word written before verbs only "
                     f"(not_organizations strict_verb_markers)], for words written after one in {MIN_VERB} releases "
                     "or more. graph/extract/org_run_ons.py _used_as_verb reads the share of the second as how much "
                     "the corpora use the word as a verb."),
            "words": words}


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['words'])} words", per_archive=4000)


if __name__ == "__main__":
    main()
