"""Knowledge across releases, derived from the release graphs and kept in the store.

Release graphs are the provenance: one named graph per release, each repeating what it says about every
entity it mentions. The knowledge graph (KNOWLEDGE, <https://w3id.org/phakhi/id/graph/knowledge>) says each
fact once, with how many releases state it, the first and last release dates, and links to those releases
(maintain.py), holds the tenures of posts with their successions (tenures.py), and count series about one program or
organization over time with their W3C Data Cube data sets (series.py). Analysts query it with
`GRAPH <https://w3id.org/phakhi/id/graph/knowledge> { … }` (or FROM it); the default graph stays the union
of everything, release graphs included.

It is kept up to date by whatever writes releases: `phakhi ingest` (bulk and transaction paths), POST
/releases, Graph Store writes and SPARQL Updates of the API, `phakhi load` all call `update` or `sync`;
`phakhi knowledge` syncs a store by hand and `phakhi knowledge --rebuild` builds it again from scratch.

May import: phakhi.graph.store, phakhi.graph.rdf (IRIs), phakhi.ontology. Imported by ingestion, views, the
API and the CLI (import-linter layers in pyproject.toml).
"""

from __future__ import annotations

from phakhi.graph.knowledge.derive import Contribution, contribution, contributions
from phakhi.graph.knowledge.maintain import (BATCH, K, KNOWLEDGE, Pending, add, applied, differences, held_alone, remove,
                                             stored)
from phakhi.graph.knowledge.maintain import finish as _finish
from phakhi.graph.knowledge.spells import respell
from phakhi.graph.knowledge.tenures import FIELDS, resolve, successions, tenures
from phakhi.graph.rdf.iris import graph_iri
from phakhi.graph.store import GraphStore
from phakhi.ontology import PID

__all__ = ["FIELDS", "KNOWLEDGE", "Contribution", "Pending", "apply", "held_alone", "finish", "contribution", "rebuild", "resolve", "sync", "tenures", "update", "update_graphs"]

_GRAPH, _RELEASE = f"<{PID}graph/", f"<{PID}release/"


def finish(store: GraphStore, pending: Pending) -> None:
    """Deal the touched acting tenures' evidence out to their spells (spells.respell), recount what the writes since
    the last finish touched, redraw the successions of their posts, then record the releases applied (see
    maintain.finish: in that order, so a kill never leaves links undrawn, nor evidence undealt: a killed run's
    releases are applied again by the next `sync`)."""
    respell(store, pending)
    posts, alone = set(pending.posts), pending.alone
    _finish(store, pending, redraw=lambda: successions(store, posts, alone))


def _apply(store: GraphStore, current: dict[str, tuple[str, str]], have: dict[str, str]) -> dict[str, int]:
    """Bring the knowledge graph from the releases it holds (`have`: release -> hash) to those the store
    holds (`current`: release -> (graph, hash)): out with the gone and changed, in with the new and changed."""
    stale = sorted(r for r, h in have.items() if r not in current or current[r][1] != h)
    new = sorted(r for r, (_, h) in current.items() if have.get(r) != h)
    pending = Pending()
    for i in range(0, len(stale), BATCH):
        remove(store, stale[i:i + BATCH], pending)
    for i in range(0, len(new), BATCH):
        add(store, contributions(store, [current[r][0] for r in new[i:i + BATCH]]), pending)
    finish(store, pending)
    return {"removed": len(stale), "added": len(new)}


def apply(store: GraphStore, batch: dict[str, Contribution], pending: Pending | None = None) -> None:
    """Fold releases just written to the store (their contributions, by release IRI, as the ingest derived
    them from the lines it wrote) into the knowledge graph, replacing what an earlier version said. With a
    `pending` the counters wait for `finish(store, pending)` (an ingest finishes once, at its end)."""
    if not batch:
        return
    later = pending is not None
    pending = pending if later else Pending()
    remove(store, sorted(batch), pending)  # an earlier version's evidence, recorded or still pending
    add(store, batch, pending)
    if not later:
        finish(store, pending)


def update_graphs(store: GraphStore, graphs: list[str]) -> dict[str, int]:
    """After these graphs (IRIs) were written or dropped: fold what changed into the knowledge graph."""
    graphs = [g if g.startswith("<") else f"<{g}>" for g in graphs]
    releases = [_RELEASE + g[len(_GRAPH):] for g in graphs if g.startswith(_GRAPH)]
    current = stored(store, [g for g in graphs if g.startswith(_GRAPH)])
    return _apply(store, current, applied(store, releases))


def update(store: GraphStore, names: list[str]) -> dict[str, int]:
    """After these releases (by name) were stored, replaced or removed."""
    return update_graphs(store, [str(graph_iri(name)) for name in names])


def sync(store: GraphStore) -> dict[str, int]:
    """Compare every release in the store with what the knowledge graph was built from (in the store: only
    the differences come back, so a synced store of 90,000 releases answers in a moment), and apply the
    difference (after a crash, a load, a SPARQL Update, or on a store ingested before the layer existed)."""
    return _apply(store, *differences(store))


def rebuild(store: GraphStore) -> dict[str, int]:
    """Drop the knowledge graph and build it again from the release graphs."""
    store.update(f"DROP SILENT GRAPH {K}")
    return sync(store)
