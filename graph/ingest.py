"""Releases -> extraction -> RDF -> store, reporting what could not be read.

Extraction is CPU work done per release, so with `workers > 1` it runs in worker processes while this
process reads releases (streaming archives) and is the store's only writer. Memory stays bounded: at
most a few releases per worker are in flight, and at most WRITER_QUEUE batches of new releases
(BULK_BATCH_TRIPLES each) wait for the bulk loader. A release whose text is unchanged since it was stored is skipped before
extraction (content hash); one that cannot be read or extracted is reported and the rest go on.

What a crash leaves: a changed release is replaced in one transaction, and new releases are bulk-loaded
under a journal that the next opening of the store rolls back (Store.add_new_graphs), so after a killed
run the store holds whole releases only, and running the same ingest again gives exactly the quads of an
uninterrupted run.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import multiprocessing.pool
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple
from pathlib import Path

from phakhi.graph import knowledge
from phakhi.graph.rdf.mapping import to_ntriples
from phakhi.graph.extract.pipeline import extract
from phakhi.graph.read import ReadFailure, Shard, iter_releases
from phakhi.graph.rdf.iris import graph_iri
from phakhi.graph.store import GraphStore, Store, StoreError
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


def ingest_release(store: GraphStore, release: Release, force: bool = False) -> tuple[bool, int, int, int]:
    """Extract and store one release; returns (stored?, triples, entities, counts). An unchanged release
    (same name, same text hash) is left as it is unless `force`."""
    digest = hashlib.sha256(release.text.encode("utf-8")).hexdigest()
    if not force and store.release_hash(release.name) == digest:
        return False, 0, 0, 0
    extraction = extract(release)
    lines = to_ntriples(extraction)
    store.replace_graph(graph_iri(release.name), lines)
    _fold(store, [knowledge.contribution(lines)])
    return True, len(lines), len(extraction.entities), len(extraction.counts)


# release graphs written before span model 3 (ontology/phakhi.ttl) describe their spans with oa:SpecificResource
# nodes; new graphs next to them would make one store with two models
_OLDER_MODEL = "ASK { GRAPH ?g { ?span a <http://www.w3.org/ns/oa#SpecificResource> } }"


def refuse_older_model(store: GraphStore) -> None:
    """StoreError if the store holds release graphs of an earlier span model: an ingest that skipped their
    unchanged releases would leave a store whose pages and queries find some spans and not others."""
    if store.ask(_OLDER_MODEL):
        raise StoreError("this store was written by an earlier version of phakhi (span model 2: spans as "
                         "oa:SpecificResource nodes); ingest again with --force to rewrite every release, "
                         "or ingest into a new store")


class _Job(NamedTuple):
    release: Release
    bulk: bool  # new to the store: N-Quads for the bulk loader, else N-Triples for a replacing transaction


class _Done(NamedTuple):
    name: str
    payload: bytes
    triples: int
    entities: int
    counts: int
    bulk: bool
    contribution: knowledge.Contribution | None  # what the release adds to the knowledge graph


def _fold(store: GraphStore, found: list[knowledge.Contribution | None],
          pending: knowledge.Pending | None = None) -> None:
    knowledge.apply(store, {c.release: c for c in found if c is not None}, pending)


class _Loaded:
    """The extractor's data (word lists, indexes, patterns, the tagger's model: hundreds of thousands of objects)
    loads on a process's first releases and lives as long as the process. Python's full garbage collections
    rescan every object they hold: on 500 releases in one process, 4 full collections took 0.12 s of CPU, 0.05 s
    with the data frozen (gc.freeze: set aside, never scanned or freed) after the first release, the collection
    before the freeze included. That collection comes first so no garbage of the first release is frozen."""

    frozen = False

    @classmethod
    def freeze(cls) -> None:
        cls.frozen = True
        gc.collect()
        gc.freeze()


def extract_payload(job: _Job) -> _Done | ReadFailure:
    """Worker job: extract one release and serialise its graph, or say why it failed. The payload is one
    bytes object (cheap to send between processes): N-Quads when the release is new and goes to the bulk
    loader, N-Triples for a transaction otherwise; with it, the release's contribution to the knowledge
    graph, derived here from the same lines (in the worker, so the store is not read back)."""
    release = job.release
    try:
        extraction = extract(release)
        lines = to_ntriples(extraction)
    except Exception as error:  # noqa: BLE001 - reported per release; the run goes on
        return ReadFailure(release.name, f"extraction failed: {type(error).__name__}: {error}")
    if not _Loaded.frozen:
        _Loaded.freeze()
    if job.bulk:
        graph = f" <{graph_iri(release.name)}> .\n"
        text = "".join(line[:-1] + graph for line in lines)
    else:
        text = "\n".join(lines)
    return _Done(release.name, text.encode("utf-8"), len(lines), len(extraction.entities), len(extraction.counts),
                 job.bulk, knowledge.contribution(lines))


IN_FLIGHT_PER_WORKER = 8
# releases sent to a worker as one task: multiprocessing.Pool's task and result threads wake for every message, so one
# release a message cost about 7 s of the main process's CPU per 4,000 releases; 4 a message about 4 s
CHUNK = 4
BULK_BATCH_TRIPLES = 100_000
# batches that may wait for the writer thread (a batch holds about 48 MB here). Four let the workers go on extracting
# while the writer brings the knowledge counters up to date or RocksDB holds a load back for its compaction, but on
# the whole record they took as long as one (757 s against 748 s, the same sitting): the writer's backlog was only
# drained at the end (benchmarks/README.md, "The whole record, seventeenth session")
WRITER_QUEUE = 1
# aggregates touched before the knowledge graph's counters are brought up to date: on the whole record 50,000 keeps the
# peak RSS at 1.47 GB (2.23 GB with 250,000) for about 10% more time
FINISH_EVERY = 50_000
# triples bulk-loaded in one run after which the store is compacted (store.compact): on the whole record it halves
# the store and the time of a page; on 2,000 releases (0.6M triples) it made the store 8% larger
COMPACT_AFTER = 1_000_000
# the steps of a run's end, after its last release was read (`ingest`'s `stage`; benchmarks/scale.py times them)
ENDING = ("storing the last batches", "counting the knowledge graph", "compacting the store")


def ingest(store: GraphStore, paths: Iterable[str | Path], force: bool = False, workers: int = 1,
           progress: Callable[[str], None] | None = None, bulk: bool | None = None,
           batch_triples: int = BULK_BATCH_TRIPLES, shard: Shard | None = None,
           knowledge_layer: bool = True, stage: Callable[[str], None] | None = None) -> IngestSummary:
    """Ingest every release under `paths` (with `shard`, only its share of them: the others are not
    extracted, stored or counted). New releases go to the store in batches through the bulk loader
    (`bulk`; default: on for an on-disk store, which this process holds alone), changed ones each in one
    replacing transaction; the knowledge graph follows each write, unless `knowledge_layer` is off (a
    benchmark's baseline: the next `knowledge.sync` catches up). `progress` is called once per release read;
    `stage` names each step of the run's end, after the last release was read (ENDING): on a corpus they take
    a minute, and a progress bar must not look stuck at 100% (or short of it) meanwhile."""
    summary = IngestSummary()
    if not force:
        refuse_older_model(store)
    store.ensure_ontology()
    if knowledge_layer:
        knowledge.sync(store)  # after a killed run, a load or a SPARQL Update: the knowledge graph catches up first
    # counters and successions: brought up to date when the run ends (and every FINISH_EVERY aggregates touched, so
    # memory stays bounded on a corpus); an embedded on-disk store is this
    # process's alone (locked) and its batches are folded one after another
    pending = knowledge.held_alone(store) if store.bulk_loads and knowledge_layer else knowledge.Pending()

    def fold(store: GraphStore, found: list) -> None:
        if not knowledge_layer:
            return
        _fold(store, found, pending)
        if len(pending.touched) > FINISH_EVERY:  # memory stays bounded on a corpus: finish what was folded so far
            knowledge.finish(store, pending)

    bulk = store.bulk_loads if bulk is None else bulk
    batch: list[_Done] = []
    sent_to_bulk: set[str] = set()  # a name met twice in one run is replaced by a transaction the second time

    stored_hashes = store.release_hashes()  # what the store holds before this run

    def jobs() -> Iterator[_Job]:
        for item in iter_releases(paths):
            if isinstance(item, ReadFailure):  # reported by every share: a missing path is missing for all
                summary.failures.append(item)
                if progress:
                    progress(item.name)
                continue
            if shard is not None and not shard.owns(item.name):  # another process's share
                if progress:
                    progress(item.name)
                continue
            stored = stored_hashes.get(item.name)
            if not force and stored == hashlib.sha256(item.text.encode("utf-8")).hexdigest():
                summary.names.append(item.name)
                summary.unchanged += 1
                if progress:
                    progress(item.name)
                continue
            new = bulk and stored is None and item.name not in sent_to_bulk
            if new:
                sent_to_bulk.add(item.name)
            yield _Job(item, new)

    batch_size = 0  # triples waiting in `batch`

    def flush() -> None:
        nonlocal batch_size
        if batch:
            writer.put(list(batch))
            batch.clear()
            batch_size = 0

    def failed(done: list[_Done], error: Exception) -> None:
        for item in done:
            summary.failures.append(ReadFailure(item.name, f"could not be stored: {error}"))
            summary.names.remove(item.name)
            _count(item, -1)

    def _count(done: _Done, sign: int = 1) -> None:
        summary.releases += sign
        summary.triples += sign * done.triples
        summary.entities += sign * done.entities
        summary.counts += sign * done.counts

    def record(result: _Done | ReadFailure) -> None:
        nonlocal batch_size, bulk_triples
        if isinstance(result, ReadFailure):
            summary.failures.append(result)
        else:
            summary.names.append(result.name)
            _count(result)
            if result.bulk:
                bulk_triples += result.triples
                batch.append(result)
                batch_size += result.triples
                if batch_size >= batch_triples:
                    flush()
            else:
                flush()  # an earlier copy of this release may wait in a batch: it must not land after this one
                writer.wait()
                store.replace_graph(graph_iri(result.name), result.payload.decode("utf-8").split("\n"))
                fold(store, [result.contribution])
        if progress:
            progress(result.name)

    bulk_triples = 0
    writer = _BulkWriter(store, failed, fold)
    try:
        if workers <= 1:
            for job in jobs():
                record(extract_payload(job))
        else:
            slots = threading.BoundedSemaphore(workers * IN_FLIGHT_PER_WORKER)

            def bounded() -> Iterator[_Job]:
                for job in jobs():
                    slots.acquire()
                    yield job

            with _Pool(workers, context=multiprocessing.get_context("fork")) as pool:
                for result in pool.imap(extract_payload, bounded(), chunksize=CHUNK):
                    slots.release()
                    record(result)
        if stage:
            stage(ENDING[0])
        flush()
    finally:
        writer.close()
        if pending:
            if stage:
                stage(ENDING[1])
            knowledge.finish(store, pending)
    if bulk_triples >= COMPACT_AFTER:
        if stage:
            stage(ENDING[2])
        store.compact()
    return summary


class _Pool(multiprocessing.pool.Pool):
    """multiprocessing.Pool whose worker-handler thread wakes only when a worker exits or the pool changes state
    (as ThreadPool's does), not also whenever a result is waiting in the result pipe: with results of about 40 KB
    it woke and went round its loop until the result thread had read each one: half of the pool threads' CPU
    (9.7 -> 4.8 s on 8,000 releases; benchmarks/README.md, "Ingest, eleventh session"). Nothing it does needs
    those wake-ups: workers are replaced on their exit sentinels, and the pool's cache says when it empties (its
    change notifier)."""

    def _get_sentinels(self):
        return [self._change_notifier._reader]


class _BulkWriter:
    """Bulk-loads batches of new releases in a thread of its own (Oxigraph releases the GIL), so reading
    releases and feeding the extraction workers goes on while a batch is written. At most WRITER_QUEUE wait."""

    def __init__(self, store: Store, failed: Callable[[list[_Done], Exception], None],
                 fold: Callable[[GraphStore, list], None] = _fold):
        self.store, self.failed, self.fold = store, failed, fold
        self.queue: queue.Queue[list[_Done] | None] = queue.Queue(maxsize=WRITER_QUEUE)
        self.errors: list[tuple[list[_Done], Exception]] = []
        self.knowledge_error: Exception | None = None
        self.thread = threading.Thread(target=self._run, name="phakhi-bulk-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            try:
                self.store.add_new_graphs(b"".join(d.payload for d in batch), [graph_iri(d.name) for d in batch])
            except (OSError, SyntaxError, ValueError) as error:
                self.store.recover()
                self.errors.append((batch, error))
            else:
                try:
                    self.fold(self.store, [d.contribution for d in batch])
                except Exception as error:  # noqa: BLE001 - the releases are stored; said once the run ends
                    self.knowledge_error = self.knowledge_error or error
            finally:
                self.queue.task_done()

    def put(self, batch: list[_Done]) -> None:
        self.queue.put(batch)
        self._report()

    def wait(self) -> None:
        """Until every batch handed over is in the store."""
        self.queue.join()
        self._report()

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self._report()
        if self.knowledge_error is not None:
            raise StoreError(f"the releases are stored but the knowledge graph could not be updated "
                             f"({self.knowledge_error}); run `phakhi knowledge` to bring it up to date")

    def _report(self) -> None:
        while self.errors:
            self.failed(*self.errors.pop(0))
