"""RDF mapping, provenance, identity across releases, and the store's replace-exactly guarantee."""

import pytest
from rdflib import PROV, Graph, Literal, URIRef

from conftest import SEED, SEEDS
from phakhi.graph.views.facts import release_facts
from phakhi.graph.ingest import ingest, ingest_release
from phakhi.graph.extract.pipeline import extract
from phakhi.graph.rdf.iris import graph_iri, span_parts
from phakhi.graph.rdf.mapping import (CONTEXT, CONTEXT_BINDS, SPAN_BINDS, SPAN_OFFSETS, SPAN_RELEASE, context,
                                      cut_context, to_ntriples)
from phakhi.graph.read import parse_release
from phakhi.graph.store import Store
from phakhi.ontology import OA, PH, PID, shapes_path


def _quads(store):
    return sorted(str(q) for q in store.ox)


def test_reingest_replaces_the_release_graph_exactly(store):
    ingest(store, [SEED])
    first = _quads(store)
    summary = ingest(store, [SEED], force=True)
    assert summary.releases == 1 and _quads(store) == first
    assert ingest(store, [SEED]).unchanged == 1  # unchanged text: skipped

    text = SEED.read_text(encoding="utf-8")
    changed = parse_release(text.replace("กว่า 500 คน", "กว่า 600 คน"), SEED.name)
    stored, *_ = ingest_release(store, changed)
    assert stored
    after = _quads(store)
    assert any("600" in q for q in after) and not any('"500"' in q for q in after)
    graphs = {g.value for g in store.ox.named_graphs()}
    # the release's graph, the vocabulary, and the knowledge graph derived from the releases (graph/knowledge/)
    assert graphs == {str(graph_iri(SEED.name)), str(PID["graph/ontology"]), str(PID["graph/knowledge"])}


def test_one_iri_per_entity_across_releases(store):
    ingest(store, [SEED, SEEDS / "027.txt"])
    rows = store.select("""SELECT DISTINCT ?p ?r WHERE { ?p a schema:Person ; skos:prefLabel "อุตตม สาวนายน"@th ;
                                                         ph:mentionedIn ?r }""")
    assert len({str(r["p"]) for r in rows}) == 1 and len({str(r["r"]) for r in rows}) == 2
    moi = store.select("""SELECT ?r WHERE { pid:org%2Fmoi ph:mentionedIn ?r }""".replace("pid:org%2Fmoi", f"<{PID}org/moi>"))
    assert len(moi) == 2
    labels = {str(r["l"]) for r in store.select(f"SELECT ?l WHERE {{ <{PID}org/moi> skos:altLabel ?l }}")}
    assert "ก.อุตสาหกรรม" in labels  # a surface form only release 027 uses


def test_provenance_spans_quote_the_original_text(store):
    """A span's characters, read in SPARQL from its IRI and the stored text (SPAN_BINDS), are the characters
    of the release text at its offsets, and `span_parts` reads the same offsets in Python."""
    ingest(store, [SEEDS / "027.txt"])
    text = parse_release((SEEDS / "027.txt").read_text(encoding="utf-8"), "027.txt").text
    rows = store.select(f"""SELECT ?span ?start ?end ?exact WHERE {{ GRAPH ?g {{
        ?e prov:wasDerivedFrom ?span . ?r schema:articleBody ?body {SPAN_BINDS} }} }}""")
    assert len(rows) > 50
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start < end and text[start:end] == str(row["exact"]) and str(row["exact"]).strip()
        assert span_parts(str(row["span"]))[1:] == (start, end)


def test_a_span_is_an_iri_of_its_release_and_nothing_more(store):
    """Span model 3: a fact's evidence is "<release>#char=start,end" of the release whose graph states the
    fact, and no triple describes the span (no node, no selector, no stored quote); one span may be the
    evidence of several facts (026: two posts from one span)."""
    ingest(store, [SEEDS / "027.txt", SEEDS / "026.txt"])
    rows = store.select("SELECT ?g ?span WHERE { GRAPH ?g { ?e prov:wasDerivedFrom ?span } }")
    assert len(rows) > 100
    for row in rows:
        release, start, end = span_parts(str(row["span"]))
        assert release == str(row["g"]).replace("/graph/", "/release/")
        assert start < end
    assert not store.ask("ASK { ?e prov:wasDerivedFrom ?span . ?span ?p ?o }")
    assert not store.ask("ASK { { ?s a oa:SpecificResource } UNION { ?s oa:exact ?o } UNION { ?s oa:hasSelector ?o } }")
    cited = store.select("SELECT ?span (COUNT(?e) AS ?n) WHERE { ?e prov:wasDerivedFrom ?span } GROUP BY ?span "
                         "HAVING (COUNT(?e) > 1)")
    assert cited


def test_span_parts_refuses_what_is_not_a_span():
    assert span_parts(f"{PID}release/ab#char=3,10") == (f"{PID}release/ab", 3, 10)
    for bad in (f"{PID}release/ab", f"{PID}release/ab#char=3", f"{PID}release/ab#char=a,b", "#char=1,2"):
        with pytest.raises(ValueError, match="not a span IRI"):
            span_parts(bad)


def test_a_release_graph_has_no_repeated_triple():
    for path in (SEED, SEEDS / "026.txt", SEEDS / "027.txt"):
        lines = to_ntriples(extract(parse_release(path.read_text(encoding="utf-8"), path.name)))
        assert len(lines) == len(set(lines)), [line for line in lines if lines.count(line) > 1][:3]


def test_quote_context_read_from_the_stored_text_is_the_context_of_the_text(store):
    """The prefix and suffix of a quote, derived in SPARQL from schema:articleBody (CONTEXT_BINDS, cut at the
    line by cut_context), are exactly the words around the span in the release text."""
    ingest(store, [SEEDS / "027.txt"])
    text = parse_release((SEEDS / "027.txt").read_text(encoding="utf-8"), "027.txt").text
    rows = store.select(f"""SELECT ?start ?end ?before ?after WHERE {{ ?e prov:wasDerivedFrom ?span
        {SPAN_RELEASE} {SPAN_OFFSETS} ?release schema:articleBody ?body {CONTEXT_BINDS} }}""")
    assert len(rows) > 50
    cut = 0
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        prefix, suffix = cut_context(str(row["before"]), str(row["after"]))
        assert (prefix, suffix) == context(text, start, end)
        assert text[start - len(prefix):end + len(suffix)] == prefix + text[start:end] + suffix
        cut += len(prefix) < min(start, CONTEXT)  # some contexts stop at the line
    assert cut


def test_release_graph_conforms_to_the_shapes(store):
    from pyshacl import validate

    ingest(store, [SEED, SEEDS / "002.txt"])
    data = Graph()
    for s, p, o, _ in store.dataset.quads((None, None, None, None)):
        data.add((s, p, o))
    shapes = Graph().parse(shapes_path())
    conforms, _, report = validate(data, shacl_graph=shapes, inference="none")
    assert conforms, report


def test_shapes_catch_a_broken_count(store):
    from pyshacl import validate

    ingest(store, [SEED])
    data = Graph()
    for s, p, o, _ in store.dataset.quads((None, None, None, None)):
        data.add((s, p, o))
    count = next(data.subjects(predicate=PH.qualifier))
    data.set((count, PH.qualifier, URIRef("https://example.org/unknown")))
    conforms, _, _ = validate(data, shacl_graph=Graph().parse(shapes_path()), inference="none")
    assert not conforms


@pytest.mark.parametrize("break_span", ["fragment", "order", "beyond", "elsewhere", "described"])
def test_shapes_catch_a_broken_span(store, break_span):
    """The span shape checks what a span IRI says: a fragment that is not "#char=start,end", a start after
    its end, an end past the release text, a release not in the data, or a triple describing the span (a
    stored quote) each fail validation."""
    from pyshacl import validate

    ingest(store, [SEED])
    data = Graph()
    for s, p, o, _ in store.dataset.quads((None, None, None, None)):
        data.add((s, p, o))
    fact, span = next(data.subject_objects(PROV.wasDerivedFrom))
    release, start, end = span_parts(str(span))
    broken = {"fragment": f"{release}#{start}-{end}", "order": f"{release}#char={end + 1},{end}",
              "beyond": f"{release}#char={start},100000000", "elsewhere": f"{PID}release/nowhere#char={start},{end}",
              "described": None}[break_span]
    if broken is None:
        data.add((span, OA.exact, Literal("quote")))
    else:
        data.set((fact, PROV.wasDerivedFrom, URIRef(broken)))
    conforms, _, report = validate(data, shacl_graph=Graph().parse(shapes_path()), inference="none")
    assert not conforms, report


def test_facts_are_read_back_from_the_store(store):
    ingest(store, [SEED])
    facts = release_facts(store, SEED.name)
    assert facts["published"] == "2018-10-03"
    assert any("UNIDO" in o["names"] for o in facts["organizations"])
    # change the stored graph behind the extractor's back: the facts follow the store
    g = graph_iri(SEED.name)
    store.ox.update(f"""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        INSERT DATA {{ GRAPH <{g}> {{ <{PID}org/unido> skos:altLabel "ยูนิโด"@th }} }}""")
    facts = release_facts(store, SEED.name)
    assert any("ยูนิโด" in o["names"] for o in facts["organizations"])


def test_store_persists_on_disk(tmp_path):
    location = tmp_path / "store"
    with Store(location) as store:
        ingest(store, [SEED])
        count = len(store)
    with Store(location, read_only=True) as again:
        assert len(again) == count and again.release_names() == [SEED.name]


def test_read_only_store_that_does_not_exist_is_a_clear_error(tmp_path):
    import pytest

    from phakhi.graph.store import StoreError

    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "nothing", read_only=True)


def test_parallel_ingest_stores_exactly_what_a_serial_one_does(tmp_path):
    serial, parallel = Store.memory(), Store.memory()
    paths = [SEED, SEEDS / "001.txt", SEEDS / "027.txt", SEEDS / "038.txt"]
    a = ingest(serial, paths, workers=1)
    b = ingest(parallel, paths, workers=2)
    assert (a.releases, a.triples, a.entities) == (b.releases, b.triples, b.entities) == (4, a.triples, a.entities)
    assert _quads(serial) == _quads(parallel)
    again = ingest(parallel, paths, workers=2)
    assert again.unchanged == 4 and again.releases == 0 and _quads(parallel) == _quads(serial)


def test_ingest_reports_bad_releases_and_stores_the_rest(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfd")
    store = Store.memory()
    summary = ingest(store, [bad, SEED, tmp_path / "missing.txt"], workers=2)
    assert summary.releases == 1 and {f.name for f in summary.failures} == {str(bad), str(tmp_path / "missing.txt")}
    assert store.release_names() == [SEED.name]


def test_a_store_opens_without_rdflib_s_sparql_engine_and_gives_its_dataset_on_demand(tmp_path):
    """oxrdflib imports rdflib's SPARQL engine (a pyparsing grammar built at import, about 0.1 s of every command's
    start-up): opening, writing and querying a store must not import it; `Store.dataset` still gives the Dataset."""
    import subprocess
    import sys

    code = ("import sys\nfrom phakhi.graph.ingest import ingest\nfrom phakhi.graph.store import Store\n"
            f"with Store({str(tmp_path / 'store')!r}) as store:\n"
            f"    ingest(store, [{str(SEED)!r}])\n    rows = store.select('SELECT ?s WHERE {{ ?s a schema:NewsArticle }}')\n"
            "    assert rows, rows\n"
            "    assert not [m for m in sys.modules if m.startswith(('oxrdflib', 'rdflib.plugins.sparql', 'pyparsing'))]\n"
            "    assert len(store.dataset) >= 0 and 'oxrdflib' in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_store_rows_convert_terms_as_oxrdflib_does():
    import pyoxigraph as ox
    from oxrdflib._converter import from_ox as oxrdflib_from_ox

    from phakhi.graph.store.base import from_ox

    terms = [ox.NamedNode("https://w3id.org/phakhi/id/x"), ox.BlankNode("b1"), ox.Literal("กรม", language="th"),
             ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), ox.Literal("ข้อความ"),
             ox.Triple(ox.NamedNode("https://e.org/s"), ox.NamedNode("https://e.org/p"), ox.Literal("o")), None]
    for term in terms:
        mine, theirs = from_ox(term), oxrdflib_from_ox(term)
        assert mine == theirs and type(mine) is type(theirs)
        if isinstance(mine, Literal):
            assert (mine.language, mine.datatype) == (theirs.language, theirs.datatype)


def test_the_extractor_s_data_is_frozen_out_of_full_collections_after_a_process_s_first_release(tmp_path):
    """After the first release a process extracts, what it has loaded is set aside from the garbage collector
    (gc.freeze: full collections no longer rescan it); the facts do not depend on it (the rest of this file)."""
    import subprocess
    import sys

    code = ("import gc\nfrom phakhi.graph.ingest import ingest\nfrom phakhi.graph.store import Store\n"
            "assert gc.get_freeze_count() == 0\n"
            f"with Store({str(tmp_path / 'store')!r}) as store:\n"
            f"    ingest(store, [{str(SEED)!r}], workers=1)\n"
            "assert gc.get_freeze_count() > 10_000, gc.get_freeze_count()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
