"""Where ingest time goes: `phakhi ingest --workers 1` of the first --releases N releases of a corpus, under
cProfile, into a fresh on-disk store, with the time of each part as a share of the whole run.

Parts: reading (archive members -> Release), hashing (SHA-256 of each text, to skip unchanged releases
and for ph:sha256), extraction by stage (the functions of graph/extract/pipeline.STAGES, the Doc built
before them and resolve after them), mapping (Extraction -> N-Triples lines) and serialising them, and the
store: Oxigraph's bulk loader runs in a thread of its own, which cProfile does not see, so it is timed
around Store.add_new_graphs (wall time, overlapping the main thread; the main thread's wait for it shows
as `waiting for the bulk loader`). Then the optional compaction (Store.optimize) timed on the result.

Run: python benchmarks/profile_ingest.py --corpus /path/to/v1-sample.tar [--releases 1000] [--top 25]
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import cProfile  # noqa: E402
import pstats  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from scale import _subset  # noqa: E402


def _cumulative(stats: pstats.Stats, file_part: str, name: str) -> float:
    """Cumulative seconds of the function `name` defined in a file whose path contains `file_part`."""
    total = 0.0
    for (path, _, function), (_, _, _, cumulative, _) in stats.stats.items():
        if function == name and file_part in path:
            total += cumulative
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--top", type=int, default=0, help="Also print the N functions with most own time.")
    args = parser.parse_args()

    from phakhi.graph.extract import pipeline
    from phakhi.graph.ingest import ingest
    from phakhi.graph.store import Store
    from phakhi.graph.store.embedded import Store as Embedded

    bulk = [0.0]
    add_new_graphs = Embedded.add_new_graphs

    def timed(self, nquads, graphs):
        start = time.perf_counter()
        try:
            return add_new_graphs(self, nquads, graphs)
        finally:
            bulk[0] += time.perf_counter() - start

    Embedded.add_new_graphs = timed
    with tempfile.TemporaryDirectory() as tmp:
        subset = _subset(args.corpus, args.releases, Path(tmp))
        location = Path(tmp) / "store"
        profiler = cProfile.Profile()
        start = time.perf_counter()
        with Store(location) as store:
            profiler.enable()
            summary = ingest(store, [subset], workers=1)
            profiler.disable()
            run = time.perf_counter() - start
            quads = len(store)
            start = time.perf_counter()
            before = _bytes(location)
            store.ox.optimize()
            optimize = time.perf_counter() - start
        after = _bytes(location)
    stats = pstats.Stats(profiler)
    total = run
    parts = [
        ("reading (archive -> Release)", _cumulative(stats, "read/sources", "iter_releases")),
        ("hashing (SHA-256 of texts)", _cumulative(stats, "~", "<built-in method _hashlib.openssl_sha256>")),
        ("extraction, whole", _cumulative(stats, "extract/pipeline", "extract")),
        ("  Doc.from_release (normalise, tokens)", _cumulative(stats, "extract/document", "from_release")),
        *((f"  {stage.__name__}", _cumulative(stats, stage.__code__.co_filename, stage.__name__))
          for stage in pipeline.STAGES),
        ("  resolve", _cumulative(stats, "extract/resolve", "resolve")),
        ("mapping (Extraction -> N-Triples)", _cumulative(stats, "rdf/mapping", "to_ntriples")),
        ("waiting for the bulk loader", _cumulative(stats, "graph/ingest", "put") + _cumulative(stats, "graph/ingest", "close")),
        ("stored hashes, ontology", _cumulative(stats, "store/base", "release_hashes")
         + _cumulative(stats, "store/base", "ensure_ontology")),
    ]
    print(f"{summary.releases} releases, {quads:,} quads, {run:.1f} s under cProfile "
          f"({summary.releases / run:.1f} releases/s)")
    width = max(len(p[0]) for p in parts)
    for what, seconds in parts:
        print(f"{what:<{width}}  {seconds:7.1f} s  {100 * seconds / total:5.1f}%")
    print(f"{'bulk loader (own thread, wall)':<{width}}  {bulk[0]:7.1f} s  {100 * bulk[0] / total:5.1f}%")
    print(f"{'Store.optimize after the run':<{width}}  {optimize:7.1f} s  bytes on disk {before:,} -> {after:,}")
    if args.top:
        stats.sort_stats("tottime").print_stats(args.top)


def _bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


if __name__ == "__main__":
    sys.exit(main())
