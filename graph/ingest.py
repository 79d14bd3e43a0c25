"""Releases -> extraction -> RDF -> store, reporting what could not be read.

Extraction is CPU work done per release, so with `workers > 1` it runs in worker processes while this
process reads releases (streaming archives) and is the store's only writer. Memory stays bounded: at
most a few releases per worker are in flight at any time. A release whose text is unchanged since it
was stored is skipped before extraction (content hash); one that cannot be read or extracted is reported
and the rest go on.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from phakhi.graph.mapping import to_triples
from phakhi.graph.pipeline import extract
from phakhi.graph.read import ReadFailure, iter_releases
from phakhi.graph.iris import graph_iri
from phakhi.graph.store import Store, ntriples
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


def extract_lines(release: Release) -> tuple[str, list[str], int, int] | tuple[str, str]:
    """Worker job: a release -> (name, N-Triples lines, entities, counts), or (name, error message)."""
    try:
        extraction = extract(release)
        return release.name, ntriples(to_triples(extraction)), len(extraction.entities), len(extraction.counts)
    except Exception as error:  # noqa: BLE001 - reported per release; the run goes on
        return release.name, f"extraction failed: {type(error).__name__}: {error}"


IN_FLIGHT_PER_WORKER = 4


def ingest(store: Store, paths: Iterable[str | Path], force: bool = False, workers: int = 1,
           progress: Callable[[str], None] | None = None) -> IngestSummary:
    summary = IngestSummary()
    store.ensure_ontology()

    def changed() -> Iterator[Release]:
        for item in iter_releases(paths):
            if isinstance(item, ReadFailure):
                summary.failures.append(item)
                if progress:
                    progress(item.name)
                continue
            digest = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
            if not force and store.release_hash(item.name) == digest:
                summary.names.append(item.name)
                summary.unchanged += 1
                if progress:
                    progress(item.name)
                continue
            yield item

    def record(result) -> None:
        if len(result) == 2:
            summary.failures.append(ReadFailure(result[0], result[1]))
        else:
            name, lines, entities, counts = result
            store.replace_graph(graph_iri(name), lines)
            summary.names.append(name)
            summary.releases += 1
            summary.triples += len(lines)
            summary.entities += entities
            summary.counts += counts
        if progress:
            progress(result[0])

    if workers <= 1:
        for release in changed():
            record(extract_lines(release))
        return summary
    slots = threading.BoundedSemaphore(workers * IN_FLIGHT_PER_WORKER)

    def bounded() -> Iterator[Release]:
        for release in changed():
            slots.acquire()
            yield release

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for result in pool.imap(extract_lines, bounded(), chunksize=1):
            slots.release()
            record(result)
    return summary
