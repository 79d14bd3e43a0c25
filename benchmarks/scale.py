"""Scale: ingest throughput against newmm tokenising, the whole thaigov v1 corpus, the network view of the
most connected actor, and the cold start of `phakhi query`. Prints one table; every figure comes with the
reference it is compared with, measured in the same run.

1. ingest: the first --releases N releases of the corpus ingested by one process (read, extract, map, store
   on disk; `phakhi ingest --workers 1`), against pythainlp's newmm (`word_tokenize(engine="newmm")`, the
   Python implementation a user reaches for) tokenising the same releases paragraph by paragraph, one
   process. Ratio = phakhi chars/s / newmm chars/s (target >= 0.5); the same ratio in CPU seconds too (the
   ingest's every thread: Oxigraph's bulk loader and RocksDB's compaction run beside the extraction, so on an
   idle 2-core machine its wall time is less than its CPU time). The extractor alone on the same releases, in
   this process with its data loaded, is measured against newmm too (issue #12 holds it at >= 0.5x).
2. corpus: `phakhi ingest CORPUS... --workers <cores>` of every --corpus (v1 then v2: one command, one store),
   or with --sample N of the first N releases of each, into a fresh on-disk store, as a user runs it: wall
   time, releases/s in each tenth of the releases read (read from the command's progress bar on a
   pseudo-terminal) and the last tenth against the first (target >= 0.8: throughput stays flat as the store
   grows), the same tenths in characters/s (v2's releases are about a tenth longer than v1's), the end of the run after the last release was read (the bar names each step: the last batches
   stored, the knowledge graph counted, the store compacted) in seconds of the total, peak RSS of
   the whole process tree (the main process and its workers, summed, sampled every 0.2 s), quads stored and
   bytes on disk (targets for v1 + v2: <= 600 s, <= 2 GB, <= 5 GB on disk).
3. network: `phakhi network --focus <the actor mentioned in most releases>` on that store, whole command and
   the view alone in process (target <= 1 s).
4. cold start: `phakhi query 'ASK {}'` on that store, median of 5, against `python -c pass` (target <= 1 s).

SPARQL through the endpoint against bare pyoxigraph and rdflib on the same store: benchmarks/endpoint.py
--store DIR (printed at the end as the command to run).

Run: python benchmarks/scale.py --corpus PATH/thaigov-v1.tar.xz [PATH/thaigov-v2.tar.xz] [--releases 500]
     [--sample N] [--store DIR] [--skip-corpus]
     (--skip-corpus without --store: only the ingest ratio of 1., on the first --releases N releases)
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import itertools  # noqa: E402
import fcntl  # noqa: E402
import platform  # noqa: E402
import pty  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import select  # noqa: E402
import statistics  # noqa: E402
import struct  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tarfile  # noqa: E402
import tempfile  # noqa: E402
import termios  # noqa: E402
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


def _extraction(releases: list) -> tuple[float, float]:
    """Wall and CPU seconds of `extract` over the releases in this process, its data loaded first (one call on the
    first release, untimed): the extractor's own speed, which the issue holds at >= 0.5x newmm."""
    from phakhi.graph.extract.pipeline import extract

    extract(releases[0])
    start, cpu = time.perf_counter(), time.process_time()
    for release in releases:
        extract(release)
    return time.perf_counter() - start, time.process_time() - cpu


def ingest_vs_newmm(corpus: Path, n: int, work: Path) -> list[tuple[str, str, str]]:
    from pythainlp.tokenize import word_tokenize

    from phakhi.graph.read import ReadFailure, iter_releases

    subset = _subset(corpus, n, work)
    releases = [r for r in iter_releases([subset]) if not isinstance(r, ReadFailure)]
    chars = sum(len(r.text) for r in releases)
    word_tokenize("เริ่ม", engine="newmm")  # the dictionary loaded before timing
    start, cpu = time.perf_counter(), time.process_time()
    for release in releases:
        for paragraph in release.text.split("\n"):
            if paragraph.strip():
                word_tokenize(paragraph, engine="newmm")
    newmm, newmm_cpu = time.perf_counter() - start, time.process_time() - cpu
    extracting, extracting_cpu = _extraction(releases)
    start, children = time.perf_counter(), _children_cpu()
    done = subprocess.run([str(PHAKHI), "ingest", str(subset), "--store", str(work / "ingest-store"), "--workers", "1"],
                          capture_output=True, text=True)
    phakhi, phakhi_cpu = time.perf_counter() - start, _children_cpu() - children
    if done.returncode != 0:
        sys.exit(f"phakhi ingest failed: {done.stderr}")
    return [
        ("extraction alone, in process (data loaded)", f"{chars / extracting / 1000:.0f}K chars/s, {extracting_cpu:.2f} s CPU",
         f"newmm: {chars / newmm / 1000:.0f}K chars/s; ratio {newmm / extracting:.2f}x, in CPU {newmm_cpu / extracting_cpu:.2f}x "
         f"(target >= 0.5)"),
        ("ingest, 1 process (incl. start-up)", f"{len(releases) / phakhi:.1f} rel/s, {chars / phakhi / 1000:.0f}K chars/s",
         f"newmm tokenising: {chars / newmm / 1000:.0f}K chars/s; ratio {newmm / phakhi:.2f}x (target >= 0.5)"),
        ("  the same in CPU time", f"{phakhi_cpu:.2f} s (every thread of the process)",
         f"newmm: {newmm_cpu:.2f} s; ratio {newmm_cpu / phakhi_cpu:.2f}x (a busy machine moves it less than wall time)"),
    ]


def _children_cpu() -> float:
    """User + system CPU seconds of the child processes waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


PROGRESS = re.compile(rb"(\d+)/(\d+) \[")  # tqdm's "releases:  12%|...| 345/2000 [00:10<..."
STAGE = re.compile(rb"\d+/\d+ \[[^\]\r]*?, ([a-z][a-z ]+)\]")  # "... 2000/2000 [00:12<00:00, 160 rel/s, compacting the store]"


def corpus_run(corpora: list[Path], store: Path) -> tuple[list[tuple[str, str, str]], float]:
    workers = os.cpu_count() or 1
    start = time.perf_counter()
    terminal, bar = pty.openpty()  # the progress bar is drawn on a terminal only: give the command one,
    fcntl.ioctl(bar, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 200, 0, 0))  # wide enough for the counts
    process = psutil.Popen([str(PHAKHI), "ingest", *map(str, corpora), "--store", str(store), "--workers", str(workers)],
                           stdout=subprocess.PIPE, stderr=bar, text=True)
    os.close(bar)
    peak, progress, tail, errors, stages = 0, [], b"", 0, {}
    while True:
        try:
            tree = [process] + process.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        if select.select([terminal], [], [], 0.2)[0]:
            try:
                chunk = os.read(terminal, 65536)
            except OSError:  # the command has exited and closed the terminal
                chunk = b""
            if not chunk:
                break
            errors += chunk.count(b"error: ")
            tail = (tail + chunk)[-4096:]
            for match in PROGRESS.finditer(chunk):
                progress.append((time.perf_counter(), int(match[1]), int(match[2])))
            for match in STAGE.finditer(chunk):
                stages.setdefault(match[1].decode(), time.perf_counter())
        elif process.poll() is not None:
            break
    out = process.stdout.read()
    process.wait()
    os.close(terminal)
    end = time.perf_counter()
    wall = end - start
    if process.returncode not in (0, 1):
        sys.exit(f"phakhi ingest failed: {tail.decode(errors='replace')[-2000:]}")
    summary = out.strip().splitlines()[-1] if out.strip() else ""
    stored = int(summary.split("releases stored: ")[1].split(",")[0]) if "releases stored: " in summary else 0
    quads = f"{stored_quads(store)} quads"
    size = sum(f.stat().st_size for f in store.rglob("*") if f.is_file())
    rates = tenths(progress)
    flat = f"last/first tenth {rates[-1] / rates[0]:.2f} (target >= 0.8)" if rates and rates[0] else "no progress read"
    chars = tenths(progress, release_sizes(corpora)) if rates else []
    chars_flat = f"last/first tenth {chars[-1] / chars[0]:.2f} (the same tenths in text read)" if chars and chars[0] else ""
    steps = sorted(stages.items(), key=lambda item: item[1])
    ending = " ".join(f"{name} {b - a:.0f} s;" for (name, a), (_, b) in zip(steps, steps[1:] + [("", end)]))
    return [
        (f"corpus ({' + '.join(c.name for c in corpora)}), {workers} workers", f"{wall:.0f} s, peak RSS {peak / 2**30:.2f} GB",
         f"targets (v1 + v2) 600 s, 2 GB: {wall / 600:.2f}x / {peak / 2**31:.2f}x of target"),
        ("  stored", f"{stored} releases, {quads}, {size / 2**30:.2f} GB on disk",
         f"{stored / wall:.0f} releases/s; {size / max(stored, 1) / 1024:.0f} KB a release; failures: {errors}"),
        ("  releases/s by tenth of the releases read", " ".join(f"{r:.0f}" for r in rates), flat),
        ("  the same tenths in thousand characters/s", " ".join(f"{c / 1000:.0f}" for c in chars), chars_flat),
        ("  the end, after the last release was read", f"{end - steps[0][1]:.0f} s of the {wall:.0f} s" if steps else
         "no step read", ending.rstrip(";")),
    ], wall


def stored_quads(store: Path) -> int:
    """The quads the store holds, counted after the timed run: counting is a scan of every quad (pyoxigraph keeps no
    count; several seconds on the whole record), which `phakhi ingest` no longer does at its end."""
    from phakhi.graph.store import Store

    with Store(store, read_only=True) as s:
        return len(s)


def tenths(progress: list[tuple[float, int, int]], sizes: list[int] | None = None) -> list[float]:
    """Releases per second in each tenth of the releases, from (time, done, total) readings of the bar; with
    `sizes` (each release's characters, in the order read), characters per second in the same tenths."""
    if not progress or not progress[-1][2]:
        return []
    total = progress[-1][2]
    marks, bounds = [progress[0][0]], [0]  # the bar appears (0 done) when reading starts
    for k in range(1, 11):
        reached = next(((t, done) for t, done, _ in progress if done >= k * total / 10), None)
        if reached is None:
            break
        marks.append(reached[0])
        bounds.append(reached[1])
    if sizes is None:
        return [(total / 10) / max(b - a, 1e-3) for a, b in zip(marks, marks[1:])]
    return [sum(sizes[lo:hi]) / max(b - a, 1e-3) for a, b, lo, hi in zip(marks, marks[1:], bounds, bounds[1:])]


def release_sizes(corpora: list[Path]) -> list[int]:
    """Each release's characters in the order `phakhi ingest` reads the corpora (a failure counts 0): the releases
    of 2020-2025 are longer than those of 2016-2020, so releases/s by tenth mixes the store's growth with the text's."""
    from phakhi.graph.read.sources import iter_releases
    from phakhi.graph.types import Release

    return [len(item.text) if isinstance(item, Release) else 0 for item in iter_releases(corpora)]


def samples(corpora: list[Path], n: int | None, work: Path) -> list[Path]:
    """The corpora as given, or the first n releases of each as plain tars."""
    if not n:
        return corpora
    out = []
    for index, corpus in enumerate(corpora):
        directory = work / f"sample{index}"
        directory.mkdir()
        out.append(_subset(corpus, n, directory))
    return out


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
    parser.add_argument("--corpus", required=True, type=Path, nargs="+",
                        help="Corpus archives, ingested in this order into one store (v1, then v2).")
    parser.add_argument("--releases", type=int, default=500, help="Releases of the first corpus for the newmm ratio.")
    parser.add_argument("--sample", type=int, help="Ingest only the first N releases of each corpus.")
    parser.add_argument("--store", type=Path, help="Corpus store directory (default: a temp dir; reused with --skip-corpus)")
    parser.add_argument("--skip-corpus", action="store_true", help="Use the store at --store as it is.")
    args = parser.parse_args()
    for corpus in args.corpus:
        if not corpus.exists():
            sys.exit(f"no corpus at {corpus}")
    if args.skip_corpus and args.store and not args.store.exists():
        sys.exit(f"no store at {args.store} (--skip-corpus uses an existing store)")
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = args.store or work / "corpus-store"
        rows += ingest_vs_newmm(args.corpus[0], args.releases, work)
        if not args.skip_corpus:
            corpus_rows, _ = corpus_run(samples(args.corpus, args.sample, work), store)
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
