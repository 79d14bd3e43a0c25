"""Draw the English releases of this probe from v2-sample.tar (scripts/sample_corpus.py --releases 4000 --seed 7 on thaigov v2; session 32, h32-english).

    python docs/audit/probe32-english/draw.py SAMPLE.tar

A release is English when it has more than three times as many Latin letters as Thai ones (112 of the 4,000).
Left out: the dev and dev-b seeds (seeds/SOURCES*.tsv paths) and every release named in a readable audit folder
(docs/audit/*/ *.jsonl "release" fields and index.tsv paths; the held-out rounds are not opened, so a release only
they judged could be drawn; none of them is an English-only round). random.Random(3212) shuffles the rest in path
order: the first 15 are the studied probe (releases/pNN.txt), the next 5 the unseen check (unseen/uNN.txt).
"""

import json
import random
import re
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
HELD = {"round6", "round8", "round10", "round11", "round12", "round17", "round18", "round21", "round23", "round24",
        "round25", "round26", "round27", "probe31-programs"}


def excluded() -> set[str]:
    out = set()
    for tsv in ("SOURCES.tsv", "SOURCES-b.tsv"):
        for line in (ROOT / "seeds" / tsv).read_text().splitlines()[1:]:
            cols = line.split("\t")
            out.add(cols[3].removeprefix("data/"))
    for folder in (ROOT / "docs" / "audit").iterdir():
        if not folder.is_dir() or folder.name in HELD or folder.name == HERE.name:
            continue
        for f in folder.rglob("*"):
            if f.suffix == ".jsonl":
                for m in re.finditer(r'"release": "([^"]+)"', f.read_text()):
                    out.add(m.group(1).split("/", 1)[-1])
            elif f.name == "index.tsv":
                for line in f.read_text().splitlines()[1:]:
                    out.add(line.split("\t")[-1].split("/", 1)[-1])
    return out


def english(text: str) -> bool:
    return len(re.findall("[A-Za-z]", text)) > 3 * len(re.findall("[\u0e00-\u0e7f]", text))


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: draw.py SAMPLE.tar (the 4,000-release v2 sample)")
    tar = sys.argv[1]
    skip = excluded()
    found = []
    with tarfile.open(tar) as tf:
        for m in tf:
            if m.isfile() and m.name.endswith(".txt"):
                text = tf.extractfile(m).read().decode("utf-8")
                if english(text) and m.name.split("/", 1)[-1] not in skip:
                    found.append((m.name, text))
    found.sort()
    print(f"{len(found)} English releases not excluded")
    random.Random(3212).shuffle(found)
    for folder, prefix, rows in (("releases", "p", found[:15]), ("unseen", "u", found[15:20])):
        (HERE / folder).mkdir(exist_ok=True)
        index = ["file\tcorpus_path"]
        for i, (name, text) in enumerate(rows, 1):
            (HERE / folder / f"{prefix}{i:02d}.txt").write_text(text)
            index.append(f"{prefix}{i:02d}.txt\t{name}")
        (HERE / folder / "index.tsv").write_text("\n".join(index) + "\n")


if __name__ == "__main__":
    main()
