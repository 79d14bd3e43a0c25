"""Mine the longer programme names the corpora write whole where a release cuts them short -> ontology/th/program_recurring.json.

    python scripts/mine_program_recurring.py v1.tar v2.tar --skip v1-sample.tar --skip v2-sample.tar [--out FILE] [--limit N]

(every release of both corpora but the audit samples', so the judged labels replayed on the samples are not mined
from: 83,704 releases, about 4 min of CPU.)

A name the rules end at a space ("โครงการรถไฟความเร็วสูง| เชื่อม 3 สนามบิน", "กองทุนส่งเสริมและพัฒนาคุณภาพชีวิต|
คนพิการ") is cut before the qualifier that ends it when the corpora write the longer name as one. The continuations
(mine_program_continuations.py) learn a piece written after a name in most of the releases that write it; a name that
also stands alone in many releases never gets there. This script runs the rules (graph/extract/program_ends.py
`name_end`, with the mined data in force) on every run after a program prefix and counts, spaces left out, every name
they give and every name run on with up to MAX_PIECES pieces (`program_continuations.continuation_piece`: one space
and the next run), per release: the releases writing it, the different words before its prefix and the different
pieces (or marks) after it. It keeps the longer names

- reached by running a name on across a space in at least one release, or beginning with a shorter name the rules
  give in some release (the cut form the extractor may meet: "โครงการรถไฟความเร็วสูง" of "…เชื่อม 3 สนามบิน");
- written, spaces aside, in at least MIN_RELEASES releases, after at least MIN_BEFORE different words (not one
  paragraph copied from release to release) and followed by at least MIN_AFTER different pieces or marks (the name
  ends there: not a prefix of a still longer one, "โครงการรถไฟความเร็วสูงเชื่อม 3| สนามบิน").

(name with spaces left out, releases, different words before, different pieces after.) At run time
(graph/extract/program_continuations.py `continued_end`, after the continuations) a name runs on across a space, piece after piece, to the longest such name the
text writes, when no piece opens a clause or holds a second name and no body, person or programme is named in what it
takes. Only data goes out.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from mining import release_texts, run_miner
from program_run_on_mining import ended_runs, run_on, set_aside

from phakhi.graph.extract import program_continuations, program_words
from phakhi.graph.text.normalize import normalize_label

MAX_PIECES = program_continuations.MAX_RECURRING  # pieces after the rules' end read at most
MIN_RELEASES = 3
MIN_BEFORE = 3
MIN_AFTER = 2
KEEP = 8  # different words before / pieces after counted at most (the thresholds are below it)


def names_run_on(text: str):
    """(name spaces left out, the words before its prefix, the piece or mark after it, is it run on across a space?)
    for each run after a program prefix in `text`: the name the rules give, then with one piece after another."""
    for start, end, before in ended_runs(text):
        for k, at, piece in run_on(text, end, MAX_PIECES, spaced=True):
            yield (normalize_label(text[start:at]).replace(" ", ""), before,
                   piece if piece is not None else text[at:at + 1], k > 0)


def kept_row(row: list) -> bool:
    """Would today's thresholds keep a shipped row [name, releases, words before, pieces after]? (scripts/check_mined.py
    asks it of every row without mining the corpora again.)"""
    name, releases, before, after = row
    return releases >= MIN_RELEASES and before >= MIN_BEFORE and after >= MIN_AFTER and " " not in name \
        and len(name) > program_words.MIN_REST


@set_aside("recurring_names")  # a rebuild does not depend on the file it replaces (the continuations in force)
def mine(paths: list[str], limit: int | None = None, skip: frozenset[str] = frozenset()) -> dict:
    releases: dict[str, int] = defaultdict(int)
    befores: dict[str, set[str]] = defaultdict(set)
    afters: dict[str, set[str]] = defaultdict(set)
    run_on: set[str] = set()
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit, skip), 1):
        found: dict[str, tuple[str, str]] = {}
        for name, before, after, crossed in names_run_on(text):
            found.setdefault(name, (before, after))
            if crossed:
                run_on.add(name)
        for name, (before, after) in found.items():
            releases[name] += 1
            if len(befores[name]) < KEEP:
                befores[name].add(before)
            if len(afters[name]) < KEEP:
                afters[name].add(after)
        if seen % 5000 == 0:
            print(f"{seen} releases, {len(releases)} names", file=sys.stderr)
    names = [row for name in releases if kept_row(row := [name, releases[name], len(befores[name]), len(afters[name])])
             and (name in run_on or any(name[:i] in releases for i in range(program_words.MIN_REST, len(name))))]
    return {
        "_doc": "Mined by scripts/mine_program_recurring.py from the thaigov archives: names are [a programme name "
                "with its spaces left out, that the corpora write run on across a space from where the rules end it, "
                "releases writing it, different words before it, different pieces after it]: the extractor runs a name "
                "cut at a space on to the longest such name the text writes. Rebuild with the script; see its docstring.",
        "releases": seen,
        "names": sorted(names, key=lambda row: (-row[1], row[0])),
    }


def main() -> None:
    run_miner(__doc__, "program_recurring.json", mine, lambda data: f"{data['releases']} releases, {len(data['names'])} names")


if __name__ == "__main__":
    main()
