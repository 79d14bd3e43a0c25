"""A call or visit told by its verb: who came and whom they called on, and the talk it was for.

"คณะผู้แทนสภาธุรกิจสหภาพยุโรป-อาเซียน (…: EU-ABC) เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี โดยมีบุคคล
ระดับสูงภาครัฐเข้าร่วมหารือประกอบด้วย นายสมคิด…": the visitors are the subject written before the call verb
(event_words call_verbs), the host the first body or person right after it; the nearest bodies and persons
(events._parties) gave the officials who sat in (judged round 20: "EU-ABC's call on PM; description omits EU-ABC").
"…บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด นำคณะผู้บริหารบริษัทฯ เข้าพบ เพื่อหารือเรื่อง… โดยมี นายสหวัฒน์… ร่วมหารือ":
a talk (event_words call_talks) told after a call verb in the same sentence is the talk the call was for, and takes
the call's sides first too (judged round 22: "หารือ (กรมโรงงานอุตสาหกรรม, …)" "misses Toyota, the visiting party").
(Merging the talk into the call's event was measured and not kept: dev 032's gold types such a call a meeting, and
a call retyped so no longer joins the title's visit.)
"""

from __future__ import annotations

from functools import lru_cache
import re

from phakhi.graph.extract.document import Doc
from phakhi.graph.text.patterns import literal_alternation
from phakhi.graph.extract.event_words import word_set

CALL_REACH = 250  # characters from a call verb to a talk cue told as its purpose (one sentence of a release)
SUBJECT_REACH = 120  # characters before a call verb its subject (a body, or a person and his post) may end within
HOST_GAP = 12  # characters between a call verb and its host's name (a honorific, "กับ", spaces)


@lru_cache(maxsize=1)
def _CALLS() -> re.Pattern[str]:
    return re.compile(literal_alternation(sorted(word_set("call_verbs"), key=len, reverse=True)))


def call_before(text: str, cue_start: int, line_start: int) -> re.Match[str] | None:
    """The last call verb written before a talk cue at `cue_start` on its line, within CALL_REACH, when the cue is
    one of call_talks (callers: a talk told after a call is the call's)."""
    low = max(line_start, cue_start - CALL_REACH)
    last = None
    for m in _CALLS().finditer(text, low, cue_start):
        last = m
    return last


def is_talk(cue: str) -> bool:
    return cue in word_set("call_talks")


def is_call(cue: str) -> bool:
    return cue in word_set("call_verbs")


def call_parties(doc: Doc, verb_start: int, verb_end: int, line_start: int, line_end: int,
                 parties: list[str]) -> list[str]:
    """`parties` with the call's two sides first: the body or person ending nearest before the call verb (within
    SUBJECT_REACH, on its line), then the first one beginning right after it (within HOST_GAP)."""
    low = max(line_start, verb_start - SUBJECT_REACH)
    before = [m for m in doc.starting_in(low, verb_start, ("organization", "person")) if m.nend <= verb_start]
    after = [m for m in doc.starting_in(verb_end, min(line_end, verb_end + HOST_GAP + 1), ("organization", "person"))]
    sides = []
    if before:
        sides.append(max(before, key=lambda m: (m.nend, -m.nstart)).key)
    if after:
        sides.append(min(after, key=lambda m: m.nstart).key)
    return list(dict.fromkeys(sides + parties))

