"""Normalise release text for matching while keeping a map back to the original offsets.

Matching runs on the normalised text; every span found there is mapped back with `Normalized.span`, so
facts always quote the original characters. The normaliser removes BOM, zero-width and soft-hyphen
characters, turns no-break and other exotic spaces into plain spaces and CR/CRLF into LF, writes Thai
digits as ASCII digits, joins the decomposed sara am ("ํ" + "า" -> "ำ"), puts a tone mark after an above
vowel typed the wrong way round, and applies NFC.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_DROP = {"\ufeff", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u180e"}
_SPACES = {"\u00a0", "\u202f", "\u205f", "\u3000", "\t", "\x0b", "\x0c"} | {chr(c) for c in range(0x2000, 0x200B)}
_TONES = {"\u0e48", "\u0e49", "\u0e4a", "\u0e4b"}
_ABOVE_VOWELS = {"\u0e31", "\u0e34", "\u0e35", "\u0e36", "\u0e37", "\u0e47"}
_NIKHAHIT, _SARA_AA, _SARA_AM = "\u0e4d", "\u0e32", "\u0e33"


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the original span it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) span to the original text's [start, end)."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else self.original_length
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(original: str) -> Normalized:
    chars: list[tuple[str, int, int]] = []  # (normalised char, original start, original end)
    i, n = 0, len(original)
    while i < n:
        c = original[i]
        if c in _DROP:
            i += 1
            continue
        if c == "\r":
            end = i + 2 if original.startswith("\r\n", i) else i + 1
            chars.append(("\n", i, end))
            i = end
            continue
        if c in _SPACES:
            chars.append((" ", i, i + 1))
        elif "\u0e50" <= c <= "\u0e59":
            chars.append((chr(ord(c) - 0x0E50 + 0x30), i, i + 1))
        elif c == _NIKHAHIT and original.startswith(_SARA_AA, i + 1):
            chars.append((_SARA_AM, i, i + 2))
            i += 2
            continue
        elif c == _NIKHAHIT and i + 2 < n and original[i + 1] in _TONES and original[i + 2] == _SARA_AA:
            chars.append((original[i + 1], i + 1, i + 2))  # tone first, then sara am
            chars.append((_SARA_AM, i, i + 3))
            i += 3
            continue
        elif c in _TONES and i + 1 < n and original[i + 1] in _ABOVE_VOWELS:
            chars.append((original[i + 1], i + 1, i + 2))
            chars.append((c, i, i + 1))
            i += 2
            continue
        else:
            chars.append((c, i, i + 1))
        i += 1
    return _compose(chars, n)


def _compose(chars: list[tuple[str, int, int]], original_length: int) -> Normalized:
    """NFC cluster by cluster (a starter and its combining marks), mapping each cluster's output
    characters to the cluster's original span."""
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
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
                starts.append(s)
                ends.append(e)
        else:
            s = min(s for _, s, _ in chars[k:j])
            e = max(e for _, _, e in chars[k:j])
            for c in composed:
                text.append(c)
                starts.append(s)
                ends.append(e)
        k = j
    return Normalized("".join(text), tuple(starts), tuple(ends), original_length)


def normalize_label(label: str) -> str:
    """The normalised form of a short label (a name, a title): what the matchers compare."""
    return " ".join(normalize(label).text.split())
