"""Releases -> extraction -> RDF -> store, one release at a time, reporting what could not be read."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from phakhi.graph.mapping import to_triples
from phakhi.graph.pipeline import extract
from phakhi.graph.read import ReadFailure, iter_releases
from phakhi.graph.store import Store
from phakhi.graph.types import Release


@dataclass
class IngestSummary:
    releases: int = 0  # stored (new or changed)
    unchanged: int = 0  # skipped: same content already stored
    triples: int = 0
    entities: int = 0
    counts: int = 0
    names: list[str] = field(default_factory=list)  # every release seen, stored or unchanged
    failures: list[ReadFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def ingest_release(store: Store, release: Release, force: bool = False) -> tuple[bool, int, int, int]:
    """Extract and store one release; returns (stored?, triples, entities, counts). An unchanged release
    (same name, same text hash) is left as it is unless `force`."""
    digest = hashlib.sha256(release.text.encode("utf-8")).hexdigest()
    if not force and store.release_hash(release.name) == digest:
        return False, 0, 0, 0
    extraction = extract(release)
    triples = to_triples(extraction)
    store.replace_release(release.name, triples)
    return True, len(triples), len(extraction.entities), len(extraction.counts)


def ingest(store: Store, paths: Iterable[str | Path], force: bool = False,
           progress: Callable[[str], None] | None = None) -> IngestSummary:
    summary = IngestSummary()
    store.ensure_ontology()
    for item in iter_releases(paths):
        if isinstance(item, ReadFailure):
            summary.failures.append(item)
            continue
        try:
            stored, triples, entities, counts = ingest_release(store, item, force)
        except Exception as error:  # noqa: BLE001 - one bad release must not stop a corpus run
            summary.failures.append(ReadFailure(item.name, f"extraction failed: {type(error).__name__}: {error}"))
            continue
        summary.names.append(item.name)
        if stored:
            summary.releases += 1
            summary.triples += triples
            summary.entities += entities
            summary.counts += counts
        else:
            summary.unchanged += 1
        if progress:
            progress(item.name)
    return summary
