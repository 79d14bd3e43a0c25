"""The knowledge layer's cost and speed: ingest with and without it, `phakhi timeline` and a GROUP BY over
the knowledge graph.

1. ingest: the releases of CORPUS (a .tar, e.g. the slice of v1+v2 releases mentioning the Minister of Industry)
   into a fresh on-disk store, `--workers` processes, once with the knowledge layer off (the baseline) and
   once with it on; ratio = time with / time without (target <= 1.25), in wall time and in CPU time (this
   process's threads and its workers: steadier on a shared machine). Then `knowledge.rebuild` on the same
   store, for comparison (`--no-rebuild` skips it).
2. timeline: `tenures(store, organization=ORG, title=TITLE)` in process, median of 5 (target <= 1 s).
3. group by: every organization with its number of releases, from the knowledge graph's counters, median of 5
   (target <= 2 s), against the same question over the release graphs (COUNT DISTINCT of ph:mentionedIn).

Run: python benchmarks/knowledge.py --corpus industry-minister-slice.tar [--workers 2]
     [--organization กระทรวงอุตสาหกรรม --title รัฐมนตรีว่าการ]
     python benchmarks/knowledge.py --corpus - --existing STORE   (2 and 3 only, on a store built before)
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from phakhi.graph import knowledge  # noqa: E402
from phakhi.graph.ingest import ingest  # noqa: E402
from phakhi.graph.store import Store  # noqa: E402

GROUP_BY_KNOWLEDGE = f"""SELECT ?org ?n WHERE {{ GRAPH <{knowledge.KNOWLEDGE}> {{
    ?org a org:Organization ; ph:releases ?n }} }} ORDER BY DESC(?n)"""
GROUP_BY_RELEASES = """SELECT ?org (COUNT(DISTINCT ?r) AS ?n) WHERE { ?org a org:Organization ; ph:mentionedIn ?r }
    GROUP BY ?org ORDER BY DESC(?n)"""


def _cpu() -> float:
    """CPU seconds of this process (all its threads) and of its reaped children (the extraction workers): on a
    shared machine, less at the mercy of other jobs than wall time."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _median(run, times: int = 5) -> float:
    return statistics.median(_timed(run) for _ in range(times))


def _queries(store: Store, organization: str, title: str) -> None:
    releases = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?r a schema:NewsArticle } }")[0]["n"]
    k = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{knowledge.KNOWLEDGE}> {{ ?s ?p ?o }} }}")
    print(f"knowledge graph: {k[0]['n']} triples, {int(k[0]['n']) / max(1, int(releases)):.0f} per release "
          f"({releases} releases)")
    first = _timed(lambda: knowledge.tenures(store, organization=organization, title=title))
    timeline = _median(lambda: knowledge.tenures(store, organization=organization, title=title))
    print(f"timeline --organization {organization} --title {title}: {timeline * 1000:.0f} ms (median of 5; first "
          f"{first * 1000:.0f} ms; target <= 1 s)")
    fast = _median(lambda: store.select_text(GROUP_BY_KNOWLEDGE))
    slow = _median(lambda: store.select_text(GROUP_BY_RELEASES), times=1)
    print(f"organizations by releases: knowledge graph {fast * 1000:.0f} ms (median of 5), release graphs "
          f"{slow * 1000:.0f} ms (once) (target <= 2 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--organization", default="กระทรวงอุตสาหกรรม")
    parser.add_argument("--title", default="รัฐมนตรีว่าการ")
    parser.add_argument("--store", help="Keep the store (with the knowledge layer) here (default: a temporary one).")
    parser.add_argument("--no-rebuild", action="store_true", help="Skip timing knowledge.rebuild (it reads every release back).")
    parser.add_argument("--existing", help="Only time the queries (2 and 3) on this store (e.g. v1 + v2 from scale.py).")
    args = parser.parse_args()
    if args.existing:
        with Store(args.existing, read_only=True) as store:
            _queries(store, args.organization, args.title)
        return
    with tempfile.TemporaryDirectory() as tmp:
        times, cpu = {}, {}
        for layer in (False, True):
            location = args.store if layer and args.store else str(Path(tmp) / f"store-{layer}")
            with Store(location) as store:
                start, start_cpu = time.perf_counter(), _cpu()
                summary = ingest(store, [args.corpus], workers=args.workers, knowledge_layer=layer)
                times[layer], cpu[layer] = time.perf_counter() - start, _cpu() - start_cpu
                quads = len(store)
            print(f"ingest {'with' if layer else 'without'} the knowledge layer: {summary.releases} releases in "
                  f"{times[layer]:.1f} s ({summary.releases / times[layer]:.1f} releases/s, {cpu[layer]:.1f} CPU s), {quads} quads")
        print(f"ratio with / without: {times[True] / times[False]:.3f} wall time (target <= 1.25), "
              f"{cpu[True] / cpu[False]:.3f} CPU time")
        with Store(args.store or str(Path(tmp) / "store-True")) as store:
            _queries(store, args.organization, args.title)
            if args.no_rebuild:
                return
            rebuild = _timed(lambda: knowledge.rebuild(store))
            print(f"knowledge.rebuild: {rebuild:.1f} s")


if __name__ == "__main__":
    main()
