"""Knowledge across releases: what the release graphs say taken together. Count series (`series`: the counts
about one program or organization over time, and their W3C Data Cube data sets).

May import: phakhi.graph.store (its public namespace only), phakhi.graph.rdf, phakhi.ontology. Never reading,
extraction, views, ingestion, the CLI or the API (import-linter contracts in pyproject.toml).
"""
