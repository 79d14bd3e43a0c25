"""A judged sample of what the validity stage sees, not only of what it keeps: ingest releases with one class's
validity stage switched off, then, for each candidate `phakhi audit` draws from that store, say whether the shipped
model drops it.

Every audit round after round 3 was drawn from a store built with the validity stage on, so the model's own drops
were never judged: a model retrained on those rounds learns nothing about what it removes, and its precision and
recall as a filter cannot be measured. A sample drawn with the stage off for the class, each line marked with the
shipped model's decision, gives both: the filter's honest precision and recall, and training data that shows the
drops. The default pipeline is not changed: the switch is this script's alone.

    python scripts/unfiltered_sample.py ingest --class organization --store S v1-1311.tar
    phakhi audit --store S --sample 150 --class organization --seed 1311 > v1-organization.jsonl
    python scripts/unfiltered_sample.py mark --tar v1-1311.tar v1-organization.jsonl > v1-organization.model.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_validity import _docs, _mention  # noqa: E402

from phakhi.graph.extract import validity  # noqa: E402


def without_stage(kind: str) -> None:
    """Switch the validity stage off for `kind` in this process (its threshold 0: judged, never dropped)."""
    shipped = validity.model_of

    def model_of(k: str) -> dict:
        weights = shipped(k)
        return {**weights, "thresholds": {**weights.get("thresholds", {}), kind: 0.0}} if k == kind else weights

    validity.model_of = model_of


def mark(tars: list[str], lines: list[dict]) -> list[dict]:
    """Each audit line with the shipped model's decision on the mention at its quoted span in its release: the
    probability, the threshold, and whether drop_invalid removes its entity (kind and key) from that release."""
    docs = _docs(tars, {line["context"]["release"] for line in lines})
    out = []
    for line in lines:
        ctx = line["context"]
        doc = docs[ctx["release"]]
        m = _mention(doc, line["class"], ctx["start"], ctx["end"])
        weights = validity.model_of(m.kind)
        f = validity.features(doc, m)
        p = 1.0 if validity.recurrent(f, weights) else 0.0 if validity.clause(f) else validity.probability(f, weights)
        before = list(doc.mentions)
        validity.drop_invalid(doc)
        kept = {(k.kind, k.key) for k in doc.mentions}
        doc.mentions[:] = before
        out.append({"iri": line["iri"], "label": line["label"], "mention": validity.surface(doc, m),
                    "judged": validity.judged(m), "probability": round(p, 4),
                    "threshold": weights.get("thresholds", {}).get(m.kind, 0.0),
                    "dropped": (m.kind, m.key) not in kept})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="phakhi ingest with the class's validity stage off")
    ingest.add_argument("--class", dest="kind", required=True, choices=validity.KINDS)
    ingest.add_argument("--store", required=True, help="the store to ingest into")
    ingest.add_argument("paths", nargs="+", help="releases (files, directories, archives)")
    marking = sub.add_parser("mark", help="the shipped model's decision on each line of an audit file")
    marking.add_argument("--tar", action="append", required=True)
    marking.add_argument("audit", type=Path)
    args = parser.parse_args()
    if args.command == "ingest":
        from phakhi.graph.cli.commands import cli

        without_stage(args.kind)
        cli(["ingest", "--workers", "1", "--store", args.store, *args.paths])
    else:
        lines = [json.loads(x) for x in args.audit.read_text(encoding="utf-8").splitlines() if x.startswith("{")]
        for row in mark(args.tar, lines):
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
