"""What the extractor now does with the candidates the judged corpus audits (docs/audit) labelled: for each judged
entity of a class, the release it was quoted from is extracted again (every stage) and the quoted span looked up:
the same mention is still there (`same`), a mention of the class overlaps it with other boundaries (`changed`), or
none does (`gone`). A change to the extractor is measured by comparing two runs: the share of judged-invalid
candidates it removes or repairs against the share of judged-valid ones it loses.

    python scripts/measure_audit_effect.py --tar v1-sample.tar --tar v2-sample.tar [--class organization] \
        [--round before ...] -o after.jsonl [--compare before.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from phakhi.graph.extract.document import Doc
from phakhi.graph.extract.pipeline import STAGES
from phakhi.graph.read import ReadFailure, iter_releases

AUDITS = Path(__file__).resolve().parent.parent / "docs" / "audit"
GOOD = {"valid", "described-ok"}
ROUNDS = ("before", "mid", "final", "round3")


def judged(rounds: list[str], kind: str) -> list[dict]:
    """The judged entities of `kind` in these rounds: the audit line joined with its verdict."""
    rows = []
    for rnd in rounds:
        for path in sorted((AUDITS / rnd).glob(f"v*-{kind}.judged.jsonl")):
            verdicts = {v["iri"]: v for v in map(json.loads, path.open(encoding="utf-8"))}
            for item in map(json.loads, (AUDITS / rnd / path.name.replace(".judged", "")).open(encoding="utf-8")):
                v = verdicts.get(item["iri"])
                if v and v.get("verdict"):
                    rows.append({"round": rnd, "file": path.name, "label": item["label"], "iri": item["iri"],
                                 "context": item["context"], "verdict": v["verdict"], "valid": v["verdict"] in GOOD})
    return rows


def outcome(doc: Doc, kind: str, start: int, end: int) -> tuple[str, str]:
    """(same | changed | gone, the text of the mention found there)."""
    best, overlap = None, 0
    for m in doc.mentions:
        if m.kind != kind:
            continue
        if (m.start, m.end) == (start, end):
            return "same", m.text
        o = min(end, m.end) - max(start, m.start)
        if o > overlap:
            best, overlap = m, o
    return ("changed", best.text) if best is not None else ("gone", "")


def measure(tars: list[str], rounds: list[str], kind: str) -> list[dict]:
    rows = judged(rounds, kind)
    wanted = {r["context"]["release"] for r in rows}
    docs: dict[str, Doc] = {}
    for release in iter_releases(tars):
        if isinstance(release, ReadFailure) or release.name not in wanted:
            continue
        doc = Doc.from_release(release)
        for stage in STAGES:
            stage(doc)
        docs[release.name] = doc
    out = []
    for r in rows:
        doc = docs.get(r["context"]["release"])
        if doc is None:
            continue
        state, text = outcome(doc, kind, r["context"]["start"], r["context"]["end"])
        out.append({k: r[k] for k in ("round", "file", "label", "verdict", "valid")} | {"state": state, "now": text})
    return out


def compare(before: list[dict], after: list[dict]) -> str:
    """Transitions between two runs, for judged-valid and judged-invalid candidates apart."""
    key = lambda r: (r["file"], r["round"], r["label"])  # noqa: E731
    old = {key(r): r for r in before}
    lines, tally = [], Counter()
    for r in after:
        o = old.get(key(r))
        if o is None:
            continue
        moved = o["state"] != r["state"] or o["now"] != r["now"]
        tally[(r["valid"], "judged")] += 1
        if moved:
            tally[(r["valid"], "moved")] += 1
            lines.append(f"  {'VALID' if r['valid'] else r['verdict']:8} {r['round']:6} {r['label']} : "
                         f"{o['state']} {o['now']!r} -> {r['state']} {r['now']!r}")
    head = [f"judged invalid moved (removed or re-bounded): {tally[(False, 'moved')]}/{tally[(False, 'judged')]}",
            f"judged valid moved (lost or re-bounded): {tally[(True, 'moved')]}/{tally[(True, 'judged')]}"]
    return "\n".join(head + sorted(lines))


def summary(rows: list[dict]) -> str:
    lines = []
    for rnd in sorted({r["round"] for r in rows}):
        sel = [r for r in rows if r["round"] == rnd]
        for valid in (True, False):
            part = [r for r in sel if r["valid"] == valid]
            states = Counter(r["state"] for r in part)
            lines.append(f"  {rnd:7} {'valid' if valid else 'invalid':7} n={len(part):3} " +
                         " ".join(f"{s}={states[s]}" for s in ("same", "changed", "gone")))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tar", action="append", required=True, help="the sample tarballs the audits were drawn from")
    parser.add_argument("--round", action="append", default=None, help=f"audit rounds (default all: {', '.join(ROUNDS)})")
    parser.add_argument("--class", dest="kind", default="organization")
    parser.add_argument("-o", "--output", required=True, help="per-candidate outcomes (JSON lines)")
    parser.add_argument("--compare", default=None, help="an earlier run's output: print what moved")
    args = parser.parse_args()
    rows = measure(args.tar, args.round or list(ROUNDS), args.kind)
    Path(args.output).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(summary(rows))
    if args.compare:
        print(compare([json.loads(line) for line in open(args.compare, encoding="utf-8")], rows))


if __name__ == "__main__":
    main()
