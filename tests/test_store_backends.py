"""Store backends behind one interface: the embedded store, a real Oxigraph server process (`oxigraph
serve`, the PyPI package of the same version as pyoxigraph) started here on 127.0.0.1, and a real
`phakhi serve` used as a remote store; export to every format and load back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import URIRef

from conftest import SEED, SEEDS, run_cli
from test_api_service import _free_port

pytestmark = pytest.mark.slow

OXIGRAPH = Path(sys.executable).with_name("oxigraph")

@contextmanager
def oxigraph_server(location: Path, *flags: str):
    """A real Oxigraph server on 127.0.0.1; yields its query endpoint URL."""
    if not OXIGRAPH.exists():
        pytest.fail(f"the oxigraph server command is missing ({OXIGRAPH}): install the test extras")
    port = _free_port()
    process = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                *flags], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(100):
            try:
                httpx.get(url, params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)

def nquads(location: str) -> set[str]:
    """Every quad of a store, read through `phakhi export` (so it works for any backend)."""
    result = run_cli("export", "--store", location, "--format", "nquads", "-o", "-")
    assert result.returncode == 0, result.stderr
    return set(line for line in result.stdout.splitlines() if line.strip())

@pytest.fixture(scope="module")
def embedded(tmp_path_factory) -> str:
    location = str(tmp_path_factory.mktemp("embedded") / "store")
    result = run_cli("ingest", str(SEEDS), "--store", location)
    assert result.returncode == 0, result.stderr
    return location

@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph"), "--union-default-graph") as url:
        result = run_cli("ingest", str(SEEDS), "--store", url, "--workers", "2")
        assert result.returncode == 0, result.stderr
        assert "releases stored: 39" in result.stdout
        yield url

def test_oxigraph_server_holds_exactly_what_the_embedded_store_holds(oxigraph, embedded):
    remote, local = nquads(oxigraph), nquads(embedded)
    assert len(remote) > 20_000  # the 39 dev releases and the ontology: 24,201 quads with 5-triple spans (35,054 with 11)
    assert remote == local

def test_oxigraph_server_rerun_skips_unchanged_releases(oxigraph):
    result = run_cli("ingest", str(SEEDS), "--store", oxigraph)
    assert result.returncode == 0, result.stderr
    assert "releases stored: 0, unchanged: 39" in result.stdout

def test_facts_query_and_network_read_from_the_oxigraph_server(oxigraph, embedded, tmp_path):
    remote = run_cli("facts", str(SEED), "--store", oxigraph)
    local = run_cli("facts", str(SEED), "--store", embedded)
    assert remote.returncode == 0, remote.stderr
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    assert json.loads(remote.stdout)["organizations"]  # not vacuous
    query = 'SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a schema:NewsArticle }'
    answer = run_cli("query", "--store", oxigraph, "--format", "json", query)
    assert answer.returncode == 0, answer.stderr
    assert json.loads(answer.stdout)["results"]["bindings"][0]["n"]["value"] == "39"
    page = tmp_path / "n.html"
    drawn = run_cli("network", "--store", oxigraph, "--limit", "40", "-o", str(page))
    assert drawn.returncode == 0, drawn.stderr
    assert "40 nodes" in drawn.stdout and page.stat().st_size > 10_000

def test_a_changed_release_replaces_exactly_its_graph_on_the_oxigraph_server(tmp_path):
    releases = tmp_path / "releases"
    shutil.copytree(SEEDS, releases)
    with oxigraph_server(tmp_path / "ox", "--union-default-graph") as url:
        assert run_cli("ingest", str(releases), "--store", url).returncode == 0
        seed = releases / SEED.name
        seed.write_text(seed.read_text(encoding="utf-8").replace("กระทรวงอุตสาหกรรม", "กระทรวงพาณิชย์"), encoding="utf-8")
        result = run_cli("ingest", str(releases), "--store", url)
        assert result.returncode == 0, result.stderr
        assert "releases stored: 1, unchanged: 38" in result.stdout
        remote = nquads(url)
    local_location = str(tmp_path / "local")
    assert run_cli("ingest", str(releases), "--store", local_location).returncode == 0
    assert remote == nquads(local_location)

def test_a_server_without_a_union_default_graph_is_named_not_silently_empty(tmp_path):
    with oxigraph_server(tmp_path / "ox") as url:
        ingested = run_cli("ingest", str(SEED), "--store", url)
        result = run_cli("query", "--store", url, "SELECT ?r WHERE { ?r a schema:NewsArticle }")
    for refused in (ingested, result):  # the ingest stops at its first query, before storing any release
        assert refused.returncode == 1
        assert "union" in refused.stderr and "--union-default-graph" in refused.stderr
        assert "Traceback" not in refused.stderr

def test_unreachable_or_malformed_store_addresses_get_clear_errors():
    port = _free_port()  # nothing listens there
    result = run_cli("query", "--store", f"http://127.0.0.1:{port}/query", "ASK {}")
    assert result.returncode == 1 and "cannot reach the store" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("query", "--store", "query=ftp://example.org/q", "ASK {}")
    assert result.returncode == 1 and "bad store address" in result.stderr
    result = run_cli("serve", "--store", f"http://127.0.0.1:{port}/query")
    assert result.returncode == 1 and "embedded store" in result.stderr

def test_endpoints_are_derived_or_given():
    from phakhi.graph.store.remote import endpoints

    oxi = endpoints("http://h:7878/query")
    assert (oxi.update, oxi.graph_store) == ("http://h:7878/update", "http://h:7878/store")
    phakhi = endpoints("http://h:8000/sparql")
    assert (phakhi.update, phakhi.graph_store) == ("http://h:8000/sparql", "http://h:8000/graph-store")
    fuseki = endpoints("query=http://f/ds/query,update=http://f/ds/update,graph-store=http://f/ds/data")
    assert (fuseki.query, fuseki.update, fuseki.graph_store) == ("http://f/ds/query", "http://f/ds/update", "http://f/ds/data")

# -- export and load -------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_export_and_load_back_gives_the_same_quads(embedded, tmp_path, fmt):
    dump = tmp_path / f"dump.{ {'trig': 'trig', 'nquads': 'nq', 'jsonld': 'jsonld'}[fmt] }"
    exported = run_cli("export", "--store", embedded, "-o", str(dump))
    assert exported.returncode == 0, exported.stderr
    assert not Path(str(dump) + ".partial").exists()
    quads = list(ox.parse(path=str(dump), format={"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
                                                  "jsonld": ox.RdfFormat.JSON_LD}[fmt]))
    assert len({q.graph_name for q in quads}) == 41  # 39 releases + the ontology graph + the knowledge graph
    fresh = str(tmp_path / "fresh")
    loaded = run_cli("load", str(dump), "--store", fresh)
    assert loaded.returncode == 0, loaded.stderr
    assert "in 41 graphs" in loaded.stdout
    assert nquads(fresh) == nquads(embedded)

def test_turtle_export_is_the_union_and_loads_into_a_named_graph(embedded, tmp_path):
    dump = tmp_path / "all.ttl"
    assert run_cli("export", "--store", embedded, "-o", str(dump)).returncode == 0
    triples = {str(t) for t in ox.parse(path=str(dump), format=ox.RdfFormat.TURTLE)}
    union = {str(ox.Triple(q.subject, q.predicate, q.object))
             for q in ox.parse("\n".join(nquads(embedded)), format=ox.RdfFormat.N_QUADS)}
    assert triples == union
    refused = run_cli("load", str(dump), "--store", str(tmp_path / "s"))
    assert refused.returncode == 1 and "--graph" in refused.stderr
    loaded = run_cli("load", str(dump), "--store", str(tmp_path / "s"), "--graph", "https://example.org/all")
    assert loaded.returncode == 0, loaded.stderr
    assert f"loaded {len(triples)} statements in 1 graphs" in loaded.stdout

def test_a_malformed_dump_changes_nothing(embedded, tmp_path):
    store = str(tmp_path / "copy")
    dump = tmp_path / "good.nq"
    assert run_cli("export", "--store", embedded, "-o", str(dump)).returncode == 0
    assert run_cli("load", str(dump), "--store", store).returncode == 0
    before = nquads(store)
    bad = tmp_path / "bad.nq"  # a valid start (part of the first graphs: loading it would change them), then junk
    bad.write_text("\n".join(dump.read_text(encoding="utf-8").splitlines()[:200] + ["<broken"]), encoding="utf-8")
    result = run_cli("load", str(bad), "--store", store)
    assert result.returncode == 1 and "not valid nquads" in result.stderr and "Traceback" not in result.stderr
    assert nquads(store) == before

def test_load_into_the_oxigraph_server(embedded, tmp_path):
    dump = tmp_path / "dump.trig"
    assert run_cli("export", "--store", embedded, "-o", str(dump)).returncode == 0
    with oxigraph_server(tmp_path / "ox", "--union-default-graph") as url:
        loaded = run_cli("load", str(dump), "--store", url)
        assert loaded.returncode == 0, loaded.stderr
        assert nquads(url) == nquads(embedded)

def test_ingest_compacts_the_store_after_large_bulk_loads(tmp_path, monkeypatch):
    """A run that bulk-loaded at least COMPACT_AFTER triples ends with a full compaction: the sorted files
    the bulk loads and the knowledge graph's rewrites left are merged (fewer files than the same run leaves
    uncompacted: at most one per column family on this small store), and the quads are the same."""
    from phakhi.graph import ingest as ingest_module
    from phakhi.graph.store import Store

    files, quads = {}, {}
    for compact_after in (10**12, 1):
        monkeypatch.setattr(ingest_module, "COMPACT_AFTER", compact_after)
        location = tmp_path / f"store-{compact_after}"
        with Store(str(location)) as store:
            ingest_module.ingest(store, [SEEDS], workers=1)
            quads[compact_after] = sorted(str(q) for q in store.ox)
        files[compact_after] = len(list(location.glob("*.sst")))
    assert quads[1] == quads[10**12] and len(quads[1]) > 10_000
    assert files[1] < files[10**12], files
    assert files[1] <= 11, files  # Oxigraph's column families: id2str, graphs and the nine quad indexes

def test_ingest_names_each_step_of_its_end_after_its_last_release(tmp_path, monkeypatch):
    """After the last release is read, `ingest` names each step of the run's end (the last batches stored, the
    knowledge graph counted, the store compacted when it loaded COMPACT_AFTER triples), so a progress bar shows
    the whole count while they run and a benchmark times the releases apart from the end."""
    from phakhi.graph import ingest as ingest_module
    from phakhi.graph.store import Store

    for compact_after, steps in ((10**12, list(ingest_module.ENDING[:2])), (1, list(ingest_module.ENDING))):
        monkeypatch.setattr(ingest_module, "COMPACT_AFTER", compact_after)
        events: list[tuple[str, str]] = []
        with Store(str(tmp_path / f"store-{compact_after}")) as store:
            summary = ingest_module.ingest(store, [SEEDS], workers=2, progress=lambda name: events.append(("read", name)),
                                           stage=lambda step: events.append(("step", step)))
        read = [name for kind, name in events if kind == "read"]
        assert sorted(read) == sorted(summary.names) and len(read) > 30
        first_step = next(i for i, (kind, _) in enumerate(events) if kind == "step")
        assert all(kind == "read" for kind, _ in events[:first_step])
        assert [name for kind, name in events[first_step:]] == steps


def test_reading_waits_for_a_held_up_writer_and_memory_stays_bounded(tmp_path, monkeypatch):
    """While the writer thread is held up (a knowledge `finish`, RocksDB holding a load back for its compaction),
    at most WRITER_QUEUE batches wait for it and reading stops there (memory stays bounded on a corpus); once the
    writer goes on, every release is stored."""
    import threading

    from phakhi.graph import ingest as ingest_module
    from phakhi.graph.store import Store

    release = threading.Event()
    with Store(str(tmp_path / "store")) as store:
        load = store.add_new_graphs

        def held_up(nquads, graphs):
            release.wait(timeout=60)
            load(nquads, graphs)

        monkeypatch.setattr(store, "add_new_graphs", held_up)
        read: list[str] = []
        run = threading.Thread(target=lambda: ingest_module.ingest(store, [SEEDS], workers=1, batch_triples=1,
                                                                   progress=read.append))
        run.start()
        seen, steady = -1, 0
        while steady < 10:  # until the count has not moved for 1 s: the reader waits for room in the queue
            time.sleep(0.1)
            steady, seen = (steady + 1, seen) if len(read) == seen else (0, len(read))
        # one batch in the writer's hands, WRITER_QUEUE waiting, the reader's next batch blocked at the queue
        assert len(read) == 1 + ingest_module.WRITER_QUEUE
        release.set()
        run.join(timeout=120)
        assert not run.is_alive()
        assert len(read) > 30 and sorted(store.release_hashes()) == sorted(read)

class _Calls:
    """The pyoxigraph store of an embedded Store, recording which of its loaders each write used."""

    def __init__(self, inner):
        self.inner, self.used = inner, []

    def __getattr__(self, name):
        if name in ("load", "bulk_load"):
            self.used.append(name)
        return getattr(self.inner, name)

def test_small_additions_go_in_one_transaction_and_large_ones_through_the_bulk_loader(tmp_path, monkeypatch):
    """A few hundred knowledge triples or a batch of a few releases are written in one transaction (`load`): the bulk
    loader writes and syncs sorted files for every index on each call (0.1-0.3 s however little it adds). From
    SMALL_LOAD lines up the bulk loader takes them, under the journal for release graphs. The quads are the same."""
    from phakhi.graph.store import embedded
    from phakhi.graph.store.embedded import Store

    g = "https://w3id.org/phakhi/id/graph/release/t"
    triples = b"".join(b'<https://e.org/s%d> <https://e.org/p> "%d" .\n' % (i, i) for i in range(6))
    quads = triples.replace(b" .\n", f" <{g}> .\n".encode())
    held, default = {}, embedded.SMALL_LOAD
    for small_load in (default, 3):  # the default, then a limit below these six lines
        monkeypatch.setattr(embedded, "SMALL_LOAD", small_load)
        with Store(tmp_path / str(small_load)) as store:
            store.ox = calls = _Calls(store.ox)
            store.load_triples("https://w3id.org/phakhi/id/graph/knowledge", triples)
            store.add_new_graphs(quads, [URIRef(g)])
            held[small_load] = (sorted(str(q) for q in store.ox.inner), calls.used)
            assert not store.recover()  # no graph left pending in the journal
    assert held[default][1] == ["load", "load"]
    assert held[3][1] == ["bulk_load", "bulk_load"]
    assert held[3][0] == held[default][0] and len(held[3][0]) == 12


class _Kwargs(_Calls):
    """The pyoxigraph store of an embedded Store, recording the keyword arguments of each load."""

    def __getattr__(self, name):
        if name in ("load", "bulk_load"):
            method = getattr(self.inner, name)

            def recorded(*args, **kwargs):
                self.used.append((name, kwargs.get("lenient", False)))
                return method(*args, **kwargs)
            return recorded
        return getattr(self.inner, name)


def test_ingest_loads_its_own_text_without_validating_it_again_and_stores_the_same_quads(tmp_path, monkeypatch):
    """The ingest's own loads (release graphs written by rdf.mapping, the knowledge layer's triples) parse leniently:
    validating IRIs and language tags again cost 6-10% of the bulk loader's CPU and found nothing. The quads are those
    a strict parse of the same text gives, through the bulk loader and through a transaction alike."""
    from phakhi.graph.store import embedded
    from phakhi.graph.store.embedded import Store

    g = "https://w3id.org/phakhi/id/graph/release/t"
    triples = ('<https://w3id.org/phakhi/id/org/กรมส่งเสริมอุตสาหกรรม> <http://www.w3.org/2004/02/skos/core#prefLabel> '
               '"กรมส่งเสริมอุตสาหกรรม"@th .\n'
               '<https://e.org/s> <https://e.org/p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
               '<https://e.org/s> <https://e.org/q> "a \\"quoted\\"\\nline"@en .\n').encode("utf-8")
    quads = triples.replace(b" .\n", f" <{g}> .\n".encode())
    strict = ox.Store()
    knowledge = "https://w3id.org/phakhi/id/graph/knowledge"
    strict.load(triples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(knowledge))
    strict.load(quads, format=ox.RdfFormat.N_QUADS)
    for small_load in (embedded.SMALL_LOAD, 1):  # a transaction, then the bulk loader
        monkeypatch.setattr(embedded, "SMALL_LOAD", small_load)
        with Store(tmp_path / str(small_load)) as store:
            store.ox = calls = _Kwargs(store.ox)
            store.load_triples(knowledge, triples)
            store.add_new_graphs(quads, [URIRef(g)])
            assert [lenient for _, lenient in calls.used] == [True, True], calls.used
            assert sorted(map(str, store.ox.inner)) == sorted(map(str, strict))


def test_the_release_graphs_an_ingest_loads_leniently_are_valid_n_triples():
    """What the lenient loads skip checking holds: every seed release's graph (dev and dev-b) parses strictly."""
    from phakhi.graph.extract.pipeline import extract
    from phakhi.graph.rdf.mapping import to_ntriples
    from phakhi.graph.read import parse_release

    paths = sorted(SEEDS.glob("*.txt")) + sorted((SEEDS.parent / "releases-b").glob("1[0-9][13579].txt"))
    assert len(paths) > 40
    for path in paths:
        lines = to_ntriples(extract(parse_release(path.read_text(encoding="utf-8"), path.name)))
        assert len(list(ox.parse("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))) == len(lines)
