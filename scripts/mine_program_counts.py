"""Mine the counts programme names are written with -> ontology/th/program_counts.json.

    python scripts/mine_program_counts.py v1.tar v2.tar --skip v1-sample.tar --skip v2-sample.tar [--out FILE] [--limit N]

A number with a unit or classifier after a programme name is mostly the sentence's count ("โครงการเราชนะ| 15 ล้านคน",
"กองทุนหมู่บ้าน| 3,000 ล้านบาท"): the run-on of a name takes none (program_continuations.continuation_piece asks
counts.counted_number). Some names hold one: a price, a number of kinds, regions or monks the programme is named by
("โครงการร้านข้าวแกง 20 บาท", "โครงการประกันรายได้เกษตรกรในพืชเกษตร 5 ชนิด", "โครงการ VIJITR 5 ภาค", "โครงการบรรพชา
อุปสมบท 99 รูป ถวายพระพร…"). The corpora tell them apart: a sentence's count changes from release to release (another
sum, another number of people), a name's is written with the same number and unit after the name in most of the
releases that write it, after different words (not one paragraph copied from release to release).

This script runs the rules on every run after a program prefix (`program_run_on_mining.ended_runs`: the name the
extractor gives, with the mined run-on in force and this list set aside) and, where a count follows the name (after
at most one space; `counts.counted_number`), notes the count as written (" 20 บาท", " 99 รูป", "5 ชนิด" glued). It
keeps (name, count) written together in at least MIN_RELEASES releases and in at least MIN_SHARE of the releases
writing the name, after at least MIN_BEFORE different words, unless it counts programmes ("…| 6 โครงการ": the
sentence counts the projects under the name, program prefix words as the unit). Rows: [name (normalised), the count as written after
it, releases writing both, releases writing the name, different words before]. At run time
(`program_continuations.counted_end`) a name the text goes on with its kept count runs on over it, and the run-on goes
on past it as after any name. Counting is per release. The audit samples are skipped (--skip), so the judged labels
replayed on them are not mined from.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from mining import release_texts, run_miner
from program_run_on_mining import ended_runs, set_aside

from phakhi.graph.extract import program_continuations, program_words
from phakhi.graph.text.normalize import normalize_label

MIN_RELEASES = 3  # releases writing a name with the same count after it
MIN_SHARE = 0.5  # ... of the releases writing the name at all
MIN_BEFORE = 3  # different words before it (a paragraph copied from release to release has one)
KEEP = 8  # different words before counted at most


def names_and_counts(text: str):
    """(name as the extractor ends it, the count written right after it or None, the words before its prefix) for
    each run after a program prefix in `text`."""
    for start, end, before in ended_runs(text):
        yield normalize_label(text[start:end]), program_continuations.count_piece(text, end), before


def kept_row(row: list) -> bool:
    """Would today's thresholds keep a shipped row [name, count, releases, the name's releases, words before]?
    (scripts/check_mined.py asks it of every row without mining the corpora again.)"""
    name, count, releases, writing, before = row
    return releases >= MIN_RELEASES and releases >= MIN_SHARE * writing and before >= MIN_BEFORE \
        and len(name) > program_words.MIN_REST and bool(count.strip()) \
        and not program_words.prefix_pattern().search(count)  # "โครงการบำบัดทุกข์| 6 โครงการ": projects counted


@set_aside("named_counts")  # a rebuild does not depend on the file it replaces
def mine(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()) -> dict:
    writing: dict[str, int] = defaultdict(int)
    together: dict[tuple[str, str], int] = defaultdict(int)
    befores: dict[tuple[str, str], set[str]] = defaultdict(set)
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit, skip), 1):
        names: set[str] = set()
        counts: dict[tuple[str, str], str] = {}
        for name, count, before in names_and_counts(text):
            names.add(name)
            if count is not None:
                counts.setdefault((name, count), before)
        for name in names:
            writing[name] += 1
        for key, before in counts.items():
            together[key] += 1
            if len(befores[key]) < KEEP:
                befores[key].add(before)
        if seen % 5000 == 0:
            print(f"{seen} releases, {len(writing)} names, {len(together)} counted", file=sys.stderr)
    rows = [row for (name, count), n in together.items()
            if kept_row(row := [name, count, n, writing[name], len(befores[(name, count)])])]
    return {
        "_doc": "Mined by scripts/mine_program_counts.py from the thaigov archives (the audit samples skipped): counts "
                "are [a programme name as the extractor ends it, the count the corpora write right after it (a number "
                "and its unit or classifier, as written), releases writing both, releases writing the name, different "
                "words before it]: the count a name is written with in most of its releases is the name's "
                "(\"โครงการร้านข้าวแกง 20 บาท\"), any other is the sentence's. Rebuild with the script; see its docstring.",
        "releases": seen,
        "counts": sorted(rows, key=lambda row: (-row[2], row[0], row[1])),
    }


def main() -> None:
    run_miner(__doc__, "program_counts.json", mine, lambda data: f"{data['releases']} releases, {len(data['counts'])} counts")


if __name__ == "__main__":
    main()
