"""Mine how the corpora write each candidate name, for the validity model (graph/extract/validity.py): run the
extractor (without its validity stage) over the releases of the given tarballs and count, per class and name, the
releases naming it, the distinct characters written right after and right before it, and the releases of longer
names of its class beginning with it. A real name recurs with the same boundaries and is followed by many
different things; a cut one is mostly continued the same way. Names seen in one release only are left out (the
model reads "not in the file" as that) so the file stays small.

    python scripts/mine_validity.py thaigov-v1.tar thaigov-v2.tar [--limit N] [-o ontology/th/validity_corpus.json]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

from mining import release_docs
from phakhi.graph.extract import validity
from phakhi.graph.extract.pipeline import STAGES

MIN_RELEASES = 2


def mine(paths: list[str], limit: int | None = None) -> dict:
    releases: dict[tuple[str, str], int] = defaultdict(int)
    right: dict[tuple[str, str], set] = defaultdict(set)
    left: dict[tuple[str, str], set] = defaultdict(set)
    for doc in release_docs(paths, limit):
        for stage in STAGES:
            if stage is not validity.drop_invalid:
                stage(doc)
        named = set()
        for m in doc.mentions:
            if m.kind not in validity.KINDS:
                continue
            key = (m.kind, validity.surface(doc, m).replace(" ", ""))
            named.add(key)
            if len(right[key]) < validity._RIGHT_CAP:
                right[key].add(doc.text[m.nend:m.nend + 1])
            if len(left[key]) < validity._RIGHT_CAP:
                left[key].add(doc.text[m.nstart - 1:m.nstart])
        for key in named:
            releases[key] += 1
    out: dict[str, dict] = {}
    for kind in validity.KINDS:
        names = sorted(name for k, name in releases if k == kind and name)
        table = {}
        for i, name in enumerate(names):
            n = releases[(kind, name)]
            longer = 0
            j = i + 1
            while j < len(names) and names[j].startswith(name):
                longer += releases[(kind, names[j])]
                j += 1
            if n >= MIN_RELEASES or longer >= MIN_RELEASES:
                table[name] = [n, len(right[(kind, name)]), len(left[(kind, name)]), longer]
        out[kind] = table
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=None, help="read at most N releases")
    parser.add_argument("-o", "--output", default="ontology/th/validity_corpus.json")
    args = parser.parse_args()
    data = {"_doc": "kind -> name (spaces removed) -> [releases naming it, distinct next characters, distinct previous "
                    "characters, releases of longer names beginning with it]; scripts/mine_validity.py",
            **mine(args.paths, args.limit)}
    with open(args.output, "w", encoding="utf-8") as fh:  # compact: one name a line would double its size
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")


if __name__ == "__main__":
    main()
