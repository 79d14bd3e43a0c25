"""The look-ups made faster for extraction speed (benchmarks/README.md, "Extraction, eleventh session") answer what
the loops they replaced answered: remembered tokens are still a new list per call, a title found by one search of
the trie is the first position title_at accepts, and a prefix word is the longest of the list; the near names'
distances to each prefix of a text are those measured one by one, also when one bound rules them all out (sixteenth
session)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from phakhi.graph.extract.authority import _prefix_distances, title_at, title_start
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


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="กระทรวงพาณิชย์การ", min_size=1, max_size=16), st.text(alphabet="กระทรวงพาณิชย์การ ", max_size=24),
       st.integers(min_value=0, max_value=8))
def test_prefix_distances_are_the_capped_distances_to_each_prefix(label, text, limit):
    expected = [min(Levenshtein.distance(label, text[:j]), limit + 1) if abs(j - len(label)) <= limit else limit + 1
                for j in range(len(text) + 1)]
    assert _prefix_distances(label, text, limit) == expected


def test_a_text_no_prefix_of_which_is_near_gives_only_the_cap():
    assert _prefix_distances("กระทรวงพาณิชย์", "กรมการค้าภายในจังหวัด", 2) == [3] * 22
    assert _prefix_distances("กระทรวงพาณิชย์", "กระทรวงพาณิชญ์และ", 1)[14] == 1  # one letter off: still measured


def test_a_kind_word_before_a_quote_is_read_in_the_characters_right_before_it():
    """find_quoted_latin reads only as far back as the longest kind word, three spaces and a line break can reach:
    what it finds is what a search of the whole text before the quote found."""
    import re

    from phakhi.graph.extract.document import Doc
    from phakhi.graph.extract.program_latin import _quote_kinds, find_quoted_latin
    from phakhi.graph.types import Release

    kinds, reach = _quote_kinds()
    whole = re.compile(kinds.pattern)
    for before in ("ขอเชิญชวนดาวน์โหลดแอป", "ขอเชิญชวนดาวน์โหลดแอป   \n", "ดาวน์โหลดแอปพลิเคชัน  ", "ร่วมงานเปิดตัว",
                   "กระทรวงพาณิชย์ผลักดันโครงการ", "ในหัวข้อ\n", "ภายใต้หัวข้อ   "):
        text = f"{before}“Enhanced Trade Partnership” ของไทย"
        at = text.index("“")
        assert bool(kinds.search(text, max(0, at - reach), at)) == bool(whole.search(text, 0, at))
    doc = Doc.from_release(Release(name="t.txt", text="รัฐบาลเปิดตัวแอป   \n“Thai Trade Connect” เพื่อผู้ส่งออก"))
    find_quoted_latin(doc)
    assert not doc.of_kind("program")  # the kind word three spaces and a line break before the quote still counts
    doc = Doc.from_release(Release(name="t.txt", text="รัฐบาลเปิดตัวระบบใหม่   \n“Thai Trade Connect” เพื่อผู้ส่งออก"))
    find_quoted_latin(doc)
    assert [m.text for m in doc.of_kind("program")] == ["Thai Trade Connect"]  # no kind word: a program


def test_a_unit_of_many_is_one_of_the_mined_units():
    from phakhi.graph.extract.names import _org_units, unit_of_many

    names = _org_units()["names"]
    assert names and all(unit_of_many(name) for name in names[:50])
    assert unit_of_many(names[0][:3] + " " + names[0][3:]) and not unit_of_many("กระทรวงที่ไม่มีจริง")


def test_boilerplate_is_blanked_to_spaces_line_by_line():
    """Doc.from_release blanks what lies outside a release's regions: every character a space but the line breaks,
    as the substitution per character it replaces did (the offsets of the text stay those of the release)."""
    import re

    from phakhi.graph.extract.document import _blank

    for text in ("", "\n", "\n\n", "หน้าแรก > ข่าว\nวันที่ 5 มี.ค.\r\n", "ท้ายข่าว ", "ก\n\nข\n"):
        assert _blank(text) == re.sub(r"[^\n]", " ", text)
