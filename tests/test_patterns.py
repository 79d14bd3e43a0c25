"""literal_alternation: a trie-shaped regex must match exactly what the flat alternation (longest first) matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from phakhi.graph.text.patterns import literal_alternation


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
