"""A release prepared for matching: normalised text with everything outside the release's regions
(title and body) blanked out, so matchers never see boilerplate yet offsets stay aligned."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from phakhi.graph.normalize import Normalized, normalize
from phakhi.graph.types import Mention, Release


@dataclass
class Doc:
    release: Release
    norm: Normalized
    text: str  # normalised text, non-region characters replaced by spaces (newlines kept)
    mentions: list[Mention] = field(default_factory=list)

    @classmethod
    def from_release(cls, release: Release) -> Doc:
        norm = normalize(release.text)
        regions = release.regions or ((0, len(release.text)),)
        chars = list(norm.text)
        inside = bytearray(len(chars))
        for r_start, r_end in regions:  # starts are non-decreasing: each region is one slice
            a, b = bisect_left(norm.starts, r_start), bisect_left(norm.starts, r_end)
            inside[a:b] = b"\x01" * (b - a)
        for i, flag in enumerate(inside):
            if not flag and chars[i] != "\n":
                chars[i] = " "
        return cls(release, norm, "".join(chars))

    def mention(self, nstart: int, nend: int, kind: str, key: str = "", **data) -> Mention:
        start, end = self.norm.span(nstart, nend)
        return Mention(start, end, self.release.text[start:end], kind, key, nstart, nend, data)

    def add(self, mention: Mention) -> Mention:
        self.mentions.append(mention)
        return mention

    def of_kind(self, kind: str) -> list[Mention]:
        return sorted((m for m in self.mentions if m.kind == kind), key=lambda m: m.nstart)

    def covered(self, start: int, end: int,
                kinds: tuple[str, ...] = ("organization", "program", "person", "place")) -> bool:
        return any(m.nstart < end and start < m.nend for m in self.mentions if m.kind in kinds)

    def line_bounds(self, pos: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return start, len(self.text) if end < 0 else end
