"""Content negotiation: the client's Accept header against what we can produce, by q-value."""

from __future__ import annotations

import pyoxigraph as ox

SELECT_TYPES = {  # media type -> writer name (api/results.py)
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
BOOLEAN_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE, "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML, "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/trig": ox.RdfFormat.TRIG, "application/n-quads": ox.RdfFormat.N_QUADS,
}


def choose(accept: str, offered: dict, default: str) -> str | None:
    """The best media type in `offered` for this Accept header; `default` for none or */*; None if
    the client accepts nothing we can produce (answer 406)."""
    if not accept.strip():
        return default
    wanted = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        wanted.append((-q, index, fields[0].lower()))
    for negative_q, _, media in sorted(wanted):
        if negative_q == 0:
            continue
        if media in offered:
            return media
        if media == "*/*" or media.endswith("/*"):
            prefix = media[:-1] if media != "*/*" else ""
            if default.startswith(prefix):
                return default
            match = next((m for m in offered if m.startswith(prefix)), None)
            if match:
                return match
    return None
