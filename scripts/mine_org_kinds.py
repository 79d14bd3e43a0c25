"""Mine ontology/th/org_kinds.json: names that begin like an organization's (ศูนย์…, สำนักงาน…, สถาบัน…) but that the
releases use for a kind of body, a class of bodies, rather than one body.

    python scripts/mine_org_kinds.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar \
        --skip v2-sample.tar --per-archive 100000

(every release of both corpora but the audit samples': the kinds the judges meet are too rare to be counted in a
few thousand releases.)

How a kind is told from a name: a writer counts a kind, spreads it, or lists it ("ทุกสำนักงานที่ดิน", "แต่ละศูนย์พัฒนา
เด็กเล็ก", "4 กระทรวงหลัก", "สถาบันนิติเวชอีก 7 แห่ง", "ศูนย์ยุติธรรมชุมชนทั่วประเทศ", "สำนักงานเขตสุขภาพต่าง ๆ",
"…อำเภอละ 1 แห่ง"), and a body's own name hardly ever so. For every run of letters begun by an organization prefix
word (org_patterns.jsonl) and ended by a space, a bracket, a line end or one of those markers, the script counts the
releases that write the run whole (`uses`) and those that write it in such a counting or spreading context
(`counted`). A run counted in at least 3 releases and in at least one in 6 of the releases that write it is a kind, and
so is one counted in 8 and one in 12 (TIERS). A run ending on a place or area word ("สำนักงานอุตสาหกรรมจังหวัด",
"…ภาค") is never listed: the gold annotates that kind of provincial office as an organization.

The releases read are a stride of each archive (--per-archive of them), skipping every release a --skip archive holds
(the audit samples, so the judged labels replayed on them are not mined from). Regexes and one newmm pass per run:
about 80 s of CPU for the 84,000 releases.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from mining import counted_before, run_archive_miner, run_stop, select_by_share, strided_texts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_kinds.json"
# (releases counting a run, one in how many of the releases writing it whole) for a run to be a kind: counted in a few
# releases and often, or in many releases and now and then ("ธนาคารพาณิชย์" 44 of 268). Read over the whole corpora a
# run counted twice is as often one body listed with a number ("และ 3 สมาคม…") as a kind.
TIERS = ((3, 6), (8, 12))
_BEFORE_COUNT = ("อีก", "ทั้ง", "กว่า", "จำนวน")  # glued to a run, words a count of bodies follows ("…อีก 7 แห่ง")


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    from phakhi.graph.extract.organizations import _prefix_pattern
    from phakhi.graph.text.thai import is_thai, tokenize
    from phakhi.ontology import load_not_organizations, load_org_patterns

    data = load_not_organizations()
    prefixes = sorted({p["prefix"] for p in load_org_patterns()}, key=len, reverse=True)
    plural = set(data["generic_after"]) - set(data["anaphoric"])
    counters = "|".join(map(re.escape, sorted(set(data["classifiers"]) | set(prefixes), key=len, reverse=True)))
    classifiers = set(data["classifiers"])
    places = tuple(data["pos"]["place_words"]) + tuple(data["area_words"]) + tuple(data["located_by"])
    before = counted_before(data)
    # after the run: "ต่าง ๆ", "ทั่วประเทศ", "อีก 7 แห่ง", "3 สำนักงาน", "อำเภอละ 1 แห่ง"
    after = re.compile(r"\s?(?:ต่าง\s?ๆ|อื่น\s?ๆ|" + "|".join(map(re.escape, sorted(plural, key=len, reverse=True)))
                       + r"|(?:ทั้ง|อีก|จำนวน|กว่า)?\s?[\d๐-๙]{1,3}(?![\d๐-๙.,/:])\s?(?P<counter>" + counters + r")"
                       + r"|(?:" + "|".join(map(re.escape, places)) + r")ละ)")
    distributive = tuple(w + "ละ" for w in places)
    uses: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        used, marked = set(), set()
        for m in _prefix_pattern().finditer(text):
            start = m.start()
            end = run_stop(text, m.end())
            tokens = tokenize(text[m.end():end])
            # a marker glued inside the run ends the kind's name there ("สถาบันนิติเวชอีก", "…ต่างๆ", "…จังหวัดละ")
            pos, generic = m.end(), False
            previous = ""
            for token in tokens:
                if token in plural or token.endswith(distributive):
                    generic = True
                    break
                if token in _BEFORE_COUNT and pos + len(token) == end:  # "สถาบันนิติเวช|อีก 7 แห่ง": the count decides
                    break
                if token == "ละ" and previous in places:  # "…อำเภอ|ละ"
                    generic, pos = True, pos - len(previous)
                    break
                pos += len(token)
                previous = token
            run = text[start:pos]
            if pos - m.end() < 2 or not all(is_thai(ch) or ch in "ฯ-" for ch in run) or run.endswith(places):
                continue
            follows = after.match(text, pos)
            # a count after the run counts bodies only in a classifier or the run's own prefix word ("… 3 สำนักงาน"),
            # not in another body's name ("…โคโรนา 2019 กระทรวงสาธารณสุข")
            counts = follows is not None and (follows.group("counter") is None or
                                              follows.group("counter") in classifiers or follows.group("counter") == m.group())
            generic = generic or counts or \
                bool(before.search(text, max(0, start - 12), start))
            used.add(run)
            if generic:
                marked.add(run)
        uses.update(used)
        counted.update(marked)
        if read % 500 == 0:
            print(f"{read} releases", file=sys.stderr)
    # an authority body's name is matched before any pattern: counting it ("ทั้ง 2 กรมการจัดหางาน…") changes nothing
    kinds = select_by_share(counted, uses, TIERS)
    return {"_doc": (f"Mined by scripts/mine_org_kinds.py from {read} releases of the thaigov v1 and v2 corpora (a stride "
                     "of each archive, none of the audit samples' releases): runs begun by an organization prefix word "
                     f"counted, spread or listed (\"ทุก…\", \"แต่ละ…\", \"4 …\", \"…ต่าง ๆ\", \"…ทั่วประเทศ\", \"…อีก 7 แห่ง\", "
                     "\"…อำเภอละ\") in at least " + " or ".join(f"{n} releases and one in {share}" for n, share in TIERS) +
                     " of the releases writing them whole: kinds of bodies, not one body. Names ending on a place or area word are "
                     "never listed. graph/extract/names.py kind_of_body reads them."),
            "kinds": kinds,
            "evidence": {run: [counted[run], uses[run]] for run in kinds}}


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['kinds'])} kinds", per_archive=4000)


if __name__ == "__main__":
    main()
