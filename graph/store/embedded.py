"""The store: one interface (GraphStore) over the embedded Oxigraph store, on disk or in memory, with the
rdflib Dataset API through oxrdflib (`Store.dataset`), and over remote SPARQL services (`remote`).

The default graph is the union of the release graphs. Queries are passed to Oxigraph as strings (its own
engine; oxrdflib falls back to rdflib's slow engine for prepared queries). A release's graph is replaced
in one SPARQL Update (DROP + INSERT DATA), which Oxigraph applies as one transaction: readers see the old
graph or the new one, never half of either. New graphs may instead go through the bulk loader under a
journal (`add_new_graphs`, `recover`); an on-disk store has one writer or many readers (`lock`).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from phakhi.graph.store.base import GraphStore, StoreError, default_location, from_ox, solutions_text
from phakhi.graph.store.lock import StoreBusy, StoreLock
from phakhi.ontology import PH, PID, PREFIXES

MEMORY = ":memory:"
JOURNAL = PID["graph/ingest-journal"]  # graphs being bulk-loaded; see Store.add_new_graphs
# lines (triples or quads) below which an addition goes in one transaction (`load`) instead of the bulk loader: the
# bulk loader writes and syncs sorted files for every index on each call, 0.1-0.3 s of wall time and 0.01-0.09 s of
# CPU however little it adds, where a transaction of 500 knowledge quads takes 0.02 s; at 5,000 quads the two cost
# about the same and above it the bulk loader is cheaper (2x at 20,000) (benchmarks/README.md, "Seventeenth session")
SMALL_LOAD = 5_000
# the loads of `add_new_graphs` and `load_triples` parse without validating IRIs and language tags (pyoxigraph's
# `lenient`): their text is phakhi's own, written by rdf.mapping and the knowledge layer from terms that were
# validated when they were made (tests parse mapping's lines strictly), so the check found nothing and cost 6-10% of
# the bulk loader's CPU (benchmarks/README.md, "Thirty-second session"). A file a user loads (`phakhi load`) is checked.
_OWN = {"lenient": True}
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


class Store(GraphStore):
    def __init__(self, location: str | os.PathLike[str] | None = None, read_only: bool = False):
        """Open (creating if needed) the store at `location`. `read_only` opens an existing on-disk store
        for reading only; any number of readers may share a store, but not with a writer (`lock`)."""
        self.location = str(location) if location is not None else default_location()
        self.read_only = read_only and self.location != MEMORY
        self._lock: StoreLock | None = None
        try:
            if self.location == MEMORY:
                self.ox = ox.Store()
            elif self.read_only:
                if not (Path(self.location) / "CURRENT").exists():
                    raise StoreError(f"no store at {self.location}: ingest releases first (phakhi ingest PATH --store {self.location})")
                self._lock = StoreLock(self.location, exclusive=False).acquire()
                self.ox = ox.Store.read_only(self.location)
            else:
                Path(self.location).mkdir(parents=True, exist_ok=True)
                self._lock = StoreLock(self.location, exclusive=True).acquire()
                self.ox = ox.Store(self.location)
        except StoreBusy as error:
            raise StoreError(str(error)) from None
        except OSError as error:
            self._release_lock()
            message = str(error)
            if "lock" in message.lower():
                message = "it is in use by another process (stop it, or use a separate --store)"
            raise StoreError(f"cannot open the store at {self.location}: {message}") from None
        if not self.read_only:
            self.recover()

    @functools.cached_property
    def dataset(self):
        """The store as an rdflib Dataset (oxrdflib), made on first use: oxrdflib imports rdflib's SPARQL engine,
        whose grammar takes about 0.1 s to build, and ingest, queries and pages never ask for it."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        return Dataset(store=OxigraphStore(store=self.ox), default_union=True)

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @classmethod
    def memory(cls) -> Store:
        return cls(MEMORY)

    def close(self) -> None:
        """Flush and release the on-disk store so another process (or a read-only opener) sees it whole."""
        if getattr(self, "ox", None) is None:
            return
        if self.location != MEMORY and not self.read_only:
            try:
                self.ox.flush()
            except OSError:
                pass
        if self.location != MEMORY:
            if "dataset" in self.__dict__:
                self.dataset.store.close()
            self.dataset = None
            self.ox = None
            self._release_lock()

    def select(self, sparql: str) -> list[dict[str, object]]:
        """SELECT over the union of all graphs, phakhi prefixes predeclared; rows as dicts of rdflib
        terms (unbound variables are absent). Runs on Oxigraph directly and drops its result iterator
        before returning, so it is safe from any thread."""
        solutions = self.ox.query(sparql, use_default_graph_as_union=True, prefixes=_PREFIXES)
        try:
            names = [v.value for v in solutions.variables]
            rows = []
            for solution in solutions:
                rows.append({n: from_ox(solution[n]) for n in names if solution[n] is not None})
                del solution
        finally:
            del solutions
        return rows

    def select_text(self, sparql: str) -> list[dict[str, str]]:
        return solutions_text(self.ox.query(sparql, use_default_graph_as_union=True, prefixes=_PREFIXES))

    def ask(self, sparql: str) -> bool:
        return bool(self.ox.query(sparql, use_default_graph_as_union=True, prefixes=_PREFIXES))

    def run(self, sparql: str):
        """A query over the union of the release graphs, phakhi prefixes predeclared, as pyoxigraph's result."""
        return self.ox.query(sparql, use_default_graph_as_union=True, prefixes=_PREFIXES)

    def quads(self):
        """Every quad in a named graph (the release graphs and the ontology graph)."""
        return (q for q in self.ox.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))

    @property
    def bulk_loads(self) -> bool:
        return self.location != MEMORY and not self.read_only

    def update(self, sparql: str) -> None:
        self.ox.update(sparql, prefixes=_PREFIXES)

    def compact(self) -> None:
        """RocksDB's full compaction (Oxigraph's optimize). Every bulk load adds sorted files overlapping all
        that is stored, and the knowledge graph's rewrites leave old versions behind; until merged, they take
        disk and every lookup reads through them. On the whole v1 + v2 record, after ingest: 7.6 -> 4.4 GB in
        88 s, entity pages twice as fast."""
        self.ox.optimize()

    def __len__(self) -> int:
        return len(self.ox)

    def replace_graph(self, graph: URIRef, lines: list[str]) -> int:
        """Replace a named graph by the given N-Triples lines, in one transaction."""
        update = f"DROP SILENT GRAPH {graph.n3()} ;\nINSERT DATA {{ GRAPH {graph.n3()} {{\n" + "\n".join(lines) + "\n} }"
        self.ox.update(update)
        return len(lines)

    def add_new_graphs(self, nquads: bytes, graphs: list[URIRef]) -> None:
        """Add graphs the store does not hold yet, given as N-Quads, through Oxigraph's bulk loader (several
        times faster than transactions, but not atomic). Crash safety comes from a journal: the graphs are
        recorded as pending in one transaction first and cleared in another after the load, and `recover`
        (run whenever the store is opened for writing) drops any graph still pending, so a killed run
        leaves whole releases or none. Only for a writer that holds the store alone (`lock`): no
        reader can see a half-loaded batch. A small batch (`SMALL_LOAD`) is one transaction instead, atomic by
        itself."""
        if _small(nquads):  # one transaction: whole releases or none, without the journal
            self.ox.load(nquads, format=ox.RdfFormat.N_QUADS, **_OWN)
            return
        journal = f"<{JOURNAL}>"
        entries = "\n".join(f"{journal} <{PH.pending}> {g.n3()} ." for g in graphs)
        self.ox.update(f"INSERT DATA {{ GRAPH {journal} {{\n{entries}\n}} }}")
        self.ox.bulk_load(nquads, format=ox.RdfFormat.N_QUADS, **_OWN)
        self.ox.update(f"DELETE DATA {{ GRAPH {journal} {{\n{entries}\n}} }}")

    def load_triples(self, graph: URIRef | str, ntriples: bytes) -> None:
        """Add N-Triples to a named graph through Oxigraph's bulk loader, without a journal: for data whose
        writer redoes it after a crash and whose inserts are idempotent (the knowledge graph: see
        knowledge.maintain). A load of this size is one atomic ingestion of sorted files into every index,
        so no index misses a triple another holds; between loads, a killed run leaves some loads done.
        Only for a writer that holds the store alone (`lock`), like `add_new_graphs`. A small load (`SMALL_LOAD`)
        is one transaction instead."""
        load = self.ox.load if _small(ntriples) else self.ox.bulk_load
        load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(graph)), **_OWN)

    def recover(self) -> list[str]:
        """Drop the graphs an interrupted bulk load left pending (see `add_new_graphs`); returns their IRIs."""
        rows = self.ox.query(f"SELECT ?g WHERE {{ GRAPH <{JOURNAL}> {{ ?j <{PH.pending}> ?g }} }}")
        pending = [row["g"].value for row in rows]
        if pending:
            drops = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in pending)
            self.ox.update(f"{drops} ;\nDROP SILENT GRAPH <{JOURNAL}>")
        return pending


def _small(lines: bytes) -> bool:
    """Is this N-Triples or N-Quads text under SMALL_LOAD lines, so one transaction adds it more cheaply than the
    bulk loader? (counted without splitting: a scan for line ends)"""
    return lines.count(b"\n") < SMALL_LOAD
