"""The look-ups made faster for extraction speed (benchmarks/README.md, "Extraction, eleventh session") answer what
the loops they replaced answered: remembered tokens are still a new list per call, a title found by one search of
the trie is the first position title_at accepts, and a prefix word is the longest of the list."""

from __future__ import annotations

from phakhi.graph.extract.authority import title_at, title_start
from phakhi.graph.extract.names import _org_prefixes, org_prefix
from phakhi.graph.text.thai import _DICTIONARY, _segment, tokenize


def test_remembered_tokens_are_a_new_list_each_call():
    segmented = _segment()("นายกรัฐมนตรีกล่าวว่า", _DICTIONARY)
    first = tokenize("นายกรัฐมนตรีกล่าวว่า")
    first.pop()
    assert tokenize("นายกรัฐมนตรีกล่าวว่า") == segmented and len(segmented) > 1
    assert tokenize("นายกรัฐมนตรีกล่าวว่า") is not tokenize("นายกรัฐมนตรีกล่าวว่า")
    long = "การประชุมคณะรัฐมนตรี " * 10  # longer than what is remembered: segmented as before
    assert "".join(tokenize(long)) == long


def _first_title(text: str, start: int, end: int) -> int | None:
    return next((pos for pos in range(start, end) if title_at(text, pos)), None)


def test_title_start_is_the_first_position_title_at_accepts():
    text = "นายสุริยะ จึงรุ่งเรืองรัฐมนตรีว่าการกระทรวงอุตสาหกรรม และนายกรัฐมนตรี"
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            assert title_start(text, start, end) == _first_title(text, start, end)
    glued = text.index("รัฐมนตรีว่าการ")
    assert title_start(text, 2, glued + 1) == glued  # the title runs on past `end`: still found where it begins
    assert title_start(text, 2, glued) is None


def test_org_prefix_is_the_longest_prefix_word():
    for name in ("สำนักงานคณะกรรมการอาหารและยา", "กระทรวงอุตสาหกรรม", "ธนาคารออมสิน", "บริษัท ปตท. จำกัด", "ไม่มีคำนำหน้า"):
        assert org_prefix(name) == next((p for p in _org_prefixes() if name.startswith(p)), "")
