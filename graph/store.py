"""The store: one interface (GraphStore) over the embedded Oxigraph store, on disk or in memory, with the
rdflib Dataset API through oxrdflib (`Store.dataset`), and over remote SPARQL services (graph/remote.py).

The default graph is the union of the release graphs. Queries are passed to Oxigraph as strings (its own
engine; oxrdflib falls back to rdflib's slow engine for prepared queries). A release's graph is replaced
in one SPARQL Update (DROP + INSERT DATA), which Oxigraph applies as one transaction: readers see the old
graph or the new one, never half of either. New graphs may instead go through the bulk loader under a
journal (`add_new_graphs`, `recover`); an on-disk store has one writer or many readers (graph/lock.py).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from platformdirs import user_data_dir
from rdflib import Dataset, URIRef

from phakhi.graph.iris import graph_iri, release_iri
from oxrdflib._converter import from_ox

from phakhi.graph.lock import StoreBusy, StoreLock
from phakhi.ontology import HERE, PH, PID, PREFIXES, ontology_path

MEMORY = ":memory:"
JOURNAL = PID["graph/ingest-journal"]  # graphs being bulk-loaded; see Store.add_new_graphs
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


class Text(str):
    """A literal's value with its language tag (`select_text`)."""

    language: str | None = None


def solutions_text(solutions) -> list[dict[str, str]]:
    """pyoxigraph QuerySolutions -> rows of plain strings (see GraphStore.select_text)."""
    names = [v.value for v in solutions.variables]
    rows = []
    for solution in solutions:
        row = {}
        for name in names:
            term = solution[name]
            if term is None:
                continue
            if isinstance(term, ox.Literal) and term.language:
                text = Text(term.value)
                text.language = term.language
                row[name] = text
            else:
                row[name] = term.value
        rows.append(row)
    return rows


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says where and why."""


def default_location() -> str:
    return os.environ.get("PHAKHI_STORE") or str(Path(user_data_dir("phakhi")) / "store")


def open_store(location: str | None = None, read_only: bool = False) -> GraphStore:
    """The store a location names: a directory (embedded Oxigraph), ':memory:', or the URL of a SPARQL
    service (graph/remote.py)."""
    from phakhi.graph.remote import RemoteStore, is_remote

    location = location or default_location()
    return RemoteStore(location) if is_remote(location) else Store(location, read_only=read_only)


class GraphStore:
    """What every backend shares: the release bookkeeping and summaries, written once over the four
    primitives a backend provides (select, ask, update, replace_graph) and export."""

    location: str
    read_only: bool
    bulk_loads = False  # can take new graphs through add_new_graphs (an embedded on-disk store held alone)

    def select(self, sparql: str) -> list[dict[str, object]]:
        raise NotImplementedError

    def select_text(self, sparql: str) -> list[dict[str, str]]:
        """Like `select`, but values as plain strings (IRIs and lexical forms; a language-tagged literal is
        a `Text` that also carries its .language): several times cheaper than rdflib terms, for code that
        only reads values (network views over thousands of rows)."""
        raise NotImplementedError

    def ask(self, sparql: str) -> bool:
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def replace_graph(self, graph: URIRef, lines: list[str]) -> int:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def recover(self) -> list[str]:
        return []

    def ensure_ontology(self) -> None:
        """Keep the vocabulary and the programs scheme in their own graph (pid:graph/ontology), so
        queries can use labels of classes and qualifiers (ph:MoreThan skos:notation "more-than")."""
        graph = PID["graph/ontology"]
        data = b"".join((path.read_bytes() + b"\n") for path in (ontology_path(), HERE / "authority" / "programs.ttl"))
        digest = hashlib.sha256(data).hexdigest()
        marker = f"ASK {{ GRAPH <{graph}> {{ <{graph}> <{PH.sha256}> \"{digest}\" }} }}"
        if self.ask(marker):
            return
        triples = []
        for path in (ontology_path(), HERE / "authority" / "programs.ttl"):
            triples += [(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
        lines = [f"{s} {p} {o} ." for s, p, o in triples] + [f"<{graph}> <{PH.sha256}> \"{digest}\" ."]
        self.replace_graph(URIRef(graph), lines)

    def release_hash(self, name: str) -> str | None:
        g, r = graph_iri(name), release_iri(name)
        rows = self.select(f"SELECT ?h WHERE {{ GRAPH {g.n3()} {{ {r.n3()} {PH.sha256.n3()} ?h }} }}")
        return str(rows[0]["h"]) if rows else None

    def release_hashes(self) -> dict[str, str]:
        """Every stored release's name -> text hash, in one query (an ingest asks once, not per release)."""
        rows = self.select("SELECT ?name ?h WHERE { GRAPH ?g { ?r a schema:NewsArticle ; dcterms:identifier ?name ; "
                           "ph:sha256 ?h } }")
        return {str(row["name"]): str(row["h"]) for row in rows}

    def release_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?name WHERE { GRAPH ?g { ?r a schema:NewsArticle ; dcterms:identifier ?name } }")
        return sorted(str(r["name"]) for r in rows)

    def stats(self) -> dict[str, int]:
        counts = {}
        mentioned = "?e ph:mentionedIn ?r ."
        queries = {
            "releases": "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a schema:NewsArticle }",
            "organizations": f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a org:Organization . {mentioned} }}",
            "persons": f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a schema:Person . {mentioned} }}",
            "posts": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?p org:holds ?e }",
            "programs": f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ph:Program . {mentioned} }}",
            "events": f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a schema:Event . {mentioned} }}",
            "counts": f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ph:Count . {mentioned} }}",
        }
        for key, sparql in queries.items():
            rows = self.select(sparql)
            counts[key] = int(rows[0]["n"]) if rows else 0
        counts["triples"] = len(self)
        return counts


class Store(GraphStore):
    def __init__(self, location: str | os.PathLike[str] | None = None, read_only: bool = False):
        """Open (creating if needed) the store at `location`. `read_only` opens an existing on-disk store
        for reading only; any number of readers may share a store, but not with a writer (graph/lock.py)."""
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
        self.dataset = Dataset(store=OxigraphStore(store=self.ox), default_union=True)
        if not self.read_only:
            self.recover()

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
        leaves whole releases or none. Only for a writer that holds the store alone (graph/lock.py): no
        reader can see a half-loaded batch."""
        journal = f"<{JOURNAL}>"
        entries = "\n".join(f"{journal} <{PH.pending}> {g.n3()} ." for g in graphs)
        self.ox.update(f"INSERT DATA {{ GRAPH {journal} {{\n{entries}\n}} }}")
        self.ox.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        self.ox.update(f"DELETE DATA {{ GRAPH {journal} {{\n{entries}\n}} }}")

    def recover(self) -> list[str]:
        """Drop the graphs an interrupted bulk load left pending (see `add_new_graphs`); returns their IRIs."""
        rows = self.ox.query(f"SELECT ?g WHERE {{ GRAPH <{JOURNAL}> {{ ?j <{PH.pending}> ?g }} }}")
        pending = [row["g"].value for row in rows]
        if pending:
            drops = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in pending)
            self.ox.update(f"{drops} ;\nDROP SILENT GRAPH <{JOURNAL}>")
        return pending

