"""A release prepared for matching: normalised text with everything outside the release's regions
(title and body) blanked out, so matchers never see boilerplate yet offsets stay aligned."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import count
from operator import itemgetter

from phakhi.graph.text.normalize import Normalized, normalize
from phakhi.graph.types import Mention, Release



def _blank(text: str) -> str:
    """`text` with every character but the line breaks made a space (one string per line, not a substitution per
    character: boilerplate is thousands of characters a release)."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


class Spans:
    """Spans sorted by start (ties in the order added), and the longest: whether one overlaps a range is a few
    look-ups by position (only spans starting within the longest one's length before it can), not a scan of all."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []  # parallel to starts: `overlaps` reads only these
        self.longest = 0

    def add(self, start: int, end: int) -> int:
        """Add [start, end); its index among the spans sorted by start."""
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        self.longest = max(self.longest, end - start)
        return i

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span overlap [start, end)? (It starts before `end`, within `longest` of `start`; asked for every
        candidate, so it compares plain integers, stopping at the first.)"""
        ends = self.ends
        for i in range(bisect_left(self.starts, start - self.longest + 1), bisect_left(self.starts, end)):
            if start < ends[i]:
                return True
        return False


class _KindIndex(Spans):
    """The mentions of one kind as spans of their normalised positions, each with its mention."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[int, Mention]] = []  # (order added, mention), parallel to starts

    def add_mention(self, order: int, m: Mention) -> None:
        self.entries.insert(self.add(m.nstart, m.nend), (order, m))

    def discard(self, m: Mention) -> None:
        for i in range(bisect_left(self.starts, m.nstart), bisect_right(self.starts, m.nstart)):
            if self.entries[i][1] is m:
                del self.starts[i], self.entries[i], self.ends[i]
                return

    def starting_in(self, start: int, end: int) -> list[tuple[int, Mention]]:
        """Entries whose mention starts in [start, end)."""
        return self.entries[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def overlapping(self, start: int, end: int) -> list[tuple[int, Mention]]:
        """Entries whose mention overlaps [start, end): it starts before `end`, within `longest` of `start`."""
        return [e for e in self.starting_in(start - self.longest + 1, end) if start < e[1].nend]


_NONE = _KindIndex()  # what a kind with no mentions answers (never added to)


class Mentions(list):
    """A document's mentions in the order found (a plain list to read), indexed by kind and start as they
    are added or removed, so overlap and position lookups stay logarithmic however many mentions a long
    release has. Anything that rearranges the list rebuilds the index."""

    def __init__(self, items=()) -> None:
        super().__init__()
        self._reindex()
        self.extend(items)

    def _reindex(self) -> None:
        self._order = count()
        self._kinds: dict[str, _KindIndex] = {}
        for m in self:
            self._index(m)

    def _index(self, m: Mention) -> None:
        index = self._kinds.get(m.kind)
        if index is None:
            index = self._kinds[m.kind] = _KindIndex()
        index.add_mention(next(self._order), m)

    def kind(self, kind: str) -> _KindIndex:
        return self._kinds.get(kind, _NONE)

    def append(self, m: Mention) -> None:
        super().append(m)
        self._index(m)

    def extend(self, items) -> None:
        for m in items:
            self.append(m)

    def __iadd__(self, items):
        self.extend(items)
        return self

    def remove(self, m: Mention) -> None:
        found = self[self.index(m)]  # the first equal one, as list.remove
        super().remove(found)
        self.kind(found.kind).discard(found)


def _rearranging(name: str):
    """The list method `name`, followed by rebuilding the index (rare: the pipeline only appends and removes)."""
    def method(self, *args, **kwargs):
        result = getattr(list, name)(self, *args, **kwargs)
        self._reindex()
        return result
    return method


for _name in ("insert", "pop", "clear", "sort", "reverse", "__setitem__", "__delitem__"):
    setattr(Mentions, _name, _rearranging(_name))


@dataclass
class Doc:
    release: Release
    norm: Normalized
    text: str  # normalised text, non-region characters replaced by spaces (newlines kept)
    mentions: Mentions = field(default_factory=Mentions)

    def __post_init__(self) -> None:
        if not isinstance(self.mentions, Mentions):
            self.mentions = Mentions(self.mentions)
        self._newlines: list[int] | None = None

    @classmethod
    def from_release(cls, release: Release) -> Doc:
        norm = normalize(release.text)
        regions = release.regions or ((0, len(release.text)),)
        text, pieces, done = norm.text, [], 0
        for r_start, r_end in regions:  # starts are non-decreasing: each region is one slice
            a, b = norm.starts.position(r_start), norm.starts.position(r_end)
            a = max(a, done)
            if b <= a:
                continue
            pieces += (_blank(text[done:a]), text[a:b])
            done = b
        pieces.append(_blank(text[done:]))
        return cls(release, norm, "".join(pieces))

    def mention(self, nstart: int, nend: int, kind: str, key: str = "", **data) -> Mention:
        start, end = self.norm.span(nstart, nend)
        return Mention(start, end, self.release.text[start:end], kind, key, nstart, nend, data)

    def add(self, mention: Mention) -> Mention:
        self.mentions.append(mention)
        return mention

    def of_kind(self, kind: str) -> list[Mention]:
        """Mentions of one kind by start (ties in the order found)."""
        return [m for _, m in self.mentions.kind(kind).entries]

    def covered(self, start: int, end: int,
                kinds: tuple[str, ...] = ("organization", "program", "person", "place")) -> bool:
        indexes = self.mentions._kinds
        for kind in kinds:
            index = indexes.get(kind)
            if index is not None and index.overlaps(start, end):
                return True
        return False

    def starting_in(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> list[Mention]:
        """Mentions of these kinds (None: of every kind) starting in [start, end), in the order found: a lookup, where
        a scan of every mention at each candidate grows with the square of a release's names."""
        indexes = self.mentions._kinds.values() if kinds is None else map(self.mentions.kind, kinds)
        entries = [e for index in indexes for e in index.starting_in(start, end)]
        if len(entries) > 1:  # mostly none or one: asked at each candidate's end
            entries.sort(key=itemgetter(0))
        return [m for _, m in entries]

    def starting_at(self, at: int, kind: str) -> list[Mention]:
        """Mentions of one kind starting at `at`, in the order found: asked right after a name (is a body named next?),
        where `starting_in(at, at + 1, (kind,))` gathered and sorted entries across kinds for what is mostly none."""
        index = self.mentions.kind(kind)
        return [m for _, m in index.entries[bisect_left(index.starts, at):bisect_right(index.starts, at)]]

    def ending_at(self, end: int, kind: str) -> Mention | None:
        """The first mention found of this kind that ends at `end`."""
        index = self.mentions.kind(kind)
        entries = [e for e in index.starting_in(end - index.longest, end + 1) if e[1].nend == end]
        return min(entries, key=lambda e: e[0])[1] if entries else None

    def line_bounds(self, pos: int) -> tuple[int, int]:
        """The line holding `pos` (a bisect over the newlines: a 3-million-character line has no cost)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        i = bisect_left(self._newlines, pos)
        start = self._newlines[i - 1] + 1 if i > 0 else 0
        return start, self._newlines[i] if i < len(self._newlines) else len(self.text)
