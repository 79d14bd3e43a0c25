"""Choose the corpus slice that ships with the tests (tests/data/slice/): a few hundred real releases, small
enough to keep in the repository, from which notebook 04 draws the posts of one ministry over the years and
the count series of a few recurring programs and organizations.

    python scripts/make_slice.py thaigov-v1.tar[.xz] thaigov-v2.tar[.xz] [-o tests/data/slice]

What is chosen is data, in tests/data/slice/selection.json:
- `mentions`: for each phrase (e.g. a ministry's top posts), in each month of `years`, the shortest release
  of at least `min_chars` characters that contains it: evidence of who held the post spread evenly over time;
- `series`: for each authority key (a program or organization), in each year, up to `series_per_year`
  releases in which extraction links a count to that entity (graph/extract/about.py).
Releases are copied byte for byte as `<corpus>-<n>.txt`; SOURCES.tsv gives each one's archive member, source
URL, title, size and why it was chosen. Deterministic: the same archives give the same slice.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tarfile
from pathlib import Path

from phakhi.graph.extract import authority
from phakhi.graph.extract.pipeline import extract
from phakhi.graph.read import read_bytes

SLICE = Path(__file__).resolve().parent.parent / "tests" / "data" / "slice"


def _names(key: str) -> list[str]:
    """Every authority name of a program or organization key, to find candidate releases cheaply."""
    if key.startswith(authority.ORG_PREFIX):
        labels = authority.organization_labels(key)
    else:
        labels = authority.programs()[key]["labels"]
    return sorted({n for names in labels.values() for n in names if len(n) >= 3})


def _releases(archive: Path):
    """(member name, bytes, release) of each readable .txt release, in archive order."""
    with tarfile.open(archive, mode="r|*") as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".txt")):
                continue
            data = tar.extractfile(member).read()
            try:
                release = read_bytes(data, Path(member.name).name)
            except (ValueError, UnicodeError):
                continue
            if release.published:
                yield member.name, data, release


def choose(archives: list[Path], selection: dict) -> list[dict]:
    first, last = selection["years"]
    keys = list(selection["series"])
    names = {key: _names(key) for key in keys}
    by_month: dict[tuple[str, str], dict] = {}  # (phrase, YYYY-MM) -> shortest release so far
    by_year: dict[tuple[str, int], list[dict]] = {}
    for archive in archives:
        corpus = Path(archive).name.split(".")[0]
        for member, data, release in _releases(archive):
            year = release.published.year
            if not first <= year <= last:
                continue
            text = release.text
            row = {"member": member, "corpus": corpus, "data": data, "release": release}
            for phrase in selection["mentions"]:
                if phrase in text and len(text) >= selection["min_chars"]:
                    slot = (phrase, release.published.strftime("%Y-%m"))
                    held = by_month.get(slot)
                    if held is None or (len(text), member) < (len(held["release"].text), held["member"]):
                        by_month[slot] = {**row, "why": f"mentions {phrase}"}
            wanted = [k for k in keys if len(by_year.get((k, year), ())) < selection["series_per_year"]
                      and any(n in text for n in names[k])]
            if wanted:
                linked = {c.about_key for c in extract(release).counts}
                for key in wanted:
                    if key in linked:
                        by_year.setdefault((key, year), []).append({**row, "why": f"count about {key}"})
    chosen: dict[str, dict] = {}
    for row in [*by_month.values(), *(r for rows in by_year.values() for r in rows)]:
        held = chosen.setdefault(row["member"], row)
        if held is not row and row["why"] not in held["why"]:
            held["why"] += "; " + row["why"]
    return sorted(chosen.values(), key=lambda r: (r["release"].published, r["member"]))


def write(rows: list[dict], output: Path, limit: int) -> int:
    size = sum(len(r["data"]) for r in rows)
    if size > limit:
        raise SystemExit(f"the slice would be {size:,} bytes, over the {limit:,} allowed: lower per_month or "
                         "series_per_year in selection.json")
    folder = output / "releases"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    with open(output / "SOURCES.tsv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["file", "corpus", "member", "published", "url", "title", "bytes", "why"])
        for n, row in enumerate(rows, 1):
            name = f"{row['corpus']}-{n:03d}.txt"
            (folder / name).write_bytes(row["data"])
            release = row["release"]
            writer.writerow([name, row["corpus"], row["member"], release.published.isoformat(),
                             release.source_url or "", release.title or "", len(row["data"]), row["why"]])
    return size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archives", nargs="+", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=SLICE)
    args = parser.parse_args()
    selection = json.loads((args.output / "selection.json").read_text(encoding="utf-8"))
    rows = choose(args.archives, selection)
    size = write(rows, args.output, selection["max_bytes"])
    print(f"{len(rows)} releases, {size:,} bytes -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
