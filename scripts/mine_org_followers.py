"""Mine ontology/th/org_followers.json: for each word the corpora write right after an organization prefix word, how
often they write it so (a name's word: "ธนาคาร|ออมสิน", "ศูนย์|พัฒนา…") and how often right after a word that stands
before verbs (not_organizations "verb_markers": "จะ|ลด", "ขอ|สงวนสิทธิ์"). A candidate whose word after the prefix the
corpora use as a verb far more than as a name's word is a clause with the body as its subject ("ธนาคาร|ลดดอกเบี้ย",
"สหกรณ์|สร้างรายได้เสริม", "ธนาคาร|สงวนสิทธิ์ในการ…"), not a name; pythainlp's tagger reads most of these words as
nouns, the corpora do not.

    python scripts/mine_org_followers.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 4000

For every run of letters begun by an organization prefix word (org_patterns.jsonl; not splitting a word) the first
newmm word after the prefix word is counted once per release; every release is also segmented whole and the word
after each verb marker counted once per release. Words written after a prefix word in at least one release and after
a verb marker in MIN_VERB releases or more are kept, with [releases after a prefix word, releases after a verb marker]
(a word missing is no verb). Each prefix word is kept with the releases writing it and those writing a verb marker
right after it: the prefix words the corpora use alone as a sentence's subject ("ธนาคารจะ…", "สหกรณ์ได้…") are those
whose candidates run on into clauses; a committee or a centre is named by what it does ("คณะทำงานเผาทำลายยาเสพติด",
"ศูนย์บริจาคโลหิตแห่งชาติ") and rarely stands alone before a verb.
The releases read are a stride of each archive (--per-archive of them), skipping every release a --skip archive holds
(the audit samples).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from mining import run_archive_miner, strided_texts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_followers.json"
MIN_VERB = 3  # releases writing a word after a verb marker, for it to count as a verb at all


def count(paths: list[str], skip_paths: list[str], per_archive: int, marker_list: str) \
        -> tuple[int, Counter[str], Counter[str], Counter[str], Counter[str]]:
    """One pass over the releases: (releases read, releases writing each word right after an organization prefix
    word, releases writing it right after a marker of not_organizations `marker_list`, releases writing each prefix
    word before a word, releases writing a marker right after it). scripts/mine_org_verbs.py counts the same with the
    strict markers."""
    from phakhi.graph.extract.organizations import followers
    from phakhi.graph.text.thai import is_thai, tokenize
    from phakhi.ontology import load_not_organizations

    markers = set(load_not_organizations()[marker_list])
    named: Counter[str] = Counter()
    verbs: Counter[str] = Counter()
    prefixes: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        pairs = followers(text)
        named.update({word for _, word in pairs})
        prefixes.update({prefix for prefix, _ in pairs})
        bare.update({prefix for prefix, word in pairs if word in markers})
        tokens = tokenize(text)
        verbs.update({b for a, b in zip(tokens, tokens[1:]) if a in markers and b and is_thai(b[0])})
        if read % 5000 == 0:
            print(f"{read} releases", file=sys.stderr)
    return read, named, verbs, prefixes, bare


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    read, named, verbs, prefixes, bare = count(paths, skip_paths, per_archive, "verb_markers")
    words = {w: [n, verbs[w]] for w, n in sorted(named.items()) if verbs[w] >= MIN_VERB}
    return {"_doc": (f"Mined by scripts/mine_org_followers.py from {read} releases of the thaigov v1 and v2 corpora "
                     "(the audit samples left out): word written right after an organization prefix word -> [releases "
                     "writing it so, releases writing it right after a verb marker (not_organizations verb_markers)], "
                     f"for words written after a verb marker in {MIN_VERB} releases or more. "
                     "graph/extract/organizations.py follower_verb reads the share of the second as how much the "
                     "corpora use the word as a verb. prefixes: prefix word -> [releases writing it before a word, "
                     "releases writing a verb marker right after it (the prefix word alone as a sentence's subject: "
                     "ธนาคาร|จะ)]; bare_subject reads the share."),
            "words": words,
            "prefixes": {p: [n, bare[p]] for p, n in sorted(prefixes.items())}}


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['words'])} words", per_archive=2000)


if __name__ == "__main__":
    main()
