"""Scale: ingest throughput against newmm tokenising, the whole thaigov v1 corpus, the network view of the
most connected actor, and the cold start of `phakhi query`. Prints one table; every figure comes with the
reference it is compared with, measured in the same run.

1. ingest: the first --releases N releases of the corpus ingested by one process (read, extract, map, store
   on disk; `phakhi ingest --workers 1`), against pythainlp's newmm (`word_tokenize(engine="newmm")`, the
   Python implementation a user reaches for) tokenising the same releases paragraph by paragraph, one
   process. Ratio = phakhi chars/s / newmm chars/s (target >= 0.5).
2. corpus: `phakhi ingest CORPUS --workers <cores>` into a fresh on-disk store, as a user runs it: wall time,
   peak RSS of the whole process tree (the main process and its workers, summed, sampled every 0.2 s), quads
   stored, releases/s (targets: <= 180 s, <= 2 GB).
3. network: `phakhi network --focus <the actor mentioned in most releases>` on that store, whole command and
   the view alone in process (target <= 1 s).
4. cold start: `phakhi query 'ASK {}'` on that store, median of 5, against `python -c pass` (target <= 1 s).

SPARQL through the endpoint against bare pyoxigraph and rdflib on the same store: benchmarks/endpoint.py
--store DIR (printed at the end as the command to run).

Run: python benchmarks/scale.py --corpus PATH/thaigov-v1.tar.xz [--releases 500] [--store DIR] [--skip-corpus]
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import itertools  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tarfile  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import psutil  # noqa: E402

PHAKHI = Path(sys.executable).with_name("phakhi")


def _subset(corpus: Path, n: int, directory: Path) -> Path:
    """The first n release members of the corpus as a plain tar (so reading is not decompression-bound)."""
    out = directory / f"first{n}.tar"
    with tarfile.open(corpus, "r|*") as source, tarfile.open(out, "w") as target:
        for member in itertools.islice((m for m in source if m.isfile() and m.name.endswith(".txt")), n):
            target.addfile(member, source.extractfile(member))
    return out


def ingest_vs_newmm(corpus: Path, n: int, work: Path) -> list[tuple[str, str, str]]:
    from pythainlp.tokenize import word_tokenize

    from phakhi.graph.read import ReadFailure, iter_releases

    subset = _subset(corpus, n, work)
    releases = [r for r in iter_releases([subset]) if not isinstance(r, ReadFailure)]
    chars = sum(len(r.text) for r in releases)
    word_tokenize("เริ่ม", engine="newmm")  # the dictionary loaded before timing
    start = time.perf_counter()
    for release in releases:
        for paragraph in release.text.split("\n"):
            if paragraph.strip():
                word_tokenize(paragraph, engine="newmm")
    newmm = time.perf_counter() - start
    start = time.perf_counter()
    done = subprocess.run([str(PHAKHI), "ingest", str(subset), "--store", str(work / "ingest-store"), "--workers", "1"],
                          capture_output=True, text=True)
    phakhi = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"phakhi ingest failed: {done.stderr}")
    return [
        ("ingest, 1 process (incl. start-up)", f"{len(releases) / phakhi:.1f} rel/s, {chars / phakhi / 1000:.0f}K chars/s",
         f"newmm tokenising: {chars / newmm / 1000:.0f}K chars/s; ratio {newmm / phakhi:.2f}x (target >= 0.5)"),
    ]


def corpus_run(corpus: Path, store: Path) -> tuple[list[tuple[str, str, str]], float]:
    workers = os.cpu_count() or 1
    start = time.perf_counter()
    process = psutil.Popen([str(PHAKHI), "ingest", str(corpus), "--store", str(store), "--workers", str(workers)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process] + process.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    wall = time.perf_counter() - start
    out, err = process.communicate()
    if process.returncode not in (0, 1):
        sys.exit(f"phakhi ingest failed: {err[-2000:]}")
    summary = out.strip().splitlines()[-1] if out.strip() else err[-500:]
    stored = int(summary.split("releases stored: ")[1].split(",")[0]) if "releases stored: " in summary else 0
    quads = summary.rsplit("holds ", 1)[-1] if "holds " in summary else "?"
    return [
        (f"whole corpus, {workers} workers", f"{wall:.0f} s, peak RSS {peak / 2**30:.2f} GB",
         f"targets 180 s, 2 GB: {wall / 180:.2f}x / {peak / 2**31:.2f}x of target"),
        ("  stored", f"{stored} releases, {quads}", f"{stored / wall:.0f} releases/s; failures: {err.count('error: ')}"),
    ], wall


def network_view(store: Path, work: Path) -> list[tuple[str, str, str]]:
    from phakhi.graph.views import draw, project
    from phakhi.graph.store import Store

    busiest = ("SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?e ph:mentionedIn ?r ; a org:Organization } } "
               "GROUP BY ?e ORDER BY DESC(?n) LIMIT 1")
    with Store(store, read_only=True) as s:
        row = s.select(busiest)[0]
        focus, mentions = str(row["e"]), int(row["n"])
        times = []
        for _ in range(3):  # what `phakhi network --focus` does after start-up: scope, build, select, page
            start = time.perf_counter()
            releases, _ = project.scope(s, focus=focus)
            shown = project.select(project.build(s, releases), focus=focus)
            draw.page(shown)
            times.append(time.perf_counter() - start)
        in_process = statistics.median(times)
    start = time.perf_counter()
    done = subprocess.run([str(PHAKHI), "network", "--store", str(store), "--focus", focus, "-o", str(work / "n.html")],
                          capture_output=True, text=True)
    command = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"phakhi network failed: {done.stderr}")
    return [(f"network view of the busiest actor ({mentions} releases)",
             f"{in_process:.2f} s view (median of 3), {command:.2f} s whole command",
             f"target 1 s: {in_process:.2f}x ({shown.number_of_nodes()} nodes)")]


def cold_start(store: Path) -> list[tuple[str, str, str]]:
    def median(command: list[str]) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    query = median([str(PHAKHI), "query", "--store", str(store), "ASK {}"])
    python = median([sys.executable, "-c", "pass"])
    return [("cold start of `phakhi query`", f"{query:.2f} s", f"python -c pass: {python:.2f} s; target 1 s: {query:.2f}x")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--releases", type=int, default=500)
    parser.add_argument("--store", type=Path, help="Corpus store directory (default: a temp dir; reused with --skip-corpus)")
    parser.add_argument("--skip-corpus", action="store_true", help="Use the store at --store as it is.")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"no corpus at {args.corpus}")
    if args.skip_corpus and args.store and not args.store.exists():
        sys.exit(f"no store at {args.store} (--skip-corpus uses an existing store)")
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = args.store or work / "corpus-store"
        rows += ingest_vs_newmm(args.corpus, args.releases, work)
        if not args.skip_corpus:
            corpus_rows, _ = corpus_run(args.corpus, store)
            rows += corpus_rows
        if not args.skip_corpus or args.store:  # --skip-corpus alone: only the ingest ratio
            rows += network_view(store, work)
            rows += cold_start(store)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
          f"Python {platform.python_version()}")
    width = max(len(r[0]) for r in rows)
    for what, value, reference in rows:
        print(f"{what:<{width}}  {value:<40}  {reference}")
    print(f"\nSPARQL on this store: python benchmarks/endpoint.py --store {store} --no-rdflib")


if __name__ == "__main__":
    main()
