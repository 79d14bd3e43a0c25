"""Endpoint overhead: phakhi's /sparql over HTTP against bare pyoxigraph, with rdflib's own engine for scale.

What it measures: the median wall time (ms) of the same four SELECT queries, on the same data, answered three
ways:

- pyoxigraph: in this process, `Store.ox.query(text, use_default_graph_as_union=True)` with the result fully
  serialised to SPARQL JSON by `QuerySolutions.serialize` (bytes out, as the endpoint's client receives);
- endpoint: a real `phakhi serve` process (uvicorn) on 127.0.0.1, asked with GET /sparql?query=... through one
  persistent httpx client, the body fully read (HTTP + protocol checks + execution + api/results.py's JSON);
- rdflib: rdflib's SPARQL engine on an in-memory `Dataset(store="Memory", default_union=True)` holding the same
  quads, the result serialised to JSON.

Each engine gets --repeat timed runs per query, or fewer once it has spent --budget seconds on that query
(at least one): rdflib on the 10k-row query, and every engine on big corpus stores, would otherwise take
minutes. A run count in brackets in the table means the budget cut the repetitions.

Why: the issue's target is endpoint <= 1.5x bare pyoxigraph per query; the ratio shows what the service layer
costs on top of the engine, and rdflib's column shows what the Oxigraph engine buys over a pure-Python one.

Queries: (a) lookup: the labels of one entity by IRI; (b) 2-hop join: person -> post -> organization label;
(c) GROUP BY: organizations by number of releases mentioning them; (d) 10k rows: SELECT ?s ?p ?o LIMIT 10000.
Each query gets one untimed warm-up per engine first; pyoxigraph and endpoint runs alternate so the drift
of a busy machine hits both alike. Answers are checked to agree (same rows, order aside; for the
LIMIT query without ORDER BY only the row count, since which 10k rows come back is the engine's choice).

Data: seeds/releases ingested into an on-disk store in a temp dir (or --store DIR, reused if it already holds
a store), plus the first N releases of a corpus tarball with --corpus TAR --releases N (copied out of the
tarball, then ingested with one extraction process per core: about 45 releases/s on 2 cores). Big stores are
slow in two places: rdflib's load (about 1 min and 1.9 GB for 2,000 releases; --no-rdflib skips it) and the
2-hop join, which Oxigraph 0.5 evaluates over one copy of each triple per release graph (190 s per run at
2,000 releases; --queries leaves it out).

Run: python benchmarks/endpoint.py [--store DIR] [--corpus TAR --releases N] [--repeat K] [--budget S]
                                   [--no-rdflib] [--queries NAMES] [--json]
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")  # a benchmark never downloads
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import signal  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tarfile  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

from serving import free_port, start_server, stop_server  # noqa: E402  (benchmarks/serving.py)

import httpx  # noqa: E402
import pyoxigraph as ox  # noqa: E402
import rdflib  # noqa: E402

from phakhi.graph.ingest import ingest  # noqa: E402
from phakhi.graph.read import RELEASE_SUFFIXES  # noqa: E402
from phakhi.graph.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5  # the bound on endpoint / pyoxigraph
JSON_MEDIA = "application/sparql-results+json"
QUERY_NAMES = ("lookup", "2-hop-join", "group-by", "10k-rows")
DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
PREFIXES = """PREFIX ph: <https://w3id.org/phakhi/def#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@dataclass
class Row:
    query: str
    rows: int
    pyoxigraph_ms: float
    endpoint_ms: float
    rdflib_ms: float | None
    runs: dict[str, int]
    endpoint_over_pyoxigraph: float
    rdflib_over_endpoint: float | None
    meets_target: bool
    answers_agree: str


def queries(store: Store) -> tuple[str, dict[str, tuple[str, bool]]]:
    """The lookup's IRI (the most mentioned organization) and name -> (query text, whether all engines must
    return the same rows; False: only the same number of rows)."""
    busiest = PREFIXES + """SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?e ph:mentionedIn ?r ;
        a org:Organization } } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1"""
    iri = next(iter(store.ox.query(busiest, use_default_graph_as_union=True)))["e"].value
    return iri, {
        "lookup": (PREFIXES + f"SELECT DISTINCT ?p ?label WHERE {{ <{iri}> ?p ?label . "
                   "VALUES ?p { skos:prefLabel skos:altLabel rdfs:label } }", True),
        # Matched inside each release graph (GRAPH ?g), as the home page's examples do: the same answers as
        # over the union, which Oxigraph 0.5 evaluates over one copy of each triple per release graph that
        # holds it (hours on the corpus store; see benchmarks/README.md).
        "2-hop-join": (PREFIXES + """SELECT DISTINCT ?person ?post ?organization WHERE { GRAPH ?g {
  ?person org:holds ?post . ?post org:postIn ?org .
  ?org skos:prefLabel ?organization FILTER(lang(?organization) = "th") } }""",
                       True),
        "group-by": (PREFIXES + """SELECT ?org (COUNT(DISTINCT ?release) AS ?releases) WHERE { GRAPH ?g {
  ?org a org:Organization ; ph:mentionedIn ?release } } GROUP BY ?org ORDER BY DESC(?releases) ?org""", True),
        "10k-rows": ("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10000", False),
    }


def first_releases(corpus: str, count: int, into: Path) -> None:
    """Copy the first `count` release files of a tarball into `into` (streamed: the rest is never read)."""
    into.mkdir()
    with tarfile.open(corpus, mode="r|*") as archive:
        for member in archive:
            if count == 0:
                break
            handle = archive.extractfile(member) if member.isfile() else None
            if handle is not None and member.name.lower().endswith(RELEASE_SUFFIXES):
                (into / f"{count:06d}_{Path(member.name).name}").write_bytes(handle.read())
                count -= 1


def build_store(location: Path, corpus: str | None, releases: int, scratch: Path) -> str:
    """Ingest seeds/releases and the first `releases` releases of `corpus` (extraction in one worker process
    per core), unless a store is already there; returns what the store holds, for the report."""
    if (location / "CURRENT").exists():
        return f"the store already at {location}"
    started = time.perf_counter()
    paths = [ROOT / "seeds" / "releases"]
    if corpus:
        first_releases(corpus, releases, scratch / "corpus")
        paths.append(scratch / "corpus")
    with Store(location) as store:
        summary = ingest(store, paths, workers=os.cpu_count() or 1)
    print(f"ingested {summary.releases} releases in {time.perf_counter() - started:.1f} s"
          f" ({len(summary.failures)} failed)", file=sys.stderr)
    return "seeds/releases" + (f" + the first {releases} releases of {corpus}" if corpus else "")


def timed(fn: Callable[[], bytes]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def canonical(payload: bytes, exact: bool) -> object:
    bindings = json.loads(payload)["results"]["bindings"]
    return sorted(json.dumps(b, sort_keys=True) for b in bindings) if exact else len(bindings)


def fmt(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def measure(name: str, text: str, exact: bool, store: Store, client: httpx.Client, dataset: rdflib.Dataset | None,
            repeat: int, budget_s: float) -> Row:
    def more(spent: list[float]) -> bool:
        return not spent or (len(spent) < repeat and sum(spent) < budget_s * 1000)

    def bare() -> bytes:
        return store.ox.query(text, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)

    def endpoint() -> bytes:
        response = client.get("/sparql", params={"query": text})
        response.raise_for_status()
        return response.read()

    def pure() -> bytes:
        assert dataset is not None
        return dataset.query(text).serialize(format="json")

    answers = {"pyoxigraph": bare(), "endpoint": endpoint()}  # the warm-up runs give the answers to compare
    ox_ms: list[float] = []
    ep_ms: list[float] = []
    while more(ox_ms) and more(ep_ms):  # alternate, so the drift of a busy machine hits both alike
        ox_ms.append(timed(bare))
        ep_ms.append(timed(endpoint))
    rd_ms: list[float] = []
    if dataset is not None:
        answers["rdflib"] = pure()
        while more(rd_ms):
            rd_ms.append(timed(pure))
    reference = canonical(answers["pyoxigraph"], exact)
    disagree = [engine for engine, payload in answers.items() if canonical(payload, exact) != reference]
    ox_med, ep_med = statistics.median(ox_ms), statistics.median(ep_ms)
    rd_med = statistics.median(rd_ms) if rd_ms else None
    return Row(name, len(json.loads(answers["pyoxigraph"])["results"]["bindings"]), ox_med, ep_med, rd_med,
               {"pyoxigraph": len(ox_ms), "endpoint": len(ep_ms), "rdflib": len(rd_ms)}, ep_med / ox_med,
               rd_med / ep_med if rd_med is not None else None, ep_med / ox_med <= TARGET,
               "yes" if not disagree else "NO: " + ", ".join(disagree))


def print_table(results: list[Row], repeat: int) -> None:
    def cell(ms: float | None, engine: str, r: Row, digits: int = 2) -> str:
        runs = r.runs[engine]
        return fmt(ms, digits) + (f" ({runs})" if ms is not None and runs < repeat else "")

    header = ["query", "rows", "pyoxigraph ms", "endpoint ms", "rdflib ms", "endpoint/pyoxigraph",
              "rdflib/endpoint", f"<= {TARGET}x", "agree"]
    table = [[r.query, str(r.rows), cell(r.pyoxigraph_ms, "pyoxigraph", r), cell(r.endpoint_ms, "endpoint", r),
              cell(r.rdflib_ms, "rdflib", r, 1), fmt(r.endpoint_over_pyoxigraph, 2) + "x",
              fmt(r.rdflib_over_endpoint) + ("x" if r.rdflib_over_endpoint is not None else ""),
              "yes" if r.meets_target else "NO", r.answers_agree] for r in results]
    widths = [max(len(line[i]) for line in [header] + table) for i in range(len(header))]
    for line in [header, ["-" * w for w in widths]] + table:
        print(" | ".join(text.ljust(w) if i == 0 else text.rjust(w) for i, (text, w) in enumerate(zip(line, widths))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="store directory: reused if it holds a store, else built there")
    parser.add_argument("--corpus", help="a release tarball (e.g. thaigov-v1.tar.xz) to add releases from")
    parser.add_argument("--releases", type=int, default=0, help="how many corpus releases to add [0]")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query and engine [20]")
    parser.add_argument("--budget", type=float, default=10.0, help="seconds of timed runs per query and engine [10]")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib (big stores)")
    parser.add_argument("--queries", default=",".join(QUERY_NAMES),
                        help=f"which queries, comma-separated [{','.join(QUERY_NAMES)}]")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    if args.corpus and args.releases <= 0:
        parser.error("--corpus needs --releases N")
    chosen = [q.strip() for q in args.queries.split(",") if q.strip()]
    if not chosen or set(chosen) - set(QUERY_NAMES):
        parser.error(f"--queries takes names from {', '.join(QUERY_NAMES)}")

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so `finally` stops the server
    temp = tempfile.TemporaryDirectory(prefix="phakhi-bench-")
    location = args.store or Path(temp.name) / "store"
    source = build_store(location, args.corpus, args.releases, Path(temp.name))
    port = free_port()
    # limits raised so a big corpus store answers rather than refuses
    server = start_server(location, port, Path(temp.name) / "serve.log", ["--query-timeout", "600", "--max-rows", "100000000"])
    try:
        store = Store(location, read_only=True)  # a second reader beside the server
        quads = len(store.ox)
        if quads < 10_000:
            sys.exit(f"the store holds {quads} quads; the 10k-row query needs at least 10,000")
        iri, plan = queries(store)
        distinct = int(next(iter(store.ox.query(DISTINCT_TRIPLES, use_default_graph_as_union=True)))["n"].value)
        dataset: rdflib.Dataset | None = None
        load_s = 0.0
        if not args.no_rdflib:
            started = time.perf_counter()
            dataset = rdflib.Dataset(store="Memory", default_union=True)
            dataset.parse(data=store.ox.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
            load_s = time.perf_counter() - started
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600, headers={"Accept": JSON_MEDIA})
        client.get("/sparql", params={"query": "ASK {}"}).read()
        floor = statistics.median(timed(lambda: client.get("/sparql", params={"query": "ASK {}"}).read())
                                  for _ in range(args.repeat))
        results = [measure(name, text, exact, store, client, dataset, args.repeat, args.budget)
                   for name, (text, exact) in plan.items() if name in chosen]
        client.close()
        store.close()
    finally:
        stop_server(server)
        temp.cleanup()
    machine = {"cores": os.cpu_count(), "python": platform.python_version(), "pyoxigraph": ox.__version__,
               "rdflib": rdflib.__version__, "httpx": httpx.__version__, "platform": platform.platform()}
    setup = {"quads": quads, "distinct_triples": distinct, "lookup_iri": iri, "http_floor_ms": floor,
             "repeat": args.repeat, "budget_s": args.budget, "rdflib_load_s": round(load_s, 2), "source": source}
    if args.json:
        texts = {name: text for name, (text, _) in plan.items() if name in chosen}
        print(json.dumps({"machine": machine, "setup": setup, "queries": texts,
                          "results": [asdict(r) for r in results]}, indent=2, ensure_ascii=False))
        return
    print(f"machine: {machine['cores']} cores, Python {machine['python']}, pyoxigraph {machine['pyoxigraph']}, "
          f"rdflib {machine['rdflib']}, httpx {machine['httpx']} ({machine['platform']})")
    print(f"store: {quads} triples in named graphs, {distinct} distinct in their union, from {source}"
          + (f"; rdflib Dataset loaded in {load_s:.1f} s" if dataset is not None else ""))
    print(f"lookup: the labels of <{iri}>; HTTP floor (ASK {{}} through the endpoint): {floor:.2f} ms")
    print(f"median of {args.repeat} runs, or (n) runs when an engine passed {args.budget:g} s on the query; "
          f"target: endpoint <= {TARGET}x pyoxigraph\n")
    print_table(results, args.repeat)


if __name__ == "__main__":
    main()
