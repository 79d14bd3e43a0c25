"""Load test: many concurrent clients against a real `phakhi serve`, with the documented limits in force.

What it does: ingests seeds/releases into a temp store (or uses --store DIR), starts `phakhi serve` on
127.0.0.1 with its default limits (5 s per query, 10,000 rows), then runs --clients concurrent clients (50)
for --duration seconds (60). Each client sends one request at a time, picking a kind at random by weight:

  cheap   lookup      GET /sparql: the labels of one organization, by IRI
          ask         POST application/sparql-query: ASK { ?o a ph:Ministry }
          entity      GET /entity/org/unido (an HTML page built from six queries)
  heavy   group-by    GET /sparql: organizations by the number of releases mentioning them
          2-hop-join  GET /sparql: person -> post -> organization label, DISTINCT (~0.1 s alone)
          time-limit  GET /sparql: a COUNT over a cross product (minutes inside Oxigraph): must answer 503
          row-cap     GET /sparql: every triple (~34k rows): must answer 413

Per kind it reports the requests, the status codes, p50 / p99 / max latency (ms, from sending to the last
byte) and the errors: any answer other than 200 (503 for time-limit, 413 for row-cap), a transport error or
a client-side timeout (--client-timeout, 30 s). It exits 1 when there is any error, 0 otherwise.

Run from the repository root: python benchmarks/load.py [--clients N] [--duration S] [--store DIR] [--json]
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")  # a benchmark never downloads
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import signal  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

from serving import free_port, start_server, stop_server  # noqa: E402  (benchmarks/serving.py)

import httpx  # noqa: E402
import pyoxigraph as ox  # noqa: E402

from phakhi.graph.ingest import ingest  # noqa: E402
from phakhi.graph.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
JSON_MEDIA = "application/sparql-results+json"
ENTITY = "org/unido"
LOOKUP_IRI = "https://w3id.org/phakhi/id/org/unido"


@dataclass(frozen=True)
class Kind:
    name: str
    group: str  # cheap | heavy
    weight: int
    expected: int  # the one right status
    method: str
    path: str
    params: dict | None = None
    body: str | None = None
    headers: dict = field(default_factory=dict)


KINDS = [
    Kind("lookup", "cheap", 25, 200, "GET", "/sparql", {"query": f"""SELECT DISTINCT ?p ?label WHERE {{
  <{LOOKUP_IRI}> ?p ?label . VALUES ?p {{ skos:prefLabel skos:altLabel rdfs:label }} }}"""}),
    Kind("ask", "cheap", 20, 200, "POST", "/sparql", body="ASK { ?o a ph:Ministry }",
         headers={"content-type": "application/sparql-query"}),
    Kind("entity", "cheap", 20, 200, "GET", f"/entity/{ENTITY}", headers={"accept": "text/html"}),
    Kind("group-by", "heavy", 15, 200, "GET", "/sparql", {"query": """SELECT ?org (COUNT(DISTINCT ?release) AS ?releases)
WHERE { ?org a org:Organization ; ph:mentionedIn ?release } GROUP BY ?org ORDER BY DESC(?releases) ?org"""}),
    Kind("2-hop-join", "heavy", 10, 200, "GET", "/sparql", {"query": """SELECT DISTINCT ?person ?post ?organization WHERE {
  ?person org:holds ?post . ?post org:postIn ?org .
  ?org skos:prefLabel ?organization FILTER(lang(?organization) = "th") }"""}),
    Kind("time-limit", "heavy", 5, 503, "GET", "/sparql",
         {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"}),
    Kind("row-cap", "heavy", 5, 413, "GET", "/sparql", {"query": "SELECT * WHERE { ?s ?p ?o }"}),
]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)  # ms, every request that got an answer
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)  # what went wrong -> how often
    samples: dict[str, str] = field(default_factory=dict)  # one answer body per unexpected status


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def build_store(location: Path) -> str:
    if (location / "CURRENT").exists():
        return f"the store already at {location}"
    started = time.perf_counter()
    with Store(location) as store:
        summary = ingest(store, [ROOT / "seeds" / "releases"], workers=os.cpu_count() or 1)
    if summary.failures:
        sys.exit(f"ingest failed for {len(summary.failures)} releases")
    print(f"ingested {summary.releases} releases in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return "seeds/releases"


async def client_loop(client: httpx.AsyncClient, until: float, rng: random.Random, tallies: dict[str, Tally]) -> None:
    weights = [k.weight for k in KINDS]
    while time.monotonic() < until:
        kind = rng.choices(KINDS, weights)[0]
        tally = tallies[kind.name]
        started = time.perf_counter()
        try:
            response = await client.request(kind.method, kind.path, params=kind.params, content=kind.body,
                                            headers={"accept": JSON_MEDIA, **kind.headers})
        except httpx.TimeoutException as error:
            tally.errors[f"client timeout ({type(error).__name__})"] += 1
            continue
        except httpx.TransportError as error:
            tally.errors[f"transport: {type(error).__name__}"] += 1
            await asyncio.sleep(0.05)
            continue
        tally.latencies.append((time.perf_counter() - started) * 1000)
        tally.statuses[response.status_code] += 1
        if response.status_code != kind.expected:
            tally.errors[f"status {response.status_code}"] += 1
            tally.samples.setdefault(str(response.status_code), response.text[:300])


async def run_load(base: str, clients: int, duration: float, timeout: float, seed: int) -> tuple[dict[str, Tally], float]:
    tallies = {k.name: Tally() for k in KINDS}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as client:
        started = time.monotonic()
        until = started + duration
        await asyncio.gather(*(client_loop(client, until, random.Random(seed + i), tallies) for i in range(clients)))
        elapsed = time.monotonic() - started
    return tallies, elapsed


def fmt(value: float | None) -> str:
    return "-" if value is None else (f"{value:,.0f}" if value >= 100 else f"{value:.1f}")


def table(tallies: dict[str, Tally]) -> list[dict]:
    rows = []
    for kind in KINDS:
        t = tallies[kind.name]
        rows.append({"kind": kind.name, "group": kind.group, "expected": kind.expected,
                     "requests": sum(t.statuses.values()) + sum(v for k, v in t.errors.items() if not k.startswith("status")),
                     "statuses": dict(sorted(t.statuses.items())), "p50_ms": percentile(t.latencies, 50),
                     "p99_ms": percentile(t.latencies, 99), "max_ms": max(t.latencies) if t.latencies else None,
                     "errors": sum(t.errors.values()), "error_kinds": dict(t.errors), "samples": t.samples})
    return rows


def print_table(rows: list[dict]) -> None:
    print("| kind | expected | requests | status codes | p50 ms | p99 ms | max ms | errors |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        codes = ", ".join(f"{code}: {n:,}" for code, n in r["statuses"].items()) or "-"
        print(f"| {r['kind']} ({r['group']}) | {r['expected']} | {r['requests']:,} | {codes} | {fmt(r['p50_ms'])} | "
              f"{fmt(r['p99_ms'])} | {fmt(r['max_ms'])} | {r['errors']} |")
    for r in rows:
        for what, n in r["error_kinds"].items():
            print(f"error: {r['kind']}: {what} x{n}", file=sys.stderr)
        for code, body in r["samples"].items():
            print(f"  {r['kind']} {code}: {body!r}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients [50]")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load [60]")
    parser.add_argument("--store", type=Path, help="store directory: reused if it holds a store, else built there")
    parser.add_argument("--client-timeout", type=float, default=30.0, help="seconds a client waits for an answer [30]")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the request mix [7]")
    parser.add_argument("--url", help="load a server already running there instead of starting one")
    parser.add_argument("--server-args", default="", help="extra `phakhi serve` arguments, e.g. '--query-timeout 2'")
    parser.add_argument("--kinds", default=",".join(k.name for k in KINDS),
                        help="which kinds of request to send, comma-separated [all]")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    chosen = {k.strip() for k in args.kinds.split(",") if k.strip()}
    if not chosen or chosen - {k.name for k in KINDS}:
        parser.error(f"--kinds takes names from {', '.join(k.name for k in KINDS)}")
    KINDS[:] = [k for k in KINDS if k.name in chosen]

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so `finally` stops the server
    load_before = round(os.getloadavg()[0], 2)  # other work on the machine skews the latencies
    temp = tempfile.TemporaryDirectory(prefix="phakhi-load-")
    server, log, stop_s = None, Path(temp.name) / "serve.log", 0.0
    if args.url:
        base, source = args.url.rstrip("/"), f"the server at {args.url}"
    else:
        location = args.store or Path(temp.name) / "store"
        source = build_store(location)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(location, port, log, args.server_args.split())
    try:
        cpu = time.process_time()
        tallies, elapsed = asyncio.run(run_load(base, args.clients, args.duration, args.client_timeout, args.seed))
        client_cpu = time.process_time() - cpu
        alive = server is None or server.poll() is None
        after = httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=30).status_code if alive else None
    finally:
        if server is not None:
            stop_s = stop_server(server)
        server_log = log.read_text(errors="replace") if log.exists() else ""
        temp.cleanup()
    rows = table(tallies)
    total = sum(r["requests"] for r in rows)
    errors = sum(r["errors"] for r in rows) + (0 if after == 200 else 1)
    tracebacks = server_log.count("Traceback")
    errors += tracebacks
    if tracebacks:
        first = server_log.index("Traceback")
        print("the server logged tracebacks; the first:\n" + server_log[first:first + 3000], file=sys.stderr)
    machine = {"cores": os.cpu_count(), "python": platform.python_version(), "pyoxigraph": ox.__version__,
               "httpx": httpx.__version__, "platform": platform.platform(),
               "load_average_before": load_before}
    setup = {"clients": args.clients, "duration_s": args.duration, "elapsed_s": round(elapsed, 1), "requests": total,
             "requests_per_s": round(total / elapsed, 1), "source": source, "server_args": args.server_args,
             "ask_after_load": after, "server_tracebacks": tracebacks, "server_stop_s": round(stop_s, 1),
             "client_cpu_s": round(client_cpu, 1)}
    if args.json:
        print(json.dumps({"machine": machine, "setup": setup, "kinds": rows, "errors": errors}, indent=2))
    else:
        print(f"machine: {machine['cores']} cores, Python {machine['python']}, pyoxigraph {machine['pyoxigraph']}, "
              f"httpx {machine['httpx']} ({machine['platform']}); load average before the run: {load_before}")
        print(f"{args.clients} clients for {elapsed:.1f} s against `phakhi serve {args.server_args}`".rstrip() +
              f" over {source}: {total:,} requests, {total / elapsed:,.1f}/s; the clients used {client_cpu:.0f} s "
              f"of CPU; ASK after the load: {after}; server tracebacks: {tracebacks}; server stopped in {stop_s:.1f} s\n")
        print_table(rows)
        print(f"\nerrors beyond the documented limits: {errors}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
