"""Same view before and after: the network views of several centres of a store, written as canonical JSON, and
two such files compared. For speed work on `phakhi network` (graph/views/project.py, draw.py), which must not
change what a view shows: its nodes with every attribute (labels, names, kinds, releases, posts, counts), its
edges with theirs (relation, title, releases = weights, dates), the graph's attributes, the releases `scope`
chose and its note, and the whole projection `build` made before `select` cut it.

The centres come from the store's knowledge graph (no name is written here): the two organizations, persons
and programs mentioned in most releases, and a few with fewer mentions; some views use depth 1, a class
filter, a smaller `recent`, or a date range (which takes `scope`'s full read rather than its window).

Run: python benchmarks/network_same.py snapshot --store DIR OUT.json   (with the code before, then after)
     python benchmarks/network_same.py compare BEFORE.json AFTER.json  (exit status 1 if any view differs)
"""

from __future__ import annotations

import os

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

K = "<https://w3id.org/phakhi/id/graph/knowledge>"
CLASSES = {"org:Organization": "focus", "schema:Person": "focus", "ph:Program": "program"}


def centres(store) -> list[dict]:
    """The views to compare, from the store's busiest (and some quieter) entities of each class."""
    cases = []
    for cls, how in CLASSES.items():
        busy = [r["e"] for r in store.select_text(
            f"SELECT ?e WHERE {{ GRAPH {K} {{ ?e a {cls} ; ph:releases ?n }} }} ORDER BY DESC(?n) ?e LIMIT 2")]
        quiet = [r["e"] for r in store.select_text(
            f"SELECT ?e WHERE {{ GRAPH {K} {{ ?e a {cls} ; ph:releases ?n FILTER(?n >= 20 && ?n <= 60) }} }} ORDER BY ?e LIMIT 1")]
        for iri in busy + quiet:
            cases.append({how: iri})
    first = dict(cases[0])
    cases += [{**first, "depth": 1}, {**first, "classes": "person,organization"}, {**first, "recent": 20},
              {**first, "since": "2019-01-01", "until": "2020-06-30"}]
    return cases


def plain(value):
    if isinstance(value, (set, frozenset)):
        return sorted(plain(x) for x in value)
    if isinstance(value, dict):
        return {k: plain(x) for k, x in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [plain(x) for x in value]
    return value


def content(graph) -> dict:
    return {"graph": plain(graph.graph), "nodes": {n: plain(d) for n, d in sorted(graph.nodes(data=True))},
            "edges": sorted(json.dumps([u, v, k, plain(d)], ensure_ascii=False, sort_keys=True)
                            for u, v, k, d in graph.edges(keys=True, data=True))}


def snapshot(location: str, out: str) -> None:
    from phakhi.graph.store import Store
    from phakhi.graph.views import project

    views = {}
    with Store(location, read_only=True) as store:
        for case in centres(store):
            where = {k: v for k, v in case.items() if k in ("focus", "program", "since", "until")}
            start = time.process_time()
            releases, note = project.scope(store, recent=case.get("recent", project.RECENT), **where)
            built = project.build(store, releases)
            shown = project.select(built, depth=case.get("depth", 2), classes=case.get("classes"), **where)
            seconds = time.process_time() - start
            key = json.dumps(case, ensure_ascii=False, sort_keys=True)
            views[key] = {"note": note, "releases": releases, "shown": content(shown), "built": content(built)}
            print(f"{seconds:6.2f} s CPU  {shown.number_of_nodes():4d} nodes {shown.number_of_edges():5d} edges  {key}",
                  file=sys.stderr)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(views, f, ensure_ascii=False, sort_keys=True)


def compare(before: str, after: str) -> int:
    with open(before, encoding="utf-8") as f:
        a = json.load(f)
    with open(after, encoding="utf-8") as f:
        b = json.load(f)
    differ = 0
    for key in sorted(set(a) | set(b)):
        if key not in a or key not in b:
            print(f"only in one file: {key}")
            differ += 1
            continue
        parts = [p for p in ("note", "releases", "shown", "built") if a[key][p] != b[key][p]]
        for part in parts:
            x, y = a[key][part], b[key][part]
            detail = ""
            if isinstance(x, dict):
                detail = ", ".join(f"{k}: {sorted(set(x[k]) ^ set(y[k]))[:3] if isinstance(x[k], dict) else '...'}"
                                   for k in x if x[k] != y[k])
            print(f"{key}: {part} differs {detail}")
        differ += bool(parts)
    print(f"{len(a)} views compared: {'all the same' if not differ else f'{differ} differ'}")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("snapshot")
    one.add_argument("--store", required=True)
    one.add_argument("out")
    two = sub.add_parser("compare")
    two.add_argument("before")
    two.add_argument("after")
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.store, args.out)
    else:
        sys.exit(compare(args.before, args.after))


if __name__ == "__main__":
    main()
