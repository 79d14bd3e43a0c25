"""Where a release carries a programme's name on past the end the rules give it: the same piece written right after
every one of the name's mentions ("5) โครงการสินเชื่อบ้านมั่งมี| ศรีสุข อัตรา…" and "5. …| ศรีสุข (กรอบวงเงิน…"). The
corpora's continuations (program_continuations) teach this for names written in many releases; a name written in
one release only has its own mentions to tell a qualifier it never leaves off from the sentence it sits in."""

from __future__ import annotations

import re

from phakhi.graph.extract.program_continuations import continuation_piece
from phakhi.graph.extract.program_ends import phase_at, places_or_runs
from phakhi.graph.extract.program_words import prefix_pattern, word_sets
from phakhi.graph.text.thai import tokenize

REPEATED_MIN = 2  # mentions of a name that all go on with the same piece before the piece is read as the name's
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
    with a word that ends a name or that no name ends on (a stop or a linking word: "…|ภายใต้…", "…| ณ …", "…|
    ภายในอุทยาน…") or with a place or a body ("…| จังหวัดแม่ฮ่องสอน": where it runs, not which one); or when
    `tail_ok` refuses its span (a body, person or programme found there)."""
    name = text[start:end]
    pieces, afters, befores, mentions = set(), set(), set(), 0
    at = text.find(name) if name.strip() else -1
    while at != -1:
        piece = continuation_piece(text, at + len(name))
        if piece is None:
            return end
        pieces.add(piece)
        after = at + len(name) + len(piece)
        afters.add(text[after:after + CONTEXT])
        befores.add(text[max(0, at - CONTEXT):at])
        mentions += 1
        at = text.find(name, at + len(name))
    if mentions < REPEATED_MIN or len(pieces) != 1 or len(afters) < 2 or len(befores) < 2:
        return end
    piece = pieces.pop()
    word = piece.lstrip(" ")
    first = tokenize(word)[0]
    if prefix_pattern().search(word) or word[0].isdigit() or _NUMBER_NEXT.match(text, end + len(piece)) \
            or first in word_sets()[0] or first in word_sets()[2] or places_or_runs(first) \
            or not tail_ok(end + (piece[0] == " "), end + len(piece)):
        return end
    phase = phase_at(text, end + len(piece))  # "…มั่งมี| ศรีสุข| ระยะที่ 2": the name's, as at a run's end
    return phase.end() if phase else end + len(piece)
