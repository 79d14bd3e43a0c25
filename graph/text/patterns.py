"""Regular expressions over word lists kept as data.

`literal_alternation` turns many literal forms (honorifics, post titles) into one regex shaped as a trie:
"นาย(?:แพทย์|กอง(?:เอก|โท))?" instead of "นายแพทย์|นายกองเอก|นายกองโท|นาย". Python's engine tries every branch of
a flat alternation at every position of the text; the trie tries one branch per character, so a list of
hundreds of forms costs about what a short one does. A longer form is still preferred to its prefix
(the optional tail is greedy), as in a flat alternation sorted longest first.

`led_by` puts a pattern behind a lookahead for the characters its matches begin with, so that a scan of a
whole release rejects most positions with one character test. Faster still is a pattern that opens on its first
character itself (a literal, a class, a trie of literals): Python's engine then finds the positions to try with its
character-set loop, without entering the matcher at the others. A lookbehind that would open the pattern is
written after that first character instead (`not_after`, and `literal_alternation`'s `not_after`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from os.path import commonprefix


def led_by(first: str, pattern: str) -> str:
    """`pattern` behind a lookahead for the characters every match of it begins with (`first`, a character class):
    the same matches, found three to four times faster. Python's engine tries a pattern that opens on a lookbehind,
    a repetition or an alternation of classes in full at every position of a text; behind the lookahead most
    positions of a release are rejected by one character test."""
    return f"(?={first})(?:{pattern})"


def not_after(behind: str) -> str:
    """A lookbehind to write right after a match's first character (where it would stand before it): the match
    does not follow `behind` (a character class). Checked one character later it reads the same character, and at
    the text's start it is true as before, so the matches are the same; the pattern now opens on its first
    character, which Python's engine scans for with its character-set loop (a pattern opening on a lookaround is
    tried in full at every position: 2-3x the time of a release's scan; benchmarks/README.md, sixteenth session)."""
    return f"(?<!{behind}[\\s\\S])"


def first_characters(forms: Iterable[str]) -> str:
    """A character class of the characters the given literal forms begin with (the `first` of `led_by`)."""
    firsts = sorted({re.escape(form[0]) for form in forms if form})
    return "[" + "".join(firsts) + "]" if firsts else "(?!)"


def literal_alternation(forms: Iterable[str], not_after_class: str | None = None) -> str:
    """A non-capturing regex matching exactly the given literal forms, longest first; with `not_after_class` (a
    character class), only where the form does not follow one of its characters (`not_after`, written after each
    form's first character, so the regex still opens on a character).

    The trie is read off the sorted forms rather than built as nested dicts: a node is a run of the sorted list
    sharing a prefix, its branches the runs that go on with the same next character (found by bisection), and a
    chain of single-child nodes is the common prefix of the run's first and last form, written at once. Every
    extracting process builds these from its word lists (about 120 alternations: 0.05 s as a trie of dicts, 0.02 s
    so)."""
    words = sorted({form for form in forms if form})
    if not words:
        return "(?!)"  # matches nothing
    return "(?:" + _branches(words, 0, len(words), 0, not_after(not_after_class) if not_after_class else "") + ")"


def _branches(words: list[str], low: int, high: int, depth: int, behind: str = "") -> str:
    """The alternation of words[low:high] (sorted, sharing their first `depth` characters, each longer than that)
    after those characters: one branch for each next character, in order."""
    parts = []
    while low < high:
        first = words[low]
        head = first[:depth + 1]
        end = bisect_right(words, head, low, high, key=lambda word: word[:depth + 1])  # the run starting with head
        shared = len(commonprefix((first, words[end - 1])))
        parts.append(re.escape(head[-1]) + behind + re.escape(first[depth + 1:shared]) + _tail(words, low, end, shared))
        low = end
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _tail(words: list[str], low: int, high: int, depth: int) -> str:
    """What follows the first `depth` characters shared by words[low:high]: nothing when one word ends there and
    none goes on, the branches (optional where a word ends there: the greedy tail prefers the longer form)."""
    ends = len(words[low]) == depth  # the sorted run's first word, if any word of the run ends here
    if ends and high - low == 1:
        return ""
    branches = _branches(words, low + 1 if ends else low, high, depth)
    return f"(?:{branches})?" if ends else branches


def word_starts(text: str, words: Iterable[str], low: int, high: int) -> Iterator[int]:
    """Where each of `words` begins, whole, in text[low:high] (a word's occurrences in turn, then the next word's): a
    search for every place a cue word stands, which a regex alternation would give only where matches do not
    overlap."""
    for word in words:
        at = text.find(word, low, high)
        while at >= 0:
            yield at
            at = text.find(word, at + 1, high)


def begins_any(forms: Sequence[str], probe: str) -> bool:
    """Does the sorted list `forms` hold a form beginning with `probe`? A bisection: the first form not before
    `probe` is the only one that can."""
    at = bisect_left(forms, probe)
    return at < len(forms) and forms[at].startswith(probe)
