"""Identity of the most mentioned entities after re-keying: the key functions of this checkout applied to the IRIs
of a store built earlier, so the effect of an identity change on the whole record is measured without a new ingest.

    python scripts/identity_rekey.py --store STORE --judged docs/audit/identity/top50-judged.json [--top 50] [--cache DIR]

For each class (person, organization): every IRI of the store gets the IRI the current code gives its name (a
person's key from person_key; an organization found by pattern from org_spelling.usual_organization; authority
IRIs stay). Of the top N entities (most releases), it counts those with exactly one IRI before (no judged duplicate
in the store) and after (every judged duplicate re-keyed to the entity's own IRI), lists the duplicates left, and
lists the IRIs not judged that now share a top entity's IRI (to review: a merge nobody judged). --cache keeps the
two store queries' rows (tens of seconds each on the whole record) as JSON in DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from urllib.parse import unquote

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from identity_report import _query  # noqa: E402  (scripts/ is on the path when this script runs)

from phakhi.graph.extract.authority import ORG_PREFIX, organizations  # noqa: E402
from phakhi.graph.extract.org_spelling import usual_organization  # noqa: E402
from phakhi.graph.extract.organizations import PATTERN_KEY  # noqa: E402
from phakhi.graph.extract.persons import person_key  # noqa: E402
from phakhi.graph.rdf.iris import entity_iri  # noqa: E402
from phakhi.graph.store import open_store  # noqa: E402
from phakhi.graph.text.normalize import normalize_label  # noqa: E402

SEGMENT = {"person": "/person/", "organization": "/org/"}


def local_name(iri: str, kind: str) -> str:
    return unquote(iri.rsplit(SEGMENT[kind], 1)[-1])


def rekey(iri: str, kind: str) -> str:
    """The IRI the current code gives the entity behind a stored IRI."""
    local = local_name(iri, kind)
    if kind == "organization" and (ORG_PREFIX + local in organizations() or "/unit/" in local or local.startswith("unit/")):
        return iri  # an authority body, or a bare unit scoped to a body or a release (iris.unit_iri): keyed by its scope
    name = normalize_label(local.replace("_", " "))
    if kind == "person":
        return str(entity_iri(person_key(name), "person"))
    usual = usual_organization(name)
    key = usual if usual and usual.startswith(ORG_PREFIX) else PATTERN_KEY + (usual or name)
    return str(entity_iri(key, "organization"))


def rows_of(kind: str, store_path: str, cache: Path | None) -> list[dict]:
    cached = cache / f"{kind}.json" if cache else None
    if cached and cached.exists():
        return json.loads(cached.read_text(encoding="utf-8"))
    store = open_store(store_path, read_only=True)
    try:
        rows = [{"e": str(r["e"]), "n": int(r["n"]), "label": str(r["label"])} for r in store.select_text(_query(kind))]
    finally:
        store.close()
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def measure(kind: str, rows: list[dict], judged: dict[str, list[str]], top: int) -> dict:
    """Before/after one-IRI counts of the top entities, the judged duplicates left and the unjudged merges."""
    rows = sorted(rows, key=lambda r: -int(r["n"]))
    name = (lambda r: r["label"]) if kind == "person" else (lambda r: local_name(r["e"], kind))
    by_name: dict[str, list[str]] = {}
    for r in rows:
        by_name.setdefault(name(r), []).append(r["e"])
    new = {r["e"]: rekey(r["e"], kind) for r in rows}
    groups: dict[str, list[dict]] = {}
    for r in rows:
        groups.setdefault(new[r["e"]], []).append(r)
    before = after = 0
    left, unjudged = {}, {}
    for r in rows[:top]:
        dups = [iri for written in judged.get(name(r), []) for iri in by_name.get(written, [])]
        before += not dups
        apart = [local_name(iri, kind) for iri in dups if new[iri] != new[r["e"]]]
        after += not apart
        if apart:
            left[name(r)] = apart
        others = [f"{name(o)} ({o['n']})" for o in groups[new[r["e"]]] if o["e"] != r["e"] and o["e"] not in dups]
        if others:
            unjudged[name(r)] = others
    return {"class": kind, "top": min(top, len(rows)), "one_iri_before": before, "one_iri_after": after,
            "left": left, "unjudged_merges": unjudged}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--judged", required=True, type=Path)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    judged = json.loads(args.judged.read_text(encoding="utf-8"))
    for kind in ("person", "organization"):
        result = measure(kind, rows_of(kind, args.store, args.cache), judged.get(kind, {}), args.top)
        print(json.dumps(result, ensure_ascii=False))
        print(f"{kind}: {result['one_iri_before']} -> {result['one_iri_after']} of the top {result['top']} have one IRI",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
