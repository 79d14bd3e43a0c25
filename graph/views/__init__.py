"""Views: what is read back from the store for people and tools. Networks (`project`: a networkx projection of
the store per view; `draw`: the self-contained pyvis page), the facts contract of eval/SPEC.md (`facts`), and
query results as tables, JSON or CSV (`query`).

May import: phakhi.graph.store (its public namespace only), phakhi.graph.rdf, phakhi.ontology. Never reading,
extraction, ingestion, the CLI or the API.
"""
