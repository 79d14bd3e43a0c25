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
(`counted`). A run that goes on past its head with a qualifier (not_organizations `kind_qualifiers`: "ทั้ง 4
ธนาคารเฉพาะกิจ|ของรัฐ", "…|ในประเทศ") is counted for its head too, as the kind written with what narrows it, but only
for a head the releases write whole, unqualified (ended there, or glued to a word that goes on into the sentence:
not_organizations verb_markers and ends, "ธนาคารเฉพาะกิจ|ได้…") in more than twice as many releases as qualified:
"ของ" also goes on into the rest of many real names, whose head the releases hardly ever write alone
("สภาองค์กร|ของผู้บริโภค", "สมาคมสถาบันการเงิน|ของรัฐ"). A run counted in at least 3 releases and in at least one in
6 of the releases that write it is a kind, and
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
    qualifiers = tuple(data["kind_qualifiers"])
    named_heads = _named_heads(qualifiers)
    sentence = frozenset(w for w in data["verb_markers"] + data["ends"] if not w.startswith(qualifiers))
    uses: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    bare: Counter[str] = Counter()  # releases writing a run whole, ended or followed by a sentence word
    qualified_in: Counter[str] = Counter()  # releases writing a head with a qualifier
    qualified_uses: Counter[str] = Counter()  # releases counting it so, and not writing it whole
    qualified_counted: Counter[str] = Counter()  # releases counting it so, and not counting it whole
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        used, marked, qualified, qualified_marked, whole = set(), set(), set(), set(), set()
        for m in _prefix_pattern().finditer(text):
            start = m.start()
            end = run_stop(text, m.end())
            tokens = tokenize(text[m.end():end])
            whole.update(_sentence_heads(text[start:m.end()], tokens, sentence))
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
            head = _qualified_head(run, tokenize(run[len(m.group()):]), m.group(), qualifiers)
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
            if head and not head.endswith(places) and head not in named_heads:  # "ทั้ง 4 ธนาคารเฉพาะกิจ|ของรัฐ"
                qualified.add(head)
                if generic:
                    qualified_marked.add(head)
        uses.update(used)
        counted.update(marked)
        bare.update(whole | used)
        qualified_in.update(qualified)
        qualified_uses.update(qualified_marked - used)
        qualified_counted.update(qualified_marked - marked)
        if read % 500 == 0:
            print(f"{read} releases", file=sys.stderr)
    # an authority body's name is matched before any pattern: counting it ("ทั้ง 2 กรมการจัดหางาน…") changes nothing
    for head in qualified_in:
        if bare[head] > 2 * qualified_in[head]:  # written whole more than twice as often as qualified: the kind counted
            uses[head] += qualified_uses[head]
            counted[head] += qualified_counted[head]
    kinds = select_by_share(counted, uses, TIERS)
    return {"_doc": (f"Mined by scripts/mine_org_kinds.py from {read} releases of the thaigov v1 and v2 corpora (a stride "
                     "of each archive, none of the audit samples' releases): runs begun by an organization prefix word "
                     f"counted, spread or listed (\"ทุก…\", \"แต่ละ…\", \"4 …\", \"…ต่าง ๆ\", \"…ทั่วประเทศ\", \"…อีก 7 แห่ง\", "
                     "\"…อำเภอละ\") in at least " + " or ".join(f"{n} releases and one in {share}" for n, share in TIERS) +
                     " of the releases writing them whole: kinds of bodies, not one body (a head written whole more "
                     "than twice as often as with a qualifier, ของ or ใน, is counted with it too). Names ending on a "
                     "place or area word are never listed. graph/extract/names.py kind_of_body reads them."),
            "kinds": kinds,
            "evidence": {run: [counted[run], uses[run]] for run in kinds}}


def _sentence_heads(prefix: str, tokens: list[str], sentence: frozenset[str]) -> set[str]:
    """The heads of a run written bare, glued to a word that goes on into the sentence ("ธนาคารเฉพาะกิจ|ได้…",
    "…|จะ…"): the run's letters before each such word, past the prefix word's first word."""
    heads, pos = set(), prefix
    for i, token in enumerate(tokens):
        if i and token in sentence:
            heads.add(pos)
        pos += token
    return heads


def _qualified_head(run: str, tokens: list[str], prefix: str, qualifiers: tuple[str, ...]) -> str | None:
    """The head of `run` before a word that opens a qualifier of it (not_organizations `kind_qualifiers`: ของ, ใน:
    "ธนาคารเฉพาะกิจ|ของรัฐ", "สถาบันการเงิน|ในประเทศ"), when the head goes on past its prefix word: a count of the
    qualified run counts the kind it qualifies too. None when no such word follows the prefix word's first word."""
    pos = len(prefix)
    for i, token in enumerate(tokens):
        if i and token.startswith(qualifiers):  # the segmenter glues some: "ใน|ประเทศ" is one word
            return run[:pos]
        pos += len(token)
    return None


def _named_heads(qualifiers: tuple[str, ...]) -> frozenset[str]:
    """The heads of known names before a qualifier word inside them ("กระทรวงการพัฒนาสังคมและความมั่นคง|ของมนุษย์",
    "กองทุนแม่|ของแผ่นดิน"; authority organizations and programmes, organization_names.json): there the word is the
    name's own, and a count of the name is no count of its head."""
    from phakhi.graph.extract.authority import organizations, programs
    from phakhi.graph.extract.names import known_names

    names = {"".join(label.split()) for rows in (organizations(), programs()) for row in rows.values()
             for label in (row.get("th"), *row.get("alt", ())) if label and not label.isascii()}
    heads = set()
    for name in names | known_names():
        for word in qualifiers:
            at = name.find(word, 1)
            while at > 0:
                heads.add(name[:at])
                at = name.find(word, at + 1)
    return frozenset(heads)


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['kinds'])} kinds", per_archive=4000)


if __name__ == "__main__":
    main()
