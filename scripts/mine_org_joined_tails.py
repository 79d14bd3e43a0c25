"""Mine ontology/th/org_joined_tails.json: organization names the corpora write whole with a part after a space that
the extractor ends the name before: a second part joined by "และ" ("สถาบันพัฒนาบุคลากรในอุตสาหกรรมยานยนต์| และชิ้นส่วน
อะไหล่ยานยนต์", a body whose name is "X และ Y") or a place that qualifies it ("ศูนย์อำนวยการแก้ไขสถานการณ์โควิด-19|
กรุงเทพฯ และปริมณฑล"). "X และ Y" is also how two bodies are listed, and a place after a name is as often where the
body is or where it went; only the corpora's recurrence of the whole decides: a real name recurs with the same
boundaries across releases, a cut one is a prefix of a longer string that recurs.

    python scripts/mine_org_joined_tails.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 100000

For every run of letters (digits and a dash inside: "…โควิด-19") begun by an organization prefix word (org_patterns.jsonl;
not inside an authority name nor splitting a word) and ended by one space, the script counts the releases writing the
run (`R`, with anything after the space) and the run with its tail (`R T`): a chunk of Thai letters begun by "และ"
(`R และY`), or a place (a province, "กรุงเทพฯ", "จังหวัด" and a province, or a region of places.json) followed by a
chunk begun by "และ" (`R กรุงเทพฯ และปริมณฑล`), the tail ending at a space, bracket, punctuation mark or line end (a
place alone is not read: the corpora write a unit and its city, "สำนักการแพทย์ กรุงเทพมหานคร", a centre and its
province, "…ภาคใต้ จังหวัดสงขลา", again and again, and the judges call such a pair run together, round 9). It also
counts the releases writing each whole run of letters begun by a prefix word, however ended, to read `R และY` glued
(`RและY`). A longer form is the name (`kept_row`) when written in MIN_RELEASES releases or more and in at least one
in SHARE of those writing its run (the run's usual continuation: a list of two bodies or a place of the sentence goes on every way
after the run), its run adds after the prefix word no word that counts or spreads bodies (not_organizations
`generic_before`, `generic_after`) nor ends on a word that goes on with the sentence (names.sentence_words), the part
after "และ" begins no other body (a prefix word: "…| และกระทรวง…") nor bodies in general (not_organizations
`collectives`: "…| และหน่วยงาน…") nor a word that goes on with the sentence, a `R และY` is written glued in
MIN_RELEASES releases or more too (a body's name is mostly written glued, a list of two bodies or things is written
spaced: "คณะกรรมการสภาสตรีแห่งชาติในพระบรมราชินูปถัมภ์| และพี่น้องประชาชน" 5 releases spaced, none glued;
"องค์การเพื่อการส่งเสริมความเสมอภาคระหว่างเพศ| และเพิ่มพลังของผู้หญิงแห่งสหประชาชาติ", UN Women, both), and the run is a body the extractor gives
written alone (mine_org_runs._head_given). graph/extract/org_tails.py runs a name found by pattern on to the
longest such name the text spells out after it (the counting and the run's filters are org_tails_mining.py's, shared
with mine_org_numbered_tails.py). About 3 minutes of CPU for the whole corpora (83,704 releases), the
run that made the shipped file.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mine_org_runs import _body_at
from mining import run_archive_miner
from org_tails_mining import MIN_RELEASES, RUN_LETTERS, SHARE, count_tails, often, run_kept

from phakhi.ontology import HERE

OUT = HERE / "th" / "org_joined_tails.json"
AND = "และ"
_RUN = re.compile(r"[\u0e01-\u0e4e\-\d]{2,%d}(?= )" % RUN_LETTERS)  # the rest of the run, ended by one space
_GLUED = re.compile(r"[\u0e01-\u0e4e\-\d]{2,%d}(?![\u0e01-\u0e4e\-\d])" % RUN_LETTERS)  # the rest of a whole run
_CHUNK = re.compile(r" ([\u0e01-\u0e4e][\u0e01-\u0e4e\-]{1,40})(?=[\s()\[\]“”\"',:;/.]|$)")  # a chunk after one space


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    tally = count_tails(paths, skip_paths, per_archive, _RUN, tails, glued=_GLUED)
    runs, run_of, glued = tally.runs, tally.run_of, tally.glued
    rows = sorted(row for row in ([f, n, runs[run_of[f]], glued[squeezed(f)]] for f, n in tally.longer.items()
                                  if n >= MIN_RELEASES) if kept_row(row))
    return {"_doc": (f"Mined by scripts/mine_org_joined_tails.py from {tally.read} releases of the thaigov v1 and v2 corpora "
                     "(every release but the audit samples'): organization names written with a part after a space "
                     "that the extractor ends the name before, a part begun by \"และ\" or a place (and a part begun by "
                     f"\"และ\" after it), in at least {MIN_RELEASES} releases and in at least one in {SHARE} of the "
                     "releases writing the run before the space, a run that counts or spreads no bodies and that the "
                     "extractor gives as a body, the part after \"และ\" beginning no other body nor bodies in general. "
                     "Each row: the name, releases writing it, releases writing its run, releases writing it with the "
                     "part begun by \"และ\" glued on (at least " + str(MIN_RELEASES) + " for a name whose first part "
                     "after the space is begun by \"และ\": a body's name is mostly written glued, a list of two bodies "
                     "spaced). "
                     "graph/extract/org_tails.py runs a name on to the longest such name the text spells out."),
            "names": rows}


def tails(text: str, run: str, at: int) -> list[str]:
    """`run` (ended by a space at `at`) with the tail written after it: a chunk begun by "และ", or a place and, after
    it, a chunk begun by "และ" ("… กรุงเทพฯ และปริมณฑล"); a place alone is no tail read (the corpora write a unit and
    its city, "สำนักการแพทย์ กรุงเทพมหานคร", or a centre and its province, "…ภาคใต้ จังหวัดสงขลา", again and again, and
    the judges call the pair run together: round 9). A run ending on no Thai letter ("…-19") has no tail read."""
    from phakhi.graph.text.thai import is_thai

    if not is_thai(run[-1]):
        return []
    first = _CHUNK.match(text, at)
    if first is None:
        return []
    chunk = first.group(1)
    if chunk.startswith(AND) and len(chunk) > len(AND) + 1:
        return [run + " " + chunk]
    if not a_place(chunk):
        return []
    second = _CHUNK.match(text, first.end())
    if second is not None and second.group(1).startswith(AND) and len(second.group(1)) > len(AND) + 1:
        return [run + " " + chunk + " " + second.group(1)]  # "… กรุงเทพฯ และปริมณฑล": the places it serves
    return []  # a place alone after a name is where the body is, or its parent ("สำนักการแพทย์ กรุงเทพมหานคร")


def squeezed(name: str) -> str:
    """`name` with its "และ"-part glued on, as most releases write a body's name: "X และY" -> "XและY"."""
    return name.replace(" " + AND, AND)


def a_place(chunk: str) -> bool:
    """Is `chunk` a province (names.provinces, "กรุงเทพฯ" for กรุงเทพมหานคร), "จังหวัด" and a province, or a region
    (places.json regions)?"""
    from phakhi.graph.extract.names import provinces

    places = _places()
    return chunk in places or chunk.startswith("จังหวัด") and chunk[len("จังหวัด"):] in provinces()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    import json

    from phakhi.graph.extract.names import provinces

    regions = json.loads((HERE / "th" / "places.json").read_text(encoding="utf-8"))["regions"]
    return frozenset(provinces()) | frozenset(r for r in regions if not r.isascii()) | {"กรุงเทพฯ"}


def kept_row(row: list) -> bool:
    """Is `row` ([name, releases writing it, releases writing its run, releases writing it with its "และ"-part glued
    on, `squeezed`]) a name its filters keep (see the module's
    doc)?"""
    from phakhi.graph.extract.names import sentence_words
    from phakhi.graph.text.thai import tokenize
    from phakhi.ontology import load_not_organizations

    name, releases, run_releases, glued_releases = row
    if not often(releases, run_releases):
        return False
    if name.split(" ")[1].startswith(AND) and glued_releases < MIN_RELEASES:
        return False  # written glued in fewer releases: a list of two bodies or things the releases space
        # ("คณะกรรมการสภาสตรีแห่งชาติในพระบรมราชินูปถัมภ์| และพี่น้องประชาชน", 5 releases spaced, none glued)
    data = load_not_organizations()
    chunks = name.split(" ")
    at = next(i for i in range(1, len(chunks)) if chunks[i].startswith(AND) or a_place(chunks[i]))
    for chunk in chunks[at:]:
        if not chunk.startswith(AND):
            continue
        part = chunk[len(AND):]
        first = tokenize(part)[0]
        if _body_at(part) or part.startswith(tuple(data["collectives"])) or first in sentence_words():
            return False  # "…| และกระทรวง…", "…| และหน่วยงาน…": a second body, bodies in general
    return run_kept(" ".join(chunks[:at]))  # "…ทั้ง| และ…": the sentence's


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} names", per_archive=2000)


if __name__ == "__main__":
    main()
