"""Mine ontology/th/org_units.json: the names of units that the releases write with their parent body's name right after
them ("สำนักงานปลัด|กระทรวงกลาโหม", "สำนักงานเลขาธิการ|วุฒิสภา", "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก"): alone,
such a name is one unit of many bodies, and the judges call it cut short.

    python scripts/mine_org_units.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar \
        --skip v2-sample.tar --per-archive 100000

For every run begun by an organization prefix word (org_patterns.jsonl) the script finds where a parent body's name
begins: glued to the run at a word's start, or after one space right after it (an authority organization's name or
abbreviation: "ฝ่ายเลขานุการ กนศ.", or
a prefix word other than a unit's own "กลุ่ม", "ฝ่าย", and other than the run's own prefix word: "กรม… กรม…" is a
list). It counts, per name before the parent, the releases writing it and those writing it with a parent, and the
parents met (an authority body counted as the body right under the top of its chain of parents: a ministry, a
chamber of the National Assembly; a department's ministry and that
ministry's other bodies are one parent). A name written with a parent in at least one in SHARE of its releases, in MIN_RELEASES releases or more,
with at least MIN_PARENTS different parents (a unit many bodies have, not one body's usual neighbour) is a unit; so is
one written with a parent in one in MANY_SHARE of its releases and with MANY_PARENTS or more different parents.
Names the authority file knows are matched before any pattern and are left out.

The releases read are a stride of each archive (--per-archive of them), skipping every release a --skip archive holds
(the audit samples). About 20 s of CPU for 4,000 releases; 105 s for the whole corpora (--per-archive 100000:
83,704 releases), the run that made the shipped file.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from mining import run_archive_miner, run_end, run_stop, strided_texts

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_units.json"
MIN_RELEASES = 4  # releases writing a name before it may be a unit (three: a department and its ministry in a list)
SHARE = 2  # ... written with a parent in at least one in SHARE of them
MIN_PARENTS = 2  # ... with this many different parents
MANY_PARENTS = 8  # ... or, with this many different parents,
MANY_SHARE = 3  # ... written with a parent in at least one in MANY_SHARE of its releases
UNIT_PREFIXES = ("กลุ่ม", "ฝ่าย")  # heads of units themselves: no parent begins with them


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:

    uses: Counter[str] = Counter()
    parented: Counter[str] = Counter()
    parents: dict[str, set[str]] = defaultdict(set)
    read = 0
    for text in strided_texts(paths, skip_paths, per_archive):
        read += 1
        used, withparent = set(), set()
        for name, _prefix, parent in written_units(text):
            used.add(name)
            if parent:
                withparent.add(name)
                parents[name].add(parent)
        uses.update(used)
        parented.update(withparent)
        if read % 500 == 0:
            print(f"{read} releases", file=sys.stderr)
    return select({n: [parented[n], uses[n], len(parents[n])] for n in uses
                   if uses[n] >= MIN_RELEASES and len(parents[n]) >= MIN_PARENTS}, read)


def written_units(text: str) -> list[tuple[str, str, str | None]]:
    """Every run of `text` begun by an organization prefix word, as (its name, its prefix word, the parent body written
    right after it or None): the pass mine_org_units.py and mine_org_functions.py count. A parent is an authority
    body counted as the body right under the top of its chain of parents (`root`), or a run begun by another prefix
    word."""
    from phakhi.graph.extract.authority import gazetteer
    from phakhi.graph.extract.names import sentence_words
    from phakhi.graph.extract.organizations import _prefix_pattern, _splits_prefix
    from phakhi.graph.text.thai import is_thai, tokenize

    hits = gazetteer().candidates(text)
    bodies = sorted((h for h in hits if h.entry.kind == "organization"), key=lambda h: h.start - h.end)
    authority = {h.start: text[h.start:h.end] for h in reversed(bodies)}  # the longest name or abbreviation
    roots = {h.start: root(h.entry.key) for h in reversed(bodies)}
    covered = {i for h in hits if h.entry.kind == "organization" for i in range(h.start, h.end)}

    def body_at(pos: int) -> int | None:
        """The end of an organization's name beginning at `pos` (an authority name, or a run begun by a prefix
        word other than a unit's own), if one begins there."""
        if pos in authority:
            return pos + len(authority[pos])
        m = _prefix_pattern().match(text, pos)
        if m and m.group() not in UNIT_PREFIXES:
            end = run_end(text, m.end(), 30)
            return m.end() + 30 if end is None else end
        return None

    def parent_at(pos: int, own: str) -> str | None:
        """The parent body's name beginning at `pos`, if one does: not one headed by the unit's own prefix word
        `own` ("กรมคุมประพฤติ กรมราชทัณฑ์"), nor one another body's name follows ("กรมการท่องเที่ยว
        การท่องเที่ยวแห่งประเทศไทย สำนักงาน…"): those are lists of bodies."""
        end = body_at(pos)
        if end is None or text.startswith(own, pos):
            return None
        after = end + 1 if text.startswith(" ", end) else end
        return None if body_at(after) is not None else roots.get(pos, text[pos:end])

    found = []
    for m in _prefix_pattern().finditer(text):
        start = m.start()
        if start in covered or (start > 0 and is_thai(text[start - 1]) and _splits_prefix(text, start, m.end())):
            continue  # an authority name, or a word running into the prefix word ("ทรัพยากร|มนุษย์")
        end = run_stop(text, m.end())
        pos, parent = m.end(), None
        for token in tokenize(text[m.end():end]):
            if pos - m.end() >= 2 and (parent := parent_at(pos, m.group())):
                break  # "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร|กรมโรงงานอุตสาหกรรม"
            pos += len(token)
        if parent is None and pos == end and text.startswith(" ", end):
            parent = parent_at(end + 1, m.group())  # "คณะกรรมาธิการการพลังงาน| วุฒิสภา"
        name = text[start:pos]
        if pos - m.end() < 2 or name in _known() or not all(is_thai(ch) for ch in name) or \
                any(t in sentence_words() for t in tokenize(name[m.end() - start:])):
            continue  # an authority body, or a sentence going on ("รัฐบาลโดย…", "บริษัทหรือ…")
        found.append((name, m.group(), parent))
    return found


def root(key: str) -> str:
    """The body right under the top of the authority body `key`'s chain of parents: a department and its ministry
    have one root, so a department written with its ministry, or with a body of that ministry, has one parent
    ("กรมการท่องเที่ยว กระทรวงการท่องเที่ยวและกีฬา"), a unit of many departments many. The top itself (the
    government, the National Assembly) is no one's parent: its ministries, or its two chambers, are the parents
    ("คณะกรรมาธิการการพลังงาน| วุฒิสภา" and "…| สภาผู้แทนราษฎร" are two committees)."""
    from phakhi.graph.extract.authority import parents_of

    chain = (key, *parents_of(key))
    return chain[-2] if len(chain) > 1 else key


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """The authority file's names: matched before any pattern, never mined."""
    from phakhi.graph.extract.authority import organizations

    return frozenset(label for row in organizations().values() for label in (row["th"], *row["alt"]) if label)


def select(evidence: dict[str, list[int]], read: int) -> dict:
    """The units among names with their evidence [releases with a parent, releases, parents]: written with a parent in
    one in SHARE of their releases, or in one in MANY_SHARE when MANY_PARENTS or more different parents follow them
    (a unit nearly every body has, often named alone once its body is: "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", 20)."""
    names = sorted(n for n, (parented, uses, parents) in evidence.items()
                   if uses >= MIN_RELEASES and parents >= MIN_PARENTS and
                   (parented * SHARE >= uses or parents >= MANY_PARENTS and parented * MANY_SHARE >= uses))
    return {"_doc": (f"Mined by scripts/mine_org_units.py from {read} releases of the thaigov v1 and v2 corpora (a stride "
                     "of each archive, none of the audit samples' releases): names found by an organization prefix word "
                     f"that the releases write with a parent body's name right after them (glued or after a space) in at "
                     f"least one in {SHARE} of the {MIN_RELEASES} or more releases writing them (one in {MANY_SHARE} with "
                     f"{MANY_PARENTS} or more parents), with {MIN_PARENTS} or "
                     "more different parents: units of many bodies, named with the one they belong to. "
                     "graph/extract/organizations.py runs such a name on through the parent the text writes after it "
                     "and keeps the unit's own name as a second name only where no other body's unit shares it "
                     "(graph/extract/resolve.py, _unit_of_no_one: a unit of many bodies names none of them alone)."),
            "names": names,
            "evidence": {n: evidence[n] for n in names}}


def main() -> None:

    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} names", per_archive=2000)


if __name__ == "__main__":
    main()
