"""Storage: RDF in and out of a store chosen at run time, behind one interface.

This package's namespace is the store's public interface (`open_store`, `GraphStore`, `Store`, `StoreError`,
`solutions_text`); views, ingestion and the API use only these names. Backends: `embedded` (Oxigraph on disk or
in memory), `remote` (any SPARQL 1.1 Query/Update/Graph Store service); `lock` (one writer or many readers on
disk), `dump` (export and load).

May import: phakhi.graph.rdf (IRIs of releases and their graphs), phakhi.ontology. Never extraction, reading,
views or the API (import-linter contracts in pyproject.toml).
"""

from __future__ import annotations

from phakhi.graph.store.base import GraphStore, StoreError, Text, default_location, solutions_text
from phakhi.graph.store.embedded import MEMORY, Store
from phakhi.graph.store.remote import RemoteStore, is_remote

__all__ = ["MEMORY", "GraphStore", "RemoteStore", "Store", "StoreError", "Text", "default_location", "is_remote",
           "open_store", "solutions_text"]


def open_store(location: str | None = None, read_only: bool = False) -> GraphStore:
    """The store a location names: a directory (embedded Oxigraph), ':memory:', or the URL of a SPARQL
    service (`remote`)."""
    location = location or default_location()
    return RemoteStore(location) if is_remote(location) else Store(location, read_only=read_only)
