"""Where an ingest's CPU goes, by thread: `phakhi ingest PATHS --workers N` into a fresh on-disk store, its
threads' CPU seconds read from /proc/PID/task/*/stat (and its extraction workers' from their own
/proc/PID/stat) every 0.2 s until it exits, summed by role. On a machine other jobs share, CPU seconds
per thread compare runs where wall time does not.

Roles: `main` (reading archives, hashing, feeding the pool, the last knowledge `finish`), `rocksdb:*`
(RocksDB's compaction and flush threads, by their own names), `writer` (the busiest Python thread that lives
through the run: the bulk writer, which bulk-loads the release graphs and folds the knowledge graph), `pool
threads` (the other long-lived ones: the pool's task and result threads), `bulk-loader threads` (short-lived
threads: Oxigraph's bulk loader starts its own for each load), `workers` (the extraction processes).

Each role's CPU is also split by phase: `start` (before the pool's workers appear: opening the store, the
knowledge graph's sync, the stored hashes), `run`, and `end` (after the pool closed: the last knowledge `finish`).

Run: python benchmarks/threads.py [--workers 2] [--store DIR] PATH...
     e.g. PATH = v1-sample.tar v2-sample.tar (8,000 releases into one store); --store may be a copy of a full
     store that lacks these releases (what grows with the store: benchmarks/README.md, fifteenth session)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PHAKHI = Path(sys.executable).with_name("phakhi")
TICK = os.sysconf("SC_CLK_TCK")


def _stat(path: Path) -> tuple[str, float] | None:
    """(name, user + system CPU seconds) of a process or thread, or None once it is gone."""
    try:
        text = path.read_text()
    except OSError:
        return None
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()
    return name, (int(fields[11]) + int(fields[12])) / TICK


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def run(paths: list[str], workers: int, store: str) -> dict[str, list[float]]:
    """Each role's CPU seconds in the three phases of the run, and their sum: `start` (until the first extraction
    worker appears: opening the store, the knowledge graph's sync, reading the stored hashes), `run` (while
    workers live) and `end` (after the pool closed: the last batch's load, the last knowledge `finish`, a
    compaction)."""
    start = time.perf_counter()
    process = subprocess.Popen([str(PHAKHI), "ingest", *paths, "--store", store, "--workers", str(workers)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    threads: dict[int, tuple[str, float]] = {}
    seen: dict[int, list[float]] = {}  # thread -> [first, last] seen, seconds into the run
    children: dict[int, float] = {}
    marks: list[tuple[dict, dict]] = []  # (threads, children) as the pool started and as it closed
    times: list[float] = []  # when, seconds into the run
    peak = 0
    while process.poll() is None:
        for task in Path(f"/proc/{process.pid}/task").glob("*"):
            if (stat := _stat(task / "stat")) is not None:
                threads[int(task.name)] = stat
                now = time.perf_counter() - start
                seen.setdefault(int(task.name), [now, now])[1] = now
        rss = 0
        live = _children(process.pid)
        if bool(live) != (len(marks) % 2 == 1) and len(marks) < 2:  # the pool started, or closed
            marks.append((dict(threads), dict(children)))
            times.append(time.perf_counter() - start)
        for child in live:
            if (stat := _stat(Path(f"/proc/{child}/stat"))) is not None:
                children[child] = stat[1]
        try:
            for pid in [process.pid, *live]:
                rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
        peak = max(peak, rss)
        time.sleep(0.2)
    wall = time.perf_counter() - start
    while len(marks) < 2:
        marks.append((dict(threads), dict(children)))
        times.append(wall)
    pool = times[1] - times[0]  # the writer and the pool's threads live through the pool's life, not the start's
    # long-lived Python threads (the writer, the pool's); short-lived ones are Oxigraph's bulk-loader threads
    python = sorted(((cpu, tid) for tid, (name, cpu) in threads.items()
                     if tid != process.pid and not name.startswith("rocksdb")), reverse=True)
    lived = [tid for _, tid in python if seen[tid][1] - seen[tid][0] > 0.5 * pool]

    def roles(threads: dict, children: dict) -> dict[str, float]:
        out = {"main": threads.get(process.pid, ("", 0.0))[1],
               "writer": threads[lived[0]][1] if lived and lived[0] in threads else 0.0,
               "pool threads": sum(threads[t][1] for t in lived[1:] if t in threads),
               "bulk-loader threads": sum(cpu for tid, (name, cpu) in threads.items()
                                          if tid != process.pid and tid not in lived and not name.startswith("rocksdb"))}
        for name, cpu in threads.values():
            if name.startswith("rocksdb"):
                out[name] = out.get(name, 0.0) + cpu
        out["workers"] = sum(children.values())
        out["total CPU"] = sum(out.values())
        return out

    at = [roles(*marks[0]), roles(*marks[1]), roles(threads, children)]
    table = {role: [at[0].get(role, 0.0), at[1].get(role, 0.0) - at[0].get(role, 0.0),
                    at[2][role] - at[1].get(role, 0.0), at[2][role]] for role in at[2]}
    table["wall"] = [0.0, 0.0, 0.0, wall]
    table["peak RSS GB"] = [0.0, 0.0, 0.0, peak / 1e9]
    table["exit"] = [0.0, 0.0, 0.0, float(process.returncode)]
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--store", help="a fresh directory (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        roles = run(args.paths, args.workers, args.store or str(Path(work) / "store"))
    print(f"{'':20} {'start':>8} {'run':>8} {'end':>8} {'total':>8}")
    for role, values in roles.items():
        print(f"{role:20} " + " ".join(f"{v:8.1f}" for v in values))


if __name__ == "__main__":
    main()
