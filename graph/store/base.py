"""What every store backend shares (`GraphStore`: release bookkeeping and summaries written once over the
primitives a backend provides), the store's error, and result rows as plain strings. Backends: `embedded`
(Oxigraph in this process) and `remote` (a SPARQL 1.1 service)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from phakhi.graph.rdf.iris import graph_iri, release_iri
from phakhi.ontology import HERE, PH, PID, ontology_path

class Text(str):
    """A literal's value with its language tag (`select_text`)."""

    language: str | None = None


def from_ox(term):
    """A pyoxigraph term -> the rdflib term (a triple term -> a tuple of them), as oxrdflib's converter does: here so
    that a store is opened without importing oxrdflib, whose package imports rdflib's SPARQL engine and builds its
    pyparsing grammar (about 0.1 s of every command's start-up) for `Store.dataset`, which few callers use."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.Triple):
        return from_ox(term.subject), from_ox(term.predicate), from_ox(term.object)
    raise ValueError(f"Unexpected Oxigraph term: {term!r}")


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
    """$PHAKHI_STORE, else the per-user data directory's store. platformdirs is imported here, where it is needed: a
    process given --store (`eval`'s in-memory store, a benchmark's) does without it (3 ms of the process's start)."""
    if os.environ.get("PHAKHI_STORE"):
        return os.environ["PHAKHI_STORE"]
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("phakhi")) / "store")


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

    def run(self, sparql: str):
        """A query's result as pyoxigraph objects (QuerySolutions, QueryBoolean, triples): terms print as
        N-Triples, which the knowledge layer writes back as they are."""
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def replace_graph(self, graph: URIRef, lines: list[str]) -> int:
        raise NotImplementedError

    def load_triples(self, graph: URIRef | str, ntriples: bytes) -> None:
        """Bulk-add N-Triples to a named graph (only where `bulk_loads`: see embedded.Store.load_triples)."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def compact(self) -> None:
        """Merge what many bulk loads left behind (see embedded.Store.compact); a remote service manages its
        own storage, so by default nothing."""

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
        """Every stored release's name -> text hash, in one query (an ingest asks once, not per release), as
        plain strings: as rdflib terms the 91,704 rows of the whole record took 5.9 s CPU, as strings 3.9 s."""
        rows = self.select_text("SELECT ?name ?h WHERE { GRAPH ?g { ?r a schema:NewsArticle ; dcterms:identifier ?name ; "
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


