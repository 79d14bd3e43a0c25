"""The analyst pages over HTTP against their targets, from a real read-only `phakhi serve` on 127.0.0.1:

- search: `/search?q=...&format=json` for names an analyst types, taken from the N entities the most releases
  mention: each one's whole label, its first three letters, its shortest other name (an abbreviation), and a
  misspelling (one letter of a long label dropped), plus "กสอ" and "DIPROM"; p50 / p99 (target p50 <= 100 ms);
- entity pages: `/entity/...` of the same N entities, each fetched first (cold) and again (warm); p50 / p99 /
  max and the slowest pages (targets p50 <= 300 ms, p99 <= 1 s), and any page cut short by the deadline;
- release pages: `/release/<id>` of --releases releases drawn at random (seeded) from the store (target <= 200
  ms: p50, p99 and max are printed);
- network: `/network?focus=<the entity the most releases mention>`, the HTML page, median of 3 (target <= 1.5 s).

    python benchmarks/pages.py --store STORE [--top 100] [--releases 50] [--json]

The store must hold the knowledge graph (`phakhi knowledge --store STORE`). The server opens it read-only (no
update token), so it may be a store other read-only processes use.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from phakhi.graph.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import free_port, start_server, stop_server  # noqa: E402

PID = "https://w3id.org/phakhi/id/"
KNOWLEDGE = "https://w3id.org/phakhi/id/graph/knowledge"
TOP = f"""SELECT ?e ?n WHERE {{ GRAPH <{KNOWLEDGE}> {{
  ?e ph:releases ?n ; a ?t FILTER(?t IN (org:Organization, schema:Person, ph:Program)) }} }} ORDER BY DESC(?n) LIMIT %d"""
NAMES = f"""SELECT ?e ?label ?alt WHERE {{ VALUES ?e {{ %s }} GRAPH <{KNOWLEDGE}> {{ ?e skos:prefLabel ?label
  OPTIONAL {{ ?e skos:altLabel ?alt }} }} }}"""
RELEASES = "SELECT ?r WHERE { GRAPH ?g { ?r a schema:NewsArticle } }"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict:
    return {"n": len(values), "p50_ms": round(1000 * statistics.median(values), 1),
            "p99_ms": round(1000 * percentile(values, .99), 1), "max_ms": round(1000 * max(values), 1)}


def timed(client: httpx.Client, path: str, **params) -> tuple[float, httpx.Response]:
    started = time.perf_counter()
    response = client.get(path, params=params or None)
    return time.perf_counter() - started, response


def search_terms(store: Store, entities: list[str]) -> list[str]:
    """What an analyst types to find these entities: whole names, starts, abbreviations, a misspelling."""
    labels: dict[str, str] = {}
    others: dict[str, set[str]] = {}
    for row in store.select_text(NAMES % " ".join(f"<{e}>" for e in entities)):
        labels.setdefault(row["e"], row["label"])
        if "alt" in row:
            others.setdefault(row["e"], set()).add(row["alt"])
    terms = ["กสอ", "DIPROM"]
    for entity, label in labels.items():
        terms += [label, label[:3]]
        if others.get(entity):
            terms.append(min(others[entity], key=len))
        if len(label) >= 6:
            terms.append(label[:len(label) // 2] + label[len(label) // 2 + 1:])
    return list(dict.fromkeys(t for t in terms if t.strip()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--releases", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.store.is_dir():
        sys.exit(f"no store at {args.store}")
    # what to ask for, read before the server starts (the ranking sorts every entity: over the /sparql limit on
    # a big store) from the same store opened read-only
    with Store(str(args.store), read_only=True) as store:
        started = time.perf_counter()
        entities = list(dict.fromkeys(r["e"] for r in store.select_text(TOP % args.top)))
        ranked = time.perf_counter() - started
        terms = search_terms(store, entities)
        ids = sorted(r["r"].rsplit("/", 1)[-1] for r in store.select_text(RELEASES))
    busiest = entities[0]
    port = free_port()
    started = time.perf_counter()
    server = start_server(args.store, port, Path("/tmp") / f"pages-{port}.log")
    result: dict = {"server_start_s": round(time.perf_counter() - started, 1), "ranking_s": round(ranked, 1)}
    problems: list[str] = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            # the search index is built at start-up in the background: wait for it, and say how long it took
            while timed(client, "/search", q="x", format="json")[1].status_code == 503:
                time.sleep(0.5)
            result["search_index_ready_s"] = round(time.perf_counter() - started, 1)

            times, found = [], 0
            for term in terms:
                took, response = timed(client, "/search", q=term, format="json")
                times.append(took)
                found += bool(response.status_code == 200 and response.json()["hits"])
            result["search"] = {**summary(times), "found": found}

            cold, warm, slow = [], [], []
            for iri in entities:
                path = "/entity/" + quote(iri[len(PID):], safe="/-_.~%")
                for run in (cold, warm):
                    took, response = timed(client, path)
                    run.append(took)
                    if response.status_code != 200:
                        problems.append(f"{path}: HTTP {response.status_code}")
                    elif run is cold and "Cut short" in response.text:
                        problems.append(f"{path}: cut short")
                slow.append((cold[-1], iri))
            result["entity"] = {"cold": summary(cold), "warm": summary(warm),
                                "slowest": [{"iri": i, "ms": round(1000 * t, 1)} for t, i in sorted(slow, reverse=True)[:5]]}

            chosen = random.Random(args.seed).sample(ids, min(args.releases, len(ids)))
            times = []
            for release in chosen:
                took, response = timed(client, f"/release/{release}")
                times.append(took)
                if response.status_code != 200:
                    problems.append(f"/release/{release}: HTTP {response.status_code}")
            result["release"] = summary(times)

            times = []
            for _ in range(3):
                took, response = timed(client, "/network", focus=busiest)
                times.append(took)
                if response.status_code != 200:
                    problems.append(f"/network?focus={busiest}: HTTP {response.status_code}")
            result["network"] = {"focus": busiest, "median_ms": round(1000 * statistics.median(times), 1),
                                 "max_ms": round(1000 * max(times), 1)}
    finally:
        result["stop_s"] = round(stop_server(server), 1)
    result["problems"] = problems
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    print(f"the {args.top} most mentioned entities ranked in {result['ranking_s']} s (in process); server answering after "
          f"{result['server_start_s']} s; search index ready after {result['search_index_ready_s']} s")
    s = result["search"]
    print(f"search: {s['n']} queries ({s['found']} with hits), p50 {s['p50_ms']} ms, p99 {s['p99_ms']} ms, "
          f"max {s['max_ms']} ms (target p50 <= 100 ms)")
    for run in ("cold", "warm"):
        e = result["entity"][run]
        print(f"entity pages {run}: {e['n']} pages, p50 {e['p50_ms']} ms, p99 {e['p99_ms']} ms, max {e['max_ms']} ms"
              " (targets p50 <= 300 ms, p99 <= 1 s)")
    for s in result["entity"]["slowest"]:
        print(f"  slowest: {s['ms']} ms {s['iri']}")
    r = result["release"]
    print(f"release pages: {r['n']} at random, p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, max {r['max_ms']} ms"
          " (target <= 200 ms)")
    n = result["network"]
    print(f"network of {n['focus']}: median {n['median_ms']} ms, max {n['max_ms']} ms (target <= 1.5 s)")
    print(f"server stopped {result['stop_s']} s after SIGTERM")
    for p in problems:
        print(f"  problem: {p}")


if __name__ == "__main__":
    main()
