"""Where a release carries a programme's name on past the end the rules give it: the same piece written right after
every one of the name's mentions ("5) โครงการสินเชื่อบ้านมั่งมี| ศรีสุข อัตรา…" and "5. …| ศรีสุข (กรอบวงเงิน…"). The
corpora's continuations (program_continuations) teach this for names written in many releases; a name written in
one release only has its own mentions to tell a qualifier it never leaves off from the sentence it sits in."""

from __future__ import annotations

import re

from phakhi.graph.extract.program_continuations import continuation_piece
from phakhi.graph.extract.program_ends import phase_at, places_or_runs
from phakhi.graph.extract.program_words import mined_tails, prefix_pattern, program_data, stop_pairs, word_sets
from phakhi.graph.text.thai import tokenize

REPEATED_MIN = 2  # mentions of a name that all go on with the same piece before the piece is read as the name's
MENTIONS_READ = 50  # mentions of a name read at most: its first 50 decide (a line of one name written thousands of
# times would make every candidate read every mention: tests/test_hostile.py)
CONTEXT = 12  # letters before a mention and after its piece compared: alike in all, one sentence written twice
# a number after the piece: a phase, edition, year or count ("… ปีการผลิต 2562/63", "… ประจำปีงบประมาณ พ.ศ.2560")
_NUMBER_NEXT = re.compile(r" ?(?:พ\.ศ\. ?)?[\d๐-๙]")


def release_continued_end(text: str, start: int, end: int, tail_ok=lambda start, end: True) -> int:
    """Where a name the rules end at `end` ends when the release writes the same piece (`continuation_piece`: the
    rest of the run, or one space and the next run) right after every one of its mentions, two or more, and the text
    after that piece differs between them ("…บ้านมั่งมี| ศรีสุข …"): a qualifier the release never leaves off is the
    name's. `end` when a mention goes on otherwise or ends there; when the text after the piece, or before the name,
    is alike in all (a headline written again in the lead says nothing: "…กฎหมาย และกองทุนเพื่อการอนุรักษ์ช้างไทย|
    ส่งเสริมสวัสดิภาพ…" in both, one ending its line); when the piece holds another name ("…| หรือโครงการ…"), is or
    precedes a number (a count, a phase: the phase rules' to read: "…| ประจำปีงบประมาณ พ.ศ.2560"); when it opens
    with a word that ends a name (a stop: "…|ภายใต้…", "…| ณ …") or that no name ends on, unless the piece is a
    qualifier (`_qualifier`: "…Sectoral CERT| ด้านการเกษตร", not "…| และ…", "…| ภายในอุทยาน…"), or with a place or
    a body ("…| จังหวัดแม่ฮ่องสอน": where it runs, not which one); or when `tail_ok` refuses its span (a body,
    person or programme found there)."""
    name = text[start:end]
    pieces, afters, befores, mentions = set(), set(), set(), 0
    at = text.find(name) if name.strip() else -1
    while at != -1:
        piece = continuation_piece(text, at + len(name))
        if piece is None:
            return end
        pieces.add(piece)
        if len(pieces) > 1:
            return end  # the mentions go on differently: no piece is the name's
        after = at + len(name) + len(piece)
        afters.add(text[after:after + CONTEXT])
        befores.add(text[max(0, at - CONTEXT):at])
        mentions += 1
        at = text.find(name, at + len(name)) if mentions < MENTIONS_READ else -1
    if mentions < REPEATED_MIN or len(pieces) != 1 or len(afters) < 2 or len(befores) < 2:
        return end
    piece = pieces.pop()
    word = piece.lstrip(" ")
    words = [w for w in tokenize(word) if not w.isspace()]
    first = words[0]
    if prefix_pattern().search(word) or word[0].isdigit() or _NUMBER_NEXT.match(text, end + len(piece)) \
            or first in word_sets()[0] or first in word_sets()[2] and not _qualifier(words) or places_or_runs(first) \
            or not tail_ok(end + (piece[0] == " "), end + len(piece)):
        return end
    phase = phase_at(text, end + len(piece))  # "…มั่งมี| ศรีสุข| ระยะที่ 2": the name's, as at a run's end
    return phase.end() if phase else end + len(piece)


def _qualifier(words: list[str]) -> bool:
    """Do the `words` of a piece that opens with a word no name ends on make a qualifier the name holds: an aspect or a
    phase ("…Sectoral CERT| ด้านการเกษตร", "…ของประเทศ| ระยะเร่งด่วน"), not a linking word (และ, ของ, เพื่อ …: a
    second thing joined, an owner, a purpose: "มาตรการฝ่ายเดียวของไทย| และหลักเกณฑ์…"), a bare head ("…| สาย" before a
    road's code, "…| ด้าน"), a clause ("…| อย่างเคร่งครัด", "…| ภายในอุทยาน…": program_patterns.json stops, stop
    pairs and the mined tails, as the corpus miners read them) or where it runs or who runs it ("…| ระดับจังหวัด": a
    place or a body after the first word)."""
    stops, links, not_last = word_sets()
    if words[0] in links or len(words) < 2 or words[-1] in stops | not_last:
        return False
    sentence = frozenset(program_data()["stops"]) | mined_tails()[0]
    phrases = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 3, len(words)) + 1)}
    return not sentence & phrases and tuple(words[:2]) not in stop_pairs() \
        and not any(places_or_runs(w) for w in words[1:])
