"""Authority-file matching: every known name, abbreviation and label found in a text at once.

Character-level Aho-Corasick (pyahocorasick) is robust to Thai tokeniser disagreements: a name is found
wherever its characters occur, then kept only where the characters around it allow a word boundary.
Overlapping candidates resolve to the longest, then leftmost, match.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import is_thai, latin_boundary_ok, starts_word, thai_boundary_ok

SHORT_NAME = 8  # Thai names this short are checked against the word segmentation


@dataclass(frozen=True)
class Entry:
    kind: str  # organization | program | title | ...
    key: str  # entity key, e.g. "org:moi"
    label: str  # normalised label as matched
    form: str = "name"  # name | abbr


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Entry


def _is_weak_abbreviation(label: str) -> bool:
    """Short Thai abbreviations without an inner dot ("อก.", "สป.") also occur inside words."""
    letters = label.rstrip(".")
    return is_thai(label[0]) and "." not in letters and len(letters) <= 3


class Gazetteer:
    def __init__(self, entries: Iterable[Entry], stopwords: frozenset[str] = frozenset()):
        self._automaton = ahocorasick.Automaton()
        self._stopwords = tuple(stopwords)  # str.endswith takes them all at once
        table: dict[str, list[Entry]] = {}
        for entry in entries:
            label = normalize_label(entry.label)
            if len(label) < 2:
                continue
            table.setdefault(label.lower(), []).append(Entry(entry.kind, entry.key, label, entry.form))
        for folded, items in table.items():
            self._automaton.add_word(folded, tuple(dict.fromkeys(items)))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def candidates(self, text: str) -> list[Hit]:
        """All boundary-respecting matches, overlapping ones included."""
        if self._empty:
            return []
        folded = text.lower()
        if len(folded) != len(text):  # a case mapping changed lengths: match case-sensitively
            folded = text
        hits = []
        for end_index, items in self._automaton.iter(folded):
            end = end_index + 1
            for entry in items:
                start = end - len(entry.label)
                if self._accept(text, start, end, entry):
                    hits.append(Hit(start, end, entry))
        return hits

    def find(self, text: str) -> list[Hit]:
        """Longest-leftmost non-overlapping matches, in text order."""
        return select_longest(self.candidates(text))

    def _accept(self, text: str, start: int, end: int, entry: Entry) -> bool:
        surface = text[start:end]
        label = entry.label
        if label.isascii():
            if not latin_boundary_ok(text, start, end):
                return False
            # acronyms and short names keep their case ("UNIDO", not "unido" in a URL)
            if (len(label) <= 6 or label.isupper()) and surface != label:
                return False
            return True
        if not thai_boundary_ok(text, start, end):
            return False
        if entry.form == "abbr" and end < len(text) and text[end].isdigit():
            return False  # "รง.4" is a factory licence, not the Ministry of Labour
        if entry.form == "abbr" and _is_weak_abbreviation(label) and start > 0 and is_thai(text[start - 1]):
            before = text[max(0, start - 12):start]
            return before.endswith(self._stopwords)
        if len(label) <= SHORT_NAME and start > 0 and is_thai(text[start - 1]):
            return starts_word(text, start)  # "ดีพร้อม" (DIPROM), but not inside "ยินดีพร้อม"
        return True


def select_longest(hits: list[Hit]) -> list[Hit]:
    """Longest first (then leftmost, then in the order given), each kept unless it overlaps one kept before.
    The spans kept never overlap, so sorted by start they are sorted by end too: only the one starting last
    before a hit ends can overlap it, and a bisect finds it (a line of thousands of names stays linear)."""
    chosen: list[Hit] = []
    starts: list[int] = []  # the spans kept, by start
    ends: list[int] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        i = bisect_left(starts, hit.end)  # the spans starting before the hit ends are starts[:i]
        if i and ends[i - 1] > hit.start:
            continue
        chosen.append(hit)
        starts.insert(i, hit.start)
        ends.insert(i, hit.end)
    chosen.sort(key=lambda h: h.start)
    return chosen
