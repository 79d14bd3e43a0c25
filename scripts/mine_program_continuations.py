"""Mine the tails the corpora write after program names the rules end too soon -> ontology/th/program_continuations.json.

    python scripts/mine_program_continuations.py v1-sample.tar v2-sample.tar [--out FILE] [--limit N]

The extractor's rules (graph/extract/program_ends.py `name_end`) end a name written on directly at a space or before a
word that usually begins a clause; a name that holds such a word ("โครงการเรา|ไม่ทิ้งกัน") or goes on across a space
with its identifying tail (a route "โครงการรถไฟฟ้าสายสีเขียว| ช่วงหมอชิต-สะพานใหม่-คูคต", a number "โครงการรถไฟความเร็ว
สูงเชื่อม| 3 สนามบิน", a slogan "โครงการมหาวิทยาลัยสู่ตำบล| สร้างรากแก้วให้ประเทศ") is cut before it. Across the
corpora such a name is written with the same tail again and again, while a name the rules end rightly is followed by
whatever the sentence says next. This script runs the rules on every run after a program prefix, and for each name
they give counts the releases that write it and the releases that write it with each piece after it
(`program_continuations.continuation_piece`: the rest of the run the name ends inside, or one space and the next run), and so on
for the name with its piece (up to MAX_CONTINUED pieces: "โครงการโคก| หนอง| นา"). It keeps

- continuations: (name, piece) written together in at least MIN_RELEASES releases and in at least MIN_SHARE of the
  releases that write the name, where the piece is at most MAX_PIECE characters, does not open with a word that
  ends names (program_patterns.json stops, relative words, predicates, stop pairs, the mined cut words and tails: the
  sentence going on, "… ว่า", "… อย่างเคร่งครัด", "… เนื่องจาก …" in a paragraph repeated verbatim) nor is one
  function word alone ("…ของ"), and is not mostly followed by a run holding a digit (it heads a code, a number or a
  date that varies: "ทางหลวง|หมายเลข 304", "…ชนบท|สาย นธ.3012", "… พ.ศ. 2566": the name would end on the head).

At run time a name the rules end is run on with a kept piece when the text goes on with it, piece after piece
(`program_continuations.continued_end`), unless a body, person or program is named in the piece. Counting is per release (a
release repeating a name counts once). One pass over the releases; the rules run on each prefix's run only.
Only data goes out.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict

from mining import release_texts, run_miner

from phakhi.graph.extract import program_continuations, program_ends, program_words
from phakhi.graph.text.normalize import normalize_label
from phakhi.graph.text.thai import tokenize

MIN_RELEASES = 3  # releases writing a name with the same piece after it
MIN_SHARE = 0.5  # ... of the releases writing the name at all
MAX_PIECE = 40  # characters of a piece (longer ones are clauses)


_DIGIT_NEXT = re.compile(r" [^\s]{0,12}\d")


def names_and_pieces(text: str):
    """(name, the piece after it or None, does a run holding a digit follow the piece?, is the name as the rules end
    it?) for each run after a program prefix in `text`, then for the name run on with its piece, and so on."""
    for m in program_words.prefix_pattern().finditer(text):
        stop = program_words.NAME_RUN.match(text, m.end()).end()
        if stop == m.end():
            continue
        end = program_ends.name_end(text, m.start(), m.end(), stop)
        if end is None or end - m.end() < program_words.MIN_REST:
            continue
        for k in range(program_continuations.MAX_CONTINUED):  # the name with its piece, and the piece after that, …
            piece = program_continuations.continuation_piece(text, end)
            yield (normalize_label(text[m.start():end]), piece,
                   piece is not None and bool(_DIGIT_NEXT.match(text, end + len(piece))), k == 0)
            if piece is None:
                break
            end += len(piece)


def _opens_clause(piece: str) -> bool:
    """Does `piece` open with a word that ends names (the sentence going on, not the name's tail)?"""
    data = program_words.program_data()
    stops = program_words.word_sets()[0] | frozenset(data["relative"]) | frozenset(data["predicates"]) \
        | program_words.mined_cut_words() | program_words.mined_tails()[0]
    words = tokenize(piece.strip())
    alone = frozenset(data["not_last"]) | frozenset(data["not_after"]) | frozenset(data["links"])
    return words[0] in stops or tuple(words[:2]) in program_words.stop_pairs() or (len(words) == 1 and words[0] in alone)


def _reachable(rows: list[list], ruled: set[str]) -> list[list]:
    """The rows the extractor can reach: a name the rules end, or one it reaches by running on with kept pieces."""
    by_name: dict[str, list[list]] = defaultdict(list)
    for row in rows:
        by_name[row[0]].append(row)
    out, frontier = [], [name for name in by_name if name in ruled]
    for _ in range(program_continuations.MAX_CONTINUED):
        after = []
        for name in frontier:
            for row in by_name.get(name, ()):
                out.append(row)
                after.append(normalize_label(row[0] + row[1]))
        frontier = after
    return out


def mine(paths: list[str], limit: int | None = None) -> dict:
    program_continuations.mined_continuations = lambda: {}  # a rebuild does not depend on the file it replaces
    named: dict[str, int] = defaultdict(int)  # name -> releases writing it
    ruled: set[str] = set()  # names as the rules end them (not run on with a piece)
    together: dict[tuple[str, str], int] = defaultdict(int)  # (name, piece) -> releases writing them together
    coded: dict[tuple[str, str], int] = defaultdict(int)  # ... of which a run holding a digit follows the piece
    seen = 0
    for seen, text in enumerate(release_texts(paths, limit), 1):
        found = set(names_and_pieces(text))
        for name in {name for name, *_ in found}:
            named[name] += 1
        ruled.update(name for name, _, _, first in found if first)
        for name, piece in {(name, piece) for name, piece, *_ in found if piece is not None}:
            together[name, piece] += 1
        for name, piece in {(name, piece) for name, piece, digit, _ in found if digit}:
            coded[name, piece] += 1
        if seen % 2000 == 0:
            print(f"{seen} releases, {len(named)} names", file=sys.stderr)
    kept = [[name, piece, n, named[name]] for (name, piece), n in together.items()
            if n >= MIN_RELEASES and n >= MIN_SHARE * named[name] and len(piece) <= MAX_PIECE
            and coded[name, piece] < MIN_SHARE * n and not _opens_clause(piece)]
    rows = sorted(_reachable(kept, ruled), key=lambda row: (-row[2], row[0], row[1]))
    return {
        "_doc": "Mined by scripts/mine_program_continuations.py from thaigov release samples: continuations are [name "
                "as the extractor's rules end it, the piece the corpora write right after it (a leading space: across "
                "one space), releases writing them together, releases writing the name]; the extractor runs such a "
                "name on with its piece. Rebuild with the script; see its docstring.",
        "releases": seen,
        "continuations": rows,
    }


def main() -> None:
    run_miner(__doc__, "program_continuations.json", mine,
              lambda data: f"{data['releases']} releases, {len(data['continuations'])} continuations")


if __name__ == "__main__":
    main()
