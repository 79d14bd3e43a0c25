"""Normalise release text for matching while keeping a map back to the original offsets.

Matching runs on the normalised text; every span found there is mapped back with `Normalized.span`, so
facts always quote the original characters. The normaliser removes BOM, zero-width and soft-hyphen
characters (but zero-width spaces between a Latin word and a capital, where the English desk's text breaks two
words, "Salirathavibhaga\u200b\u200bDeputy", are a space), turns no-break and other exotic spaces into plain
spaces and CR/CRLF into LF, writes Thai
digits as ASCII digits, joins the decomposed sara am ("ํ" + "า" -> "ำ"), puts a tone mark after an above
vowel typed the wrong way round, and applies NFC. It also undoes four typing slips that Thai spelling never
has, so that a name written with one is the same name: two sara e for sara ae ("เเพทองธาร" -> "แพทองธาร"), a
mark or a following vowel typed twice ("เลขานุุการ", "เลขานุกาาร"), a tone mark or karan typed after the
space that follows its letter ("อนุพงษ ์เผ่าจินดา" -> "อนุพงษ์ เผ่าจินดา"), and one lowercase Latin letter
between Thai characters, typed with the keyboard left in the English layout ("สjงเสริม" -> "ส่งเสริม", the
Thai character of the same key, ontology/th/keyboard.json). Thai letters written as the private-use presentation
forms of old Windows Thai fonts (a tone mark drawn lower, "ได\uf70b" for "ได้"; ontology/th/presentation_forms.json)
are the standard letters, one character for one, before anything else is done.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from phakhi.graph.text.patterns import led_by
from phakhi.ontology import load_keyboard, load_presentation_forms

_DROP = {"\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u180e"}
_SPACES = {"\u00a0", "\u202f", "\u205f", "\u3000", "\t", "\x0b", "\x0c"} | {chr(c) for c in range(0x2000, 0x200B)}
_TONES = {"\u0e48", "\u0e49", "\u0e4a", "\u0e4b"}
_ABOVE_VOWELS = {"\u0e31", "\u0e34", "\u0e35", "\u0e36", "\u0e37", "\u0e47"}
_NIKHAHIT, _SARA_AA, _SARA_AM = "\u0e4d", "\u0e32", "\u0e33"
_SARA_E, _SARA_AE = "\u0e40", "\u0e41"
_FORMS = str.maketrans(load_presentation_forms())  # presentation form -> its standard letter, one for one


def _ranges(chars) -> str:
    """A character class's inside for `chars`, consecutive code points as one range ("\\uf700-\\uf71a")."""
    codes, parts = sorted(map(ord, chars)), []
    for code in codes:
        if parts and parts[-1][1] == code - 1:
            parts[-1][1] = code
        else:
            parts.append([code, code])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in parts)


_FORM_CHARS = frozenset(load_presentation_forms())
_FORM_CLASS = _ranges(_FORM_CHARS)


_REORDERED = 3  # characters at each end of a span that may hold its extremes


class Offsets(Sequence):
    """For each character of a normalised text, an offset in the original (its start, or its end), held as pieces
    rather than one integer a character: a run the normaliser copied (offsets counting up one by one, each end one
    past its start) is one piece, a character it changed is one. A release changes a dozen characters of thousands,
    and a tuple of an integer a character, twice (starts, ends), cost more than finding what to change. Reads like
    the tuple it stands for: length, index, slice (a tuple), iteration, equality with any sequence; `bisect` works
    on it as on the tuple (same answers, a few reads)."""

    __slots__ = ("_at", "_start", "_end", "_length", "_ends", "_last")

    def __init__(self, at: list[int], start: list[int], end: list[int], length: int, ends: bool,
                 last: list[int] | None = None) -> None:
        self._at, self._start, self._end, self._length, self._ends = at, start, end, length, ends
        self._last = last  # each piece's last start, when the starts never go down (else None)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, k):
        if isinstance(k, slice):
            return tuple(self[i] for i in range(*k.indices(self._length)))
        if k < 0:
            k += self._length
        if not 0 <= k < self._length:
            raise IndexError("offset index out of range")
        i = bisect_right(self._at, k) - 1
        if self._ends:
            end = self._end[i]
            if end >= 0:  # a changed character: its own end
                return end
            return self._start[i] + k - self._at[i] + 1
        return self._start[i] + k - self._at[i]

    def __iter__(self):
        return (self[k] for k in range(self._length))

    def least(self, lo: int, hi: int) -> int:
        """min(self[lo:hi]) (hi > lo), read off one piece when the window lies in one run (offsets count up there)."""
        i = bisect_right(self._at, lo) - 1
        if self._end[i] < 0 and (i + 1 == len(self._at) or hi <= self._at[i + 1]):
            return self._start[i] + lo - self._at[i] + self._ends
        return min(self[k] for k in range(lo, hi))

    def most(self, lo: int, hi: int) -> int:
        """max(self[lo:hi]) (hi > lo), the same way."""
        i = bisect_right(self._at, lo) - 1
        if self._end[i] < 0 and (i + 1 == len(self._at) or hi <= self._at[i + 1]):
            return self._start[i] + hi - 1 - self._at[i] + self._ends
        return max(self[k] for k in range(lo, hi))

    def position(self, offset: int) -> int:
        """bisect_left(self, offset): where `offset` of the original falls among the normalised characters. Read off
        the pieces when the starts never go down (no marks reordered); else bisect over the offsets themselves."""
        if self._last is None:
            return bisect_left(self, offset)
        i = bisect_left(self._last, offset)  # the first piece reaching `offset`
        if i == len(self._last):
            return self._length
        return self._at[i] + max(0, offset - self._start[i]) if self._end[i] < 0 else self._at[i]

    def __eq__(self, other) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(other) == self._length and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Offsets({tuple(self)!r})"


class _Pieces:
    """Builds the pieces of `Offsets`: the original span of each normalised character in order, a run copied as
    it is in one call; a character whose span continues the run before it joins that run."""

    def __init__(self) -> None:
        self.at: list[int] = []  # normalised offset where each piece begins
        self.start: list[int] = []  # the original start of its first character
        self.end: list[int] = []  # -1: a run (each end one past its start); else the one character's end
        self.length = 0

    def run(self, start: int, end: int) -> None:
        """Original characters [start, end) copied as they are."""
        if end <= start:
            return
        if self.end and self.end[-1] < 0 and self.start[-1] + self.length - self.at[-1] == start:
            self.length += end - start  # continues the run before
            return
        self.at.append(self.length)
        self.start.append(start)
        self.end.append(-1)
        self.length += end - start

    def char(self, start: int, end: int) -> None:
        """One normalised character made from original characters [start, end)."""
        if end == start + 1:
            self.run(start, end)
            return
        self.at.append(self.length)
        self.start.append(start)
        self.end.append(end)
        self.length += 1

    def offsets(self) -> tuple[Offsets, Offsets]:
        """(starts, ends); the starts with each piece's last start when they never go down (the common case)."""
        nexts = self.at[1:] + [self.length]
        last = [s if end >= 0 else s + n - a - 1 for a, s, end, n in zip(self.at, self.start, self.end, nexts)]
        rising = all(a <= b for a, b in zip(last, self.start[1:]))
        return (Offsets(self.at, self.start, self.end, self.length, False, last if rising else None),
                Offsets(self.at, self.start, self.end, self.length, True))


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the original span it came from."""

    text: str
    starts: Offsets  # read as a tuple of one integer a character
    ends: Offsets
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) span to the original text's [start, end)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        # Sources are in order except where marks were reordered (a tone typed before its vowel or inside a
        # decomposed sara am, NFC's canonical order), and then by one place only: the span's first and last
        # few characters hold its extremes (tests/test_properties.py checks every span of such text).
        return (self.starts.least(start, min(end, start + _REORDERED)),
                self.ends.most(max(start, end - _REORDERED), end))


_SPECIAL = re.compile(led_by(  # every branch begins with one of these characters
    "[\ufeff\u200b\u200c\u200d\u2060\u00ad\u180e\r\u00a0\u202f\u205f\u3000\t\x0b\x0c\u2000-\u200a\u0e50-\u0e59"
    f"\u0e4d\u0e48-\u0e4b\u0e40\u0e30-\u0e3a\u0e47-\u0e4e a-z{_FORM_CLASS}]",
    "(?P<seam>\u200b(?<=[A-Za-z.,]\u200b)\u200b*(?=[A-Z]))"  # zero-width spaces between two Latin words
    # ("Salirathavibhaga\u200b\u200bDeputy"): a space (before "dropped", which would take the first alone)
    "|[\ufeff\u200b\u200c\u200d\u2060\u00ad\u180e]"  # dropped
    "|\r\n?"  # newlines
    "|[\u00a0\u202f\u205f\u3000\t\x0b\x0c\u2000-\u200a]"  # spaces
    "|[\u0e50-\u0e59]"  # Thai digits
    "|\u0e4d[\u0e48-\u0e4b]?\u0e32"  # decomposed sara am, maybe with a tone inside
    "|[\u0e48-\u0e4b][\u0e31\u0e34-\u0e37\u0e47]"  # a tone typed before its above vowel
    "|\u0e40\u0e40"  # two sara e typed for sara ae
    "|(?P<mark>[\u0e30-\u0e3a\u0e47-\u0e4e])(?P=mark)"  # one mark or following vowel typed twice ("าา")
    # (the next two test the character before theirs after matching their own, one character later: the same
    # matches, but the engine tries no lookbehind at every vowel and tone the lead admits; the scan -20%)
    "| (?<=[\u0e01-\u0e2e] )[\u0e48-\u0e4c]"  # a tone mark or karan typed after the space that follows its letter
    "|[a-z](?<=[\u0e01-\u0e4e][a-z])(?=[\u0e01-\u0e4e])"  # a Latin letter typed in the English layout in a Thai word
    f"|[{_FORM_CLASS}]"  # a presentation form (the whole text is read again with its standard letters)
))


def normalize(original: str) -> Normalized:
    """Only the characters that change are visited (a regular expression finds them); the text between
    is copied as one piece of offsets (`Offsets`), which keeps a 3-million-character release fast."""
    text: list[str] = []
    pieces = _Pieces()
    pos = 0
    for m in _SPECIAL.finditer(original):
        i, found = m.start(), m.group()
        if found in _FORM_CHARS:  # rare (8 of 8,000 releases): read with the standard letters, one for one, so
            # the offsets are the same and the forms' neighbours (a tone before its vowel, ํ + า) are normalised too
            return normalize(original.translate(_FORMS))
        if i > pos:
            text.append(original[pos:i])
            pieces.run(pos, i)
        for char, s, e in [(" ", i, m.end())] if m.lastgroup == "seam" else _replace(found, i):
            text.append(char)
            pieces.char(s, e)
        pos = m.end()
    if pos < len(original):
        text.append(original[pos:])
        pieces.run(pos, len(original))
    joined = "".join(text)
    if unicodedata.is_normalized("NFC", joined):
        return Normalized(joined, *pieces.offsets(), len(original))
    starts, ends = pieces.offsets()
    return _compose(list(zip(joined, starts, ends)), len(original))


def _replace(found: str, i: int) -> list[tuple[str, int, int]]:
    """What one special sequence at original offset i becomes: (character, original start, original end)."""
    first = found[0]
    if first in _DROP:
        return []
    if first == "\r":
        return [("\n", i, i + len(found))]
    if first in _SPACES:
        return [(" ", i, i + 1)]
    if "a" <= first <= "z":
        return [(load_keyboard().get(first, first), i, i + 1)]
    if "\u0e50" <= first <= "\u0e59":
        return [(chr(ord(first) - 0x0E50 + 0x30), i, i + 1)]
    if found == _SARA_E + _SARA_E:
        return [(_SARA_AE, i, i + 2)]
    if first == " ":
        return [(found[1], i + 1, i + 2), (" ", i, i + 1)]  # the mark back on its letter, then the space
    if len(found) == 2 and found[0] == found[1]:
        return [(first, i, i + 2)]
    if first == _NIKHAHIT:
        if len(found) == 2:
            return [(_SARA_AM, i, i + 2)]
        return [(found[1], i + 1, i + 2), (_SARA_AM, i, i + 3)]  # tone first, then sara am
    return [(found[1], i + 1, i + 2), (first, i, i + 1)]  # above vowel, then the tone


def _compose(chars: list[tuple[str, int, int]], original_length: int) -> Normalized:
    """NFC cluster by cluster (a starter and its combining marks), mapping each cluster's output
    characters to the cluster's original span."""
    text: list[str] = []
    pieces = _Pieces()
    k, n = 0, len(chars)
    while k < n:
        j = k + 1
        while j < n and unicodedata.combining(chars[j][0]):
            j += 1
        cluster = "".join(c for c, _, _ in chars[k:j])
        composed = unicodedata.normalize("NFC", cluster)
        if composed == cluster:
            for c, s, e in chars[k:j]:
                text.append(c)
                pieces.char(s, e)
        else:
            s = min(s for _, s, _ in chars[k:j])
            e = max(e for _, _, e in chars[k:j])
            for c in composed:
                text.append(c)
                pieces.char(s, e)
        k = j
    return Normalized("".join(text), *pieces.offsets(), original_length)


# labels remembered by each extraction worker: full, 16,384 hold 7 MB (65,536: 25 MB), and answer 76% of the calls
# after 8,000 releases (65,536: 81%; a miss costs 5 us of CPU) (benchmarks/README.md, "Extraction workers' caches")
LABELS_REMEMBERED = 16384


@lru_cache(maxsize=LABELS_REMEMBERED)
def normalize_label(label: str) -> str:
    """The normalised form of a short label (a name, a title): what the matchers compare. Remembered: the same
    names and titles are normalised again in release after release. A label with nothing for the normaliser to
    change (most: no special character, already NFC) is its own normal form, without the offset maps."""
    if _SPECIAL.search(label) is None and unicodedata.is_normalized("NFC", label):
        return " ".join(label.split())
    return " ".join(normalize(label).text.split())
