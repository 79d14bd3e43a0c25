"""Where a programme's name runs on across a space past the end the rules give it, because the corpora write the
longer name as one: "โครงการรถไฟความเร็วสูง| เชื่อม 3 สนามบิน", "กองทุนส่งเสริมและพัฒนาคุณภาพชีวิต| คนพิการ",
"โครงการก่อสร้างทางรถไฟ| สายเด่นชัย-เชียงราย-เชียงของ". The continuations (program_continuations) run a name on with a
piece written after it in most of the releases that write it; a name that also stands alone in many releases
("โครงการรถไฟความเร็วสูง" of several lines) never gets there. A cut name is a prefix of a longer one that recurs:
written, spaces aside, in several releases, after different words (not one paragraph copied from release to release)
and followed by different words (it ends there). ontology/th/program_recurring.json lists such names (mined by
scripts/mine_program_recurring.py); the extractor runs a name on to the longest the text writes, piece by piece."""

from __future__ import annotations

from functools import lru_cache

from phakhi.graph.extract.program_aliases import OR
from phakhi.graph.extract.program_continuations import MAX_CONTINUED, continuation_piece
from phakhi.graph.extract.program_words import mined_tails, prefix_pattern, program_data, word_sets
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import tokenize
from phakhi.ontology import load_mined, load_months

MAX_RECURRING = MAX_CONTINUED + 1  # pieces a recurring name holds past the rules' end at most (the miner's reach)


@lru_cache(maxsize=1)
def recurring_names() -> frozenset[str]:
    """The longer names the corpora write whole, spaces left out (program_recurring.json "names": [name, releases,
    different words before, different pieces after])."""
    return frozenset(row[0] for row in load_mined("program_recurring.json").get("names", ()))


def _piece_ok(piece: str) -> bool:
    """May `piece` be part of a longer name: it holds no second name ("… โครงการ…"), opens no other name of it ("…|
    หรือ กอช.": program_aliases reads those) and holds no word of a clause (a word that ends names: program_patterns.json
    stops, the mined tails: "… ประจำปี…", "…อย่างต่อเนื่อง"), and is no phase in words ("… ระยะสั้น": the phase rules,
    program_patterns.json "worded_phases", tell one stage from one of a list: "…| ระยะสั้น ระยะกลาง และระยะยาว")?"""
    words = [w for w in tokenize(piece) if not w.isspace()]
    sentence = frozenset(program_data()["stops"]) | mined_tails()[0]
    phrases = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 3, len(words)) + 1)}
    phases = tuple(program_data()["worded_phases"]["words"])
    return bool(words) and words[0] != OR.strip() and not piece.lstrip().startswith(phases) and not prefix_pattern().search(piece) and not word_sets()[0] & set(words) \
        and not sentence & phrases


def _dated(text: str, end: int) -> bool:
    """Does a number end the name at `end` with a month after it ("…6 รอบ 28| กรกฎาคม 2567"): a date, not the name's?"""
    return text[end - 1:end].isdigit() and text.startswith(tuple(" " + m for m in load_months()["months"]), end)


def recurring_end(text: str, start: int, end: int, tail_ok=lambda start, end: True) -> int:
    """Where a name the rules end at `end` ends when the text goes on, across a space and piece by piece
    (`continuation_piece`), to a longer name the corpora write whole (`recurring_names`): the longest such, unless it
    ends on a word no name ends on or `tail_ok` refuses what it takes (a body, person or programme named there);
    `end` otherwise."""
    names = recurring_names()
    if not names or end >= len(text) or text[end] != " ":
        return end
    best, at = end, end
    for _ in range(MAX_RECURRING):
        piece = continuation_piece(text, at)
        if piece is None or not piece.startswith(" ") or not _piece_ok(piece):
            break
        at += len(piece)
        if normalize_label(text[start:at]).replace(" ", "") in names:
            best = at
    if best == end:
        return end
    stops, _, not_last = word_sets()
    last = [w for w in tokenize(text[end:best]) if not w.isspace()][-1]
    return best if last not in not_last | stops and not _dated(text, best) and tail_ok(end + 1, best) else end
