"""Mine ontology/th/org_spread.json: names begun by an organization prefix word that the releases write as a kind of
body, one in many places, rather than one body: completed with different places ("ศูนย์ยุติธรรมชุมชน|ตำบลบ้านไทร",
"…| อำเภอท่าแพ", "สำนักงานปศุสัตว์|จังหวัด…"), counted or spread ("…๑๔๔ แห่ง", "ทุก…", "…ทั่วประเทศ", "…อำเภอละ 1
แห่ง") or set up ("จัดตั้ง…") across releases. What org_kinds.json and org_places.json (mined from the whole corpora by
mine_org_kinds.py and mine_org_places.py) do not read: a name inside another's run ("คณะกรรมการ|ศูนย์ยุติธรรมชุมชน
๑๔๔ แห่ง"), a district or subdistrict after a name that ends on no area word.

    python scripts/mine_org_spread.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 100000

For every prefix word, nested ones too, the run of letters it begins (to a space, a bracket or a line end) is read
word by word (newmm) and cut where a place (an area word and its place, a province), a count or another body's prefix
word (a unit's parent: org_units.json's signal, not a kind's) begins: the cut run is the name. Per name the script
counts the releases writing it (`uses`) and those writing it as a kind: a place right after it (glued or after one
space), a count, a spread or a plural after it, a quantifier or a count before it, or "จัดตั้ง" before it; and the
different places written after it. A name written as a kind in MIN_KIND releases or more and in at least one in SHARE
of those writing it, with MIN_FOLLOWERS or more different places after it or counted in MIN_COUNTED releases, is
listed (HEAD_KIND releases for the beginning of an authority body's name, its short name): one body has one address
and is rarely counted. Names the authority file knows, names ending on an area word
(org_places.json's) or on a province (a body named for its province: "มหาวิทยาลัยนครพนม", its places its address), on a
function word or holding a word that goes on a sentence are left out. graph/extract/names.py spread_kind reads the list.

Those thresholds were set on a base stride of BASE_PER_ARCHIVE (2,000) releases of each archive; at tens of thousands
of releases they would list one body written with its address in a few places ("กลุ่มทอผ้าย้อมครามบ้านดอนกอย") and
phrases counted now and then ("กลุ่มบุคคล", "กระทรวงและหน่วยงาน"), while the share of a kind's own releases falls
("สถาบันเกษตรกร"). So the base stride's list is kept, and a wider stride (--per-archive of each archive) adds the names
written with WIDE_FOLLOWERS (4) or more different places after them in one in WIDE_SHARE (3) of their releases
(`select_wide`: "สำนักงานคุมประพฤติ", "วิทยาลัยชุมชน", "สมาคมชาวไร่อ้อย", "ศูนย์วิจัยพืชสวน").

The releases read are a stride of each archive, skipping every release a --skip archive holds (the audit samples).
About 10 s of CPU for the base stride (4,000 releases) and 90 s more for the wide one (--per-archive 100000: the
whole corpora, 83,704 releases; the shipped file, 2 min 13 s of wall time). A --per-archive between half an archive and
all of it takes the archive's first members, not a stride through its years: use 100000 or 12000 and less.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from mining import counted_before, run_archive_miner, run_stop, strided_texts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_spread.json"
MIN_KIND = 2  # releases writing a name as a kind
HEAD_KIND = 4  # ... a name an authority body's name begins with (its short name: "สำนักงานการปฏิรูปที่ดิน|จังหวัด…")
SHARE = 4  # ... in at least one in SHARE of the releases writing it
MIN_FOLLOWERS = 2  # ... with this many different places written after it,
MIN_COUNTED = 3  # ... or counted in this many releases (counted twice: as often one body listed with a number)
FOLLOWER_CHARS = 12  # characters of a place or body after the name that tell one from another
BASE_PER_ARCHIVE = 2000  # releases of each archive the thresholds above were set on
WIDE_FOLLOWERS = 4  # in a wider stride: different places written after a name ...
WIDE_SHARE = 3  # ... as a kind in at least one in WIDE_SHARE of the releases writing it
ESTABLISH = ("จัดตั้ง", "ก่อตั้ง")  # before a name: a new body of the kind is set up


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    """The names the base stride (BASE_PER_ARCHIVE releases of each archive) selects, with those the wide stride
    (`per_archive`) selects by the stricter wide rule (`select_wide`)."""
    from phakhi.graph.extract.authority import organizations

    known = {label.replace(" ", "") for row in organizations().values() for label in (row["th"], *row["alt"]) if label}
    base = evidence(paths, skip_paths, min(per_archive, BASE_PER_ARCHIVE))
    names = set(select(*base[:3], {n: len(f) for n, f in base[3].items()}, known))
    wide = evidence(paths, skip_paths, per_archive) if per_archive > BASE_PER_ARCHIVE else base
    wide_names = set(select_wide(*wide[:3], {n: len(f) for n, f in wide[3].items()}, known)) - names
    rows = {n: [base[1][n], base[0][n], len(base[3].get(n, ())), base[2][n]] for n in names}
    rows |= {n: [wide[1][n], wide[0][n], len(wide[3].get(n, ())), wide[2][n]] for n in wide_names}
    return {"_doc": (f"Mined by scripts/mine_org_spread.py from {base[4]} releases (the base stride) and {wide[4]} releases "
                     "(the wide stride) of the thaigov v1 and v2 corpora (none of the audit samples' releases): names "
                     "begun by an organization prefix word (nested ones too) that the releases complete with a place or "
                     f"another body, count, spread or set up (\"จัดตั้ง…\") in at least {MIN_KIND} releases of the base "
                     f"stride and one in {SHARE} of those writing them, with {MIN_FOLLOWERS} or more different places "
                     f"after them or counted in {MIN_COUNTED}; or, in the wide stride, written with {WIDE_FOLLOWERS} or "
                     f"more different places after them in one in {WIDE_SHARE} of their releases: kinds of body, one in "
                     "many places. Written with no place after it, such a name names no one body; "
                     "graph/extract/names.py spread_kind reads them. Evidence (of the stride that listed it): [releases "
                     "as a kind, releases, different places after, releases counting it]."),
            "names": sorted(names | wide_names),
            "evidence": {n: rows[n] for n in sorted(rows)}}


def evidence(paths: list[str], skip_paths: list[str], per_archive: int):
    """Per name read in a stride of `per_archive` releases of each archive: (releases writing it, releases writing it
    as a kind, releases counting it, the different places written after it, releases read)."""
    from phakhi.graph.extract.names import provinces, spread_place
    from phakhi.graph.extract.organizations import _prefix_pattern, _splits_prefix
    from phakhi.graph.text.thai import is_thai, thai_boundary_ok, tokenize
    from phakhi.graph.extract.names import sentence_words
    from phakhi.ontology import load_not_organizations, load_stopwords

    data = load_not_organizations()
    plural = tuple(sorted(set(data["generic_after"]) - set(data["anaphoric"]), key=len, reverse=True))
    classifiers = "|".join(map(re.escape, sorted(data["classifiers"], key=len, reverse=True)))
    areas = tuple(data["pos"]["place_words"]) + tuple(data["area_words"])  # not "ชุมชน": "ศูนย์ยุติธรรมชุมชน"
    named = tuple(provinces())  # a body named for its province is one body ("มหาวิทยาลัยนครพนม"), its places its address
    before = counted_before(data)
    counted = re.compile(r"\s?(?:ต่าง\s?ๆ|อื่น\s?ๆ|" + "|".join(map(re.escape, plural))
                         + r"|(?:ทั้ง|อีก|จำนวน|กว่า)?\s?[\d๐-๙]{1,3}(?![\d๐-๙.,/:])\s?(?:" + classifiers + r")"
                         + r"|[\u0e01-\u0e4e]{2,12}ละ\s?[\d๐-๙]{1,3})")
    establish = tuple(ESTABLISH)
    function_words = set(data["inside_ok"]) | set(data["ends"]) | load_stopwords()

    def follower(text: str, pos: int) -> str | None:
        """The place written at `pos` (glued or after one space: names.spread_place, what the extractor reads after a
        kind), cut to FOLLOWER_CHARS, if one is."""
        end = spread_place(text, pos)
        at = pos + 1 if text.startswith(" ", pos) else pos
        return text[at:end][:FOLLOWER_CHARS] if end is not None else None

    uses: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    followers: dict[str, set[str]] = defaultdict(set)
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        used, marked, numbered = set(), set(), set()
        pos = 0
        while (m := _prefix_pattern().search(text, pos)) is not None:
            pos = m.start() + 1  # every prefix word, those inside another's run too
            start = m.start()
            if not thai_boundary_ok(text, start, m.end()) or \
                    start > 0 and is_thai(text[start - 1]) and _splits_prefix(text, start, m.end()):
                continue
            end = run_stop(text, m.end())
            at, after = m.end(), None
            tokens = tokenize(text[m.end():end])
            for i, token in enumerate(tokens):
                if at - m.end() >= 2 and ((after := follower(text, at)) is not None or counted.match(text, at)
                                          or _prefix_pattern().match(text, at)):
                    break  # a place, a count, or another body's name (a unit's parent: not the kind's own words)
                at += len(token)
            name = text[start:at]
            words = tokenize(name[m.end() - start:])
            if at - m.end() < 2 or not all(is_thai(ch) for ch in name) or name.endswith(areas + named) or \
                    words[-1] in function_words or any(w in sentence_words() for w in words):
                continue  # "กระทรวงแรงงาน|และ…", "รัฐบาล|โดย…", "…จังหวัด" (org_places.json's)
            if after is None and at == end:
                after = follower(text, at)
            is_counted = bool(counted.match(text, at)) or bool(before.search(text, max(0, start - 12), start))
            used.add(name)
            if after is not None:
                followers[name].add(after)
            if after is not None or is_counted or text.endswith(establish, 0, start):
                marked.add(name)
            if is_counted:
                numbered.add(name)
        uses.update(used)
        kinds.update(marked)
        counts.update(numbered)
        if read % 500 == 0:
            print(f"{read} releases", file=sys.stderr)
    return uses, kinds, counts, followers, read


def select(uses: Counter[str], kinds: Counter[str], counts: Counter[str], followers: dict[str, int],
           known: set[str]) -> list[str]:
    """The names written as a kind often enough, and in a large enough share of their releases (see the thresholds),
    that are no authority body's name; one an authority name begins with (a body's short name, whose provincial
    offices complete it with places: "สำนักงานการปฏิรูปที่ดิน|เพื่อเกษตรกรรม") needs HEAD_KIND releases."""
    heads = {label[:cut] for label in known for cut in range(4, len(label))}
    return sorted(n for n, k in kinds.items() if n not in known and k >= (HEAD_KIND if n in heads else MIN_KIND)
                  and k * SHARE >= uses[n] and (followers.get(n, 0) >= MIN_FOLLOWERS or counts[n] >= MIN_COUNTED))


def select_wide(uses: Counter[str], kinds: Counter[str], counts: Counter[str], followers: dict[str, int],
                known: set[str]) -> list[str]:
    """The names a wide stride lists: with WIDE_FOLLOWERS or more different places written after them, in one in
    WIDE_SHARE of the releases writing them ("สำนักงานคุมประพฤติ|จังหวัด…", "วิทยาลัยชุมชน|…"). Stricter than the base
    rule, whose counts at a few thousand releases would list, at tens of thousands, one body written with its address
    in a few places ("กลุ่มทอผ้าย้อมครามบ้านดอนกอย", 3 places) or a phrase counted now and then ("กลุ่มบุคคล")."""
    heads = {label[:cut] for label in known for cut in range(4, len(label))}
    return sorted(n for n, k in kinds.items() if n not in known and k >= (HEAD_KIND if n in heads else MIN_KIND)
                  and k * WIDE_SHARE >= uses[n] and followers.get(n, 0) >= WIDE_FOLLOWERS)


def main() -> None:

    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} names", per_archive=2000)


if __name__ == "__main__":
    main()
