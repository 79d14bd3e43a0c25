"""Extraction: a `Release` -> an `Extraction` (entities with their names, spans, posts, parties and dates;
counts), by finding mentions over the normalised text and resolving them within the release.

`pipeline.extract` runs the stages in order over one `document.Doc`; each stage is a small module with one job
(`organizations`, `persons`, `programs`, `events`, `counts`), matching what the authority files know through
`authority` and `gazetteer`; `resolve` turns the mentions into entities (abbreviations defined in the release,
short forms, one key per entity).

May import: phakhi.graph.types, phakhi.graph.text, phakhi.ontology. Never reading, RDF, storage, views, the CLI
or the API: extraction is a pure function of the release (import-linter contracts in pyproject.toml).
"""
