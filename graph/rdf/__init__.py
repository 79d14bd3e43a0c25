"""Mapping to RDF: IRIs for releases, their graphs, entities, posts and spans (`iris`), and an `Extraction` ->
the N-Triples of its release's named graph with span provenance (`mapping`).

May import: phakhi.graph.types, phakhi.graph.text (label normalisation for IRIs), phakhi.ontology. Never
extraction, storage, views or the API.
"""
