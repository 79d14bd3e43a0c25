"""Replay judged audit labels on the current code: what a change does to the labels the judges saw.

Each judged line of docs/audit/ROUND/vN-CLASS.judged.jsonl names a label (an event's name or description) quoted
from one release. The release is read again from the sample tarballs the audit was drawn from, extracted with the
code as it is now, and the label gets a status: `same` (the release still yields an entity of the class with that
label: a description when it has one, else one of its names), `changed` (an entity of the class covers the
quoted span under another label) or `removed` (none does). Counted by verdict, the statuses say how many
judged-invalid labels a change removes or repairs against how many judged-valid ones it removes or relabels.

    python scripts/replay_audit.py --tar v1-sample.tar --tar v2-sample.tar --class event -o now.json
    python scripts/replay_audit.py --tar … --class event --compare before.json -o after.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path

from phakhi.graph.extract.pipeline import extract
from phakhi.graph.read import ReadFailure, iter_releases

AUDITS = Path(__file__).resolve().parent.parent / "docs" / "audit"
GOOD = ("valid", "described-ok")


def judged(kind: str, rounds: list[str]) -> list[dict]:
    """The judged labels of class `kind` in these rounds: audit line joined with its verdict and round."""
    rows = []
    for rnd in rounds:
        for path in sorted((AUDITS / rnd).glob(f"v*-{kind}.judged.jsonl")):
            verdicts = {v["iri"]: v for v in _lines(path) if "iri" in v}  # a judge may end with a summary line
            for item in _lines(AUDITS / rnd / path.name.replace(".judged", "")):
                v = verdicts.get(item["iri"])
                if v and v.get("verdict"):
                    rows.append({"round": rnd, "label": item["label"], "verdict": v["verdict"], **item["context"]})
    return rows


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("{")]


def _squeezed(text: str) -> str:
    return "".join(text.split())


def status(row: dict, entities: list, first: bool = False) -> tuple[str, str | None]:
    """(same | changed | removed, the label the quoted span has now) for one judged row. first: the label is the
    same only when it is the entity's preferred label (its description or its first name), as the store gives it."""
    label = _squeezed(row["label"])
    for e in entities:
        labels = [e.description] if e.description else e.names[:1] if first else e.names
        if label in map(_squeezed, labels):
            return "same", row["label"]
    for e in entities if row.get("start") is not None else ():
        if any(s < row["end"] and row["start"] < t for s, t in e.spans):
            return "changed", e.description or (e.names[0] if e.names else None)
    return "removed", None


def replay(kind: str, rows: list[dict], tarballs: list[str], first: bool = False) -> list[dict]:
    """Each row with its status and current label (rows whose release is not in the tarballs are left out)."""
    wanted = {row["release"] for row in rows}
    found: dict[str, list] = {}
    for release in iter_releases(tarballs):
        if not isinstance(release, ReadFailure) and release.name in wanted:
            found[release.name] = [e for e in extract(release).entities.values() if e.kind == kind]
    out = []
    for row in rows:
        if row["release"] in found:
            state, now = status(row, found[row["release"]], first)
            out.append({**row, "status": state, "now": now})
    return out


def summary(rows: list[dict]) -> str:
    """Per round: verdict x status counts and the share of judged-good labels among those still given."""
    lines = []
    for rnd in dict.fromkeys(r["round"] for r in rows):
        sel = [r for r in rows if r["round"] == rnd]
        counts = Counter((r["verdict"], r["status"]) for r in sel)
        kept = [r for r in sel if r["status"] == "same"]
        share = sum(r["verdict"] in GOOD for r in kept) / max(1, len(kept))
        lines.append(f"{rnd}: {dict(sorted(counts.items()))}; labels still given {len(kept)}, judged good {share:.3f}")
    return "\n".join(lines)


SEALED = "sealed:"
_CONTEXT = ("prefix", "exact", "suffix")


def _seal(text: str | None) -> str | None:
    if text is None or text.startswith(SEALED):
        return text
    return SEALED + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def sealed(rows: list[dict], blind: frozenset[str]) -> list[dict]:
    """The rows with those of held-out rounds sealed: label and current label replaced by a digest, verdict and
    quoted context left out. A later run compares against them by digest (differences seals both sides), so the
    JSON a helper reads never shows a held-out round's labels or verdicts (helpers printed them while listing
    labels still given, sessions 28 and 30)."""
    return [r if r["round"] not in blind else
            {**{k: v for k, v in r.items() if k not in _CONTEXT and k != "verdict"},
             "label": _seal(r["label"]), "now": _seal(r["now"])} for r in rows]


def differences(before: list[dict], after: list[dict], blind: frozenset[str] = frozenset()) -> list[str]:
    """The rows whose status or label moved, as 'round verdict: label -> status now'. Rounds in `blind` are held
    out: their moved rows are only counted (one line a round), so whoever reads the output never sees their labels
    or verdicts."""
    before, after = sealed(before, blind), sealed(after, blind)
    old = {(r["round"], r["release"], r["start"], r["label"]): r for r in before}
    out = []
    hidden: Counter = Counter()
    for r in after:
        b = old.get((r["round"], r["release"], r["start"], r["label"]))
        if b and (b["status"], b["now"]) != (r["status"], r["now"]):
            if r["round"] in blind:
                hidden[r["round"]] += 1
            else:
                out.append(f"{r['round']} {r['verdict']}: {r['label']} -> {r['status']} {r['now'] or ''}")
    return out + [f"{rnd}: {n} labels moved (held out: not listed)" for rnd, n in sorted(hidden.items())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tar", action="append", required=True, help="the sample tarballs the audits were drawn from")
    parser.add_argument("--class", dest="kind", default="event", help="event | organization | person | program")
    parser.add_argument("--round", action="append", default=None, help="audit rounds (default: every round)")
    parser.add_argument("--compare", help="an earlier output of this script: list what moved since")
    parser.add_argument("--first", action="store_true", help="a label is the same only as the preferred label")
    parser.add_argument("--blind", action="append", default=[],
                        help="a held-out round: with --compare, count its moved labels without listing them; its rows "
                             "are written sealed (labels as digests, no verdict or context)")
    parser.add_argument("-o", "--output", required=True, help="where to write the rows with their statuses (JSON)")
    args = parser.parse_args()
    rounds = args.round or sorted(p.name for p in AUDITS.iterdir() if p.is_dir() and any(p.glob("*.judged.jsonl")))
    rows = replay(args.kind, judged(args.kind, rounds), args.tar, args.first)
    print(summary(rows))
    if args.compare:
        print("\n".join(differences(json.loads(Path(args.compare).read_text(encoding="utf-8")), rows,
                                     frozenset(args.blind))))
    Path(args.output).write_text(json.dumps(sealed(rows, frozenset(args.blind)), ensure_ascii=False) + "\n",
                                 encoding="utf-8")


if __name__ == "__main__":
    main()
