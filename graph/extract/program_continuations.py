"""Where the corpora carry a name on past the end the rules give it: a name they write with a space inside
("มาตรการพักทรัพย์ พักหนี้", program_names.json "spaced"), and `continued_end`, the one run-on to the longer name the
corpora write, from three mined lists: the pieces they write right after a name in most of its releases
("โครงการเรา" + "ไม่ทิ้งกัน", program_continuations.json "continuations"), the whole rest of a name the corpora write
with the same words in several releases, with different words after and before it, though it holds a word that ends
names or is long ("โครงการส่งเสริมสถานประกอบกิจการให้มีระบบบริหารจัดการ" + "ที่ดีด้านแรงงานสัมพันธ์และสวัสดิการแรงงาน",
"whole"), and the longer names the corpora write whole where a release cuts them at a space (program_recurring.json
"names": "โครงการรถไฟความเร็วสูง| เชื่อม 3 สนามบิน", "กองทุนส่งเสริมและพัฒนาคุณภาพชีวิต| คนพิการ"): a name that also
stands alone in many releases ("โครงการรถไฟความเร็วสูง" of several lines) is no continuation, but is a prefix of a
longer one that recurs, after different words and followed by different words. Kept apart from the rules of a run's
end: these read only what the corpora taught, and the miners (scripts/mine_program_continuations.py,
scripts/mine_program_recurring.py, sharing scripts/program_run_on_mining.py) rebuild the data by asking the rules
where names end, with the list they rebuild set aside."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.counts import count_unit_at, counted_number
from phakhi.graph.extract.program_quoted import loose_end, word_ends_at
from phakhi.graph.extract.program_words import (NAME_RUN, OR, count_after, mined_tails, prefix_pattern, program_data,
                                                word_sets)
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import is_thai, tokenize
from phakhi.ontology import load_mined, load_months


@lru_cache(maxsize=1)
def _spaced() -> dict[str, tuple[str, ...]]:
    """Names the corpora write with one space inside ("โครงการออมขวัญ ปันสุข"), by their first piece (mined by
    scripts/mine_programs.py; normalised)."""
    found: dict[str, list[str]] = {}
    for name in load_mined("program_names.json").get("spaced", ()):
        found.setdefault(name.split(" ", 1)[0], []).append(name)
    return {first: tuple(sorted(names, key=len, reverse=True)) for first, names in found.items()}


def spaced_end(text: str, start: int, end: int) -> int | None:
    """Where a name the corpora write with a space inside ends, when [start, end) is its first piece and the text
    goes on with the rest after one space or a run of them (a no-break space is one after normalising, and a
    release that pads "มั่งมี  ศรีสุข" with two writes the same name); None otherwise."""
    gap = _GAP.match(text, end)
    if not gap:
        return None
    for name in _spaced().get(normalize_label(text[start:end]), ()):
        rest = name.split(" ", 1)[1]
        if text.startswith(rest, gap.end()) and not is_thai(text[gap.end() + len(rest):gap.end() + len(rest) + 1]):
            return gap.end() + len(rest)
    return None


_GAP = re.compile(r" {1,3}")  # a longer run lays out a table or a page, not the space inside a name


@lru_cache(maxsize=1)
def mined_continuations() -> dict[str, frozenset[str]]:
    """{a name as the rules end it: the pieces the corpora write right after it in most of the releases that write it}
    ("โครงการเรา" -> "ไม่ทิ้งกัน", "โครงการรถไฟฟ้าสายสีเขียว" -> " ช่วงหมอชิต-สะพานใหม่-คูคต"), mined by
    scripts/mine_program_continuations.py; names normalised. The file is read once (`load_mined`) for this table and
    `mined_whole`'s."""
    found: dict[str, set[str]] = {}
    for name, piece, *_ in load_mined("program_continuations.json").get("continuations", ()):
        found.setdefault(name, set()).add(piece)
    return {name: frozenset(pieces) for name, pieces in found.items()}


MAX_CONTINUED = 3  # pieces a name may run on with, one after another ("โครงการโคก" + " หนอง" + " นา")
_PIECE_NUMBER = re.compile(r" ?\d[\d.]*$")
_NUMBER_GOES_ON = re.compile(r"[,.]?\d")
_LEADING_NUMBER = re.compile(r"\d[\d,.]*(?<![,.])")


def _counted_at(text: str, at: int) -> int | None:
    """Where the number written at `at` ends when it is a count (counts.counted_number: a unit or classifier after
    it), else None: the one reading of a count after a name its run-on readers share."""
    number = _LEADING_NUMBER.match(text, at)
    return number.end() if number and counted_number(text, at, number.end()) else None


def continuation_piece(text: str, end: int) -> str | None:
    """The piece a name ending at `end` could run on with: the rest of the run it ends inside ("โครงการเรา|ไม่ทิ้งกัน"),
    or one space and the run after it ("โครงการเดิน| วิ่ง"); None at punctuation or a line's end, or where the piece
    is a number cut out of a longer one ("10|,000") or a count ("3 ล้านบาท", and a number with a unit or classifier
    the count module reads a count by: "โครงการบรรพชาอุปสมบท| 99 รูป", counts.counted_number)."""
    if end >= len(text):
        return None
    at = end + 1 if text[end] == " " else end
    if at >= len(text) or not (is_thai(text[at]) or text[at].isalnum()):
        return None
    piece = text[end:NAME_RUN.match(text, at).end()]
    if piece.strip() and _PIECE_NUMBER.fullmatch(piece) and (_NUMBER_GOES_ON.match(text, end + len(piece))
                                                             or count_after().match(text, end + len(piece))):
        return None
    if _counted_at(text, at) is not None:  # "…| 99 รูป", "…| 97รูป": the count's, not the name's
        return None
    return piece if piece.strip() else None


def continued_end(text: str, start: int, end: int, tail_ok=lambda start, end: True) -> int:
    """Where a name the rules end at `end` ends when the text goes on to a longer name the corpora write: with the
    pieces and whole rests written after that name in most of its releases (`_mined_end`), over the count the name is
    written with (`counted_end`: "โครงการร้านข้าวแกง| 20 บาท") and on from it, then across a space to the longest longer
    name the corpora write whole (`_recurring_end`) and its count, each kind with its own guards; `end` when it does
    not. The one run-on of a name to its corpora's longer name (program_ends.name_end calls it)."""
    end = _mined_end(text, start, end, tail_ok)
    counted = counted_end(text, start, end, tail_ok)
    if counted > end:
        end = _mined_end(text, start, counted, tail_ok)
    further = _recurring_end(text, start, end, tail_ok)
    return counted_end(text, start, further, tail_ok) if further > end else end


def count_piece(text: str, end: int) -> str | None:
    """The count written right after a name ending at `end`, after at most one space: a number with the unit or
    classifier the count module reads a count by (counts.counted_number), as written (" 20 บาท", " 97รูป"); None when
    no count follows."""
    at = end + 1 if text.startswith(" ", end) else end
    number_end = _counted_at(text, at)
    if number_end is None:
        return None
    unit = count_unit_at(text, number_end)
    return text[end:unit] if unit is not None else None


@lru_cache(maxsize=1)
def named_counts() -> dict[str, frozenset[str]]:
    """{a name as the extractor ends it: the counts the corpora write right after it in most of the releases that write
    it, as written} ("โครงการร้านข้าวแกง" -> " 20 บาท"; program_counts.json "counts", mined by
    scripts/mine_program_counts.py; names normalised)."""
    found: dict[str, set[str]] = {}
    for name, count, *_ in load_mined("program_counts.json").get("counts", ()):
        found.setdefault(name, set()).add(count)
    return {name: frozenset(counts) for name, counts in found.items()}


def counted_end(text: str, start: int, end: int, tail_ok=lambda start, end: True) -> int:
    """Where a name ending at `end` ends when the text goes on with the count the corpora write it with
    (`named_counts`: a price, a number of kinds or of monks the programme is named by, not the sentence's count, which
    changes from release to release), to a word's end; `end` otherwise."""
    counts = named_counts().get(normalize_label(text[start:end])) if named_counts() else None
    piece = count_piece(text, end) if counts else None
    if piece is None or piece not in counts:
        return end
    further = end + len(piece)
    if further < len(text) and is_thai(text[further]) and not word_ends_at(text, end + (piece[0] == " "), further):
        return end
    return further if tail_ok(end + (piece[0] == " "), further) else end


def _mined_end(text: str, start: int, end: int, tail_ok=lambda start, end: True) -> int:
    """Where a name the rules end at `end` ends when the text goes on with a piece the corpora write after that name
    in most of its releases (`mined_continuations`), piece after piece, or with a whole rest (`whole_end`); `end` when
    it does not."""
    continued = mined_continuations()
    for _ in range(MAX_CONTINUED if continued or mined_whole() else 0):
        pieces = continued.get(normalize_label(text[start:end]))
        piece = continuation_piece(text, end) if pieces else None
        if piece is None or piece not in pieces or not tail_ok(end + (piece[0] == " "), end + len(piece)):
            whole = whole_end(text, start, end, tail_ok)
            if whole == end:
                break
            end = whole
            continue
        end += len(piece)
    return end


@lru_cache(maxsize=1)
def mined_whole() -> dict[str, tuple[str, ...]]:
    """{a name as the rules end it: the whole rests the corpora write after it, spaces left out, longest first}
    (program_continuations.json "whole", mined by scripts/mine_program_continuations.py; names normalised)."""
    found: dict[str, set[str]] = {}
    for name, rest, *_ in load_mined("program_continuations.json").get("whole", ()):
        found.setdefault(name, set()).add(rest.replace(" ", ""))
    return {name: tuple(sorted(rests, key=len, reverse=True)) for name, rests in found.items()}


def whole_end(text: str, start: int, end: int, tail_ok=lambda start, end: True) -> int:
    """Where a name the rules end at `end` ends when the text goes on (after at most one space) with a whole rest the
    corpora write after it (`mined_whole`), spaces aside and a tone mark for another, to a word's end; `end` when it
    does not."""
    rests = mined_whole().get(normalize_label(text[start:end]), ())
    at = end + 1 if text.startswith(" ", end) else end
    for rest in rests:
        further = loose_end(text, at, rest)
        if further is None or further < len(text) and is_thai(text[further]) and not word_ends_at(text, at, further):
            continue
        if tail_ok(at, further):
            return further
    return end


MAX_RECURRING = MAX_CONTINUED + 1  # pieces a recurring name holds past the rules' end at most (the miner's reach)


@lru_cache(maxsize=1)
def recurring_names() -> frozenset[str]:
    """The longer names the corpora write whole, spaces left out (program_recurring.json "names": [name, releases,
    different words before, different pieces after], mined by scripts/mine_program_recurring.py)."""
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
    return bool(words) and words[0] != OR.strip() and not piece.lstrip().startswith(phases) \
        and not prefix_pattern().search(piece) and not word_sets()[0] & set(words) and not sentence & phrases


def _dated(text: str, end: int) -> bool:
    """Does a number end the name at `end` with a month after it ("…6 รอบ 28| กรกฎาคม 2567"): a date, not the name's?"""
    return text[end - 1:end].isdigit() and text.startswith(tuple(" " + m for m in load_months()["months"]), end)


def _count_follows(text: str, start: int, at: int) -> bool:
    """Does a count follow `at` after one space ("…เฉลิมพระชนมพรรษา| 6 รอบ"), not the one the name is written with
    (`counted_end`)? A longer name run on to there would end before a count the run-on may not take
    (`continuation_piece`), cut inside "…6 รอบ" or at the sentence's count."""
    return text.startswith(" ", at) and _counted_at(text, at + 1) is not None and counted_end(text, start, at) == at


def _recurring_end(text: str, start: int, end: int, tail_ok=lambda start, end: True) -> int:
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
        if normalize_label(text[start:at]).replace(" ", "") in names and not _count_follows(text, start, at):
            best = at
    if best == end:
        return end
    stops, _, not_last = word_sets()
    last = [w for w in tokenize(text[end:best]) if not w.isspace()][-1]
    return best if last not in not_last | stops and not _dated(text, best) and tail_ok(end + 1, best) else end
