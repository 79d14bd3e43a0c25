"""The judged-bad labels a replay still gives, with the judges' reasons: what is left to fix in a class.

Reads an output of scripts/replay_audit.py and the judged audit files it was drawn from, and prints, per round, each
label still given (status `same`) that the judges called boundary or junk, with the judge's "why".

    python scripts/replay_audit.py --tar v1-sample.tar --tar v2-sample.tar --class organization -o now.json
    python scripts/audit_reasons.py now.json --class organization [--status removed]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

AUDITS = Path(__file__).resolve().parent.parent / "docs" / "audit"
GOOD = ("valid", "described-ok")


def reasons(kind: str, rounds: set[str]) -> dict[tuple[str, str, str], str]:
    """(round, release, label) -> the judge's reason, for every judged label of `kind` in these rounds."""
    out = {}
    for rnd in sorted(rounds):
        for path in sorted((AUDITS / rnd).glob(f"v*-{kind}.judged.jsonl")):
            verdicts = {v["iri"]: v for v in _lines(path)}
            for item in _lines(AUDITS / rnd / path.name.replace(".judged", "")):
                if item["iri"] in verdicts:
                    out[(rnd, item["context"]["release"], item["label"])] = verdicts[item["iri"]].get("why", "")
    return out


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("{")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("replay", help="an output of scripts/replay_audit.py")
    parser.add_argument("--class", dest="kind", default="organization")
    parser.add_argument("--status", default="same", help="same (still given) | changed | removed")
    args = parser.parse_args()
    rows = json.loads(Path(args.replay).read_text(encoding="utf-8"))
    why = reasons(args.kind, {r["round"] for r in rows})
    for r in rows:
        if r["status"] == args.status and r["verdict"] not in GOOD:
            print(f"{r['round']}\t{r['verdict']}\t{r['label']}\t{why.get((r['round'], r['release'], r['label']), '')}")


if __name__ == "__main__":
    main()
