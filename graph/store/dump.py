"""Export a store to a file and load such a file back: TriG, N-Quads and JSON-LD keep every release's
named graph; Turtle holds one graph (the union of the releases, or the one asked for).

Loading replaces each graph the dump holds, as ingest does: a graph the store lacks goes through the bulk
loader when the backend has one, a graph it holds is replaced in one transaction. Loading the export of a
store into an empty store gives the same quads back (tested for every format).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import URIRef

from phakhi.graph.store.base import GraphStore, StoreError

FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
           "turtle": ox.RdfFormat.TURTLE}
EXTENSIONS = {".trig": "trig", ".nq": "nquads", ".jsonld": "jsonld", ".json": "jsonld", ".ttl": "turtle"}
DATASET_FORMATS = ("trig", "nquads", "jsonld")


class DumpError(ValueError):
    """A dump cannot be written or read; the message says which file and why."""


def format_of(path: str | Path, given: str | None) -> str:
    if given:
        return given
    fmt = EXTENSIONS.get(Path(path).suffix.lower())
    if fmt is None:
        raise DumpError(f"{path}: cannot tell the format from the file name; give --format "
                        f"({', '.join(FORMATS)})")
    return fmt


def export(store: GraphStore, output: BinaryIO, fmt: str, graph: str | None = None) -> int:
    """Write the store (every named graph) to `output`; Turtle gets `graph` or the union of all graphs,
    each triple once. Returns the number of statements written."""
    written = 0

    def counted(items):
        nonlocal written
        for item in items:
            written += 1
            yield item

    if fmt in DATASET_FORMATS:
        quads = store.quads() if graph is None else (q for q in store.quads() if q.graph_name.value == graph)
        ox.serialize(counted(quads), output, format=FORMATS[fmt])
    elif fmt == "turtle":
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        rows = store.run(f"SELECT DISTINCT ?s ?p ?o WHERE {{ {where} }}")
        triples = (ox.Triple(r["s"], r["p"], r["o"]) for r in rows)
        ox.serialize(counted(triples), output, format=ox.RdfFormat.TURTLE,
                     prefixes={"pid": "https://w3id.org/phakhi/id/", "ph": "https://w3id.org/phakhi/def#"})
    else:
        raise DumpError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return written


def load(store: GraphStore, path: str | Path, fmt: str, graph: str | None = None,
         progress: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Load a dump; returns (graphs, statements). Turtle (one graph) needs `graph`: the named graph to put it
    in. The file is parsed whole first, so a malformed one changes nothing; then each graph is replaced in one
    transaction as it is met."""
    path = Path(path)
    if fmt not in FORMATS:
        raise DumpError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt not in DATASET_FORMATS and not graph:
        raise DumpError(f"{path}: a {fmt} file holds one graph: say which named graph to load it into (--graph IRI)")
    try:
        for _ in ox.parse(path=str(path), format=FORMATS[fmt]):
            pass  # the whole file is checked before anything is written: a malformed dump changes nothing
        parsed = ox.parse(path=str(path), format=FORMATS[fmt])
        graphs = statements = 0
        for name, lines, first in _by_graph(parsed, graph):
            if name is None:
                raise DumpError(f"{path}: has triples outside any named graph; phakhi keeps every release in its own "
                                "graph (give --graph IRI to load them into one)")
            if first:  # the dump's graph replaces the store's
                store.replace_graph(URIRef(name), lines)
                graphs += 1
            else:  # the same graph again further on in the file: add to it
                store.update(f"INSERT DATA {{ GRAPH <{name}> {{\n" + "\n".join(lines) + "\n} }")
            statements += len(lines)
            if progress:
                progress(name)
        return graphs, statements
    except SyntaxError as error:
        raise DumpError(f"{path}: not valid {fmt}: {error}") from None
    except OSError as error:
        raise DumpError(f"{path}: {error.strerror or error}") from None
    except StoreError:
        raise


def _by_graph(quads: Iterator[ox.Quad], forced: str | None) -> Iterator[tuple[str | None, list[str], bool]]:
    """Runs of consecutive quads of one graph -> (graph IRI, N-Triples lines, first run of that graph?).
    Memory holds one run (a release is a few hundred quads; exports come grouped by graph)."""
    seen: set[str | None] = set()
    current: str | None = None
    lines: list[str] = []
    for quad in quads:
        name = forced or (None if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value)
        if lines and name != current:
            yield current, lines, current not in seen
            seen.add(current)
            lines = []
        current = name
        lines.append(f"{quad.subject} {quad.predicate} {quad.object} .")
    if lines:
        yield current, lines, current not in seen
