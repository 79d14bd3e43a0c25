"""What the knowledge graph writes: a corpus (a tar or folder of releases) ingested into a fresh on-disk store
in this process, every knowledge-graph write counted by predicate, so the quads that cost can be named.

Reports, as JSON: the knowledge triples inserted in the fold and in `finish` (counters, records), deleted (counters
rewritten by a later `finish`), inserted again (a fact or description sent a second time after `Written` forgot
it; not counted: the releases' records, one `a prov:Entity` each, and the succession links, written by SPARQL
updates); the knowledge graph at the end by predicate; the store's quads and bytes on disk after `compact`; the CPU
seconds of the process and its extraction workers (every thread). `--finish-every N` brings the counters up to
date every N aggregates touched (ingest.FINISH_EVERY; the whole record's rhythm on a smaller corpus), and
`--no-count` leaves the writes uncounted (for CPU time).

Run: python benchmarks/knowledge_writes.py CORPUS STORE_DIR [--finish-every N] [--no-count] [--workers 2]
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import phakhi.graph.ingest as ingest_module  # noqa: E402
from phakhi.graph import knowledge  # noqa: E402
from phakhi.graph.knowledge import maintain  # noqa: E402
from phakhi.graph.store import open_store  # noqa: E402


def _count_writes(inserted: Counter, deleted: Counter, again: Counter) -> None:
    """Wrap the knowledge graph's one writing function (and `finish`, to tell its writes from the fold's)."""
    write, finish, seen, phase = maintain._write, maintain.finish, set(), ["fold"]

    def counted_write(store, delete, insert, bulk=False):
        for triple in insert:
            inserted[(phase[0], triple[1])] += 1
            if triple in seen:
                again[triple[1]] += 1
            seen.add(triple)
        for triple in delete:
            deleted[triple[1]] += 1
        return write(store, delete, insert, bulk)

    def counted_finish(*args, **kwargs):
        phase[0] = "finish"
        try:
            return finish(*args, **kwargs)
        finally:
            phase[0] = "fold"

    maintain._write = counted_write
    knowledge._finish = counted_finish  # what knowledge.finish calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("store")
    parser.add_argument("--finish-every", type=int)
    parser.add_argument("--no-count", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    inserted, deleted, again = Counter(), Counter(), Counter()
    if not args.no_count:
        _count_writes(inserted, deleted, again)
    if args.finish_every:
        ingest_module.FINISH_EVERY = args.finish_every
    shutil.rmtree(args.store, ignore_errors=True)
    store = open_store(args.store)
    started = time.time()
    ingest_module.ingest(store, [args.corpus], workers=args.workers)
    wall = time.time() - started
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    final = {row["p"]: int(row["n"]) for row in store.select_text(f"""SELECT ?p (COUNT(*) AS ?n) WHERE {{
        GRAPH <{knowledge.KNOWLEDGE}> {{ ?s ?p ?o }} }} GROUP BY ?p""")}
    store.compact()
    quads = len(store)
    store.close()
    size = sum(f.stat().st_size for f in Path(args.store).rglob("*") if f.is_file())
    print(json.dumps({
        "cpu_s": round(cpu, 2), "wall_s": round(wall, 1), "quads": quads, "bytes_after_compact": size,
        "knowledge": sum(final.values()), "knowledge_by_predicate": dict(sorted(final.items(), key=lambda x: -x[1])),
        "inserted": {f"{phase} {p}": n for (phase, p), n in inserted.most_common()},
        "deleted": dict(deleted.most_common()), "inserted_again": dict(again.most_common()),
    }, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
