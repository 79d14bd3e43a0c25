"""Do the mined data files still match what their miners make with today's extractor? -> a report, exit 1 on drift.

    python scripts/check_mined.py /path/v1-sample.tar /path/v2-sample.tar [--only NAME] [--write]

Most miners read the corpora through the extractor (the names its rules find, where they end), so a file mined
before an extraction change can go stale: the seventh session had to rebuild `event_series.json` at its end
(84 -> 81 names) because the events work after its mining made names run on to their edition. This script
reruns each miner that is rebuilt from the 4,000-release samples (`scripts/sample_corpus.py --releases 4000
--seed 7`: minutes, not the hour a whole-corpus miner takes) into a temporary file, each in its own process (a
miner may set the extractor's state, e.g. mine_event_series.py mines as if no series were known), and compares
it with the file shipped in ontology/th/: the entries added and removed, a few of each shown. Run it before a
session ends; `--write` puts the rebuilt files in place (then look at the diff and rerun the evaluation).

The whole-corpus miners (mine_organizations.py, mine_programs.py, mine_program_continuations.py since the
twenty-first session, mine_validity.py, ...) are not rerun here: they read the full archives and take far longer;
see README "What is learned or mined". Where such a miner's filters can be asked of one row alone
(`FILTERED_ROWS`: mine_program_continuations.py `kept_piece`, mine_program_loans.py, mine_program_recurring.py,
mine_program_slogans.py, mine_program_place_models.py, mine_program_concepts.py, mine_agreement_acronyms.py and
mine_org_closed.py `kept_row`, mine_program_fund_runs.py `kept_fund`, mine_organizations.py `kept_name`), every
shipped row is asked: a row today's filters would not keep (the twenty-seventh session found five "…|ในพื้นที่"
pieces the rules had come to end names before) is reported as drift too, without mining the corpora again.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "ontology" / "th"

# miner script -> (the file it writes, the positions in an entry of its lists that name it: the rest are release
# counts, which may move by one when the names hold). Every list in the file is compared.
SAMPLE_MINERS: dict[str, tuple[str, tuple[int, ...]]] = {
    "mine_program_kinds.py": ("program_kinds.json", (0,)),
    "mine_event_series.py": ("event_series.json", (0,)),
    "mine_program_standards.py": ("program_standards.json", (0,)),
}


# whole-corpus miner -> (the file it writes, its list whose rows are checked, the miner's function that says whether a
# row's entry would be kept, the position of that entry in a row: None, the whole row)
FILTERED_ROWS: dict[str, tuple[str, str, str, int | None]] = {
    "mine_program_continuations.py": ("program_continuations.json", "continuations", "kept_piece", 1),
    "mine_program_loans.py": ("program_loans.json", "names", "kept_row", None),
    "mine_org_functions.py": ("org_unit_functions.json", "names", "kept_function", None),  # rows are the names
    "mine_org_numbered_tails.py": ("org_numbered_tails.json", "names", "kept_row", None),
    "mine_organizations.py": ("organization_names.json", "names", "kept_name", None),  # rows are the names
    "mine_org_joined_tails.py": ("org_joined_tails.json", "names", "kept_row", None),
    "mine_program_guard.py": ("program_guard.json", "whole", "kept_whole", None),  # the names are the dict's keys
    "mine_program_recurring.py": ("program_recurring.json", "names", "kept_row", None),
    "mine_program_counts.py": ("program_counts.json", "counts", "kept_row", None),
    "mine_program_slogans.py": ("program_slogans.json", "names", "kept_row", None),
    "mine_program_fund_runs.py": ("program_fund_runs.json", "names", "kept_fund", None),  # the names are the keys
    "mine_program_place_models.py": ("program_place_models.json", "names", "kept_row", None),
    "mine_program_concepts.py": ("program_concepts.json", "names", "kept_row", None),
    "mine_agreement_acronyms.py": ("program_agreement_acronyms.json", "names", "kept_row", None),
    "mine_org_closed.py": ("org_closed.json", "names", "kept_row", None),  # rows are the names
}


def unfiltered(script: str, data: dict) -> list[list]:
    """The rows of a whole-corpus miner's file (`FILTERED_ROWS`) that its filters of today would not keep."""
    name, key, check, at = FILTERED_ROWS[script]
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))  # the miners import their helpers (mining.py) as siblings
    keep = getattr(importlib.import_module(script.removesuffix(".py")), check)
    return [row for row in data.get(key, []) if not keep(row if at is None else row[at])]


def _entry(item: object) -> str:
    """One entry as a comparable string (lists and dicts as compact JSON)."""
    return item if isinstance(item, str) else json.dumps(item, ensure_ascii=False, sort_keys=True)


def drift(shipped: dict, rebuilt: dict, key: str, keep: tuple[int, ...] = ()) -> tuple[list[str], list[str]]:
    """The entries of `rebuilt[key]` not in `shipped[key]` (added) and the other way round (removed). With
    `keep`, list entries are compared by those positions only (their names, not their counts)."""
    if not isinstance(shipped.get(key, rebuilt.get(key)), list):
        raise ValueError(f"no {key!r} list in the mined data")

    def entries(data: dict) -> set[str]:
        rows = data.get(key, [])  # a list only one side has: all its entries added (or removed)
        if keep:
            rows = [[row[i] for i in keep if i < len(row)] if isinstance(row, list) else row for row in rows]
        return {_entry(row) for row in rows}
    old, new = entries(shipped), entries(rebuilt)
    return sorted(new - old), sorted(old - new)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="the sample archives (v1-sample.tar v2-sample.tar)")
    parser.add_argument("--only", action="append", choices=sorted({*SAMPLE_MINERS, *FILTERED_ROWS}),
                        help="check only this miner")
    parser.add_argument("--write", action="store_true", help="put the rebuilt files in place of the shipped ones")
    parser.add_argument("--show", type=int, default=5, help="entries of each kind shown per file")
    args = parser.parse_args(argv)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        parser.error(f"no such archive: {', '.join(missing)}")
    stale = unfixed = 0
    for script in [s for s in args.only or sorted(FILTERED_ROWS) if s in FILTERED_ROWS]:
        name, key, check, _ = FILTERED_ROWS[script]
        rows = unfiltered(script, json.loads((DATA / name).read_text(encoding="utf-8")))
        if not rows:
            print(f"{name} {key}: every row kept by {script} {check}")
            continue
        unfixed += 1  # --write cannot rebuild it: the miner reads the whole corpora
        print(f"{name} {key}: drifted: {len(rows)} rows {script} {check} would not keep (rebuild it from the whole "
              f"corpora: {script} v1.tar v2.tar)")
        for row in rows[:args.show]:
            print(f"  - {_entry(row)}")
    with tempfile.TemporaryDirectory() as tmp:
        for script in [s for s in args.only or sorted(SAMPLE_MINERS) if s in SAMPLE_MINERS]:
            name, keep = SAMPLE_MINERS[script]
            out = Path(tmp) / name
            run = subprocess.run([sys.executable, str(ROOT / "scripts" / script), *args.paths, "--out", str(out)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{name}: {script} failed (exit {run.returncode}):\n{run.stderr[-2000:]}")
                stale += 1
                continue
            shipped = json.loads((DATA / name).read_text(encoding="utf-8"))
            rebuilt = json.loads(out.read_text(encoding="utf-8"))
            lists = sorted(k for k in {**shipped, **rebuilt} if isinstance(shipped.get(k, rebuilt.get(k)), list))
            moved = {key: (drift(shipped, rebuilt, key), drift(shipped, rebuilt, key, keep)) for key in lists}
            if not any(added or removed for (added, removed), _ in moved.values()):
                print(f"{name}: as shipped ({', '.join(f'{len(rebuilt[k])} {k}' for k in lists)})")
                continue
            stale += 1
            for key, ((added, removed), (names_added, names_removed)) in moved.items():
                if not added and not removed:
                    continue
                print(f"{name} {key}: drifted: {len(added)} entries added, {len(removed)} removed "
                      f"({len(names_added)} and {len(names_removed)} by their names, counts aside)")
                for sign, rows in (("+", names_added or added), ("-", names_removed or removed)):
                    for row in rows[:args.show]:
                        print(f"  {sign} {row}")
            if args.write:
                shutil.copyfile(out, DATA / name)
                print(f"  rebuilt -> {DATA / name}")
    return 1 if unfixed or stale and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
