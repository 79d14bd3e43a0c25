"""Mine the full names written next to a dominant one that are people of their own: the names the dominant-name
reading of graph/extract/person_spelling.py (`_dominated`) would read as an official written in hundreds of
releases, but that the corpus writes in MIN_RELEASES releases or more. A slip of "สุริยะ จึงรุ่งเรืองกิจ" is made
once; "สุริสา จึงรุ่งเรืองกิจ", his wife, is written in five releases: the reading must leave her apart.

Candidates are every "<first name> <surname>" of the corpus that shares a surname or a first name with a dominant
full name (an honorific glued before the first name is dropped); each is counted once per release.

Output (JSON) ontology/th/person_neighbours.json: {"names": [full name, ...], "releases": N}.

Usage:
    python scripts/mine_person_neighbours.py ../shared/corpus/thaigov-v1.tar.xz ../shared/corpus/thaigov-v2.tar.xz
"""
from __future__ import annotations

import collections
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mine_person_names import NAME  # noqa: E402
from mining import release_texts, run_miner  # noqa: E402

from phakhi.graph.extract import person_spelling as spelling  # noqa: E402
from phakhi.graph.text.patterns import literal_alternation  # noqa: E402

MIN_RELEASES = 2  # releases that make a name a person of its own (a slip is made once)


def mine(paths: list[str], limit: int | None) -> dict:
    dominant = spelling._dominant()
    firsts = {first for _, first, _ in dominant}
    surnames = {surname for _, _, surname in dominant}
    by_surname = re.compile(f"(?<![{NAME}])([{NAME}]{{2,24}}) {{1,2}}({literal_alternation(surnames)})(?![{NAME}])")
    by_first = re.compile(f"({literal_alternation(firsts)}) {{1,2}}([{NAME}]{{2,24}})(?![{NAME}])")
    heads = spelling._heads()
    seen: collections.Counter = collections.Counter()
    releases = 0
    for text in release_texts(paths, limit):
        releases += 1
        names = set()
        for pattern in (by_surname, by_first):
            for match in pattern.finditer(text):
                first, surname = match.groups()
                ends = [first.rfind(head) + len(head) for head in heads if head in first[:-2]]
                first = first[max(ends):] if ends else first  # "โดยมีนายอนุทิน" -> อนุทิน
                names.add(f"{first} {surname}")
        seen.update(names)
    own = sorted(name for name, count in seen.items()
                 if count >= MIN_RELEASES and spelling._dominated(name, name.replace(" ", ""), neighbours=False))
    return {"names": own, "releases": releases}


if __name__ == "__main__":
    run_miner(__doc__, "person_neighbours.json", mine,
              lambda data: f"{data['releases']} releases, {len(data['names'])} names of their own")
