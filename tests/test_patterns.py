"""literal_alternation: a trie-shaped regex must match exactly what the flat alternation (longest first) matches;
led_by: a pattern behind a lookahead for its first characters finds exactly what the pattern finds; not_after: a
lookbehind written after a match's first character finds what it finds written before it, and the pattern then opens
on a character (Python's engine scans for it with its character-set loop)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from phakhi.graph.text.numbers import NUMBER, NUMBER_REST
from phakhi.graph.text.patterns import first_characters, led_by, literal_alternation, not_after


def _flat(forms: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(forms), key=len, reverse=True))))


def test_longer_forms_win_over_their_prefixes():
    pattern = re.compile(literal_alternation(["นาย", "นายแพทย์", "นายกองเอก", "นาง", "Mr.", "Mrs."]))
    assert [m.group() for m in pattern.finditer("นายแพทย์ก นายกองเอกข นางค Mrs. X Mr. Y นายง")] == \
        ["นายแพทย์", "นายกองเอก", "นาง", "Mrs.", "Mr.", "นาย"]


def test_special_characters_are_literal_and_an_empty_list_matches_nothing():
    assert re.fullmatch(literal_alternation(["ศ.(พิเศษ)", "H.E."]), "ศ.(พิเศษ)")
    assert not re.search(literal_alternation(["H.E."]), "HxE.")
    assert not re.search(literal_alternation([]), "anything")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="นายงกอ.(", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text(alphabet="นายงกอ.( ", max_size=40))
def test_the_trie_finds_what_the_flat_alternation_finds(forms, text):
    trie = re.compile(literal_alternation(forms))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in _flat(forms).finditer(text)]


def test_the_trie_is_written_from_the_sorted_forms():
    """The regex's text: branches in character order, a chain of single branches written at once, the rest after a
    form's end optional (greedy), an escaped character where it is special; duplicates and empty forms dropped."""
    assert literal_alternation(["นายกองโท", "นาย", "นายแพทย์", "นายกองเอก", "นาย", ""]) == \
        "(?:นาย(?:(?:กอง(?:เอก|โท)|แพทย์))?)"
    assert literal_alternation(["H.E.", "H.M."]) == "(?:H\\.(?:E\\.|M\\.))"
    assert literal_alternation(["ab", "abcd"], "[x]") == "(?:a(?<![x][\\s\\S])b(?:cd)?)"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="นายงกอ.(", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text(alphabet="นายงกอ.( ", max_size=40))
def test_the_trie_backs_off_to_shorter_forms_in_the_flat_alternation_s_order(forms, text):
    """Followed by more pattern, a match that must give back characters tries the shorter forms longest first, as
    the flat alternation does: the same spans and the same group."""
    trie = re.compile("(" + literal_alternation(forms) + ")[งอ]")
    flat = re.compile("(" + _flat(forms).pattern + ")[งอ]")
    assert [(m.span(), m.groups()) for m in trie.finditer(text)] == \
        [(m.span(), m.groups()) for m in flat.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="นายงกอ.(-]^\\", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text(alphabet="นายงกอ.(-]^\\ x", max_size=40))
def test_a_pattern_led_by_its_first_characters_finds_the_same_matches(forms, text):
    """led_by only skips positions where no match can begin: the matches (and groups) stay those of the pattern."""
    bare = r"(?<![อ])(" + literal_alternation(forms) + r")(?:\s?ก)?"
    led = re.compile(led_by(first_characters(forms), bare))
    assert [(m.span(), m.groups()) for m in led.finditer(text)] == \
        [(m.span(), m.groups()) for m in re.compile(bare).finditer(text)]


def test_a_first_character_that_is_wrong_loses_matches_and_no_forms_match_nothing():
    assert not re.search(led_by("[ก]", literal_alternation(["นาย"])), "นาย")  # a wrong class would show
    assert first_characters([]) == "(?!)" and not re.search(led_by(first_characters([]), "x"), "x")
    assert re.fullmatch(first_characters(["-x", "]y", "^z", "\\w"]), "]")  # special characters stay literal


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="นายงกอ.(-]^\\", min_size=1, max_size=5), min_size=1, max_size=8),
       st.text(alphabet="นายงกอ.(-]^\\ x\n", max_size=40))
def test_a_lookbehind_after_the_first_character_finds_the_same_matches(forms, text):
    """The same matches and groups as the lookbehind written first, at the text's start and after a line break too."""
    before = re.compile(r"(?<![อ\n])(" + literal_alternation(forms) + r")(?:\s?ก)?")
    after = re.compile("(" + literal_alternation(forms, r"[อ\n]") + r")(?:\s?ก)?")
    assert [(m.span(), m.groups()) for m in after.finditer(text)] == \
        [(m.span(), m.groups()) for m in before.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789.,/ -ก", max_size=30))
def test_a_number_opening_on_its_first_digit_is_the_same_number(text):
    """counts' numbers: NUMBER not after a digit, point, comma or slash, written to open on its first digit."""
    before = re.compile(r"(?<![\d.,/])(?:" + NUMBER + r")(?!\d)")
    after = re.compile(r"\d" + not_after(r"[\d.,/]") + "(?:" + NUMBER_REST + r")(?!\d)")
    assert [m.span() for m in after.finditer(text)] == [m.span() for m in before.finditer(text)]


def test_a_lookbehind_after_the_first_character_gives_the_engine_a_character_to_scan_for():
    """The point of not_after: the pattern opens on a character, not a lookaround (an INFO block with a charset or a
    literal prefix; sre's flag 1 is a literal prefix, 4 a charset)."""
    import re._compiler as compiler  # Python's own: the code the engine runs
    import re._parser as parser

    def info_flags(pattern: str) -> int:
        code = compiler._code(parser.parse(pattern), 0)
        return code[2]  # INFO, skip, flags

    assert info_flags(r"(?<![A-Za-z])" + literal_alternation(["ASEAN", "Thai"])) == 0
    assert info_flags(literal_alternation(["ASEAN", "Thai"], "[A-Za-z]")) & 4
    assert info_flags(r"\d" + not_after(r"[\d.,/]") + "(?:" + NUMBER_REST + ")") & 4


def test_begins_any_answers_as_a_scan_of_the_sorted_forms():
    from phakhi.graph.text.patterns import begins_any

    forms = sorted(["กรมศุลกากร", "กรมสรรพากร", "กองกฎหมาย", "สำนักงานปลัดกระทรวง"])
    for probe in ["กรม", "กรมส", "กรมสรรพากรภาค", "กอง", "กองก", "ข", "", "สำนักงานปลัด", "สำนักงานปลัดกระทรวงX"]:
        assert begins_any(forms, probe) == any(f.startswith(probe) for f in forms)
    assert not begins_any([], "ก")
