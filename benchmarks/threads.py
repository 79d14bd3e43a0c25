"""Where an ingest's CPU goes, by thread: `phakhi ingest PATHS --workers N` into a fresh on-disk store, its
threads' CPU seconds read from /proc/PID/task/*/stat (and its extraction workers' from their own
/proc/PID/stat) every 0.2 s until it exits, summed by role. On a machine other jobs share, CPU seconds
per thread compare runs where wall time does not.

Roles: `main` (reading archives, hashing, feeding the pool, the last knowledge `finish`), `rocksdb:*`
(RocksDB's compaction and flush threads, by their own names), `writer` (the busiest Python thread that lives
through the run: the bulk writer, which bulk-loads the release graphs and folds the knowledge graph), `pool
threads` (the other long-lived ones: the pool's task and result threads), `bulk-loader threads` (short-lived
threads: Oxigraph's bulk loader starts its own for each load), `workers` (the extraction processes).

Run: python benchmarks/threads.py [--workers 2] [--store DIR] PATH...
     e.g. PATH = v1-sample.tar v2-sample.tar (8,000 releases into one store)
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


def run(paths: list[str], workers: int, store: str) -> dict[str, float]:
    start = time.perf_counter()
    process = subprocess.Popen([str(PHAKHI), "ingest", *paths, "--store", store, "--workers", str(workers)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    threads: dict[int, tuple[str, float]] = {}
    seen: dict[int, list[float]] = {}  # thread -> [first, last] seen, seconds into the run
    children: dict[int, float] = {}
    peak = 0
    while process.poll() is None:
        for task in Path(f"/proc/{process.pid}/task").glob("*"):
            if (stat := _stat(task / "stat")) is not None:
                threads[int(task.name)] = stat
                now = time.perf_counter() - start
                seen.setdefault(int(task.name), [now, now])[1] = now
        rss = 0
        for child in _children(process.pid):
            if (stat := _stat(Path(f"/proc/{child}/stat"))) is not None:
                children[child] = stat[1]
        try:
            for pid in [process.pid, *_children(process.pid)]:
                rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
        peak = max(peak, rss)
        time.sleep(0.2)
    wall = time.perf_counter() - start
    roles: dict[str, float] = {"main": threads.pop(process.pid, ("", 0.0))[1]}
    # long-lived Python threads (the writer, the pool's); short-lived ones are Oxigraph's bulk-loader threads
    python = sorted(((cpu, tid) for tid, (name, cpu) in threads.items() if not name.startswith("rocksdb")),
                    reverse=True)
    lived = [(cpu, tid) for cpu, tid in python if seen[tid][1] - seen[tid][0] > 0.5 * wall]
    roles["writer"] = lived[0][0] if lived else 0.0
    roles["pool threads"] = sum(cpu for cpu, _ in lived[1:])
    roles["bulk-loader threads"] = sum(cpu for cpu, tid in python if (cpu, tid) not in lived)
    for name, cpu in threads.values():
        if name.startswith("rocksdb"):
            roles[name] = roles.get(name, 0.0) + cpu
    roles["workers"] = sum(children.values())
    roles["total CPU"] = sum(roles.values())
    roles["wall"] = wall
    roles["peak RSS GB"] = peak / 1e9
    roles["exit"] = process.returncode
    return roles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--store", help="a fresh directory (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        roles = run(args.paths, args.workers, args.store or str(Path(work) / "store"))
    for role, value in roles.items():
        print(f"{role:20} {value:10.1f}")


if __name__ == "__main__":
    main()
