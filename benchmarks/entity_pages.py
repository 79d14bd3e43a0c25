"""Entity page times over HTTP: the N entities the most releases mention (from the knowledge graph), each
page fetched from a real `phakhi serve` on 127.0.0.1, first (cold) and again (warm); p50 / p99 / max and
the slowest pages, and any page that was cut short by the page deadline.

    python benchmarks/entity_pages.py --store STORE [--top 100] [--json]

The store must hold the knowledge graph (`phakhi knowledge --store STORE`); the server only reads it. Point
it at a copy of a shared store: the server opens the store for writing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import free_port, start_server, stop_server  # noqa: E402

PID = "https://w3id.org/phakhi/id/"
TOP = """SELECT ?e ?n WHERE { GRAPH <https://w3id.org/phakhi/id/graph/knowledge> {
  ?e ph:releases ?n ; a ?t FILTER(?t IN (org:Organization, schema:Person, ph:Program)) } } ORDER BY DESC(?n) LIMIT %d"""


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.store.is_dir():
        sys.exit(f"no store at {args.store}")
    port = free_port()
    server = start_server(args.store, port, Path("/tmp") / f"entity-pages-{port}.log")
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            rows = client.get("/sparql", params={"query": TOP % args.top},
                              headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
            pages = list(dict.fromkeys(r["e"]["value"] for r in rows))
            timings: dict[str, list[float]] = {"cold": [], "warm": []}
            slow, cut = [], []
            for iri in pages:
                path = "/entity/" + quote(iri[len(PID):], safe="/-_.~%")
                for run in ("cold", "warm"):
                    started = time.perf_counter()
                    response = client.get(path)
                    took = time.perf_counter() - started
                    timings[run].append(took)
                    if response.status_code != 200:
                        cut.append(f"{iri}: {response.status_code}")
                    elif run == "cold" and "Cut short" in response.text:
                        cut.append(f"{iri}: cut short")
                slow.append((timings["cold"][-1], iri))
    finally:
        stop_server(server)
    result = {run: {"pages": len(v), "p50_ms": round(1000 * statistics.median(v), 1),
                    "p99_ms": round(1000 * percentile(v, .99), 1), "max_ms": round(1000 * max(v), 1)}
              for run, v in timings.items() if v}
    result["slowest"] = [{"iri": iri, "ms": round(1000 * t, 1)} for t, iri in sorted(slow, reverse=True)[:5]]
    result["not_whole"] = cut
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for run in ("cold", "warm"):
        if run in result:
            r = result[run]
            print(f"{run}: {r['pages']} pages, p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, max {r['max_ms']} ms")
    for s in result["slowest"]:
        print(f"  slowest: {s['ms']} ms {s['iri']}")
    for c in cut:
        print(f"  not whole: {c}")


if __name__ == "__main__":
    main()
