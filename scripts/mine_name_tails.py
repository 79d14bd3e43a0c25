"""Mine the `heads` of ontology/th/name_tails.json: the organization names the thaigov corpora write followed by an
identifying tail (graph/extract/tails.py: a number, a province, a hyphen and a partner) in most of the releases that
name them.

    python scripts/mine_name_tails.py thaigov-v1.tar thaigov-v2.tar --every 8 [--min-releases 3] [--share 0.5]

Every release of each archive whose index is a multiple of --every is extracted with every stage but the tail stage
itself (so the names are as they would be without it); each organization mention's name (not one nested in another
name; without spaces, its numbers written "#"), and the name with the number or area number written after it,
counts the releases naming it and, per kind of tail, the releases where that tail follows it. A name counted in at
least --min-releases releases, with the tail in at least --share of them and two different tails written after it
(a kind of office in several provinces or regions, not one body's address: "มหาวิทยาลัยราชภัฏชัยภูมิ จังหวัดชัยภูมิ"),
takes that tail: "ศูนย์ป้องกันและบรรเทาสาธารณภัย" + "เขต 12", "ศูนย์อนามัยที่#" + its seat. A name whose own last word
asks for the tail ("…ภาคที่", "…จังหวัด") takes it anyway and is not listed; types that take no tail of a kind
(name_tails.json `not_for_types`) are not counted for it. Names written with a tail in only some of their releases
("กระทรวงสาธารณสุข จ.นนทบุรี", an address) stay as they are.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from mining import write_data

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "name_tails.json"
MINED = ("number", "place", "partner")  # an area number is taken by type (tails.takes), not by name
NUMBERS = ("number", "area")


def mine(paths: list[str], every: int, min_releases: int, share: float, report: int = 0) -> dict[str, list[str]]:
    from phakhi.graph.extract import tails
    from phakhi.graph.extract.authority import organizations
    from phakhi.graph.extract.document import Doc
    from phakhi.graph.extract.pipeline import STAGES
    from phakhi.graph.read import ReadFailure, iter_releases

    stages = [s for s in STAGES if s is not tails.extend_organizations]  # names as they are without their tails
    seen: Counter[str] = Counter()
    tailed: dict[str, Counter[str]] = {kind: Counter() for kind in MINED}
    variants: dict[str, dict[str, set[str]]] = {kind: {} for kind in MINED}  # the different tails written
    read = 0
    for index, release in enumerate(iter_releases(paths)):
        if index % every or isinstance(release, ReadFailure):
            continue
        read += 1
        doc = Doc.from_release(release)
        for stage in stages:
            stage(doc)
        names: set[str] = set()
        found: dict[str, set[str]] = {kind: set() for kind in MINED}
        for m in doc.mentions:
            if m.kind != "organization" or m.data.get("nested"):
                continue
            type_ = m.data.get("type") or organizations().get(m.key, {}).get("type")
            ends = [m.nend] + [e for e in (tails.tail_at(doc.text, m.nend, k) for k in NUMBERS) if e is not None]
            for at in dict.fromkeys(ends):  # the name, and the name with its number ("ศูนย์อนามัยที่ 1" + a seat)
                name = tails.head(doc.text[m.nstart:at])
                names.add(name)
                for kind in MINED:
                    end = None if tails.refuses(kind, type_) else tails.tail_at(doc.text, at, kind)
                    if end is not None:
                        found[kind].add(name)
                        variants[kind].setdefault(name, set()).add(tails.tail_core(doc.text[at:end]))
        seen.update(names)
        for kind in MINED:
            tailed[kind].update(found[kind])
        if read % 1000 == 0:
            print(f"{read} releases", file=sys.stderr)
    if report:
        for kind in MINED:
            top = sorted(tailed[kind].items(), key=lambda kv: -kv[1])[:report]
            print(kind, [(name, n, seen[name], len(variants[kind][name])) for name, n in top], file=sys.stderr)
    return {kind: sorted(name for name, n in tailed[kind].items()
                         if seen[name] >= min_releases and n >= share * seen[name] and len(variants[kind][name]) >= 2
                         and not tails.asks_for(name, kind))
            for kind in MINED}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archives", nargs="+")
    parser.add_argument("--every", type=int, default=16, help="read every N-th release of each archive")
    parser.add_argument("--min-releases", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.5)
    parser.add_argument("--report", type=int, default=0, help="print the N names most often followed by each tail")
    parser.add_argument("-o", "--output", default=str(OUT))
    args = parser.parse_args()
    started = time.process_time()
    heads = mine(args.archives, args.every, args.min_releases, args.share, args.report)
    data = json.loads(Path(args.output).read_text(encoding="utf-8")) if Path(args.output).exists() else {}
    data["heads"] = heads
    write_data(data, args.output)
    sizes = ", ".join(f"{kind} {len(names)}" for kind, names in heads.items())
    print(f"heads: {sizes} in {time.process_time() - started:.0f} s CPU -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
