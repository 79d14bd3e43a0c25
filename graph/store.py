"""The one store: the rdflib Dataset API over Oxigraph (oxrdflib), on disk or in memory.

The default graph is the union of the release graphs. Queries are passed to Oxigraph as strings (its own
engine; oxrdflib falls back to rdflib's slow engine for prepared queries). A release's graph is replaced
in one SPARQL Update (DROP + INSERT DATA), which Oxigraph applies as one transaction: readers see the old
graph or the new one, never half of either.
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

from phakhi.ontology import PH, PREFIXES, ontology_path

MEMORY = ":memory:"
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says where and why."""


def default_location() -> str:
    return os.environ.get("PHAKHI_STORE") or str(Path(user_data_dir("phakhi")) / "store")


class Store:
    def __init__(self, location: str | os.PathLike[str] | None = None, read_only: bool = False):
        """Open (creating if needed) the store at `location`. `read_only` opens an existing on-disk store
        for reading only, which works while another process (`phakhi serve`, an ingest) writes to it."""
        self.location = str(location) if location is not None else default_location()
        self.read_only = read_only and self.location != MEMORY
        try:
            if self.location == MEMORY:
                self.ox = ox.Store()
            elif self.read_only:
                if not (Path(self.location) / "CURRENT").exists():
                    raise StoreError(f"no store at {self.location}: ingest releases first (phakhi ingest PATH --store {self.location})")
                self.ox = ox.Store.read_only(self.location)
            else:
                Path(self.location).mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(self.location)
        except OSError as error:
            message = str(error)
            if "lock" in message.lower():
                message = "it is in use by another phakhi process (stop it, or use a separate --store)"
            raise StoreError(f"cannot open the store at {self.location}: {message}") from None
        self.dataset = Dataset(store=OxigraphStore(store=self.ox), default_union=True)

    @classmethod
    def memory(cls) -> Store:
        return cls(MEMORY)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

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

    def query(self, sparql: str):
        """Run a SPARQL query over the union of all graphs; returns an rdflib Result."""
        return self.dataset.query(sparql)

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

    def replace_graph(self, graph: URIRef, lines: list[str]) -> int:
        """Replace a named graph by the given N-Triples lines, in one transaction."""
        update = f"DROP SILENT GRAPH {graph.n3()} ;\nINSERT DATA {{ GRAPH {graph.n3()} {{\n" + "\n".join(lines) + "\n} }"
        self.ox.update(update)
        return len(lines)

    def replace_release(self, name: str, triples: Iterable[tuple]) -> int:
        """Store a release's triples as its named graph, replacing what it had: returns the triple count."""
        return self.replace_graph(graph_iri(name), ntriples(triples))

    def remove_release(self, name: str) -> None:
        self.ox.update(f"DROP SILENT GRAPH {graph_iri(name).n3()}")

    def ensure_ontology(self) -> None:
        """Keep the vocabulary and the programs scheme in their own graph (pid:graph/ontology), so
        queries can use labels of classes and qualifiers (ph:MoreThan skos:notation "more-than")."""
        from phakhi.ontology import HERE, PID

        graph = PID["graph/ontology"]
        data = b"".join((path.read_bytes() + b"\n") for path in (ontology_path(), HERE / "authority" / "programs.ttl"))
        digest = hashlib.sha256(data).hexdigest()
        marker = f"ASK {{ GRAPH <{graph}> {{ <{graph}> <{PH.sha256}> \"{digest}\" }} }}"
        if bool(self.ox.query(marker)):
            return
        triples = []
        for path in (ontology_path(), HERE / "authority" / "programs.ttl"):
            triples += [(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
        lines = [f"{s} {p} {o} ." for s, p, o in triples] + [f"<{graph}> <{PH.sha256}> \"{digest}\" ."]
        self.ox.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(lines) + "\n} }")

    def release_hash(self, name: str) -> str | None:
        g, r = graph_iri(name), release_iri(name)
        rows = self.select(f"SELECT ?h WHERE {{ GRAPH {g.n3()} {{ {r.n3()} {PH.sha256.n3()} ?h }} }}")
        return str(rows[0]["h"]) if rows else None

    def release_names(self) -> list[str]:
        rows = self.select("SELECT DISTINCT ?name WHERE { GRAPH ?g { ?r a schema:NewsArticle ; dcterms:identifier ?name } }")
        return sorted(str(r["name"]) for r in rows)

    def __len__(self) -> int:
        return len(self.ox)

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
        counts["triples"] = len(self.ox)
        return counts


def ntriples(triples: Iterable[tuple]) -> list[str]:
    """rdflib triples as N-Triples lines (also valid inside SPARQL INSERT DATA)."""
    return [f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples]
