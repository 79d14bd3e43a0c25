"""phakhi's pipeline, one package per stage of the one-way data flow:

    read -> text (normalise) -> extract (find mentions, resolve in the release) -> rdf -> store -> views

- `types`    the data that flows between stages (Release, Mention, Entity, Extraction)
- `text`     Thai language utilities: normalising with an offset map, tokens, numbers, dates
- `read`     release files, directories, archives, HTTP bodies -> Release
- `extract`  Release -> Extraction (a pure function; never touches storage)
- `rdf`      IRIs and Extraction -> the release's named graph
- `store`    the store behind one interface: embedded Oxigraph, in memory, remote SPARQL
- `ingest`   the flow end to end: read -> extract -> rdf -> store, in parallel, with a crash journal
- `views`    networks, facts, query results, read back from the store
- `cli`      the `phakhi` command and evaluation against gold

A module imports only from stages before it (and phakhi.ontology); the contracts are in pyproject.toml
([tool.importlinter]) and run by tests/test_architecture.py.
"""
