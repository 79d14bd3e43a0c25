"""The data that flows through the pipeline.

A `Release` keeps its original text untouched; every `Mention` points into that text with Python str
offsets (code points), so a fact can always be traced back to the exact characters it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Release:
    """One press release as read from disk or HTTP, before any analysis."""

    name: str  # file name, e.g. "027.txt": the release's identity in facts output
    text: str  # the original text, decoded, never rewritten
    title: str | None = None
    published: date | None = None
    source_url: str | None = None
    publisher: str | None = None
    # (start, end) spans of `text` that are release content (title and body), in order;
    # corpus boilerplate (the site prefix, date line, repeated title, footer) lies outside them.
    regions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Mention:
    """A span of the original text with what it was recognised as.

    `key` links the span to an entity: an authority id ("org:moi", "program:green-industry") or a
    normalised name for things found by pattern. `data` carries kind-specific details.
    """

    start: int  # original text offsets
    end: int
    text: str  # the original characters
    kind: str  # organization | person | program | event | count
    key: str = ""
    nstart: int = 0  # the same span in the normalised text the matchers ran on
    nend: int = 0
    data: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Post:
    title: str  # as written, with an acting or former prefix ("รักษาราชการแทนอธิบดี", "อดีตนายกรัฐมนตรี")
    organization: str | None  # entity key of the organization, or None
    acting: bool = False  # held in an acting capacity (รักษาราชการแทน, รักษาการ, ปฏิบัติราชการแทน)
    span: tuple[int, int] | None = None
    former: bool = False  # no longer held when the release was written (อดีต…)
    # another country's office named by a title and the country ("นายกรัฐมนตรีแห่งสาธารณรัฐสังคมนิยมเวียดนาม"): the
    # title without the country and the country's one name (foreign.country_key), so one post however it is written;
    # or a post whose body is written glued to the title in words no organization mention covers ("รองผอ.สพป.นครปฐม"):
    # the title and those words (post_bodies.py), so each body's post is its own, not one bare title's post
    seat: tuple[str, str] | None = None
    # Thailand's office written in English ("Prime Minister", "Minister" of the Ministry of Industry): the Thai title the
    # Thai releases key the same office by (นายกรัฐมนตรี, รัฐมนตรีว่าการ), so the post is one in both scripts; the title
    # stays as written (english._thai_offices); for one acting in a post, the seat's title (authority.acting_seat:
    # "รักษาราชการแทนนายกรัฐมนตรี" -> นายกรัฐมนตรี), so the acting holder holds the seat's post, flagged acting
    office: str | None = None


@dataclass
class Entity:
    """One real-world thing a release mentions, with every surface form and span seen for it."""

    kind: str  # organization | person | program | event
    key: str
    type: str | None = None  # organization type, event type
    names: list[str] = field(default_factory=list)  # surface forms in this release, fullest first
    labels: dict[str, list[str]] = field(default_factory=dict)  # known labels by language (authority)
    spans: list[tuple[int, int]] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    parent: str | None = None  # organization key of the parent body
    date: date | None = None  # events
    parties: list[str] = field(default_factory=list)  # events: organization/person keys
    honorific: str | None = None
    description: str | None = None  # events the text names by type word only: a label that describes, not names

    def add_name(self, name: str) -> None:
        name = name.strip()
        if name and name not in self.names:
            self.names.append(name)


@dataclass
class Count:
    value: int | float
    qualifier: str
    unit: str
    about: str | None
    text: str
    span: tuple[int, int]
    about_key: str | None = None  # entity key of the program/organization it is about, if known


@dataclass
class Extraction:
    """Everything found in one release: entities by key, and counts."""

    release: Release
    entities: dict[str, Entity] = field(default_factory=dict)
    counts: list[Count] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]
