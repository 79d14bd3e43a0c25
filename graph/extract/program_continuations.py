"""Where the corpora carry a name on past the end the rules give it: a name they write with a space inside
("มาตรการพักทรัพย์ พักหนี้", program_names.json "spaced") and the pieces they write right after a name in most
of its releases ("โครงการเรา" + "ไม่ทิ้งกัน", program_continuations.json "continuations"), and the whole rest of a name
the corpora write with the same words in several releases, with different words after and before it, though it holds
a word that ends names or is long ("โครงการส่งเสริมสถานประกอบกิจการให้มีระบบบริหารจัดการ" + "ที่ดีด้านแรงงานสัมพันธ์
และสวัสดิการแรงงาน", "whole"). Kept apart from the rules of a run's
end: these read only what the corpora taught, and scripts/mine_program_continuations.py rebuilds its data by
asking the rules alone (with this module's data set aside) where names end."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.program_quoted import loose_end, word_ends_at
from phakhi.graph.extract.program_words import NAME_RUN, count_after
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import is_thai
from phakhi.ontology import load_mined


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


def continuation_piece(text: str, end: int) -> str | None:
    """The piece a name ending at `end` could run on with: the rest of the run it ends inside ("โครงการเรา|ไม่ทิ้งกัน"),
    or one space and the run after it ("โครงการเดิน| วิ่ง"); None at punctuation or a line's end, or where the piece
    is a number cut out of a longer one ("10|,000") or a count ("3 ล้านบาท")."""
    if end >= len(text):
        return None
    at = end + 1 if text[end] == " " else end
    if at >= len(text) or not (is_thai(text[at]) or text[at].isalnum()):
        return None
    piece = text[end:NAME_RUN.match(text, at).end()]
    if piece.strip() and _PIECE_NUMBER.fullmatch(piece) and (_NUMBER_GOES_ON.match(text, end + len(piece))
                                                             or count_after().match(text, end + len(piece))):
        return None
    return piece if piece.strip() else None


def continued_end(text: str, start: int, end: int, tail_ok=lambda start, end: True) -> int:
    """Where a name the rules end at `end` ends when the text goes on with a piece the corpora write after that name
    in most of its releases (`mined_continuations`), piece after piece; `end` when it does not."""
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
