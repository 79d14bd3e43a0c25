"""Identity check on a corpus store: for the N most mentioned persons and organizations, the other IRIs of the
same class whose labels look like the same entity, so a reviewer can count how many IRIs each real entity has.

    python scripts/identity_report.py --store STORE [--top 50] [--class person|organization] > identity.jsonl

Looks alike (a candidate, not a verdict): after deleting spaces, zero-width characters, honorifics and
punctuation, one label contains the other, or (persons) the two share a given name and a surname that is at
least 3 characters long, or (organizations) they are within edit distance 2 and at least 8 characters long.
One JSON line per top entity: its IRI, label, releases, and the candidates with their labels and releases.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")

from rapidfuzz.distance import Levenshtein  # noqa: E402

from phakhi.graph.store import open_store  # noqa: E402
from phakhi.ontology import load_honorifics  # noqa: E402

CLASSES = {"person": "schema:Person", "organization": "org:Organization"}
_PUNCT = re.compile(r"[\s\u200b-\u200d\ufeff.\-–—_\"'“”‘’()\[\]{}«»:;,/]+")


def _query(kind: str) -> str:
    return f"""SELECT ?e (COUNT(DISTINCT ?r) AS ?n) (SAMPLE(?pref) AS ?label) (GROUP_CONCAT(DISTINCT ?l; SEPARATOR="\\u001f") AS ?labels)
    WHERE {{ GRAPH ?g {{ ?e a {CLASSES[kind]} ; ph:mentionedIn ?r ; skos:prefLabel ?pref .
      OPTIONAL {{ ?e skos:altLabel ?l }} }} }} GROUP BY ?e"""


def _canon(label: str, honorifics: tuple[str, ...]) -> str:
    text = unicodedata.normalize("NFC", label).casefold()
    changed = True
    while changed:
        changed = False
        for h in honorifics:
            if text.startswith(h) and len(text) > len(h) + 1:
                text, changed = text[len(h):].lstrip(), True
    return _PUNCT.sub("", text)


def report(store, kind: str, top: int) -> list[dict]:
    honorifics = tuple(sorted({unicodedata.normalize("NFC", h["form"]).casefold() for h in load_honorifics()},
                              key=len, reverse=True))
    rows = []
    for row in store.select_text(_query(kind)):
        labels = {row["label"], *filter(None, str(row.get("labels") or "").split("\u001f"))}
        words = [w for w in re.split(r"\s+", row["label"].strip()) if w]
        rows.append({"iri": row["e"], "label": row["label"], "releases": int(row["n"]),
                     "canon": {c for c in (_canon(x, honorifics) for x in labels) if len(c) >= 2},
                     "words": [_canon(w, honorifics) for w in words]})
    rows.sort(key=lambda r: -r["releases"])
    out = []
    for entity in rows[:top]:
        candidates = []
        for other in rows:
            if other is entity:
                continue
            if _alike(entity, other, kind):
                candidates.append({"iri": other["iri"], "label": other["label"], "releases": other["releases"]})
        out.append({"class": kind, "iri": entity["iri"], "label": entity["label"], "releases": entity["releases"],
                    "candidates": sorted(candidates, key=lambda c: -c["releases"])})
    return out


def _alike(a: dict, b: dict, kind: str) -> bool:
    for x in a["canon"]:
        for y in b["canon"]:
            short, long_ = sorted((x, y), key=len)
            if len(short) >= 4 and short in long_:
                return True
            if kind == "organization" and len(short) >= 8 and Levenshtein.distance(x, y, score_cutoff=2) <= 2:
                return True
    if kind == "person" and len(a["words"]) >= 2 and len(b["words"]) >= 2:
        first_a, last_a = a["words"][-2], a["words"][-1]
        return len(last_a) >= 3 and last_a in b["words"] and first_a in b["words"]
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--class", dest="classes", choices=sorted(CLASSES), action="append")
    args = parser.parse_args()
    store = open_store(args.store, read_only=True)
    try:
        for kind in args.classes or sorted(CLASSES):
            lines = report(store, kind, args.top)
            for line in lines:
                print(json.dumps(line, ensure_ascii=False))
            with_dupes = sum(1 for line in lines if line["candidates"])
            print(f"{kind}: {with_dupes} of the top {len(lines)} have look-alike IRIs", file=sys.stderr)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
