"""Mine ontology/th/org_runs.json: organization names the corpora write whole, glued on past a word that usually goes
on with the sentence ("คณะกรรมการควบคุมการเรี่ยไร|ของหน่วยงานของรัฐ", "คณะทำงานพัฒนาและส่งเสริมอาชีพผู้กระทำผิด|อย่างยั่งยืน"):
the extractor cuts a name where such a word ("ของ", "อย่าง", "ที่") begins, and the judges call the cut a boundary
error when the corpora write the longer name whole again and again.

    python scripts/mine_org_runs.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 100000

For every run of letters begun by an organization prefix word (org_patterns.jsonl; not inside an authority name nor
splitting a word) and ended by a space, bracket or punctuation mark, the script finds its head: the run cut where the
first word that goes on with the sentence (names.sentence_words: mined cut words, stop words) begins after the prefix
word. It counts, per run and per head, the releases writing it. A run longer than its head is a whole name when it is
written in MIN_RELEASES releases or more and in at least one in SHARE of the releases writing a run with that head
(the head's usual continuation, not one sentence of many: "คณะกรรมการพิจารณา|แล้ว…" goes on every way), no word of
it after the prefix word ends a name's run, counts or spreads bodies (not_organizations "ends", "generic_before", "generic_after":
"แล้ว", "ทุก", "ทั่วประเทศ": "สำนักงานจัดหางานจังหวัด|ทุกจังหวัด" is every office), it lists no bodies in general
("…|และหน่วยงานที่เกี่ยวข้อง") and it ends on a word of its own, not a function word ("กองพันทหารราบที่" waits for its
number). About 100 s of CPU for the whole corpora (--per-archive 100000: 83,704 releases), the run that made the
shipped file.
Names the authority file knows are matched before any pattern and are left out.

The releases read are a stride of each archive (--per-archive of them), skipping every release a --skip archive holds
(the audit samples).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from mining import run_archive_miner, strided_texts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_runs.json"
MIN_RELEASES = 3  # releases writing the whole run
SHARE = 2  # ... at least one in SHARE of the releases writing a run with its head


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    from mine_org_kinds import _RUN_END, RUN_REACH

    from phakhi.graph.extract.authority import gazetteer
    from phakhi.graph.extract.organizations import _prefix_pattern, _splits_prefix
    from phakhi.graph.text.thai import is_thai

    runs: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    heads_of: dict[str, str] = {}
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        covered = {i for h in gazetteer().candidates(text) if h.entry.kind == "organization" for i in range(h.start, h.end)}
        seen_runs, seen_heads = set(), set()
        for m in _prefix_pattern().finditer(text):
            start = m.start()
            if start in covered or (start > 0 and is_thai(text[start - 1]) and _splits_prefix(text, start, m.end())):
                continue
            end_m = _RUN_END.search(text, m.end(), m.end() + RUN_REACH)
            if end_m is None or end_m.start() - m.end() < 2:
                continue
            run = text[start:end_m.start()]
            if not all(is_thai(ch) or ch.isdigit() or ch == "-" for ch in run):
                continue
            head = head_of(run, m.end() - start)
            seen_heads.add(head)
            if head != run:
                seen_runs.add(run)
                heads_of[run] = head
        runs.update(seen_runs)
        heads.update(seen_heads)
        if read % 5000 == 0:
            print(f"{read} releases", file=sys.stderr)
    return select({r: [n, heads[heads_of[r]]] for r, n in runs.items()
                   if n >= MIN_RELEASES and n * SHARE >= heads[heads_of[r]]}, read)


def head_of(run: str, prefix_end: int) -> str:
    """`run` cut where the first word that goes on with the sentence begins after its prefix word (ending at
    `prefix_end`), as the extractor cuts it: "คณะกรรมการควบคุมการเรี่ยไร|ของ…"; the whole run when none does."""
    from phakhi.graph.extract.names import sentence_words
    from phakhi.graph.text.thai import tokenize

    pos = prefix_end
    for index, token in enumerate(tokenize(run[prefix_end:])):
        if index and token in sentence_words():
            return run[:pos]
        pos += len(token)
    return run


def select(evidence: dict[str, list[int]], read: int) -> dict:
    """The whole names among runs with their evidence [releases writing the run, releases writing a run with its
    head]: the run is no sentence going on or kind of body (after its prefix word no word that ends a name's run,
    counts or spreads bodies: not_organizations "ends", "generic_before", "generic_after"; no "และ" before a word for
    bodies in general, "…และหน่วยงานที่เกี่ยวข้อง"), and it ends on a word of its own, not a function word ("…ของ")."""
    from phakhi.graph.extract.names import sentence_words
    from phakhi.graph.extract.organizations import _prefix_pattern
    from phakhi.graph.text.thai import tokenize
    from phakhi.ontology import load_not_organizations

    data = load_not_organizations()
    stop = set(data["ends"]) | set(data["generic_before"]) | set(data["generic_after"])
    collectives, dangling = set(data["collectives"]), sentence_words() | set(data["inside_ok"])

    def whole(run: str) -> bool:
        prefix = _prefix_pattern().match(run)
        words = [t for t in tokenize(run[prefix.end() if prefix else 0:]) if t.strip()]
        listed = any(a == "และ" and b in collectives for a, b in zip(words, words[1:]))
        return bool(words) and not stop & set(words) and not listed and words[-1] not in dangling

    names = sorted(r for r, (n, head) in evidence.items() if n >= MIN_RELEASES and n * SHARE >= head and whole(r))
    return {"_doc": (f"Mined by scripts/mine_org_runs.py from {read} releases of the thaigov v1 and v2 corpora (every "
                     "release but the audit samples'): runs of letters begun by an organization prefix word, glued on "
                     "past a word that usually goes on with the sentence, that the corpora write whole in at least "
                     f"{MIN_RELEASES} releases and in at least one in {SHARE} of those writing a run cut at the same "
                     "word, adding no word that ends, counts or spreads a name, and ending on a word of their own. "
                     "graph/extract/organizations.py runs a name on to such a run when the text writes it whole."),
            "names": names,
            "evidence": {r: evidence[r] for r in names}}


def main() -> None:

    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} names", per_archive=2000)


if __name__ == "__main__":
    main()
