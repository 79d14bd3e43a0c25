"""A committee's name cut short inside the meeting it holds: "ประชุมคณะกรรมการป้องกันและจัดการปัญหาและข้อร้องเรียน|
ที่เกี่ยวข้องกับธุรกรรมออนไลน์ ครั้งที่ 3/2565", "ประชุม คณะอนุกรรมการขับเคลื่อนการนำเสนอพื้นที่กลุ่มป่าแก่งกระจาน|เป็น
มรดกโลก ครั้งที่ 1/2562".

A committee, a sub-committee or a working group is named by what it does, and what it does often goes on with a word
the corpora mine as going on with the sentence ("ที่", "เป็น", "มา", "ไม่"), where a name found by pattern is cut; the
judges call the cut a boundary error. When the release writes the meeting word right before the committee
(not_organizations `sitting_meetings`: ประชุม) and the sitting's number right after the words glued on to the cut
(`sitting_numbers`: ครั้งที่, then a digit), what lies between is the name of the body whose sitting it is: "the
meeting of <X> no. 3/2565". The run is the chunk glued on at the cut, then at most TAIL_CHUNKS chunks after single
spaces that carry the name's numbers ("…ฝุ่นละอองขนาดเล็ก|ไม่เกิน 2.5 ไมครอน (PM2.5)", "…โรค|ไม่ติดต่อ 5 ปี
(พ.ศ.2560-2564)", "…การแพร่ระบาด|ของเชื้อไวรัสโคโรนา 2019 (โควิด-19)"): a number, a bracket, or one Thai word next to a
number (its unit or era word). A bracket the run ends on is left out (an abbreviation of the name, learned as such).
Not when another body, person or place begins in the run ("…ด้านต่างประเทศ|ของกระทรวงอุตสาหกรรม ครั้งที่…": its
parent, a mention of its own), nor when the glued chunk opens with a word that opens the sentence's verb or clause (not_organizations
`sitting_breaks`: "ได้", "จะ", "ซึ่ง"; not "ไม่", which goes on a task: "…|ไม่เกิน 2.5 ไมครอน").
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.document import Doc
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_not_organizations

GLUED_RUN = 60  # letters of the chunk glued on at the cut a name runs on through
TAIL_CHUNKS = 4  # chunks after single spaces, carrying the name's numbers, between the glued chunk and the sitting
MEETING_REACH = 30  # characters before the name read for the meeting word ("เป็นประธานการประชุม |คณะ…")
_GLUED = re.compile(r"[^\s()\[\]“”\"',:;/]+")
_CHUNK = re.compile(r" (\([^()\n]{1,40}\)|[^\s()“”\"',;]{1,20})")
DIGIT = re.compile(r"[\d๐-๙]")
BRACKET = re.compile(r"\(.*\)")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], re.Pattern[str], frozenset[str]]:
    data = load_not_organizations()
    numbers = "|".join(map(re.escape, data["sitting_numbers"]))
    return (tuple(data["sitting_meetings"]), re.compile(r"\s{0,2}(?:" + numbers + r")\s?[\d๐-๙]"),
            frozenset(data["sitting_breaks"]))


@lru_cache(maxsize=1)
def sitting_number_word() -> re.Pattern[str]:
    """The words that number a sitting (`sitting_numbers`: "ครั้งที่"), found anywhere in a run."""
    return re.compile("|".join(map(re.escape, load_not_organizations()["sitting_numbers"])))


def _meeting_before(text: str, start: int) -> bool:
    """Is the meeting word written right before `start` ("ประชุม", "การประชุม ")?"""
    meetings = _words()[0]
    return text[max(0, start - MEETING_REACH):start].rstrip(" ").endswith(meetings)


def numbered_chunk(chunks: list[str], index: int) -> bool:
    """May chunk `index` of the tail be the name's: a number, a bracket, or a Thai word beside a number chunk?"""
    chunk = chunks[index]
    if DIGIT.search(chunk) or BRACKET.fullmatch(chunk):
        return True
    beside = [chunks[i] for i in (index - 1, index + 1) if 0 <= i < len(chunks)]
    return all(is_thai(c) for c in chunk) and any(DIGIT.search(c) and not BRACKET.fullmatch(c) for c in beside)


def sitting_run_on(doc: Doc, start: int, name: str) -> str:
    """`name`, a committee's found by pattern (at `start`), run on through what is glued on at its end (and its numbered
    tail) to the number of the sitting the release writes it holding; else `name` as it is."""
    text, at = doc.text, start + len(name)
    if at >= len(text) or not is_thai(text[at]) or not _meeting_before(text, start):
        return name
    glued = _GLUED.match(text, at)
    if glued is None:
        return name
    inside = sitting_number_word().search(glued.group())  # "…ออนไลน์ครั้งที่ 3/2565": the sitting's number glued on too
    glued_end = at + inside.start() if inside else glued.end()
    if glued_end == at or glued_end - at > GLUED_RUN:
        return name
    _, sitting, breaks = _words()
    words = [w for w in tokenize(text[at:glued_end]) if w.strip()]
    if not words or words[0] in breaks:
        return name  # "…|ได้มีมติ…": the sentence's verb
    chunks, ends, pos = [], [], glued_end
    while len(chunks) < TAIL_CHUNKS and not sitting.match(text, pos):
        chunk = _CHUNK.match(text, pos)
        if chunk is None:
            return name
        chunks.append(chunk.group(1))
        ends.append(chunk.end())
        pos = chunk.end()
    if not sitting.match(text, pos) or not all(numbered_chunk(chunks, i) for i in range(len(chunks))):
        return name
    while chunks and BRACKET.fullmatch(chunks[-1]):
        chunks.pop()
        ends.pop()  # "…(PM2.5) (กปฝ.)": the name's abbreviation, learned as such, is no part of it
    end = ends[-1] if ends else glued_end
    if doc.starting_in(at, end, ("organization", "person", "place")):
        return name  # "…ด้านต่างประเทศ|ของกระทรวงอุตสาหกรรม": the committee's parent, a mention of its own
    return text[start:end]
