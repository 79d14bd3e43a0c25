"""A name cut before the tail that ends it: the extractor ends an organization's name at a space, and what a space is
followed by is as often the sentence, a count or a second body of a list as the name's own part. Two tails the judges
call a cut before (a boundary error) when they are the name's:
- a number (and the word after it): "มูลนิธิอนุรักษ์ป่ารอยต่อ| 5 จังหวัด", "ศูนย์ฝึกโรงเรียนจิตอาสา| 904",
  "คณะกรรมการร่วมภาคเอกชน| 3 สถาบัน", "…ขนาดเล็กไม่เกิน| 2.5 ไมครอน" (ontology/th/org_numbered_tails.json, mined by
  scripts/mine_org_numbered_tails.py);
- a part begun by "และ" (or a place and such a part): "คณะกรรมการติดตามการดำเนินงานตามนโยบายรัฐบาล| และข้อสั่งการ
  นายกรัฐมนตรี", "องค์การเพื่อการส่งเสริมความเสมอภาคระหว่างเพศ| และเพิ่มพลังของผู้หญิงแห่งสหประชาชาติ", UN Women's
  translated name (ontology/th/org_joined_tails.json, mined by scripts/mine_org_joined_tails.py; a list of two bodies
  is written spaced, a body's name glued too).
Which ones is the corpora's word, not a rule's: a real name recurs with the same boundaries across releases, a cut one
is a prefix of a longer string that recurs. The miners (sharing scripts/org_tails_mining.py) list the names written
with such a tail in 3 releases or more and in at least half of those writing the run before it, a run the extractor
gives as a body written alone. A name found by pattern that is such a run runs on to the longest of them the text
spells out right there, ending where a word ends (`_Kind.goes_on`), unless the tail's guard (`_Kind.cut`) says the
added part is another mention of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from phakhi.graph.extract.document import Doc
from phakhi.ontology import load_mined

AND = "และ"
NUMBERED, JOINED = "numbered", "joined"


def _numbered_cut(doc: Doc, start: int, name: str, whole: str) -> bool:
    """"…| 2019 กระทรวงสาธารณสุข": a person or another body begins in the added part, a mention of its own."""
    return bool(doc.starting_in(start + len(name), start + len(whole), ("organization", "person")))


def _joined_cut(doc: Doc, start: int, name: str, whole: str) -> bool:
    """"…| และกระทรวง…": a second body begins the part (or right after its "และ"), a person is written in it, or a body
    or programme begun in it goes on past its end. A body named inside the part ("…ของผู้หญิง|แห่งสหประชาชาติ") is the
    name's, as mined whole."""
    tail, end = start + len(name) + 1, start + len(whole)
    return bool(doc.starting_in(tail, tail + len(AND) + 1, ("organization",)) or doc.covered(start, end, ("person",))
                or any(o.nend > end for o in doc.starting_in(tail, end, ("organization", "program"))))


@dataclass(frozen=True)
class _Kind:
    data: str  # the mined file its rows are read from
    goes_on: re.Pattern[str]  # the text after the whole name going on, so it does not end there
    cut: Callable[[Doc, int, str, str], bool]  # the added part is a mention of its own: no run-on


_KINDS = {
    # glued on, a list's item, a range ("…พื้นที่ 1-10")
    NUMBERED: _Kind("org_numbered_tails.json", re.compile(r"[\d\u0e01-\u0e4e)]|\s?[-–]\s?\d"), _numbered_cut),
    # glued on: a longer word, another name
    JOINED: _Kind("org_joined_tails.json", re.compile(r"[\d\u0e01-\u0e4e\-]"), _joined_cut),
}


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    """(name, kind) of every mined row of every tail kind, sorted by name."""
    return tuple(sorted((row[0], kind) for kind, spec in _KINDS.items()
                        for row in (load_mined(spec.data) or {}).get("names", ())))


def tail_run_on(doc: Doc, start: int, name: str) -> tuple[str, str | None]:
    """`name` (at `start`) run on to the longest mined name that is `name`, a space and a tail, that the text writes
    there, not going on (its kind's `goes_on`), and the kind of the tail (NUMBERED, JOINED); else (`name`, None).
    The tail after the space is a number or Thai letters, so only one kind's rows can match at one place."""
    rows, text = _rows(), doc.text
    if not name or not rows:
        return name, None
    best, head = None, name + " "
    for at in range(bisect_left(rows, (head,)), len(rows)):
        whole, kind = rows[at]
        if not whole.startswith(head):
            break
        if text.startswith(whole, start) and not _KINDS[kind].goes_on.match(text, start + len(whole)) \
                and (best is None or len(whole) > len(best[0])):
            best = whole, kind
    if best is None or _KINDS[best[1]].cut(doc, start, name, best[0]):
        return name, None
    return best
