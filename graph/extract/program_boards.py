"""A fund named inside the name of the board that runs it: "คณะกรรมการบริหาร|กองทุนเพื่อส่งเสริมการท่องเที่ยวไทย",
"คณะกรรมการ|กองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ". The board is a body (found by the organization patterns, which the
scan's prefixes inside it leave alone); the fund it administers is a programme of its own, named by the rest of the
board's name, keyed as the fund written alone is. Heads, functions and the fund's prefixes: program_patterns.json
"board_funds"."""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.graph.extract.authority import organization_entries
from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.program_words import MIN_REST, PATTERN_KEY, program_data
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.patterns import literal_alternation


@lru_cache(maxsize=1)
def _board_head() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The board's head and function words, up to the fund's prefix; and the prefixes, longest first."""
    data = program_data()["board_funds"]
    prefixes = tuple(sorted(data["prefixes"], key=len, reverse=True))
    pattern = re.compile(f"(?:{literal_alternation(data['heads'])})(?:{literal_alternation(data['functions'])})?"
                         f"(?=(?:{literal_alternation(prefixes)}))")
    return pattern, prefixes


@lru_cache(maxsize=1)
def _authority_bodies() -> frozenset[str]:
    """The authority file's organization labels, normalised: a fund it holds as a body is that body."""
    return frozenset(normalize_label(e.label) for e in organization_entries())


def find_board_funds(doc: Doc) -> None:
    """Add the fund named inside each board's name (`_board_head` at the board's start, then a fund's prefix and at
    least MIN_REST characters of its name, to the board's end, or its own end where a parent is joined to it), unless the name is written short ("…กองทุนฯ"), is an
    authority body, or a programme is already found there."""
    head, prefixes = _board_head()
    text = doc.text
    for board in doc.of_kind("organization"):
        m = head.match(text, board.nstart, board.nend)
        if m is None:
            continue
        start, end = m.end(), board.nend
        if board.data.get("unit"):  # "คณะกรรมการกองทุนเงินช่วยเหลือผู้ประสบสาธารณภัย| สำนักนายกรัฐมนตรี": the board
            end = min(end, board.nstart + len(board.data["unit"]))  # joined to its parent; the fund ends with it
        while end > start and text[end - 1].isspace():
            end -= 1
        name = text[start:end]
        prefix = next(p for p in prefixes if name.startswith(p))
        if len(name) - len(prefix) < MIN_REST or name.endswith("ฯ") or "\n" in name \
                or normalize_label(name) in _authority_bodies() or doc.covered(start, end, ("program",)):
            continue
        doc.add(doc.mention(start, end, "program", PATTERN_KEY + normalize_label(name), form="pattern"))
