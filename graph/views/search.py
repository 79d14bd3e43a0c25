"""Finding entities by name: an in-memory index built from the store once per store state, and a ranked search.

A query is matched against every name an entity has (Thai and English labels, abbreviations, other
spellings) after the same normalisation the extractors use, case folded, with spaces and the marks that
abbreviations and names are written with or without (".", "-", quotes, brackets) taken out, so "กสอ",
"กสอ." and "ก.ส.อ." meet, and "DIPROM" finds "diprom". Matches come in tiers: the whole name, the start
of a name, any part of a name, and (when those find few) a name within one or two edits of the query (a
small misspelling); inside a tier the entity more releases mention ranks first.

Building reads the store in a few grouped queries (labels, mention counts, types, parents, job titles);
searching never touches the store: exact names are a dict, name starts a bisect over the sorted names,
parts one `str.find` pass over all names joined, misspellings rapidfuzz's Levenshtein with a cutoff.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from phakhi.graph.rdf.mapping import EVENT_CLASS, ORG_CLASS
from phakhi.graph.store import GraphStore
from phakhi.graph.text.normalize import normalize_label
from phakhi.ontology import ORG, PH, PID, SCHEMA

_IGNORED = re.compile(r"[\s\u200b.\-–—_'\"“”‘’()\[\]{}/,]+")
_TYPES = {**{str(iri): name for name, iri in ORG_CLASS.items()}, **{str(iri): name for name, iri in EVENT_CLASS.items()}}
_KINDS = {str(ORG.Organization): "organization", str(SCHEMA.Person): "person", str(PH.Program): "program",
          str(SCHEMA.Event): "event"}
TIERS = ("name", "start of a name", "part of a name", "near spelling")
_RANK = (0, 1, 1, 2)  # tier -> rank group
_CAP = 5000  # candidates read per tier before ranking: enough for any page of results


def key(text: str) -> str:
    """The form names are compared in."""
    return _IGNORED.sub("", normalize_label(text).casefold())


@dataclass(frozen=True)
class Entry:
    iri: str
    label: str  # Thai name first, else English
    kind: str  # organization | person | program | event
    type: str  # the most specific class name (Department, Meeting, ...) or the kind
    names: tuple[str, ...]  # every name, display label first
    mentions: int  # releases that mention it
    parent: str | None = None  # IRI of the body it belongs to
    description: str = ""

    @property
    def href(self) -> str:
        return "/entity/" + self.iri[len(str(PID)):] if self.iri.startswith(str(PID)) else self.iri


@dataclass(frozen=True)
class Hit:
    entry: Entry
    tier: int
    matched: str  # the name that matched

    def to_json(self, index: SearchIndex) -> dict:
        e = self.entry
        parent = index.by_iri.get(e.parent) if e.parent else None
        return {"iri": e.iri, "href": e.href, "label": e.label, "kind": e.kind, "type": e.type,
                "parent": {"iri": e.parent, "label": parent.label if parent else e.parent, "href": parent.href if parent else None}
                if e.parent else None, "description": e.description, "mentions": e.mentions,
                "matched": self.matched, "match": TIERS[self.tier]}


class SearchIndex:
    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.by_iri = {e.iri: e for e in entries}
        owners: dict[str, dict[int, str]] = defaultdict(dict)  # name key -> entry -> the name as written
        for i, entry in enumerate(entries):
            for name in entry.names:
                k = key(name)
                if k:
                    owners[k].setdefault(i, name)
        self.owners = owners
        self.keys = sorted(owners)
        self.blob = "\n".join(self.keys)
        self.starts = [0]
        for k in self.keys[:-1]:
            self.starts.append(self.starts[-1] + len(k) + 1)

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, query: str, limit: int = 20, kind: str | None = None) -> list[Hit]:
        wanted = key(query)
        if not wanted:
            return []
        found: dict[int, tuple[int, str]] = {}  # entry -> (tier, matched name)

        def take(k: str, tier: int) -> None:
            for i, name in self.owners[k].items():
                if i not in found or found[i][0] > tier:
                    found[i] = (tier, name)

        if wanted in self.owners:
            take(wanted, 0)
        low = bisect.bisect_left(self.keys, wanted)
        for k in self.keys[low:low + _CAP]:
            if not k.startswith(wanted):
                break
            take(k, 1)
        position, seen = self.blob.find(wanted), 0
        while position >= 0 and seen < _CAP:
            at = bisect.bisect_right(self.starts, position) - 1
            take(self.keys[at], 2)
            seen += 1
            position = self.blob.find(wanted, self.starts[at] + len(self.keys[at]) + 1)
        if len(found) < limit and len(wanted) >= 4:  # one edit in a three-letter abbreviation is another body
            edits = 1 if len(wanted) < 8 else 2
            for k, _, _ in process.extract(wanted, self.keys, scorer=Levenshtein.distance, score_cutoff=edits,
                                           limit=limit * 4):
                take(k, 3)
        hits = [Hit(self.entries[i], tier, name) for i, (tier, name) in found.items()
                if kind is None or self.entries[i].kind == kind]
        # a whole name first, then names that start with or hold the query by how many releases mention them
        hits.sort(key=lambda h: (_RANK[h.tier], -h.entry.mentions, len(h.entry.label), h.entry.label))
        return hits[:limit]


def build(store: GraphStore) -> SearchIndex:
    """The index of every entity a release mentions (organizations, persons, programs, events)."""
    mentions = {row["e"]: int(row["n"]) for row in store.select_text(
        "SELECT ?e (COUNT(?r) AS ?n) WHERE { ?e ph:mentionedIn ?r } GROUP BY ?e")}
    kinds: dict[str, str] = {}
    types: dict[str, str] = {}
    for row in store.select_text("SELECT DISTINCT ?e ?t WHERE { ?e a ?t FILTER(?t IN (org:Organization, schema:Person, "
                                 "ph:Program, schema:Event) || STRSTARTS(STR(?t), STR(ph:))) }"):
        e, t = row["e"], row["t"]
        if e not in mentions:
            continue
        if t in _KINDS:
            kinds[e] = _KINDS[t]
        elif t in _TYPES:
            types[e] = _TYPES[t]
    labels: dict[str, dict[str, tuple]] = defaultdict(dict)
    for row in store.select_text("SELECT DISTINCT ?e ?l ?pref WHERE { { ?e skos:prefLabel ?l BIND(1 AS ?pref) } "
                                 "UNION { ?e skos:altLabel ?l BIND(0 AS ?pref) } }"):
        e, label = row["e"], row["l"]
        if e in kinds:
            lang = getattr(label, "language", None) or ("en" if label.isascii() else "th")
            rank = (-int(row["pref"]), lang != "th", -len(label))
            labels[e][str(label)] = min(rank, labels[e].get(str(label), rank))
    parents = {row["e"]: row["p"] for row in store.select_text(
        "SELECT DISTINCT ?e ?p WHERE { ?e org:subOrganizationOf ?p }")}
    titles: dict[str, Counter] = defaultdict(Counter)
    for row in store.select_text("SELECT ?e ?j (COUNT(*) AS ?n) WHERE { ?e schema:jobTitle ?j } GROUP BY ?e ?j"):
        titles[row["e"]][str(row["j"])] += int(row["n"])
    dates: dict[str, set[str]] = defaultdict(set)
    for row in store.select_text("SELECT DISTINCT ?e ?d WHERE { ?e a schema:Event ; schema:startDate ?d }"):
        dates[row["e"]].add(row["d"])
    entries = []
    for e, kind in kinds.items():
        names = tuple(sorted(labels.get(e, {}), key=lambda name: labels[e][name])) or (e.rsplit("/", 1)[-1],)
        entries.append(Entry(e, names[0], kind, types.get(e, kind.capitalize()), names, mentions.get(e, 0), parents.get(e),
                             _describe(names, titles.get(e), sorted(dates.get(e, ())))))
    return SearchIndex(entries)


def _describe(names: tuple[str, ...], titles: Counter | None, dates: list[str]) -> str:
    """One line: a person's most stated post, an event's date, else the entity's other names."""
    if titles:
        return titles.most_common(1)[0][0]
    if dates:
        return ", ".join(dates[:3])
    return " · ".join(names[1:4])


class IndexCache:
    """The index of one store, built once per store state. Whoever writes to the store through the service
    calls `changed()`; the next `get()` builds again. (A served store has one writer, this process, or
    none: the store lock keeps other processes from writing meanwhile.)"""

    def __init__(self, store: GraphStore):
        self.store = store
        self.generation = 0
        self._built: tuple[int, SearchIndex] | None = None
        self._lock = threading.Lock()

    def changed(self) -> None:
        self.generation += 1

    def ready(self) -> bool:
        return self._built is not None and self._built[0] == self.generation

    def get(self) -> SearchIndex:
        with self._lock:
            generation = self.generation
            if self._built is None or self._built[0] != generation:
                self._built = (generation, build(self.store))
            return self._built[1]
